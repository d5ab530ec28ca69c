"""The lesson's chart: accuracy of each classifier on the held-out pictures, as drawn and moved."""

import plotly.graph_objects as go

from demo.base.plots import axis, figure, title
from demo.classes.lesson import METHODS, SHIFT, Lesson
from demo.i18n import say


def lesson_bars(result: Lesson) -> go.Figure:
    names = [say(f"classes.method.{m}") for m in METHODS]
    bars = [dict(type="bar", name=say("classes.col.drawn"), x=names, y=[result.drawn[m] for m in METHODS],
                 marker=dict(color="#0072B2"), texttemplate="%{y:.0%}", textposition="outside"),
            dict(type="bar", name=say("classes.col.moved", shift=SHIFT), x=names,
                 y=[result.moved[m] for m in METHODS], marker=dict(color="#E69F00"), texttemplate="%{y:.0%}",
                 textposition="outside")]
    return figure(bars, barmode="group", yaxis=axis(say("classes.fig.accuracy"), range=[0, 1.12], tickformat=".0%"),
                  title=title(say("classes.fig.title", n_test=result.n_test, classes=len(result.names))),
                  legend=dict(orientation="h", y=-0.25))
