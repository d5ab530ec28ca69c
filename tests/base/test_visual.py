"""demo.base.visual: pictures from arrays, checked pixel by pixel."""

import numpy as np

from demo.base import visual


def test_enlarge_repeats_each_pixel_by_a_whole_factor():
    image = np.arange(6, dtype=np.uint8).reshape(2, 3)
    big = visual.enlarge(image, 5)  # the smaller side (2) needs a factor of 3
    assert big.shape == (6, 9)
    np.testing.assert_array_equal(big, np.kron(image, np.ones((3, 3), np.uint8)))
    assert visual.enlarge_factor((28, 28), 224) == 8 and visual.enlarge(image, 1).shape == (2, 3)


def test_diverging_is_white_at_zero_and_symmetric():
    colours = visual.diverging(np.array([-1.0, 0.0, 1.0]), limit=1.0)
    np.testing.assert_array_equal(colours[1], [247, 247, 247])
    np.testing.assert_array_equal(colours[0], [33, 102, 172])
    np.testing.assert_array_equal(colours[2], [178, 24, 43])


def test_grey_stretches_and_shared_grey_keeps_differences():
    assert visual.grey(np.array([[2.0, 4.0]])).tolist() == [[0, 255]]
    assert (visual.grey(np.ones((2, 2))) == 128).all()
    maps = np.stack([np.full((2, 2), 1.0), np.full((2, 2), 0.5)])
    shared = visual.grey_shared(maps)
    assert shared[0].max() == 255 and 120 <= shared[1].max() <= 135  # the weak map stays darker


def test_grid_places_tiles_row_by_row_with_gutters():
    tiles = [np.full((2, 2), v, np.uint8) for v in (10, 20, 30)]
    out = visual.grid(tiles, cols=2, pad=1)
    assert out.shape == (2 * 2 + 3, 2 * 2 + 3, 3)
    assert out[1, 1, 0] == 10 and out[1, 4, 0] == 20 and out[4, 1, 0] == 30 and out[4, 4, 0] == 255


def test_overlay_keeps_the_picture_where_there_is_no_heat():
    image = np.full((4, 4, 3), 200, np.uint8)
    heat = np.zeros((4, 4))
    heat[0, 0] = 1.0
    out = visual.overlay(image, heat)
    np.testing.assert_array_equal(out[3, 3], [90, 90, 90])  # dimmed by 0.45, no heat colour
    assert tuple(out[0, 0]) != (90, 90, 90)
