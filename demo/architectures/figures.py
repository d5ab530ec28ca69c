"""The Architectures tab's figure: one pixel's channels before and after LRN."""

import plotly.graph_objects as go

from demo.base.plots import LEGEND_ON_TOP, axis, figure, title
from demo.i18n import say


def lrn_profile(demo) -> go.Figure:
    """Channel activations at the strongest pixel of a demo.architectures.normalisation.NormalisationDemo, before
    and after LRN (rescaled by k^beta so that an uninhibited channel keeps its height)."""
    y, x = demo.pixel
    channels = [f"{angle:.0f}°" for angle in demo.orientations]
    data = [dict(type="bar", x=channels, y=demo.relu[:, y, x], name=say("architectures.fig.after_relu"),
                 marker=dict(color="#999999")),
            dict(type="bar", x=channels, y=demo.lrn[:, y, x] * demo.resting_divisor, name=say("architectures.fig.after_lrn"),
                 marker=dict(color="#0072B2"))]
    return figure(data, barmode="group", margin=dict(l=60, r=10, t=40, b=40), legend=LEGEND_ON_TOP,
                  title=title(say("architectures.fig.lrn_title")),
                  xaxis=axis(say("architectures.fig.channel")), yaxis=axis(say("architectures.fig.activation")))
