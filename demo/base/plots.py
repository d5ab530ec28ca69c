"""The app's one look for plotly figures: template, colours, sizes, the layout helper. Each topic keeps its
figures in its own package (demo.knn.figures, demo.cnn.figures, ...), built with these. Every figure's words
(titles, axes, legends, hover texts) are made per call in the request's language (demo.i18n): build figures
per call, or cache them keyed by the language (demo.web.common.on_tab_open does).
"""

import plotly.graph_objects as go
import plotly.io as pio

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


def figure(data: list[dict], height: int = FIGURE_HEIGHT, **layout) -> go.Figure:
    """A figure from plain dicts (traces with their `type`; layout in plotly's nested form, titles as
    dict(text=...)). Plotly does not validate it property by property: that took 3-5 ms a figure, most
    of a calculator's answer. The tests validate every figure kind with plotly once."""
    layout.setdefault("margin", MARGIN)
    return go.Figure(dict(data=data, layout=dict(height=height, **layout)), _validate=False)


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
