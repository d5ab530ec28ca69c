"""The Classify tab's small figures: class probabilities of the digit classifiers side by side."""

from typing import Sequence

import numpy as np
import plotly.graph_objects as go

from demo.base.plots import LEGEND_ON_TOP, axis, colour_for, figure, title
from demo.i18n import say


def probability_bars(series: Sequence[tuple[str, str, Sequence[str], np.ndarray]], chart_title: str = "") -> go.Figure:
    """Grouped bars of class probabilities, one group per class and one bar per model.

    `series` holds (model name, display title, class names, probabilities) per model.
    """
    hover = say("plots.hover_class", x="%{x}", y="%{y:.1%}")
    data = [dict(type="bar", x=list(classes), y=np.asarray(probs, dtype=float), name=label,
                 marker=dict(color=colour_for(name)), hovertemplate=hover + "<extra>" + label + "</extra>")
            for name, label, classes, probs in series]
    return figure(data, barmode="group", title=title(chart_title),
                  margin=dict(l=50, r=10, t=40 if chart_title else 10, b=40), legend=LEGEND_ON_TOP,
                  xaxis=axis(say("plots.class"), type="category"),
                  yaxis=axis(say("classify.fig.probability"), range=[0, 1], tickformat=".0%"))
