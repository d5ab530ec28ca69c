"""The app's one look for plotly figures (template, colours, sizes, the layout helper), and the figures
of the flat topic modules: class probabilities, connectivity counts, LRN's channel profile.

The k-NN and layer families keep their figures in their own packages (demo.knn.figures,
demo.layers.figures), built with the same `layout`. Every figure's words (titles, axes, legends, hover
texts) are made per call in the request's language (demo.i18n): build figures per call, or cache them
keyed by the language (demo.web.common.on_tab_open does).
"""

from typing import Sequence

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio

from demo.i18n import say

# The app's look: plotly_white's colours and axes, without the rest of its template (colour scales
# for every trace type, 3-D scenes, maps), which would travel with every figure sent to a browser.
_AXIS = dict(gridcolor="#EBF0F8", linecolor="#EBF0F8", zerolinecolor="#EBF0F8", zerolinewidth=2, ticks="",
             automargin=True, title=dict(standoff=15))
pio.templates["lecture"] = go.layout.Template(layout=dict(
    font=dict(color="#2a3f5f"), paper_bgcolor="white", plot_bgcolor="white", hovermode="closest",
    title=dict(x=0.05), xaxis=_AXIS, yaxis=_AXIS, hoverlabel=dict(align="left")))
pio.templates.default = "lecture"  # every figure takes it; passing template= per figure costs ms each
# One colour per model, in the order the lecture introduces them (colour-blind safe, Okabe-Ito).
MODEL_COLOURS = {"perceptron": "#E69F00", "lenet5": "#0072B2", "alexnet": "#009E73", "vgg": "#CC79A7"}
FIGURE_HEIGHT = 320  # pixels
MARGIN = dict(l=55, r=10, t=40, b=45)  # pixels; room for axis titles and a one-line title
LEGEND_ON_TOP = dict(orientation="h", y=1.02, yanchor="bottom", x=0)


def figure(data: list[dict], height: int = FIGURE_HEIGHT, **layout) -> go.Figure:
    """A figure from plain dicts (traces with their `type`; layout in plotly's nested form, titles as
    dict(text=...)). Plotly does not validate it property by property: that took 3-5 ms a figure, most
    of a calculator's answer. The tests validate every figure kind with plotly once."""
    layout.setdefault("margin", MARGIN)
    return go.Figure(dict(data=data, layout=dict(height=height, **layout)), _validate=False)


def axis(title: str, **kwargs) -> dict:
    """An axis with a title (plotly's nested form)."""
    return dict(title=dict(text=title), **kwargs)


def title(text: str | None) -> dict | None:
    return dict(text=text) if text else None


def layout(fig: go.Figure, height: int = FIGURE_HEIGHT, **kwargs) -> go.Figure:
    """Apply the app's size and margins (and any other layout keys) to a figure built with plotly's
    validating API (subplots); returns it."""
    kwargs.setdefault("margin", MARGIN)
    fig.update_layout(height=height, **kwargs)
    return fig


def colour_for(model: str) -> str:
    return next((c for key, c in MODEL_COLOURS.items() if model.startswith(key)), "#555555")


def probability_bars(series: Sequence[tuple[str, str, Sequence[str], np.ndarray]], chart_title: str = "") -> go.Figure:
    """Grouped bars of class probabilities, one group per class and one bar per model.

    `series` holds (model name, display title, class names, probabilities) per model.
    """
    hover = say("fig.plots.hover_class", x="%{x}", y="%{y:.1%}")
    data = [dict(type="bar", x=list(classes), y=np.asarray(probs, dtype=float), name=label,
                 marker=dict(color=colour_for(name)), hovertemplate=hover + "<extra>" + label + "</extra>")
            for name, label, classes, probs in series]
    return figure(data, barmode="group", title=title(chart_title),
                  margin=dict(l=50, r=10, t=40 if chart_title else 10, b=40), legend=LEGEND_ON_TOP,
                  xaxis=axis(say("fig.plots.class"), type="category"),
                  yaxis=axis(say("fig.plots.probability"), range=[0, 1], tickformat=".0%"))


def connectivity_bars(rows: Sequence[tuple[str, int, str]]) -> go.Figure:
    """Horizontal log-scale bars of (layer type, parameters, what it assumes) rows (demo.cnn.convolution)."""
    bars = dict(type="bar", x=[r[1] for r in rows], y=[r[0] for r in rows], orientation="h",
                marker=dict(color=["#D55E00", "#E69F00", "#0072B2"]), text=[f"{r[1]:,}" for r in rows],
                textposition="auto",
                hovertemplate="%{y}: " + say("fig.plots.n_parameters", count="%{x:,}") + "<extra></extra>")
    return figure([bars], height=260, margin=dict(l=130, r=10, t=30, b=40),
                  title=title(say("fig.plots.parameters_title")),
                  xaxis=axis(say("fig.plots.parameters_log"), type="log"))


def lrn_profile(demo) -> go.Figure:
    """Channel activations at the strongest pixel of a demo.architectures.normalisation.NormalisationDemo, before
    and after LRN (rescaled by k^beta so that an uninhibited channel keeps its height)."""
    y, x = demo.pixel
    channels = [f"{angle:.0f}°" for angle in demo.orientations]
    data = [dict(type="bar", x=channels, y=demo.relu[:, y, x], name=say("fig.plots.after_relu"),
                 marker=dict(color="#999999")),
            dict(type="bar", x=channels, y=demo.lrn[:, y, x] * demo.resting_divisor, name=say("fig.plots.after_lrn"),
                 marker=dict(color="#0072B2"))]
    return figure(data, barmode="group", margin=dict(l=60, r=10, t=40, b=40), legend=LEGEND_ON_TOP,
                  title=title(say("fig.plots.lrn_title")),
                  xaxis=axis(say("fig.plots.channel")), yaxis=axis(say("fig.plots.activation")))


def score_bars(classes: Sequence[str], scores: np.ndarray, chosen: int) -> go.Figure:
    """A linear classifier's raw scores s_c = w_c . x + b_c, one bar per class, the chosen one dark."""
    bars = dict(type="bar", x=list(classes), y=np.asarray(scores, float),
                marker=dict(color=["#0072B2" if i == chosen else "#9BB7CF" for i in range(len(classes))]),
                hovertemplate="s_%{x} = %{y:.2f}<extra></extra>")
    return figure([bars], title=title(say("fig.plots.scores_title")), showlegend=False,
                  xaxis=axis(say("fig.plots.class"), type="category"), yaxis=axis(say("fig.plots.score")))


ROBUSTNESS_COLOURS = {"perceptron": MODEL_COLOURS["perceptron"], "mlp": "#D55E00", "knn": "#999999",
                      "lenet5_noaug": "#56B4E9", "lenet5": MODEL_COLOURS["lenet5"]}


def robustness_chart(curves, names: dict[str, str], x_title: str) -> go.Figure:
    """Test accuracy against the size of a move (demo.perceptron.robustness.Curves), one line per classifier."""
    data = [dict(type="scatter", x=curves.steps, y=curves.accuracy[key], mode="lines+markers", name=label,
                 line=dict(color=ROBUSTNESS_COLOURS.get(key, "#555555"), dash="dot" if key == "knn" else None),
                 hovertemplate="%{x}: %{y:.1%}<extra>" + label + "</extra>")
            for key, label in names.items() if key in curves.accuracy]
    return figure(data, height=FIGURE_HEIGHT + 60, legend=dict(orientation="h", y=-0.3, x=0),
                  title=title(say("fig.plots.robustness_title", count=f"{curves.num_images:,}")),
                  xaxis=axis(x_title, zeroline=True),
                  yaxis=axis(say("fig.plots.test_accuracy"), range=[0, 1.02], tickformat=".0%"))


RUN_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]


def training_curves(series: Sequence[tuple[str, Sequence]]) -> go.Figure:
    """Live curves of one or more runs: loss above, train (dashed) and test (solid) accuracy below,
    against epochs. `series` holds (label, points) with demo.nets.training.Point's fields."""
    data = []
    loss_hover = say("fig.plots.hover_loss", x="%{x:.2f}", y="%{y:.3f}")
    accuracy_hover = say("fig.plots.hover_epoch", x="%{x:.2f}", y="%{y:.1%}")
    for i, (label, points) in enumerate(series):
        colour = RUN_COLOURS[i % len(RUN_COLOURS)]
        epochs = [p.epoch for p in points]
        tested = [p for p in points if p.test_accuracy == p.test_accuracy]  # nan: not measured at that point
        common = dict(type="scatter", mode="lines+markers", x=epochs, legendgroup=label, marker=dict(size=4))
        data += [dict(common, y=[p.train_loss for p in points], name=say("fig.plots.run_loss", label=label),
                      xaxis="x", yaxis="y", line=dict(color=colour), showlegend=False, hovertemplate=loss_hover),
                 dict(common, y=[p.train_accuracy for p in points], name=say("fig.plots.run_train", label=label),
                      xaxis="x2", yaxis="y2", line=dict(color=colour, dash="dash"), hovertemplate=accuracy_hover),
                 dict(common, x=[p.epoch for p in tested], y=[p.test_accuracy for p in tested],
                      name=say("fig.plots.run_test", label=label),
                      xaxis="x2", yaxis="y2", line=dict(color=colour), hovertemplate=accuracy_hover)]
    return figure(data, height=460, legend=dict(orientation="h", y=-0.18, x=0), margin=dict(l=60, r=10, t=30, b=40),
                  xaxis=dict(anchor="y", domain=[0, 1], showticklabels=False),
                  yaxis=axis(say("fig.plots.training_loss"), domain=[0.56, 1]),
                  xaxis2=axis(say("fig.plots.epochs"), anchor="y2", domain=[0, 1], matches="x"),
                  yaxis2=axis(say("fig.plots.accuracy"), domain=[0, 0.46], tickformat=".0%", range=[0, 1.02]))


def class_accuracy_bars(classes: Sequence[str], accuracy: np.ndarray) -> go.Figure:
    """Test accuracy of each class, one bar per class."""
    bars = dict(type="bar", x=list(classes), y=np.asarray(accuracy, float), marker=dict(color="#0072B2"),
                hovertemplate=say("fig.plots.hover_class", x="%{x}", y="%{y:.1%}") + "<extra></extra>")
    return figure([bars], title=title(say("fig.plots.class_accuracy_title")), showlegend=False,
                  xaxis=axis(say("fig.plots.class"), type="category"),
                  yaxis=axis(say("fig.plots.accuracy"), range=[0, 1.02], tickformat=".0%"))
