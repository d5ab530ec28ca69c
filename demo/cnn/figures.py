"""The connectivity bars (parameters of one layer, fully/locally connected or convolutional), and one step of
the playground's convolution as grids of the actual numbers: the window on the padded picture
(taps spaced by the dilation, moved by the stride), the window's values, the kernel, the products, and the
output map being written. The kernel is the same at every step: parameter sharing.

The grids are drawn on the cell canvas of LeNet-5's unit arithmetic (demo.cnn.trace.figures), so that both
read alike.
"""

from typing import Sequence

import numpy as np
import plotly.graph_objects as go

from demo.cnn.convolution import WindowStep
from demo.cnn.trace.figures import GREYS, NUMBERS_UP_TO, PAD_FILL, SIGNED, UNIT, WINDOW, Canvas, _number
from demo.base.plots import axis, figure, title
from demo.i18n import say


def window_step_figure(s: WindowStep):
    """One step of the sliding window: the padded picture with the window, the window's arithmetic, and the
    output map written so far (the current value outlined)."""
    side, k = s.padded.shape[0], s.kernel.shape[0]
    h, w = s.output.shape
    c = Canvas()
    c.grid(s.padded, 0, 0, GREYS, say("cnn.fig.padded"), text=None if side <= NUMBERS_UP_TO else [[""] * side] * side)
    for r in range(side):
        for q in range(side):
            if not (s.padding <= r < side - s.padding and s.padding <= q < side - s.padding):
                c.box(q, r, 1, 1, "rgba(0,0,0,0)", 0, fill=PAD_FILL)
    for r in s.rows:
        for q in s.cols:
            c.box(q, r, 1, 1, WINDOW, 2)
    c.box(s.cols[0], s.rows[0], s.cols[-1] - s.cols[0] + 1, s.rows[-1] - s.rows[0] + 1, UNIT, 1)
    middle = side + 2
    top = max(0.0, (side - k) / 2)
    signed = bool((s.kernel < 0).any())
    for i, (values, colours, is_signed, name) in enumerate(((s.window, GREYS, False, say("cnn.fig.window")),
                                                             (s.kernel, SIGNED, True, say("cnn.fig.kernel")),
                                                             (s.products, SIGNED, True, say("cnn.fig.products")))):
        x = middle + i * (k + 1.5)
        c.grid(values, x, top, colours, name, signed=is_signed)
        c.label(x + k / 2, top - 0.1, name, yanchor="bottom")
    c.label(middle + k + 0.75, top + k / 2, "×", size=16)
    c.label(middle + 2 * k + 2.25, top + k / 2, "=", size=16)
    c.label(middle + 1.5 * k + 1.5, top + k + 0.3,
            say("cnn.fig.step_sum", total=f"{s.total:.4f}", row=s.row, column=s.column), yanchor="top", size=12)
    right = middle + 3 * k + 5
    done = np.arange(h * w).reshape(h, w) <= s.step
    text = [[_number(v) if d and max(h, w) <= NUMBERS_UP_TO else "" for v, d in zip(row, m)]
            for row, m in zip(s.output, done)]
    c.box(right, 0, w, h, "#cccccc", 1, fill="rgba(0,0,0,0.04)")  # the map still to be written
    c.grid(np.where(done, s.output, np.nan), right, 0, SIGNED if signed else GREYS, say("cnn.fig.output_map"),
           text=text, signed=signed)
    c.box(right + s.column, s.row, 1, 1, UNIT, 3)
    c.label(side / 2, -0.1, say("cnn.fig.step_picture", size=side - 2 * s.padding, padding=s.padding,
                                stride=s.stride, dilation=s.dilation), yanchor="bottom")
    c.label(right + w / 2, -0.1, say("cnn.fig.output_size", height=h, width=w), yanchor="bottom")
    c.label(c.width / 2, max(side, h) + 0.6, say("cnn.fig.sharing", k=k, count=k * k, steps=s.steps),
            yanchor="top", size=12)
    return c.figure(say("cnn.fig.step", step=s.step, last=s.steps - 1, row=s.row, column=s.column,
                        total=f"{s.total:.4f}"), top_margin=40, extra_height=1.5)


def window_step_text(s: WindowStep) -> str:
    """The step in one Markdown sentence, with parameter sharing said where the window shows it."""
    k = s.kernel.shape[0]
    return say("cnn.step.text", step=s.step, last=s.steps - 1, row=s.row, column=s.column, count=k * k,
               top=s.rows[0], bottom=s.rows[-1], left=s.cols[0], right=s.cols[-1], total=f"{s.total:.4f}", k=k,
               steps=s.steps)


def connectivity_bars(rows: Sequence[tuple[str, int, str]]) -> go.Figure:
    """Horizontal log-scale bars of (layer type, parameters, what it assumes) rows (demo.cnn.convolution)."""
    bars = dict(type="bar", x=[r[1] for r in rows], y=[r[0] for r in rows], orientation="h",
                marker=dict(color=["#D55E00", "#E69F00", "#0072B2"]), text=[f"{r[1]:,}" for r in rows],
                textposition="auto",
                hovertemplate="%{y}: " + say("plots.n_parameters", count="%{x:,}") + "<extra></extra>")
    return figure([bars], height=260, margin=dict(l=130, r=10, t=30, b=40),
                  title=title(say("cnn.fig.parameters_title")),
                  xaxis=axis(say("cnn.fig.parameters_log"), type="log"))
