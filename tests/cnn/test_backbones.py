"""demo.cnn.backbones: layer names against the real modules, feature maps, and the picture each network takes."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from demo.base import config
from demo.base.errors import InputError
from demo.base.images import load_rgb
from demo.classify import digits
from demo.cnn import backbones
from demo.nets import photo_transforms as transforms
from demo.nets.weights import shipped


@pytest.fixture(autouse=True)
def offline(offline_torch_hub):
    """Every test here runs without ImageNet weights."""


def test_layer_index_matches_the_real_modules():
    for name in ("lenet5", "alexnet"):
        backbone = backbones.load_backbone(name, allow_random=True)
        for layer, i in backbone.layers.items():
            module = backbone.features[i]
            assert type(module).__name__ in ("ReLU", "MaxPool2d"), (layer, module)
            x = torch.zeros(1, *backbone.report.input_shape)
            assert tuple(backbone.features[: i + 1](x).shape[1:]) == backbone.report.layers[i].out_shape


def test_lenet5_feature_maps_and_filters(mnist):
    """The maps are the shipped network's: each layer computed again here with torch's functional ops and the
    model's own weights, from the digit normalised as the card says; the filters are C1's own weights."""
    model, card = shipped("lenet5")
    conv1, conv2 = model.features[0], model.features[3]
    digit = mnist.test_images[0, 0]
    stats = card["normalisation"]
    x = (torch.from_numpy(digit).float()[None, None] / 255 - stats["mean"][0]) / stats["std"][0]
    with torch.inference_mode():
        c1 = F.relu(F.conv2d(x, conv1.weight.cpu(), conv1.bias.cpu(), padding=2))
        c2 = F.relu(F.conv2d(F.max_pool2d(c1, 2), conv2.weight.cpu(), conv2.bias.cpu()))
    expected = {"conv1": c1, "pool1": F.max_pool2d(c1, 2), "conv2": c2, "pool2": F.max_pool2d(c2, 2)}
    for layer, value in expected.items():
        maps = backbones.feature_maps("lenet5", digit, layer)
        np.testing.assert_allclose(maps, value[0].numpy(), rtol=1e-3, atol=1e-3, err_msg=layer)  # TF32 on a GPU
    maps = backbones.feature_maps("lenet5", digit, "conv2")
    assert maps.shape == (16, 10, 10) and (maps >= 0).all() and (maps > 0).mean() > 0.1  # after ReLU, alive
    blank = backbones.feature_maps("lenet5", np.zeros((28, 28), np.uint8), "conv2")
    assert np.abs(maps - blank).max() > 1  # the digit is seen, not only the biases
    filters = backbones.first_filters("lenet5")
    assert filters.shape == (6, 1, 5, 5)
    np.testing.assert_array_equal(filters, conv1.weight.detach().cpu().numpy())
    assert filters.std() > 0.05  # learnt, not blank


def test_photo_networks_need_imagenet_weights_for_feature_maps():
    with pytest.raises(InputError, match="No ImageNet weights"):
        backbones.feature_maps("vgg16", np.zeros((224, 224, 3), np.uint8), "conv1")


def test_without_imagenet_weights_one_sentence_says_what_works_and_the_one_step(monkeypatch, tmp_path):
    monkeypatch.setattr(config, "IMAGENET_DIR", None)
    assert backbones.present() == (True, False, False) and backbones.offline("lenet5") is None
    sentence = backbones.offline("alexnet")
    assert sentence == backbones.offline("vgg16") == (
        "No ImageNet weights for AlexNet and VGG-16 on this computer, so only LeNet-5's feature maps work here; "
        "to add them, start `python app.py --imagenet-dir DIR` with alexnet-owt-7be5be79.pth and vgg16-397923af.pth "
        "in DIR, or run the app once with a network and `DEMO_ALLOW_DOWNLOADS=1`.")
    # The Receptive-field tab runs them with a random initialisation, and says so once, plainly.
    note = backbones.load_backbone("alexnet", allow_random=True).note
    assert note.startswith("No ImageNet weights for AlexNet on this computer, so it runs here with torchvision's "
                           "random initialisation") and note.count("ImageNet weights") == 1
    # AlexNet's file copied into the launch folder while the app runs: it works at the next check.
    monkeypatch.setattr(config, "IMAGENET_DIR", tmp_path)
    (tmp_path / "alexnet-owt-7be5be79.pth").touch()
    assert backbones.present() == (True, True, False) and backbones.offline("alexnet") is None
    assert backbones.offline("vgg16").startswith("No ImageNet weights for VGG-16 on this computer")
    with pytest.raises(InputError, match="backbone must be one of"):
        backbones.offline("resnet50")


def test_each_network_takes_its_own_picture_and_falls_back_to_the_bundled_one(mnist, tmp_path):
    np.testing.assert_array_equal(backbones.network_picture("lenet5"), digits.test_example(0)[0])
    np.testing.assert_array_equal(backbones.network_picture("alexnet"),
                                  transforms.photo_crop(load_rgb(config.PHOTO), "alexnet"))
    path = tmp_path / "digit.png"
    from PIL import Image

    Image.fromarray(255 - mnist.test_images[5, 0]).resize((140, 140)).save(path)
    seen = backbones.network_picture("lenet5", str(path))
    assert seen.shape == (28, 28) and seen.dtype == np.uint8 and seen.max() > 200
    with pytest.raises(InputError, match="backbone must be one of"):
        backbones.load_backbone("resnet50")
