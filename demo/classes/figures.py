"""The lesson's chart: accuracy of each classifier on the held-out pictures, as drawn and moved."""

import plotly.graph_objects as go

from demo.base.plots import MARGIN, axis, figure, title
from demo.classes.lesson import METHODS, SHIFT, Lesson
from demo.i18n import say


def two_lines(text: str) -> str:
    """A bar's name broken at the space nearest its middle, so four names fit under their bars on a phone."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "<br>" + text[cut + 1:]


def lesson_bars(result: Lesson) -> go.Figure:
    names = [two_lines(say(f"classes.method.{m}")) for m in METHODS]
    bars = [dict(type="bar", name=say("classes.col.drawn"), x=names, y=[result.drawn[m] for m in METHODS],
                 marker=dict(color="#0072B2"), texttemplate="%{y:.0%}", textposition="outside"),
            dict(type="bar", name=say("classes.col.moved", shift=SHIFT), x=names,
                 y=[result.moved[m] for m in METHODS], marker=dict(color="#E69F00"), texttemplate="%{y:.0%}",
                 textposition="outside")]
    return figure(bars, barmode="group", yaxis=axis(say("classes.fig.accuracy"), range=[0, 1.12], tickformat=".0%"),
                  title=title(say("classes.fig.title", n_test=result.n_test, classes=len(result.names))),
                  xaxis=dict(tickangle=0), legend=dict(orientation="h", y=-0.3, yanchor="top", x=0),
                  margin=dict(MARGIN, b=95))  # room for two-line names and the legend under them
