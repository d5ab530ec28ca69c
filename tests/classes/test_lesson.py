"""The lesson on a student's classes: the split, the moved copies, the features chosen, the four numbers."""

import numpy as np
import pytest
from doodles import KINDS, doodle

from demo.base.errors import InputError
from demo.classes import lesson as lesson_module
from demo.classes.lesson import METHODS, SHIFT, choose_features, lesson, moved, space_map, split
from demo.classes.store import as_picture


def _classes(per_class=15, seed=0):
    rng = np.random.default_rng(seed)
    images = [np.asarray(as_picture(doodle(kind, rng))).transpose(2, 0, 1) for kind in KINDS for _ in range(per_class)]
    return np.stack(images), np.repeat(np.arange(len(KINDS)), per_class), KINDS


def test_split_holds_out_a_third_of_each_class_and_refuses_a_tiny_class():
    labels = np.repeat([0, 1], [9, 6])
    train, test = split(labels, 2)
    assert sorted(np.bincount(labels[test]).tolist()) == [2, 3] and not set(train) & set(test)
    assert len(train) + len(test) == 15
    with pytest.raises(InputError, match="'dog' has 1 pictures"):
        split(np.array([0] * 6 + [1]), 2, ("cat", "dog"))


def test_moved_copies_shift_right_and_down_onto_white():
    images = np.zeros((1, 3, 96, 96), np.uint8)
    shifted = moved(images)
    assert (shifted[0, :, :SHIFT] == 255).all() and (shifted[0, :, :, :SHIFT] == 255).all()
    assert (shifted[0, :, SHIFT:, SHIFT:] == 0).all()


def test_features_follow_the_pictures_and_the_weights(monkeypatch):
    grey, _, _ = _classes(1)
    assert choose_features(grey)[0] == "lenet5"
    colour = grey.copy()
    colour[:, 0] = 0
    monkeypatch.setattr(lesson_module, "imagenet_available", lambda name: (False, "no weights"))
    network, why = choose_features(colour)
    assert network == "lenet5" and "--imagenet-dir" in why
    monkeypatch.setattr(lesson_module, "imagenet_available", lambda name: (True, ""))
    assert choose_features(colour)[0] == "alexnet"


def test_the_lesson_on_three_doodle_classes():
    images, labels, names = _classes()
    result = lesson(images, labels, names)
    assert result.features == "lenet5" and result.n_train + result.n_test == 45 and result.n_test == 15
    for method in METHODS:
        assert 0 <= result.drawn[method] <= 1 and 0 <= result.moved[method] <= 1
        assert (result.drawn[method] * 15).is_integer()  # a share of the 15 held-out pictures
    # LeNet-5's features tell drawn shapes apart far better than chance (1/3)
    assert result.drawn["knn_features"] >= 0.8 and result.drawn["fc_features"] >= 0.8
    assert lesson(images, labels, names) == result  # the same seed, the same numbers


def test_one_class_is_not_a_lesson():
    images, labels, _ = _classes(6)
    with pytest.raises(InputError, match="at least 2 classes"):
        lesson(images[:6], labels[:6], ("circle",))


def test_the_space_map_of_doodles():
    images, labels, _ = _classes(10)
    result = space_map(images, labels)
    assert result.network == "lenet5" and result.pixels_xy.shape == result.features_xy.shape == (30, 2)
    assert 0 <= result.pixels_agreement <= 1 and result.features_agreement >= 0.8
    with pytest.raises(InputError, match="at least 2 classes"):
        space_map(images[:10], labels[:10])


def test_photos_of_two_objects_take_alexnets_features_with_imagenet_weights(monkeypatch):
    """With ImageNet weights (the tests' own stand-ins, under torchvision's file names), colour photos go the
    same way as drawings, through AlexNet's fc7."""
    from imagenet_standin import standin_dir
    from PIL import Image, ImageOps

    from demo.base import config
    from demo.classify import photos

    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir())
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    images, labels = [], []
    for c, name in enumerate(("cat", "coffee")):
        photo = Image.fromarray(photos.bundled(name))
        w, h = photo.size
        for i in range(6):  # the same object photographed a little differently: framing, mirror, light
            crop = photo.crop((i * w // 40, i * h // 50, w - (5 - i) * w // 40, h - (5 - i) * h // 60))
            shot = ImageOps.mirror(crop) if i % 2 else crop
            shot = Image.eval(shot, lambda v, i=i: min(255, int(v * (0.85 + 0.05 * i))))
            images.append(np.asarray(as_picture(shot)).transpose(2, 0, 1))
            labels.append(c)
    result = lesson(np.stack(images), np.array(labels), ("cat", "coffee"))
    assert result.features == "alexnet" and "AlexNet's fc7" in result.why
    assert result.n_test == 4 and all(0 <= v <= 1 for v in [*result.drawn.values(), *result.moved.values()])
    assert result.live.network == "alexnet" and result.live.probabilities(np.stack(images[:2])).shape == (2, 2)
