"""demo.train.figures read back: curves and per-class bars carry the run's own numbers."""

import math

import numpy as np
from helpers import assert_valid_figure

from demo.nets.training import Point
from demo.train import figures


def test_training_curves_put_loss_above_and_both_accuracies_below():
    points = [Point(5, 0.5, 1.0, 1.2, 0.6, float("nan")), Point(10, 1.0, 2.0, 0.8, 0.8, 0.75)]
    fig = figures.training_curves([("run 1", points), ("run 2", points[:1])])
    assert_valid_figure(fig)
    loss, train, test = fig.data[:3]
    assert list(loss.x) == [0.5, 1.0] and list(loss.y) == [1.2, 0.8] and loss.yaxis == "y"
    assert list(train.y) == [0.6, 0.8] and train.yaxis == "y2" and train.line.dash == "dash"
    assert list(test.x) == [1.0] and list(test.y) == [0.75]  # the test accuracy only where it was measured
    assert fig.data[3].line.color != loss.line.color  # each run its colour
    assert len(fig.data) == 6 and not any(isinstance(y, float) and math.isnan(y) for y in test.y)


def test_class_accuracy_bars_show_each_class():
    accuracy = np.linspace(0.5, 1, 10)
    fig = figures.class_accuracy_bars(list("0123456789"), accuracy)
    assert_valid_figure(fig)
    np.testing.assert_allclose(fig.data[0].y, accuracy)
    assert tuple(fig.layout.yaxis.range) == (0, 1.02)
