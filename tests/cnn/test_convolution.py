"""demo.cnn.convolution: the playground against a plain loop, and the connectivity counts against torch."""

import numpy as np
import pytest
from torch import nn

from demo.cnn import convolution
from demo.base.errors import InputError


def naive_correlation(image, kernel, stride, padding, dilation):
    """The definition, written as loops: out[i, j] = sum_u,v image[i*s + u*d - p, j*s + v*d - p] k[u, v]."""
    padded = np.pad(image, padding)
    k = kernel.shape[0]
    span = dilation * (k - 1) + 1
    rows = (padded.shape[0] - span) // stride + 1
    cols = (padded.shape[1] - span) // stride + 1
    out = np.zeros((rows, cols))
    for i in range(rows):
        for j in range(cols):
            patch = padded[i * stride: i * stride + span: dilation, j * stride: j * stride + span: dilation]
            out[i, j] = (patch * kernel).sum()
    return out


@pytest.mark.parametrize("stride, padding, dilation", [(1, 0, 1), (2, 1, 1), (1, 2, 2), (3, 0, 2)])
def test_convolve_equals_the_definition(stride, padding, dilation):
    rng = np.random.default_rng(0)
    image, kernel = rng.random((17, 23)), rng.standard_normal((3, 3))
    result = convolution.convolve(image, kernel, stride, padding, dilation)
    np.testing.assert_allclose(result.output, naive_correlation(image, kernel, stride, padding, dilation), atol=1e-5)
    assert result.formula_h.endswith(f"= {result.output.shape[0]}")
    assert result.formula_w.endswith(f"= {result.output.shape[1]}")


def test_named_kernels():
    assert set(convolution.KERNELS) >= {"identity", "box blur 3x3", "Gaussian 5x5", "Sobel x (vertical edges)",
                                        "Sobel y (horizontal edges)", "Laplacian", "sharpen"}
    image = np.random.default_rng(1).random((9, 9))
    identity = convolution.convolve(image, convolution.KERNELS["identity"], padding=1).output
    np.testing.assert_allclose(identity, image, atol=1e-6)
    assert convolution.KERNELS["Gaussian 5x5"].sum() == pytest.approx(1.0)


def test_typed_kernels():
    np.testing.assert_array_equal(convolution.parse_kernel("-1 0 1; -2 0 2\n-1, 0, 1"),
                                  convolution.KERNELS["Sobel x (vertical edges)"])
    assert convolution.parse_kernel("1/9 1/9 1/9;1/9 1/9 1/9;1/9 1/9 1/9").sum() == pytest.approx(1)
    for bad, message in (("1 2; 3", "must be square"), ("1 x 3; 1 2 3; 1 2 3", "not a number"),
                         ("1 2; 3 4", "must be square"), ("", "must be square"), ("1/0 1 1;1 1 1;1 1 1", "not a number")):
        with pytest.raises(InputError, match=message):
            convolution.parse_kernel(bad)


def test_a_kernel_that_does_not_fit_is_refused():
    with pytest.raises(InputError, match="does not fit"):
        convolution.convolve(np.zeros((4, 4)), np.ones((5, 5)), dilation=2)


def test_connectivity_counts_equal_torch_modules():
    h, w, c, h2, w2, c2, k = 8, 8, 3, 6, 6, 4, 3
    counts = convolution.connectivity(h, w, c, h2, w2, c2, k)
    assert counts.fully_connected == sum(p.numel() for p in nn.Linear(h * w * c, h2 * w2 * c2).parameters())
    assert counts.convolutional == sum(p.numel() for p in nn.Conv2d(c, c2, k).parameters())
    # Locally connected: one unshared k x k x C filter (and bias) per output position and channel.
    one_position = sum(p.numel() for p in nn.Conv2d(c, c2, k).parameters())
    assert counts.locally_connected == h2 * w2 * one_position


def test_connectivity_slide_example_and_bad_input():
    counts = convolution.connectivity(224, 224, 3, 55, 55, 96, 11)
    assert counts.convolutional == 34_944  # AlexNet's first layer
    assert counts.fully_connected == 224 * 224 * 3 * 55 * 55 * 96 + 55 * 55 * 96
    with pytest.raises(InputError, match="at least 1"):
        convolution.connectivity(224, 224, 0, 55, 55, 96, 11)
    with pytest.raises(InputError, match="does not fit"):
        convolution.connectivity(4, 4, 3, 2, 2, 8, 5)


# ---- the sliding window, step by step -----------------------------------------------------------

@pytest.mark.parametrize("name, stride, padding, dilation", [("Sobel x (vertical edges)", 1, 1, 1),
                                                             ("Gaussian 5x5", 2, 0, 1), ("Laplacian", 3, 5, 2),
                                                             ("identity", 1, 0, 4)])
def test_every_step_of_the_sliding_window_is_the_definition(tmp_path, name, stride, padding, dilation):
    from PIL import Image

    rng = np.random.default_rng(3)
    path = tmp_path / "picture.png"
    Image.fromarray(rng.integers(0, 256, (37, 52, 3), dtype=np.uint8)).save(path)
    kernel = convolution.KERNELS[name]
    k = kernel.shape[0]
    steps = convolution.step_count(k, stride, padding, dilation)
    first = convolution.sliding_step(path, kernel, stride, padding, dilation, 0)
    side = first.padded.shape[0] - 2 * padding
    picture = first.padded[padding:padding + side, padding:padding + side]
    expected = naive_correlation(picture, kernel, stride, padding, dilation)
    assert steps == expected.size == first.steps and side == convolution.step_side(k, padding, dilation)
    np.testing.assert_allclose(first.output, expected, atol=1e-5)
    for step in range(steps):
        s = convolution.sliding_step(path, kernel, stride, padding, dilation, step)
        assert (s.row, s.column) == divmod(step, expected.shape[1])  # reading order
        np.testing.assert_array_equal(s.rows, s.row * stride + dilation * np.arange(k))
        np.testing.assert_array_equal(s.kernel, kernel)  # the same weights at every position
        np.testing.assert_allclose(s.products, s.window * kernel)
        assert s.total == pytest.approx(expected[s.row, s.column], abs=1e-5)
    if padding:  # the ring of zeros the window slides over
        assert (first.padded[:padding] == 0).all() and (first.padded[:, -padding:] == 0).all()


def test_the_step_picture_is_the_centre_square_shrunk():
    grey = np.zeros((40, 60))
    grey[:, 10:50] = np.linspace(0, 1, 40)[:, None]  # the centre square: a vertical ramp
    small = convolution.small_picture(grey, 10)
    assert small.shape == (10, 10) and (np.diff(small[:, 4]) > 0).all() and np.ptp(small[3]) < 1e-6
    assert convolution.small_picture(np.full((7, 9), 0.25), 10) == pytest.approx(np.full((10, 10), 0.25))


def test_every_setting_of_the_playground_leaves_a_position_to_step_to():
    for k in (1, 3, 5, 7):
        for stride in range(convolution.STRIDES[0], convolution.STRIDES[1] + 1):
            for padding in range(convolution.PADDINGS[0], convolution.PADDINGS[1] + 1):
                for dilation in range(convolution.DILATIONS[0], convolution.DILATIONS[1] + 1):
                    assert convolution.step_count(k, stride, padding, dilation) >= 1
    assert convolution.step_count(3, 1, 1, 1) == convolution.STEP_SIDE ** 2


def test_a_step_outside_the_map_gets_one_sentence():
    from demo.base import config

    kernel = convolution.KERNELS["identity"]
    with pytest.raises(InputError, match="The step must be between 0 and 63"):
        convolution.sliding_step(config.PHOTO, kernel, 1, 0, 1, 64)
    with pytest.raises(InputError, match="Stride must be between 1 and 4"):
        convolution.sliding_step(config.PHOTO, kernel, 5, 0, 1, 0)
    with pytest.raises(InputError, match="could not be read"):
        convolution.sliding_step("/nonexistent/picture.png", kernel, 1, 0, 1, 0)


def test_the_tabs_sliding_window_text_names_the_size_of_the_step_picture():
    """The CNN tab's static text cannot take fields (the browser translates it): it names STEP_SIDE itself."""
    from demo.i18n import TABLES

    for table in TABLES.values():
        assert f"{convolution.STEP_SIDE}x{convolution.STEP_SIDE}" in table["cnn.md.sliding"]


def test_the_connectivity_sizes_are_checked_in_one_place():
    assert convolution.check_connectivity(224, 224, 3, 55, 55, 96, 11) == [224, 224, 3, 55, 55, 96, 11]
    for i, name in enumerate(convolution.CONNECTIVITY_NAMES):
        sizes = [8] * 7
        sizes[i] = convolution.CONNECTIVITY_MAX + 1
        with pytest.raises(InputError, match=f"^{name} must be between 1 and 100,000"):
            convolution.check_connectivity(*sizes)
