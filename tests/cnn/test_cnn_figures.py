"""demo.cnn.figures: a step of the sliding window carries the step's own numbers."""

import numpy as np
from helpers import assert_valid_figure, traces

from demo.base import config
from demo.cnn import convolution
from demo.cnn import figures as tf


def _heatmaps(fig) -> list[dict]:
    """The heatmaps as a browser receives them (plotly's JSON), arrays decoded to lists."""
    return [t for t in traces({"type": "plotly", "plot": fig.to_json()}) if t["type"] == "heatmap"]


def test_a_step_of_the_sliding_window():
    kernel = convolution.KERNELS["Sobel y (horizontal edges)"]
    s = convolution.sliding_step(config.PHOTO, kernel, 2, 1, 2, 7)
    fig = tf.window_step_figure(s)
    assert_valid_figure(fig)
    picture, window, weights, products, output = _heatmaps(fig)
    np.testing.assert_allclose(picture["z"], s.padded)
    np.testing.assert_allclose(window["z"], s.window)
    np.testing.assert_allclose(weights["z"], kernel)
    np.testing.assert_allclose(products["z"], s.products)
    written = np.isfinite(np.asarray(output["z"], float))
    assert written.sum() == s.step + 1 and written.ravel()[: s.step + 1].all()  # written so far, in reading order
    taps = [sh for sh in fig.layout.shapes if sh.line.color == tf.WINDOW]
    assert sorted((sh.y0, sh.x0) for sh in taps) == sorted((r, c) for r in s.rows for c in s.cols)
    assert s.rows[1] - s.rows[0] == 2  # dilation 2: every other pixel
    notes = " ".join(n.text for n in fig.layout.annotations)
    assert "Parameter sharing" in notes and f"{s.total:.4f}" in notes
    assert "Parameter sharing" in tf.window_step_text(s)


def test_connectivity_bars_show_the_three_counts_on_a_log_axis():
    counts = convolution.connectivity(224, 224, 3, 55, 55, 96, 11)
    fig = tf.connectivity_bars(counts.rows())
    assert_valid_figure(fig)
    assert list(fig.data[0].y) == ["fully connected", "locally connected", "convolutional"]
    assert list(fig.data[0].x) == [counts.fully_connected, counts.locally_connected, 34_944]
    assert fig.layout.xaxis.type == "log"
