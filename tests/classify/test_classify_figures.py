"""demo.classify.figures read back: the bars are the probabilities given."""

import numpy as np
from helpers import assert_valid_figure

from demo.base import plots
from demo.classify import figures


def test_probability_bars_plot_every_models_probabilities():
    p1, p2 = np.full(10, 0.1), np.eye(10)[3]
    fig = figures.probability_bars([("perceptron", "Perceptron", list("0123456789"), p1),
                                  ("lenet5", "LeNet-5", list("0123456789"), p2)])
    assert_valid_figure(fig)
    assert [t.name for t in fig.data] == ["Perceptron", "LeNet-5"]
    np.testing.assert_allclose(fig.data[0].y, p1)
    np.testing.assert_allclose(fig.data[1].y, p2)
    assert list(fig.data[1].x) == list("0123456789")
    assert fig.data[0].marker.color == plots.MODEL_COLOURS["perceptron"]
    assert fig.layout.yaxis.title.text == "probability" and tuple(fig.layout.yaxis.range) == (0, 1)
    assert fig.layout.height == plots.FIGURE_HEIGHT
