"""The lecture's architectures as data, and the comparisons the slides make between them.

Every preset is a stack in the text notation (demo.layers.notation), read by the same parser a student's
own stack goes through, the way torchvision writes VGG's configurations as lists fed to one
`make_layers`. The tests check each preset against the real torch model: same parameters, same
output shape after every layer.
"""

from dataclasses import dataclass

from demo.base.errors import InputError, quoted, whole_number
from demo.i18n import TABLES, say
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
    title: str  # in English; `title(key)` gives it in the request's language
    input_shape: tuple[int, int, int]  # (C, H, W)
    stack: str
    note_key: str  # its note in demo/i18n's tables, filled with `letter`
    torchvision: str | None = None  # the torchvision builder this preset must equal, if any
    letter: str = ""  # VGG's configuration (A, B, D, E), named in its note

    @property
    def note(self) -> str:
        """Where the preset comes from and how it differs from the paper, in the request's language."""
        return say(self.note_key, letter=self.letter)

    @property
    def form(self) -> tuple[str, int, int, int]:
        """What a calculator's form shows for this preset: its stack, then its input C, H, W."""
        return (self.stack, *self.input_shape)


PRESETS: dict[str, Preset] = {
    "lenet5": Preset(
        "LeNet-5 (this app's)", (1, 28, 28),
        "conv5-6/p2, relu, maxpool2, conv5-16, relu, maxpool2, flatten, fc120, relu, fc84, relu, fc10",
        "architectures.note.lenet5"),
    "alexnet-paper": Preset(
        "AlexNet (paper, 2 GPUs)", (3, 227, 227),
        "conv11-96/s4, relu, lrn, maxpool3/s2, conv5-256/p2/g2, relu, lrn, maxpool3/s2, conv3-384/p1, relu, "
        "conv3-384/p1/g2, relu, conv3-256/p1/g2, relu, maxpool3/s2, flatten, fc4096, relu, dropout, fc4096, relu, "
        "dropout, fc1000",
        "architectures.note.alexnet_paper"),
    "alexnet": Preset(
        "AlexNet (torchvision)", (3, 224, 224),
        "conv11-64/s4/p2, relu, maxpool3/s2, conv5-192/p2, relu, maxpool3/s2, conv3-384/p1, relu, conv3-256/p1, "
        "relu, conv3-256/p1, relu, maxpool3/s2, adaptivepool6, flatten, dropout, fc4096, relu, dropout, fc4096, "
        "relu, fc1000",
        "architectures.note.alexnet", "alexnet"),
    **{f"vgg{d}{'_bn' if bn else ''}": Preset(
        f"VGG-{d} ({VGG_LETTER[d]}){' with batch norm' if bn else ''}", (3, 224, 224), vgg_stack(d, bn),
        "architectures.note.vgg_bn" if bn else "architectures.note.vgg", f"vgg{d}{'_bn' if bn else ''}",
        VGG_LETTER[d])
        for d in VGG_CFGS for bn in (False, True)},
}


MAX_INPUT_SIDE = 4096  # pixels, and channels: the largest input the calculators take


def input_shape(channels=None, height=None, width=None) -> tuple[int, int, int] | None:
    """(C, H, W) from a form's three numbers, or None when all three are empty (the preset's own size)."""
    values = (channels, height, width)
    if all(v is None or v == "" for v in values):
        return None
    names = ("architectures.name.channels", "architectures.name.height", "architectures.name.width")
    return tuple(whole_number(v, name, 1, MAX_INPUT_SIDE) for v, name in zip(values, names))


def report_for(preset: str | None = None, stack: str | None = None,
               input_shape: tuple[int, int, int] | None = None) -> Report:
    """The full layer report of a preset (by key) or of a custom stack, for `input_shape` (C, H, W).

    A stack, when not blank, replaces the preset. Without `input_shape`, a preset is read at its own
    input size (AlexNet as in the paper at 227x227, LeNet-5 at 28x28) and a stack at 3x224x224.
    """
    if stack is not None and not isinstance(stack, str):
        raise InputError(say("architectures.err.stack_type", example=repr(PRESETS["lenet5"].stack[:24]),
                             value=quoted(stack)))
    if stack and stack.strip():
        layers, names = parse_stack(stack)
        shape = input_shape or (3, 224, 224)
    elif isinstance(preset, str) and preset in PRESETS:
        layers, names = parse_stack(PRESETS[preset].stack)
        shape = input_shape or PRESETS[preset].input_shape
    else:
        raise InputError(say("architectures.err.no_preset", presets=", ".join(PRESETS)))
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
    """One totals row per preset, in the given order (titles in the request's language)."""
    return [totals_row(title(k), report_for(k)) for k in keys]


def title_key(key: str) -> str | None:
    """The key of preset `key`'s title in demo/i18n's tables, or None where the title is only names ("VGG-16 (D)")."""
    text = "architectures.preset." + key.replace("-", "_")
    return text if text in TABLES["en"] else None


def title(key: str) -> str:
    """Preset `key`'s title in the request's language."""
    text = title_key(key)
    return say(text) if text else PRESETS[key].title


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
    n = whole_number(n, "architectures.name.vgg_n", *VGG_N_RANGE)
    channels = whole_number(channels, "architectures.name.vgg_channels", *VGG_CHANNELS_RANGE)
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


def table_headers(flops: bool = False) -> list[str]:
    """TABLE_HEADERS with the cost column named as `table_rows(report, flops)` fills it (MACs or FLOPs)."""
    return [("FLOPs" if flops else "MACs") if h == "MACs" else h for h in TABLE_HEADERS]


def _pair(p) -> str:
    return "-" if p is None else (f"{p[0]:g}" if p[0] == p[1] else f"{p[0]:g} x {p[1]:g}")


def table_rows(report: Report, flops: bool = False) -> list[list]:
    """The per-layer table as strings with thousands separators (MACs doubled when `flops`)."""
    rows = [["0", say("architectures.row.input"), " x ".join(map(str, report.input_shape)), "0", "0", "1", "1", "0"]]
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

# Column names of the tables above and of the tabs' comparisons, by their keys in demo/i18n's tables.
_COLUMNS = {"layer": "layer", "output (C x H x W)": "output", "parameters": "parameters", "receptive field": "rf",
            "jump": "jump", "effective padding": "padding", "receptive field r": "rf_r", "jump j": "jump_j",
            "effective padding P": "padding_p", "centre of unit 0": "centre", "network": "network", "input": "input",
            "weight layers": "weight_layers", "FC share of parameters": "fc_share",
            "conv share of MACs": "conv_share", "weight layer": "weight_layer", "paper": "paper", "output": "out"}


def in_language(headers: list[str]) -> list[str]:
    """Column names in the request's language; symbols, units and names ("#", "MACs", "torchvision") as they are."""
    return [say(f"architectures.col.{_COLUMNS[h]}") if h in _COLUMNS else h for h in headers]


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
    return say("architectures.summary", params=f"{report.params:,}",
               fc_share=f"{report.fc_params / max(report.params, 1):.0%}", fc_layers=fc_layers,
               work=human(work), unit=unit, conv_share=f"{report.conv_macs / max(report.macs, 1):.1%}",
               weight_layers=weight_layers(report), shape=" x ".join(map(str, report.out_shape)))
