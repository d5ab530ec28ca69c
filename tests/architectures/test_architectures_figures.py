"""demo.architectures.figures read back: LRN's channel profile is the pixel's own activations."""

import numpy as np
from helpers import assert_valid_figure

from demo.architectures import figures, normalisation


def test_lrn_profile_plots_one_pixels_channels_before_and_after():
    rgb = np.zeros((224, 224, 3), np.uint8)
    rgb[:, ::6] = 255
    demo = normalisation.compare(rgb)
    fig = figures.lrn_profile(demo)
    assert_valid_figure(fig)
    y, x = demo.pixel
    np.testing.assert_allclose(fig.data[0].y, demo.relu[:, y, x])
    np.testing.assert_allclose(fig.data[1].y, demo.lrn[:, y, x] * demo.resting_divisor, rtol=1e-6)
    assert list(fig.data[0].x) == [f"{d:.0f}°" for d in demo.orientations]
