"""demo.nets.training and the `python -m demo.train` command."""

import dataclasses
import json
import math

import pytest
import torch

from demo.base import config
from demo.train import recipes as train
from demo.nets import training
from demo.base import transforms
from demo.nets.models import LeNet5


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


def test_a_one_epoch_run_is_a_curve_with_points_every_tenth_of_an_epoch(mnist):
    """Points at tenths of the epoch; their windows add up to the epoch (the reference: the epoch's own mean
    loss and training accuracy); the test accuracy is measured now and then, and at the end on the whole split."""
    cfg = training.TrainConfig(epochs=1, batch_size=64, augment=False)
    points = []
    torch.manual_seed(0)
    result = training.fit(LeNet5(), mnist, cfg, torch.device("cpu"), on_point=points.append, point_every_s=1e9)
    n = len(mnist.train_labels)
    assert result.points == points and len(points) == cfg.points_per_epoch
    epochs = [p.epoch for p in points]
    assert epochs == sorted(epochs) and epochs[-1] == 1.0 and 0 < epochs[0] <= 0.1 + 64 / n
    sizes = [min(p.step * 64, n) - min(q.step * 64, n) for q, p in zip([training.Point(0, 0, 0, 0, 0, 0)] + points,
                                                                        points)]
    assert sum(sizes) == n
    epoch = result.history[0]
    assert sum(s * p.train_loss for s, p in zip(sizes, points)) / n == pytest.approx(epoch.train_loss, rel=1e-5)
    assert sum(s * p.train_accuracy for s, p in zip(sizes, points)) / n == pytest.approx(epoch.train_accuracy)
    measured = [p for p in points if not math.isnan(p.test_accuracy)]
    assert 2 <= len(measured) <= cfg.tests_per_epoch + 1 and measured[-1] is points[-1]
    assert points[-1].test_accuracy == epoch.test_accuracy
    assert result.predictions.shape == (len(mnist.test_labels),)


def test_predictions_are_the_final_weights_answers(mnist):
    cfg = training.TrainConfig(epochs=1, batch_size=128, augment=False, max_steps=7)
    model = LeNet5()
    result = training.fit(model, mnist, cfg, torch.device("cpu"))
    x = transforms.normalise(mnist.test_images, mnist.mean, mnist.std)
    expected = training.predict_logits(model, x).argmax(1)
    assert torch.equal(result.predictions, expected)
    assert result.test_accuracy == pytest.approx((expected.numpy() == mnist.test_labels).mean())


def test_live_accuracy_matches_the_plain_one_and_gives_way_to_stop(mnist):
    model = LeNet5().eval()
    x = transforms.normalise(mnist.test_images, mnist.mean, mnist.std)
    y = torch.from_numpy(mnist.test_labels)
    assert training._live_accuracy(model, x, y, None) == pytest.approx(training.accuracy(model, x, y))
    looks = []
    assert training._live_accuracy(model, x, y, lambda: looks.append(1) or len(looks) > 2) is None
    assert len(looks) == 3  # looked at before each pass of STOP_CHECK_IMAGES, stopped at the third


def test_the_training_error_target_the_constant_rate_and_a_diverging_run(mnist):
    cfg = training.TrainConfig(epochs=3, batch_size=128, lr=0.03, optimizer="sgd", schedule="constant",
                               weight_decay=0.0, augment=False, target_train_error=0.5, test_each_epoch=False,
                               tests_per_epoch=0)
    result = training.fit(LeNet5(), mnist, cfg, torch.device("cpu"))
    errors = [1 - p.train_accuracy for p in result.points]
    assert result.stopped == training.TARGET and errors[-1] <= 0.5 and all(e > 0.5 for e in errors[:-1])
    assert all(math.isnan(p.test_accuracy) for p in result.points) and result.predictions is None
    opt = torch.optim.SGD(LeNet5().parameters(), lr=0.03)
    sched = training._schedule(opt, cfg, 100)
    for _ in range(5):
        opt.step()
        sched.step()
    assert opt.param_groups[0]["lr"] == 0.03
    wild = dataclasses.replace(cfg, lr=1e6, target_train_error=None, epochs=1)
    assert training.fit(LeNet5(), mnist, wild, torch.device("cpu")).stopped == training.DIVERGED


def test_the_live_sample_is_fixed_and_covers_small_test_splits():
    assert torch.equal(training.live_sample(500), torch.arange(500))
    big = training.live_sample(10_000)
    assert len(big) == training.LIVE_TEST_IMAGES == len(set(big.tolist()))
    assert torch.equal(big, training.live_sample(10_000))


def test_the_command_runs_as_the_readme_writes_it():
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run([sys.executable, "-m", "demo.train", "--help"], cwd=Path(__file__).resolve().parents[2],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "usage: python -m demo.train" in out.stdout, out.stderr[-1000:]
