"""Measures of a classifier that every topic shares."""

import numpy as np


def confusion_matrix(true_labels: np.ndarray, predictions: np.ndarray, num_classes: int) -> np.ndarray:
    """(C, C) counts: row = true class, column = predicted class."""
    m = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(m, (np.asarray(true_labels), np.asarray(predictions)), 1)
    return m
