"""demo.plots: the shared figures read back trace by trace (what a student sees, not just that it exists)."""

import numpy as np
import pytest
from helpers import assert_valid_figure

from demo import convolution, normalisation, plots


def test_probability_bars_plot_every_models_probabilities():
    p1, p2 = np.full(10, 0.1), np.eye(10)[3]
    fig = plots.probability_bars([("perceptron", "Perceptron", list("0123456789"), p1),
                                  ("lenet5", "LeNet-5", list("0123456789"), p2)])
    assert_valid_figure(fig)
    assert [t.name for t in fig.data] == ["Perceptron", "LeNet-5"]
    np.testing.assert_allclose(fig.data[0].y, p1)
    np.testing.assert_allclose(fig.data[1].y, p2)
    assert list(fig.data[1].x) == list("0123456789")
    assert fig.data[0].marker.color == plots.MODEL_COLOURS["perceptron"]
    assert fig.layout.yaxis.title.text == "probability" and tuple(fig.layout.yaxis.range) == (0, 1)
    assert fig.layout.height == plots.FIGURE_HEIGHT


def test_connectivity_bars_show_the_three_counts_on_a_log_axis():
    counts = convolution.connectivity(224, 224, 3, 55, 55, 96, 11)
    fig = plots.connectivity_bars(counts.rows())
    assert_valid_figure(fig)
    assert list(fig.data[0].y) == ["fully connected", "locally connected", "convolutional"]
    assert list(fig.data[0].x) == [counts.fully_connected, counts.locally_connected, 34_944]
    assert fig.layout.xaxis.type == "log"


def test_lrn_profile_plots_one_pixels_channels_before_and_after():
    rgb = np.zeros((224, 224, 3), np.uint8)
    rgb[:, ::6] = 255
    demo = normalisation.compare(rgb)
    fig = plots.lrn_profile(demo)
    assert_valid_figure(fig)
    y, x = demo.pixel
    np.testing.assert_allclose(fig.data[0].y, demo.relu[:, y, x])
    np.testing.assert_allclose(fig.data[1].y, demo.lrn[:, y, x] * demo.resting_divisor, rtol=1e-6)
    assert list(fig.data[0].x) == [f"{d:.0f}°" for d in demo.orientations]


def test_layout_sets_the_apps_height_and_margins():
    import plotly.graph_objects as go

    fig = plots.layout(go.Figure(), title="t")
    assert_valid_figure(fig)
    assert fig.layout.height == plots.FIGURE_HEIGHT and fig.layout.margin.l == plots.MARGIN["l"]
    assert plots.layout(go.Figure(), height=100, margin=dict(l=1)).layout.margin.l == 1


@pytest.mark.parametrize("model, colour", [("vgg16_bn", plots.MODEL_COLOURS["vgg"]), ("mlp", "#555555")])
def test_colour_for_a_model_family(model, colour):
    assert plots.colour_for(model) == colour
