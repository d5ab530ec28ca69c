"""demo.base.images: every kind of picture people upload, and the ones we must refuse."""

import time

import numpy as np
import pytest
from helpers import png_bytes, png_header_only
from PIL import Image

from demo.base import config
from demo.base.errors import InputError
from demo.base.images import load_rgb, open_image


def test_rgb_png_round_trip():
    pixels = np.random.default_rng(0).integers(0, 256, (20, 30, 3), dtype=np.uint8)
    np.testing.assert_array_equal(load_rgb(png_bytes(Image.fromarray(pixels))), pixels)


def test_rgba_transparent_is_white_paper():
    rgba = np.zeros((10, 10, 4), np.uint8)
    rgba[2:5, 2:5] = (0, 0, 0, 255)  # an opaque black square on a fully transparent canvas
    rgb = load_rgb(png_bytes(Image.fromarray(rgba, "RGBA")))
    assert (rgb[0, 0] == 255).all() and (rgb[3, 3] == 0).all()


def test_16_bit_grey_is_scaled_not_clipped():
    a = np.array([[0, 32768, 65535]], dtype=np.uint16)
    im = Image.fromarray(a)
    assert im.mode.startswith("I;16")
    rgb = load_rgb(png_bytes(im))
    assert rgb[0, :, 0].tolist() == [0, 128, 255]


def test_palette_with_transparency_keeps_its_alpha():
    p = Image.new("P", (4, 4), 0)
    p.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    p.putpixel((1, 1), 1)
    im = open_image(png_bytes(p, transparency=0))
    assert im.mode == "RGBA"
    assert im.getpixel((0, 0))[3] == 0 and im.getpixel((1, 1)) == (0, 0, 255, 255)


@pytest.mark.parametrize("mode", ["1", "L", "LA", "CMYK", "I", "F", "P"])
def test_every_mode_becomes_rgba(mode):
    im = Image.new(mode, (5, 4))
    out = open_image(im)
    assert out.mode == "RGBA" and out.size == (5, 4)


def test_not_an_image_is_one_sentence():
    with pytest.raises(InputError, match="not an image"):
        open_image(b"this is plain text, not a picture")


def test_truncated_file_is_one_sentence():
    data = png_bytes(Image.new("RGB", (64, 64), "red"))
    with pytest.raises(InputError):
        open_image(data[: len(data) // 2])


def test_gigantic_picture_is_refused_before_decoding():
    start = time.perf_counter()
    with pytest.raises(InputError, match="12,000 x 12,000 pixels"):
        open_image(png_header_only(12_000, 12_000))
    assert time.perf_counter() - start < 1.0  # nothing was decoded (decoding alone takes seconds)
    with pytest.raises(InputError, match="megapixels"):
        open_image(png_header_only(100_000, 100_000))  # beyond Pillow's own bomb limit


def test_limit_follows_config(monkeypatch):
    monkeypatch.setattr(config, "MAX_MEGAPIXELS", 1)
    with pytest.raises(InputError, match="at most 1 megapixels"):
        open_image(Image.new("L", (1200, 1000)))


def test_exif_orientation_is_applied(tmp_path):
    im = Image.new("RGB", (40, 20), "white")
    exif = im.getexif()
    exif[0x0112] = 6  # "rotate 90 CW to view"
    path = tmp_path / "rotated.jpg"
    im.save(path, exif=exif)
    assert open_image(str(path)).size == (20, 40)
