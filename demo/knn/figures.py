"""Plotly figures of the k-NN tab: the vote, accuracy against k, confusion, the 2-D toy, scaling.

Their words (titles, axes, legends, notes) are made per call in the request's language (demo.i18n)."""

import math
from typing import Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from demo.i18n import say
from demo.knn.scaling import KINDS, Extrapolation, ScalingResult
from demo.knn.toy import Toy
from demo.base.plots import FIGURE_HEIGHT, axis, figure, layout, title

WINNER, OTHERS = "#0072B2", "#9BB7CF"  # the predicted class's bar, and the rest
# Okabe-Ito, colour-blind safe: one colour per toy class, and a pale tint of it for its region.
TOY_COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#D55E00"]
TOY_TINT = 0.6  # how far a region's colour is mixed towards white
CONFUSION_COLOURS = [[0.0, "#ffffff"], [0.5, "#6baed6"], [1.0, "#08306b"]]  # ColorBrewer Blues: none white, most dark
SPACE_COLOURS = {"pixels": "#E69F00", "pca": "#009E73", "cnn": "#0072B2"}
KIND_COLOURS = {"exact": "#555555", "ivf": "#E69F00", "hnsw": "#0072B2"}
KIND_TITLES = {"exact": "exact (flat)", "ivf": "IVF-Flat", "hnsw": "HNSW"}
BLINK_S = 0.1  # seconds; a query slower than a blink is no longer interactive
TOY_HEIGHT = 600  # pixels; the square plot's side follows from it


def kind_short(kind: str) -> str:
    """An index type's short name for legends and tables (KIND_TITLES), in the request's language."""
    return say("knn.kind_short.exact") if kind == "exact" else KIND_TITLES[kind]


def vote_bars(classes: Sequence[str], counts: np.ndarray, prediction: int, k: int) -> go.Figure:
    """Votes of the k neighbours per class, the winner highlighted (classes with no vote left out
    when there are more than a dozen classes)."""
    counts = np.asarray(counts)
    shown = np.arange(len(classes)) if len(classes) <= 12 else np.flatnonzero(counts)
    bars = dict(type="bar", x=[classes[i] for i in shown], y=counts[shown],
                marker=dict(color=[WINNER if i == prediction else OTHERS for i in shown]),
                hovertemplate=say("knn.hover.votes", x="%{x}", y="%{y}") + "<extra></extra>")
    return figure([bars], title=title(say("knn.fig.vote" if k > 1 else "knn.fig.vote_one", k=k)),
                  xaxis=axis(say("plots.class"), type="category"),
                  yaxis=axis(say("knn.fig.votes_axis"), range=[0, max(1, counts.max()) * 1.1], dtick=max(1, k // 10)))


def accuracy_curves(curves: dict[str, tuple[str, np.ndarray]], chart_title: str) -> go.Figure:
    """Test accuracy against k, one line per space; `curves[space] = (label, accuracy (K,))`.
    The best k of each line is marked."""
    data = []
    for space, (label, acc) in curves.items():
        colour = SPACE_COLOURS.get(space, "#555555")
        best = int(np.argmax(acc))
        data.append(dict(type="scatter", x=np.arange(1, len(acc) + 1), y=acc, mode="lines+markers", name=label,
                         line=dict(color=colour), marker=dict(size=4),
                         hovertemplate="k = %{x}: %{y:.1%}<extra>" + label + "</extra>"))
        data.append(dict(type="scatter", x=[best + 1], y=[acc[best]], mode="markers+text", showlegend=False,
                         marker=dict(color=colour, size=11, symbol="star"), text=[f"{acc[best]:.1%}"],
                         textposition="top center", hoverinfo="skip"))
    values = np.concatenate([acc for _, acc in curves.values()]) if curves else np.array([0.0, 1.0])
    low, high = float(values.min()), float(values.max())
    pad = max(0.01, (high - low) * 0.15)  # room above the best-k labels
    return figure(data, height=FIGURE_HEIGHT + 40, title=title(chart_title), xaxis=axis(say("knn.fig.k_axis")),
                  yaxis=axis(say("plots.test_accuracy"), tickformat=".0%",
                             range=[low - pad / 2, min(1.0, high) + pad]),
                  legend=dict(orientation="h", y=-0.25, x=0))


def confusion_heatmap(matrix: np.ndarray, classes: Sequence[str], chart_title: str) -> go.Figure:
    """Counts (C, C), rows = true class, columns = predicted; cells annotated when C is small."""
    matrix = np.asarray(matrix)
    # More images, darker: the diagonal (right answers) reads dark, a confusion as a grey cell off it. (plotly's
    # own "Blues" runs the other way, dark for few.)
    heat = dict(type="heatmap", z=matrix, x=list(classes), y=list(classes), colorscale=CONFUSION_COLOURS, zmin=0,
                colorbar=dict(title=dict(text=say("knn.fig.images_axis"), side="right"), thickness=14),
                hovertemplate=say("knn.hover.confusion", x="%{x}", y="%{y}", z="%{z}") + "<extra></extra>")
    if len(classes) <= 15:
        heat.update(text=matrix, texttemplate="%{text}")
    size = max(FIGURE_HEIGHT, min(700, 28 * len(classes) + 120))
    return figure([heat], height=size, title=title(chart_title),
                  xaxis=axis(say("knn.fig.predicted_axis"), type="category", side="bottom"),
                  yaxis=axis(say("knn.fig.true_axis"), type="category", autorange="reversed", scaleanchor="x"))


def _tint(hex_colour: str, amount: float = TOY_TINT) -> str:
    rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])
    r, g, b = (rgb + (255 - rgb) * amount).round().astype(int)
    return f"rgb({r},{g},{b})"


def toy_figure(toy: Toy) -> go.Figure:
    """Decision regions as a heatmap, faded where the vote is weak; training points on top, the
    points their own neighbours outvote ringed in black."""
    c = toy.num_classes
    # A discrete colour scale: class i fills the band [i / c, (i + 1) / c] of z / (c - 1).
    scale = []
    for i in range(c):
        scale += [[i / c, _tint(TOY_COLOURS[i])], [(i + 1) / c, _tint(TOY_COLOURS[i])]]
    data = [dict(type="heatmap", x=toy.grid, y=toy.grid, z=toy.regions, zmin=-0.5, zmax=c - 0.5, colorscale=scale,
                 showscale=False, hoverinfo="skip"),
            # White veil whose opacity grows as the winner's share of the vote falls towards a tie.
            dict(type="heatmap", x=toy.grid, y=toy.grid, z=toy.share, zmin=1 / c, zmax=1.0, showscale=False,
                 colorscale=[[0, "rgba(255,255,255,0.75)"], [1, "rgba(255,255,255,0)"]],
                 hovertemplate=say("knn.hover.share", x="%{x:.2f}", y="%{y:.2f}", z="%{z:.0%}") + "<extra></extra>")]
    for i in range(c):
        mine = toy.labels == i
        data.append(dict(type="scatter", x=toy.points[mine, 0], y=toy.points[mine, 1], mode="markers",
                         name=say("knn.fig.class", i=i), marker=dict(color=TOY_COLOURS[i], size=10,
                                                        line=dict(color="white", width=1.5)),
                         hovertemplate=say("knn.fig.class", i=i) + "<extra></extra>"))
    out = toy.outvoted
    data.append(dict(type="scatter", x=toy.points[out, 0], y=toy.points[out, 1], mode="markers",
                     name=say("knn.fig.outvoted"),
                     marker=dict(color="rgba(0,0,0,0)", size=17, line=dict(color="black", width=2)),
                     hovertemplate=say("knn.hover.outvoted") + "<extra></extra>"))
    return figure(data, height=TOY_HEIGHT, title=title(say("knn.fig.toy", k=toy.k, metric=toy.metric.upper())),
                  xaxis=dict(range=[-1, 1], showgrid=False, zeroline=False, constrain="domain"),
                  yaxis=dict(range=[-1, 1], showgrid=False, zeroline=False, scaleanchor="x"),
                  legend=dict(orientation="h", y=-0.08, x=0))


def scaling_figure(result: ScalingResult, extrapolations: list[Extrapolation], ram_bytes: float) -> go.Figure:
    """Four panels against N on log axes: build time, memory, one query's latency (measured as solid
    lines, carried to "all the images in the world" as dotted ones) and recall@k (measured only)."""
    fig = make_subplots(rows=2, cols=2, horizontal_spacing=0.1, vertical_spacing=0.16, subplot_titles=(
        say("knn.fig.build_time"), say("knn.fig.memory"), say("knn.fig.latency"), say("knn.fig.recall", k=result.k)))
    for kind in KINDS:
        ms = result.of(kind)
        if not ms:
            continue
        colour, name = KIND_COLOURS[kind], kind_short(kind)
        ext = [e for e in extrapolations if e.kind == kind]
        n = [m.n for m in ms]
        panels = [(1, 1, [m.build_s for m in ms], [e.build_s for e in ext]),
                  (1, 2, [m.bytes_per_vector * m.n for m in ms], [e.memory_bytes for e in ext]),
                  (2, 1, [m.latency_ms / 1000 for m in ms], [e.latency_s for e in ext])]
        for row, col, ys, ys_ext in panels:
            fig.add_scatter(x=n, y=ys, mode="lines+markers", name=name, legendgroup=kind,
                            showlegend=(row, col) == (1, 1), line=dict(color=colour), row=row, col=col)
            if ext:
                fig.add_scatter(x=[n[-1]] + [e.n for e in ext], y=[ys[-1]] + ys_ext, mode="lines+markers",
                                name=say("knn.fig.extrapolated", name=name), legendgroup=kind, showlegend=False,
                                line=dict(color=colour, dash="dot"), marker=dict(symbol="circle-open"),
                                row=row, col=col)
        fig.add_scatter(x=n, y=[m.recall for m in ms], mode="lines+markers", name=name, legendgroup=kind,
                        showlegend=False, line=dict(color=colour), row=2, col=2)
    # Reference lines; on log axes an annotation's position is given in decades (log10 units).
    left = math.log10(min((m.n for m in result.measurements), default=1_000))
    for value, text, row, col in ((ram_bytes, say("knn.fig.ram"), 1, 2), (BLINK_S, say("knn.fig.blink"), 2, 1)):
        if value > 0:
            fig.add_hline(y=value, line=dict(color="#D55E00", dash="dash"), row=row, col=col)
            fig.add_annotation(x=left, y=math.log10(value), text=text, showarrow=False, xanchor="left",
                               yanchor="bottom", font=dict(color="#D55E00"), row=row, col=col)
    log = dict(type="log", exponentformat="power", dtick=2)  # a tick every two decades
    for row, col in ((1, 1), (1, 2), (2, 1)):
        fig.update_xaxes(**log, row=row, col=col)
        fig.update_yaxes(**log, row=row, col=col)
    fig.update_xaxes(type="log", exponentformat="power", dtick=1, row=2, col=2)
    fig.update_yaxes(range=[0, 1.05], tickformat=".0%", row=2, col=2)
    fig.update_xaxes(title_text=say("knn.fig.n_axis"), row=2)
    return layout(fig, height=660, legend=dict(orientation="h", y=1.08, x=0.3),
                   margin=dict(l=55, r=10, t=70, b=45))


# Ten classes, ten colours: Okabe-Ito's eight and two more that stay apart from them.
MAP_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999",
               "#8B4513")


def flat_maps(panels: Sequence[tuple[str, np.ndarray, float]], labels: np.ndarray, classes: Sequence[str],
              hover: Sequence[str], pictures: dict | None = None) -> go.Figure:
    """Side by side, one panel per space (its title, its (N, 2) map, its neighbourhood agreement): a dot per
    picture in its class's colour; hovering names the picture (`hover`, one text per point) and, given the
    pictures' sheet (demo.base.images.picture_sheet, in the points' order), the page shows the picture itself."""
    fig = make_subplots(rows=1, cols=len(panels), horizontal_spacing=0.06,
                        subplot_titles=[say("knn.fig.map_panel", space=name, agreement=f"{share:.0%}")
                                        for name, _, share in panels])
    for col, (_, xy, _) in enumerate(panels, start=1):
        for c, name in enumerate(classes):
            own = np.flatnonzero(labels == c)
            fig.add_trace(go.Scattergl(
                x=xy[own, 0], y=xy[own, 1], mode="markers", name=str(name), legendgroup=str(c), showlegend=col == 1,
                marker=dict(color=MAP_COLOURS[c % len(MAP_COLOURS)], size=5, opacity=0.8),
                text=[hover[i] for i in own], hovertemplate="%{text}<extra></extra>",
                customdata=own if pictures is not None else None), row=1, col=col)
        fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False, row=1, col=col)
        fig.update_yaxes(showticklabels=False, showgrid=False, zeroline=False, row=1, col=col)
    if pictures is not None:
        fig.update_layout(meta={"pictures": pictures})
    return layout(fig, height=FIGURE_HEIGHT + 80, legend=dict(orientation="h", y=-0.05, yanchor="top"))
