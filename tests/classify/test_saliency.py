"""demo.classify.saliency: Grad-CAM against captum's LayerGradCam, occlusion against captum's Occlusion, on the same
networks, layers and classes (the stand-in weights of tests/imagenet_standin.py)."""

import numpy as np
import pytest
import torch
from captum.attr import LayerAttribution, LayerGradCam, Occlusion
from helpers import assert_valid_figure
from imagenet_standin import NETWORKS, TOP5, standin_dir

from demo.base import config
from demo.classify import photos
from demo.classify import saliency
from demo.base.errors import InputError


@pytest.fixture
def weights(monkeypatch):
    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir())
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)


@pytest.fixture(scope="module")
def views():
    return {name: photos.view(photos.bundled(name)) for name in photos.PHOTOS}


@pytest.mark.parametrize("name", NETWORKS)
def test_grad_cam_equals_captums_layer_grad_cam(weights, views, name):
    net = photos.network(name)
    x = photos.to_tensor([views["cat"], views["coffee"]])
    targets = torch.tensor([282, 967])  # a different class for each photo, in one batch
    reference = LayerGradCam(net.model, net.last_conv)
    for relu in (False, True):  # before the ReLU the maps are signed: a stronger check than two zero maps
        ours, scores = saliency.grad_cam_maps(net.model, net.last_conv, x, targets, relu=relu)
        theirs = reference.attribute(x, target=targets, relu_attributions=relu)[:, 0]
        assert ours.shape == theirs.shape
        assert float(ours.abs().max()) > 1e-4
        torch.testing.assert_close(ours, theirs, rtol=1e-4, atol=1e-6)
    assert scores.shape == (2, 1000)
    assert not net.last_conv._forward_hooks and all(p.grad is None for p in net.model.parameters())


def test_grad_cam_maps_have_the_last_convolutions_size(weights, views):
    x = photos.to_tensor([views["cat"]])
    for name, side in (("alexnet", 13), ("vgg16", 14), ("vgg11_bn", 14)):
        net = photos.network(name)
        maps, _ = saliency.grad_cam_maps(net.model, net.last_conv, x, torch.tensor([281]))
        assert maps.shape == (1, side, side)


@pytest.mark.parametrize("rank", [1, 2, 5])
def test_grad_cam_explains_the_networks_own_nth_class(weights, views, rank):
    heat = saliency.grad_cam(views["cat"], "vgg16", rank=rank)
    assert heat.label == TOP5["cat"][rank - 1] and heat.rank == rank
    found, _ = photos.classify([views["cat"]], [("vgg16",)])
    assert heat.probability == pytest.approx(found[0]["vgg16"].probabilities[rank - 1], rel=1e-4)
    net = photos.network("vgg16")
    coarse = LayerGradCam(net.model, net.last_conv).attribute(photos.to_tensor([views["cat"]]), target=heat.target,
                                                               relu_attributions=True).detach()
    np.testing.assert_allclose(heat.coarse, coarse[0, 0].numpy(), rtol=1e-4, atol=1e-6)
    up = LayerAttribution.interpolate(coarse, (224, 224), "bilinear")  # captum's up-sampling
    assert heat.heat.shape == (224, 224) and (heat.heat >= 0).all()
    np.testing.assert_allclose(heat.heat, up[0, 0].numpy(), rtol=1e-4, atol=1e-6)


def test_grad_cam_of_a_class_typed_by_name(weights, views):
    heat = saliency.grad_cam(views["coffee"], "alexnet", rank=1, class_name="Space Shuttle")
    assert heat.target == 812 and heat.label == "space shuttle" and heat.rank > 5
    with pytest.raises(InputError, match="No ImageNet class is called 'hippogriff'"):
        saliency.grad_cam(views["coffee"], "alexnet", class_name="hippogriff")
    with pytest.raises(InputError, match="rank must be between 1 and 5"):
        saliency.grad_cam(views["coffee"], "alexnet", rank=6)


def _captum_occlusion(net, x, target, patch, stride) -> np.ndarray:
    probabilities = lambda batch: torch.softmax(net.model(batch), 1)  # noqa: E731
    with torch.no_grad():
        out = Occlusion(probabilities).attribute(x, sliding_window_shapes=(3, patch, patch),
                                                 strides=(3, stride, stride), baselines=0, target=target)
    return out[0, 0].numpy()  # the same for the three channels


@pytest.mark.parametrize("name, patch, stride", [("alexnet", 56, 28), ("alexnet", 48, 40), ("vgg11_bn", 112, 56)])
def test_occlusion_equals_captums_occlusion(weights, views, name, patch, stride):
    heat = saliency.occlusion(views["cat"], name, patch, stride, autocast=False)
    net = photos.network(name)
    assert heat.label == "tabby" and heat.rank == 1
    np.testing.assert_allclose(heat.heat, _captum_occlusion(net, photos.to_tensor([views["cat"]]), heat.target, patch,
                                                            stride), rtol=1e-3, atol=1e-5)
    n = len(saliency.patch_positions(patch, stride))
    assert heat.coarse.shape == (n, n) and ((heat.coarse >= 0) & (heat.coarse <= 1)).all()


def test_each_occluded_probability_is_that_of_the_photo_with_the_square(weights, views):
    heat = saliency.occlusion(views["coffee"], "alexnet", 112, 112, class_name="cup", autocast=False)
    assert saliency.patch_positions(112, 112) == [0, 112] and heat.coarse.shape == (2, 2)
    net = photos.network("alexnet")
    x = photos.to_tensor([views["coffee"]])
    for i, top in enumerate((0, 112)):
        for j, left in enumerate((0, 112)):
            hidden = x.clone()
            hidden[:, :, top:top + 112, left:left + 112] = 0
            with torch.inference_mode():
                expected = torch.softmax(net.model(hidden), 1)[0, 968]
            assert heat.coarse[i, j] == pytest.approx(float(expected), abs=1e-5)


def test_patch_positions_cover_every_pixel():
    assert saliency.patch_positions(56, 28) == [0, 28, 56, 84, 112, 140, 168]
    assert saliency.patch_positions(48, 40) == [0, 40, 80, 120, 160, 200]  # the last one reaches past 224
    for patch, stride in ((16, 8), (56, 28), (48, 40), (112, 112), (16, 16)):
        covered = np.zeros(224, bool)
        for p in saliency.patch_positions(patch, stride):
            covered[p:p + patch] = True
        assert covered.all()


@pytest.mark.parametrize("patch, stride, message", [
    (32, 64, r"stride \(64\) must be at most the patch size \(32\)"),
    (16, 8, "makes 729 occluded copies; this server computes at most 400"),
    (8, 8, "patch size must be between 16 and 112"), (56, 120, "stride must be between 8 and 112"),
    ("big", 28, "whole number"), (56, None, "whole number"),
])
def test_occlusion_settings_outside_the_bound_are_one_sentence(patch, stride, message):
    with pytest.raises(InputError, match=message):
        saliency.check_occlusion(patch, stride)


def test_occlusion_reports_progress_and_draws_its_grid(weights, views):
    seen = []
    heat = saliency.occlusion(views["rocket"], "alexnet", 64, 32, progress=lambda d, t, info: seen.append((d, t)))
    n = len(saliency.patch_positions(64, 32))
    assert seen[-1] == (n * n, n * n) and len(seen) == -(-n * n // saliency.OCCLUSION_BATCH)
    fig = saliency.occlusion_figure(heat, 64, 32)
    assert_valid_figure(fig)
    (grid,) = fig.data
    np.testing.assert_allclose(grid.z, heat.coarse)
    assert list(grid.x) == [p + 32 for p in saliency.patch_positions(64, 32)]
    assert "P(missile)" in fig.layout.title.text


def test_without_weights_the_explanations_say_how_to_get_them(offline_torch_hub, monkeypatch, views):
    monkeypatch.setattr(config, "IMAGENET_DIR", None)
    with pytest.raises(InputError, match="No ImageNet weights for AlexNet"):
        saliency.grad_cam(views["cat"], "alexnet")
    with pytest.raises(InputError, match="No ImageNet weights for VGG-19"):
        saliency.occlusion(views["cat"], "vgg19", 56, 28)


def test_zerogpu_durations_grow_with_the_work():
    x = torch.zeros(1, 3, 224, 224)
    assert saliency._grad_cam_seconds("vgg16", x) == 11  # a forward and a partial backward: well under a second
    few = saliency._occlusion_seconds("vgg19", x, 112, 112)  # 4 positions
    most = saliency._occlusion_seconds("vgg19", x, 24, 11)  # 400 positions: 401 passes of 19.6 GFLOPs
    assert few == 11 and most == 14 and len(saliency.patch_positions(24, 11)) ** 2 == 400


def test_the_worst_square_is_where_the_probability_falls_lowest():
    positions = saliency.patch_positions(56, 56)  # 0, 56, 112, 168
    coarse = np.full((len(positions), len(positions)), 0.9)
    coarse[2, 1] = 0.05  # row 2 (y = 112), column 1 (x = 56)
    heat = saliency.Heat("alexnet", "AlexNet", 281, "tabby", 0.9, 1, np.zeros((224, 224)), coarse, 0.1)
    assert saliency.worst_square(heat, 56, 56) == (56, 112, pytest.approx(0.05))
