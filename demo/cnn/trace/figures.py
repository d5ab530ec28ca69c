"""One unit's arithmetic as small grids of the actual numbers (the sliding window's grids: demo.cnn.figures).

- A convolution unit: for every input channel the window, the kernel slice and their element-wise
  products (padding marked), each channel's sum; the title adds the channels, the bias and the ReLU.
- A max-pooling unit: the window with its winner outlined.
- A fully connected unit: a waterfall from the bias through the largest weight x input terms and
  the rest to the sum, then the ReLU (CNN Explainer shows the same sum as lines; a waterfall shows
  how it is reached).
- Softmax: scores, their exponentials, the sum and each division.

`explain(arithmetic)` says the same in one Markdown paragraph. Figures are plain dicts through
demo.base.plots.figure; cells carry their numbers as text (`texttemplate`). All grids of a figure lie on one
pair of axes measured in cells (`Canvas`): plotly builds and serialises one axis pair per figure fast,
and eighteen (C3's six input maps, three grids each) slowly.
"""

import numpy as np

from demo.cnn.trace import units as trace
from demo.i18n import say
from demo.base.plots import axis, figure, title

GREYS = [[0, "#000000"], [1, "#ffffff"]]  # activations and pictures: black 0, white high (as the picture)
SIGNED = [[0, "#2166ac"], [0.5, "#f7f7f7"], [1, "#b2182b"]]  # weights and products: blue -, white 0, red +
BLUES = [[0, "#f7fbff"], [1, "#4a90c8"]]  # exponentials and probabilities: light, the numbers stay readable
UNIT, WINDOW = "#D55E00", "#E69F00"
PAD_FILL = "rgba(60, 72, 110, 0.55)"  # the padding ring, as in the whole-network picture
CELL = 30  # pixels per cell a figure is sized for: room for "-0.43"
TOP_TERMS = 10  # weight x input terms of a fully connected unit shown one by one
NUMBERS_UP_TO = 12  # a padded picture (or output map) larger than this many cells a side is drawn without numbers


def _number(value: float, digits: int = 2) -> str:
    """A cell's number: fixed decimals, so that every cell of a grid is as wide (hovering shows all digits)."""
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


class Canvas:
    """Grids, labels and boxes on one pair of axes measured in cells: x to the right, y down."""

    def __init__(self):
        self.data, self.notes, self.shapes = [], [], []
        self.width = self.height = 0.0

    def grid(self, z, left: float, top: float, colorscale, name: str, text=None, signed: bool = False,
             digits: int = 2, cell_width: float = 1) -> None:
        """A heatmap of `z` (rows down) with its numbers in the cells, its top-left corner at (left, top)."""
        z = np.asarray(z, float)
        if text is None:
            text = [[_number(v, digits) if np.isfinite(v) else "" for v in row] for row in z]
        limit = float(np.nanmax(np.abs(z))) if np.isfinite(z).any() else 1.0
        scale = dict(zmid=0, zmin=-limit or -1, zmax=limit or 1) if signed else {}
        self.data.append(dict(type="heatmap", z=z, x0=left + cell_width / 2, dx=cell_width, y0=top + 0.5, dy=1,
                              text=text, texttemplate="%{text}", textfont=dict(size=10), showscale=False,
                              colorscale=colorscale, xgap=1, ygap=1, name=name,
                              hovertemplate=f"{name}: %{{z:.5f}}<extra></extra>", **scale))
        self.width = max(self.width, left + z.shape[1] * cell_width)
        self.height = max(self.height, top + z.shape[0])

    def label(self, x: float, y: float, text: str, size: int = 11, **kwargs) -> None:
        self.notes.append(dict(x=x, y=y, xref="x", yref="y", text=text, showarrow=False, font=dict(size=size),
                               **kwargs))

    def box(self, left: float, top: float, width: float, height: float, colour: str, line: int = 3,
            fill: str | None = None) -> None:
        self.shapes.append(dict(type="rect", xref="x", yref="y", x0=left, x1=left + width, y0=top, y1=top + height,
                                line=dict(color=colour, width=line), fillcolor=fill or "rgba(0,0,0,0)"))

    def figure(self, head: str, top_margin: int = 70, extra_width: float = 0, extra_height: float = 0,
               cell: int = CELL):
        """The figure, sized so that a cell is about `cell` pixels (smaller when the page is too narrow)."""
        width, height = self.width + extra_width, self.height + extra_height
        hidden = dict(visible=False, showgrid=False, zeroline=False, constrain="domain")
        return figure(self.data, height=int(top_margin + 10 + cell * (height + 1.5)), title=title(head),
                      annotations=self.notes, shapes=self.shapes, margin=dict(l=10, r=10, t=top_margin, b=10),
                      xaxis=dict(range=[-0.5, width + 0.5], **hidden),
                      yaxis=dict(range=[height + 0.25, -1.25], scaleanchor="x", **hidden))


def _conv(a: trace.ConvArithmetic):
    channels, k = a.window.shape[0], a.window.shape[1]
    per_row = 1 if channels == 1 else 2  # two channels side by side keep C3's six input maps in three rows
    block, line = 3 * k + 5, k + 3  # cells: window, "×", kernel, "=", products, a gap; a row with its labels
    src = trace.title(a.reads.layer)
    pad, products = say("cnn.fig.pad"), say("cnn.fig.products")
    c = Canvas()
    for ch in range(channels):
        left, top = (ch % per_row) * block, (ch // per_row) * line
        text = [[_number(v) if inside else pad for v, inside in zip(r, m)] for r, m in zip(a.window[ch], a.inside)]
        parts = ((a.window[ch], GREYS, False, say("cnn.fig.map", layer=src, channel=ch) if channels > 1 else src,
                  text),
                 (a.kernel[ch], SIGNED, True,
                  say("cnn.fig.kernel_slice", channel=ch) if channels > 1 else say("cnn.fig.kernel"), None),
                 (a.products[ch], SIGNED, True, products, None))
        for i, (values, colours, signed, name, cells) in enumerate(parts):
            x = left + i * (k + 1.5)
            c.grid(values, x, top, colours, name, text=cells, signed=signed)
            c.label(x + k / 2, top - 0.1, name, yanchor="bottom")
        for r, q in zip(*np.nonzero(~a.inside)):
            c.box(left + q, top + r, 1, 1, "rgba(0,0,0,0)", 0, fill=PAD_FILL)
        c.label(left + k + 0.75, top + k / 2, "×", size=16)
        c.label(left + 2 * k + 2.25, top + k / 2, "=", size=16)
        c.label(left + 2.5 * k + 3, top + k + 0.1, f"Σ = {a.channel_sums[ch]:.4f}", yanchor="top")
    relu = f"ReLU → <b>{a.value:.4f}</b>" if a.value != a.before_relu else \
        say("cnn.fig.relu_keeps", value=f"{a.value:.4f}")
    head = say("cnn.fig.conv", unit=a.unit, count=a.products.size, total=f"{a.total:.4f}", bias=f"{a.bias:.4f}",
               before=f"{a.before_relu:.4f}", relu=relu, network=f"{a.network:.4f}", positions=a.positions)
    return c.figure(head, extra_height=1, cell=CELL if channels > 1 else 44)


def _pool(a: trace.PoolArithmetic):
    top, left = a.reads.box[0], a.reads.box[1]
    c = Canvas()
    source = say("cnn.fig.map", layer=trace.title(a.reads.layer), channel=a.unit.channel)
    c.grid(a.window, 0, 0, GREYS, source, digits=4, cell_width=2)
    c.grid([[a.value]], 7, 0.5, GREYS, str(a.unit), digits=4, cell_width=2)
    c.box(2 * a.winner[1], a.winner[0], 2, 1, UNIT)
    c.label(2, -0.1, say("cnn.fig.window"), yanchor="bottom")
    c.label(5.5, 1, say("cnn.fig.max"), size=16)
    head = say("cnn.fig.pool", unit=a.unit, source=source, top=top, bottom=a.reads.box[2], left=left,
               right=a.reads.box[3], value=f"{a.value:.4f}", network=f"{a.network:.4f}")
    return c.figure(head, top_margin=50, extra_height=1, cell=44)


def _dense(a: trace.DenseArithmetic):
    top = a.order[:TOP_TERMS]
    rest = float(a.products.sum() - a.products[top].sum())
    labels = ([say("cnn.fig.bias")] + [a.input_name(i) for i in top]
              + [say("cnn.fig.other_inputs", count=a.products.size - len(top)),
                 say("cnn.fig.sum_before_relu") if a.relu else say("cnn.fig.score")])
    values = [a.bias] + [float(a.products[i]) for i in top] + [rest, 0.0]
    text = ([f"{a.bias:.4f}"] + [f"{a.weights[i]:.3f} × {a.inputs[i]:.3f} = {a.products[i]:.4f}" for i in top]
            + [f"{rest:.4f}", f"{a.before_relu:.4f}"])
    bars = dict(type="waterfall", orientation="h", y=labels, x=values, text=text, textposition="outside",
                measure=["absolute"] + ["relative"] * (len(top) + 1) + ["total"],
                increasing=dict(marker=dict(color=WINDOW)), decreasing=dict(marker=dict(color="#0072B2")),
                totals=dict(marker=dict(color="#555555")), connector=dict(line=dict(color="#bbbbbb")),
                hovertemplate="%{y}: %{x:.5f}<extra></extra>")
    relu = (f"; ReLU → <b>{a.value:.4f}</b>" if a.relu else "") if a.value != a.before_relu else \
        ("; " + say("cnn.fig.relu_keeps", value=f"{a.value:.4f}") if a.relu else "")
    head = say("cnn.fig.dense", unit=a.unit, count=a.products.size, total=f"{a.total:.4f}", bias=f"{a.bias:.4f}",
               before=f"{a.before_relu:.4f}", relu=relu, network=f"{a.network:.4f}", top=len(top))
    running = np.cumsum(values[:-1])
    low, high = min(0.0, float(running.min())), max(0.0, float(running.max()))
    room = 0.45 * (high - low or 1.0)  # for the "w × x = p" labels beside the bars
    return figure([bars], height=110 + 26 * len(labels), title=title(head), showlegend=False,
                  margin=dict(l=10, r=10, t=70, b=40),
                  xaxis=axis(say("cnn.fig.running_sum"), zeroline=True, range=[low - room, high + room]),
                  yaxis=dict(autorange="reversed", automargin=True))


def _softmax(a: trace.SoftmaxArithmetic):
    shifted = " − max z" if a.shift else ""
    columns = ((a.scores, SIGNED, True, say("cnn.fig.score_z"), ".3f"),
               (a.exps, BLUES, False, f"e^(z{shifted})", ".4g"),
               (a.exps / a.total, BLUES, False, "e^z ÷ Σ = p", ".4g"))
    c = Canvas()
    for i, (values, colours, signed, name, spec) in enumerate(columns):
        left = 3 + 7 * i
        c.grid(np.asarray(values)[:, None], left, 0, colours, name, signed=signed, cell_width=4,
               text=[[format(v, spec)] for v in values])
        c.label(left + 2, -0.1, name, yanchor="bottom")
        c.box(left, a.unit.channel, 4, 1, UNIT)
    for k in range(10):
        c.label(2.8, k + 0.5, say("cnn.fig.class", label=k), xanchor="right")
    c.label(8, 5, "→", size=16)
    c.label(15, 5, "÷ Σ →", size=14)
    head = (f"{a.unit}: e^(z{shifted}) / Σ e^(z{shifted}) = {a.exps[a.unit.channel]:.4g} / {a.total:.4g} = "
            f"<b>{a.value:.4g}</b> " + say("cnn.fig.torch", network=f"{a.network:.4g}"))
    return c.figure(head, top_margin=50)


def _input(a: trace.InputArithmetic, digit: np.ndarray):
    r, col = a.unit.row, a.unit.column
    rows, cols = np.arange(r - 2, r + 3), np.arange(col - 2, col + 3)
    ok = ((rows >= 0) & (rows < 28))[:, None] & ((cols >= 0) & (cols < 28))[None, :]
    ink = np.where(ok, digit[rows.clip(0, 27)][:, cols.clip(0, 27)], np.nan)
    c = Canvas()
    c.grid(ink, 0, 0, GREYS, say("cnn.fig.ink"), digits=0)
    c.grid((ink / 255 - a.mean) / a.std, 8, 0, GREYS, say("cnn.fig.normalised"))
    c.box(2, 2, 1, 1, UNIT)
    c.box(10, 2, 1, 1, UNIT)
    c.label(2.5, -0.1, say("cnn.fig.ink_range"), yanchor="bottom")
    c.label(10.5, -0.1, say("cnn.fig.network_reads"), yanchor="bottom")
    c.label(6.5, 2.5, "→", size=16)
    head = say("cnn.fig.input", unit=a.unit, ink=a.ink, mean=f"{a.mean:.4f}", std=f"{a.std:.4f}",
               value=f"{a.value:.4f}", network=f"{a.network:.4f}")
    return c.figure(head, top_margin=50, extra_width=4, cell=40)


def arithmetic_figure(a: trace.Arithmetic, digit: np.ndarray | None = None):
    """The small grids of one unit's arithmetic (`digit`: the uint8 input, needed for an input pixel)."""
    if isinstance(a, trace.ConvArithmetic):
        return _conv(a)
    if isinstance(a, trace.PoolArithmetic):
        return _pool(a)
    if isinstance(a, trace.DenseArithmetic):
        return _dense(a)
    if isinstance(a, trace.SoftmaxArithmetic):
        return _softmax(a)
    return _input(a, digit)


def explain(a: trace.Arithmetic) -> str:
    """One Markdown paragraph: what the unit reads, its sum with the numbers in, and torch's value (in the
    request's language)."""
    u = a.unit
    agree = say("cnn.explain.agree", network=f"{a.network:.4f}", difference=f"{abs(a.value - a.network):.1e}")
    if isinstance(a, trace.InputArithmetic):
        return say("cnn.explain.input", unit=u, ink=a.ink, mean=f"{a.mean:.4f}", std=f"{a.std:.4f}",
                   value=f"{a.value:.4f}", agree=agree)
    field = trace.field(u)
    seen = say("cnn.explain.field", top=field[0], bottom=field[2], left=field[1], right=field[3],
               height=field[2] - field[0] + 1, width=field[3] - field[1] + 1)
    if isinstance(a, trace.ConvArithmetic):
        r = a.reads
        k = a.kernel.shape[1]
        maps = say("cnn.explain.all_maps", count=len(r.channels), layer=trace.title(r.layer)) \
            if len(r.channels) > 1 else say("cnn.explain.the_map", layer=trace.title(r.layer))
        return say("cnn.explain.conv", unit=u, k=k, top=r.box[0], bottom=r.box[2], left=r.box[1], right=r.box[3],
                   maps=maps, count=a.products.size, total=f"{a.total:.4f}", bias=f"{a.bias:.4f}",
                   before=f"{a.before_relu:.4f}", value=f"{a.value:.4f}", agree=agree, field=seen,
                   channels=a.kernel.shape[0], positions=a.positions)
    if isinstance(a, trace.PoolArithmetic):
        r = a.reads
        return say("cnn.explain.pool", unit=u, layer=trace.title(r.layer), channel=u.channel, top=r.box[0],
                   bottom=r.box[2], left=r.box[1], right=r.box[3], value=f"{a.value:.4f}", agree=agree, field=seen)
    if isinstance(a, trace.DenseArithmetic):
        top = a.order[0]
        relu = f"ReLU(…) = **{a.value:.4f}**" if a.relu else say("cnn.explain.no_relu", value=f"{a.value:.4f}")
        return say("cnn.explain.dense", unit=u, count=a.products.size, layer=trace.title(a.reads.layer),
                   total=f"{a.total:.4f}", largest=a.input_name(top), weight=f"{a.weights[top]:.3f}",
                   input=f"{a.inputs[top]:.3f}", product=f"{a.products[top]:.4f}", bias=f"{a.bias:.4f}",
                   before=f"{a.before_relu:.4f}", relu=relu, agree=agree, field=seen)
    shift = say("cnn.explain.shifted", shift=f"{a.shift:.2f}") if a.shift else "."
    return say("cnn.explain.softmax", unit=u, exp=f"{a.exps[u.channel]:.4g}", total=f"{a.total:.4g}",
               value=f"{a.value:.4g}", agree=agree, shift=shift)
