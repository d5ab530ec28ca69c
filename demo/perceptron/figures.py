"""The Perceptron tab's figures: its scores, and every classifier's accuracy as the digit moves."""

from typing import Sequence

import numpy as np
import plotly.graph_objects as go

from demo.base.plots import FIGURE_HEIGHT, MODEL_COLOURS, axis, figure, title
from demo.i18n import say

ROBUSTNESS_COLOURS = {"perceptron": MODEL_COLOURS["perceptron"], "mlp": "#D55E00", "knn": "#999999",
                      "lenet5_noaug": "#56B4E9", "lenet5": MODEL_COLOURS["lenet5"]}


def score_bars(classes: Sequence[str], scores: np.ndarray, chosen: int) -> go.Figure:
    """A linear classifier's raw scores s_c = w_c . x + b_c, one bar per class, the chosen one dark."""
    bars = dict(type="bar", x=list(classes), y=np.asarray(scores, float),
                marker=dict(color=["#0072B2" if i == chosen else "#9BB7CF" for i in range(len(classes))]),
                hovertemplate="s_%{x} = %{y:.2f}<extra></extra>")
    return figure([bars], title=title(say("perceptron.fig.scores_title")), showlegend=False,
                  xaxis=axis(say("plots.class"), type="category"), yaxis=axis(say("perceptron.fig.score")))


def robustness_chart(curves, names: dict[str, str], x_title: str) -> go.Figure:
    """Test accuracy against the size of a move (demo.perceptron.robustness.Curves), one line per classifier."""
    data = [dict(type="scatter", x=curves.steps, y=curves.accuracy[key], mode="lines+markers", name=label,
                 line=dict(color=ROBUSTNESS_COLOURS.get(key, "#555555"), dash="dot" if key == "knn" else None),
                 hovertemplate="%{x}: %{y:.1%}<extra>" + label + "</extra>")
            for key, label in names.items() if key in curves.accuracy]
    return figure(data, height=FIGURE_HEIGHT + 60, legend=dict(orientation="h", y=-0.3, x=0),
                  title=title(say("perceptron.fig.robustness_title", count=f"{curves.num_images:,}")),
                  xaxis=axis(x_title, zeroline=True),
                  yaxis=axis(say("plots.test_accuracy"), range=[0, 1.02], tickformat=".0%"))


def adversarial_chart(curves, names: dict[str, str]) -> go.Figure:
    """Test accuracy against ε (demo.perceptron.adversarial.Curves: FGSM on each network itself), a line each."""
    data = [dict(type="scatter", x=curves.epsilons, y=curves.accuracy[key], mode="lines+markers", name=label,
                 line=dict(color=ROBUSTNESS_COLOURS.get(key, "#555555")),
                 hovertemplate="ε = %{x}: %{y:.1%}<extra>" + label + "</extra>")
            for key, label in names.items() if key in curves.accuracy]
    return figure(data, height=FIGURE_HEIGHT + 60, legend=dict(orientation="h", y=-0.3, x=0),
                  title=title(say("perceptron.fig.adv_title", count=f"{curves.num_images:,}")),
                  xaxis=axis(say("perceptron.fig.epsilon"), zeroline=True),
                  yaxis=axis(say("plots.test_accuracy"), range=[0, 1.02], tickformat=".0%"))
