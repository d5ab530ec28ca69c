"""Where tensors live: the one place that chooses CUDA, Apple MPS or the CPU.

On a ZeroGPU Space a GPU is attached only inside functions decorated with `spaces.GPU`; `gpu`
applies that decorator when the `spaces` package imports and is a no-op everywhere else.
"""

import functools
import importlib.util

import torch

from demo import config


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
    """A short human name for the device, e.g. 'cuda (NVIDIA H100)' or 'cpu (2 threads)'."""
    device = device or best_device()
    if device.type == "cuda":
        return f"cuda ({torch.cuda.get_device_name(device)})"
    if device.type == "cpu":
        return f"cpu ({torch.get_num_threads()} threads)"
    return device.type


def gpu(fn=None, *, duration: int = 60):
    """Decorate GPU work so ZeroGPU attaches a GPU for it; a no-op without `spaces`.

    Usable bare (`@gpu`) or with a time budget in seconds (`@gpu(duration=120)`).
    """
    def wrap(f):
        if importlib.util.find_spec("spaces") is None:
            return f
        import spaces  # noqa: PLC0415 - only present on Hugging Face Spaces

        return spaces.GPU(duration=duration)(f)

    return wrap(fn) if fn is not None else wrap
