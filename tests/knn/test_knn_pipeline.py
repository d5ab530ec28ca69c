"""demo.knn.pipeline end to end: a query's neighbours, accuracy for every k, and any registered
dataset, class folders under the data root included."""

import numpy as np
import pytest
from helpers import render_digit
from PIL import Image

from demo.base import config
from demo.base.errors import InputError
from demo.base.metrics import confusion_matrix
from demo.knn import embeddings
from demo.knn import index as knn
from demo.knn.pipeline import (
    IndexSettings,
    accuracy_report,
    evaluation_subset,
    parse_settings,
    search,
)

EXACT = IndexSettings()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    embeddings.clear_memory_cache()
    yield
    embeddings.clear_memory_cache()


def test_a_test_image_finds_its_nearest_training_images(mnist):
    r = search("mnist-subset", "pixels", EXACT, 5, 123)
    x = mnist.train_images.reshape(4000, -1).astype(np.float64) / 255
    q = mnist.test_images[123].reshape(-1).astype(np.float64) / 255
    d = np.sqrt(((x - q) ** 2).sum(1))
    np.testing.assert_array_equal(r.neighbours.ids, np.argsort(d)[:5])
    np.testing.assert_allclose(r.neighbours.scores, np.sort(d)[:5], rtol=1e-4)
    assert r.truth == mnist.test_labels[123] and r.query_image.shape == (1, 28, 28)
    assert r.neighbours.prediction == np.bincount(mnist.train_labels[np.argsort(d)[:5]]).argmax()


def test_a_photo_of_a_digit_is_prepared_like_mnist_and_classified(mnist):
    for i in (5, 250, 777):
        photo = render_digit(mnist.test_images[i, 0], offset=(150, 80)).convert("RGBA")
        r = search("mnist-subset", "cnn", EXACT, 5, photo)
        assert r.truth is None and r.neighbours.prediction == mnist.test_labels[i]


def test_accuracy_for_every_k_equals_one_search_per_k(mnist):
    settings = IndexSettings(metric="l1")
    report = accuracy_report("mnist-subset", settings, 6, "pca", 4, spaces=("pca",))
    emb = embeddings.embed(mnist, "pca")
    index = knn.build_index(emb.train, "l1", "exact")
    for k in (1, 2, 4, 6):
        ids = index.search(emb.test, k)[1]
        pred = knn.vote(mnist.train_labels[ids], 10)[0]
        assert report.curves["pca"][1][k - 1] == pytest.approx((pred == mnist.test_labels).mean())
        if k == 4:
            np.testing.assert_array_equal(report.confusion, confusion_matrix(mnist.test_labels, pred, 10))
    assert report.num_queries == 1000 and report.confusion.sum() == 1000


def test_cnn_features_beat_pixels_on_the_bundled_digits():
    report = accuracy_report("mnist-subset", EXACT, 10, "cnn", 3)
    pixels, cnn = report.curves["pixels"][1], report.curves["cnn"][1]
    assert pixels.max() > 0.9 and cnn.max() > pixels.max() + 0.02


def test_large_test_splits_are_subsampled_evenly():
    idx = evaluation_subset(10_000, 2_000)
    assert len(idx) == 2_000 and idx[0] == 0 and idx[-1] == 9_999 and set(np.diff(idx)) <= {5, 6}
    assert np.array_equal(evaluation_subset(500, 2_000), np.arange(500))


def _folder(root, classes, per_class=6, unreadable=0):
    rng = np.random.default_rng(0)
    for c, colour in enumerate(classes):
        d = root / "shapes" / colour
        d.mkdir(parents=True)
        for i in range(per_class):
            pixels = np.clip(rng.normal(60 + 120 * c, 20, (40, 40, 3)), 0, 255).astype(np.uint8)
            Image.fromarray(pixels).save(d / f"{i}.png")
        for i in range(unreadable):
            (d / f"broken{i}.png").write_bytes(b"not a png")


def test_a_class_folder_under_the_data_root_is_searched(tmp_path, monkeypatch, cache):
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    _folder(tmp_path, ["dark", "light"], unreadable=2)
    r = search("folder:shapes", "pixels", EXACT, 3, Image.new("RGBA", (64, 64), (200, 200, 200, 255)))
    assert r.data.classes == ("dark", "light") and r.neighbours.prediction == 1
    assert r.query_image.shape == (3, 32, 32) and "4 unreadable" in r.data.source
    report = accuracy_report("folder:shapes", EXACT, 3, "pixels", 1, spaces=("pixels", "cnn"))
    assert report.curves["pixels"][1][0] == 1.0
    if not embeddings.imagenet_available(embeddings.BACKBONE)[0]:
        assert "ImageNet" in report.missing["cnn"]


@pytest.mark.parametrize("classes, unreadable, message", [
    (["only"], 0, "at least two"),
    (["dark", "light"], None, "fewer than two classes with a readable image"),
])
def test_unusable_folders_get_one_sentence(tmp_path, monkeypatch, classes, unreadable, message):
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    if unreadable is None:
        _folder(tmp_path, classes, per_class=0, unreadable=3)
        Image.new("RGB", (8, 8)).save(tmp_path / "shapes" / "dark" / "ok.png")  # one class readable
    else:
        _folder(tmp_path, classes)
    with pytest.raises(InputError, match=message):
        search("folder:shapes", "pixels", EXACT, 1, 0)


@pytest.mark.parametrize("call, message", [
    (lambda: search("mnist-subset", "pixels", EXACT, 0, 0), "k must be between 1 and 50"),
    (lambda: search("mnist-subset", "pixels", EXACT, 51, 0), "k must be between 1 and 50"),
    (lambda: search("mnist-subset", "pixels", EXACT, 3, 1000), "must be between 0 and 999"),
    (lambda: search("mnist-subset", "pixels", IndexSettings(kind="ivf", nlist=5000), 3, 0), "more than the 4,000"),
    (lambda: search("/etc", "pixels", EXACT, 3, 0), "no dataset called '/etc'"),
    (lambda: accuracy_report("mnist-subset", EXACT, 101, "pixels", 1), "largest k must be between 1 and 100"),
    (lambda: parse_settings("l2", "exact", "many", 8, 32, 64), "nlist .* whole number"),
    (lambda: parse_settings("l2", "exact", 0, 0, 32, 64), "nprobe must be between 1"),
    (lambda: parse_settings("l2", "exact", 0, 8, 32, 2.5), "efSearch must be a whole number"),
])
def test_bad_input_gets_one_sentence(call, message):
    with pytest.raises(InputError, match=message):
        call()


def test_settings_from_a_form():
    assert parse_settings("cosine", "ivf", 0, "16", 32.0, 64) == IndexSettings("cosine", "ivf", None, 16, 32, 64)
    assert parse_settings("l2", "ivf", "300", 8, 32, 64).nlist == 300


def test_k_beyond_a_small_datasets_training_images_is_refused(tmp_path, monkeypatch, cache):
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    _folder(tmp_path, ["dark", "light"], per_class=6)  # 12 images: 10 train, 2 test
    with pytest.raises(InputError, match="k = 11 is larger than the 10 training vectors"):
        search("folder:shapes", "pixels", EXACT, 11, 0)


def test_the_accuracy_report_stops_at_the_servers_time_budget(cache):
    report = accuracy_report("mnist-subset", EXACT, 5, "pca", 3, budget_s=0.0)
    assert list(report.curves) == ["pca"] and report.confusion is not None  # the asked-for space is measured
    assert set(report.missing) == {"pixels", "cnn"}
    assert all("time budget of 0 s" in why for why in report.missing.values())
