"""demo.classes.dataset: a page's classes as the `session` dataset the k-NN, Perceptron and Train tabs read."""

import numpy as np
import pytest
from doodles import KINDS, doodle

from demo.base import config
from demo.base.data import SESSION, for_page, list_datasets, load_dataset, title_of
from demo.base.errors import InputError
from demo.classes import dataset
from demo.classes.store import SESSIONS, as_picture
from demo.knn import maps
from demo.knn.pipeline import IndexSettings, accuracy_report, search
from demo.perceptron import model as perceptron


def _fill(session: str, kinds=KINDS, per_class=15, seed=0):
    rng = np.random.default_rng(seed)
    classes = SESSIONS.get(session)
    for kind in kinds:
        classes.add(classes.add_class(kind), [as_picture(doodle(kind, rng)) for _ in range(per_class)])
    return classes


@pytest.fixture
def pages():
    yield "page-a", "page-b"
    SESSIONS.end("page-a")
    SESSIONS.end("page-b")


def test_a_page_reads_its_own_classes_and_no_other(pages):
    a, b = pages
    _fill(a)
    with for_page(b), pytest.raises(InputError, match="no classes yet"):
        load_dataset(SESSION)
    with for_page(a):
        data = load_dataset(SESSION)
        assert load_dataset(SESSION) is data  # made once per version of the classes
    assert data.classes == KINDS and not data.shared and title_of(data.name) == "Your classes (this page)"
    assert data.image_shape == (1, 28, 28)  # doodles are drawings: prepared as MNIST was
    assert len(data.test_labels) == 15 and np.bincount(data.test_labels).tolist() == [5, 5, 5]
    assert len(data.train_labels) == 30
    _fill(b, kinds=("circle", "cross"), seed=1)
    with for_page(b):
        other = load_dataset(SESSION)
    assert other.classes == ("circle", "cross") and other.name != data.name
    SESSIONS.get(a).remove("circle", 0)
    with for_page(a):
        assert len(load_dataset(SESSION).train_labels) + len(load_dataset(SESSION).test_labels) == 44
    assert SESSION in {s.name for s in list_datasets()}


def test_one_class_or_none_is_one_sentence(pages):
    a, _ = pages
    with for_page(None), pytest.raises(InputError, match="no classes yet"):
        load_dataset(SESSION)
    _fill(a, kinds=("circle",))
    with for_page(a), pytest.raises(InputError, match="one class"):
        load_dataset(SESSION)


def test_colour_pictures_are_cifar_sized():
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (12, 3, 96, 96), dtype=np.uint8)
    data = dataset.as_dataset(images, np.repeat([0, 1], 6), ("red", "blue"))
    assert data.image_shape == (3, 32, 32)
    assert abs(float(data.train_images.mean()) - float(images.mean())) < 1.0  # averaged, not cropped


def test_knn_and_the_perceptron_on_a_pages_doodles_and_nothing_on_disk(pages, tmp_path, monkeypatch):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
    a, _ = pages
    _fill(a)
    with for_page(a):
        report = accuracy_report(SESSION, IndexSettings(), 10, "cnn", 3)
        found = search(SESSION, "cnn", IndexSettings(), 3, 0)
        clf = perceptron.classifier_for(SESSION)
        drawn = maps.dataset_maps(SESSION)
    pixels_at_3, features_at_3 = report.curves["pixels"][1][2], report.curves["cnn"][1][2]
    # Prepared as MNIST was (centred, scaled), the doodles' pixels are already easy: LeNet-5's features as good.
    assert features_at_3 >= 0.9 and features_at_3 >= pixels_at_3 >= 0.6
    assert found.data.classes == KINDS and found.truth == found.data.test_labels[0]
    assert clf.weight.shape[0] == 3 and 0 < clf.test_accuracy <= 1
    assert len(drawn.positions) == 30 and drawn.features_agreement >= 0.8  # of 10 neighbours, 9 can share a class of 10
    assert not any(tmp_path.rglob("*")), "nothing made from a page's pictures is written to the shared cache"


def test_a_network_trains_on_a_pages_doodles(pages):
    from demo.train import experiments

    a, _ = pages
    _fill(a, per_class=9)
    s = experiments.settings("lenet5", SESSION, "relu", "none", 0.0, "adam", 0.001, 2, 8, False, 0)
    with for_page(a):
        run = experiments.train(s)
    assert run.data.classes == KINDS and title_of(run.data.name) == "Your classes (this page)"
    assert run.confusion.shape == (3, 3) and run.confusion.sum() == 9 and 0 < run.test_accuracy <= 1
