"""Where tensors live: the one place that chooses CUDA, Apple MPS or the CPU.

On a ZeroGPU Space a GPU is attached only inside functions decorated with `spaces.GPU`; `gpu`
applies that decorator when the `spaces` package imports and is a no-op everywhere else. Only work
that gains from a GPU asks for one (ImageNet networks on photos, gradients, training), for as long
as the work needs (`duration` may be a function of the arguments); a few milliseconds of work (the
digit classifiers) runs on `light_device()`, the CPU on ZeroGPU, rather than wait in its GPU queue.
"""

import functools
import importlib.util
from typing import Callable

import torch

from demo.base import config
from demo.i18n import say


@functools.cache
def best_device() -> torch.device:
    """CUDA if present, else MPS, else CPU; `DEMO_DEVICE` forces one."""
    if config.DEVICE in {"cuda", "mps", "cpu"}:
        return torch.device(config.DEVICE)
    if torch.cuda.is_available():
        return torch.device("cuda")
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def describe(device: torch.device | None = None) -> str:
    """A short human name for the device in the request's language, e.g. 'cuda (NVIDIA H100)' or 'cpu (2 threads)'."""
    device = device or best_device()
    if device.type == "cuda":
        return f"cuda ({torch.cuda.get_device_name(device)})"
    if device.type == "cpu":
        threads = torch.get_num_threads()
        return say("device.cpu_one" if threads == 1 else "device.cpu", threads=threads)
    return device.type


@functools.cache
def zero_gpu() -> bool:
    """Whether this process runs on a ZeroGPU Space (the `spaces` package says so)."""
    if importlib.util.find_spec("spaces") is None:
        return False
    try:
        from spaces.config import Config  # noqa: PLC0415 - only present on Hugging Face Spaces
    except ImportError:
        return False
    return bool(getattr(Config, "zero_gpu", False))


def light_device() -> torch.device:
    """Where milliseconds of work run: `best_device()`, except on ZeroGPU, where a GPU is lent per call
    (queued, seconds to attach) and the CPU answers first."""
    return torch.device("cpu") if zero_gpu() else best_device()


def gpu(fn=None, *, duration: int | Callable[..., int] = 60):
    """Decorate GPU work so ZeroGPU attaches a GPU for it; a no-op without `spaces`.

    Usable bare (`@gpu`) or with a time budget in seconds: a number (`@gpu(duration=120)`) or a
    function that takes the decorated function's own arguments and returns the seconds its work
    needs (`spaces.GPU` accepts both; a shorter budget gets a visitor a GPU sooner).
    """
    def wrap(f):
        if importlib.util.find_spec("spaces") is None:
            return f
        import spaces  # noqa: PLC0415 - only present on Hugging Face Spaces

        return spaces.GPU(duration=duration)(f)

    return wrap(fn) if fn is not None else wrap
