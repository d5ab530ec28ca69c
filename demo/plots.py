"""Plotly figures shared by the tabs: one look (template, colours, sizes) for the whole app."""

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
    fig.update_layout(barmode="group", height=FIGURE_HEIGHT, title=title or None,
                      margin=dict(l=50, r=10, t=40 if title else 10, b=40),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0),
                      xaxis=dict(title="class", type="category"),
                      yaxis=dict(title="probability", range=[0, 1], tickformat=".0%"))
    return fig
