"""Pixels to the tensor a network takes, the way its weights were trained: uint8 pixels / 255, then
((x - mean) / std) per channel with the statistics of the training split, stored in each model's JSON card.
Photos for torchvision's AlexNet and VGG take their weights' own transforms (demo.nets.photo_transforms).
"""

import numpy as np
import torch


def normalise(images, mean, std, device: torch.device | str = "cpu") -> torch.Tensor:
    """uint8 (N, C, H, W) (array or tensor) -> float32 on `device`, ((x / 255) - mean) / std per channel."""
    x = images if isinstance(images, torch.Tensor) else torch.from_numpy(np.ascontiguousarray(images))
    x = x.to(device, torch.float32).div_(255)
    m = torch.as_tensor(mean, dtype=torch.float32, device=device).view(1, -1, 1, 1)
    s = torch.as_tensor(std, dtype=torch.float32, device=device).view(1, -1, 1, 1)
    return (x - m) / s


def normalise_with_card(images, card: dict, device: torch.device | str = "cpu") -> torch.Tensor:
    """`normalise` with the statistics a shipped model was trained with (its JSON card)."""
    stats = card["normalisation"]
    return normalise(images, stats["mean"], stats["std"], device)
