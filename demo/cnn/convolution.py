"""The convolution playground and the price of connectivity.

`convolve` runs torch's own conv2d (no re-implementation) on a grey image with a chosen kernel,
stride, padding and dilation, and `output_size_formula` writes the size arithmetic out with the
numbers filled in. `connectivity` counts the parameters of the three ways to map an H x W x C input
to an H' x W' x C' output: fully connected, locally connected (each output position has its own
k x k x C filter) and convolutional (one filter shared by every position).
"""

import functools
import os
import re
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from demo.base.errors import InputError, one_of, whole_number
from demo.i18n import say
from demo.layers import conv_output_size

MAX_SIDE = 1024  # pixels; larger pictures are scaled down before convolving (a blink, not a wait)
_BINOMIAL5 = np.array([1, 4, 6, 4, 1], float)  # a 5-tap Gaussian approximation (Pascal's triangle)
KERNELS: dict[str, np.ndarray] = {
    "identity": np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], float),
    "box blur 3x3": np.full((3, 3), 1 / 9),
    "Gaussian 5x5": np.outer(_BINOMIAL5, _BINOMIAL5) / 256,
    "Sobel x (vertical edges)": np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], float),
    "Sobel y (horizontal edges)": np.array([[-1, -2, -1], [0, 0, 0], [1, 2, 1]], float),
    "Laplacian": np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], float),
    "sharpen": np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], float),
}


def to_grey(rgb: np.ndarray) -> np.ndarray:
    """RGB uint8 (H, W, 3) -> grey float (H, W) in [0, 1] (ITU-R 601 luma), at most MAX_SIDE a side."""
    im = Image.fromarray(rgb)
    if max(im.size) > MAX_SIDE:
        im.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return np.asarray(im.convert("L"), dtype=np.float64) / 255.0


TYPED = "typed below"  # the kernel choice that reads the typed numbers instead of a named kernel
STRIDES, PADDINGS, DILATIONS = (1, 4), (0, 5), (1, 4)  # the playground's ranges (inclusive)


def kernel_for(name: str, text: str = "") -> np.ndarray:
    """A named kernel of KERNELS, or the typed one (`parse_kernel(text)`) when `name` is TYPED."""
    if name == TYPED:
        return parse_kernel(text)
    one_of(name, [*KERNELS, TYPED], "cnn.name.kernel")
    return KERNELS[name]


def parse_kernel(text: str) -> np.ndarray:
    """Rows separated by ';' or new lines, numbers by spaces or commas -> a square odd-sized kernel.

    "1 0 -1; 2 0 -2; 1 0 -1" is Sobel x. Fractions like 1/9 are allowed.
    """
    rows = [r for r in re.split(r"[;\n]+", text or "") if r.strip()]
    try:
        values = [[_number(v) for v in re.split(r"[,\s]+", r.strip()) if v] for r in rows]
    except ValueError as e:
        raise InputError(say("cnn.err.kernel_number", value=e)) from None
    n = len(values)
    if n not in (1, 3, 5, 7) or any(len(r) != n for r in values):
        raise InputError(say("cnn.err.kernel_square", rows=n, counts=sorted({len(r) for r in values})))
    return np.array(values, float)


def _number(text: str) -> float:
    if "/" in text:
        num, den = text.split("/", 1)
        if float(den) == 0:
            raise ValueError(text)
        return float(num) / float(den)
    value = float(text)
    if not np.isfinite(value):
        raise ValueError(text)
    return value


def output_size_formula(size: int, kernel: int, stride: int, padding: int, dilation: int) -> str:
    """The output-size formula with the numbers in, e.g. 'floor((512 + 2·1 - 1·(3 - 1) - 1) / 1) + 1 = 512'."""
    out = conv_output_size(size, kernel, stride, padding, dilation)
    return f"floor(({size} + 2·{padding} - {dilation}·({kernel} - 1) - 1) / {stride}) + 1 = {out}"


@dataclass(frozen=True)
class ConvResult:
    output: np.ndarray  # (H', W') float
    input: np.ndarray  # (H, W) float in [0, 1], what was convolved
    formula_h: str
    formula_w: str
    stride: int
    padding: int
    dilation: int


def convolve(grey: np.ndarray, kernel: np.ndarray, stride: int = 1, padding: int = 0, dilation: int = 1) -> ConvResult:
    """Cross-correlate a grey image (H, W) in [0, 1] with `kernel` (k, k), as torch.nn.Conv2d does.

    Stride, padding and dilation are whole numbers within STRIDES, PADDINGS and DILATIONS.
    """
    k = kernel.shape[0]
    stride = whole_number(stride, "cnn.name.stride", *STRIDES)
    padding = whole_number(padding, "cnn.name.padding", *PADDINGS)
    dilation = whole_number(dilation, "cnn.name.dilation", *DILATIONS)
    h, w = grey.shape
    formulas = [output_size_formula(n, k, stride, padding, dilation) for n in (h, w)]
    if min(conv_output_size(n, k, stride, padding, dilation) for n in (h, w)) < 1:
        raise InputError(say("cnn.err.kernel_too_big", k=k, dilation=dilation, height=h, width=w,
                             formula=formulas[0]))
    x = torch.from_numpy(np.ascontiguousarray(grey, np.float32))[None, None]
    weight = torch.from_numpy(np.ascontiguousarray(kernel, np.float32))[None, None]
    with torch.inference_mode():
        out = F.conv2d(x, weight, stride=stride, padding=padding, dilation=dilation)[0, 0].numpy()
    return ConvResult(out, grey, *formulas, stride, padding, dilation)


@dataclass(frozen=True)
class Connectivity:
    fully_connected: int
    locally_connected: int
    convolutional: int

    @property
    def locality_saving(self) -> float:
        """How many times fewer weights locality alone needs (fully / locally connected)."""
        return self.fully_connected / self.locally_connected

    @property
    def sharing_saving(self) -> float:
        """How many times fewer again sharing one filter over all positions needs (locally / conv)."""
        return self.locally_connected / self.convolutional

    @property
    def total_saving(self) -> float:
        return self.fully_connected / self.convolutional

    def rows(self) -> list[tuple[str, int, str]]:
        """(layer type, parameters, what it assumes), in the request's language."""
        return [
            (say("cnn.conn.fully"), self.fully_connected, say("cnn.conn.fully_why")),
            (say("cnn.conn.locally"), self.locally_connected, say("cnn.conn.locally_why")),
            (say("cnn.conn.conv"), self.convolutional, say("cnn.conn.conv_why")),
        ]


CONNECTIVITY_MAX = 100_000  # largest H, W, C, H', W', C' or k the counter takes
CONNECTIVITY_NAMES = ("H", "W", "C", "H'", "W'", "C'", "k")


def check_connectivity(h, w, c, h_out, w_out, c_out, k) -> list[int]:
    """The seven sizes as whole numbers from 1 to CONNECTIVITY_MAX, or InputError naming the one that is not."""
    return [whole_number(v, name, 1, CONNECTIVITY_MAX)
            for v, name in zip((h, w, c, h_out, w_out, c_out, k), CONNECTIVITY_NAMES)]


def connectivity(h: int, w: int, c: int, h_out: int, w_out: int, c_out: int, k: int, bias: bool = True) -> Connectivity:
    """Parameters of the three layer types mapping (H, W, C) to (H', W', C') with k x k windows."""
    values = dict(H=h, W=w, C=c, **{"H'": h_out, "W'": w_out, "C'": c_out}, k=k)
    for name, v in values.items():
        if not isinstance(v, (int, np.integer)) or v < 1:
            raise InputError(say("cnn.err.at_least_one", name=name, value=repr(v)))
    if k > min(h, w):
        raise InputError(say("cnn.err.window_too_big", k=k, height=h, width=w))
    outputs = h_out * w_out * c_out
    b = outputs if bias else 0
    return Connectivity(
        fully_connected=(h * w * c) * outputs + b,
        locally_connected=outputs * (k * k * c) + b,
        convolutional=c_out * (k * k * c) + (c_out if bias else 0),
    )


# ---- the sliding window, step by step -----------------------------------------------------------

STEP_SIDE = 10  # pixels: the picture is shrunk to STEP_SIDE x STEP_SIDE so every position can be stepped through
STEP_PICTURES_KEPT = 64  # shrunk pictures remembered (a playing window asks for one every step)


def step_side(kernel_size: int, padding: int, dilation: int) -> int:
    """Side of the step-by-step picture: STEP_SIDE, or more when a dilated kernel would not fit in it."""
    return max(STEP_SIDE, dilation * (kernel_size - 1) + 1 - 2 * padding)


def step_count(kernel_size: int, stride, padding, dilation) -> int:
    """Output positions the window visits on the step-by-step picture (H' x W')."""
    stride = whole_number(stride, "cnn.name.stride", *STRIDES)
    padding = whole_number(padding, "cnn.name.padding", *PADDINGS)
    dilation = whole_number(dilation, "cnn.name.dilation", *DILATIONS)
    side = step_side(kernel_size, padding, dilation)
    return conv_output_size(side, kernel_size, stride, padding, dilation) ** 2


def small_picture(grey: np.ndarray, side: int) -> np.ndarray:
    """Grey (H, W) in [0, 1] -> its centre square shrunk to (side, side) by area averaging, in [0, 1]."""
    h, w = grey.shape
    s = min(h, w)
    square = np.ascontiguousarray(grey[(h - s) // 2:(h - s) // 2 + s, (w - s) // 2:(w - s) // 2 + s], np.float32)
    small = Image.fromarray(square, "F").resize((side, side), Image.Resampling.BOX)
    return np.clip(np.asarray(small, np.float64), 0.0, 1.0)


@functools.lru_cache(maxsize=STEP_PICTURES_KEPT)
def _step_picture(path: str, mtime_ns: int, size: int, side: int) -> np.ndarray:
    from demo.base.images import load_rgb

    small = small_picture(to_grey(load_rgb(path)), side)
    small.setflags(write=False)  # shared between calls
    return small


@dataclass(frozen=True)
class WindowStep:
    """One position of the sliding window: where it lies on the padded picture and its arithmetic."""

    step: int  # 0-based, output positions in reading order
    steps: int  # H' x W'
    row: int
    column: int  # the output position being written
    padded: np.ndarray  # (S + 2p, S + 2p): the small picture inside its ring of zeros
    rows: np.ndarray
    cols: np.ndarray  # (k,) padded coordinates of the kernel's taps (stride and dilation applied)
    window: np.ndarray  # (k, k) the values under the taps
    kernel: np.ndarray  # (k, k): the same at every step (parameter sharing)
    products: np.ndarray  # (k, k) window x kernel
    total: float  # their sum: output[row, column]
    output: np.ndarray  # (H', W') the whole map, as torch computes it
    stride: int
    padding: int
    dilation: int


def sliding_step(path, kernel: np.ndarray, stride, padding, dilation, step) -> WindowStep:
    """Step `step` of `kernel` sliding over the picture file `path`, shrunk to `step_side(...)` pixels a side.

    Stride, padding and dilation are checked as `convolve` checks them; `step` runs from 0 to
    `step_count(...) - 1`.
    """
    k = kernel.shape[0]
    steps = step_count(k, stride, padding, dilation)
    stride, padding, dilation = int(stride), int(padding), int(dilation)  # checked by step_count
    step = whole_number(step, "cnn.name.step", 0, steps - 1)
    try:
        stat = os.stat(path)
    except (OSError, TypeError, ValueError):
        raise InputError(say("cnn.err.unreadable")) from None
    picture = _step_picture(str(path), stat.st_mtime_ns, stat.st_size, step_side(k, padding, dilation))
    output = convolve(picture, kernel, stride, padding, dilation).output
    row, column = divmod(step, output.shape[1])
    rows = row * stride + dilation * np.arange(k)
    cols = column * stride + dilation * np.arange(k)
    padded = np.pad(picture, padding)
    window = padded[np.ix_(rows, cols)]
    products = window * kernel
    return WindowStep(step, steps, row, column, padded, rows, cols, window, kernel, products, float(products.sum()),
                      output, stride, padding, dilation)
