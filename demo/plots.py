"""The app's one look for plotly figures (template, colours, sizes, the layout helper), and the figures
of the flat topic modules: class probabilities, connectivity counts, LRN's channel profile.

The k-NN and layer families keep their figures in their own packages (demo.knn.figures,
demo.layers.figures), built with the same `layout`.
"""

from typing import Sequence

import numpy as np
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


def probability_bars(series: Sequence[tuple[str, str, Sequence[str], np.ndarray]], chart_title: str = "") -> go.Figure:
    """Grouped bars of class probabilities, one group per class and one bar per model.

    `series` holds (model name, display title, class names, probabilities) per model.
    """
    data = [dict(type="bar", x=list(classes), y=np.asarray(probs, dtype=float), name=label,
                 marker=dict(color=colour_for(name)), hovertemplate="class %{x}: %{y:.1%}<extra>" + label + "</extra>")
            for name, label, classes, probs in series]
    return figure(data, barmode="group", title=title(chart_title),
                  margin=dict(l=50, r=10, t=40 if chart_title else 10, b=40), legend=LEGEND_ON_TOP,
                  xaxis=axis("class", type="category"), yaxis=axis("probability", range=[0, 1], tickformat=".0%"))


def connectivity_bars(rows: Sequence[tuple[str, int, str]]) -> go.Figure:
    """Horizontal log-scale bars of (layer type, parameters, what it assumes) rows (demo.convolution)."""
    bars = dict(type="bar", x=[r[1] for r in rows], y=[r[0] for r in rows], orientation="h",
                marker=dict(color=["#D55E00", "#E69F00", "#0072B2"]), text=[f"{r[1]:,}" for r in rows],
                textposition="auto", hovertemplate="%{y}: %{x:,} parameters<extra></extra>")
    return figure([bars], height=260, margin=dict(l=130, r=10, t=30, b=40), title=title("Parameters of one layer"),
                  xaxis=axis("parameters (log scale)", type="log"))


def lrn_profile(demo) -> go.Figure:
    """Channel activations at the strongest pixel of a demo.normalisation.NormalisationDemo, before
    and after LRN (rescaled by k^beta so that an uninhibited channel keeps its height)."""
    y, x = demo.pixel
    channels = [f"{angle:.0f}°" for angle in demo.orientations]
    data = [dict(type="bar", x=channels, y=demo.relu[:, y, x], name="after ReLU", marker=dict(color="#999999")),
            dict(type="bar", x=channels, y=demo.lrn[:, y, x] * demo.resting_divisor, name="after LRN (x k^β)",
                 marker=dict(color="#0072B2"))]
    return figure(data, barmode="group", margin=dict(l=60, r=10, t=40, b=40), legend=LEGEND_ON_TOP,
                  title=title("One pixel, all channels (orientation): neighbours of a strong channel are suppressed"),
                  xaxis=axis("channel (filter orientation)"), yaxis=axis("activation"))
