"""k-nearest neighbours with FAISS: memorise the training vectors, vote among the closest.

The classifier is the oldest one the lecture shows (Cover & Hart, "Nearest neighbor pattern
classification", IEEE Trans. Inf. Theory 1967): keep every training example; label a query by a
majority vote of its k nearest ones. All the cost is in finding the neighbours, which is what the
indexes of FAISS (Johnson, Douze & Jegou, "Billion-scale similarity search with GPUs", 2017;
Douze et al., "The Faiss library", 2024) are for:

- "exact": brute force over every vector (IndexFlat), for L2, inner product, cosine and L1;
- "ivf": IVF-Flat, k-means cells (nlist) of which nprobe are scanned (Sivic & Zisserman 2003;
  Jegou et al. 2011);
- "hnsw": a navigable small-world graph with M links per node, searched with a beam of efSearch
  (Malkov & Yashunin, IEEE TPAMI 2018).

Cosine similarity is the inner product of unit vectors. L1, the distance of the classic CIFAR-10
pixel figure (CS231n), is always searched by exact brute force.
"""

import threading
import time
from dataclasses import dataclass

import faiss
import numpy as np

from demo.base import config
from demo.base.cache import BoundedCache
from demo.base.errors import InputError, as_whole, named, one_of
from demo.i18n import say
from demo.base.progress import Progress

METRICS = {"l2": "L2 (Euclidean)", "l1": "L1 (Manhattan)", "cosine": "cosine", "ip": "inner product"}
SIMILARITIES = {"cosine", "ip"}  # larger is closer; FAISS returns them best first all the same
INDEX_KINDS = {"exact": "exact (brute force)", "ivf": "IVF-Flat", "hnsw": "HNSW"}
ADD_CHUNKS = 20  # progress updates while vectors are added
SEARCH_CHUNK = 1_024  # queries per FAISS call when searching many (progress between calls)
IVF_TRAIN_PER_LIST = 40  # k-means training points per cell; FAISS asks for at least 39
IVF_NITER = 10  # k-means iterations; the cells barely move after that
HNSW_EF_CONSTRUCTION = 40  # beam width while building (FAISS's default)
HNSW_WATCH_MIN = 20_000  # vectors; smaller graphs build in well under a second, with no watcher
HNSW_WATCH_SAMPLE = 2_000  # points sampled to estimate how much of the graph is linked
HNSW_WATCH_PERIOD_S = 0.25  # seconds between two looks
DEFAULT_HNSW_M = 32  # links per node
DEFAULT_NPROBE = 16  # cells scanned per query: recall@10 0.99 at N = 10^6 (benchmarks/knn_approximate.py)
DEFAULT_EF_SEARCH = 64  # beam width while searching
MAX_K = 1_000  # neighbours per query; a vote over more says little and costs memory
INDEX_CACHE = 12  # built indexes kept for the app's repeated searches (within the byte budget)

_FAISS_METRIC = {"l2": faiss.METRIC_L2, "l1": faiss.METRIC_L1, "cosine": faiss.METRIC_INNER_PRODUCT,
                 "ip": faiss.METRIC_INNER_PRODUCT}



def default_nlist(n: int) -> int:
    """FAISS's rule of thumb for the number of IVF cells: about 4 sqrt(N), at least 1."""
    return max(1, min(n, int(round(4 * np.sqrt(n)))))


def metric_title(metric: str) -> str:
    """A metric's name for a sentence or a choice ("L2 (Euclidean)"), in the request's language."""
    return say(f"knn.metric.{metric}")


def kind_title(kind: str) -> str:
    """An index type's name for a sentence ("exact (brute force)"); IVF-Flat and HNSW are names in
    every language."""
    return say("knn.kind.exact") if kind == "exact" else INDEX_KINDS[kind]


def as_vectors(x, name: str = "knn.name.vectors") -> np.ndarray:
    """A float32 C-contiguous (N, d) copy-if-needed of x, or InputError (`name`: a key of
    demo.i18n's tables, or English words)."""
    x = np.asarray(x, dtype=np.float32)
    if x.ndim != 2 or x.shape[1] == 0:
        raise InputError(say("knn.err.vectors_shape", name=named(name), shape=x.shape))
    if not np.isfinite(x).all():
        raise InputError(say("knn.err.vectors_finite", name=named(name)))
    return np.ascontiguousarray(x)


def _unit(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


@dataclass
class KnnIndex:
    """A FAISS index over N training vectors of dimension d, and how it was built."""

    index: faiss.Index
    metric: str
    kind: str
    build_seconds: float
    nlist: int = 0  # IVF cells, "ivf" only
    hnsw_m: int = 0  # graph links per node, "hnsw" only
    asked_kind: str = ""  # the type asked for; L1 asked as IVF or HNSW is built exact (`note` says why)

    @property
    def dim(self) -> int:
        return self.index.d

    @property
    def note(self) -> str:
        """Why the index is not the type asked for ("" when it is), in the request's language (made
        on each call: built indexes are cached and shared by students of both languages)."""
        if not self.asked_kind or self.asked_kind == self.kind:
            return ""
        return say("knn.index.l1_exact", kind=kind_title(self.asked_kind))

    @property
    def ntotal(self) -> int:
        return self.index.ntotal

    def search(self, queries, k: int, nprobe: int = DEFAULT_NPROBE, ef_search: int = DEFAULT_EF_SEARCH,
               progress: Progress | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(scores (Q, k) float32, ids (Q, k) int64) of the k nearest vectors, best first.

        Scores are distances (L2 and L1, smaller is closer; L2 is the true distance, not FAISS's
        square), cosine similarity or inner product (larger is closer).
        """
        q = as_vectors(queries, "knn.name.query_vectors")
        if q.shape[1] != self.dim:
            raise InputError(say("knn.err.query_dims", got=q.shape[1], dim=self.dim))
        k = check_k(k, self.ntotal)
        if self.metric == "cosine":
            q = _unit(q)
        params = None
        if self.kind == "ivf":
            params = faiss.SearchParametersIVF(nprobe=int(min(max(1, nprobe), self.nlist)))
        elif self.kind == "hnsw":
            params = faiss.SearchParametersHNSW(efSearch=int(max(k, ef_search)))
        scores, ids = [], []
        for start in range(0, len(q), SEARCH_CHUNK):
            d, i = self.index.search(q[start:start + SEARCH_CHUNK], k, params=params)
            scores.append(d)
            ids.append(i)
            if progress is not None:
                progress(min(start + SEARCH_CHUNK, len(q)), len(q), say("knn.progress.searching"))
        d, i = np.concatenate(scores), np.concatenate(ids)
        if self.metric == "l2":
            d = np.sqrt(np.maximum(d, 0))
        return d, i


def check_k(k, n: int) -> int:
    """k as an int in 1..min(n, MAX_K), or InputError saying what would do."""
    k = as_whole(k, "knn.name.k_neighbours")
    if k < 1:
        raise InputError(say("knn.err.k_min", k=k))
    if k > n:
        raise InputError(say("knn.err.k_too_big", k=k, n=f"{n:,}"))
    if k > MAX_K:
        raise InputError(say("knn.err.k_max", k=k, most=f"{MAX_K:,}"))
    return k


def _add_in_chunks(index: faiss.Index, x: np.ndarray, progress: Progress | None, what: str) -> None:
    step = max(1, -(-len(x) // ADD_CHUNKS))
    for start in range(0, len(x), step):
        index.add(x[start:start + step])
        if progress is not None:
            progress(min(start + step, len(x)), len(x), what)


def _add_hnsw(index: faiss.IndexHNSWFlat, x: np.ndarray, progress: Progress | None) -> None:
    """Add every vector in ONE FAISS call, reporting progress from a watcher thread.

    FAISS links all points' upper levels before any point's level 0 only within one call; adding
    in 20 chunks cost 9 points of recall@10 (0.98 -> 0.89) on 300,000 of the scaling tab's
    vectors. FAISS reports nothing during the call (it releases the GIL), so the watcher samples
    points and counts those whose level-0 neighbour list has been filled: the fraction inserted.
    """
    if progress is None or len(x) < HNSW_WATCH_MIN:
        index.add(x)
        if progress is not None:
            progress(len(x), len(x), say("knn.progress.linking"))
        return
    linking = say("knn.progress.linking")  # made once, not at every look
    hnsw, n = index.hnsw, len(x)
    threads = faiss.omp_get_max_threads()  # OpenMP's thread count is per thread: hand ours over
    error: list[BaseException] = []

    def add():
        try:
            faiss.omp_set_num_threads(threads)
            index.add(x)
        except BaseException as e:  # re-raised in the caller's thread below
            error.append(e)

    worker = threading.Thread(target=add, daemon=True)
    worker.start()
    sample = np.random.default_rng(0).choice(n, min(n, HNSW_WATCH_SAMPLE), replace=False)
    progress(0, n, linking)
    while worker.is_alive():
        worker.join(HNSW_WATCH_PERIOD_S)
        # Read the lists only once FAISS has sized them for all n points: they do not move after.
        if hnsw.offsets.size() == n + 1:
            offsets = faiss.rev_swig_ptr(hnsw.offsets.data(), n + 1)
            if hnsw.neighbors.size() == offsets[n] > 0:
                links = faiss.rev_swig_ptr(hnsw.neighbors.data(), int(offsets[n]))
                done = int(n * (links[offsets[sample]] >= 0).mean())
                progress(done, n, linking)
    if error:
        raise error[0]
    progress(n, n, linking)


def build_index(vectors, metric: str = "l2", kind: str = "exact", nlist: int | None = None,
                hnsw_m: int = DEFAULT_HNSW_M, progress: Progress | None = None, seed: int = 0) -> KnnIndex:
    """Index N vectors (N, d) for `metric` with an exact, IVF-Flat or HNSW index.

    `nlist` defaults to `default_nlist(N)`; IVF's k-means is trained on at most
    IVF_TRAIN_PER_LIST * nlist vectors drawn with `seed`. L1 is only ever exact.
    """
    one_of(metric, METRICS, "knn.name.distance")
    one_of(kind, INDEX_KINDS, "knn.name.index_type")
    x = np.asarray(vectors)
    if x.ndim == 2 and len(x) == 0:
        raise InputError(say("knn.err.no_vectors"))
    x = as_vectors(x, "knn.name.training_vectors")
    n, d = x.shape
    if metric == "cosine":
        x = _unit(x)
    asked = kind
    if metric == "l1" and kind != "exact":
        kind = "exact"  # FAISS's IVF and HNSW support L2 and inner products only
    start = time.perf_counter()
    fmetric = _FAISS_METRIC[metric]
    if kind == "exact":
        index = faiss.IndexFlat(d, fmetric)
        _add_in_chunks(index, x, progress, say("knn.progress.adding"))
        return KnnIndex(index, metric, kind, time.perf_counter() - start, asked_kind=asked)
    if kind == "ivf":
        nlist = default_nlist(n) if nlist is None else int(nlist)
        if nlist < 1:
            raise InputError(say("knn.err.nlist_min", nlist=nlist))
        if nlist > n:
            raise InputError(say("knn.err.nlist_max", nlist=f"{nlist:,}", n=f"{n:,}",
                                     usual=f"{default_nlist(n):,}"))
        quantizer = faiss.IndexFlat(d, fmetric)
        index = faiss.IndexIVFFlat(quantizer, d, nlist, fmetric)
        index.cp.seed, index.cp.niter, index.cp.min_points_per_centroid = seed, IVF_NITER, 1
        rng = np.random.default_rng(seed)
        budget = IVF_TRAIN_PER_LIST * nlist
        sample = x if n <= budget else x[np.sort(rng.choice(n, budget, replace=False))]
        if progress is not None:
            progress(0, n, say("knn.progress.kmeans", nlist=f"{nlist:,}", n=f"{len(sample):,}"))
        index.train(sample)
        _add_in_chunks(index, x, progress, say("knn.progress.assigning"))
        return KnnIndex(index, metric, kind, time.perf_counter() - start, nlist=nlist)
    hnsw_m = int(hnsw_m)
    if not 2 <= hnsw_m <= 256:
        raise InputError(say("knn.err.hnsw_m", m=hnsw_m))
    index = faiss.IndexHNSWFlat(d, hnsw_m, fmetric)
    index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    _add_hnsw(index, x, progress)
    return KnnIndex(index, metric, kind, time.perf_counter() - start, hnsw_m=hnsw_m)


def index_bytes(index: KnnIndex) -> int:
    """Size of the index as FAISS writes it: vectors, cells or graph links, and headers."""
    return int(faiss.serialize_index(index.index).size)


# ---- the classifier -----------------------------------------------------------------------------

def vote(neighbour_labels: np.ndarray, num_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """Majority vote over labels (Q, k) of neighbours sorted nearest first.

    Returns (predictions (Q,), vote counts (Q, num_classes)). A tie goes to the tied class whose
    nearest member is closest (it appears first in the sorted list).
    """
    labels = np.asarray(neighbour_labels, dtype=np.int64)
    q, k = labels.shape
    counts = np.zeros((q, num_classes), dtype=np.int64)
    np.add.at(counts, (np.repeat(np.arange(q), k), labels.ravel()), 1)
    return _winner(counts, _first_rank(labels, num_classes)), counts


def _first_rank(labels: np.ndarray, num_classes: int) -> np.ndarray:
    """(Q, C): the rank of each class's nearest member among the neighbours, K if absent."""
    q, k = labels.shape
    first = np.full((q, num_classes), k, dtype=np.int64)
    rows = np.repeat(np.arange(q), k)
    np.minimum.at(first, (rows, labels.ravel()), np.tile(np.arange(k), q))
    return first


def _winner(counts: np.ndarray, first: np.ndarray) -> np.ndarray:
    # Most votes first; among equal votes the smallest first rank (the closest member). One vote
    # outweighs any difference of ranks because ranks are below first.max() + 1.
    return np.argmax(counts * (first.max() + 1) - first, axis=1)


def predictions_for_every_k(neighbour_labels: np.ndarray, num_classes: int) -> np.ndarray:
    """(K, Q): the k-NN prediction for k = 1..K, from one search of K neighbours (Q, K)."""
    labels = np.asarray(neighbour_labels, dtype=np.int64)
    q, big_k = labels.shape
    first = _first_rank(labels, num_classes)
    counts = np.zeros((q, num_classes), dtype=np.int64)
    rows = np.arange(q)
    out = np.empty((big_k, q), dtype=np.int64)
    for k in range(big_k):
        counts[rows, labels[:, k]] += 1
        # Classes not yet seen at this k have no votes, so their later first rank never matters.
        out[k] = _winner(counts, first)
    return out


def accuracy_vs_k(neighbour_labels: np.ndarray, true_labels: np.ndarray, num_classes: int) -> np.ndarray:
    """(K,): test accuracy of k-NN for k = 1..K, from neighbour labels (Q, K) sorted nearest first."""
    preds = predictions_for_every_k(neighbour_labels, num_classes)
    return (preds == np.asarray(true_labels)[None]).mean(axis=1)


@dataclass(frozen=True)
class Neighbours:
    """One query's k nearest training images and their vote."""

    ids: np.ndarray  # (k,) indices into the train split, nearest first
    scores: np.ndarray  # (k,) distances or similarities (see KnnIndex.search)
    labels: np.ndarray  # (k,) their classes
    counts: np.ndarray  # (num_classes,) votes
    prediction: int


def classify(index: KnnIndex, train_labels: np.ndarray, query, k: int, num_classes: int,
             **search_params) -> Neighbours:
    """k-NN classification of one query vector (d,) against the indexed training vectors."""
    scores, ids = index.search(np.asarray(query, dtype=np.float32).reshape(1, -1), k, **search_params)
    ids = ids[0][ids[0] >= 0]  # FAISS pads with -1 when an approximate search finds fewer than k
    if len(ids) == 0:
        raise InputError(say("knn.err.none_found"))
    labels = np.asarray(train_labels)[ids]
    pred, counts = vote(labels[None], num_classes)
    return Neighbours(ids, scores[0][: len(ids)], labels, counts[0], int(pred[0]))


# ---- a few built indexes, kept for the app's repeated searches ---------------------------------

def memory_bytes(index: KnnIndex) -> int:
    """About how many bytes an index holds (without serialising it, as `index_bytes` does): the
    vectors, IVF's ids and centroids, HNSW's level-0 links."""
    n, d = index.ntotal, index.dim
    links = {"ivf": n * 8 + index.nlist * d * 4, "hnsw": 2 * index.hnsw_m * n * 4}.get(index.kind, 0)
    return n * d * 4 + links


_INDEXES = BoundedCache(INDEX_CACHE, config.CACHE_MEMORY_MB * 2**20 // 2, memory_bytes)
_BUILDING: dict[tuple, threading.Lock] = {}
_BUILDING_LOCK = threading.Lock()  # the app searches from several threads at once


def cached_index(key: str, vectors: np.ndarray, metric: str, kind: str, nlist: int | None = None,
                 hnsw_m: int = DEFAULT_HNSW_M, progress: Progress | None = None) -> KnnIndex:
    """`build_index` memoised on (key of the vectors, metric, kind, nlist, M), within a byte budget;
    requests for an index being built wait for that build instead of starting another."""
    cache_key = (key, metric, kind, nlist if kind == "ivf" else None, hnsw_m if kind == "hnsw" else None)
    index = _INDEXES.get(cache_key)
    if index is not None:
        return index
    with _BUILDING_LOCK:
        building = _BUILDING.setdefault(cache_key, threading.Lock())
    with building:
        index = _INDEXES.get(cache_key)
        if index is None:
            index = build_index(vectors, metric, kind, nlist, hnsw_m, progress)
            _INDEXES.put(cache_key, index)
    with _BUILDING_LOCK:
        _BUILDING.pop(cache_key, None)
    return index
