"""Layer arithmetic: output shapes, parameters, multiply-accumulates and receptive fields.

Pure Python (no torch): a stack of small layer descriptions is walked once, front to back, and
every layer gets its output shape, its parameters, its MACs, and the receptive-field geometry of
its units. The receptive-field recurrence follows Araujo, Norris & Sim, "Computing Receptive
Fields of Convolutional Neural Networks", Distill 2019, per axis:

    r_l = r_{l-1} + (k_eff - 1) * j_{l-1}         receptive field size, in input pixels
    j_l = j_{l-1} * s                              jump: input pixels between neighbouring units
    P_l = P_{l-1} + p * j_{l-1}                    effective padding
    c_l = c_{l-1} + ((k_eff - 1) / 2 - p) * j_{l-1}   centre of unit 0, in input pixel coordinates

with k_eff = d (k - 1) + 1 for a kernel k dilated by d. Unit i of layer l is centred on input
pixel c_l + i * j_l and sees the r_l x r_l box around it (partly outside the image if the net pads).
The slide's rule (a KxK convolution with stride 1, then PxP pooling, sees P + K - 1 pixels) is the
two-layer case: r = 1 + (K - 1) + (P - 1) * 1.

MACs count one multiply-accumulate per weight use (bias additions, activations, pooling and
normalisation are not counted); FLOPs are reported as 2 x MACs. Tools disagree because some count
a MAC as one FLOP (fvcore), some as two (most papers), and some add bias, normalisation or pooling.
"""

import math
from dataclasses import dataclass, field

from demo.base.errors import InputError, whole_number
from demo.i18n import say

Pair = tuple[int, int]


@dataclass(frozen=True)
class Conv:
    out_channels: int
    kernel: Pair
    stride: Pair = (1, 1)
    padding: Pair = (0, 0)
    dilation: Pair = (1, 1)
    groups: int = 1
    bias: bool = True


@dataclass(frozen=True)
class Pool:
    kernel: Pair
    stride: Pair
    padding: Pair = (0, 0)
    mode: str = "max"  # "max" or "avg"
    ceil_mode: bool = False
    dilation: Pair = (1, 1)


@dataclass(frozen=True)
class LRN:
    """Local response normalisation as in Krizhevsky et al. 2012, Section 3.3 (paper constants).

    b = a / (k + alpha * sum of a^2 over `size` neighbouring channels)^beta. Note that
    torch.nn.LocalResponseNorm divides alpha by `size`, so the paper's alpha is torch's alpha / size.
    """

    size: int = 5
    alpha: float = 1e-4
    beta: float = 0.75
    k: float = 2.0


@dataclass(frozen=True)
class BatchNorm:
    pass


@dataclass(frozen=True)
class Activation:
    fn: str = "relu"


@dataclass(frozen=True)
class Dropout:
    p: float = 0.5


@dataclass(frozen=True)
class Flatten:
    pass


@dataclass(frozen=True)
class Linear:
    out_features: int
    bias: bool = True


@dataclass(frozen=True)
class AdaptiveAvgPool:
    output: Pair


Layer = Conv | Pool | LRN | BatchNorm | Activation | Dropout | Flatten | Linear | AdaptiveAvgPool


@dataclass(frozen=True)
class LayerInfo:
    """One layer's numbers. Spatial fields are (height, width); None once the map is flattened."""

    index: int  # 1-based position in the stack
    layer: Layer
    name: str  # its token in the stack notation, e.g. "conv3-64/p1"
    out_shape: tuple[int, ...]  # (C, H, W), or (features,) after flatten
    params: int
    macs: int
    rf: Pair | None
    jump: Pair | None
    start: tuple[float, float] | None  # centre of unit (0, 0) in input pixel coordinates
    eff_padding: Pair | None

    def centre(self, y: int, x: int) -> tuple[float, float]:
        """Centre (row, column) of output unit (y, x) in input pixel coordinates."""
        return self.start[0] + y * self.jump[0], self.start[1] + x * self.jump[1]

    def box(self, y: int, x: int) -> tuple[float, float, float, float]:
        """(top, left, bottom, right) input pixels seen by unit (y, x), inclusive, unclipped."""
        cy, cx = self.centre(y, x)
        hy, hx = (self.rf[0] - 1) / 2, (self.rf[1] - 1) / 2
        return cy - hy, cx - hx, cy + hy, cx + hx


@dataclass(frozen=True)
class Report:
    input_shape: tuple[int, int, int]
    layers: list[LayerInfo] = field(default_factory=list)

    @property
    def params(self) -> int:
        return sum(info.params for info in self.layers)

    @property
    def macs(self) -> int:
        return sum(info.macs for info in self.layers)

    @property
    def flops(self) -> int:
        return 2 * self.macs

    @property
    def fc_params(self) -> int:
        return sum(info.params for info in self.layers if isinstance(info.layer, Linear))

    @property
    def conv_macs(self) -> int:
        return sum(info.macs for info in self.layers if isinstance(info.layer, Conv))

    @property
    def out_shape(self) -> tuple[int, ...]:
        return self.layers[-1].out_shape if self.layers else self.input_shape


def conv_output_size(size: int, kernel: int, stride: int, padding: int, dilation: int = 1,
                     ceil_mode: bool = False) -> int:
    """Output length of a convolution or pooling along one axis, exactly as torch computes it.

    floor((size + 2p - d(k - 1) - 1) / s) + 1; with ceil_mode the division rounds up, but a last
    window that would start inside the right padding is dropped.
    """
    span = size + 2 * padding - dilation * (kernel - 1) - 1
    out = (math.ceil(span / stride) if ceil_mode else span // stride) + 1
    if ceil_mode and (out - 1) * stride >= size + padding:
        out -= 1
    return out


def _spatial(layer) -> tuple[Pair, Pair, Pair, Pair] | None:
    """(kernel, stride, padding, dilation) of layers that slide a window, else None."""
    if isinstance(layer, (Conv, Pool)):
        return layer.kernel, layer.stride, layer.padding, layer.dilation
    return None


def analyse(layers: list[Layer], input_shape: tuple[int, int, int], names: list[str] | None = None) -> Report:
    """Walk `layers` over an input of `input_shape` (C, H, W) and return every layer's numbers.

    Raises `InputError` naming the layer when a map would shrink below 1x1, channels do not divide
    into groups, or a layer meets an input it cannot take.
    """
    c, h, w = input_shape
    if min(input_shape) < 1:
        raise InputError(say("architectures.err.input_size", shape=f"{c}x{h}x{w}"))
    names = names or [type(layer).__name__ for layer in layers]
    shape: tuple[int, ...] = (c, h, w)
    rf, jump, start, pad = (1, 1), (1, 1), (0.0, 0.0), (0, 0)
    report = Report(input_shape)
    for index, (layer, name) in enumerate(zip(layers, names), start=1):
        where = say("architectures.where", index=index, name=name)
        params = macs = 0
        window = _spatial(layer)
        if len(shape) == 1 and (window or isinstance(layer, (AdaptiveAvgPool, LRN, BatchNorm))):
            raise InputError(say("architectures.err.flattened", where=where))
        if window:
            kernel, stride, padding, dilation = window
            ceil_mode = getattr(layer, "ceil_mode", False)
            out_hw = tuple(conv_output_size(shape[1 + a], kernel[a], stride[a], padding[a], dilation[a], ceil_mode)
                           for a in range(2))
            if min(out_hw) < 1:
                raise InputError(say("architectures.err.shrink", where=where, size=f"{shape[1]}x{shape[2]}"))
            if any(padding[a] * 2 > kernel[a] for a in range(2)) and isinstance(layer, Pool):
                raise InputError(say("architectures.err.pool_padding", where=where))
            channels = shape[0]
            if isinstance(layer, Conv):
                if channels % layer.groups or layer.out_channels % layer.groups:
                    raise InputError(say("architectures.err.groups", where=where, groups=layer.groups,
                                         inputs=channels, outputs=layer.out_channels))
                per_unit = (channels // layer.groups) * kernel[0] * kernel[1]
                params = layer.out_channels * per_unit + (layer.out_channels if layer.bias else 0)
                macs = layer.out_channels * out_hw[0] * out_hw[1] * per_unit
                channels = layer.out_channels
            if rf is not None:
                k_eff = tuple(dilation[a] * (kernel[a] - 1) + 1 for a in range(2))
                start = tuple(start[a] + ((k_eff[a] - 1) / 2 - padding[a]) * jump[a] for a in range(2))
                pad = tuple(pad[a] + padding[a] * jump[a] for a in range(2))
                rf = tuple(rf[a] + (k_eff[a] - 1) * jump[a] for a in range(2))
                jump = tuple(jump[a] * stride[a] for a in range(2))
            shape = (channels, *out_hw)
        elif isinstance(layer, AdaptiveAvgPool):
            out_hw = layer.output
            if min(out_hw) < 1:
                raise InputError(say("architectures.err.adaptive", where=where))
            if rf is None:
                pass
            elif shape[1] % out_hw[0] or shape[2] % out_hw[1]:
                rf = jump = start = pad = None  # windows of unequal size: no single r and j fit all units
            else:
                k = (shape[1] // out_hw[0], shape[2] // out_hw[1])
                start = tuple(start[a] + (k[a] - 1) / 2 * jump[a] for a in range(2))
                rf = tuple(rf[a] + (k[a] - 1) * jump[a] for a in range(2))
                jump = tuple(jump[a] * k[a] for a in range(2))
            shape = (shape[0], *out_hw)
        elif isinstance(layer, BatchNorm):
            params = 2 * shape[0]  # a scale and a shift per channel (running stats are buffers)
        elif isinstance(layer, LRN):
            if layer.size < 1:
                raise InputError(say("architectures.err.lrn_size", where=where))
        elif isinstance(layer, (Flatten, Linear)):
            features = math.prod(shape)
            if isinstance(layer, Linear):
                params = features * layer.out_features + (layer.out_features if layer.bias else 0)
                macs = features * layer.out_features
                features = layer.out_features
            shape = (features,)
            rf = jump = start = pad = None  # every unit now sees the whole input
        elif isinstance(layer, Dropout):
            if not 0 <= layer.p < 1:
                raise InputError(say("architectures.err.dropout", where=where))
        report.layers.append(LayerInfo(index, layer, name, tuple(shape), params, macs, rf, jump, start, pad))
    return report


SLIDE_KERNELS, SLIDE_POOLS = (1, 11), (1, 6)  # the ranges of K and P the slide's rule is drawn for


def slide_rule(kernel, pool) -> int:
    """The slide's rule: a KxK convolution (stride 1) then PxP pooling sees (P + K - 1) pixels.

    K and P are whole numbers within SLIDE_KERNELS and SLIDE_POOLS.
    """
    kernel = whole_number(kernel, "architectures.name.slide_kernel", *SLIDE_KERNELS)
    pool = whole_number(pool, "architectures.name.slide_pool", *SLIDE_POOLS)
    return pool + kernel - 1
