"""demo.device: one place picks the device; the ZeroGPU shim is a no-op without `spaces`."""

import importlib.machinery
import sys
import types

import pytest
import torch

from demo import config, device


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
