"""demo.knn.index against brute force in NumPy, and the k-NN vote against a direct per-k count."""

from collections import Counter

import numpy as np
import pytest
import sklearn.neighbors

from demo.base.errors import InputError
from demo.knn import index as knn

RNG = np.random.default_rng(0)
X = RNG.standard_normal((600, 24)).astype(np.float32)  # training vectors
Q = RNG.standard_normal((40, 24)).astype(np.float32)  # queries


def brute_force(x, q, metric):
    """(scores, order) by the definition of each metric, in float64."""
    x, q = x.astype(np.float64), q.astype(np.float64)
    if metric == "l2":
        d = np.sqrt(((q[:, None] - x[None]) ** 2).sum(-1))
        return d, np.argsort(d, axis=1, kind="stable")
    if metric == "l1":
        d = np.abs(q[:, None] - x[None]).sum(-1)
        return d, np.argsort(d, axis=1, kind="stable")
    if metric == "cosine":
        s = (q / np.linalg.norm(q, axis=1, keepdims=True)) @ (x / np.linalg.norm(x, axis=1, keepdims=True)).T
    else:
        s = q @ x.T
    return s, np.argsort(-s, axis=1, kind="stable")


@pytest.mark.parametrize("metric", list(knn.METRICS))
def test_exact_search_matches_brute_force(metric):
    index = knn.build_index(X, metric, "exact")
    scores, ids = index.search(Q, 10)
    ref, order = brute_force(X, Q, metric)
    np.testing.assert_allclose(scores, np.take_along_axis(ref, order[:, :10], 1), rtol=1e-4, atol=1e-4)
    # Same neighbours: ids agree wherever the reference has no near-tie at that rank.
    assert (ids == order[:, :10]).mean() > 0.99


def test_ivf_scanning_every_cell_is_exact_and_hnsw_finds_nearly_all():
    exact_ids = knn.build_index(X, "l2", "exact").search(Q, 10)[1]
    ivf = knn.build_index(X, "l2", "ivf", nlist=16)
    assert ivf.nlist == 16
    np.testing.assert_array_equal(ivf.search(Q, 10, nprobe=16)[1], exact_ids)
    few = ivf.search(Q, 10, nprobe=1)[1]
    assert (few == exact_ids).mean() < 1.0  # one cell of 16 misses some neighbours: it is approximate
    hnsw = knn.build_index(X, "l2", "hnsw", hnsw_m=16)
    found = hnsw.search(Q, 10, ef_search=200)[1]
    recall = np.mean([len(np.intersect1d(f, t)) / 10 for f, t in zip(found, exact_ids)])
    assert recall >= 0.95


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_approximate_indexes_support_cosine_and_l1_falls_back_to_exact(kind):
    index = knn.build_index(X, "cosine", kind, nlist=8)
    scores, _ = index.search(Q, 5, nprobe=8, ef_search=100)
    ref, order = brute_force(X, Q, "cosine")
    np.testing.assert_allclose(scores[:, 0], ref[np.arange(len(Q)), order[:, 0]], atol=1e-4)
    l1 = knn.build_index(X, "l1", kind)
    assert l1.kind == "exact" and "L1" in l1.note


@pytest.mark.parametrize("kind", list(knn.INDEX_KINDS))
def test_build_reports_progress_to_the_end(kind):
    seen = []
    knn.build_index(X, "l2", kind, nlist=8, progress=lambda done, total, info: seen.append((done, total)))
    assert seen[-1] == (len(X), len(X))
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:]))
    if kind != "hnsw":  # vectors go in by chunks; a small graph is linked in one step
        assert len(seen) >= knn.ADD_CHUNKS


def test_hnsw_is_built_in_one_call_watched_for_progress(monkeypatch):
    monkeypatch.setattr(knn, "HNSW_WATCH_MIN", 0)
    monkeypatch.setattr(knn, "HNSW_WATCH_PERIOD_S", 0.01)
    x = np.random.default_rng(3).standard_normal((20_000, 8)).astype(np.float32)
    seen = []
    index = knn.build_index(x, "l2", "hnsw", hnsw_m=8, progress=lambda done, total, info: seen.append(done))
    assert seen[0] == 0 and seen[-1] == len(x) and seen == sorted(seen)
    exact = knn.build_index(x, "l2", "exact").search(x[:200], 5)[1]
    found = index.search(x[:200], 5, ef_search=64)[1]
    assert np.mean([len(np.intersect1d(f, t)) / 5 for f, t in zip(found, exact)]) >= 0.95


def test_index_bytes_of_a_flat_index_is_its_vectors():
    index = knn.build_index(X, "l2", "exact")
    assert len(X) * 24 * 4 <= knn.index_bytes(index) < len(X) * 24 * 4 + 1_000


@pytest.mark.parametrize("call, message", [
    (lambda: knn.build_index(X, "l2", "exact").search(Q, 0), "at least 1"),
    (lambda: knn.build_index(X, "l2", "exact").search(Q, 601), "larger than the 600"),
    (lambda: knn.build_index(X, "l2", "ivf", nlist=601), "more than the 600 vectors"),
    (lambda: knn.build_index(X, "l2", "exact").search(Q[:, :10], 3), "10 dimensions but the index holds 24-d"),
    (lambda: knn.build_index(np.zeros((0, 24)), "l2", "exact"), "no training vectors"),
    (lambda: knn.build_index(np.full((5, 3), np.nan), "l2", "exact"), "NaN"),
    (lambda: knn.build_index(X, "chebyshev", "exact"), "distance must be one of"),
    (lambda: knn.build_index(X, "l2", "lsh"), "index type must be one of"),
    (lambda: knn.build_index(X, "l2", "hnsw", hnsw_m=1), "between 2 and 256"),
    (lambda: knn.check_k("three", 10), "whole number"),
])
def test_bad_input_gets_one_sentence(call, message):
    with pytest.raises(InputError, match=message):
        call()


# ---- the vote ---------------------------------------------------------------------------------

def direct_vote(labels_nearest_first) -> int:
    """The rule as a person states it: most votes; a tie goes to the class of the closest one."""
    counts = Counter(labels_nearest_first)
    top = max(counts.values())
    return next(label for label in labels_nearest_first if counts[label] == top)


def test_vote_breaks_ties_by_distance():
    pred, counts = knn.vote(np.array([[2, 1, 1, 2], [0, 3, 3, 0], [1, 2, 2, 2]]), 4)
    assert pred.tolist() == [2, 0, 2]
    assert counts[0].tolist() == [0, 2, 2, 0]


def test_accuracy_for_every_k_matches_a_direct_count_per_k():
    rng = np.random.default_rng(1)
    labels = rng.integers(0, 4, size=(300, 25))  # neighbour labels, nearest first
    truth = rng.integers(0, 4, size=300)
    acc = knn.accuracy_vs_k(labels, truth, 4)
    for k in range(1, 26):
        direct = np.mean([direct_vote(list(row[:k])) == t for row, t in zip(labels, truth)])
        assert acc[k - 1] == pytest.approx(direct)
        assert np.array_equal(knn.vote(labels[:, :k], 4)[0], knn.predictions_for_every_k(labels, 4)[k - 1])


def test_classify_one_query_against_scikit_learn_neighbours():
    labels = (X[:, 0] > 0).astype(np.int64)
    index = knn.build_index(X, "l2", "exact")
    ref = sklearn.neighbors.KNeighborsClassifier(n_neighbors=7, algorithm="brute").fit(X, labels)
    for q in Q:
        found = knn.classify(index, labels, q, 7, 2)
        assert found.prediction == ref.predict(q[None])[0]
        assert found.counts.sum() == 7 and len(found.ids) == 7
