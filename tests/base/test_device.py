"""demo.base.device: one place picks the device; the ZeroGPU shim is a no-op without `spaces`."""

import importlib.machinery
import sys
import types

import pytest
import torch

from demo.base import config
from demo.base import device


@pytest.mark.parametrize("cuda, mps, expected", [
    (True, True, "cuda"), (True, False, "cuda"), (False, True, "mps"), (False, False, "cpu")])
def test_best_device_prefers_cuda_then_mps_then_cpu(monkeypatch, cuda, mps, expected):
    monkeypatch.setattr(config, "DEVICE", "")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: cuda)
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: mps)
    device.best_device.cache_clear()
    try:
        assert device.best_device().type == expected
    finally:
        device.best_device.cache_clear()


@pytest.mark.parametrize("forced", ["cuda", "mps", "cpu"])
def test_demo_device_forces_a_device_whatever_is_present(monkeypatch, forced):
    monkeypatch.setattr(config, "DEVICE", forced)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    device.best_device.cache_clear()
    try:
        assert device.best_device().type == forced
    finally:
        device.best_device.cache_clear()


def test_gpu_decorator_is_a_no_op_without_spaces(monkeypatch):
    monkeypatch.delitem(sys.modules, "spaces", raising=False)

    def f(x):
        return x + 1

    assert device.gpu(f) is f
    assert device.gpu(duration=5)(f) is f


def test_gpu_decorator_uses_spaces_gpu_when_present(monkeypatch):
    calls = []
    fake = types.ModuleType("spaces")
    fake.__spec__ = importlib.machinery.ModuleSpec("spaces", None)

    def GPU(duration=60):
        def wrap(fn):
            calls.append(duration)
            return lambda *a: ("on gpu", fn(*a))
        return wrap

    fake.GPU = GPU
    monkeypatch.setitem(sys.modules, "spaces", fake)
    wrapped = device.gpu(duration=30)(lambda x: x * 2)
    assert wrapped(4) == ("on gpu", 8) and calls == [30]


def test_gpu_decorator_passes_a_duration_computed_from_the_arguments(monkeypatch):
    """spaces.GPU takes `duration` as a number or as a function of the decorated function's arguments."""
    asked = []
    fake = types.ModuleType("spaces")
    fake.__spec__ = importlib.machinery.ModuleSpec("spaces", None)

    def GPU(duration=60):
        def wrap(fn):
            def run(*args, **kwargs):
                asked.append(duration(*args, **kwargs) if callable(duration) else duration)
                return fn(*args, **kwargs)
            return run
        return wrap

    fake.GPU = GPU
    monkeypatch.setitem(sys.modules, "spaces", fake)
    wrapped = device.gpu(duration=lambda images, per_image=0.5: 10 + int(len(images) * per_image))(
        lambda images, per_image=0.5: len(images))
    assert wrapped([1] * 8) == 8 and wrapped([1] * 4, per_image=2) == 4
    assert asked == [14, 18]


def test_light_work_stays_on_the_cpu_on_zerogpu_only(monkeypatch):
    config_module = types.ModuleType("spaces.config")
    config_module.Config = types.SimpleNamespace(zero_gpu=True)
    fake = types.ModuleType("spaces")
    fake.__spec__ = importlib.machinery.ModuleSpec("spaces", None)
    monkeypatch.setitem(sys.modules, "spaces", fake)
    monkeypatch.setitem(sys.modules, "spaces.config", config_module)
    monkeypatch.setattr(config, "DEVICE", "cuda")
    device.zero_gpu.cache_clear()
    device.best_device.cache_clear()
    try:
        assert device.zero_gpu() and device.light_device().type == "cpu" and device.best_device().type == "cuda"
        config_module.Config.zero_gpu = False
        device.zero_gpu.cache_clear()
        assert not device.zero_gpu() and device.light_device().type == "cuda"
    finally:
        device.zero_gpu.cache_clear()
        device.best_device.cache_clear()
    monkeypatch.delitem(sys.modules, "spaces")
    assert not device.zero_gpu()
    device.zero_gpu.cache_clear()


def test_the_digit_classifiers_never_ask_for_a_gpu():
    import inspect

    from demo.classify import digits
    from demo.classify import photos
    from demo.classify import saliency

    assert "@gpu" not in inspect.getsource(digits.classify) and not hasattr(digits.classify, "__wrapped__")
    source = inspect.getsource(photos) + inspect.getsource(saliency)
    assert source.count("@gpu(duration=_") == 3  # the photo networks, Grad-CAM and occlusion, each with its own
