"""The one image path from pixels to the tensor a network takes, the way its weights were trained.

- Digits and the small networks: uint8 pixels / 255, then ((x - mean) / std) per channel with the
  statistics of the training split, stored in each model's JSON card (`normalise`).
- Photos and torchvision's AlexNet / VGG: the weights' own `transforms()` (resize the shorter side
  to 256, centre-crop 224, ImageNet mean and std from the weights' metadata). `photo_crop` makes the
  224x224 picture a student is shown, `photo_tensor` normalises it; together they equal
  `weights.transforms()` on the same picture, which the tests check. The metadata ships inside
  torchvision, so this path works offline even when the weights file itself is missing.
"""

import functools

import numpy as np
import torch
from PIL import Image

PHOTO_NETWORK = "alexnet"  # every ImageNet model here shares its preprocessing (resize 256, crop 224)


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


@functools.cache
def photo_transforms(name: str = PHOTO_NETWORK):
    """torchvision's ImageNet preprocessing for model `name` (metadata only; no weights are read)."""
    from demo.nets.models import imagenet_weights

    return imagenet_weights(name).transforms()


def photo_crop(rgb: np.ndarray, name: str = PHOTO_NETWORK) -> np.ndarray:
    """RGB uint8 (H, W, 3) -> the uint8 (224, 224, 3) picture the network sees: shorter side resized
    to 256 with the weights' interpolation, then the centre 224x224."""
    import torchvision.transforms.functional as TF  # torchvision takes 1.5 s to import: load it on first use

    t = photo_transforms(name)
    im = TF.resize(Image.fromarray(rgb), t.resize_size, interpolation=t.interpolation, antialias=t.antialias)
    return np.asarray(TF.center_crop(im, t.crop_size))


def photo_tensor(crop: np.ndarray, name: str = PHOTO_NETWORK, device: torch.device | str = "cpu") -> torch.Tensor:
    """A `photo_crop` (224, 224, 3) uint8 -> (1, 3, 224, 224) normalised with the weights' mean and std."""
    t = photo_transforms(name)
    return normalise(crop.transpose(2, 0, 1)[None], t.mean, t.std, device)


def photo_batch(images: np.ndarray, name: str = PHOTO_NETWORK, device: torch.device | str = "cpu") -> torch.Tensor:
    """Dataset images uint8 (N, 3, H, W) -> (N, 3, 224, 224) through the weights' transforms, on `device`
    (the tensor path of the same transforms: small images such as CIFAR-10's are enlarged to 256 first)."""
    x = torch.from_numpy(np.ascontiguousarray(images)).to(device)
    return photo_transforms(name)(x)
