"""demo.cnn.trace.figures: the grids carry the unit's own numbers, and every figure is valid plotly."""

import numpy as np
import pytest
from helpers import assert_valid_figure, traces

from demo.classify import digits
from demo.cnn.trace import units as trace
from demo.cnn.trace import figures as tf


@pytest.fixture(scope="module")
def digit_trace():
    return trace.trace(digits.test_example(5)[0])


def _data(fig) -> list[dict]:
    """The traces as a browser receives them (plotly's JSON), arrays decoded to lists."""
    return traces({"type": "plotly", "plot": fig.to_json()})


def _heatmaps(fig) -> list[dict]:
    return [t for t in _data(fig) if t["type"] == "heatmap"]


def test_a_convolution_units_grids_are_window_kernel_and_products(digit_trace):
    a = trace.unit(digit_trace, "conv2", 6, 0, 9)
    fig = tf.arithmetic_figure(a)
    assert_valid_figure(fig)
    heat = _heatmaps(fig)
    assert len(heat) == 3 * 6
    for c in range(6):
        window, kernel, products = heat[3 * c: 3 * c + 3]
        np.testing.assert_allclose(window["z"], a.window[c])
        np.testing.assert_allclose(kernel["z"], a.kernel[c])
        np.testing.assert_allclose(products["z"], a.products[c])
        assert products["text"][0][0] == tf._number(a.products[c, 0, 0])
    text = fig.layout.title.text
    assert f"{a.total:.4f}" in text and f"{a.before_relu:.4f}" in text and f"{a.value:.4f}" in text
    assert "parameter sharing" in text
    notes = [n.text for n in fig.layout.annotations]
    assert all(f"Σ = {s:.4f}" in notes for s in a.channel_sums)


def test_padding_cells_are_marked(digit_trace):
    a = trace.unit(digit_trace, "conv1", 0, 27, 0)  # bottom-left corner: two rows and columns of padding
    fig = tf.arithmetic_figure(a)
    window = _heatmaps(fig)[0]
    assert window["text"][4][0] == "pad" and window["text"][0][4] != "pad"
    assert sum(1 for s in fig.layout.shapes if s.fillcolor == tf.PAD_FILL) == int((~a.inside).sum()) == 25 - 9


def test_a_pooling_units_winner_is_outlined(digit_trace):
    a = trace.unit(digit_trace, "pool1", 0, 6, 6)
    fig = tf.arithmetic_figure(a)
    assert_valid_figure(fig)
    window, result = _heatmaps(fig)
    np.testing.assert_allclose(window["z"], a.window)
    assert result["z"] == [[a.value]] or np.allclose(result["z"], [[a.value]])
    box = fig.layout.shapes[0]  # the window's cells are two units wide
    assert (box.y0, box.x0 / 2) == a.winner and window["z"][a.winner[0]][a.winner[1]] == a.value


@pytest.mark.parametrize("layer", ["fc1", "fc2", "fc3"])
def test_a_fully_connected_units_waterfall_adds_up_to_its_sum(digit_trace, layer):
    a = trace.unit(digit_trace, layer, 3)
    fig = tf.arithmetic_figure(a)
    assert_valid_figure(fig)
    bars = _data(fig)[0]
    assert bars["type"] == "waterfall" and bars["measure"][-1] == "total"
    assert sum(bars["x"][:-1]) == pytest.approx(a.before_relu)
    assert bars["y"][1] == a.input_name(a.order[0]) and len(bars["y"]) == tf.TOP_TERMS + 3
    assert ("ReLU" in fig.layout.title.text) == (layer != "fc3")


def test_softmax_grids_are_scores_exponentials_and_probabilities(digit_trace):
    a = trace.unit(digit_trace, "softmax", 5)
    fig = tf.arithmetic_figure(a)
    assert_valid_figure(fig)
    scores, exps, probabilities = (np.asarray(h["z"]).ravel() for h in _heatmaps(fig))
    np.testing.assert_allclose(scores, digit_trace.outputs["fc3"], rtol=1e-6)
    np.testing.assert_allclose(exps, np.exp(scores))
    np.testing.assert_allclose(probabilities, digit_trace.probabilities, atol=1e-6)
    assert f"{a.total:.4g}" in fig.layout.title.text


def test_an_input_pixel_and_its_neighbourhood(digit_trace):
    a = trace.unit(digit_trace, "input", 0, 0, 10)
    fig = tf.arithmetic_figure(a, digit_trace.digit)
    assert_valid_figure(fig)
    ink, normalised = _heatmaps(fig)
    assert np.isnan(np.asarray(ink["z"], float)[:2]).all()  # rows -2 and -1 lie outside the digit
    assert ink["z"][2][2] == digit_trace.digit[0, 10] and normalised["z"][2][2] == pytest.approx(a.value)


@pytest.mark.parametrize("layer, args", [("input", (0, 3, 3)), ("conv1", (1, 5, 5)), ("pool2", (2, 1, 1)),
                                         ("fc1", (7,)), ("fc3", (4,)), ("softmax", (4,))])
def test_explain_writes_the_sum_and_torchs_value(digit_trace, layer, args):
    a = trace.unit(digit_trace, layer, *args)
    text = tf.explain(a)
    assert f"**{a.network:.4f}**" in text and (f"{a.value:.4f}" in text or f"{a.value:.4g}" in text)
    if layer != "input":
        assert "receptive field" in text or layer == "softmax"
