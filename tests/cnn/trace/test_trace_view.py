"""demo.cnn.trace.view: the whole-network picture, read pixel by pixel; clicks land on the unit drawn there."""

import numpy as np
import pytest

from demo.classify import digits
from demo.cnn.trace import units as trace
from demo.base import visual
from demo.cnn.trace import view as tv
from demo.cnn.backbones import layer_index
from demo.layers import report_for


@pytest.fixture(scope="module")
def digit_trace():
    return trace.trace(digits.test_example(3)[0])


def _all_units(layer: str, rng, count: int = 40) -> list[trace.Unit]:
    size = trace.shape(layer)
    if len(size) == 1:
        return [trace.Unit(layer, i) for i in range(size[0])]
    return [trace.Unit(layer, *(int(rng.integers(n)) for n in size)) for _ in range(count)]


def test_a_click_on_a_units_cell_finds_that_unit():
    rng = np.random.default_rng(0)
    for layer in trace.NAMES:
        for u in _all_units(layer, rng):
            x0, y0, x1, y1 = tv.unit_cell(u)
            for x, y in ((x0, y0), (x1 - 1, y1 - 1), ((x0 + x1) / 2, (y0 + y1) / 2)):
                assert tv.unit_at(x, y) == u, (u, x, y)
    assert tv.unit_at(2, 2) is None and tv.unit_at(tv.WIDTH - 2, tv.HEIGHT - 2) is None
    x0, y0, _, _ = tv.TILES["input"][0].bounds
    assert tv.unit_at(x0 - 5, y0 - 5) == trace.Unit("input", 0, 0, 0)  # the padding ring: the nearest pixel


def test_tiles_lie_apart_inside_the_picture():
    boxes = [t.bounds for tiles in tv.TILES.values() for t in tiles]
    assert all(0 <= x0 < x1 <= tv.WIDTH and 0 <= y0 < y1 <= tv.HEIGHT for x0, y0, x1, y1 in boxes)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    lefts = [min(t.bounds[0] for t in tv.TILES[n]) for n in trace.NAMES]
    assert lefts == sorted(lefts)  # input on the left, softmax on the right, in forward order
    assert tv.INPUT_PAD == -trace.field(trace.Unit("conv1", 0, 0, 0))[0]  # the ring drawn is C1's padding


def test_the_picture_shows_the_traces_numbers(digit_trace):
    t = digit_trace
    picture = tv.base_picture(t)
    assert picture.shape == (tv.HEIGHT, tv.WIDTH, 3) and tv.base_picture(t) is picture  # drawn once per digit
    x0, y0, x1, y1 = tv.TILES["input"][0].bounds
    shown = picture[y0:y1:tv.INPUT_SCALE, x0:x1:tv.INPUT_SCALE, 0]
    np.testing.assert_array_equal(shown, t.digit)
    grey = visual.grey_shared(t.outputs["conv2"])
    for channel in (0, 9, 15):
        x0, y0, x1, y1 = tv.TILES["conv2"][channel].bounds
        np.testing.assert_array_equal(picture[y0:y1:4, x0:x1:4, 0], grey[channel])
    top = t.prediction
    x0, y0, x1, y1 = tv.unit_cell(trace.Unit("softmax", top))
    bar = (picture[(y0 + y1) // 2 + 8, x0:x1] == tv.BAR).all(axis=1).sum()  # below the label's text
    assert abs(bar - t.probabilities[top] * (x1 - x0)) <= 1


def _outline(picture: np.ndarray, colour, box) -> tuple[int, int, int, int] | None:
    """Bounding box (x0, y0, x1, y1), end exclusive, of `colour` within `box` of the picture."""
    x0, y0, x1, y1 = box
    ys, xs = np.nonzero((picture[y0:y1, x0:x1] == colour).all(axis=2))
    return (x0 + xs.min(), y0 + ys.min(), x0 + xs.max() + 1, y0 + ys.max() + 1) if xs.size else None


@pytest.mark.parametrize("unit", [trace.Unit("conv1", 2, 0, 27), trace.Unit("pool1", 1, 7, 3),
                                  trace.Unit("conv2", 4, 9, 0), trace.Unit("pool2", 15, 2, 4), trace.Unit("fc1", 8),
                                  trace.Unit("softmax", 3), trace.Unit("input", 0, 5, 6)])
def test_the_blue_box_on_the_input_is_the_receptive_field_arithmetic(digit_trace, unit):
    """Read back from the pixels: the input units inside the blue outline are the Receptive-field tab's box."""
    picture = tv.network_picture(digit_trace, unit)
    tile = tv.TILES["input"][0]
    ring = tv.INPUT_PAD * tv.INPUT_SCALE
    bx0, by0, bx1, by1 = tile.bounds
    x0, y0, x1, y1 = _outline(picture, tv.FIELD, (bx0 - ring, by0 - ring, bx1 + ring, by1 + ring))
    s = tv.INPUT_SCALE
    shown = ((y0 - tile.y) // s, (x0 - tile.x) // s, (y1 - tile.y) // s - 1, (x1 - tile.x) // s - 1)
    if unit.layer in layer_index("lenet5"):
        expected = report_for("lenet5").layers[layer_index("lenet5")[unit.layer]].box(unit.row, unit.column)
    elif unit.layer == "input":
        expected = (unit.row, unit.column, unit.row, unit.column)
    else:
        expected = (-2, -2, 29, 29)  # every S4 unit, so the whole padded field
    assert shown == expected


def test_the_units_a_convolution_reads_are_tinted_in_every_input_map(digit_trace):
    u = trace.Unit("conv2", 4, 2, 3)
    base, picture = tv.base_picture(digit_trace), tv.network_picture(digit_trace, u)
    for channel, tile in enumerate(tv.TILES["pool1"]):
        box = tile.box(*trace.reads(u).box)
        changed = (picture != base).any(axis=2)
        inside = np.zeros_like(changed)
        inside[box[1]:box[3], box[0]:box[2]] = True
        x0, y0, x1, y1 = tile.bounds
        assert changed[box[1]:box[3], box[0]:box[2]].all()  # the 5x5 window of every S2 map
        outside = np.zeros_like(changed)
        outside[y0:y1, x0:x1] = True
        outside &= changed & ~inside  # elsewhere on the map only the line leading to the window
        assert (picture[outside] == tv.READ).all() and outside.sum() < 2 * (x1 - x0)
    x0, y0, x1, y1 = tv.unit_cell(u)
    assert _outline(picture, tv.UNIT, (x0 - 3, y0 - 3, x1 + 3, y1 + 3)) == (x0 - 2, y0 - 2, x1 + 2, y1 + 2)
    for tile in tv.TILES["pool2"]:  # the layers after it are untouched
        x0, y0, x1, y1 = tile.bounds
        np.testing.assert_array_equal(picture[y0:y1, x0:x1], base[y0:y1, x0:x1])


def test_a_pooling_unit_reads_only_its_own_map(digit_trace):
    u = trace.Unit("pool1", 3, 4, 4)
    base, picture = tv.base_picture(digit_trace), tv.network_picture(digit_trace, u)
    for channel, tile in enumerate(tv.TILES["conv1"]):
        x0, y0, x1, y1 = tile.bounds
        assert (picture[y0:y1, x0:x1] != base[y0:y1, x0:x1]).any() == (channel == 3)


def test_a_fully_connected_unit_leads_to_its_largest_terms(digit_trace):
    u = trace.Unit("fc2", 11)
    picture = tv.network_picture(digit_trace, u)
    a = trace.unit(digit_trace, "fc2", 11)
    tile = tv.TILES["fc1"][0]
    for i in a.order[:tv.TOP_LINES]:  # a line ends at the right edge of each of the largest terms' cells
        x0, y0, x1, y1 = tile.cell(*tile.grid_position(int(i)))
        colour = tv.POSITIVE if a.products[i] >= 0 else tv.NEGATIVE
        assert any((picture[y, x1 - 1:x1 + 3] == colour).all(axis=1).any() for y in range(y0, y1)), i
