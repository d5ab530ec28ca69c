"""Pixels to the tensor a network takes, the way its weights were trained: uint8 pixels / 255, then
((x - mean) / std) per channel with the statistics of the training split, stored in each model's JSON card.
Photos for torchvision's AlexNet and VGG take their weights' own transforms (demo.nets.photo_transforms).
"""

import functools

import numpy as np
import torch


def normalise(images, mean, std, device: torch.device | str = "cpu") -> torch.Tensor:
    """uint8 (N, C, H, W) (array or tensor) -> float32 on `device`, ((x / 255) - mean) / std per channel."""
    x = images if isinstance(images, torch.Tensor) else torch.from_numpy(np.ascontiguousarray(images))
    x = x.to(device, torch.float32).div_(255)
    m, s = _statistics(tuple(np.ravel(mean).tolist()), tuple(np.ravel(std).tolist()), str(device))
    return (x - m) / s


@functools.lru_cache(maxsize=64)
def _statistics(mean: tuple, std: tuple, device: str) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean and standard deviation as (1, C, 1, 1) tensors on `device`, made once (read, never written)."""
    as_tensor = functools.partial(torch.tensor, dtype=torch.float32, device=device)
    return as_tensor(mean).view(1, -1, 1, 1), as_tensor(std).view(1, -1, 1, 1)


def normalise_with_card(images, card: dict, device: torch.device | str = "cpu") -> torch.Tensor:
    """`normalise` with the statistics a shipped model was trained with (its JSON card)."""
    stats = card["normalisation"]
    return normalise(images, stats["mean"], stats["std"], device)
