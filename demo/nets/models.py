"""The lecture's networks and their registry.

- `Perceptron`: one fully connected layer over every pixel (a linear classifier; its weight rows
  are the class templates of the Perceptron tab).
- `MLP`: two fully connected layers (256 hidden units), the perceptron's deeper cousin.
- `LeNet5`: LeCun et al., "Gradient-based learning applied to document recognition", Proc. IEEE
  1998 - conv5(6) pool2 conv5(16) pool2, then fully connected 120-84-10.
- AlexNet (Krizhevsky et al., NIPS 2012) and VGG-11/13/16/19 (Simonyan & Zisserman, ICLR 2015)
  come from `torchvision.models` as they are, never rewritten here.

The small networks are trained by `python -m demo.train` and ship in assets/weights; ImageNet
weights for the torchvision ones are loaded through torchvision's weights API when its cache (or,
when downloads are allowed, the network) has them.
"""

from dataclasses import dataclass
from typing import Callable

import torch
from torch import nn

from demo.base.errors import one_of


class Perceptron(nn.Module):
    """One linear layer from every pixel to every class: logits = W x + b."""

    def __init__(self, in_channels: int = 1, num_classes: int = 10, image_size: int = 28):
        super().__init__()
        self.fc = nn.Linear(in_channels * image_size * image_size, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (B, C, H, W) -> (B, num_classes)
        return self.fc(torch.flatten(x, 1))


class MLP(nn.Module):
    """Two fully connected layers: every pixel to `hidden` units (ReLU), then to every class.

    Like the perceptron it sees the image as one long vector, so a digit moved by a few pixels is
    a different input to it; the hidden layer lets it combine templates, not share them in space.
    """

    def __init__(self, in_channels: int = 1, num_classes: int = 10, image_size: int = 28, hidden: int = 256):
        super().__init__()
        self.hidden = nn.Linear(in_channels * image_size * image_size, hidden)
        self.out = nn.Linear(hidden, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (B, C, H, W) -> (B, num_classes)
        return self.out(torch.relu(self.hidden(torch.flatten(x, 1))))


class LeNet5(nn.Module):
    """LeNet-5 as on the slide, in its modern form: ReLU and max-pooling.

    The 1998 paper used scaled tanh units, trainable average-pooling ("subsampling"), a partial
    C1-C3 connection table and RBF outputs; ReLU and max-pooling train faster and reach the same
    accuracy, which is why most courses (and this app) use them. The paper fed 32x32 inputs: MNIST's
    28x28 digits centred in a 32x32 field. We do the same by padding the first convolution by 2 on
    28x28 inputs, so every later map has the paper's size: 28 -> 14 -> 10 -> 5.
    """

    def __init__(self, in_channels: int = 1, num_classes: int = 10, image_size: int = 28):
        super().__init__()
        if image_size not in (28, 32):
            raise ValueError("LeNet-5 takes 28x28 (padded to 32) or 32x32 inputs")
        pad = (32 - image_size) // 2
        self.features = nn.Sequential(
            nn.Conv2d(in_channels, 6, kernel_size=5, padding=pad),  # C1: (B, 6, 28, 28)
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2),  # S2: (B, 6, 14, 14)
            nn.Conv2d(6, 16, kernel_size=5),  # C3: (B, 16, 10, 10)
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2),  # S4: (B, 16, 5, 5)
        )
        self.classifier = nn.Sequential(
            nn.Linear(16 * 5 * 5, 120),  # C5 (a 5x5 convolution over a 5x5 map is a full layer)
            nn.ReLU(inplace=True),
            nn.Linear(120, 84),  # F6
            nn.ReLU(inplace=True),
            nn.Linear(84, num_classes),  # output layer
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (B, C, H, W) -> (B, num_classes)
        return self.classifier(torch.flatten(self.features(x), 1))


# ---- registry ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ModelSpec:
    name: str
    title: str
    build: Callable[..., nn.Module]  # keyword arguments: in_channels, num_classes, image_size
    trainable_here: bool  # small enough to train on a laptop CPU with `python -m demo.train`


def _torchvision(name: str) -> Callable[..., nn.Module]:
    def build(num_classes: int = 1000, **_ignored) -> nn.Module:
        import torchvision

        return torchvision.models.get_model(name, weights=None, num_classes=num_classes)

    return build


MODELS: dict[str, ModelSpec] = {
    "perceptron": ModelSpec("perceptron", "Perceptron (one FC layer)", Perceptron, True),
    "mlp": ModelSpec("mlp", "Two-layer MLP (256 hidden units)", MLP, True),
    "lenet5": ModelSpec("lenet5", "LeNet-5", LeNet5, True),
    "alexnet": ModelSpec("alexnet", "AlexNet (torchvision)", _torchvision("alexnet"), False),
    **{f"vgg{depth}": ModelSpec(f"vgg{depth}", f"VGG-{depth} (torchvision)", _torchvision(f"vgg{depth}"), False)
       for depth in (11, 13, 16, 19)},
}
IMAGENET_MODELS = ("alexnet", "vgg11", "vgg13", "vgg16", "vgg19")


def build_model(name: str, **kwargs) -> nn.Module:
    """A freshly initialised model from the registry."""
    one_of(name, MODELS, "The model")
    return MODELS[name].build(**kwargs)


# ---- ImageNet weights through torchvision -----------------------------------------------------
# Their own module (demo/nets/imagenet.py: where the file comes from, checked before use); named here too
# for the modules that take everything about a network from its registry.
from demo.nets.imagenet import (imagenet_available, imagenet_weights, imagenet_weights_path,  # noqa: E402,F401
                                load_imagenet_model)
