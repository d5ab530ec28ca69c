"""The app's one look for plotly figures (template, colours, sizes, the layout helper), and the figures
of the flat topic modules: class probabilities, connectivity counts, LRN's channel profile.

The k-NN and layer families keep their figures in their own packages (demo.knn.figures,
demo.layers.figures), built with the same `layout`.
"""

from typing import Sequence

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio

TEMPLATE = "plotly_white"
# The app's figures take this template by default. Passing template= to each figure instead costs
# about 8 ms per figure (plotly re-validates the whole template), which is most of a calculator call.
pio.templates.default = TEMPLATE
# One colour per model, in the order the lecture introduces them (colour-blind safe, Okabe-Ito).
MODEL_COLOURS = {"perceptron": "#E69F00", "lenet5": "#0072B2", "alexnet": "#009E73", "vgg": "#CC79A7"}
FIGURE_HEIGHT = 320  # pixels
MARGIN = dict(l=55, r=10, t=40, b=45)  # pixels; room for axis titles and a one-line title
LEGEND_ON_TOP = dict(orientation="h", y=1.02, yanchor="bottom", x=0)


def layout(fig: go.Figure, height: int = FIGURE_HEIGHT, **kwargs) -> go.Figure:
    """Apply the app's size and margins (and any other layout keys) to `fig`; returns it."""
    kwargs.setdefault("margin", MARGIN)
    fig.update_layout(height=height, **kwargs)  # the template is the app-wide default set above
    return fig


def colour_for(model: str) -> str:
    return next((c for key, c in MODEL_COLOURS.items() if model.startswith(key)), "#555555")


def probability_bars(series: Sequence[tuple[str, str, Sequence[str], np.ndarray]], title: str = "") -> go.Figure:
    """Grouped bars of class probabilities, one group per class and one bar per model.

    `series` holds (model name, display title, class names, probabilities) per model.
    """
    fig = go.Figure()
    for name, label, classes, probs in series:
        fig.add_bar(x=list(classes), y=np.asarray(probs, dtype=float), name=label,
                    marker_color=colour_for(name),
                    hovertemplate="class %{x}: %{y:.1%}<extra>" + label + "</extra>")
    return layout(fig, barmode="group", title=title or None, margin=dict(l=50, r=10, t=40 if title else 10, b=40),
                  legend=LEGEND_ON_TOP, xaxis=dict(title="class", type="category"),
                  yaxis=dict(title="probability", range=[0, 1], tickformat=".0%"))


def connectivity_bars(rows: Sequence[tuple[str, int, str]]) -> go.Figure:
    """Horizontal log-scale bars of (layer type, parameters, what it assumes) rows (demo.convolution)."""
    fig = go.Figure(go.Bar(x=[r[1] for r in rows], y=[r[0] for r in rows], orientation="h",
                           marker_color=["#D55E00", "#E69F00", "#0072B2"], text=[f"{r[1]:,}" for r in rows],
                           textposition="auto", hovertemplate="%{y}: %{x:,} parameters<extra></extra>"))
    return layout(fig, height=260, margin=dict(l=130, r=10, t=30, b=40), title="Parameters of one layer",
                  xaxis=dict(title="parameters (log scale)", type="log"))


def lrn_profile(demo) -> go.Figure:
    """Channel activations at the strongest pixel of a demo.normalisation.NormalisationDemo, before
    and after LRN (rescaled by k^beta so that an uninhibited channel keeps its height)."""
    y, x = demo.pixel
    channels = [f"{angle:.0f}°" for angle in demo.orientations]
    fig = go.Figure()
    fig.add_bar(x=channels, y=demo.relu[:, y, x], name="after ReLU", marker_color="#999999")
    fig.add_bar(x=channels, y=demo.lrn[:, y, x] * demo.resting_divisor, name="after LRN (x k^β)",
                marker_color="#0072B2")
    return layout(fig, barmode="group", margin=dict(l=60, r=10, t=40, b=40), legend=LEGEND_ON_TOP,
                  title="One pixel, all channels (orientation): neighbours of a strong channel are suppressed",
                  xaxis=dict(title="channel (filter orientation)"), yaxis=dict(title="activation"))
