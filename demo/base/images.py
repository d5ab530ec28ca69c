"""Reading pictures people upload, safely: any file, any mode, any size.

A picture is checked before it is decoded: a file that is not an image, or one with more than
`config.MAX_MEGAPIXELS` megapixels (a 12,000 x 12,000 PNG is 144), is refused with one sentence.
What passes comes back upright (EXIF orientation applied) as 8-bit RGBA, whatever it was stored
as: palette, grey with alpha, 1-bit, CMYK, 16-bit or floating-point grey.
"""

import base64
import binascii
import io
import re
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from demo.base import config
from demo.base.errors import InputError
from demo.i18n import say

# A webcam recording, taken in the page (demo/web/webcam.py) and sent in one call as data URLs.
FRAMES_PER_S, MAX_RECORDED_S = 4, 10  # frames a second while the record button is held, and for how long
MAX_FRAMES = FRAMES_PER_S * MAX_RECORDED_S  # frames one recording may send
FRAME_SIDE = 192  # pixels: the longest side of a frame as the page sends it
FRAME_MAX_BYTES = 512 * 2**10  # one frame, decoded
_FRAME_PREFIX = re.compile(r"data:image/(png|jpeg|webp);base64,")

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


def read_frames(frames) -> list[Image.Image]:
    """The pictures of a webcam recording (a list of `data:image/...;base64,` URLs, as the page's recorder sends
    them), each as open_image gives it, or InputError: none recorded, more than MAX_FRAMES, or a frame that is not
    a picture. Decoded in memory; nothing is written."""
    if frames is None or frames == [] or frames == "":
        raise InputError(say("images.err.no_recording"))
    if not isinstance(frames, list) or not all(isinstance(f, str) for f in frames):
        raise InputError(say("images.err.bad_recording"))
    if len(frames) > MAX_FRAMES:
        raise InputError(say("images.err.too_many_frames", n=len(frames), limit=MAX_FRAMES, seconds=MAX_RECORDED_S))
    pictures = []
    for number, frame in enumerate(frames, start=1):
        prefix = _FRAME_PREFIX.match(frame)
        try:
            if prefix is None or len(frame) - prefix.end() > (FRAME_MAX_BYTES + 2) // 3 * 4:
                raise ValueError
            pictures.append(open_image(base64.b64decode(frame[prefix.end():], validate=True)))
        except (InputError, binascii.Error, ValueError):
            raise InputError(say("images.err.bad_frame", number=number)) from None
    return pictures


SHEET_COLUMNS = 50  # pictures a row on a sheet
SHEET_PIXELS = 1_600_000  # a sheet's most pixels: 2,000 pictures at 28 x 28
SHEET_CELL = (16, 64)  # the smallest and largest side of one picture on a sheet


def sheet_cell(count: int, side: int) -> int:
    """The side of one picture on a sheet of `count` pictures `side` pixels square: as large as they are, at most
    SHEET_CELL[1], and smaller for many pictures (a sheet holds at most SHEET_PIXELS), never under SHEET_CELL[0]."""
    fits = int((SHEET_PIXELS / max(count, 1)) ** 0.5)
    return max(SHEET_CELL[0], min(side, SHEET_CELL[1], fits))


def picture_sheet(images: np.ndarray, cell: int) -> dict:
    """Small pictures (N, C, H, W uint8, C = 1 or 3) side by side on one PNG, `cell` pixels square each, row after
    row: {"src": a data URL, "cell": cell, "columns": pictures a row, "count": N}. A map's points name their
    picture by its number, and the page shows it on hover (demo/web/webcam.py)."""
    n = len(images)
    columns = max(1, min(SHEET_COLUMNS, n))
    rows = max(1, -(-n // columns))
    channels = images.shape[1] if n else 1
    sheet = np.full((rows * cell, columns * cell, channels), 255, np.uint8)
    for i, im in enumerate(images):
        picture = Image.fromarray(np.ascontiguousarray(im.transpose(1, 2, 0).squeeze(-1) if channels == 1
                                                       else im.transpose(1, 2, 0)))
        if picture.size != (cell, cell):
            picture = picture.resize((cell, cell), Image.Resampling.BILINEAR)
        r, c = divmod(i, columns)
        sheet[r * cell:(r + 1) * cell, c * cell:(c + 1) * cell] = np.asarray(picture).reshape(cell, cell, channels)
    buffer = io.BytesIO()
    Image.fromarray(sheet.squeeze(-1) if channels == 1 else sheet).save(buffer, "PNG")
    return {"src": "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii"),
            "cell": cell, "columns": columns, "count": n}
