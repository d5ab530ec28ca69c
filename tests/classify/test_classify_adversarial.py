"""demo.classify.adversarial: a photo's view attacked on an ImageNet network (captum's FGSM and PGD through
demo.nets.attacks), with the tests' stand-in weights (tests/imagenet_standin.py): the change stays within ε
and is an ordinary 8-bit picture, the attack lowers the attacked network's own margin, a target moves the
target's score up, and the settings and a missing network are one sentence each."""

import numpy as np
import pytest
import torch
from imagenet_standin import standin_dir

from demo.base import config
from demo.base.errors import InputError
from demo.classify import adversarial, photos


@pytest.fixture
def weights(monkeypatch):
    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir())
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)


@pytest.fixture(scope="module")
def cat():
    return photos.view(photos.bundled("cat"))


def _margin(view: np.ndarray, name: str, given: int, target: int | None = None) -> float:
    """The network's score of `given` minus its best other class's (or `target`'s), as the attack sees it."""
    x = photos.to_tensor([view])
    with torch.no_grad():
        scores = photos.network(name).model(x)[0]
    other = scores[target] if target is not None else torch.cat([scores[:given], scores[given + 1:]]).max()
    return float(scores[given] - other)


@pytest.mark.parametrize("method", adversarial.METHODS)
def test_the_attack_stays_within_epsilon_and_lowers_the_networks_margin(weights, cat, method):
    a = adversarial.attack(cat, "alexnet", "vgg16", method, 2, 3)
    assert a.adversarial.dtype == np.uint8 and a.adversarial.shape == cat.shape
    assert np.abs(a.perturbation).max() == 2  # every pixel within ε, and some at it
    assert a.given == a.before["alexnet"].indices[0]
    before, after = _margin(cat, "alexnet", a.given), _margin(a.adversarial, "alexnet", a.given)
    assert after < 0.8 * before, (before, after)  # the stand-ins give a margin of 2; FGSM at 2 takes 40%
    assert a.after["alexnet"].probabilities[0] < a.before["alexnet"].probabilities[0] or a.fooled
    assert set(a.before) == set(a.after) == {"alexnet", "vgg16"}  # the VGG beside sees the same changed view


def test_fgsm_moves_every_free_pixel_by_epsilon_along_the_gradients_sign(weights, cat):
    """FGSM is one step: each pixel not held by 0 or 255 moves by exactly ε, against the margin's gradient."""
    a = adversarial.attack(cat, "alexnet", "vgg16", "fgsm", 3, 1)
    x = photos.to_tensor([cat]).requires_grad_()
    scores = photos.network("alexnet").model(x)[0]
    other = torch.cat([scores[:a.given], scores[a.given + 1:]]).argmax()
    other = int(other) + (int(other) >= a.given)
    (scores[a.given] - scores[other]).backward()
    gradient = x.grad[0].numpy().transpose(1, 2, 0)  # through the normalisation: same sign per channel
    free = (cat >= 3) & (cat <= 252) & (np.abs(gradient) > 1e-12)
    assert free.mean() > 0.5
    agree = np.mean(a.perturbation[free] == -3 * np.sign(gradient[free]).astype(np.int16))
    assert agree > 0.99, agree  # a pixel whose gradient is at float32's noise may go either way


def test_a_target_moves_towards_the_target(weights, cat):
    a = adversarial.attack(cat, "alexnet", "vgg16", "pgd", 4, 5, "espresso")
    target = photos.network("alexnet").categories.index("espresso")
    assert a.target == target
    assert _margin(a.adversarial, "alexnet", a.given, target) < 0.8 * _margin(cat, "alexnet", a.given, target)


def test_epsilon_zero_changes_nothing(weights, cat):
    a = adversarial.attack(cat, "vgg16", "vgg16", "fgsm", 0, 1)
    assert np.array_equal(a.adversarial, cat) and not a.fooled


@pytest.mark.parametrize("args, message", [
    (("alexnet", "vgg16", "fgsm", 17, 1), "ε must be between 0 and 16"),
    (("alexnet", "vgg16", "cw", 2, 1), "The attack must be one of"),
    (("alexnet", "vgg16", "pgd", 2, 0), "PGD's steps must be between 1 and 20"),
    (("resnet", "vgg16", "fgsm", 2, 1), "The network attacked must be one of"),
])
def test_settings_out_of_range_are_one_sentence(weights, cat, args, message):
    with pytest.raises(InputError, match=message):
        adversarial.attack(cat, *args)


def test_a_target_the_network_already_gives_is_one_sentence(weights, cat):
    given = photos.classify([cat], [("alexnet",)])[0][0]["alexnet"].classes[0]
    with pytest.raises(InputError, match="already says"):
        adversarial.attack(cat, "alexnet", "vgg16", "fgsm", 2, 1, given)


def test_without_weights_the_attacked_network_says_how_to_get_them(offline_torch_hub, monkeypatch, cat):
    monkeypatch.setattr(config, "IMAGENET_DIR", None)
    with pytest.raises(InputError, match="AlexNet"):
        adversarial.attack(cat, "alexnet", "vgg16", "fgsm", 2, 1)
