"""A text notation for layer stacks, read without eval: "conv3-64/p1, relu, pool2, fc4096".

Tokens are separated by commas or new lines; sizes may be "5" (square) or "5x3" (height x width).

    conv<k>-<channels>   convolution; options /s<stride> /p<padding> /d<dilation> /g<groups> /nobias
    pool<k>, maxpool<k>  max pooling (stride = kernel unless /s); options /s /p /ceil
    avgpool<k>           average pooling, same options
    lrn                  local response normalisation with AlexNet's constants; /n<size>
    bn                   batch normalisation
    relu, tanh, sigmoid  activations
    dropout, dropout0.3  dropout (p = 0.5 unless given)
    flatten              (C, H, W) -> C*H*W features (inserted before fc when missing)
    fc<n>                fully connected layer with n outputs; /nobias
    adaptivepool<n>      adaptive average pooling to n x n; gap = adaptivepool1

The notation of VGG's paper ("conv3-64") is kept; like torch.nn.Conv2d, padding is 0 unless given,
so VGG's "same" 3x3 convolutions are written conv3-64/p1.
"""

import re

from demo.base.errors import InputError
from demo.i18n import TABLES, say
from demo.layers.arithmetic import (
    LRN,
    Activation,
    AdaptiveAvgPool,
    BatchNorm,
    Conv,
    Dropout,
    Flatten,
    Layer,
    Linear,
    Pair,
    Pool,
)

HELP = TABLES["en"]["architectures.help"]  # in the request's language: say("architectures.help")
MAX_SIZE = 100_000  # no kernel, channel count or feature count beyond this is a sensible lecture example
MAX_TOKEN = 40  # characters; a longer token is quoted cut short
MAX_STACK_CHARS = 5_000
_SIZE = r"(\d+)(?:x(\d+))?"
_OPTS = r"((?:/[a-z]+[\dx]*)*)"
_PATTERNS = [
    ("conv", re.compile(rf"^conv{_SIZE}-(\d+){_OPTS}$")),
    ("pool", re.compile(rf"^(max|avg)?pool{_SIZE}{_OPTS}$")),
    ("lrn", re.compile(rf"^lrn{_OPTS}$")),
    ("fc", re.compile(rf"^fc(\d+){_OPTS}$")),
    ("adaptive", re.compile(rf"^adaptivepool{_SIZE}$")),
    ("dropout", re.compile(r"^dropout(0?\.\d+)?$")),
]
_SIMPLE = {"bn": BatchNorm(), "relu": Activation("relu"), "tanh": Activation("tanh"),
           "sigmoid": Activation("sigmoid"), "flatten": Flatten(), "gap": AdaptiveAvgPool((1, 1))}
_ALLOWED = {"conv": {"s", "p", "d", "g", "nobias"}, "pool": {"s", "p", "ceil"}, "lrn": {"n"}, "fc": {"nobias"}}


def _pair(a: str, b: str | None, token: str, what: str, low: int = 1) -> Pair:
    """Sizes "5" or "5x3" as (5, 5) or (5, 3), each in [low, MAX_SIZE]; `what` is the key of their name."""
    values = (int(a), int(b if b is not None else a))
    if min(values) < low or max(values) > MAX_SIZE:
        raise InputError(say("architectures.err.size", token=token, what=say(what), low=low, high=f"{MAX_SIZE:,}"))
    return values


# Each option's name for an error sentence, by the key of demo.i18n's tables.
_OPTION_NAMES = {"s": "architectures.name.stride", "p": "architectures.name.padding",
                 "d": "architectures.name.dilation", "g": "architectures.name.groups",
                 "n": "architectures.name.lrn_size"}


def _options(text: str, token: str, kind: str) -> dict[str, Pair | bool]:
    out: dict[str, Pair | bool] = {}
    for opt in filter(None, text.split("/")):
        m = re.fullmatch(r"([a-z]+)(?:(\d+)(?:x(\d+))?)?", opt)
        if not m or m.group(1) not in _ALLOWED[kind]:
            raise InputError(say("architectures.err.option", token=token, option=opt,
                                 allowed=", ".join("/" + o for o in sorted(_ALLOWED[kind]))))
        name, a, b = m.groups()
        if name in ("nobias", "ceil"):
            out[name] = True
        elif a is None:
            raise InputError(say("architectures.err.option_number", token=token, option=name))
        else:
            out[name] = _pair(a, b, token, _OPTION_NAMES[name], low=0 if name == "p" else 1)
    return out


def parse_layer(token: str) -> Layer:
    """One token -> one layer, or `InputError` naming the token and saying what is expected."""
    if len(token) > MAX_TOKEN:
        raise InputError(say("architectures.err.unknown_layer", token=token[:MAX_TOKEN] + "...",
                             help=say("architectures.help")))
    t = token.strip().lower().replace(" ", "")
    if t in _SIMPLE:
        return _SIMPLE[t]
    for kind, pattern in _PATTERNS:
        m = pattern.match(t)
        if not m:
            continue
        if kind == "conv":
            kernel = _pair(m.group(1), m.group(2), token, "architectures.name.kernel_size")
            channels = _pair(m.group(3), None, token, "architectures.name.number_of_channels")[0]
            o = _options(m.group(4), token, kind)
            return Conv(channels, kernel, o.get("s", (1, 1)), o.get("p", (0, 0)), o.get("d", (1, 1)),
                        o.get("g", (1, 1))[0], not o.get("nobias", False))
        if kind == "pool":
            kernel = _pair(m.group(2), m.group(3), token, "architectures.name.pool_size")
            o = _options(m.group(4), token, kind)
            return Pool(kernel, o.get("s", kernel), o.get("p", (0, 0)), "avg" if m.group(1) == "avg" else "max",
                        bool(o.get("ceil", False)))
        if kind == "lrn":
            o = _options(m.group(1), token, kind)
            return LRN(size=o.get("n", (5, 5))[0])
        if kind == "fc":
            features = _pair(m.group(1), None, token, "architectures.name.number_of_outputs")[0]
            return Linear(features, not _options(m.group(2), token, kind).get("nobias", False))
        if kind == "adaptive":
            return AdaptiveAvgPool(_pair(m.group(1), m.group(2), token, "architectures.name.output_size"))
        if kind == "dropout":
            return Dropout(float(m.group(1)) if m.group(1) else 0.5)
    raise InputError(say("architectures.err.unknown_layer", token=token.strip(), help=say("architectures.help")))


def parse_stack(text: str) -> tuple[list[Layer], list[str]]:
    """A whole stack -> (layers, their tokens as written). A flatten is inserted before the first
    fully connected layer that meets a feature map."""
    if len(text or "") > MAX_STACK_CHARS:
        raise InputError(say("architectures.err.stack_long", length=f"{len(text):,}", most=f"{MAX_STACK_CHARS:,}"))
    tokens = [t.strip() for t in re.split(r"[,\n;]+", text or "") if t.strip()]
    if not tokens:
        raise InputError(say("architectures.err.stack_empty", help=say("architectures.help")))
    layers, names, flat = [], [], False
    for position, token in enumerate(tokens, start=1):
        try:
            layer = parse_layer(token)
        except InputError as e:
            raise InputError(say("architectures.err.token", position=position, reason=e)) from None
        if isinstance(layer, Linear) and not flat:
            layers.append(Flatten())
            names.append("flatten")
        flat = flat or isinstance(layer, (Flatten, Linear))
        layers.append(layer)
        names.append(format_layer(layer))
    return layers, names


def _size(p: Pair) -> str:
    return f"{p[0]}" if p[0] == p[1] else f"{p[0]}x{p[1]}"


def format_layer(layer: Layer) -> str:
    """The canonical token of a layer (parse_layer(format_layer(x)) == x)."""
    if isinstance(layer, Conv):
        opts = "".join(f"/{k}{_size(v)}" for k, v, default in (
            ("s", layer.stride, (1, 1)), ("p", layer.padding, (0, 0)), ("d", layer.dilation, (1, 1)))
            if v != default)
        opts += f"/g{layer.groups}" if layer.groups != 1 else ""
        opts += "" if layer.bias else "/nobias"
        return f"conv{_size(layer.kernel)}-{layer.out_channels}{opts}"
    if isinstance(layer, Pool):
        opts = f"/s{_size(layer.stride)}" if layer.stride != layer.kernel else ""
        opts += f"/p{_size(layer.padding)}" if layer.padding != (0, 0) else ""
        opts += "/ceil" if layer.ceil_mode else ""
        return f"{'avg' if layer.mode == 'avg' else 'max'}pool{_size(layer.kernel)}{opts}"
    if isinstance(layer, LRN):
        return "lrn" if layer.size == 5 else f"lrn/n{layer.size}"
    if isinstance(layer, Linear):
        return f"fc{layer.out_features}" + ("" if layer.bias else "/nobias")
    if isinstance(layer, AdaptiveAvgPool):
        return "gap" if layer.output == (1, 1) else f"adaptivepool{_size(layer.output)}"
    if isinstance(layer, Dropout):
        return "dropout" if layer.p == 0.5 else f"dropout{layer.p:g}"
    if isinstance(layer, Activation):
        return layer.fn
    return {BatchNorm: "bn", Flatten: "flatten"}[type(layer)]
