"""The Train tab's figures: live training curves and each class's test accuracy."""

from typing import Sequence

import numpy as np
import plotly.graph_objects as go

from demo.base.plots import axis, figure, title
from demo.i18n import say

RUN_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]


def training_curves(series: Sequence[tuple[str, Sequence]]) -> go.Figure:
    """Live curves of one or more runs: loss above, train (dashed) and test (solid) accuracy below,
    against epochs. `series` holds (label, points) with demo.nets.training.Point's fields."""
    data = []
    loss_hover = say("train.fig.hover_loss", x="%{x:.2f}", y="%{y:.3f}")
    accuracy_hover = say("train.fig.hover_epoch", x="%{x:.2f}", y="%{y:.1%}")
    for i, (label, points) in enumerate(series):
        colour = RUN_COLOURS[i % len(RUN_COLOURS)]
        epochs = [p.epoch for p in points]
        tested = [p for p in points if p.test_accuracy == p.test_accuracy]  # nan: not measured at that point
        common = dict(type="scatter", mode="lines+markers", x=epochs, legendgroup=label, marker=dict(size=4))
        data += [dict(common, y=[p.train_loss for p in points], name=say("train.fig.run_loss", label=label),
                      xaxis="x", yaxis="y", line=dict(color=colour), showlegend=False, hovertemplate=loss_hover),
                 dict(common, y=[p.train_accuracy for p in points], name=say("train.fig.run_train", label=label),
                      xaxis="x2", yaxis="y2", line=dict(color=colour, dash="dash"), hovertemplate=accuracy_hover),
                 dict(common, x=[p.epoch for p in tested], y=[p.test_accuracy for p in tested],
                      name=say("train.fig.run_test", label=label),
                      xaxis="x2", yaxis="y2", line=dict(color=colour), hovertemplate=accuracy_hover)]
    return figure(data, height=460, legend=dict(orientation="h", y=-0.18, x=0), margin=dict(l=60, r=10, t=30, b=40),
                  xaxis=dict(anchor="y", domain=[0, 1], showticklabels=False),
                  yaxis=axis(say("train.fig.training_loss"), domain=[0.56, 1]),
                  xaxis2=axis(say("train.fig.epochs"), anchor="y2", domain=[0, 1], matches="x"),
                  yaxis2=axis(say("train.fig.accuracy"), domain=[0, 0.46], tickformat=".0%", range=[0, 1.02]))


def class_accuracy_bars(classes: Sequence[str], accuracy: np.ndarray) -> go.Figure:
    """Test accuracy of each class, one bar per class."""
    bars = dict(type="bar", x=list(classes), y=np.asarray(accuracy, float), marker=dict(color="#0072B2"),
                hovertemplate=say("plots.hover_class", x="%{x}", y="%{y:.1%}") + "<extra></extra>")
    return figure([bars], title=title(say("train.fig.class_accuracy_title")), showlegend=False,
                  xaxis=axis(say("plots.class"), type="category"),
                  yaxis=axis(say("train.fig.accuracy"), range=[0, 1.02], tickformat=".0%"))
