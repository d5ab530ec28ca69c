"""demo.classify.photos: the view against torchvision's own transforms, the top-5 against a bare torchvision
forward pass with the same weights, batches against single photos, autocast against float32.

Weights are the tests' stand-ins (tests/imagenet_standin.py): torchvision's networks with seeded random
weights and a last layer fitted to give each bundled photo a confident top-5.
"""

import os
from pathlib import Path

import numpy as np
import pytest
import torch
import torchvision
from helpers import assert_valid_figure
from imagenet_standin import NETWORKS, TOP5, standin_dir
from PIL import Image

from demo.base import config
from demo.nets import imagenet
from demo.classify import photos
from demo.base.errors import InputError


@pytest.fixture
def weights(monkeypatch):
    """The stand-in weights as the --imagenet-dir folder; no downloads."""
    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir())
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    return standin_dir()


@pytest.fixture(scope="module")
def views():
    return {name: photos.view(photos.bundled(name)) for name in photos.PHOTOS}


@pytest.mark.parametrize("photo", list(photos.PHOTOS))
def test_the_view_is_the_weights_own_transforms(photo):
    rgb = photos.bundled(photo)
    picture = photos.view(rgb)
    assert picture.shape == (224, 224, 3) and picture.dtype == np.uint8
    for name in photos.NETWORKS:  # every network's weights prepare a photo the same way
        reference = torchvision.models.get_model_weights(name).DEFAULT.transforms()
        torch.testing.assert_close(photos.to_tensor([picture]), reference(Image.fromarray(rgb))[None],
                                   atol=1e-6, rtol=0)


def test_a_shift_moves_the_view_and_fills_with_the_mean_colour(views):
    still = views["cat"]
    moved = photos.view(photos.bundled("cat"), shift_x=40, shift_y=-24)
    np.testing.assert_array_equal(moved[0:200, 40:], still[24:224, :184])
    mean = np.rint(np.array([0.485, 0.456, 0.406]) * 255)  # ImageNet's mean colour: zero once normalised
    assert (moved[:, :40] == mean).all() and (moved[200:] == mean).all()
    assert float(photos.to_tensor([moved])[0, :, :, :40].abs().max()) < 0.01
    left = photos.view(photos.bundled("cat"), shift_x=-112)
    np.testing.assert_array_equal(left[:, :112], still[:, 112:])


def test_a_crop_is_the_transforms_of_the_photos_centre():
    rgb = photos.bundled("coffee")  # 600 x 400
    reference = torchvision.models.get_model_weights("alexnet").DEFAULT.transforms()
    centre = Image.fromarray(rgb[100:300, 150:450])  # 50%: 300 x 200 around the centre
    torch.testing.assert_close(photos.to_tensor([photos.view(rgb, crop=50)]), reference(centre)[None],
                               atol=1e-6, rtol=0)


def test_odd_shapes_make_a_view_without_a_giant_resize():
    strip = np.random.default_rng(0).integers(0, 256, (10, 40_000, 3), dtype=np.uint8)
    assert photos.view(strip).shape == (224, 224, 3)  # cut to 4:1 first, not resized to 1,024,000 x 256
    assert photos.view(np.zeros((1, 1, 3), np.uint8), crop=20).shape == (224, 224, 3)


@pytest.mark.parametrize("settings, message", [
    ((113, 0, 100), "horizontal shift must be between -112 and 112"),
    ((0, -120, 100), "vertical shift must be between -112 and 112"),
    ((0, 0, 19), "crop must be between 20 and 100"),
    ((0.5, 0, 100), "whole number"), ((0, "down", 100), "whole number"), ((0, 0, None), "whole number"),
])
def test_view_settings_out_of_range_are_one_sentence(settings, message):
    with pytest.raises(InputError, match=message):
        photos.view(photos.bundled("cat"), *settings)


def test_bundled_photos_exist_small_and_licensed():
    licences = (config.IMAGES_DIR / "LICENSES.md").read_text()
    for name, file in photos.PHOTOS.items():
        assert photos.bundled(name).ndim == 3 and f"`{file}`" in licences
        assert (config.IMAGES_DIR / file).stat().st_size < 800_000
    with pytest.raises(InputError, match="bundled photo must be one of cat, coffee"):
        photos.bundled("../weights/lenet5.json")


def _bare_torchvision(name: str, batch: torch.Tensor) -> torch.Tensor:
    """What a bare script does: torchvision's model, the same file, softmax (B, 1000)."""
    model = torchvision.models.get_model(name, weights=None).eval()
    model.load_state_dict(torch.load(standin_dir() / imagenet.file_name(name), weights_only=True))
    with torch.inference_mode():
        return torch.softmax(model(batch), 1)


@pytest.mark.parametrize("name", NETWORKS)
def test_top5_equals_a_bare_torchvision_forward_with_the_same_weights(weights, views, name):
    pictures = list(views.values())
    found, problems = photos.classify(pictures, [(name,)] * len(pictures), autocast=False)
    assert problems == {}
    batch = torch.stack([torchvision.models.get_model_weights(name).DEFAULT.transforms()(
        Image.fromarray(photos.bundled(p))) for p in photos.PHOTOS])
    reference = _bare_torchvision(name, batch)
    categories = torchvision.models.get_model_weights(name).DEFAULT.meta["categories"]
    for row, (photo, prediction) in enumerate(zip(photos.PHOTOS, (f[name] for f in found))):
        top = torch.topk(reference[row], 5)
        assert prediction.indices == tuple(top.indices.tolist())
        assert prediction.classes == tuple(categories[i] for i in top.indices) == TOP5[photo]
        np.testing.assert_allclose(prediction.probabilities, top.values.numpy(), rtol=1e-4, atol=1e-6)
        assert prediction.batch == 4 and prediction.latency_ms > 0 and prediction.precision == "float32"
        assert prediction.device.startswith(photos.best_device().type)


def test_a_batch_answers_each_photo_as_alone(weights, views):
    pictures = list(views.values())
    wanted = [("alexnet", "vgg16"), ("alexnet", "vgg11_bn"), ("alexnet", "vgg16"), ("alexnet",)]
    together, _ = photos.classify(pictures, wanted)
    assert [set(f) for f in together] == [set(w) for w in wanted]
    assert together[0]["alexnet"].batch == 4 and together[0]["vgg16"].batch == 2 and together[1]["vgg11_bn"].batch == 1
    for picture, names, answers in zip(pictures, wanted, together):
        alone, _ = photos.classify([picture], [names])
        for name in names:
            assert answers[name].indices == alone[0][name].indices and alone[0][name].batch == 1
            np.testing.assert_allclose(answers[name].probabilities, alone[0][name].probabilities, atol=1e-5)


@pytest.mark.parametrize("name", ["alexnet", "vgg11_bn"])
def test_autocast_keeps_the_top5_of_float32_on_the_bundled_photos(weights, views, name):
    """CPU autocast (bfloat16) here; on a CUDA machine the default path (float16) is checked too. bfloat16
    convolutions are slow on a CPU: AlexNet reads every bundled photo, a VGG the first. Every VGG takes the
    same path; the smallest with batch norm stands for them (VGG-16's run costs half a minute here)."""
    pictures = list(views.values())[:None if name == "alexnet" else 1]
    full, _ = photos.classify(pictures, [(name,)] * len(pictures), autocast=False)
    cast, _ = photos.classify(pictures, [(name,)] * len(pictures), autocast=True)
    for exact, low in zip(full, cast):
        assert low[name].precision == ("float16" if photos.best_device().type == "cuda" else "bfloat16")
        assert low[name].classes == exact[name].classes
        np.testing.assert_allclose(low[name].probabilities, exact[name].probabilities, atol=0.02)


def test_autocast_is_the_default_on_cuda_and_keeps_the_top5(weights, views, monkeypatch):
    if not torch.cuda.is_available():
        pytest.skip("no CUDA device on this machine: the float16 default is not exercised here (bfloat16 "
                    "autocast on the CPU is, above)")
    pictures = list(views.values())
    monkeypatch.setattr(config, "DEVICE", "cuda")
    photos.best_device.cache_clear()
    try:
        default, _ = photos.classify(pictures, [("alexnet", "vgg16")] * len(pictures))
        full, _ = photos.classify(pictures, [("alexnet", "vgg16")] * len(pictures), autocast=False)
    finally:
        photos.best_device.cache_clear()
    for cast, exact in zip(default, full):
        for name in ("alexnet", "vgg16"):
            assert cast[name].precision == "float16" and cast[name].device.startswith("cuda")
            assert cast[name].classes == exact[name].classes


def test_networks_load_once_and_again_when_their_file_changes(weights, tmp_path, monkeypatch):
    first = photos.network("alexnet")
    assert photos.network("alexnet") is first
    assert not any(p.requires_grad for p in first.model.parameters()) and not first.model.training
    assert first.last_conv is first.model.features[10] and first.categories[281] == "tabby"
    assert photos.network("vgg16").last_conv is photos.network("vgg16").model.features[28]
    lab = tmp_path / "lab"
    lab.mkdir()
    (lab / imagenet.file_name("alexnet")).symlink_to(standin_dir() / imagenet.file_name("alexnet"))
    monkeypatch.setattr(config, "IMAGENET_DIR", lab)
    again = photos.network("alexnet")
    assert again is not first and photos.network("alexnet") is again
    assert len(photos._LOADED) <= photos.MODELS_KEPT


def test_a_batch_wanting_more_networks_than_are_kept_loads_each_once(weights, views, monkeypatch):
    loads = []
    real = imagenet.load_imagenet_model
    monkeypatch.setattr(imagenet, "load_imagenet_model", lambda name: loads.append(name) or real(name))
    monkeypatch.setattr(photos, "MODELS_KEPT", 1)
    monkeypatch.setattr(photos, "_LOADED", photos.OrderedDict())
    found, _ = photos.classify([views["cat"], views["rocket"]], [("alexnet", "vgg16"), ("alexnet", "vgg11_bn")])
    assert loads == ["alexnet", "vgg16", "vgg11_bn"]
    assert found[1]["vgg11_bn"].classes[0] == "missile" and len(photos._LOADED) == 1


def test_zerogpu_is_asked_for_as_long_as_the_work_needs():
    """The duration spaces.GPU gets: 10 s to attach and load, plus the forward passes at 2 TFLOP/s."""
    one, many = torch.zeros(1, 3, 224, 224), torch.zeros(64, 3, 224, 224)
    assert photos.gflops("vgg16") == pytest.approx(15.47) and photos.gflops("alexnet") == pytest.approx(0.714)
    assert photos._classify_seconds("alexnet", one) == 11 and photos._classify_seconds("vgg19", many) == 11
    assert photos._classify_seconds("vgg19", torch.zeros(512, 3, 224, 224)) == 16


def test_a_network_without_weights_leaves_the_other_answering(weights, views):
    found, problems = photos.classify([views["cat"]], [("alexnet", "vgg19")])
    assert set(found[0]) == {"alexnet"} and found[0]["alexnet"].classes[0] == "tabby"
    assert set(problems) == {"vgg19"} and "No ImageNet weights for VGG-19" in problems["vgg19"]
    assert photos.missing("vgg19") == problems["vgg19"] and photos.missing("alexnet") is None
    with pytest.raises(InputError, match="network must be one of"):
        photos.network("resnet50")
    assert photos.offline(("alexnet", "vgg19")) is None  # AlexNet answers: nothing folds away but VGG-19's
    assert photos.present() == tuple(name in NETWORKS for name in photos.NETWORKS)


def test_without_any_weights_the_section_says_once_what_works_and_the_one_step(offline_torch_hub, monkeypatch):
    monkeypatch.setattr(config, "IMAGENET_DIR", None)
    assert not any(photos.present())
    sentence = photos.offline(("alexnet", "vgg16"))
    assert sentence == ("No ImageNet weights for AlexNet and VGG-16 on this computer, so their top-5, Grad-CAM "
                        "and occlusion are folded away while the 224x224 view, shift and crop still work; to add "
                        "them, start `python app.py --imagenet-dir DIR` with alexnet-owt-7be5be79.pth and "
                        "vgg16-397923af.pth in DIR, or run the app once with a network and `DEMO_ALLOW_DOWNLOADS=1`.")


@pytest.mark.parametrize("typed, expected", [
    ("tabby", 281), ("Tabby", 281), ("  space shuttle ", 812), ("281", 281), ("shuttle", 812), ("tiger cat", 282),
])
def test_a_class_typed_by_name_or_number(typed, expected):
    assert photos.find_class(typed, imagenet.imagenet_weights("alexnet").meta["categories"]) == expected


@pytest.mark.parametrize("typed, message", [
    ("cat", r"5 ImageNet classes contain 'cat' \(tiger cat, Persian cat, Siamese cat, Egyptian cat, Madagascar cat\)"),
    ("ca", r"^81 ImageNet classes contain 'ca' \(American chameleon, .*, macaw and 75 more\); type one in full\.$"),
    ("unicorn", "No ImageNet class is called 'unicorn'"), ("1000", "class number must be between 0 and 999"),
    ("", "Type an ImageNet class name"), (None, "Type an ImageNet class name"), (["tabby"], "Type an ImageNet"),
    ("x" * 100_000, "Type an ImageNet class name"),
])
def test_a_class_that_is_not_one_is_one_sentence(typed, message):
    with pytest.raises(InputError, match=message):
        photos.find_class(typed, imagenet.imagenet_weights("alexnet").meta["categories"])


def test_the_top5_figure_plots_both_networks_side_by_side(weights, views):
    found, _ = photos.classify([views["coffee"]], [("alexnet", "vgg16")])
    fig = photos.top5_figure([found[0]["alexnet"], found[0]["vgg16"]])
    assert_valid_figure(fig)
    left, right = fig.data
    assert list(left.y) == list(TOP5["coffee"]) and left.xaxis == "x" and right.xaxis == "x2"
    np.testing.assert_allclose(left.x, found[0]["alexnet"].probabilities)
    np.testing.assert_allclose(right.x, found[0]["vgg16"].probabilities)
    assert fig.layout.xaxis.domain[1] < fig.layout.xaxis2.domain[0]  # side by side
    assert fig.layout.xaxis.title.text == "AlexNet: probability"
    assert fig.layout.xaxis2.title.text == "VGG-16: probability"
    assert fig.layout.yaxis.autorange == "reversed"  # the top class on top


@pytest.mark.skipif(not os.environ.get("DEMO_IMAGENET_DIR"), reason="real ImageNet weights: set DEMO_IMAGENET_DIR "
                    "to a folder holding torchvision's alexnet and vgg16 files to run this")
def test_real_weights_see_a_cat_and_a_cup(monkeypatch, views):
    monkeypatch.setattr(config, "IMAGENET_DIR", Path(os.environ["DEMO_IMAGENET_DIR"]).expanduser())
    found, problems = photos.classify([views["cat"], views["coffee"]], [("alexnet", "vgg16")] * 2)
    assert problems == {}
    for name in ("alexnet", "vgg16"):
        assert {"tabby", "tiger cat", "Egyptian cat"} & set(found[0][name].classes[:3])
        assert {"espresso", "cup", "coffee mug"} & set(found[1][name].classes[:3])
