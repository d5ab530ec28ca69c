"""ImageNet weights for torchvision's AlexNet and VGG: where the file comes from, checked before use.

torchvision's weights API (`weights.url`, `weights.meta`, `weights.transforms()`) names the file, its
1,000 class names and its preprocessing; the metadata ships inside torchvision, the file itself
(233-548 MB) does not. A file is looked for, in this order:

1. the folder given at launch (`--imagenet-dir DIR`, `DEMO_IMAGENET_DIR`), under torchvision's own
   file name (the last part of `weights.url`, e.g. `alexnet-owt-7be5be79.pth`): a lab copies the
   files once onto every laptop, or keeps them on a shared drive;
2. torchvision's cache, `$TORCH_HOME/hub/checkpoints/` under the same name;
3. the network, when downloads are allowed (`config.ALLOW_DOWNLOADS`, always on a Space), into that
   cache, checked against the hash in its name.

A file is read with `torch.load(weights_only=True)`: tensors only, nothing unpickled. Its keys and
shapes are compared with the model's before anything is loaded, so a wrong or damaged file is one
sentence naming it, not a stack trace. Models are built on the meta device and take the file's
tensors as they are (`assign=True`): no random initialisation to throw away, no second copy.
"""

import pickle
from pathlib import Path

import torch

from demo.base import config
from demo.base.errors import InputError, one_of
from demo.i18n import say

# torchvision's ImageNet classifiers of the lecture, each with its default (IMAGENET1K_V1) weights.
NAMES = ("alexnet", "vgg11", "vgg11_bn", "vgg13", "vgg13_bn", "vgg16", "vgg16_bn", "vgg19", "vgg19_bn")
VGGS = NAMES[1:]  # every VGG with ImageNet weights in torchvision, with and without batch norm


def title(name: str) -> str:
    """'alexnet' -> 'AlexNet', 'vgg16_bn' -> 'VGG-16-BN'."""
    if name == "alexnet":
        return "AlexNet"
    depth, _, bn = name.removeprefix("vgg").partition("_")
    return f"VGG-{depth}" + ("-BN" if bn else "")


def imagenet_weights(name: str):
    """torchvision's default ImageNet weights enum for AlexNet or a VGG (metadata only; reads no file)."""
    import torchvision

    one_of(name, NAMES, "classify.name.imagenet_model")
    return torchvision.models.get_model_weights(name).DEFAULT


def file_name(name: str) -> str:
    """torchvision's name for the weights file, e.g. 'vgg16-397923af.pth' (its hash prefix included)."""
    return imagenet_weights(name).url.rsplit("/", 1)[-1]


def cache_path(name: str) -> Path:
    """Where torchvision caches the file: $TORCH_HOME/hub/checkpoints/<file name>."""
    return Path(torch.hub.get_dir()) / "checkpoints" / file_name(name)


def imagenet_weights_path(name: str) -> Path:
    """The file that would be read: in the launch folder if it is there, else torchvision's cache path."""
    if config.IMAGENET_DIR is not None and (config.IMAGENET_DIR / file_name(name)).is_file():
        return config.IMAGENET_DIR / file_name(name)
    return cache_path(name)


def _and(words: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' (in the request's language)."""
    return words[0] if len(words) == 1 else say("classify.and", first=", ".join(words[:-1]), last=words[-1])


def titles(names) -> str:
    """'AlexNet', 'AlexNet and VGG-16', ... (in the request's language)."""
    return _and([title(n) for n in names])


def step(*names: str) -> str:
    """The one step that gives the app the weights of `names` (the end of a sentence): copy the files into the
    launch folder when one was given (no restart: the next action reads them), else launch with one, or
    once with a network. torchvision's cache works too; the README says so, the page keeps to one step."""
    files = _and([file_name(n) for n in names])
    if config.IMAGENET_DIR is not None:
        return say("classify.imagenet.step_folder", files=files, folder=config.IMAGENET_DIR)
    return say("classify.imagenet.step_flag", files=files)


def how_to_get(*names: str) -> str:
    """One sentence: the networks `names` have no weights here, and the one step that adds them."""
    return say("classify.imagenet.how_to_get", networks=titles(names), step=step(*names))


def present(names=NAMES) -> tuple[bool, ...]:
    """Whether each network of `names` can have its weights now (a file at hand, or downloads allowed): a few
    file checks, cheap enough for every tab open; a first look is remembered under this."""
    return tuple(imagenet_available(n)[0] for n in names)


def imagenet_available(name: str) -> tuple[bool, str]:
    """(usable now, a sentence saying where from or how to get them)."""
    path = imagenet_weights_path(name)
    if path.is_file():
        return True, say("classify.imagenet.found", title=title(name), path=path)
    if config.ALLOW_DOWNLOADS:
        return True, say("classify.imagenet.will_download", title=title(name))
    return False, how_to_get(name)


def _read(name: str, progress: bool) -> tuple[dict, str]:
    """(state dict, where it came from) for `name`, or InputError with one sentence."""
    path = imagenet_weights_path(name)
    if path.is_file():
        try:
            return torch.load(path, map_location="cpu", weights_only=True), str(path)
        except (pickle.UnpicklingError, RuntimeError, EOFError, OSError, ValueError, KeyError, TypeError,
                AttributeError, IndexError):
            raise InputError(say("classify.imagenet.unreadable", path=path,
                                 url=imagenet_weights(name).url)) from None
    if not config.ALLOW_DOWNLOADS:
        raise InputError(how_to_get(name))
    url = imagenet_weights(name).url
    try:
        return torch.hub.load_state_dict_from_url(url, map_location="cpu", progress=progress, check_hash=True,
                                                  weights_only=True), url
    except Exception as e:  # no network, a proxy's error page, a hash that does not match
        raise InputError(say("classify.imagenet.download_failed", title=title(name), url=url,
                             error=type(e).__name__, folder=cache_path(name).parent)) from None


def check_state_dict(state, model: torch.nn.Module, name: str, source: str) -> dict[str, torch.Tensor]:
    """`state` if its keys and shapes are exactly `model`'s (floats made float32), else InputError."""
    said = dict(source=source, title=title(name), url=imagenet_weights(name).url)
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise InputError(say("classify.imagenet.not_tensors", **said))
    expected = model.state_dict()
    missing = [k for k in expected if k not in state]
    extra = [k for k in state if k not in expected]
    if missing or extra:
        names, kind = (missing, "classify.imagenet.lacks") if missing else (extra, "classify.imagenet.extra")
        more = say("classify.more", count=f"{len(names) - 1:,}") if len(names) > 1 else ""
        raise InputError(say(kind, key=repr(str(names[0])[:60]), more=more, **said))
    for key, want in expected.items():
        got = state[key]
        if got.shape != want.shape:
            shape = " x ".join(map(str, got.shape)) or say("classify.imagenet.scalar")
            raise InputError(say("classify.imagenet.shape", key=key, shape=shape,
                                 want=" x ".join(map(str, want.shape)), **said))
        if got.is_floating_point() != want.is_floating_point():
            raise InputError(say("classify.imagenet.dtype", key=key, got=got.dtype, want=want.dtype, **said))
    return {k: v.float() if v.is_floating_point() else v for k, v in state.items()}


def load_imagenet_model(name: str, progress: bool = False):
    """(model in eval mode on the CPU, weights enum) for AlexNet or a VGG with torchvision's ImageNet
    weights, from the first place that has them (see the module docstring); InputError otherwise."""
    import torchvision

    weights = imagenet_weights(name)
    state, source = _read(name, progress)
    with torch.device("meta"):  # shapes only: the file supplies every tensor
        model = torchvision.models.get_model(name, weights=None)
    model.load_state_dict(check_state_dict(state, model, name, source), assign=True)
    return model.eval(), weights
