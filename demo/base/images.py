"""Reading pictures people upload, safely: any file, any mode, any size.

A picture is checked before it is decoded: a file that is not an image, or one with more than
`config.MAX_MEGAPIXELS` megapixels (a 12,000 x 12,000 PNG is 144), is refused with one sentence.
What passes comes back upright (EXIF orientation applied) as 8-bit RGBA, whatever it was stored
as: palette, grey with alpha, 1-bit, CMYK, 16-bit or floating-point grey.
"""

import io
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from demo.base import config
from demo.base.errors import InputError
from demo.i18n import say

_HIGH_BIT_MODES = {"I", "I;16", "I;16B", "I;16L", "I;16N", "F"}


def _scale_to_8bit(im: Image.Image) -> Image.Image:
    """16-bit or float grey -> 8-bit grey by its range (Pillow's own convert would clip at 255)."""
    a = np.asarray(im, dtype=np.float64)
    top = a.max() if a.size else 0.0
    if top > 255:
        a = a * (255.0 / (65535.0 if top <= 65535 else top))
    elif im.mode == "F" and top <= 1.0:
        a = a * 255.0
    return Image.fromarray(np.clip(np.rint(a), 0, 255).astype(np.uint8), "L")


def _check_size(im: Image.Image) -> Image.Image:
    w, h = im.size
    if w * h > config.MAX_MEGAPIXELS * 1_000_000:
        raise InputError(say("images.err.too_big", width=f"{w:,}", height=f"{h:,}", megapixels=f"{w * h / 1e6:.0f}",
                             limit=config.MAX_MEGAPIXELS))
    if w == 0 or h == 0:
        raise InputError(say("images.err.no_pixels"))
    return im


def _open_lazily(source: str | Path | bytes) -> Image.Image:
    """Read a file's header only (no pixels decoded) and check its size, or InputError."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(source) if isinstance(source, bytes) else source)
    except Image.DecompressionBombError:
        raise InputError(say("images.err.bomb", limit=config.MAX_MEGAPIXELS)) from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise InputError(say("images.err.not_image")) from None
    return _check_size(im)


def open_image(source: str | Path | bytes | np.ndarray | Image.Image | None) -> Image.Image:
    """An upright 8-bit RGBA copy of `source`, or `InputError` with the reason it is unusable."""
    if source is None:
        raise InputError(say("images.err.none"))
    if isinstance(source, Image.Image):
        im = _check_size(source)
    elif isinstance(source, np.ndarray):
        if source.ndim not in (2, 3) or source.size == 0:
            raise InputError(say("images.err.array"))
        im = Image.fromarray(source.astype(np.uint8) if source.dtype != np.uint8 else source)
    else:
        im = _open_lazily(source)
    try:
        im = ImageOps.exif_transpose(im)
        if im.mode in _HIGH_BIT_MODES:
            im = _scale_to_8bit(im)
        if im.mode == "P" and "transparency" in im.info:
            im = im.convert("PA")  # keep the palette's transparent entry as alpha
        return im.convert("RGBA")
    except (OSError, ValueError, SyntaxError):  # truncated or corrupt pixel data
        raise InputError(say("images.err.damaged")) from None


def to_rgb(im: Image.Image, background: tuple[int, int, int] = (255, 255, 255)) -> np.ndarray:
    """RGBA -> uint8 (H, W, 3), transparent parts shown on `background` (white, like paper).

    The one place a picture is composited on white: a drawing's strokes on a transparent canvas
    become ink on paper."""
    canvas = Image.new("RGBA", im.size, background + (255,))
    return np.asarray(Image.alpha_composite(canvas, im.convert("RGBA")).convert("RGB"))


def load_rgb(source) -> np.ndarray:
    """`open_image` then `to_rgb`: the usual way a tab reads an upload."""
    return to_rgb(open_image(source))
