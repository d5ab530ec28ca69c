"""demo.base.metrics: the confusion matrix against scikit-learn's."""

import numpy as np
import sklearn.metrics

from demo.base.metrics import confusion_matrix


def test_confusion_matrix_matches_scikit_learn():
    rng = np.random.default_rng(2)
    truth, pred = rng.integers(0, 5, 200), rng.integers(0, 5, 200)
    np.testing.assert_array_equal(confusion_matrix(truth, pred, 5),
                                  sklearn.metrics.confusion_matrix(truth, pred, labels=range(5)))
    assert confusion_matrix([0, 0, 1], [1, 1, 1], 2).tolist() == [[0, 2], [0, 1]]  # row: true, column: predicted
