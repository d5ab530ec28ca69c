"""Links into the app: `?tab=knn&k=5&space=cnn` opens a tab with its settings, so a slide can link to it.

`table()` lists the tabs by slug and, for each, the settings a link may give: the README API names of the
tab's main controls, with the choices and ranges that the page's dropdowns and sliders are built from (the same
constants, so they cannot drift apart). `parse(query)` reads a query string into the tab, the settings that
hold and one short notice per part it ignored; `link(tab, settings)` writes the query string that restores a
page's settings. The page runs the same rules in the browser on `table_json()` (demo/web/page_links.py), so opening
a link costs the server nothing.

Some settings depend on another: a receptive-field layer is one of its network's layers, and its unit's row
lies within that layer's map. A link that gives the network but not the layer gets the layer the page picks
when a student chooses that network in the dropdown (and the middle unit of its map), as if clicked.
"""

import functools
import re
import urllib.parse
from dataclasses import dataclass, field

from demo.cnn import convolution
from demo.base import data
from demo.train import experiments
from demo.classify import photos
from demo.perceptron import robustness
from demo.classify import saliency
from demo import layers as arch
from demo.cnn.backbones import BACKBONES, layer_index, layer_shape
from demo.i18n import LANGUAGES, TABLES, say
from demo.knn import (DEFAULT_EF_SEARCH, DEFAULT_HNSW_M, DEFAULT_NPROBE, INDEX_KINDS, METRICS, SPACES,
                      pipeline)
from demo.layers.notation import MAX_STACK_CHARS

# The tabs in slide order; the page's tab with element id "tab-<slug>" (demo/app.py's TABS).
SLUGS = ("overview", "knn", "perceptron", "cnn", "architectures", "receptive-field", "classify", "train",
         "references")
KINDS = ("choice", "whole", "number", "text", "flag")
MAX_QUERY = 4_000  # characters of a query string read; a slide's link is a tenth of that
MAX_PARTS = 40  # name=value parts read
SHOWN_VALUE = 40  # characters of a wrong value repeated in its notice
FLAGS = {"true": True, "1": True, "false": False, "0": False}
WHOLE = re.compile(r"[+-]?[0-9]{1,15}")  # ASCII digits, as the page script reads them
NUMBER = re.compile(r"[+-]?([0-9]{1,15}(\.[0-9]{0,20})?|\.[0-9]{1,20})([eE][+-]?[0-9]{1,3})?")
STEP_TOLERANCE = 1e-6  # of a step: 1.15 is on the 0.05 grid from 0.5 although (1.15 - 0.5) / 0.05 = 12.999...
CASE_SEPARATOR = "|"  # a dependent setting's case is keyed by the values it depends on, joined by this
LANGUAGE = "lang"  # every link may choose the page's language: ?tab=knn&lang=ko (a slide for a Korean class)


@dataclass(frozen=True, eq=False)
class Param:
    """One setting a link may give: its kind, the value the page opens with, and what it accepts.

    A setting with `by` depends on those settings (which come before it in its tab): `cases` maps their values,
    joined by CASE_SEPARATOR, to what changes (choices, low, high, default: the value the page picks when they
    change). `choices`, `low` and `high` are what holds for the page's own values of `by`.
    """

    name: str
    kind: str
    default: object
    choices: tuple[str, ...] = ()
    pattern: str = ""  # a regular expression for further choices, e.g. class-folder datasets
    hint: str = ""  # how the pattern's values are written, e.g. "folder:<name>"
    low: float | None = None
    high: float | None = None
    step: float | None = None
    max_chars: int = 0
    by: tuple[str, ...] = ()
    cases: dict = field(default_factory=dict)

    def rules(self, values: dict) -> dict:
        """choices, low, high and default, given the current `values` of the settings this one depends on."""
        own = dict(choices=self.choices, low=self.low, high=self.high, default=self.default)
        if not self.by:
            return own
        return {**own, **self.cases.get(CASE_SEPARATOR.join(str(values[b]) for b in self.by), {})}

    def read(self, text: str, rules: dict):
        """The value `text` stands for, or None if this setting does not take it."""
        if self.kind == "choice":
            for choice in rules["choices"]:
                if choice.lower() == text.lower():
                    return choice
            return text if self.pattern and re.fullmatch(self.pattern, text) else None
        if self.kind == "text":
            return text if len(text) <= self.max_chars else None
        if self.kind == "flag":
            return FLAGS.get(text.lower())
        if not (WHOLE if self.kind == "whole" else NUMBER).fullmatch(text.strip()):
            return None
        value = int(text) if self.kind == "whole" else float(text)
        low, high = rules["low"], rules["high"]
        if not low <= value <= high:
            return None
        if self.step:
            steps = (value - low) / self.step
            if abs(steps - round(steps)) > STEP_TOLERANCE:
                return None
        return value

    def shown(self, rules: dict) -> str:
        """What this setting takes, as a notice says it: "1-50", "1, 3, ..., 11", "pixels, pca, cnn"."""
        if self.kind == "choice":
            return ", ".join([*rules["choices"], *([self.hint] if self.hint else [])])
        if self.kind == "flag":
            return "true, false"
        if self.kind == "text":
            return f"≤ {self.max_chars:,}"
        low, high = _number(rules["low"]), _number(rules["high"])
        if self.step and self.step != 1:
            return f"{low}, {_number(rules['low'] + self.step)}, …, {high}"
        return f"{low}-{high}"

    def as_json(self) -> dict:
        """This setting for the page's script: its rules for the page's own values, and for every case."""
        own = dict(choices=self.choices, low=self.low, high=self.high, default=self.default)
        cases = {key: {**{k: list(v) if k == "choices" else v for k, v in case.items()},
                       "shown": self.shown({**own, **case})} for key, case in self.cases.items()}
        return dict(name=self.name, kind=self.kind, default=self.default, choices=list(self.choices),
                    pattern=self.pattern, low=self.low, high=self.high, step=self.step, max_chars=self.max_chars,
                    by=list(self.by), shown=self.shown(own), cases=cases)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _exact(value: float) -> str:
    """A number as a link writes it: whole numbers without a point, others in full (shortest round trip)."""
    return str(int(value)) if value.is_integer() else repr(value)


def _choice(name: str, options, default, **kw) -> Param:
    return Param(name, "choice", default, choices=tuple(options), **kw)


def _whole(name: str, low_high: tuple, default: int, step: int = 1, **kw) -> Param:
    return Param(name, "whole", default, low=low_high[0], high=low_high[1], step=step, **kw)


def _number_param(name: str, low_high: tuple, default: float, step: float | None = None, **kw) -> Param:
    return Param(name, "number", default, low=low_high[0], high=low_high[1], step=step, **kw)


def _text(name: str, default: str, max_chars: int, **kw) -> Param:
    return Param(name, "text", default, max_chars=max_chars, **kw)


def _dataset() -> Param:
    return _choice("dataset", data.NAMED_DATASETS, data.DEFAULT_DATASET,
                   pattern=re.escape(data.FOLDER_PREFIX) + r"[^/\\]{1,100}", hint=f"{data.FOLDER_PREFIX}<name>")


def _test_index() -> Param:
    """A test image of the bundled split (the sliders' range; other datasets' splits are longer)."""
    return _whole("index", (0, data.MNIST_SUBSET_TEST_SIZE - 1), 0)


def _preset_form(preset: str, default: str) -> list[Param]:
    """A calculator's stack and input size, which follow its preset (as choosing the preset fills them)."""
    forms = {key: p.form for key, p in arch.PRESETS.items()}
    stack, *size = forms[default]
    params = [_text("stack", stack, MAX_STACK_CHARS, by=(preset,),
                    cases={key: dict(default=form[0]) for key, form in forms.items()})]
    for i, name in enumerate(("channels", "height", "width")):
        params.append(_whole(name, (1, arch.MAX_INPUT_SIDE), size[i], by=(preset,),
                             cases={key: dict(default=form[i + 1]) for key, form in forms.items()}))
    return params


def _layers(network: str, default_network: str, default_layer: str, deepest: bool) -> Param:
    """A backbone's layer, from that backbone's layers; a new backbone picks its first (or deepest) one."""
    cases = {}
    for name in BACKBONES:
        layers = tuple(layer_index(name))
        cases[name] = dict(choices=layers, default=layers[-1] if deepest else layers[0])
    return _choice("layer", cases[default_network]["choices"], default_layer, by=(network,), cases=cases)


def _units(default_network: str, default_layer: str) -> list[Param]:
    """A unit's row and column within its layer's map; a new layer picks its middle unit."""
    params = []
    for axis, name in ((1, "row"), (2, "column")):
        cases = {}
        for net in BACKBONES:
            for layer in layer_index(net):
                side = layer_shape(net, layer)[axis]
                cases[f"{net}{CASE_SEPARATOR}{layer}"] = dict(low=0, high=side - 1, default=side // 2)
        own = cases[f"{default_network}{CASE_SEPARATOR}{default_layer}"]
        params.append(_whole(name, (0, own["high"]), own["default"], by=("network", "layer"), cases=cases))
    return params


def _switches() -> list[Param]:
    """The Train tab's activation, normalisation and dropout, which follow the network (its usual ones)."""
    first = experiments.Settings()
    by = dict(by=("network",))
    return [
        _choice("activation", experiments.ACTIVATIONS, first.activation, **by,
                cases={n: dict(default=d["activation"]) for n, d in experiments.DEFAULTS.items()}),
        _choice("normalisation", experiments.NORMALISATIONS, first.normalisation, **by,
                cases={n: dict(default=d["normalisation"]) for n, d in experiments.DEFAULTS.items()}),
        _number_param("dropout", experiments.DROPOUT_RANGE, first.dropout, step=0.05, **by,
                      cases={n: dict(default=d["dropout"]) for n, d in experiments.DEFAULTS.items()}),
    ]


@functools.cache
def table() -> dict[str, tuple[Param, ...]]:
    """Every tab's linkable settings, in the order the tab shows them (a setting after those it depends on)."""
    first = experiments.Settings()
    shift = (-photos.SHIFT_MAX, photos.SHIFT_MAX)
    return {
        "overview": (),
        "knn": (
            _dataset(), _choice("space", SPACES, "pixels"), _choice("metric", METRICS, "l2"),
            _choice("kind", INDEX_KINDS, "exact"), _whole("k", pipeline.K_RANGE, 10),
            _whole("nlist", pipeline.NLIST_RANGE, 0), _whole("nprobe", pipeline.NPROBE_RANGE, DEFAULT_NPROBE),
            _whole("hnsw_m", pipeline.HNSW_M_RANGE, DEFAULT_HNSW_M, step=2),
            _whole("ef_search", pipeline.EF_SEARCH_RANGE, DEFAULT_EF_SEARCH, step=8), _test_index(),
            _whole("max_k", pipeline.ACCURACY_K_RANGE, 30)),
        "perceptron": (
            _dataset(), _test_index(), _choice("chosen", ("top", *map(str, range(10))), "top"),
            _whole("dx", robustness.SHIFT_RANGE, 0), _whole("dy", robustness.SHIFT_RANGE, 0),
            _whole("rotation", robustness.ANGLE_RANGE, 0, step=5),
            _number_param("scale", robustness.SCALE_RANGE, 1.0, step=0.05),
            _choice("axis", robustness.AXES, "x")),
        "cnn": (
            _choice("kernel_name", (*convolution.KERNELS, convolution.TYPED), "Sobel x (vertical edges)"),
            _text("kernel_text", "1 0 -1; 2 0 -2; 1 0 -1", 500),
            _whole("stride", convolution.STRIDES, 1), _whole("padding", convolution.PADDINGS, 1),
            _whole("dilation", convolution.DILATIONS, 1),
            _choice("backbone", BACKBONES, "lenet5"), _layers("backbone", "lenet5", "conv1", deepest=False)),
        "architectures": (
            _choice("preset", arch.PRESETS, "vgg16"), *_preset_form("preset", "vgg16"),
            _choice("unit", ("MACs", "FLOPs"), "MACs")),
        "receptive-field": (
            _whole("kernel", arch.SLIDE_KERNELS, 3, step=2), _whole("pool", arch.SLIDE_POOLS, 2),
            _choice("preset", arch.PRESETS, "alexnet"), *_preset_form("preset", "alexnet"),
            _choice("network", BACKBONES, "alexnet"), _layers("network", "alexnet", "conv5", deepest=True),
            *_units("alexnet", "conv5")),
        "classify": (
            _test_index(), _choice("photo", photos.PHOTOS, next(iter(photos.PHOTOS))),
            _choice("vgg", photos.VGGS, photos.DEFAULT_VGG), _whole("shift_x", shift, 0, step=8),
            _whole("shift_y", shift, 0, step=8),
            _whole("crop", (photos.CROP_MIN, photos.CROP_MAX), photos.CROP_MAX, step=5),
            _whole("rank", (1, photos.TOP_K), 1), _text("class_name", "", 100),
            _choice("network", photos.NETWORKS, photos.ALEXNET),
            _whole("patch", (saliency.PATCH_MIN, saliency.PATCH_MAX), 56, step=8),
            _whole("stride", (saliency.STRIDE_MIN, saliency.STRIDE_MAX), 28, step=4)),
        "train": (
            _choice("network", experiments.NETWORKS, first.network), _dataset(), *_switches(),
            _choice("optimizer", experiments.OPTIMIZERS, first.optimizer),
            _number_param("lr", experiments.LR_RANGE, first.lr),
            _whole("epochs", experiments.EPOCHS_RANGE, first.epochs),
            _whole("batch_size", experiments.BATCH_RANGE, first.batch_size, step=8),
            Param("augment", "flag", first.augment), _whole("seed", experiments.SEED_RANGE, first.seed),
            _text("stack", first.stack, MAX_STACK_CHARS)),
        "references": (),
    }


@dataclass(frozen=True)
class Link:
    """What a link asks for: the tab (None: no tab named), the settings that hold (the page's values for
    the settings given, and for those that follow a given one), and a notice per part ignored."""

    tab: str | None
    settings: dict
    notices: tuple[str, ...]
    language: str | None = None  # the page's language the link asks for (LANGUAGES), None: the browser's


def code(text: str) -> str:
    """`text` as a Markdown code span, cut short, so a link's text is shown and never read as Markdown."""
    text = re.sub(r"\s+", " ", str(text).replace("`", "'"))
    return f"`{text[:SHOWN_VALUE] + '…' if len(text) > SHOWN_VALUE else text}`"


def parse(query: str) -> Link:
    """A query string ("?tab=knn&k=5&space=cnn", the leading "?" optional) -> the tab, its settings and the
    notices for what was ignored: an unknown tab or setting, a value the setting does not take (out of range,
    off its steps, not a choice), a setting given twice (the first counts)."""
    pairs = urllib.parse.parse_qsl((query or "")[:MAX_QUERY].removeprefix("?"), keep_blank_values=True)
    if not pairs:
        return Link(None, {}, ())
    notices = []
    if len(pairs) > MAX_PARTS:
        notices.append(say("links.too_many", limit=MAX_PARTS))
        pairs = pairs[:MAX_PARTS]
    language, pairs = _language(pairs, notices)
    if not pairs:  # ?lang=ko alone: the page in Korean, no tab asked for
        return Link(None, {}, tuple(notices), language)
    tabs = ", ".join(SLUGS)
    named = [value for key, value in pairs if key.lower() == "tab"]
    tab = named[0].lower() if named else None
    if tab is None:
        return Link(None, {}, (*notices, say("links.no_tab", tabs=tabs)), language)
    if tab not in SLUGS:
        return Link(None, {}, (*notices, say("links.bad_tab", value=code(named[0]), tabs=tabs)), language)
    params = {p.name: p for p in table()[tab]}
    if len(named) > 1:
        notices.append(say("links.twice", name=code("tab")))
    raw = {}
    for key, value in pairs:
        name = key.lower()
        if name == "tab":
            continue
        if name not in params:
            notices.append(say("links.unknown", name=code(key), tab=tab))
        elif name in raw:
            notices.append(say("links.twice", name=code(name)))
        else:
            raw[name] = value
    values = {p.name: p.default for p in params.values()}  # the page as it opens
    settings = {}
    for p in params.values():
        rules = p.rules(values)
        if p.name in raw:
            value = p.read(raw[p.name], rules)
            if value is not None:
                settings[p.name] = values[p.name] = value
                continue
            key = "links.too_long" if p.kind == "text" else "links.bad_value"
            notices.append(say(key, setting=code(f"{p.name}={raw[p.name]}"), name=code(p.name),
                               allowed=p.shown(rules), limit=p.max_chars))
        if any(b in settings for b in p.by):
            settings[p.name] = values[p.name] = rules["default"]
    return Link(tab, settings, tuple(notices), language)


def read_language(text: str) -> str | None:
    """The page language a link's `lang=` names ("ko", "KO", "ko-KR"), or None if we do not speak it."""
    code = str(text).strip().lower().split("-")[0]
    return code if code in LANGUAGES else None


def _language(pairs: list, notices: list) -> tuple[str | None, list]:
    """The link's `lang` (the first one; a second, or one we do not speak, gets a notice) and the other pairs."""
    language, given, rest = None, 0, []
    for key, value in pairs:
        if key.lower() != LANGUAGE:
            rest.append((key, value))
            continue
        given += 1
        if given > 1:
            notices.append(say("links.twice", name=code(LANGUAGE)))
        elif (language := read_language(value)) is None:
            notices.append(say("links.bad_value", setting=code(f"{LANGUAGE}={value}"), name=code(LANGUAGE),
                               allowed=", ".join(LANGUAGES), limit=0))
    return language, rest


def _same(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b


def link(tab: str, settings: dict, language: str | None = None) -> str:
    """The query string that opens `tab` with `settings` (the page's values; those left out are the page's
    own): only the settings that differ from what the link would give anyway, in the tab's order; then the
    page's `language` when one is given."""
    if tab not in SLUGS:
        raise ValueError(f"no tab {tab!r}; the tabs are {', '.join(SLUGS)}")
    values = {p.name: p.default for p in table()[tab]}
    given, follows = {}, set()  # in the link; set by the link (given, or following a given setting)
    for p in table()[tab]:
        moved = any(b in follows for b in p.by)
        expected = p.rules(values)["default"] if moved else p.default
        value = settings.get(p.name)
        if value is None:
            value = expected
        if not _same(value, expected):
            given[p.name] = value
        if moved or p.name in given:
            follows.add(p.name)
        values[p.name] = value
    text = {k: ("true" if v else "false") if isinstance(v, bool) else _exact(v) if isinstance(v, float) else str(v)
            for k, v in given.items()}
    if language is not None:
        text[LANGUAGE] = language
    return "?" + urllib.parse.urlencode({"tab": tab, **text})


def page_values(tab: str, settings: dict) -> dict:
    """Every setting of `tab` as the page shows it after a link gave `settings` (the page's own values
    elsewhere, and the values that follow a given setting)."""
    values, given = {p.name: p.default for p in table()[tab]}, set()
    for p in table()[tab]:
        if p.name in settings:
            values[p.name] = settings[p.name]
            given.add(p.name)
        elif any(b in given for b in p.by):
            values[p.name] = p.rules(values)["default"]
            given.add(p.name)
    return values


def table_json() -> dict:
    """The table, the limits and the notices' wording in every language, for the page's script."""
    return dict(tabs={slug: [p.as_json() for p in params] for slug, params in table().items()},
                limits=dict(query=MAX_QUERY, parts=MAX_PARTS, shown=SHOWN_VALUE, tolerance=STEP_TOLERANCE),
                language=LANGUAGE, languages=list(LANGUAGES),
                separator=CASE_SEPARATOR, whole=WHOLE.pattern, number=NUMBER.pattern,
                texts={lang: {k: v for k, v in strings.items() if k.startswith("links.")}
                       for lang, strings in TABLES.items()})
