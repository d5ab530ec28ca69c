"""Convolutional backbones for the CNN and Receptive-field tabs: what their layers make of a picture.

A backbone is the convolutional part of a network (torchvision calls it `features`): LeNet-5 with
the shipped weights for digits, AlexNet or VGG-16 for photos. AlexNet and VGG use torchvision's
ImageNet weights when its cache (or an allowed download) has them; the Receptive-field tab may fall
back to torchvision's random initialisation, which is enough to see the effective receptive field
(Luo et al., "Understanding the Effective Receptive Field in Deep CNNs", NIPS 2016).

Layers are named conv1, conv2, ... and pool1, pool2, ... in order; a convolution's map is taken
after its ReLU, as the papers show them.
"""

import functools
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from demo.base import config
from demo.classify import digits
from demo.nets import imagenet
from demo.base.device import best_device, gpu
from demo.base.errors import InputError, one_of
from demo.i18n import TABLES, say
from demo.base.images import load_rgb, open_image
from demo.layers import Activation, AdaptiveAvgPool, Conv, Flatten, Pool, Report, report_for
from demo.nets.models import IMAGENET_MODELS, imagenet_available, load_imagenet_model
from demo.base.transforms import normalise_with_card
from demo.nets.photo_transforms import PHOTO_NETWORK, photo_crop, photo_tensor
from demo.nets.weights import shipped

BACKBONE_KEYS = {name: f"cnn.backbone.{name}" for name in ("lenet5", "alexnet", "vgg16")}  # demo.i18n keys
BACKBONES = {name: TABLES["en"][key] for name, key in BACKBONE_KEYS.items()}  # name -> its title, in English


def title(name: str) -> str:
    """How the page names backbone `name`, in the request's language."""
    return say(BACKBONE_KEYS[name])


@dataclass(frozen=True)
class Backbone:
    name: str
    features: nn.Sequential  # eval mode, on the best device
    report: Report  # the layer arithmetic of the same stack, one entry per module of `features`
    layers: dict[str, int]  # "conv1" -> index of the module whose output is that layer's map
    pretrained: bool  # trained weights (shipped or ImageNet) rather than a random initialisation

    @property
    def note(self) -> str:
        """Where the weights come from, in the request's language (made when asked: backbones are cached)."""
        if self.name == "lenet5":
            return say("cnn.backbone_note.lenet5", accuracy=f"{shipped('lenet5')[1]['test_accuracy']:.1%}")
        if self.pretrained:
            return say("cnn.backbone_note.imagenet", network=BACKBONES[self.name].split(" (")[0])
        return say("cnn.backbone_note.random", network=imagenet.title(self.name), step=imagenet.step(self.name))


def layer_index(name: str) -> dict[str, int]:
    """"conv1" -> position of the module whose output is conv1's map (after its ReLU), and so on.

    Read off the preset's layer stack, which lists the backbone's modules one for one, so the
    names are known without building the network.
    """
    layers = report_for(name).layers
    names, conv, pool = {}, 0, 0
    for i, info in enumerate(layers):
        if isinstance(info.layer, (Flatten, AdaptiveAvgPool)):
            break
        if isinstance(info.layer, Conv):
            conv += 1
            following = layers[i + 1].layer if i + 1 < len(layers) else None
            names[f"conv{conv}"] = i + 1 if isinstance(following, Activation) else i
        elif isinstance(info.layer, Pool):
            pool += 1
            names[f"pool{pool}"] = i
    return names


def load_backbone(name: str, allow_random: bool = False) -> Backbone:
    """The backbone `name`: trained weights when present, else (if allowed) a random initialisation."""
    one_of(name, BACKBONES, "cnn.name.backbone")
    ok, why = available(name)
    if not ok and not allow_random:
        raise InputError(why)
    return _load(name, pretrained=ok)


def layer_shape(name: str, layer: str) -> tuple[int, int, int]:
    """(C, H, W) of a backbone layer's map for the network's own input size (no network built)."""
    index = layer_index(name)
    one_of(layer, index, say("cnn.name.layer_of", backbone=name))
    return report_for(name).layers[index[layer]].out_shape


@functools.cache
def _load(name: str, pretrained: bool) -> Backbone:
    if name == "lenet5":
        model, _ = shipped("lenet5")
    elif pretrained:
        model, _ = load_imagenet_model(name)
    else:
        import torchvision

        torch.manual_seed(0)
        model = torchvision.models.get_model(name, weights=None)
    features = model.features.eval().to(best_device())
    for p in features.parameters():
        p.requires_grad_(False)
    return Backbone(name, features, report_for(name), layer_index(name), pretrained)


def network_picture(name: str, source=None) -> np.ndarray:
    """The picture backbone `name` takes, from an upload (a path, bytes or PIL image) or the default.

    LeNet-5 takes a uint8 (28, 28) digit made MNIST's way (demo.classify.digits), test digit #0 by default;
    AlexNet and VGG take the uint8 (224, 224, 3) crop of their weights' transforms (demo.base.transforms)
    of a photo, the bundled cat by default.
    """
    if name == "lenet5":
        return digits.test_example(0)[0] if source is None else digits.prepare_digit(open_image(source))
    return photo_crop(load_rgb(config.PHOTO if source is None else source), _photo_network(name))


def _photo_network(name: str) -> str:
    return name if name in IMAGENET_MODELS else PHOTO_NETWORK


def to_input(backbone: Backbone, picture: np.ndarray) -> torch.Tensor:
    """The network's own input: a uint8 digit (28, 28) or photo crop (224, 224, 3) -> (1, C, H, W) float."""
    device = next(backbone.features.parameters()).device
    if backbone.name == "lenet5":
        return normalise_with_card(picture[None, None], shipped("lenet5")[1], device)
    return photo_tensor(picture, _photo_network(backbone.name), device)


def run_to(backbone: Backbone, x: torch.Tensor, layer: str) -> torch.Tensor:
    """Output of `layer` for input `x` (1, C, H, W) -> (1, C', H', W')."""
    one_of(layer, backbone.layers, say("cnn.name.layer_of", backbone=backbone.name))
    return backbone.features[: backbone.layers[layer] + 1](x)


@gpu
def feature_maps(name: str, picture: np.ndarray, layer: str) -> np.ndarray:
    """Feature maps (C', H', W') of `layer` for one picture (a digit or a 224x224 photo)."""
    backbone = load_backbone(name)
    with torch.inference_mode():
        return run_to(backbone, to_input(backbone, picture), layer)[0].float().cpu().numpy()


def first_filters(name: str) -> np.ndarray:
    """The learnt first-layer filters (N, C, k, k) of a trained backbone."""
    backbone = load_backbone(name)
    conv = next(m for m in backbone.features if isinstance(m, nn.Conv2d))
    return conv.weight.detach().float().cpu().numpy()


def available(name: str) -> tuple[bool, str]:
    """Whether `name` has trained weights here, and a sentence saying so."""
    if name == "lenet5":
        return True, say("cnn.available.lenet5")
    if name in IMAGENET_MODELS:
        return imagenet_available(name)
    return False, say("cnn.err.unknown_backbone", name=name)


def present() -> tuple[bool, ...]:
    """Which backbones have trained weights now, in BACKBONES' order (a few file checks)."""
    return tuple(available(name)[0] for name in BACKBONES)


def offline(name: str) -> str | None:
    """None when backbone `name` has trained weights here; else the CNN tab's one sentence: which backbones
    lack ImageNet weights, that LeNet-5's feature maps still work, and the one step that adds them."""
    one_of(name, BACKBONES, "cnn.name.backbone")
    if available(name)[0]:
        return None
    absent = [n for n in BACKBONES if n in IMAGENET_MODELS and not available(n)[0]]
    return say("cnn.fm.offline", networks=imagenet.titles(absent), step=imagenet.step(*absent))
