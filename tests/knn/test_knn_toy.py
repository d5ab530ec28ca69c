"""demo.knn.toy against a brute-force vote at every grid location."""

import numpy as np
import pytest

from demo.base.errors import InputError
from demo.knn import toy as knn_toy


def direct_predict(points, labels, where, k, metric, num_classes):
    """k-NN at each location by the definition: distances, the k smallest, most votes, nearest on a tie."""
    diff = where[:, None] - points[None]
    d = np.abs(diff).sum(-1) if metric == "l1" else np.sqrt((diff ** 2).sum(-1))
    out = []
    for row in np.argsort(d, axis=1, kind="stable")[:, :k]:
        votes = np.bincount(labels[row], minlength=num_classes)
        out.append(next(labels[i] for i in row if votes[labels[i]] == votes.max()))
    return np.array(out)


@pytest.mark.parametrize("k, metric", [(1, "l2"), (1, "l1"), (5, "l2"), (4, "l1")])
def test_regions_match_a_brute_force_vote(k, metric):
    toy = knn_toy.toy(num_classes=4, points_per_class=15, k=k, metric=metric, seed=3, resolution=40)
    gx, gy = np.meshgrid(toy.grid, toy.grid)
    where = np.stack([gx.ravel(), gy.ravel()], 1)
    expected = direct_predict(toy.points, toy.labels, where, k, metric, 4).reshape(40, 40)
    assert (toy.regions == expected).mean() > 0.995  # equal up to float ties on the exact boundary
    assert toy.share.min() >= 1 / k - 1e-6 and toy.share.max() <= 1.0


def test_outvoted_points_are_the_leave_one_out_mistakes():
    toy = knn_toy.toy(num_classes=3, points_per_class=20, k=3, metric="l2", seed=1)
    for i in range(len(toy.points)):
        others = np.delete(np.arange(len(toy.points)), i)
        pred = direct_predict(toy.points[others], toy.labels[others], toy.points[i:i + 1], 3, "l2", 3)[0]
        assert toy.outvoted[i] == (pred != toy.labels[i])
    assert toy.loo_accuracy == pytest.approx(1 - toy.outvoted.mean())


def test_seeds_make_new_points_and_the_same_seed_the_same_ones():
    a, la = knn_toy.make_points(3, 10, seed=0)
    b, _ = knn_toy.make_points(3, 10, seed=1)
    assert not np.array_equal(a, b)
    np.testing.assert_array_equal(a, knn_toy.make_points(3, 10, seed=0)[0])
    assert a.shape == (30, 2) and np.abs(a).max() <= 1 and np.bincount(la).tolist() == [10, 10, 10]


@pytest.mark.parametrize("kwargs, message", [
    (dict(num_classes=1), "classes must be between 2 and 5; got 1"),
    (dict(num_classes=6), "classes must be between 2 and 5; got 6"),
    (dict(k=0), "k must be between 1 and 25"),
    (dict(k=26), "k must be between 1 and 25"),
    (dict(points_per_class=2, k=7), "larger than the 6"),
    (dict(metric="cosine"), "distance must be one of l1, l2"),
    (dict(points_per_class=1), "between 2 and 100"),
    (dict(seed=-1), "seed must be between 0 and"),
    (dict(seed="x"), "seed must be a whole number"),
])
def test_bad_input(kwargs, message):
    with pytest.raises(InputError, match=message):
        knn_toy.toy(**kwargs)
