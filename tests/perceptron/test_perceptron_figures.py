"""demo.perceptron.figures read back: the scores and the accuracy curves are the numbers given."""

import numpy as np
from helpers import assert_valid_figure

from demo.perceptron import figures, robustness


def test_score_bars_show_every_score_and_darken_the_chosen_class():
    scores = np.array([0.5, -1.0, 2.0])
    fig = figures.score_bars(["0", "1", "2"], scores, 2)
    assert_valid_figure(fig)
    np.testing.assert_allclose(fig.data[0].y, scores)
    assert list(fig.data[0].x) == ["0", "1", "2"]
    colours = list(fig.data[0].marker.color)
    assert colours[2] != colours[0] == colours[1]


def test_the_robustness_chart_draws_one_line_per_classifier_it_names():
    curves = robustness.Curves("x", np.arange(-2, 3), {"perceptron": np.linspace(0.2, 1, 5),
                                                       "knn": np.linspace(1, 0.2, 5)}, 100)
    fig = figures.robustness_chart(curves, {"perceptron": "Perceptron", "knn": "k-NN", "mlp": "MLP"}, "shift")
    assert_valid_figure(fig)
    assert [t.name for t in fig.data] == ["Perceptron", "k-NN"]  # the MLP has no curve: no line
    np.testing.assert_allclose(fig.data[0].y, curves.accuracy["perceptron"])
    assert list(fig.data[1].x) == [-2, -1, 0, 1, 2] and fig.data[1].line.dash == "dot"
    assert fig.layout.xaxis.title.text == "shift"
