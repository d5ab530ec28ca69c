"""The app's one look for plotly figures: template, colours, sizes, the layout helper. Each topic keeps its
figures in its own package (demo.knn.figures, demo.cnn.figures, ...), built with these. Every figure's words
(titles, axes, legends, hover texts) are made per call in the request's language (demo.i18n): build figures
per call, or cache them keyed by the language (demo.web.common.on_tab_open does).
"""

import functools

import plotly.graph_objects as go
import plotly.io as pio
from _plotly_utils.utils import convert_to_base64

# The app's look: plotly_white's colours and axes, without the rest of its template (colour scales
# for every trace type, 3-D scenes, maps), which would travel with every figure sent to a browser.
_AXIS = dict(gridcolor="#EBF0F8", linecolor="#EBF0F8", zerolinecolor="#EBF0F8", zerolinewidth=2, ticks="",
             automargin=True, title=dict(standoff=15))
pio.templates["lecture"] = go.layout.Template(layout=dict(
    font=dict(color="#2a3f5f"), paper_bgcolor="white", plot_bgcolor="white", hovermode="closest",
    title=dict(x=0.05), xaxis=_AXIS, yaxis=_AXIS, hoverlabel=dict(align="left")))
pio.templates.default = "lecture"  # every figure takes it; passing template= per figure costs ms each
# One colour per model, in the order the lecture introduces them (colour-blind safe, Okabe-Ito).
MODEL_COLOURS = {"perceptron": "#E69F00", "lenet5": "#0072B2", "alexnet": "#009E73", "vgg": "#CC79A7"}
FIGURE_HEIGHT = 320  # pixels
MARGIN = dict(l=55, r=10, t=40, b=45)  # pixels; room for axis titles and a one-line title
LEGEND_ON_TOP = dict(orientation="h", y=1.02, yanchor="bottom", x=0)


class Figure(go.Figure):
    """A go.Figure made from plain dicts that plotly builds only when something reads it.

    Building a go.Figure, even unvalidated, took about 1 ms a figure and sending it as JSON another 0.4 ms:
    most of what a short call computes (a digit's probability bars). gradio only asks a figure for its JSON,
    which this writes straight from the dicts, with plotly's own encoder and the app's template as plotly
    would add it. Reading any property (`fig.data`, `fig.layout`, `update_layout`, ...) builds the real
    figure first, so code and tests use it as any go.Figure.
    """

    def __init__(self, spec: dict):  # go.Figure.__init__ runs on the first read (__getattr__)
        object.__setattr__(self, "_spec", spec)

    def __getattr__(self, name: str):
        # Only for attributes the object does not have yet: before the build, that is every one of plotly's.
        spec = self.__dict__.pop("_spec", None)
        if spec is None:
            raise AttributeError(name)
        go.Figure.__init__(self, spec, _validate=False)
        return getattr(self, name)

    def to_json(self, *args, **kwargs) -> str:
        spec = self.__dict__.get("_spec")
        if spec is None or args or kwargs:
            return super().to_json(*args, **kwargs)
        out = _structure({"data": spec["data"], "layout": {"template": _template(), **spec["layout"]}})
        convert_to_base64(out)  # numeric arrays as typed arrays, as go.Figure.to_dict writes them
        return pio.json.to_json_plotly(out)


def _structure(value):
    """A copy of the dicts and lists in `value` (arrays and other leaves shared), for writing into; a property
    set to None is left out, as plotly leaves it unset."""
    if isinstance(value, dict):
        return {key: _structure(item) for key, item in value.items() if item is not None}
    if isinstance(value, (list, tuple)):
        return [_structure(item) for item in value]
    return value


@functools.cache
def _template() -> dict:
    """The default template as plotly writes it into a figure's JSON."""
    return pio.templates[pio.templates.default].to_plotly_json()


def figure(data: list[dict], height: int = FIGURE_HEIGHT, **layout) -> go.Figure:
    """A figure from plain dicts (traces with their `type`; layout in plotly's nested form, titles as
    dict(text=...)). Plotly does not validate it property by property (that took 3-5 ms a figure, most
    of a calculator's answer), nor build it unless it is read (Figure). The tests validate every figure
    kind with plotly once, and check its JSON against plotly's."""
    layout.setdefault("margin", MARGIN)
    return Figure(dict(data=data, layout=dict(height=height, **layout)))


def axis(title: str, **kwargs) -> dict:
    """An axis with a title (plotly's nested form)."""
    return dict(title=dict(text=title), **kwargs)


def title(text: str | None) -> dict | None:
    return dict(text=text) if text else None


def layout(fig: go.Figure, height: int = FIGURE_HEIGHT, **kwargs) -> go.Figure:
    """Apply the app's size and margins (and any other layout keys) to a figure built with plotly's
    validating API (subplots); returns it."""
    kwargs.setdefault("margin", MARGIN)
    fig.update_layout(height=height, **kwargs)
    return fig


def colour_for(model: str) -> str:
    return next((c for key, c in MODEL_COLOURS.items() if model.startswith(key)), "#555555")
