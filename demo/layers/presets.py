"""The lecture's architectures as data, and the comparisons the slides make between them.

Every preset is a stack in the text notation (demo.layers.notation), read by the same parser a student's
own stack goes through, the way torchvision writes VGG's configurations as lists fed to one
`make_layers`. The tests check each preset against the real torch model: same parameters, same
output shape after every layer.
"""

from dataclasses import dataclass

from demo.errors import InputError, quoted, whole_number
from demo.layers.arithmetic import Conv, Linear, Report, analyse
from demo.layers.notation import parse_stack

# VGG configurations A, B, D, E of Simonyan & Zisserman (2015), Table 1: channels, "M" = max-pool.
VGG_CFGS = {
    11: [64, "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"],
    13: [64, 64, "M", 128, 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"],
    16: [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"],
    19: [64, 64, "M", 128, 128, "M", 256, 256, 256, 256, "M", 512, 512, 512, 512, "M", 512, 512, 512, 512, "M"],
}
VGG_LETTER = {11: "A", 13: "B", 16: "D", 19: "E"}
_VGG_HEAD = "adaptivepool7, flatten, fc4096, relu, dropout, fc4096, relu, dropout, fc1000"


def vgg_stack(depth: int, batch_norm: bool = False) -> str:
    """torchvision's VGG-`depth` in the notation: 3x3 'same' convolutions, 2x2 max-pools, 3 FCs."""
    conv = ", bn, relu" if batch_norm else ", relu"
    body = ", ".join("maxpool2" if v == "M" else f"conv3-{v}/p1{conv}" for v in VGG_CFGS[depth])
    return f"{body}, {_VGG_HEAD}"


@dataclass(frozen=True)
class Preset:
    title: str
    input_shape: tuple[int, int, int]  # (C, H, W)
    stack: str
    note: str
    torchvision: str | None = None  # the torchvision builder this preset must equal, if any

    @property
    def form(self) -> tuple[str, int, int, int]:
        """What a calculator's form shows for this preset: its stack, then its input C, H, W."""
        return (self.stack, *self.input_shape)


PRESETS: dict[str, Preset] = {
    "lenet5": Preset(
        "LeNet-5 (this app's)", (1, 28, 28),
        "conv5-6/p2, relu, maxpool2, conv5-16, relu, maxpool2, flatten, fc120, relu, fc84, relu, fc10",
        "LeCun et al. 1998 with ReLU and max-pooling; the 28x28 digit is padded to the paper's 32x32. The paper's "
        "C3 connected each map to only some of S2's maps (1,516 weights instead of 2,416)."),
    "alexnet-paper": Preset(
        "AlexNet (paper, 2 GPUs)", (3, 227, 227),
        "conv11-96/s4, relu, lrn, maxpool3/s2, conv5-256/p2/g2, relu, lrn, maxpool3/s2, conv3-384/p1, relu, "
        "conv3-384/p1/g2, relu, conv3-256/p1/g2, relu, maxpool3/s2, flatten, fc4096, relu, dropout, fc4096, relu, "
        "dropout, fc1000",
        "Krizhevsky et al. 2012. The paper says 224x224 inputs, but an 11x11 stride-4 convolution only gives its "
        "55x55 maps from 227x227. Layers 2, 4 and 5 are split over two GPUs (groups of 2); layer 3 and the fully "
        "connected layers talk across them. LRN follows the first two convolutions; overlapping 3x3/2 max-pools."),
    "alexnet": Preset(
        "AlexNet (torchvision)", (3, 224, 224),
        "conv11-64/s4/p2, relu, maxpool3/s2, conv5-192/p2, relu, maxpool3/s2, conv3-384/p1, relu, conv3-256/p1, "
        "relu, conv3-256/p1, relu, maxpool3/s2, adaptivepool6, flatten, dropout, fc4096, relu, dropout, fc4096, "
        "relu, fc1000",
        "torchvision's version follows Krizhevsky's 2014 'one weird trick' single-GPU variant: 64/192 filters in "
        "the first two layers, no LRN, no groups, padding 2 so 224x224 works.", "alexnet"),
    **{f"vgg{d}{'_bn' if bn else ''}": Preset(
        f"VGG-{d} ({VGG_LETTER[d]}){' with batch norm' if bn else ''}", (3, 224, 224), vgg_stack(d, bn),
        f"Simonyan & Zisserman 2015, configuration {VGG_LETTER[d]}: only 3x3 convolutions (stride 1, padding 1) "
        "and 2x2 max-pools" + ("; batch norm after every convolution (added later, Ioffe & Szegedy 2015)."
                               if bn else "."), f"vgg{d}{'_bn' if bn else ''}")
        for d in VGG_CFGS for bn in (False, True)},
}


MAX_INPUT_SIDE = 4096  # pixels, and channels: the largest input the calculators take


def input_shape(channels=None, height=None, width=None) -> tuple[int, int, int] | None:
    """(C, H, W) from a form's three numbers, or None when all three are empty (the preset's own size)."""
    values = (channels, height, width)
    if all(v is None or v == "" for v in values):
        return None
    return tuple(whole_number(v, name, 1, MAX_INPUT_SIDE) for v, name in zip(values, ("Channels", "Height", "Width")))


def report_for(preset: str | None = None, stack: str | None = None,
               input_shape: tuple[int, int, int] | None = None) -> Report:
    """The full layer report of a preset (by key) or of a custom stack, for `input_shape` (C, H, W).

    A stack, when not blank, replaces the preset. Without `input_shape`, a preset is read at its own
    input size (AlexNet as in the paper at 227x227, LeNet-5 at 28x28) and a stack at 3x224x224.
    """
    if stack is not None and not isinstance(stack, str):
        raise InputError(f"The stack must be text, like {PRESETS['lenet5'].stack[:24]!r}...; got {quoted(stack)}.")
    if stack and stack.strip():
        layers, names = parse_stack(stack)
        shape = input_shape or (3, 224, 224)
    elif isinstance(preset, str) and preset in PRESETS:
        layers, names = parse_stack(PRESETS[preset].stack)
        shape = input_shape or PRESETS[preset].input_shape
    else:
        raise InputError(f"Choose a preset ({', '.join(PRESETS)}) or write a stack.")
    return analyse(layers, shape, names)


def weight_layers(report: Report) -> int:
    """Depth as the papers count it: layers with weights (convolutions and fully connected)."""
    return sum(isinstance(info.layer, (Conv, Linear)) for info in report.layers)


def totals_row(title: str, report: Report) -> dict:
    return {"network": title, "input": "x".join(map(str, report.input_shape)),
            "weight layers": weight_layers(report), "parameters": report.params, "MACs": report.macs,
            "FC share of parameters": report.fc_params / max(report.params, 1),
            "conv share of MACs": report.conv_macs / max(report.macs, 1)}


def compare(keys: list[str]) -> list[dict]:
    """One totals row per preset, in the given order."""
    return [totals_row(PRESETS[k].title, report_for(k)) for k in keys]


def weight_layer_pairs(a: str, b: str) -> list[list[str]]:
    """Two presets' weight layers side by side (conv1 with conv1, fc8 with fc8): token, output, parameters."""
    def weights(key):
        return [info for info in report_for(key).layers if isinstance(info.layer, (Conv, Linear))]

    rows = []
    for n, (x, y) in enumerate(zip(weights(a), weights(b)), start=1):
        rows.append([str(n), x.name, " x ".join(map(str, x.out_shape)), f"{x.params:,}",
                     y.name, " x ".join(map(str, y.out_shape)), f"{y.params:,}"])
    return rows


VGG_N_RANGE = (1, 8)  # stacked 3x3 convolutions compared with one (2n+1)x(2n+1): up to 17x17
VGG_CHANNELS_RANGE = (16, 1024)


def vgg_argument(n: int, channels: int) -> dict:
    """n stacked 3x3 convolutions against one (2n+1)x(2n+1) convolution, C channels in and out.

    Same receptive field (2n+1); weights 9nC^2 against (2n+1)^2 C^2 (biases left out, as in the
    paper's Section 2.3); n non-linearities against one. Computed through `analyse`, not by formula.
    """
    n = whole_number(n, "n, the number of stacked 3x3 convolutions,", *VGG_N_RANGE)
    channels = whole_number(channels, "The number of channels C", *VGG_CHANNELS_RANGE)
    side = 4 * n + 3  # any map large enough for both stacks
    stacked = analyse([Conv(channels, (3, 3), bias=False)] * n, (channels, side, side))
    single = analyse([Conv(channels, (2 * n + 1, 2 * n + 1), bias=False)], (channels, side, side))
    return {
        "n": n, "channels": channels,
        "stack_rf": stacked.layers[-1].rf[0], "single_rf": single.layers[-1].rf[0],
        "stack_params": stacked.params, "single_params": single.params,
        "stack_nonlinearities": n, "single_nonlinearities": 1,
        "saving": 1 - stacked.params / single.params,
    }


def vgg_argument_curve(channels: int, n_max: int = VGG_N_RANGE[1]) -> list[dict]:
    """`vgg_argument` for n = 1..n_max: the points of the tab's weights-against-n chart."""
    n_max = whole_number(n_max, "n", *VGG_N_RANGE)
    return [vgg_argument(n, channels) for n in range(1, n_max + 1)]


TABLE_HEADERS = ["#", "layer", "output (C x H x W)", "parameters", "MACs", "receptive field", "jump",
                 "effective padding"]


def _pair(p) -> str:
    return "-" if p is None else (f"{p[0]:g}" if p[0] == p[1] else f"{p[0]:g} x {p[1]:g}")


def table_rows(report: Report, flops: bool = False) -> list[list]:
    """The per-layer table as strings with thousands separators (MACs doubled when `flops`)."""
    rows = [["0", "input", " x ".join(map(str, report.input_shape)), "0", "0", "1", "1", "0"]]
    for info in report.layers:
        rows.append([str(info.index), info.name, " x ".join(map(str, info.out_shape)), f"{info.params:,}",
                     f"{info.macs * (2 if flops else 1):,}", _pair(info.rf), _pair(info.jump),
                     _pair(info.eff_padding)])
    return rows


def human(n: float) -> str:
    """1234567 -> '1.23 M', 15470264320 -> '15.47 G'."""
    for limit, suffix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(n) >= limit:
            return f"{n / limit:.2f} {suffix}"
    return f"{n:g}"


RF_HEADERS = ["#", "layer", "output (C x H x W)", "receptive field r", "jump j", "effective padding P",
              "centre of unit 0"]


def rf_rows(report: Report) -> list[list[str]]:
    """The receptive-field columns of every layer (the recurrence's r, j, P and c) as strings."""
    return [[str(i.index), i.name, " x ".join(map(str, i.out_shape)), _pair(i.rf), _pair(i.jump),
             _pair(i.eff_padding), "-" if i.start is None else f"({i.start[0]:g}, {i.start[1]:g})"]
            for i in report.layers]


def summary(report: Report, flops: bool = False) -> str:
    """Totals in one Markdown paragraph: parameters, their FC share, compute and its conv share."""
    work = report.flops if flops else report.macs
    unit = "FLOPs" if flops else "MACs"
    fc_layers = sum(isinstance(info.layer, Linear) for info in report.layers)
    return (f"**{report.params:,} parameters**, {report.fc_params / max(report.params, 1):.0%} of them in the "
            f"{fc_layers} fully connected layer(s) · **{human(work)}{unit}** per image "
            f"({report.conv_macs / max(report.macs, 1):.1%} in the convolutions) · "
            f"{weight_layers(report)} weight layers · output {' x '.join(map(str, report.out_shape))}")
