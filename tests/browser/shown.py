"""What a page shows, read the way a student reads it, and checked against what the API answers for it.

A tab's figure must be the one its controls' shown values make. `read_controls` reads each control's value
from the page (the slider's number box, the chosen radio, the dropdown's text mapped back to its value through
the page's own choices, ...); `shown_matches` sends those values to the tab's endpoint with gradio_client and
compares every output with what the page shows beside the controls: pictures byte for byte, figures trace by
trace, sentences number by number (timings left out), labels by their top class, tables cell by cell.
"""

import hashlib
import json
import re
import urllib.request
from dataclasses import dataclass

from helpers import _decoded

from demo.i18n import TABLES

I18N_PREFIX = "__i18n__"
# Timings differ from one call to the next ("0.31 ms", "1.2 s", "12 ms on cpu"): left out of the comparison.
TIMING = re.compile(r"[0-9][0-9.,]*[ \u00a0]?(ms|s|초|밀리초)(?![A-Za-z0-9_])")
NUMBER = re.compile(r"-?[0-9]+(?:[.,][0-9]+)*")


@dataclass(frozen=True)
class Control:
    """A control of the page: its element id and kind (slider, number, radio, dropdown, checkbox, text)."""

    elem_id: str
    kind: str


@dataclass(frozen=True)
class Output:
    """A result beside the controls: its element id and kind (image, gallery, plot, markdown, label, table)."""

    elem_id: str
    kind: str


def choices_by_id(app_url: str, language: str) -> dict[str, dict[str, object]]:
    """Every dropdown's and radio's choices as the page shows them in `language`: elem_id -> {shown: value}
    (in the page's order: a dropdown whose words the server wrote, such as the datasets', is read by position)."""
    with urllib.request.urlopen(app_url.rstrip("/") + "/config") as response:
        config = json.load(response)
    table = TABLES[language]
    found = {}
    for component in config["components"]:
        props = component.get("props", {})
        if props.get("elem_id") and props.get("choices"):
            found[props["elem_id"]] = {_shown(label, table): value for label, value in props["choices"]}
    return found


SELECTED_OPTION_JS = """
(id) => {
  const option = document.querySelector(`#${id} [role=option][aria-selected=true]`);
  return option ? Number(option.dataset.index) : null;
}
"""


def _dropdown_by_position(page, elem_id: str, options: dict):
    """The value of the option the dropdown marks as chosen, found by its place in the list."""
    page.locator(f"#{elem_id} input").first.click()
    index = page.evaluate(SELECTED_OPTION_JS, elem_id)
    page.keyboard.press("Escape")
    assert index is not None, f"#{elem_id} marks no option as chosen"
    return list(options.values())[index]


def _shown(label, table: dict) -> str:
    if isinstance(label, str) and label.startswith(I18N_PREFIX):
        return table[json.loads(label[len(I18N_PREFIX):])["key"]]
    return str(label)


READ_JS = """
([id, kind]) => {
  const root = document.getElementById(id);
  if (!root) return {missing: true};
  if (kind === 'slider') return {value: root.querySelector('input[type=number]').value};
  if (kind === 'number') return {value: root.querySelector('input').value};
  if (kind === 'checkbox') return {value: root.querySelector('input[type=checkbox]').checked};
  if (kind === 'radio') {
    const on = root.querySelector('input[aria-checked=true]') || root.querySelector('input:checked');
    return {value: on ? on.value : null};
  }
  if (kind === 'dropdown') return {value: root.querySelector('input').value};
  if (kind === 'text') return {value: (root.querySelector('textarea') || root.querySelector('input')).value};
  return {missing: true};
}
"""


def read_controls(page, controls, choices: dict) -> list:
    """The values the page shows in `controls` (None stays None: an input the page does not show, such as
    an empty upload), as the API takes them."""
    values = []
    for control in controls:
        if control is None:
            values.append(None)
            continue
        read = page.evaluate(READ_JS, [control.elem_id, control.kind])
        if read.get("missing"):  # inside a closed accordion, which draws its controls when opened
            page.evaluate(OPEN_ACCORDIONS_JS)
            page.wait_for_timeout(300)
            read = page.evaluate(READ_JS, [control.elem_id, control.kind])
        assert not read.get("missing"), f"#{control.elem_id} is not on the page"
        value = read["value"]
        if control.kind in ("slider", "number"):
            value = None if value in ("", None) else float(value)
            value = int(value) if value is not None and value.is_integer() else value
        elif control.kind == "dropdown":
            options = choices.get(control.elem_id, {})
            value = options[value] if value in options else \
                _dropdown_by_position(page, control.elem_id, options) if options else value
        elif control.kind == "radio":
            options = choices.get(control.elem_id, {})
            value = next((v for v in options.values() if str(v) == value), value)
        values.append(value)
    return values


OPEN_ACCORDIONS_JS = """
() => document.querySelectorAll('[role=tabpanel]:not([style*="display: none"]) button.label-wrap:not(.open)')
  .forEach(b => b.offsetParent !== null && b.click())
"""

SHOWN_JS = """
([id, kind]) => {
  const root = document.getElementById(id);
  if (!root) return null;
  if (kind === 'image') { const img = root.querySelector('img'); return img ? img.src : null; }
  if (kind === 'gallery') return Array.from(root.querySelectorAll('img')).map(img => img.src);
  if (kind === 'plot') {
    const plot = root.querySelector('.js-plotly-plot');
    if (!plot || !plot.data) return null;
    const title = plot.layout && plot.layout.title;
    return JSON.stringify({data: plot.data, title: title && (title.text ?? title)});
  }
  if (kind === 'label') { const top = root.querySelector('h2, .output-class'); return top ? top.innerText : null; }
  if (kind === 'table') {  // gradio draws the rows in view only: each with its index, and the row count
    const grid = root.querySelector('[role=grid]');
    const rows = {};
    root.querySelectorAll('.virtual-row[data-index]').forEach(row => {
      rows[row.dataset.index] = Array.from(row.querySelectorAll('[role=gridcell]')).map(c => c.innerText.trim());
    });
    return {count: grid ? Number(grid.getAttribute('aria-rowcount')) - 1 : 0, rows};
  }
  return root.innerText;
}
"""


def shown_output(page, output: Output):
    return page.evaluate(SHOWN_JS, [output.elem_id, output.kind])


def numbers(text: str) -> list[str]:
    """The numbers of a sentence, timings left out, separators dropped ("1,234.5" -> "1234.5")."""
    return [n.replace(",", "") for n in NUMBER.findall(TIMING.sub(" ", text or ""))]


def _file_bytes(page, src: str) -> bytes:
    return page.request.get(src).body()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _api_file(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        picture = value.get("image")
        return value.get("path") or (picture.get("path") if isinstance(picture, dict) else picture)
    return str(value)


def _plot_values(figure: dict) -> list:
    """(name, x, y, z) of every trace, numbers rounded: what a student sees of a figure."""
    def rounded(values):
        if isinstance(values, list):
            return [rounded(v) for v in values]
        if isinstance(values, float):
            return None if values != values else round(values, 6)  # NaN (an empty cell) as None
        return values

    return [(trace.get("name"), rounded(trace.get("x")), rounded(trace.get("y")), rounded(trace.get("z")))
            for trace in _decoded(figure["data"])]


def mismatch(page, output: Output, answer) -> str | None:
    """None when the page shows `answer` (the API's value for `output`), else what differs, in words."""
    shown = shown_output(page, output)
    if output.kind == "image":
        path = _api_file(answer)
        if path is None or shown is None:
            return None if path is None and shown is None else f"#{output.elem_id}: page {shown!r}, API {path!r}"
        with open(path, "rb") as f:
            same = _digest(_file_bytes(page, shown)) == _digest(f.read())
        return None if same else f"#{output.elem_id}: the picture differs from the API's for the shown values"
    if output.kind == "gallery":
        paths = [_api_file(item) for item in answer or []]
        if len(paths) != len(shown):
            return f"#{output.elem_id}: {len(shown)} pictures shown, {len(paths)} from the API"
        for src, path in zip(shown, paths):
            with open(path, "rb") as f:
                if _digest(_file_bytes(page, src)) != _digest(f.read()):
                    return f"#{output.elem_id}: a picture differs from the API's for the shown values"
        return None
    if output.kind == "plot":
        if answer is None or shown is None:
            return None if answer is None and shown is None else f"#{output.elem_id}: page {shown!r:.80}, API {answer!r:.80}"
        page_figure = json.loads(shown)
        api_figure = json.loads(answer["plot"])
        page_traces, api_traces = _plot_values(page_figure), _plot_values(api_figure)
        if page_traces != api_traces:
            if len(page_traces) != len(api_traces):
                return f"#{output.elem_id}: {len(page_traces)} traces shown, {len(api_traces)} from the API"
            i = next(i for i, (a, b) in enumerate(zip(page_traces, api_traces)) if a != b)
            return f"#{output.elem_id}: trace {i} shown {str(page_traces[i])[:300]}, API {str(api_traces[i])[:300]}"
        return None
    if output.kind == "label":
        top = (answer or {}).get("label")
        return None if (shown or "").strip() == (str(top) if top is not None else "") else \
            f"#{output.elem_id}: page shows {shown!r}, API says {top!r}"
    if output.kind == "table":
        rows = [[str(cell) for cell in row] for row in (answer or {}).get("data", [])]
        if shown["count"] != len(rows):
            return f"#{output.elem_id}: {shown['count']} rows shown, {len(rows)} from the API"
        assert shown["rows"], f"#{output.elem_id} shows no row"
        for i, cells in sorted(shown["rows"].items(), key=lambda item: int(item[0])):
            if cells != rows[int(i)]:
                return f"#{output.elem_id}: row {i} shown {cells}, API {rows[int(i)]}"
        return None
    # markdown
    if numbers(shown) != numbers(answer):
        return f"#{output.elem_id}: numbers {numbers(shown)[:12]} shown, {numbers(answer)[:12]} from the API"
    return None


# ---- what each tab shows beside its controls ------------------------------------------------------------------

def S(elem_id):  # noqa: N802 - short names keep the table readable
    return Control(elem_id, "slider")


def D(elem_id):  # noqa: N802
    return Control(elem_id, "dropdown")


def R(elem_id):  # noqa: N802
    return Control(elem_id, "radio")


def N(elem_id):  # noqa: N802
    return Control(elem_id, "number")


def T(elem_id):  # noqa: N802
    return Control(elem_id, "text")


def C(elem_id):  # noqa: N802
    return Control(elem_id, "checkbox")


def image(elem_id):
    return Output(elem_id, "image")


def plot(elem_id):
    return Output(elem_id, "plot")


def md(elem_id):
    return Output(elem_id, "markdown")


def label(elem_id):
    return Output(elem_id, "label")


def table(elem_id):
    return Output(elem_id, "table")


def gallery(elem_id):
    return Output(elem_id, "gallery")


KNN_SETTINGS = [D("knn-dataset"), R("knn-space"), R("knn-metric"), R("knn-index"), S("knn-k"), S("knn-nlist"),
                S("knn-nprobe"), S("knn-hnsw-m"), S("knn-ef-search")]
CONVOLUTION = [None, D("conv-kernel"), T("conv-kernel-text"), S("conv-stride"), S("conv-padding"),
               S("conv-dilation")]

# tab element id -> [(endpoint, its inputs as the page shows them, the outputs shown beside them)], in the
# order the tab shows them. None: an input the page leaves empty (an upload not made).
SHOWN = {
    "tab-overview": [
        ("/thatcher", [None, S("thatcher-eyes-cx"), S("thatcher-eyes-cy"), S("thatcher-eyes-w"), S("thatcher-eyes-h"),
                       S("thatcher-mouth-cx"), S("thatcher-mouth-cy"), S("thatcher-mouth-w"), S("thatcher-mouth-h"),
                       C("thatcher-crop")],
         [image("thatcher-boxes"), image("thatcher-upside-down"), image("thatcher-upright")]),
    ],
    "tab-knn": [
        ("/knn_search", [*KNN_SETTINGS, S("knn-test-index")],
         [image("knn-query"), gallery("knn-gallery"), plot("knn-vote"), md("knn-summary")]),
        ("/knn_toy", [S("knn-toy-classes"), S("knn-toy-points"), S("knn-toy-k"), R("knn-toy-metric"),
                      N("knn-toy-seed")],
         [plot("knn-toy"), md("knn-toy-caption")]),
    ],
    "tab-perceptron": [
        ("/perceptron_templates", [D("perceptron-dataset")],
         [gallery("perceptron-templates"), gallery("perceptron-means"), md("perceptron-templates-note")]),
        ("/perceptron_scores", [None, S("perceptron-index"), D("perceptron-chosen")],
         [plot("perceptron-scores"), image("perceptron-evidence"), md("perceptron-formula")]),
        ("/shift_probe", [None, S("perceptron-index"), S("probe-dx"), S("probe-dy"), S("probe-rotation"),
                          S("probe-scale")],
         [image("probe-moved"), label("probe-perceptron"), label("probe-lenet5"), md("probe-table")]),
        ("/shift_robustness", [R("robustness-axis")], [plot("robustness-chart"), md("robustness-sentence")]),
    ],
    "tab-cnn": [
        ("/convolve", CONVOLUTION,
         [image("conv-input"), image("conv-output"), image("conv-kernel-picture"), md("conv-formula")]),
        ("/convolution_step", [*CONVOLUTION, S("conv-step")], [plot("conv-step-plot"), md("conv-step-text")]),
        ("/connectivity", [N(f"conn-{i}") for i in range(7)],
         [table("conn-table"), md("conn-text"), plot("conn-plot")]),
        ("/unit_arithmetic", [None, S("trace-index"), D("trace-layer"), S("trace-channel"), S("trace-row"),
                              S("trace-column")],
         [image("trace-network"), plot("trace-arithmetic"), md("trace-text")]),
    ],
    "tab-architectures": [
        ("/architecture", [D("arch-preset"), T("arch-stack"), N("arch-channels"), N("arch-height"), N("arch-width"),
                           R("arch-unit")],
         [table("arch-table"), md("arch-summary"), plot("arch-params-plot"), plot("arch-compute-plot")]),
        ("/vgg_argument", [S("vgg-n"), S("vgg-c")], [table("vgg-table"), md("vgg-text"), plot("vgg-plot")]),
    ],
    "tab-receptive-field": [
        ("/rf_rule", [S("rf-kernel"), S("rf-pool")], [md("rf-rule"), plot("rf-rule-plot")]),
        ("/rf_table", [D("rf-preset"), T("rf-stack"), N("rf-channels"), N("rf-height"), N("rf-width")],
         [table("rf-table")]),
        ("/receptive_field", [None, D("rf-network"), D("rf-layer"), S("rf-row"), S("rf-column")],
         [image("rf-overlay"), image("rf-feature"), md("rf-text")]),
    ],
    "tab-classify": [
        ("/classify_image", [None, R("photo-bundled"), D("photo-vgg"), S("photo-shift-x"), S("photo-shift-y"),
                             S("photo-crop")],
         [image("photo-seen"), label("label-alexnet"), label("label-vgg"), md("photo-summary"), plot("photo-plot")]),
    ],
}
# What shows once a tab's first look has arrived (the last output of its slowest part), and the inner tab to open.
READY = {"tab-overview": "#thatcher-upright img", "tab-knn": "#knn-gallery img",
         "tab-perceptron": "#robustness-chart .js-plotly-plot", "tab-cnn": "#trace-arithmetic .js-plotly-plot",
         "tab-architectures": "#vgg-plot .js-plotly-plot", "tab-receptive-field": "#rf-overlay img",
         "tab-classify": "#photo-seen img"}
INNER = {"tab-classify": "#classify-photos-button"}


def check_shown(page, client, app_url: str, elem_id: str, language: str = "en") -> list[str]:
    """Every part of the tab: the API's answer for the values the page shows is what the page shows."""
    choices = choices_by_id(app_url, language)
    problems = []
    for api_name, controls, outputs in SHOWN.get(elem_id, []):
        values = read_controls(page, controls, choices)
        answer = client.predict(*values, api_name=api_name)
        answer = answer if isinstance(answer, tuple) else (answer,)
        shown = ", ".join(f"{v}"[:40] for v in values)
        problems += [f"{api_name}({shown}): {m}" for output, value in zip(outputs, answer)
                     if (m := mismatch(page, output, value))]
    return problems
