"""Figures for the CNN, Architectures and Receptive-field tabs (plotly, the app's one look)."""

import numpy as np
import plotly.graph_objects as go

from demo.convolution import Connectivity
from demo.layers import Conv, Linear, Report
from demo.normalisation import NormalisationDemo
from demo.plots import FIGURE_HEIGHT

KIND_COLOURS = {"conv": "#0072B2", "fc": "#D55E00", "other": "#999999"}


def _kind(layer) -> str:
    return "conv" if isinstance(layer, Conv) else "fc" if isinstance(layer, Linear) else "other"


def _layout(fig: go.Figure, title: str, y_title: str, log: bool = False) -> go.Figure:
    fig.update_layout(height=FIGURE_HEIGHT, title=title, margin=dict(l=60, r=10, t=40, b=80),
                      yaxis=dict(title=y_title, type="log" if log else "linear"), showlegend=False)
    return fig


def layer_bars(report: Report, flops: bool = False) -> tuple[go.Figure, go.Figure]:
    """Two bar charts over the layers that have weights: parameters, and MACs (or FLOPs)."""
    rows = [info for info in report.layers if info.params or info.macs]
    names = [f"{info.index}. {info.name}" for info in rows]
    colours = [KIND_COLOURS[_kind(info.layer)] for info in rows]
    params = go.Figure(go.Bar(x=names, y=[info.params for info in rows], marker_color=colours,
                              hovertemplate="%{x}<br>%{y:,} parameters<extra></extra>"))
    unit = "FLOPs" if flops else "MACs"
    compute = go.Figure(go.Bar(x=names, y=[info.macs * (2 if flops else 1) for info in rows], marker_color=colours,
                               hovertemplate="%{x}<br>%{y:,} " + unit + "<extra></extra>"))
    return (_layout(params, "Parameters per layer (blue: conv, orange: fully connected)", "parameters"),
            _layout(compute, f"{unit} per layer (one image)", unit))


def connectivity_bars(counts: Connectivity) -> go.Figure:
    rows = counts.rows()
    fig = go.Figure(go.Bar(x=[r[1] for r in rows], y=[r[0] for r in rows], orientation="h",
                           marker_color=["#D55E00", "#E69F00", "#0072B2"], text=[f"{r[1]:,}" for r in rows],
                           textposition="auto", hovertemplate="%{y}: %{x:,} parameters<extra></extra>"))
    fig.update_layout(height=260, margin=dict(l=130, r=10, t=30, b=40),
                      xaxis=dict(title="parameters (log scale)", type="log"), title="Parameters of one layer")
    return fig


def vgg_argument_plot(channels: int, n_max: int = 6) -> go.Figure:
    n = np.arange(1, n_max + 1)
    stacked = 9 * n * channels ** 2
    single = (2 * n + 1) ** 2 * channels ** 2
    fig = go.Figure()
    fig.add_scatter(x=n, y=stacked, name="n stacked 3x3", mode="lines+markers", line_color="#0072B2")
    fig.add_scatter(x=n, y=single, name="one (2n+1)x(2n+1)", mode="lines+markers", line_color="#D55E00")
    fig.update_layout(height=FIGURE_HEIGHT, margin=dict(l=60, r=10, t=40, b=40),
                      title=f"Weights for the same receptive field, C = {channels}",
                      xaxis=dict(title="n (receptive field 2n+1)", dtick=1), yaxis=dict(title="weights"),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0))
    return fig


def lrn_profile(demo: NormalisationDemo) -> go.Figure:
    """Channel activations at the strongest pixel, before and after LRN (rescaled by k^beta)."""
    y, x = demo.pixel
    channels = [f"{i * 180 / len(demo.divisor):.0f}°" for i in range(len(demo.divisor))]
    fig = go.Figure()
    fig.add_bar(x=channels, y=demo.relu[:, y, x], name="after ReLU", marker_color="#999999")
    fig.add_bar(x=channels, y=demo.lrn[:, y, x] * demo.resting_divisor, name="after LRN (x k^β)",
                marker_color="#0072B2")
    fig.update_layout(height=FIGURE_HEIGHT, barmode="group", margin=dict(l=60, r=10, t=40, b=40),
                      title="One pixel, all channels (orientation): neighbours of a strong channel are suppressed",
                      xaxis=dict(title="channel (filter orientation)"), yaxis=dict(title="activation"),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0))
    return fig


def slide_rule_figure(kernel: int, pool: int) -> go.Figure:
    """Input pixels seen by one pooled unit: P x P conv windows of K x K, their union (P + K - 1)^2."""
    side = pool + kernel - 1
    pad = 1
    n = side + 2 * pad
    seen = np.zeros((n, n))
    seen[pad:pad + side, pad:pad + side] = 1
    fig = go.Figure(go.Heatmap(z=seen, x0=-pad + 0.5, y0=-pad + 0.5, colorscale=[[0, "#f7f7f7"], [1, "#fde0c5"]],
                               showscale=False, xgap=1, ygap=1, hoverinfo="skip"))
    colours = ["#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#D55E00"]
    shapes = []
    for k, (i, j) in enumerate((i, j) for i in range(pool) for j in range(pool)):  # one window per pooled input
        off = 0.06 * (k % 4)
        shapes.append(dict(type="rect", x0=j + off, x1=j + kernel - off, y0=i + off, y1=i + kernel - off,
                           line=dict(color=colours[k % len(colours)], width=2)))
    shapes.append(dict(type="rect", x0=0, x1=side, y0=0, y1=side, line=dict(color="black", width=3)))
    fig.update_xaxes(range=[-pad, side + pad], visible=False, scaleanchor="y", constrain="domain")
    fig.update_yaxes(range=[side + pad, -pad], visible=False)
    fig.update_layout(height=340, margin=dict(l=10, r=10, t=40, b=10), shapes=shapes,
                      plot_bgcolor="#bbbbbb",
                      title=f"{pool}x{pool} pooling over {kernel}x{kernel} convolutions sees {side}x{side} pixels")
    return fig
