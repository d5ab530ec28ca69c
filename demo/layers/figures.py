"""Figures of the layer family: per-layer bars, the VGG argument, the slide's receptive-field rule.

Their words (titles, axes, legends) are made per call in the request's language (demo.i18n)."""

import numpy as np
import plotly.graph_objects as go

from demo.i18n import say
from demo.layers.arithmetic import Conv, Linear, Report
from demo.base.plots import LEGEND_ON_TOP, axis, figure, title

KIND_COLOURS = {"conv": "#0072B2", "fc": "#D55E00", "other": "#999999"}


def _kind(layer) -> str:
    return "conv" if isinstance(layer, Conv) else "fc" if isinstance(layer, Linear) else "other"


def layer_bars(report: Report, flops: bool = False) -> tuple[go.Figure, go.Figure]:
    """Two bar charts over the layers that have weights: parameters, and MACs (or FLOPs)."""
    rows = [info for info in report.layers if info.params or info.macs]
    names = [f"{info.index}. {info.name}" for info in rows]
    colours = [KIND_COLOURS[_kind(info.layer)] for info in rows]
    unit = "FLOPs" if flops else "MACs"
    bars = dict(margin=dict(l=60, r=10, t=40, b=80), showlegend=False)
    counted = say("plots.n_parameters", count="%{y:,}")
    params = figure([dict(type="bar", x=names, y=[info.params for info in rows], marker=dict(color=colours),
                          hovertemplate="%{x}<br>" + counted + "<extra></extra>")],
                    title=title(say("layers.fig.parameters_title")), yaxis=axis(say("layers.fig.parameters")), **bars)
    compute = figure([dict(type="bar", x=names, y=[info.macs * (2 if flops else 1) for info in rows],
                           marker=dict(color=colours), hovertemplate="%{x}<br>%{y:,} " + unit + "<extra></extra>")],
                     title=title(say("layers.fig.compute_title", unit=unit)), yaxis=axis(unit), **bars)
    return params, compute


def vgg_argument_plot(curve: list[dict]) -> go.Figure:
    """Weights against n for n stacked 3x3 convolutions and one (2n+1)x(2n+1) convolution, from
    `demo.layers.presets.vgg_argument_curve` (each point measured by the layer arithmetic)."""
    n = [point["n"] for point in curve]
    data = [dict(type="scatter", x=n, y=[p["stack_params"] for p in curve], name=say("layers.fig.stacked"),
                 mode="lines+markers", line=dict(color="#0072B2")),
            dict(type="scatter", x=n, y=[p["single_params"] for p in curve], name=say("layers.fig.single"),
                 mode="lines+markers", line=dict(color="#D55E00"))]
    channels = curve[0]["channels"] if curve else 0
    return figure(data, margin=dict(l=60, r=10, t=40, b=40), legend=LEGEND_ON_TOP,
                  title=title(say("layers.fig.vgg_title", channels=channels)),
                  xaxis=axis(say("layers.fig.n_axis"), dtick=1), yaxis=axis(say("layers.fig.weights")))


def slide_rule_figure(kernel: int, pool: int) -> go.Figure:
    """Input pixels seen by one pooled unit: P x P conv windows of K x K, their union (P + K - 1)^2."""
    side = pool + kernel - 1
    pad = 1
    n = side + 2 * pad
    seen = np.zeros((n, n))
    seen[pad:pad + side, pad:pad + side] = 1
    heat = dict(type="heatmap", z=seen, x0=-pad + 0.5, y0=-pad + 0.5, colorscale=[[0, "#f7f7f7"], [1, "#fde0c5"]],
                showscale=False, xgap=1, ygap=1, hoverinfo="skip")
    colours = ["#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#D55E00"]
    shapes = []
    for k, (i, j) in enumerate((i, j) for i in range(pool) for j in range(pool)):  # one window per pooled input
        off = 0.06 * (k % 4)
        shapes.append(dict(type="rect", x0=j + off, x1=j + kernel - off, y0=i + off, y1=i + kernel - off,
                           line=dict(color=colours[k % len(colours)], width=2)))
    shapes.append(dict(type="rect", x0=0, x1=side, y0=0, y1=side, line=dict(color="black", width=3)))
    return figure([heat], height=340, margin=dict(l=10, r=10, t=40, b=10), shapes=shapes, plot_bgcolor="#bbbbbb",
                  title=title(say("layers.fig.slide_title", pool=pool, kernel=kernel, side=side)),
                  xaxis=dict(range=[-pad, side + pad], visible=False, scaleanchor="y", constrain="domain"),
                  yaxis=dict(range=[side + pad, -pad], visible=False))
