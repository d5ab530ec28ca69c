"""demo.nets.photo_transforms: our photo path against torchvision's own preprocessing on the same pictures."""

import numpy as np
import pytest
import torch
import torchvision
from PIL import Image

from demo.base import config
from demo.base.images import load_rgb
from demo.cnn import backbones
from demo.nets import photo_transforms as transforms


@pytest.mark.parametrize("name", ["alexnet", "vgg16"])
@pytest.mark.parametrize("size", [(512, 512), (300, 451), (1000, 240)])  # square, landscape, a tall strip
def test_photo_path_equals_the_weights_own_transforms(name, size):
    rgb = np.asarray(Image.open(config.PHOTO).convert("RGB").resize(size))
    reference = torchvision.models.get_model_weights(name).DEFAULT.transforms()
    theirs = reference(Image.fromarray(rgb))[None]
    crop = transforms.photo_crop(rgb, name)
    assert crop.shape == (224, 224, 3) and crop.dtype == np.uint8
    torch.testing.assert_close(transforms.photo_tensor(crop, name), theirs, atol=1e-6, rtol=0)
    assert reference.resize_size == [256] and reference.crop_size == [224]


def test_every_photo_network_in_the_app_takes_that_path():
    """Feature maps and receptive fields use the weights' crop: not a squashed or 224-resized photo."""
    rgb = load_rgb(config.PHOTO)  # 451x300: a squash and a short-side-224 resize differ from it
    expected = transforms.photo_crop(rgb, "alexnet")
    np.testing.assert_array_equal(backbones.network_picture("alexnet"), expected)
    np.testing.assert_array_equal(backbones.network_picture("vgg16", config.PHOTO), expected)
    backbone = backbones.load_backbone("alexnet", allow_random=True)
    reference = torchvision.models.get_model_weights("alexnet").DEFAULT.transforms()
    torch.testing.assert_close(backbones.to_input(backbone, expected).cpu(),
                               reference(Image.fromarray(rgb))[None], atol=1e-6, rtol=0)


def test_a_dataset_batch_goes_through_the_same_transforms():
    images = np.random.default_rng(0).integers(0, 256, (3, 3, 32, 32), dtype=np.uint8)
    reference = torchvision.models.get_model_weights("alexnet").DEFAULT.transforms()
    theirs = torch.stack([reference(torch.from_numpy(im)) for im in images])
    torch.testing.assert_close(transforms.photo_batch(images), theirs)
