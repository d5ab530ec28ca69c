"""The stack notation as a real network: torch modules, and the PyTorch code that builds them.

`build` turns a stack ("conv3-32/p1, relu, maxpool2, fc10") into an `nn.Sequential` whose every
module is the one the layer arithmetic (demo.layers.arithmetic) describes, with the input channels
and features it computes; `python_code` writes the same network as a short Python file, so weights
trained in the app load in a notebook with nothing but torch.
"""

import torch
from torch import nn

from demo.layers.arithmetic import (LRN, Activation, AdaptiveAvgPool, BatchNorm, Conv, Dropout, Flatten, Layer,
                                    Linear, Pool, analyse)
from demo.layers.notation import parse_stack

ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


def _spec(layer: Layer, in_shape: tuple[int, ...]) -> tuple[type[nn.Module], dict]:
    """The torch class of one layer and its keyword arguments, given the shape the layer receives."""
    if isinstance(layer, Conv):
        return nn.Conv2d, dict(in_channels=in_shape[0], out_channels=layer.out_channels, kernel_size=layer.kernel,
                               stride=layer.stride, padding=layer.padding, dilation=layer.dilation,
                               groups=layer.groups, bias=layer.bias)
    if isinstance(layer, Pool):
        args = dict(kernel_size=layer.kernel, stride=layer.stride, padding=layer.padding, ceil_mode=layer.ceil_mode)
        return (nn.MaxPool2d, {**args, "dilation": layer.dilation}) if layer.mode == "max" else (nn.AvgPool2d, args)
    if isinstance(layer, LRN):  # torch divides alpha by size; the paper does not (demo.architectures.normalisation)
        return nn.LocalResponseNorm, dict(size=layer.size, alpha=layer.alpha * layer.size, beta=layer.beta, k=layer.k)
    if isinstance(layer, BatchNorm):
        return nn.BatchNorm2d, dict(num_features=in_shape[0])  # the arithmetic allows bn on maps only
    if isinstance(layer, Activation):
        return ACTIVATIONS[layer.fn], {}
    if isinstance(layer, Dropout):
        return nn.Dropout, dict(p=layer.p)
    if isinstance(layer, Flatten):
        return nn.Flatten, {}
    if isinstance(layer, Linear):
        return nn.Linear, dict(in_features=in_shape[0], out_features=layer.out_features, bias=layer.bias)
    if isinstance(layer, AdaptiveAvgPool):
        return nn.AdaptiveAvgPool2d, dict(output_size=layer.output)
    raise TypeError(f"no torch module for {layer!r}")


def specs(layers: list[Layer], input_shape: tuple[int, int, int]) -> list[tuple[type[nn.Module], dict]]:
    """Each layer's torch class and arguments (the arithmetic supplies every in-size and checks the stack)."""
    report = analyse(layers, input_shape)
    shapes = [tuple(input_shape)] + [info.out_shape for info in report.layers]
    return [_spec(layer, shapes[i]) for i, layer in enumerate(layers)]


def build(stack: str | list[Layer], input_shape: tuple[int, int, int]) -> nn.Sequential:
    """The network a stack describes, for inputs of `input_shape` (C, H, W), freshly initialised."""
    layers = parse_stack(stack)[0] if isinstance(stack, str) else stack
    return nn.Sequential(*(cls(**args) for cls, args in specs(layers, input_shape)))


def _source(cls: type[nn.Module], args: dict) -> str:
    return f"nn.{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in args.items())})"


def python_code(stack: str | list[Layer], input_shape: tuple[int, int, int], title: str = "network") -> str:
    """A Python file that rebuilds the network: `build()` returns the nn.Sequential the app trained,
    whose state dict is the shipped safetensors file."""
    layers, names = parse_stack(stack) if isinstance(stack, str) else (stack, [type(x).__name__ for x in stack])
    lines = [f"        {_source(cls, args)},  # {name}" for (cls, args), name in zip(specs(layers, input_shape), names)]
    c, h, w = input_shape
    return (f'"""{title}: the network trained in the app "Image classification I", as PyTorch code.\n\n'
            f"Input: (batch, {c}, {h}, {w}) images, normalised with the mean and std of the JSON card.\n"
            "Load the weights with:\n\n"
            "    from safetensors.torch import load_file\n"
            "    model = build()\n"
            "    model.load_state_dict(load_file('model.safetensors'))\n"
            '"""\n\nfrom torch import nn\n\n\ndef build() -> nn.Sequential:\n    return nn.Sequential(\n'
            + "\n".join(lines) + "\n    )\n")


def count_parameters(model: torch.nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
