"""The k-NN tab's work, from a dataset's name to an answer: embed, index, search, vote, score.

`search` finds one query's k nearest training images; `accuracy_report` measures test accuracy
for every k from 1 to K in each embedding space (one search of K neighbours per space) and the
confusion matrix of one space at one k. Both reuse the cached embeddings (demo.knn.embeddings) and
indexes (demo.knn.index), so the second search of a session costs milliseconds.
"""

import time
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from demo.base.data import ImageDataset, load_dataset, title_of
from demo.base.errors import InputError, one_of, whole_number
from demo.i18n import say
from demo.knn import embeddings
from demo.base.metrics import confusion_matrix
from demo.knn.index import (DEFAULT_EF_SEARCH, DEFAULT_HNSW_M, DEFAULT_NPROBE, INDEX_KINDS, METRICS, KnnIndex,
                            Neighbours, accuracy_vs_k, cached_index, check_k, classify, vote)
from demo.base.progress import Progress, stage

ACCURACY_SPACES = ("pixels", "pca", "cnn")  # compared on the same split, simplest first
MAX_ACCURACY_QUERIES = 2_000  # test images scored; a larger test split is subsampled evenly
# What the tab (and its API) takes, inclusive: k voters, IVF cells (0 = about 4 sqrt(N)), cells
# searched, HNSW links per node and beam width. Wider values teach nothing more at these sizes.
K_RANGE = (1, 50)
ACCURACY_K_RANGE = (1, 100)
NLIST_RANGE = (0, 4096)
NPROBE_RANGE = (1, 256)
HNSW_M_RANGE = (4, 64)
EF_SEARCH_RANGE = (8, 512)
MAX_ACCURACY_K = ACCURACY_K_RANGE[1]
ACCURACY_BUDGET_S = 120.0  # seconds one accuracy report may take on the server; the spaces not reached are named


@dataclass(frozen=True)
class IndexSettings:
    """How the training vectors are indexed and searched (see demo.knn)."""

    metric: str = "l2"
    kind: str = "exact"
    nlist: int | None = None  # IVF cells; None = about 4 sqrt(N)
    nprobe: int = DEFAULT_NPROBE
    hnsw_m: int = DEFAULT_HNSW_M
    ef_search: int = DEFAULT_EF_SEARCH

    @property
    def search_params(self) -> dict:
        return dict(nprobe=self.nprobe, ef_search=self.ef_search)


def parse_settings(metric, kind, nlist, nprobe, hnsw_m, ef_search) -> IndexSettings:
    """IndexSettings from a form's raw values, within the ranges above; nlist 0 means about 4 sqrt(N)."""
    one_of(metric, METRICS, "knn.name.distance")
    one_of(kind, INDEX_KINDS, "knn.name.index_type")
    cells = 0 if nlist in (None, "") else whole_number(nlist, "knn.name.nlist", *NLIST_RANGE)
    return IndexSettings(metric, kind, cells or None, whole_number(nprobe, "knn.name.nprobe", *NPROBE_RANGE),
                         whole_number(hnsw_m, "knn.name.hnsw_m", *HNSW_M_RANGE),
                         whole_number(ef_search, "knn.name.ef_search", *EF_SEARCH_RANGE))


def check_tab_k(k, n: int, name: str = "knn.name.k", limits: tuple[int, int] = K_RANGE) -> int:
    """k within the tab's `limits` and at most the `n` training images there are to vote (`name`: a
    key of demo.i18n's tables)."""
    k = whole_number(k, name, *limits)
    return check_k(k, n)


def indexed(data: ImageDataset, space: str, settings: IndexSettings, progress: Progress | None = None,
            network: embeddings.TrainedNetwork | None = None) -> tuple[embeddings.Embedding, KnnIndex]:
    """The dataset's `space` embedding and an index of its train split (both cached)."""
    emb = embeddings.embed(data, space, stage(progress, 0.0, 0.7), network)
    index = cached_index(emb.key, emb.train, settings.metric, settings.kind, settings.nlist,
                             settings.hnsw_m, stage(progress, 0.7, 1.0))
    return emb, index


@dataclass(frozen=True)
class SearchResult:
    data: ImageDataset
    space_title: str  # e.g. "raw pixels (784-d)"
    query_image: np.ndarray  # uint8 (C, H, W): the query as the index sees it
    truth: int | None  # the true class of a test image; None for a picture someone brought
    neighbours: Neighbours
    index: KnnIndex
    search_ms: float  # embedding the query and searching, not building


def query_image(data: ImageDataset, query: int | Image.Image) -> tuple[np.ndarray, int | None]:
    """(uint8 (C, H, W), true class or None) for a test-split number or a picture."""
    if isinstance(query, Image.Image):
        return embeddings.as_dataset_image(query, data), None
    i = whole_number(query, say("knn.name.test_index", dataset=title_of(data.name)), 0, len(data.test_labels) - 1)
    return data.test_images[i], int(data.test_labels[i])


def search(dataset: str, space: str, settings: IndexSettings, k: int, query: int | Image.Image,
           progress: Progress | None = None, network: embeddings.TrainedNetwork | None = None) -> SearchResult:
    """The k nearest training images of one query (a test-split number or a picture) and their vote."""
    data = load_dataset(dataset)
    k = check_tab_k(k, len(data.train_labels))
    emb, index = indexed(data, space, settings, progress, network)
    image, truth = query_image(data, query)
    start = time.perf_counter()
    vector = embeddings.embed_images(emb, image[None])
    found = classify(index, data.train_labels, vector[0], k, data.num_classes, **settings.search_params)
    return SearchResult(data, emb.title, image, truth, found, index, (time.perf_counter() - start) * 1000)


@dataclass
class AccuracyReport:
    dataset: str
    classes: tuple[str, ...]
    num_queries: int  # test images scored
    num_test: int  # test images in the split
    curves: dict[str, tuple[str, np.ndarray]] = field(default_factory=dict)  # space -> (title, acc (K,))
    missing: dict[str, str] = field(default_factory=dict)  # space -> why it could not be measured
    confusion: np.ndarray | None = None  # (C, C) of `confusion_space` at `k`
    confusion_space: str = ""
    k: int = 1
    seconds: float = 0.0

    def best_k(self, space: str) -> tuple[int, float]:
        """(k, accuracy) where `space`'s curve peaks; the smallest such k on a tie."""
        acc = self.curves[space][1]
        best = int(np.argmax(acc))
        return best + 1, float(acc[best])


def evaluation_subset(num_test: int, limit: int = MAX_ACCURACY_QUERIES) -> np.ndarray:
    """Indices of at most `limit` test images, evenly spaced (class balance of a sorted split kept)."""
    if num_test <= limit:
        return np.arange(num_test)
    return np.unique(np.linspace(0, num_test - 1, limit).round().astype(np.int64))


def accuracy_report(dataset: str, settings: IndexSettings, max_k: int, space: str, k: int,
                    spaces=ACCURACY_SPACES, progress: Progress | None = None,
                    budget_s: float = ACCURACY_BUDGET_S,
                    network: embeddings.TrainedNetwork | None = None) -> AccuracyReport:
    """Test accuracy for k = 1..max_k in each space, and `space`'s confusion matrix at `k`.

    One search of max(max_k, k) neighbours per space gives every k at once
    (demo.knn.index.accuracy_vs_k). A space that cannot be computed here (no ImageNet weights
    for a colour dataset) is reported in `missing` with its reason instead of failing the rest; so
    is a space not reached within `budget_s` seconds (the server's limit, not a client's).
    """
    start = time.perf_counter()
    data = load_dataset(dataset)
    n = len(data.train_labels)
    max_k = check_tab_k(max_k, n, "knn.name.largest_k", ACCURACY_K_RANGE)
    k = check_tab_k(k, n)
    one_of(space, embeddings.SPACES, "knn.name.space")
    big_k = max(max_k, k)
    subset = evaluation_subset(len(data.test_labels))
    truth = data.test_labels[subset]
    report = AccuracyReport(data.name, data.classes, len(subset), len(data.test_labels), k=k)
    shown = list(dict.fromkeys([*spaces, space]))
    measured_first = [space] + [sp for sp in shown if sp != space]  # the confusion matrix's space is always measured
    for i, sp in enumerate(measured_first):
        if i > 0 and time.perf_counter() - start > budget_s:
            report.missing[sp] = say("knn.accuracy.out_of_time", budget=f"{budget_s:g}")
            continue
        part = stage(progress, i / len(shown), (i + 1) / len(shown))
        try:
            emb, index = indexed(data, sp, settings, stage(part, 0.0, 0.5), network)
        except InputError as e:
            if sp == space:
                raise
            report.missing[sp] = str(e)
            continue
        _, ids = index.search(emb.test[subset], big_k, progress=stage(part, 0.5, 1.0), **settings.search_params)
        # An IVF search that scans fewer than K vectors pads with -1: those slots repeat the nearest vote.
        ids = np.where(ids >= 0, ids, ids[:, :1])
        labels = data.train_labels[np.maximum(ids, 0)]
        report.curves[sp] = (emb.title, accuracy_vs_k(labels[:, :max_k], truth, data.num_classes))
        if sp == space:
            report.confusion = confusion_matrix(truth, vote(labels[:, :k], data.num_classes)[0], data.num_classes)
            report.confusion_space = emb.title
    report.curves = {sp: report.curves[sp] for sp in shown if sp in report.curves}  # in the lecture's order
    report.seconds = time.perf_counter() - start
    return report
