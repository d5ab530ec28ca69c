"""demo.receptive_field.effective on real networks: the gradient-measured field against the theoretical box."""

import numpy as np
import pytest

from demo.receptive_field import effective as receptive_field
from demo.nets import photo_transforms as transforms
from demo.base.errors import InputError


@pytest.fixture(autouse=True)
def offline(offline_torch_hub):
    """Every test here runs without ImageNet weights."""


def test_measurement_on_lenet5_fits_the_theory(mnist):
    m = receptive_field.measure("lenet5", mnist.test_images[0, 0], "conv2", (5, 5))
    assert m.info.rf == (14, 14) and m.info.jump == (2, 2)
    assert m.support == tuple(int(v) for v in m.box)  # gradient support is exactly the box
    assert m.inside == pytest.approx(1.0)
    assert m.radius_90 < (m.info.rf[0] - 1) / 2  # the effective field is smaller than the box
    assert m.overlay.shape[2] == 3 and m.feature.ndim == 3


def test_measurement_on_random_alexnet_and_bad_units():
    photo = transforms.photo_crop(np.random.default_rng(0).integers(0, 256, (300, 400, 3), dtype=np.uint8))
    assert photo.shape == (224, 224, 3)
    m = receptive_field.measure("alexnet", photo, "conv3", (6, 6))
    assert m.info.rf == (99, 99) and "random initialisation" in m.note
    assert m.radius_90 < 49
    with pytest.raises(InputError, match="13x13 map"):
        receptive_field.measure("alexnet", photo, "conv3", (13, 0))
    with pytest.raises(InputError, match="layer of alexnet must be one of"):
        receptive_field.measure("alexnet", photo, "conv9", (0, 0))


def test_click_to_unit():
    f = np.ceil(receptive_field.MAP_SIDE / 13)
    assert receptive_field.unit_from_click((13, 13), 0, 0) == (0, 0)
    assert receptive_field.unit_from_click((13, 13), 5 * f + 1, 7 * f + 1) == (7, 5)
    assert receptive_field.unit_from_click((13, 13), 10_000, -5) == (0, 12)
