"""demo.overview.thatcher: flips in place, blended edges, the pair of pictures."""

import numpy as np
import pytest
from PIL import Image

from demo.overview import thatcher
from demo.base.errors import InputError
from demo.i18n import speaking
from demo.overview.thatcher import Box


@pytest.fixture
def gradient():
    y, x = np.mgrid[0:200, 0:300]
    return Image.fromarray(np.stack([x % 256, y % 256, (x + y) % 256], -1).astype(np.uint8))


def test_flip_region_flips_the_inside_and_leaves_the_outside(gradient):
    box = Box(0.5, 0.5, 0.4, 0.3)
    left, top, right, bottom = box.pixels(300, 200)
    out = np.asarray(thatcher.flip_region(gradient, box)).astype(int)
    src = np.asarray(gradient).astype(int)
    pad = round(thatcher.FEATHER * min(right - left, bottom - top)) * 2 + 1  # beyond the feathered edge
    inside = (slice(top + pad, bottom - pad), slice(left + pad, right - pad))
    flipped = src[top:bottom, left:right][::-1]
    np.testing.assert_array_equal(out[inside], flipped[pad:-pad, pad:-pad])
    mask = np.ones(src.shape[:2], bool)
    mask[top:bottom, left:right] = False
    np.testing.assert_array_equal(out[mask], src[mask])


def test_flipping_twice_restores_the_interior(gradient):
    box = Box(0.3, 0.4, 0.3, 0.3)
    twice = np.asarray(thatcher.flip_region(thatcher.flip_region(gradient, box), box)).astype(int)
    left, top, right, bottom = box.pixels(300, 200)
    pad = round(thatcher.FEATHER * min(right - left, bottom - top)) * 2 + 1
    inside = (slice(top + pad, bottom - pad), slice(left + pad, right - pad))
    np.testing.assert_array_equal(twice[inside], np.asarray(gradient).astype(int)[inside])


def test_illusion_on_the_bundled_face():
    face = thatcher.load_face()
    eyes, mouth = Box(*thatcher.ASTRONAUT_EYES), Box(*thatcher.ASTRONAUT_MOUTH)
    boxes, upside_down, upright = thatcher.thatcher_illusion(face, eyes, mouth)
    assert upside_down.size == upright.size and upright.height == thatcher.OUTPUT_HEIGHT
    left, top, right, bottom = thatcher.face_crop(face.size, eyes, mouth)
    assert boxes.size == (right - left, bottom - top) and boxes.width < face.width
    assert thatcher.thatcher_illusion(face, eyes, mouth, crop_to_face=False)[0].size == face.size
    a, b = np.asarray(upright), np.asarray(upside_down)
    half = (a.shape[1] - thatcher.PAIR_GAP) // 2
    left, right = a[:, :half].astype(int), a[:, -half:].astype(int)
    assert np.abs(left - right).mean() > 1  # the right face differs from the original
    # The upside-down pair is the upright pair with each face rotated by 180 degrees.
    assert np.abs(b[:, :half][::-1, ::-1].astype(int) - a[:, :half]).max() <= 2


def test_boxes_outside_or_too_small_are_refused():
    face = thatcher.load_face()
    with pytest.raises(InputError, match="it needs at least 8 x 8"):
        thatcher.thatcher_illusion(face, Box(0.5, 0.5, 0.001, 0.001), Box(*thatcher.ASTRONAUT_MOUTH))
    with pytest.raises(InputError):
        thatcher.thatcher_illusion(face, Box(1.5, 1.5, 0.1, 0.1), Box(*thatcher.ASTRONAUT_MOUTH))


def test_a_box_out_of_range_is_refused_in_the_page_language():
    with pytest.raises(InputError, match=r"^The eye box's centre x must be a number between 0 and 1 .*got '1\.5'\.$"):
        Box.of(1.5, 0.2, 0.1, 0.1, "overview.name.eye_box")
    with speaking("ko"), pytest.raises(InputError, match=r"^눈 상자의 중심 x은\(는\) 0에서 1 사이"):
        Box.of(1.5, 0.2, 0.1, 0.1, "overview.name.eye_box")
