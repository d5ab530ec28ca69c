"""Doodle classes drawn the way a student draws them: a shape of random size and place on a transparent canvas."""

import numpy as np
from PIL import Image, ImageDraw

KINDS = ("circle", "cross", "triangle")


def doodle(kind: str, rng: np.random.Generator, side: int = 280) -> Image.Image:
    im = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    cx, cy = rng.integers(side // 3, 2 * side // 3, 2)
    r = int(rng.integers(side // 7, side // 3.5))
    if kind == "circle":
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline="black", width=12)
    elif kind == "cross":
        draw.line([cx - r, cy - r, cx + r, cy + r], fill="black", width=12)
        draw.line([cx - r, cy + r, cx + r, cy - r], fill="black", width=12)
    else:
        draw.line([cx - r, cy + r, cx, cy - r, cx + r, cy + r, cx - r, cy + r], fill="black", width=12)
    return im
