"""A tab's form, declared once: each setting's name, kind, range or choices, step, default, label and element id.

A topic's `form.py` lists its settings as `Field`s, in the order its tab shows them. From that one table the tab
builds its controls (demo/web/controls.py), links are read and written (demo/web/links.py, and the page's
script, which receives the table as JSON), the endpoints' range checks use the same ranges (the topic's core
constants the field is made from), and a test holds README's API section to it (tests/test_forms.py).

A field with `by` depends on other fields that come before it in its form: `cases` maps their values, joined by
CASE_SEPARATOR, to what changes (choices, low, high, default: the value the page picks when they change), as a
receptive-field layer is one of its network's layers. `choices`, `low` and `high` hold for the page's own values
of `by`. A field with `linked=False` is a control a link does not set (a run's budget, a toy's points).
"""

import re
from dataclasses import dataclass, field

from demo.base import data

KINDS = ("choice", "whole", "number", "text", "flag")
WIDGETS = ("slider", "number", "dropdown", "radio", "textbox", "checkbox")
CASE_SEPARATOR = "|"  # a dependent setting's case is keyed by the values it depends on, joined by this
FLAGS = {"true": True, "1": True, "false": False, "0": False}
WHOLE = re.compile(r"[+-]?[0-9]{1,15}")  # ASCII digits, as the page script reads them
NUMBER = re.compile(r"[+-]?([0-9]{1,15}(\.[0-9]{0,20})?|\.[0-9]{1,20})([eE][+-]?[0-9]{1,3})?")
STEP_TOLERANCE = 1e-6  # of a step: 1.15 is on the 0.05 grid from 0.5 although (1.15 - 0.5) / 0.05 = 12.999...
_DEFAULT_WIDGET = dict(choice="dropdown", whole="slider", number="slider", text="textbox", flag="checkbox")


@dataclass(frozen=True, eq=False)
class Field:
    """One setting of a tab: what it takes, the value the page opens with, and how the page shows it."""

    name: str
    kind: str
    default: object
    label: str = ""  # the i18n key of the control's label
    elem_id: str = ""  # the control's element id on the page
    widget: str = ""  # how the page shows it (WIDGETS); "" -> the kind's usual one
    choices: tuple[str, ...] = ()
    pattern: str = ""  # a regular expression for further choices, e.g. class-folder datasets
    hint: str = ""  # how the pattern's values are written, e.g. "folder:<name>"
    low: float | None = None
    high: float | None = None
    step: float | None = None
    max_chars: int = 0
    by: tuple[str, ...] = ()
    cases: dict = field(default_factory=dict)
    linked: bool = True  # a link may give it

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: kind {self.kind!r} is not one of {KINDS}")
        if self.widget and self.widget not in WIDGETS:
            raise ValueError(f"{self.name}: widget {self.widget!r} is not one of {WIDGETS}")

    @property
    def shows_as(self) -> str:
        """The control the page builds for it: slider, number, dropdown, radio, textbox or checkbox."""
        return self.widget or _DEFAULT_WIDGET[self.kind]

    def rules(self, values: dict) -> dict:
        """choices, low, high and default, given the current `values` of the settings this one depends on."""
        own = dict(choices=self.choices, low=self.low, high=self.high, default=self.default)
        if not self.by:
            return own
        return {**own, **self.cases.get(CASE_SEPARATOR.join(str(values[b]) for b in self.by), {})}

    def read(self, text: str, rules: dict):
        """The value `text` (as a link writes it) stands for, or None if this setting does not take it."""
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

    def shown(self, rules: dict | None = None) -> str:
        """What this setting takes, as a notice or README says it: "1-50", "1, 3, …, 11", "pixels, pca, cnn"."""
        rules = rules or self.rules({})
        if self.kind == "choice":
            return ", ".join([*map(str, rules["choices"]), *([self.hint] if self.hint else [])])
        if self.kind == "flag":
            return "true, false"
        if self.kind == "text":
            return f"≤ {self.max_chars:,}"
        low, high = number_text(rules["low"]), number_text(rules["high"])
        if self.step and self.step != 1:
            return f"{low}, {number_text(rules['low'] + self.step)}, …, {high}"
        return f"{low}-{high}"

    def as_json(self) -> dict:
        """This setting for the page's script: its rules for the page's own values, and for every case."""
        own = dict(choices=self.choices, low=self.low, high=self.high, default=self.default)
        cases = {key: {**{k: list(v) if k == "choices" else v for k, v in case.items()},
                       "shown": self.shown({**own, **case})} for key, case in self.cases.items()}
        return dict(name=self.name, kind=self.kind, default=self.default, choices=list(self.choices),
                    pattern=self.pattern, low=self.low, high=self.high, step=self.step, max_chars=self.max_chars,
                    by=list(self.by), shown=self.shown(own), cases=cases)


class Form(tuple):
    """A tab's fields in the order it shows them; `form["k"]` is the field named k."""

    def __new__(cls, *fields: Field):
        names = [f.name for f in fields]
        if len(set(names)) != len(names):
            raise ValueError(f"a field named twice in {names}")
        for i, f in enumerate(fields):
            if not set(f.by) <= set(names[:i]):
                raise ValueError(f"{f.name} depends on {f.by}, which must come before it")
        return super().__new__(cls, fields)

    def __getitem__(self, key):
        if isinstance(key, str):
            for f in self:
                if f.name == key:
                    return f
            raise KeyError(key)
        return super().__getitem__(key)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self)

    @property
    def linked(self) -> tuple[Field, ...]:
        """The fields a link may give, in order."""
        return tuple(f for f in self if f.linked)


def number_text(value: float) -> str:
    """A bound as people write it: 50, 0.05."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def choice(name: str, options, default, **kw) -> Field:
    return Field(name, "choice", default, choices=tuple(options), **kw)


def whole(name: str, low_high: tuple, default: int, step: int = 1, **kw) -> Field:
    return Field(name, "whole", default, low=low_high[0], high=low_high[1], step=step, **kw)


def number(name: str, low_high: tuple, default: float, step: float | None = None, **kw) -> Field:
    return Field(name, "number", default, low=low_high[0], high=low_high[1], step=step, **kw)


def text(name: str, default: str, max_chars: int, **kw) -> Field:
    return Field(name, "text", default, max_chars=max_chars, **kw)


def flag(name: str, default: bool, **kw) -> Field:
    return Field(name, "flag", default, **kw)


def dataset_field(**kw) -> Field:
    """A dataset by name: the bundled and torchvision ones, a page's own classes (`session`: a link to it opens the
    reader's own), or a class folder under the data root."""
    return choice("dataset", (*data.NAMED_DATASETS, data.SESSION), data.DEFAULT_DATASET,
                  pattern=re.escape(data.FOLDER_PREFIX) + r"[^/\\]{1,100}", hint=f"{data.FOLDER_PREFIX}<name>", **kw)


def index_field(name: str = "index", **kw) -> Field:
    """A test image of the bundled split (the sliders' range; other datasets' splits are longer)."""
    return whole(name, (0, data.MNIST_SUBSET_TEST_SIZE - 1), 0, **kw)
