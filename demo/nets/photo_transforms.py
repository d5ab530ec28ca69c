"""Photos for torchvision's AlexNet and VGG: the weights' own `transforms()` (resize the shorter side to 256,
centre-crop 224, ImageNet mean and std from the weights' metadata). `photo_crop` makes the 224x224 picture a
student is shown, `photo_tensor` normalises it; together they equal `weights.transforms()` on the same
picture, which the tests check. The metadata ships inside torchvision, so this path works offline even when
the weights file itself is missing.
"""

import functools

import numpy as np
import torch
from PIL import Image

from demo.base.transforms import normalise
from demo.nets.imagenet import imagenet_weights

PHOTO_NETWORK = "alexnet"  # every ImageNet model here shares its preprocessing (resize 256, crop 224)


@functools.cache
def photo_transforms(name: str = PHOTO_NETWORK):
    """torchvision's ImageNet preprocessing for model `name` (metadata only; no weights are read)."""
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
