"""demo.nets.models: the lecture's networks, the registry and the ImageNet loading path."""

import pytest
import torch
import torchvision

from demo.base import config
from demo.nets import models
from demo.base.errors import InputError


def test_lenet5_maps_have_the_papers_sizes():
    net = models.LeNet5()
    x = torch.zeros(2, 1, 28, 28)
    sizes = []
    for layer in net.features:
        x = layer(x)
        if isinstance(layer, (torch.nn.Conv2d, torch.nn.MaxPool2d)):
            sizes.append(tuple(x.shape[1:]))
    assert sizes == [(6, 28, 28), (6, 14, 14), (16, 10, 10), (16, 5, 5)]
    assert net(torch.zeros(2, 1, 28, 28)).shape == (2, 10)
    assert models.LeNet5(image_size=32)(torch.zeros(1, 1, 32, 32)).shape == (1, 10)


def test_parameter_counts_by_hand():
    lenet = sum(p.numel() for p in models.LeNet5().parameters())
    by_hand = (6 * (25 + 1)) + (16 * (6 * 25 + 1)) + (400 * 120 + 120) + (120 * 84 + 84) + (84 * 10 + 10)
    assert lenet == by_hand == 61_706
    assert sum(p.numel() for p in models.Perceptron().parameters()) == 784 * 10 + 10


@pytest.mark.parametrize("name", sorted(models.MODELS))
def test_every_registered_model_builds_and_runs(name):
    spec = models.MODELS[name]
    if spec.trainable_here:
        net, x = models.build_model(name), torch.zeros(1, 1, 28, 28)
    else:
        net, x = models.build_model(name, num_classes=7), torch.zeros(1, 3, 64, 64)
    with torch.inference_mode():
        assert net.eval()(x).shape[-1] == (10 if spec.trainable_here else 7)


def test_torchvision_models_are_torchvisions_own():
    assert type(models.build_model("alexnet")) is torchvision.models.AlexNet
    vgg16 = models.build_model("vgg16")
    assert type(vgg16) is torchvision.models.VGG
    assert sum(isinstance(m, torch.nn.Conv2d) for m in vgg16.modules()) == 13


def test_unknown_model_is_one_sentence():
    with pytest.raises(InputError, match="model must be one of"):
        models.build_model("resnet50")


@pytest.fixture
def torch_home(tmp_path, monkeypatch):
    old = torch.hub.get_dir()
    torch.hub.set_dir(str(tmp_path / "hub"))
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    yield tmp_path / "hub"
    torch.hub.set_dir(old)


def test_imagenet_weights_offline_says_how_to_enable(torch_home):
    ok, note = models.imagenet_available("vgg16")
    assert not ok and "DEMO_ALLOW_DOWNLOADS=1" in note
    with pytest.raises(InputError, match="No ImageNet weights"):
        models.load_imagenet_model("vgg16")


def test_imagenet_weights_load_from_torchvisions_cache(torch_home):
    reference = torchvision.models.alexnet(weights=None)
    path = models.imagenet_weights_path("alexnet")
    assert path.parent == torch_home / "checkpoints"
    path.parent.mkdir(parents=True)
    torch.save(reference.state_dict(), path)
    assert models.imagenet_available("alexnet")[0]
    model, weights = models.load_imagenet_model("alexnet")
    assert len(weights.meta["categories"]) == 1000
    for key, value in reference.state_dict().items():
        torch.testing.assert_close(model.state_dict()[key], value)
    x = torch.rand(1, 3, 224, 224)
    with torch.inference_mode():
        torch.testing.assert_close(model(x), reference.eval()(x))


def test_imagenet_loading_never_unpickles_code(torch_home, tmp_path):
    ran = tmp_path / "the pickle's code ran"

    class Evil:
        def __reduce__(self):  # unpickling calls exec(...), which leaves a file behind
            return (exec, (f"open({str(ran)!r}, 'w').close()",))

    path = models.imagenet_weights_path("alexnet")
    path.parent.mkdir(parents=True)
    torch.save({"x": Evil()}, path)
    with pytest.raises(InputError) as info:
        models.load_imagenet_model("alexnet")
    assert str(info.value) == (f"{path} is not a readable PyTorch weights file (damaged, truncated, or not plain "
                               "tensors); replace it with https://download.pytorch.org/models/alexnet-owt-7be5be79.pth.")
    assert not ran.exists()
