"""demo.knn.scaling on small N: what it measures, the time bound, and the extrapolation."""

import math

import faiss
import numpy as np
import pytest

from demo.base.errors import InputError
from demo.knn import scaling as knn_scaling

SMALL = (300, 3_000)


@pytest.fixture(scope="module")
def result():
    return knn_scaling.measure_scaling(dim=16, sizes=SMALL, k=5, budget_s=60, nprobe=4, threads=1)


def test_every_index_is_measured_at_every_size(result):
    assert [(m.kind, m.n) for m in result.measurements] == [(kind, n) for n in SMALL for kind in knn_scaling.KINDS]
    assert result.skipped == [] and result.threads == 1
    for m in result.measurements:
        assert m.build_s > 0 and m.latency_ms > 0 and m.qps > 0 and 0 <= m.recall <= 1


def test_bytes_per_vector_are_what_each_index_stores(result):
    for m in result.of("exact"):
        assert m.bytes_per_vector == pytest.approx(16 * 4, rel=0.05)  # the float32 vector itself
        assert m.recall == 1.0
    for m in result.of("ivf"):
        assert m.bytes_per_vector > 16 * 4 + 8 * 0.9  # vector + its id in the inverted list + centroids
    for m in result.of("hnsw"):
        assert m.bytes_per_vector > 16 * 4 + 2 * knn_scaling.DEFAULT_HNSW_M * 4 * 0.9  # + 2M level-0 links


def test_recall_is_measured_against_exact_search():
    truth = np.array([[1, 2, 3, 4], [5, 6, 7, 8]])
    assert knn_scaling.recall_at_k(truth, truth) == 1.0
    assert knn_scaling.recall_at_k(np.array([[1, 2, 9, -1], [8, 7, 0, 0]]), truth) == pytest.approx(0.5)
    # The full run: scanning every IVF cell finds exactly what brute force finds.
    r = knn_scaling.measure_scaling(dim=8, sizes=(400,), k=5, budget_s=30, nprobe=10_000)
    assert r.of("ivf")[0].recall == 1.0


def test_the_time_budget_skips_steps_it_cannot_afford_and_says_so():
    r = knn_scaling.measure_scaling(dim=8, sizes=(200, 20_000), k=3, budget_s=1e-6)
    assert [(m.kind, m.n) for m in r.measurements] == [(kind, 200) for kind in knn_scaling.KINDS]
    assert len(r.skipped) == 3 and all("N = 20,000: skipped" in s for s in r.skipped)
    assert "budget" in r.skipped[0] and "exact search" in r.skipped[1]


def test_too_much_memory_is_refused_with_a_sentence(monkeypatch):
    monkeypatch.setattr(knn_scaling, "MAX_VECTOR_BYTES", 10_000)
    r = knn_scaling.measure_scaling(dim=8, sizes=(100, 1_000), k=3, budget_s=10)
    assert {m.n for m in r.measurements} == {100} and "GiB" in r.skipped[0]


def test_thread_count_is_set_for_the_run_and_restored():
    before = faiss.omp_get_max_threads()
    knn_scaling.measure_scaling(dim=8, sizes=(100,), k=3, budget_s=10, threads=1)
    assert faiss.omp_get_max_threads() == before


def test_progress_goes_forward_to_the_end():
    seen = []
    knn_scaling.measure_scaling(dim=8, sizes=(100, 500), k=3, budget_s=30,
                                progress=lambda done, total, info: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:]))


def test_extrapolation_follows_each_cost_model(result):
    exact, ivf, hnsw = (result.of(kind)[-1] for kind in knn_scaling.KINDS)
    big = 3_000 * 10**6
    e = knn_scaling.extrapolate(exact, big)
    assert e.memory_bytes == pytest.approx(exact.bytes_per_vector * big)
    assert e.latency_s == pytest.approx(exact.latency_ms / 1000 * 10**6)
    assert e.build_s == pytest.approx(exact.build_s * 10**6)
    assert knn_scaling.extrapolate(ivf, big).latency_s == pytest.approx(ivf.latency_ms / 1000 * 10**3)
    h = knn_scaling.extrapolate(hnsw, big)
    assert h.latency_s == pytest.approx(hnsw.latency_ms / 1000 * math.log(big) / math.log(3_000))
    world = knn_scaling.extrapolate_all(result)
    assert len(world) == 3 * len(knn_scaling.WORLD_SIZES) and {w.anchor_n for w in world} == {3_000}


def test_the_verdict_names_the_cheapest_memory_and_the_fastest_query(result):
    world = knn_scaling.extrapolate_all(result)
    text = knn_scaling.verdict(world, ram_bytes=1e11)
    exact = next(e for e in world if e.kind == "exact" and e.n == 10**12)
    assert text.startswith("Memorising 10¹² images takes at least " + knn_scaling.human_bytes(exact.memory_bytes))
    assert f"{exact.memory_bytes / 1e11:,.0f} machines" in text and "HNSW" in text


def test_synthetic_vectors_share_one_distribution_across_seeds():
    a, b = knn_scaling.synthetic_vectors(2_000, 32, seed=0), knn_scaling.synthetic_vectors(2_000, 32, seed=1)
    assert a.shape == (2_000, 32) and a.dtype == np.float32 and not np.array_equal(a, b)
    np.testing.assert_allclose(a.mean(0), b.mean(0), atol=0.5)
    # Low intrinsic dimension: INTRINSIC_DIM directions hold almost all the variance.
    s = np.linalg.svd(a - a.mean(0), compute_uv=False) ** 2
    assert s[: knn_scaling.INTRINSIC_DIM].sum() / s.sum() > 0.99


@pytest.mark.parametrize("kwargs, message", [
    (dict(dim=0), "dimension"),
    (dict(sizes=(100,), k=101), "smallest N"),
    (dict(sizes=()), "at least one"),
    (dict(budget_s=0), "positive"),
])
def test_bad_input(kwargs, message):
    with pytest.raises(InputError, match=message):
        knn_scaling.measure_scaling(**{"dim": 8, "sizes": (100,), "k": 3, **kwargs})


def test_human_units():
    assert knn_scaling.human_bytes(2.56e14) == "256.0 TB"
    assert knn_scaling.human_seconds(7200) == "2.0 hours"
    assert knn_scaling.human_seconds(2e-5) == "20 µs"
