"""demo.nets.imagenet: where ImageNet weights come from, and the file checked before it is used.

The files are the tests' own (tests/imagenet_standin.py, torchvision's models with seeded random
weights); a test's torch hub is an empty temporary folder, and nothing is downloaded.
"""

import urllib.error

import pytest
import torch
import torchvision
from imagenet_standin import standin_dir

from demo.base import config
from demo.nets import imagenet
from demo.base.errors import InputError


@pytest.fixture
def hub(offline_torch_hub, monkeypatch, tmp_path):
    """An empty torch hub, no --imagenet-dir, no downloads: its checkpoints folder."""
    monkeypatch.setattr(config, "IMAGENET_DIR", None)
    return tmp_path / "hub" / "checkpoints"


def _link(name: str, folder, as_name: str | None = None):
    """The stand-in weights of `name` in `folder` (a link, not a 250-550 MB copy), under torchvision's file
    name of `as_name` (default: its own)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / imagenet.file_name(as_name or name)
    path.symlink_to(standin_dir() / imagenet.file_name(name))
    return path


def test_every_network_has_torchvisions_weights_and_file_name():
    for name in imagenet.NAMES:
        weights = imagenet.imagenet_weights(name)
        assert weights is torchvision.models.get_model_weights(name).IMAGENET1K_V1
        assert imagenet.file_name(name) == weights.url.split("/")[-1] and imagenet.file_name(name).endswith(".pth")
        assert len(weights.meta["categories"]) == 1000
    assert [imagenet.title(n) for n in ("alexnet", "vgg16", "vgg19_bn")] == ["AlexNet", "VGG-16", "VGG-19-BN"]
    with pytest.raises(InputError, match="must be one of"):
        imagenet.imagenet_weights("resnet50")


def test_without_weights_one_sentence_says_how_to_get_them(hub, monkeypatch):
    ok, note = imagenet.imagenet_available("vgg16")
    assert not ok and imagenet.present(("alexnet", "vgg16")) == (False, False)
    assert note == ("No ImageNet weights for VGG-16 on this computer; to add them, start `python app.py "
                    "--imagenet-dir DIR` with vgg16-397923af.pth in DIR, or run the app once with a network and "
                    "`DEMO_ALLOW_DOWNLOADS=1`.")  # what is missing and the one step, in one sentence
    with pytest.raises(InputError, match="No ImageNet weights for VGG-16"):
        imagenet.load_imagenet_model("vgg16")
    both = imagenet.how_to_get("alexnet", "vgg16")
    assert "AlexNet and VGG-16" in both and "alexnet-owt-7be5be79.pth and vgg16-397923af.pth in DIR" in both
    # Given a launch folder, the step is to copy the files there: the next action reads them, no restart.
    monkeypatch.setattr(config, "IMAGENET_DIR", hub.parent / "lab")
    assert imagenet.how_to_get("vgg16").endswith(
        f"to add them, copy vgg16-397923af.pth into the `--imagenet-dir` folder (`{hub.parent / 'lab'}`).")
    (hub.parent / "lab").mkdir(parents=True)
    (hub.parent / "lab" / "vgg16-397923af.pth").touch()  # copied in while the app runs: present at the next check
    assert imagenet.present(("alexnet", "vgg16")) == (False, True)
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", True)  # a Space: every network can have its weights
    assert all(imagenet.present())


def _same_weights(model, name):
    expected = torch.load(standin_dir() / imagenet.file_name(name), weights_only=True)
    state = model.state_dict()
    assert state.keys() == expected.keys()
    for key, value in expected.items():
        assert state[key].device.type == "cpu"  # not left on the meta device
        torch.testing.assert_close(state[key], value, rtol=0, atol=0)


@pytest.mark.parametrize("name", ["alexnet", "vgg11_bn"])
def test_weights_load_from_torchvisions_cache(hub, name):
    _link(name, hub)
    assert imagenet.imagenet_available(name)[0] and imagenet.imagenet_weights_path(name).parent == hub
    model, weights = imagenet.load_imagenet_model(name)
    assert weights.meta["categories"][281] == "tabby" and not model.training
    _same_weights(model, name)


def test_the_launch_folder_comes_before_the_cache(hub, monkeypatch, tmp_path):
    lab = tmp_path / "lab"
    _link("alexnet", lab)
    (hub).mkdir(parents=True)
    (hub / imagenet.file_name("alexnet")).write_bytes(b"a damaged download")
    monkeypatch.setattr(config, "IMAGENET_DIR", lab)
    assert imagenet.imagenet_weights_path("alexnet") == lab / imagenet.file_name("alexnet")
    ok, note = imagenet.imagenet_available("alexnet")
    assert ok and str(lab) in note
    _same_weights(imagenet.load_imagenet_model("alexnet")[0], "alexnet")
    monkeypatch.setattr(config, "IMAGENET_DIR", tmp_path / "elsewhere")  # a folder without it: the cache
    assert imagenet.imagenet_weights_path("alexnet") == hub / imagenet.file_name("alexnet")


def test_launch_option_sets_the_folder(monkeypatch, tmp_path):
    from demo.app import launch_options

    monkeypatch.setattr(config, "IMAGENET_DIR", None)
    launch_options(["--imagenet-dir", str(tmp_path)])
    assert config.IMAGENET_DIR == tmp_path.resolve()
    with pytest.raises(SystemExit):
        launch_options(["--imagenet-dir", str(tmp_path / "missing")])


def _cheap_state(name: str, **changes) -> dict:
    """A state dict with every key and shape of `name` that costs nothing to save (zeros broadcast from one
    value), with `changes` applied."""
    with torch.device("meta"):
        model = torchvision.models.get_model(name, weights=None)
    state = {k: torch.zeros((), dtype=v.dtype).expand(v.shape) for k, v in model.state_dict().items()}
    state.update(changes)
    return {k: v for k, v in state.items() if v is not None}


@pytest.mark.parametrize("content, sentence", [
    (b"<html>404 Not Found</html>", "is not a readable PyTorch weights file"),
    (None, "is not torchvision's AlexNet ImageNet weights: it lacks 'features.0.weight'"),
    ({"classifier.6.weight": torch.zeros(10, 4096)}, "classifier.6.weight is 10 x 4096, not 1000 x 4096"),
    ({"classifier.6.bias": torch.zeros(1000, dtype=torch.int64)}, "classifier.6.bias holds torch.int64"),
    ({"fc.weight": torch.zeros(1)}, "it has keys it should not, such as 'fc.weight'"),
    ({"features.0.bias": [0.0] * 64}, "it does not hold a dictionary of tensors"),
])
def test_a_wrong_file_is_one_sentence_naming_it(hub, content, sentence):
    path = hub / imagenet.file_name("alexnet")
    hub.mkdir(parents=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        state = _cheap_state("alexnet", **(content or {}))
        if content is None:
            state.pop("features.0.weight")
        torch.save(state, path)
    with pytest.raises(InputError) as info:
        imagenet.load_imagenet_model("alexnet")
    message = str(info.value)
    assert sentence in message and str(path) in message and imagenet.imagenet_weights("alexnet").url in message


def test_a_vgg_file_under_another_vggs_name_is_refused(hub):
    _link("vgg11_bn", hub, as_name="vgg11")  # batch norm moves the layers: not VGG-11's weights
    with pytest.raises(InputError, match="not torchvision's VGG-11 ImageNet weights: it lacks 'features.3.weight'"):
        imagenet.load_imagenet_model("vgg11")


def test_downloads_go_through_torchvisions_checked_loader(hub, monkeypatch):
    asked = []

    def fake_download(url, **kwargs):
        asked.append((url, kwargs))
        return torch.load(standin_dir() / imagenet.file_name("alexnet"), weights_only=True)

    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", True)
    monkeypatch.setattr(torch.hub, "load_state_dict_from_url", fake_download)
    ok, note = imagenet.imagenet_available("alexnet")
    assert ok and "downloaded" in note
    _same_weights(imagenet.load_imagenet_model("alexnet")[0], "alexnet")
    url, kwargs = asked[0]
    assert url == imagenet.imagenet_weights("alexnet").url
    assert kwargs["check_hash"] is True and kwargs["weights_only"] is True  # hash in the name; tensors only


def test_a_failed_download_is_one_sentence(hub, monkeypatch):
    def offline(url, **kwargs):
        raise urllib.error.URLError("no route to host")

    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", True)
    monkeypatch.setattr(torch.hub, "load_state_dict_from_url", offline)
    with pytest.raises(InputError, match=r"Downloading the ImageNet weights of VGG-16 from https://\S+ failed "
                                         r"\(URLError\); check the network"):
        imagenet.load_imagenet_model("vgg16")
