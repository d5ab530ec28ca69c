"""demo.train.experiments: the Train tab's networks, switches, live runs, stop, comparison and exports."""

import json
import math
import threading
import time

import numpy as np
import pytest
import torch
from safetensors.torch import load

from demo.train import experiments as E
from demo.base.errors import InputError

FAST = dict(epochs=1, batch_size=128)


@pytest.mark.parametrize("network", [n for n in E.NETWORKS if n != "custom"])
def test_every_network_builds_for_grey_and_colour_images(network, mnist):
    s = E.Settings(network=network, **E.DEFAULTS[network])
    model, stack = E.build_network(s, mnist)
    assert model(torch.zeros(2, 1, 28, 28)).shape == (2, 10)
    colour = E.stack_for(s, 4)
    assert colour.endswith("fc4")


def test_switches_change_the_stack():
    s = E.Settings(network="alexnet-small", activation="tanh", normalisation="bn", dropout=0.3)
    stack = E.stack_for(s, 10)
    assert "tanh" in stack and "relu" not in stack and ", bn," in stack and "dropout0.3" in stack
    plain = E.stack_for(E.Settings(network="alexnet-small", normalisation="none", dropout=0.0), 10)
    assert "lrn" not in plain and "bn" not in plain and "dropout" not in plain


def test_a_typed_stack_trains_and_its_code_reloads_the_weights(cache_dir):
    s = E.Settings(network="custom", stack="conv3-8/p1, relu, maxpool2, fc99", **FAST)
    run = E.train(s, max_seconds=30)
    assert run.stack.endswith("fc10") and run.test_accuracy > 0.5
    files = E.export(run)
    namespace = {}
    exec(compile(files["model.py"].decode(), "model.py", "exec"), namespace)
    rebuilt = namespace["build"]().eval()
    rebuilt.load_state_dict(load(files["model.safetensors"]))
    x = torch.randn(4, 1, 28, 28)
    with torch.no_grad():
        np.testing.assert_allclose(rebuilt(x).numpy(), run.model(x).numpy(), rtol=1e-6, atol=1e-6)
    card = json.loads(files["model.json"])
    assert card["stack"] == run.stack and card["test_accuracy"] == round(run.test_accuracy, 4)


def test_points_come_about_once_a_second_and_stop_ends_a_run_within_a_second(mnist, monkeypatch):
    stop, points, stopped_at, trained_until = threading.Event(), [], [], []
    s = E.Settings(network="lenet5", epochs=20, batch_size=32)
    real_fit = E.fit

    def timed_fit(*args, **kwargs):
        result = real_fit(*args, **kwargs)
        trained_until.append(time.perf_counter())  # training over; scoring the test split follows
        return result

    monkeypatch.setattr(E, "fit", timed_fit)

    def press_stop():
        deadline = time.perf_counter() + 60
        while len(points) < 2 and time.perf_counter() < deadline:  # the curves have grown twice
            time.sleep(0.05)
        stopped_at.append(time.perf_counter())
        stop.set()

    threading.Thread(target=press_stop, daemon=True).start()
    run = E.train(s, on_point=points.append, should_stop=stop.is_set, max_seconds=60)
    assert run.result.stopped == "stopped" and trained_until[0] - stopped_at[0] < 1.0
    measured = [p.test_accuracy for p in points if not math.isnan(p.test_accuracy)]
    assert len(points) >= 2 and measured and all(0 <= a <= 1 for a in measured)
    assert run.confusion.sum() == len(mnist.test_labels)  # the weights learnt so far are kept and scored
    # ... and scored once: the confusion matrix is of the same predictions as the history's last accuracy
    assert run.confusion.trace() / run.confusion.sum() == pytest.approx(run.test_accuracy)


def test_the_time_limit_ends_a_run(mnist):
    run = E.train(E.Settings(network="vgg-small", epochs=20), max_seconds=1.5)
    assert run.result.stopped == "time limit" and run.seconds < 6


def test_settings_are_checked():
    ok = E.settings("lenet5", "mnist-subset", "relu", "none", 0, "sgd", 0.01, 2, 32, True, 1)
    assert ok.optimizer == "sgd" and ok.augment is True
    for bad, message in (((["x"],), "network must be one of"), (("lenet5", "mnist-subset", "gelu"), "activation"),
                         (("lenet5", "mnist-subset", "relu", "none", 0.95), "dropout rate must be between"),
                         (("lenet5", "mnist-subset", "relu", "none", 0, "adam", 5.0), "learning rate"),
                         (("lenet5", "mnist-subset", "relu", "none", 0, "adam", 0.01, 21), "Epochs must be between 1 and 20"),
                         (("lenet5", "mnist-subset", "relu", "none", 0, "adam", 0.01, 2, 32, "yes"), "true or false")):
        args = list(bad) + list(("lenet5", "mnist-subset", "relu", "none", 0, "adam", 0.01, 2, 32, False, 0))[len(bad):]
        with pytest.raises(InputError, match=message):
            E.settings(*args)
    with pytest.raises(InputError, match="Type a stack"):
        E.stack_for(E.Settings(network="custom"), 10)


def test_the_comparison_answers_in_epochs_and_seconds():
    from demo.nets.training import Point

    def run_with(accs, seconds_per_epoch):
        points = [Point(i, i + 1.0, (i + 1) * seconds_per_epoch, 0.5, a, a) for i, a in enumerate(accs)]
        r = E.Run(E.Settings(), "", None, None, E.TrainResult(points=points), 0.0, "cpu")
        return r

    fast, slow = run_with([0.6, 0.8, 0.9], 1.0), run_with([0.3, 0.5, 0.6, 0.7, 0.8], 2.0)
    assert E.epochs_to_error(fast.result.points, 0.25) == (2.0, 2.0)
    sentence = E.compare_sentence(fast, slow, 0.25)
    assert "**2.5x the epochs**" in sentence and "5.0x the time" in sentence and "6x" in sentence
    assert "Only" in E.compare_sentence(fast, run_with([0.3], 1.0), 0.25)
    from demo.i18n import speaking

    with speaking("ko"):  # a Korean page: the same measured numbers, in Korean
        korean = E.compare_sentence(fast, slow, 0.25)
        assert "**에폭은 2.5배**" in korean and "시간은 5.0배" in korean and "학습 오차 25%" in korean
        assert "도달하지 못했습니다" in E.compare_sentence(run_with([0.3], 1.0), run_with([0.3], 1.0), 0.25)


def test_the_paper_network_is_cuda_convnets_cifar10_net_in_torch_modules():
    """experiments.NETWORKS["relu-paper"] against the same network written out in torch.nn: cuda-convnet's
    layers-80sec (conv5-32, max-pool 3/2, conv5-32, avg-pool 3/2, conv5-64, avg-pool 3/2, fc10): 89,578
    parameters on 32x32 colour images, and the same outputs for the same weights."""
    from torch import nn

    class Data:  # what build_network reads of a dataset
        num_classes, image_shape = 10, (3, 32, 32)

    for activation, unit in (("relu", nn.ReLU), ("tanh", nn.Tanh)):
        model, stack = E.build_network(E.Settings(network="relu-paper", activation=activation), Data)
        reference = nn.Sequential(
            nn.Conv2d(3, 32, 5, padding=2), unit(), nn.MaxPool2d(3, 2, padding=1),
            nn.Conv2d(32, 32, 5, padding=2), unit(), nn.AvgPool2d(3, 2, padding=1),
            nn.Conv2d(32, 64, 5, padding=2), unit(), nn.AvgPool2d(3, 2, padding=1),
            nn.Flatten(), nn.Linear(64 * 4 * 4, 10))
        assert sum(p.numel() for p in model.parameters()) == sum(p.numel() for p in reference.parameters()) == 89_578
        assert "dropout" not in stack and "lrn" not in stack and "bn" not in stack
        reference.load_state_dict(model.state_dict())
        x = torch.randn(3, 3, 32, 32)
        with torch.no_grad():
            torch.testing.assert_close(model(x), reference(x))
    grey, _ = E.build_network(E.Settings(network="relu-paper"), type("Digits", (), dict(num_classes=10,
                                                                                        image_shape=(1, 28, 28))))
    assert grey(torch.zeros(2, 1, 28, 28)).shape == (2, 10)  # 28 -> 14 -> 7 -> 4, as 32 -> 16 -> 8 -> 4


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    from demo.base import config

    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)


def test_a_comparisons_target_error_is_a_whole_percent_within_its_range():
    low, high = E.TARGET_RANGE
    assert E.check_target(low) == low / 100 and E.check_target(high) == high / 100
    assert low <= E.TARGET_DEFAULT <= high
    for bad in (low - 1, high + 1, 25.5, "x"):
        with pytest.raises(InputError, match="training error must be"):
            E.check_target(bad)
