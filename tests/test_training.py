"""demo.training and the `python -m demo.train` command."""

import json
import math

import torch

from demo import config, train, training
from demo.models import LeNet5


def test_random_affine_keeps_shape_and_moves_pixels():
    gen = torch.Generator().manual_seed(0)
    x = torch.zeros(8, 1, 28, 28)
    x[:, :, 10:18, 12:16] = 1.0
    y = training.random_affine(x, gen)
    assert y.shape == x.shape
    assert not torch.allclose(x, y)
    # Mass is roughly kept: a small shift/rotation/scale moves ink, it does not create or destroy it.
    assert torch.allclose(y.sum((1, 2, 3)), x.sum((1, 2, 3)), rtol=0.3)


def test_fit_stops_at_max_steps_and_learns(mnist):
    cfg = training.TrainConfig(epochs=5, batch_size=64, lr=3e-3, max_steps=40, augment=False)
    torch.manual_seed(0)
    model = LeNet5()
    calls = []
    result = training.fit(model, mnist, cfg, torch.device("cpu"), lambda d, t, info: calls.append((d, t)))
    assert result.history[-1].steps == 40
    assert calls[-1][0] == 40 and all(t == 40 for _, t in calls)
    assert result.test_accuracy > 0.5  # 40 steps of 64 images already beat chance (0.1) by far


def test_fit_stops_at_target_accuracy(mnist):
    cfg = training.TrainConfig(epochs=10, batch_size=64, augment=False, target_accuracy=0.3)
    result = training.fit(LeNet5(), mnist, cfg, torch.device("cpu"))
    assert result.test_accuracy >= 0.3 and len(result.history) < 10


def test_train_command_dry_run_writes_a_card(tmp_path, monkeypatch):
    before = {p: p.stat().st_mtime for p in config.WEIGHTS_DIR.iterdir()}
    train.main(["lenet5", "--dry-run", "--out-dir", str(tmp_path)])
    card = json.loads((tmp_path / "lenet5.json").read_text())
    assert (tmp_path / "lenet5.safetensors").exists()
    assert card["train_config"]["max_steps"] == train.DRY_RUN_STEPS
    assert card["dataset"] == "mnist-subset" and card["model_args"]["image_size"] == 28
    assert 0.0 <= card["test_accuracy"] <= 1.0 and not math.isnan(card["test_accuracy"])
    assert {p: p.stat().st_mtime for p in config.WEIGHTS_DIR.iterdir()} == before  # shipped files untouched


def test_dry_run_without_out_dir_never_overwrites_shipped_weights(monkeypatch, tmp_path):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
    before = (config.WEIGHTS_DIR / "perceptron.safetensors").read_bytes()
    train.main(["perceptron", "--dry-run"])
    assert (tmp_path / "dry-run" / "perceptron.json").exists()
    assert (config.WEIGHTS_DIR / "perceptron.safetensors").read_bytes() == before
