"""The 2-D k-NN toy, in the style of CS231n's interactive demo (vision.stanford.edu/teaching/cs231n-demos/knn).

Points of 2-5 classes in the square [-1, 1]^2; every location of a fine grid is classified by a
vote of its k nearest points (L1 or L2), which paints the decision regions. Beyond the original:
the strength of each location's vote is kept (so weak, nearly tied votes can be shown faded), and
every training point is classified leave-one-out by its own k neighbours, so the points that
their neighbourhood outvotes (the ones a larger k "smooths away") can be marked.
"""

from dataclasses import dataclass

import numpy as np

from demo.base.errors import one_of, whole_number
from demo.knn.index import build_index, check_k, predictions_for_every_k, vote

MIN_CLASSES, MAX_CLASSES = 2, 5
BLOBS_PER_CLASS = 2  # each class is two clumps, so regions are not simply convex
BLOB_SPREAD = 0.15  # standard deviation of a clump, in units of the square's half-side
DEFAULT_POINTS = 20  # per class
MIN_POINTS, MAX_POINTS = 2, 100  # per class
K_RANGE = (1, 25)  # voters; more than the smallest toy has points would say nothing
SEED_RANGE = (0, 2**32 - 1)
RESOLUTION = 160  # grid cells per side of the square
METRICS = ("l1", "l2")


@dataclass(frozen=True)
class Toy:
    """Training points and the k-NN decision regions they make."""

    points: np.ndarray  # float32 (N, 2) in [-1, 1]
    labels: np.ndarray  # int64 (N,)
    num_classes: int
    k: int
    metric: str
    grid: np.ndarray  # float32 (R,) coordinates of the grid's cell centres, along x and along y
    regions: np.ndarray  # int64 (R, R) predicted class; row = y, column = x
    share: np.ndarray  # float32 (R, R) fraction of the k votes the winning class got
    outvoted: np.ndarray  # bool (N,) leave-one-out prediction differs from the point's own label

    @property
    def loo_accuracy(self) -> float:
        return float(1.0 - self.outvoted.mean())


def make_points(num_classes: int = 3, points_per_class: int = DEFAULT_POINTS, seed: int = 0):
    """(points float32 (N, 2), labels int64 (N,)): each class a few Gaussian clumps, clipped to the square."""
    num_classes = whole_number(num_classes, "knn.name.classes", MIN_CLASSES, MAX_CLASSES)
    points_per_class = whole_number(points_per_class, "knn.name.points", MIN_POINTS, MAX_POINTS)
    rng = np.random.default_rng(whole_number(seed, "knn.name.seed", *SEED_RANGE))
    centres = rng.uniform(-0.75, 0.75, size=(num_classes, BLOBS_PER_CLASS, 2))
    blob = rng.integers(0, BLOBS_PER_CLASS, size=(num_classes, points_per_class))
    points = centres[np.arange(num_classes)[:, None], blob]  # (classes, points, 2)
    points = points + rng.normal(0, BLOB_SPREAD, points.shape)
    labels = np.repeat(np.arange(num_classes), points_per_class)
    return np.clip(points.reshape(-1, 2), -1, 1).astype(np.float32), labels.astype(np.int64)


def decision_regions(points: np.ndarray, labels: np.ndarray, num_classes: int, k: int = 1,
                     metric: str = "l2", resolution: int = RESOLUTION) -> Toy:
    """k-NN over a resolution x resolution grid of the square, with exact (brute-force) search."""
    one_of(metric, METRICS, "knn.name.toy_distance")
    points = np.asarray(points, dtype=np.float32)
    labels = np.asarray(labels, dtype=np.int64)
    k = check_k(k, len(points))
    index = build_index(points, metric, "exact")
    grid = np.linspace(-1, 1, resolution, endpoint=False, dtype=np.float32) + 1 / resolution
    gx, gy = np.meshgrid(grid, grid)  # row = y, column = x
    _, ids = index.search(np.stack([gx.ravel(), gy.ravel()], 1), k)
    pred, counts = vote(labels[ids], num_classes)
    share = counts.max(axis=1) / k
    # Leave-one-out: each point's k nearest *other* points (itself is dropped from k + 1).
    loo_k = min(k, len(points) - 1)
    outvoted = np.zeros(len(points), dtype=bool)
    if loo_k >= 1:
        _, ids = index.search(points, loo_k + 1)
        others = np.array([row[row != i][:loo_k] for i, row in enumerate(ids)])
        outvoted = predictions_for_every_k(labels[others], num_classes)[-1] != labels
    return Toy(points, labels, num_classes, k, metric, grid, pred.reshape(resolution, resolution),
               share.reshape(resolution, resolution).astype(np.float32), outvoted)


def toy(num_classes: int = 3, points_per_class: int = DEFAULT_POINTS, k: int = 1, metric: str = "l2",
        seed: int = 0, resolution: int = RESOLUTION) -> Toy:
    """`make_points` then `decision_regions`: the whole toy for one set of settings."""
    points, labels = make_points(num_classes, points_per_class, seed)
    k = whole_number(k, "knn.name.k", *K_RANGE)
    return decision_regions(points, labels, int(num_classes), k, metric, resolution)
