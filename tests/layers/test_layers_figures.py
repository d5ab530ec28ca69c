"""demo.layers.figures read back: the plotted values are the layer arithmetic's."""

import numpy as np
from helpers import assert_valid_figure

from demo import layers


def test_layer_bars_plot_each_weight_layers_parameters_and_compute():
    report = layers.report_for("lenet5")
    params, compute = layers.figures.layer_bars(report)
    assert_valid_figure(params)
    assert_valid_figure(compute)
    weighted = [info for info in report.layers if info.params or info.macs]
    assert list(params.data[0].x) == [f"{i.index}. {i.name}" for i in weighted]
    assert list(params.data[0].y) == [i.params for i in weighted] and sum(params.data[0].y) == 61_706
    assert list(compute.data[0].y) == [i.macs for i in weighted]
    _, flops = layers.figures.layer_bars(report, flops=True)
    assert_valid_figure(flops)
    assert list(flops.data[0].y) == [2 * i.macs for i in weighted]
    assert flops.layout.yaxis.title.text == "FLOPs"
    colours = params.data[0].marker.color
    assert colours[0] == layers.figures.KIND_COLOURS["conv"] and colours[-1] == layers.figures.KIND_COLOURS["fc"]


def test_vgg_argument_plot_shows_the_curve_the_arithmetic_measured():
    curve = layers.vgg_argument_curve(64, 6)
    fig = layers.figures.vgg_argument_plot(curve)
    assert_valid_figure(fig)
    n = np.arange(1, 7)
    assert list(fig.data[0].x) == list(n)
    # The paper's closed forms (Section 2.3), against which the arithmetic's counts are checked here.
    assert list(fig.data[0].y) == list(9 * n * 64 ** 2)
    assert list(fig.data[1].y) == list((2 * n + 1) ** 2 * 64 ** 2)
    assert "C = 64" in fig.layout.title.text


def test_slide_rule_figure_covers_p_plus_k_minus_1_pixels():
    fig = layers.figures.slide_rule_figure(5, 3)
    assert_valid_figure(fig)
    seen = np.asarray(fig.data[0].z)
    assert seen.sum() == (3 + 5 - 1) ** 2
    assert len(fig.layout.shapes) == 3 * 3 + 1  # one window per pooled input, and their union
    assert "sees 7x7 pixels" in fig.layout.title.text
