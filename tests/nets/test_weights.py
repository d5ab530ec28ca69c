"""demo.nets.weights and the shipped files: accuracy recomputed from the tensors, never unpickled."""

import json

import numpy as np
import pytest
import torch

from demo.nets import weights
from demo.nets.models import LeNet5
from demo.nets.training import accuracy
from demo.base.transforms import normalise

# What the issue asks of the shipped weights on the 1,000-image test split.
REQUIRED = {"perceptron": 0.88, "mlp": 0.94, "lenet5": 0.98, "lenet5_noaug": 0.97}


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_shipped_weights_reach_their_accuracy(name, mnist, monkeypatch):
    monkeypatch.setattr(torch, "load", lambda *a, **k: pytest.fail("weights must not go through torch.load"))
    model, card = weights.load_trained(name)
    x = normalise(mnist.test_images, mnist.mean, mnist.std)
    measured = accuracy(model, x, torch.from_numpy(mnist.test_labels))
    assert measured >= REQUIRED[name]
    assert measured == pytest.approx(card["test_accuracy"], abs=1e-3)  # the card tells the truth


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_cards_say_how_the_weights_were_made(name, mnist):
    card = weights.read_card(name)
    for key in ("dataset", "split", "train_config", "epochs_run", "test_accuracy", "wall_seconds",
                "device", "versions"):
        assert key in card, key
    assert card["split"] == {"train": 4000, "test": 1000, "seed": 0, "method": "stratified by class",
                             "test_size": 1000}
    assert card["normalisation"]["mean"] == pytest.approx(list(mnist.mean))
    assert {"torch", "torchvision", "python"} <= set(card["versions"])


def test_save_and_load_round_trip(tmp_path):
    model = LeNet5().eval()
    card = {"model": "lenet5", "title": "LeNet-5", "model_args": {"in_channels": 1, "num_classes": 10,
                                                                  "image_size": 28}}
    path = weights.save_weights(model, "lenet5", card, tmp_path)
    assert path.read_bytes()[:8] != b"PK\x03\x04" and path.suffix == ".safetensors"  # not a zip pickle
    loaded, loaded_card = weights.load_trained("lenet5", tmp_path)
    assert loaded_card == json.loads((tmp_path / "lenet5.json").read_text())
    x = torch.randn(3, 1, 28, 28)
    with torch.inference_mode():
        np.testing.assert_allclose(loaded(x).numpy(), model(x).numpy(), rtol=1e-6)


def test_missing_weights_say_which_command_makes_them(tmp_path):
    with pytest.raises(ValueError, match="python -m demo.train lenet5"):
        weights.read_card("lenet5", tmp_path)
