"""See LeNet-5 compute: every activation for one digit, and the arithmetic of any one unit.

CNN Explainer (Wang et al., "CNN Explainer: Learning Convolutional Neural Networks with Interactive
Visualization", IEEE VIS 2020) lets a student click a unit and see the numbers that made it. Here the
network is the app's own trained LeNet-5 (LeCun et al. 1998; demo.nets.models.LeNet5) on the student's
own digit, and every layer type is written out:

- `trace(digit)` runs the shipped network module by module and keeps every layer's output (and, for
  convolutions and fully connected layers, the value before the ReLU). Traces are cached per digit,
  so a click on a unit answers from the cache without running the network again.
- `unit(trace, layer, channel, row, column)` computes one unit again from its inputs and weights, in
  float64, with every number kept: a convolution's window in every input channel, kernel slices,
  products, sum, bias and ReLU; a max-pooling window and its winner; a fully connected unit's
  weight x input for every input, the sum, bias and ReLU; softmax's scores, exponentials, their sum
  and the division. The result equals torch's float32 forward value at that unit (within 1e-5).
- `reads` (the units of the layer before that a unit reads) and `field` (its receptive field on the
  input) are composed from the modules' own kernel, stride, padding and dilation; they agree with
  the receptive-field arithmetic of demo.layers (Araujo et al., Distill 2019), which the tests check.
"""

import copy
import functools
import hashlib
import os
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from demo.classify import digits
from demo.base.cache import BoundedCache
from demo.base.errors import InputError, as_whole, one_of, whole_number
from demo.i18n import say
from demo.base.images import open_image
from demo.base.transforms import normalise_with_card
from demo.nets.weights import shipped

MODEL = "lenet5"
# name: (the paper's name, kind, output shape). LeCun et al. 1998 call the first fully connected
# layer C5: a 5x5 convolution over 5x5 maps, which is one full layer.
LAYERS: dict[str, tuple[str, str, tuple[int, ...]]] = {
    "input": ("input", "input", (1, 28, 28)),
    "conv1": ("C1", "conv", (6, 28, 28)),
    "pool1": ("S2", "pool", (6, 14, 14)),
    "conv2": ("C3", "conv", (16, 10, 10)),
    "pool2": ("S4", "pool", (16, 5, 5)),
    "fc1": ("C5", "fc", (120,)),
    "fc2": ("F6", "fc", (84,)),
    "fc3": ("output", "fc", (10,)),
    "softmax": ("softmax", "softmax", (10,)),
}
NAMES = tuple(LAYERS)
TRACES_KEPT = 256  # digits remembered (a class's drawings and test images); about 60 kB each
TRACE_BYTES = 32 * 2**20
PICTURES_KEPT = 64  # uploaded pictures whose prepared digit is remembered (a click re-reads no file)
SOFTMAX_SHIFT_ABOVE = 50.0  # largest score shown as e^z itself (e^50 ~ 5e21); above, e^(z - max z)


WORDED = {"input": "cnn.layer.input", "output": "cnn.layer.output"}  # titles that are words, not names


def title(layer: str) -> str:
    """The paper's name of a layer: "C1", "S2", ..., "output", "softmax" (the words in the request's language)."""
    name = LAYERS[layer][0]
    return say(WORDED[name]) if name in WORDED else name


def kind(layer: str) -> str:
    return LAYERS[layer][1]


def shape(layer: str) -> tuple[int, ...]:
    """Output shape: (C, H, W) for maps, (N,) for vectors."""
    return LAYERS[layer][2]


def source(layer: str) -> str | None:
    """The layer a layer reads (None for the input)."""
    i = NAMES.index(layer)
    return NAMES[i - 1] if i else None


# ---- the network, module by module ------------------------------------------------------------

@functools.cache
def _network() -> tuple[nn.Module, dict]:
    """A private CPU copy of the shipped LeNet-5 and its card. One digit takes 0.2 ms on a CPU core;
    a copy of its own never waits for a GPU, nor moves when the Classify tab puts the shared model on one."""
    model, card = shipped(MODEL)
    return copy.deepcopy(model).cpu().eval(), card


def stages(model: nn.Module) -> dict[str, tuple[nn.Module, bool]]:
    """layer name -> (its module, whether a ReLU follows), in forward order, read off `features` and
    `classifier`: Conv2d -> conv1, conv2; MaxPool2d -> pool1, pool2; Linear -> fc1, fc2, fc3."""
    out: dict[str, tuple[nn.Module, bool]] = {}
    counts = {"conv": 0, "pool": 0, "fc": 0}
    last = None
    for module in [*model.features, *model.classifier]:
        if isinstance(module, nn.ReLU):
            out[last] = (out[last][0], True)
            continue
        prefix = {nn.Conv2d: "conv", nn.MaxPool2d: "pool", nn.Linear: "fc"}[type(module)]
        counts[prefix] += 1
        last = f"{prefix}{counts[prefix]}"
        out[last] = (module, False)
    return out


@dataclass(frozen=True)
class Trace:
    """Every activation of LeNet-5 for one digit (float32 NumPy, as torch computed them)."""

    key: str  # the digit's hash: the cache key
    digit: np.ndarray  # uint8 (28, 28): the picture the network sees
    outputs: dict[str, np.ndarray]  # layer -> its output: (C, H, W) maps or (N,) vectors; "input" normalised
    before_relu: dict[str, np.ndarray]  # conv / fc layer followed by a ReLU -> its value before it

    @property
    def probabilities(self) -> np.ndarray:
        return self.outputs["softmax"]

    @property
    def prediction(self) -> int:
        return int(np.argmax(self.probabilities))

    @property
    def nbytes(self) -> int:
        return self.digit.nbytes + sum(a.nbytes for d in (self.outputs, self.before_relu) for a in d.values())

    def as_dict(self, decimals: int = 5) -> dict:
        """Every layer's output as nested lists rounded to `decimals` (for JSON), with the prediction."""
        return {"prediction": self.prediction,
                "probabilities": np.round(self.probabilities.astype(float), decimals).tolist(),
                "layers": {name: {"title": title(name), "shape": list(shape(name)),
                                  "values": np.round(self.outputs[name].astype(float), decimals).tolist()}
                           for name in NAMES}}


_TRACES = BoundedCache(TRACES_KEPT, TRACE_BYTES, lambda t: t.nbytes)


def trace(digit: np.ndarray) -> Trace:
    """LeNet-5's every activation for one uint8 (28, 28) digit (made MNIST's way), cached per digit."""
    digit = np.asarray(digit)
    if digit.shape != (28, 28) or digit.dtype != np.uint8:
        raise InputError(say("cnn.err.trace_digit", dtype=digit.dtype, shape=digit.shape))
    key = hashlib.blake2b(digit.tobytes(), digest_size=12).hexdigest()
    hit = _TRACES.get(key)
    if hit is not None:
        return hit
    digit = digit.copy()  # the trace's own (a caller's array may be read-only or change later)
    model, card = _network()
    x = normalise_with_card(digit[None, None], card)  # (1, 1, 28, 28)
    outputs, before = {"input": x[0]}, {}
    with torch.inference_mode():
        h = x
        for name, (module, relu) in stages(model).items():
            if isinstance(module, nn.Linear):
                h = torch.flatten(h, 1)  # as LeNet5.forward does between features and classifier
            h = module(h)
            if relu:
                before[name] = h[0]
                h = torch.relu(h)
            outputs[name] = h[0]
        outputs["softmax"] = torch.softmax(h, 1)[0]
    result = Trace(key, digit, {k: v.numpy().copy() for k, v in outputs.items()},
                   {k: v.numpy().copy() for k, v in before.items()})
    _TRACES.put(key, result)
    return result


def digit_for(picture: str | None, index) -> tuple[np.ndarray, int | None]:
    """The digit to trace and its true label: a picture file made MNIST's way (label unknown), or, when
    `picture` is None, image `index` of the bundled test split. `index` is checked either way."""
    index = whole_number(index, "cnn.name.test_index", 0, digits.num_test_examples() - 1)
    if picture is None:
        return digits.test_example(index)
    try:
        stat = os.stat(picture)
    except (OSError, TypeError, ValueError):
        raise InputError(say("cnn.err.unreadable")) from None
    return _prepared(str(picture), stat.st_mtime_ns, stat.st_size), None


@functools.lru_cache(maxsize=PICTURES_KEPT)
def _prepared(path: str, mtime_ns: int, size: int) -> np.ndarray:
    digit = digits.prepare_digit(open_image(path))
    digit.setflags(write=False)  # shared between calls
    return digit


# ---- one unit ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Unit:
    """A unit: its layer, and its channel (the unit's index for vectors), row and column."""

    layer: str
    channel: int = 0
    row: int = 0
    column: int = 0

    def __str__(self) -> str:
        """The unit in words, in the request's language: "C1 map 0, unit (14, 14)"."""
        if self.layer == "input":
            return say("cnn.unit.input", row=self.row, column=self.column)
        if self.layer in ("fc3", "softmax"):
            return say("cnn.unit.class", layer=title(self.layer), channel=self.channel)
        if len(shape(self.layer)) == 1:
            return say("cnn.unit.vector", layer=title(self.layer), channel=self.channel)
        return say("cnn.unit.map", layer=title(self.layer), channel=self.channel, row=self.row, column=self.column)


def check_unit(layer, channel=0, row=0, column=0) -> Unit:
    """A Unit, or InputError with one sentence: the layer must exist, the position must lie in it."""
    layer = one_of(layer, NAMES, "cnn.name.layer")
    size = shape(layer)
    if len(size) == 1:
        channel = whole_number(channel, say("cnn.name.unit_of", layer=layer), 0, size[0] - 1)
        for value, name, word in ((row, "cnn.name.row", "cnn.label.row"),
                                  (column, "cnn.name.column", "cnn.label.column")):
            if as_whole(value, name) != 0:
                raise InputError(say("cnn.err.not_a_map", layer=layer, count=size[0], which=say(word),
                                     value=repr(value)))
        return Unit(layer, channel)
    c, h, w = size
    return Unit(layer, whole_number(channel, say("cnn.name.channel_of", layer=layer), 0, c - 1),
                whole_number(row, say("cnn.name.row_of", layer=layer), 0, h - 1),
                whole_number(column, say("cnn.name.column_of", layer=layer), 0, w - 1))


def _geometry(module: nn.Module) -> tuple[int, int, int, int]:
    """(kernel, stride, padding, dilation) of a square window, as the module holds them."""
    def first(v):
        return int(v[0] if isinstance(v, tuple) else v)

    return tuple(first(getattr(module, a)) for a in ("kernel_size", "stride", "padding", "dilation"))


def _window_box(module: nn.Module, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """Units (top, left, bottom, right) of a layer -> the units of its input they read, inclusive; the
    box may reach into the padding (negative, or past the edge)."""
    k, s, p, d = _geometry(module)
    top, left, bottom, right = box
    return top * s - p, left * s - p, bottom * s - p + d * (k - 1), right * s - p + d * (k - 1)


@dataclass(frozen=True)
class Reads:
    """The units of the layer before that a unit reads."""

    layer: str  # the layer read
    channels: tuple[int, ...]  # its maps (all of them for a convolution, the same one for pooling)
    box: tuple[int, int, int, int] | None  # (top, left, bottom, right) of each map, inclusive; None: every unit


def reads(u: Unit) -> Reads:
    """What `u` reads in the layer before: a window of some maps, or every unit (fully connected, softmax)."""
    src = source(u.layer)
    if src is None:
        raise InputError(say("cnn.err.input_reads"))
    count = shape(src)[0]
    if kind(u.layer) == "conv":
        module = stages(_network()[0])[u.layer][0]
        return Reads(src, tuple(range(count)), _window_box(module, (u.row, u.column, u.row, u.column)))
    if kind(u.layer) == "pool":
        module = stages(_network()[0])[u.layer][0]
        return Reads(src, (u.channel,), _window_box(module, (u.row, u.column, u.row, u.column)))
    return Reads(src, tuple(range(count)) if len(shape(src)) == 3 else (), None)


def field(u: Unit) -> tuple[int, int, int, int]:
    """The unit's receptive field on the input, (top, left, bottom, right) in input pixels, inclusive and
    unclipped (C1 pads the 28x28 digit by 2, so a field may start at -2). Units after the last map read
    all of it, so their field is every pixel of the padded input."""
    modules = stages(_network()[0])
    spatial = [name for name in NAMES if kind(name) in ("conv", "pool")]
    if u.layer == "input":
        return u.row, u.column, u.row, u.column
    if u.layer in spatial:
        box, chain = (u.row, u.column, u.row, u.column), spatial[: spatial.index(u.layer) + 1]
    else:
        _, h, w = shape(spatial[-1])
        box, chain = (0, 0, h - 1, w - 1), spatial
    for name in reversed(chain):
        box = _window_box(modules[name][0], box)
    return box


@dataclass(frozen=True)
class InputArithmetic:
    unit: Unit
    ink: int  # 0-255, the digit's pixel
    mean: float
    std: float  # the training split's statistics (the weights' card)
    value: float  # (ink / 255 - mean) / std
    network: float


@dataclass(frozen=True)
class ConvArithmetic:
    unit: Unit
    reads: Reads
    window: np.ndarray  # (C_in, k, k) the input values under the kernel; 0 on the padding
    inside: np.ndarray  # bool (k, k): False where the window lies on the padding
    kernel: np.ndarray  # (C_in, k, k) the unit's kernel slices
    products: np.ndarray  # (C_in, k, k) window x kernel
    total: float  # sum of every product
    bias: float
    before_relu: float  # total + bias
    value: float  # after the ReLU
    network: float  # torch's value at this unit
    positions: int  # units of this map: all made by the same kernel and bias (parameter sharing)

    @property
    def channel_sums(self) -> np.ndarray:
        return self.products.sum(axis=(1, 2))


@dataclass(frozen=True)
class PoolArithmetic:
    unit: Unit
    reads: Reads
    window: np.ndarray  # (k, k) values of the map read
    winner: tuple[int, int]  # (row, column) of the largest within the window
    value: float
    network: float


@dataclass(frozen=True)
class DenseArithmetic:
    unit: Unit
    reads: Reads
    inputs: np.ndarray  # (N,) the layer before, flattened as torch.flatten does (map, row, column)
    weights: np.ndarray  # (N,) this unit's row of the weight matrix
    products: np.ndarray  # (N,) weight x input
    order: np.ndarray  # (N,) input indices, largest |weight x input| first
    total: float
    bias: float
    before_relu: float
    value: float  # after the ReLU when one follows (not for the output layer's scores)
    relu: bool
    network: float

    def input_name(self, i: int) -> str:
        """Input `i` in words: "S4 map 3 (2, 4)" or "C5 unit 17"."""
        src = shape(self.reads.layer)
        if len(src) == 3:
            c, r = divmod(int(i), src[1] * src[2])
            return say("cnn.input.map", layer=title(self.reads.layer), channel=c, row=r // src[2], column=r % src[2])
        return say("cnn.unit.vector", layer=title(self.reads.layer), channel=int(i))


@dataclass(frozen=True)
class SoftmaxArithmetic:
    unit: Unit
    scores: np.ndarray  # (10,) the output layer's scores (logits)
    shift: float  # subtracted before exponentiating (0 unless a score is huge; the ratios are the same)
    exps: np.ndarray  # (10,) e^(score - shift)
    total: float  # their sum
    value: float  # exps[class] / total
    network: float


Arithmetic = InputArithmetic | ConvArithmetic | PoolArithmetic | DenseArithmetic | SoftmaxArithmetic


def unit(t: Trace, layer, channel=0, row=0, column=0) -> Arithmetic:
    """One unit's computation, from the trace's inputs and the shipped weights, every number kept."""
    u = check_unit(layer, channel, row, column)
    model, card = _network()
    network = float(t.outputs[u.layer][(u.channel, u.row, u.column) if len(shape(u.layer)) == 3 else u.channel])
    if u.layer == "input":
        stats = card["normalisation"]
        mean, std = float(stats["mean"][0]), float(stats["std"][0])
        ink = int(t.digit[u.row, u.column])
        return InputArithmetic(u, ink, mean, std, (ink / 255 - mean) / std, network)
    if u.layer == "softmax":
        scores = t.outputs[source(u.layer)].astype(np.float64)
        shift = float(scores.max()) if scores.max() > SOFTMAX_SHIFT_ABOVE else 0.0
        exps = np.exp(scores - shift)
        total = float(exps.sum())
        return SoftmaxArithmetic(u, scores, shift, exps, total, float(exps[u.channel] / total), network)
    module, relu = stages(model)[u.layer]
    r = reads(u)
    x = t.outputs[r.layer].astype(np.float64)
    if kind(u.layer) == "pool":
        top, left, bottom, right = r.box
        window = x[u.channel, top:bottom + 1, left:right + 1]
        winner = np.unravel_index(int(np.argmax(window)), window.shape)
        return PoolArithmetic(u, r, window, (int(winner[0]), int(winner[1])), float(window.max()), network)
    weight = module.weight.detach().numpy().astype(np.float64)
    bias = float(module.bias.detach()[u.channel])
    if kind(u.layer) == "conv":
        k, _, p, d = _geometry(module)
        padded = np.pad(x, ((0, 0), (p, p), (p, p)))  # zeros around every map, as the convolution pads
        on_map = np.pad(np.ones(x.shape[1:], bool), p)
        top, left = r.box[0] + p, r.box[1] + p  # the window's corner in padded coordinates
        taps = np.s_[top:top + d * (k - 1) + 1:d, left:left + d * (k - 1) + 1:d]
        window, inside = padded[(slice(None), *taps)], on_map[taps]
        kernel = weight[u.channel]
        products = window * kernel
        total = float(products.sum())
        before = total + bias
        return ConvArithmetic(u, r, window, inside, kernel, products, total, bias, before,
                              max(before, 0.0) if relu else before, network, shape(u.layer)[1] * shape(u.layer)[2])
    inputs = x.ravel()
    weights = weight[u.channel]
    products = weights * inputs
    total = float(products.sum())
    before = total + bias
    order = np.argsort(-np.abs(products), kind="stable")
    return DenseArithmetic(u, r, inputs, weights, products, order, total, bias, before,
                           max(before, 0.0) if relu else before, relu, network)
