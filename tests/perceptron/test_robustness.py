"""demo.perceptron.robustness: our moves equal torchvision's affine; the curves at zero equal the shipped accuracies."""

import numpy as np
import pytest
import torch
import torchvision.transforms.v2.functional as TF
from torchvision.transforms import InterpolationMode

from demo.base import config
from demo.perceptron import robustness
from demo.base.errors import InputError
from demo.nets.weights import read_card


@pytest.mark.parametrize("dx, dy, angle, scale", [(3, 0, 0, 1.0), (0, -5, 0, 1.0), (0, 0, 30, 1.0),
                                                  (2, 1, -15, 1.2), (-8, 8, 90, 0.6)])
def test_our_move_equals_torchvisions_affine(mnist, dx, dy, angle, scale):
    x = torch.from_numpy(mnist.test_images[:6].astype(np.float32) / 255)
    ours = robustness.move(x, robustness.affine_theta(dx, dy, angle, scale)[None].repeat(6, 1, 1))
    theirs = TF.affine(x, angle=angle, translate=[dx, dy], scale=scale, shear=[0.0, 0.0],
                       interpolation=InterpolationMode.BILINEAR, fill=0.0)
    torch.testing.assert_close(ours, theirs, atol=1e-5, rtol=0)


def test_a_whole_pixel_shift_moves_every_pixel_exactly(mnist):
    digit = mnist.test_images[0, 0]
    moved = robustness.move_one(digit, dx=3, dy=-2)
    np.testing.assert_array_equal(moved[:-2, 3:], digit[2:, :-3])
    assert not moved[:, :3].any() and not moved[-2:].any()  # black comes in from the edges


@pytest.fixture(scope="module")
def x_curves(tmp_path_factory):
    old = config.CACHE_DIR
    config.CACHE_DIR = tmp_path_factory.mktemp("cache")
    try:
        yield robustness.curves("x")
    finally:
        config.CACHE_DIR = old


def test_the_curves_at_zero_are_each_models_shipped_accuracy(x_curves):
    assert list(x_curves.accuracy) == list(robustness.MODELS) and len(x_curves.steps) == 17
    for name in robustness.NETWORKS:
        assert x_curves.at(name, 0) == pytest.approx(read_card(name)["test_accuracy"], abs=1e-3)
    assert x_curves.at("knn", 0) == pytest.approx(0.943, abs=0.01)  # README's k-NN on pixels at k = 3


def test_the_lecture_point_holds(x_curves):
    """Moved four pixels, the fully connected models collapse; LeNet-5 trained with shifts barely moves."""
    assert x_curves.kept("perceptron", 4) < 0.5 and x_curves.kept("mlp", 4) < 0.5
    assert x_curves.kept("lenet5", 4) > 0.9 > x_curves.kept("lenet5_noaug", 4)
    sentence = x_curves.sentence()
    assert f"{x_curves.kept('perceptron', 4):.0%}" in sentence and "LeNet-5" in sentence


def test_curves_are_cached_and_a_damaged_cache_is_rebuilt(x_curves, monkeypatch):
    monkeypatch.setattr(robustness, "compute_curves", lambda *a: pytest.fail("should come from the cache"))
    again = robustness.curves("x")
    np.testing.assert_array_equal(again.accuracy["lenet5"], x_curves.accuracy["lenet5"])


def test_probe_asks_every_classifier(mnist):
    """Test digit 3, a 0: unmoved, every classifier names it with at least 90%; moved four pixels right, the
    ones that match pixels (perceptron, MLP, k-NN) give it under 5% and both LeNet-5s still over 90%."""
    digit, label = mnist.test_images[3, 0], mnist.test_labels[3]
    still, moved = robustness.probe(digit, dx=0), robustness.probe(digit, dx=4)
    assert set(still.probabilities) == set(moved.probabilities) == set(robustness.MODELS)
    np.testing.assert_array_equal(still.moved, digit)
    np.testing.assert_array_equal(moved.moved, robustness.move_one(digit, dx=4))
    for name in robustness.MODELS:
        assert still.top(name)[0] == label and still.probabilities[name][label] > 0.9, name
        assert still.probabilities[name].sum() == pytest.approx(1.0)
        if name in ("perceptron", "mlp", "knn"):
            assert moved.probabilities[name][label] < 0.05, name
        else:
            assert moved.top(name)[0] == label and moved.probabilities[name][label] > 0.9, name
    votes = moved.probabilities["knn"] * robustness.KNN_K  # k-NN's shares are its 3 neighbours' votes
    np.testing.assert_allclose(votes, np.round(votes), atol=1e-9)


@pytest.mark.parametrize("kwargs, message", [
    (dict(dx=9), "shift along x must be between -8 and 8"), (dict(dy="up"), "whole number"),
    (dict(angle=181), "rotation must be between"), (dict(scale=float("nan")), "scale must be between"),
    (dict(scale=[1]), "scale must be a number")])
def test_bad_moves_are_one_sentence(mnist, kwargs, message):
    with pytest.raises(InputError, match=message):
        robustness.move_one(mnist.test_images[0, 0], **kwargs)
    with pytest.raises(InputError, match="axis must be one of"):
        robustness.curves("diagonal")
