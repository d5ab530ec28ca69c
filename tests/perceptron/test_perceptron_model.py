"""demo.perceptron.model against torch: templates are the safetensors weights, scores are F.linear."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image
from safetensors.torch import load_file

from demo.base import config
from demo.perceptron import model as perceptron
from demo.base.errors import InputError
from demo.nets.weights import weights_paths


def test_templates_are_the_shipped_weights_reshaped():
    clf = perceptron.shipped_classifier()
    state = load_file(str(weights_paths("perceptron")[0]))
    np.testing.assert_array_equal(clf.templates, state["fc.weight"].double().numpy().reshape(10, 1, 28, 28))
    np.testing.assert_array_equal(clf.bias, state["fc.bias"].double().numpy())


def test_scores_equal_torch_linear_and_the_shipped_accuracy(mnist):
    clf = perceptron.shipped_classifier()
    model = torch.nn.Linear(784, 10).double()
    state = load_file(str(weights_paths("perceptron")[0]))
    model.load_state_dict({k.removeprefix("fc."): v.double() for k, v in state.items()})
    for i in (0, 123, 999):
        sc = perceptron.scores(clf, mnist.test_images[i, 0])
        x = ((torch.from_numpy(mnist.test_images[i, 0]).double() / 255 - clf.mean[0]) / clf.std[0]).flatten()
        np.testing.assert_allclose(sc.scores, F.linear(x, model.weight, model.bias).detach().numpy(), rtol=1e-10)
        # the evidence map sums to the score less the bias
        np.testing.assert_allclose(sc.contribution_map(3, (28, 28)).sum() + sc.bias[3], sc.scores[3], rtol=1e-9)
    assert perceptron.test_accuracy(clf, mnist) == pytest.approx(clf.test_accuracy, abs=1e-3)


def test_the_formula_adds_up_to_the_score(mnist):
    sc = perceptron.scores(perceptron.shipped_classifier(), mnist.test_images[5, 0])
    top = int(sc.order()[0])
    text = sc.formula(top)
    assert text.startswith(f"s_{sc.classes[top]} = ") and text.endswith(f"**{sc.scores[top]:.2f}**")
    assert "the other 781 products" in text


def test_template_pictures_share_one_symmetric_scale():
    clf = perceptron.shipped_classifier()
    pictures = perceptron.template_pictures(clf)
    assert len(pictures) == 10 and pictures[0].shape == (84, 84, 3)
    # the strongest weight of all, positive or negative, is fully saturated; zero is white
    strongest = np.unravel_index(np.abs(clf.templates).argmax(), clf.templates.shape)
    tile = pictures[strongest[0]][strongest[2] * 3, strongest[3] * 3]
    assert tuple(tile) in {(178, 24, 43), (33, 102, 172)}


def test_class_means_are_the_average_training_digit(mnist):
    means = perceptron.class_means(mnist)
    np.testing.assert_allclose(means[7, 0], mnist.train_images[mnist.train_labels == 7, 0].mean(0) / 255)


def test_a_colour_dataset_trains_a_perceptron_with_rgb_templates(tmp_path, monkeypatch):
    rng = np.random.default_rng(0)
    for c, colour in enumerate(((200, 40, 40), (40, 40, 200))):  # red things and blue things
        folder = tmp_path / "colours" / ("red" if c == 0 else "blue")
        folder.mkdir(parents=True)
        for i in range(20):
            pixels = np.clip(rng.normal(colour, 30, (32, 32, 3)), 0, 255).astype(np.uint8)
            Image.fromarray(pixels).save(folder / f"{i}.png")
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    steps = []
    clf = perceptron.classifier_for("folder:colours", lambda done, total, info: steps.append(done))
    assert clf.image_shape == (3, 32, 32) and clf.test_accuracy == 1.0 and steps
    red = perceptron.template_pictures(clf)[clf.classes.index("red")]
    assert red.shape == (96, 96, 3) and red[..., 0].mean() > red[..., 2].mean()  # the red class's template is red
    assert perceptron.classifier_for("folder:colours") is clf  # remembered


def test_bad_input_is_one_sentence(mnist):
    clf = perceptron.shipped_classifier()
    with pytest.raises(InputError, match="takes 1x28x28"):
        perceptron.scores(clf, np.zeros((32, 32), np.uint8))
    with pytest.raises(InputError, match="class must be one of"):
        perceptron.check_class(clf, "11")
    assert perceptron.check_class(clf, 7) == 7
