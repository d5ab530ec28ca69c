"""Turning arrays into pictures: colour maps, grids of feature maps and filters, heat overlays.

Signed maps (a Sobel response, a filter's weights) use a diverging map, blue for negative, white for
zero, red for positive, symmetric about zero so that zero always looks the same. Unsigned maps are
grey. Everything returns uint8 arrays ready for gr.Image.
"""

import numpy as np
from PIL import Image

# Diverging blue - white - red, and a "hot" ramp black - red - yellow - white for heat maps.
_DIVERGING = np.array([[33, 102, 172], [247, 247, 247], [178, 24, 43]], float)
_HOT = np.array([[0, 0, 0], [180, 20, 10], [255, 200, 0], [255, 255, 255]], float)


def _ramp(t: np.ndarray, stops: np.ndarray) -> np.ndarray:
    """Piecewise-linear colour ramp: t in [0, 1] (any shape) -> uint8 (..., 3)."""
    t = np.clip(np.nan_to_num(t), 0.0, 1.0) * (len(stops) - 1)
    i = np.minimum(t.astype(int), len(stops) - 2)
    f = (t - i)[..., None]
    return np.rint(stops[i] * (1 - f) + stops[i + 1] * f).astype(np.uint8)


def diverging(x: np.ndarray, limit: float | None = None) -> np.ndarray:
    """Signed values -> RGB, zero white, +-limit saturated red / blue.

    The default limit is the 99th percentile of |x|, so a few extreme values do not wash out the rest.
    """
    if limit is None:
        magnitude = np.abs(x)
        limit = float(np.percentile(magnitude, 99)) if magnitude.size > 100 else float(magnitude.max())
    return _ramp(0.5 + 0.5 * x / (limit or 1.0), _DIVERGING)


def amplified(change: np.ndarray, limit: float) -> np.ndarray:
    """A small signed change of a picture (grey levels, (H, W) or (H, W, 3)) made visible: no change mid-grey,
    +-limit the channel's full swing (so a colour picture's change shows its colours)."""
    return np.clip(np.rint(127.5 + 127.5 * change / (limit or 1.0)), 0, 255).astype(np.uint8)


def grey(x: np.ndarray) -> np.ndarray:
    """Values -> uint8 grey stretched from min to max (a constant map is mid-grey)."""
    lo, hi = float(x.min()), float(x.max())
    if hi - lo < 1e-12:
        return np.full(x.shape, 128, np.uint8)
    return np.rint((x - lo) / (hi - lo) * 255).astype(np.uint8)


def grey_shared(maps: np.ndarray, top_percentile: float = 99.5) -> np.ndarray:
    """Maps (N, H, W) -> uint8 grey on one shared scale (0 to a high percentile), so that strong and
    weak maps keep their difference; `grey` would stretch each map to its own range instead."""
    lo = min(0.0, float(maps.min()))
    hi = float(np.percentile(maps, top_percentile))
    if hi - lo < 1e-12:
        return np.zeros(maps.shape, np.uint8)
    return np.rint(np.clip((maps - lo) / (hi - lo), 0, 1) * 255).astype(np.uint8)


def enlarge_factor(shape: tuple[int, ...], min_side: int) -> int:
    """The whole factor `enlarge` uses: the smallest that makes the smaller side >= `min_side`."""
    return max(1, -(-min_side // min(shape[:2])))


def enlarge(image: np.ndarray, min_side: int) -> np.ndarray:
    """Nearest-neighbour upscale by a whole factor so the smaller side is at least `min_side`."""
    factor = enlarge_factor(image.shape, min_side)
    return np.asarray(Image.fromarray(image).resize((image.shape[1] * factor, image.shape[0] * factor),
                                                    Image.Resampling.NEAREST))


def grid(tiles: list[np.ndarray], cols: int, pad: int = 2, background: int = 255) -> np.ndarray:
    """Equal-sized uint8 tiles (H, W) or (H, W, 3) -> one image, row by row, with white gutters."""
    tiles = [t if t.ndim == 3 else np.repeat(t[..., None], 3, -1) for t in tiles]
    h, w = tiles[0].shape[:2]
    rows = -(-len(tiles) // cols)
    out = np.full((rows * h + (rows + 1) * pad, cols * w + (cols + 1) * pad, 3), background, np.uint8)
    for n, t in enumerate(tiles):
        r, c = divmod(n, cols)
        out[pad + r * (h + pad): pad + r * (h + pad) + h, pad + c * (w + pad): pad + c * (w + pad) + w] = t
    return out


def feature_grid(maps: np.ndarray, cols: int | None = None, width: int = 720) -> np.ndarray:
    """Feature maps (N, H, W) -> a grid about `width` pixels wide, each map stretched to its own range."""
    n = len(maps)
    cols = cols or min(n, int(np.ceil(np.sqrt(n * 1.5))))
    return grid([enlarge(grey(m), max(16, width // cols - 2)) for m in maps], cols)


def filter_grid(weights: np.ndarray, cols: int | None = None, min_tile: int = 60) -> np.ndarray:
    """First-layer filters (N, C, k, k) -> a grid: colour tiles when C = 3, diverging when C = 1."""
    n, c = weights.shape[:2]
    cols = cols or int(np.ceil(np.sqrt(n)))
    if c == 3:  # show each filter as the colour pattern it responds to most, as AlexNet's Figure 3 does
        tiles = [grey(w.transpose(1, 2, 0)) for w in weights]
    else:
        tiles = [diverging(w.mean(0)) for w in weights]
    return grid([enlarge(t, min_tile) for t in tiles], cols)


def overlay(image: np.ndarray, heat: np.ndarray, alpha: float = 0.8, dim: float = 0.45) -> np.ndarray:
    """Blend a heat map (H, W) >= 0 over a dimmed RGB image (H, W, 3), strongest where heat is high.

    Heat is scaled by its 99th percentile rather than its maximum, so a few extreme pixels (gradients
    through max-pooling are spiky) do not leave the rest of the field invisible.
    """
    positive = heat[heat > 0]
    top = float(np.percentile(positive, 99)) if positive.size else 1.0
    h = np.clip(heat / top, 0.0, 1.0)
    colours = _ramp(h, _HOT).astype(float)
    weight = alpha * np.sqrt(h)[..., None]
    base = image.astype(float) * dim
    return np.rint(base * (1 - weight) + colours * weight).astype(np.uint8)
