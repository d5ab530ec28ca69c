"""demo.perceptron.adversarial: captum's attacks on the lecture's digit classifiers. For the perceptron, FGSM is the
templates' difference, pixel for pixel, and its score change is the closed form; the curves cover every network
over the whole test split, and the transfer table agrees with them."""

import numpy as np
import pytest
import torch

from demo.base import config
from demo.base.errors import InputError
from demo.classify import digits
from demo.nets.weights import shipped
from demo.perceptron import adversarial, robustness


def _perceptron():
    model, card = shipped("perceptron")
    return model.fc.weight.detach().numpy(), model.fc.bias.detach().numpy(), float(card["normalisation"]["std"][0]), \
        float(card["normalisation"]["mean"][0])


@pytest.mark.parametrize("index, target, epsilon", [(0, 6, 25), (1, 3, 8), (2, 0, 40)])
def test_fgsm_on_the_perceptron_moves_every_pixel_along_the_templates_difference(index, target, epsilon):
    image, _ = digits.test_example(index)
    w, b, std, mean = _perceptron()
    x = image.astype(np.float64).ravel() / 255
    given = int(np.argmax(w @ ((x - mean) / std) + b))
    if given == target:
        target = (target + 1) % 10
    a = adversarial.attack(image, "perceptron", "fgsm", epsilon, 1, str(target))
    difference = w[target] - w[given]
    # the closed form: every pixel moved by ε along sign(w_t - w_y), then kept within 0..255
    expected = np.clip(image.astype(np.int16).ravel() + epsilon * np.sign(difference).astype(np.int16), 0, 255)
    np.testing.assert_array_equal(a.adversarial.ravel(), expected)
    np.testing.assert_allclose(a.template_difference.ravel(), difference, rtol=1e-6)
    assert a.sign_agreement == 1.0 and a.given == given and a.towards == target
    # the score difference: ε/255/σ x Σ|w_t - w_y| if every pixel could move; exactly Σ δ (w_t - w_y)/σ measured
    assert a.predicted_gain == pytest.approx(epsilon / 255 / std * np.abs(difference).sum(), rel=1e-6)
    delta = (a.adversarial.astype(np.float64) - image).ravel() / 255
    assert a.allowed_gain == pytest.approx(delta @ difference / std, rel=1e-5)
    assert a.measured_gain == pytest.approx(a.allowed_gain, rel=1e-4, abs=1e-4)
    assert 0 < a.allowed_gain <= a.predicted_gain


def test_test_digit_0_at_25_grey_levels_fools_the_perceptron_and_looks_the_same():
    """The issue's check: test digit 0, ε = 25/255, FGSM, no target."""
    image, label = digits.test_example(0)
    a = adversarial.attack(image, "perceptron", "fgsm", 25, 1, "none")
    assert a.answer("perceptron", "before")[0] == label == a.given
    assert a.fooled and a.answer("perceptron")[0] != label
    assert np.abs(a.perturbation).max() == 25 and a.adversarial.dtype == np.uint8
    assert set(a.before) == set(a.after) == set(robustness.MODELS)  # every classifier answers both


@pytest.mark.parametrize("network", ["mlp", "lenet5"])
def test_pgd_stays_within_epsilon_and_beats_fgsm_on_the_networks(network):
    """PGD (several steps) keeps every pixel within ε and whole; on the test digits it fools a network at least as
    often as FGSM at the same ε."""
    data = [digits.test_example(i) for i in range(40)]
    x = torch.from_numpy(np.stack([im for im, _ in data]).astype(np.float32)[:, None] / 255)
    labels = torch.tensor([y for _, y in data])
    fgsm = adversarial.perturb(x, network, 32, "fgsm", given=labels)
    pgd = adversarial.perturb(x, network, 32, "pgd", steps=10, given=labels)
    grey = pgd * 255
    assert torch.equal(grey, grey.round()) and (grey - x * 255).abs().max() <= 32 + 1e-4
    assert grey.min() >= 0 and grey.max() <= 255
    wrong = {name: int((robustness.predict(adv, network).argmax(1) != labels.numpy()).sum())
             for name, adv in (("fgsm", fgsm), ("pgd", pgd))}
    assert wrong["pgd"] >= wrong["fgsm"] and wrong["pgd"] > 0, wrong


def test_bad_settings_get_one_sentence():
    image, label = digits.test_example(0)
    with pytest.raises(InputError, match="ε"):
        adversarial.attack(image, epsilon=65)
    with pytest.raises(InputError, match="already says 0"):
        adversarial.attack(image, target=str(label))
    with pytest.raises(InputError, match="network"):
        adversarial.attack(image, network="knn")  # k-NN has no gradient to follow: it is attacked by transfer
    with pytest.raises(InputError, match="attack"):
        adversarial.attack(image, method="cw")


def test_the_curves_cover_every_network_over_the_test_split_and_are_cached(monkeypatch, tmp_path, mnist):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
    curves = adversarial.curves()
    assert set(curves.accuracy) == set(robustness.NETWORKS) and len(curves.accuracy) >= 4
    assert curves.num_images == len(mnist.test_labels)
    for name, accuracy in curves.accuracy.items():
        clean = (robustness.predict(torch.from_numpy(mnist.test_images.astype(np.float32) / 255), name).argmax(1)
                 == mnist.test_labels).mean()
        assert accuracy[0] == pytest.approx(clean)  # ε = 0 is the network's test accuracy
        assert np.all(np.diff(accuracy) <= 0.01), (name, accuracy)  # a larger ε never helps (a step's noise aside)
        assert accuracy[-1] < accuracy[0] - 0.3, (name, accuracy)  # every network is fooled by ε = 64
    assert curves.below_half("perceptron") < curves.below_half("lenet5")  # the lecture's order
    # the transfer table's own-network cells are the curves at its ε
    at = list(curves.epsilons).index(adversarial.TRANSFER_EPSILON)
    seen = list(robustness.MODELS)
    for row, name in enumerate(robustness.NETWORKS):
        assert curves.transfer[row, seen.index(name)] == pytest.approx(curves.accuracy[name][at])
    assert "below 50% at ε =" in curves.sentence()
    monkeypatch.setattr(adversarial, "compute_curves", lambda progress=None: pytest.fail("not read from the cache"))
    again = adversarial.curves()
    np.testing.assert_array_equal(again.transfer, curves.transfer)
