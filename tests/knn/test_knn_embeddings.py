"""demo.knn.embeddings against trusted references (scikit-learn's PCA, LeNet-5's own forward pass),
and its disk cache: reused when fresh, rebuilt when the data or the weights change."""

import shutil
from dataclasses import replace

import numpy as np
import pytest
import sklearn.decomposition
import torch
from safetensors.torch import load_file, save_file

from demo.base import config
from demo.classify import digits
from demo.base.data import ImageDataset
from demo.base.errors import InputError
from demo.knn import embeddings
from demo.nets.weights import shipped, weights_paths


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh, empty embedding cache on disk and in memory."""
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    embeddings.clear_memory_cache()
    yield tmp_path / "cache"
    embeddings.clear_memory_cache()


def test_pixels_are_the_flattened_images_in_unit_range(mnist, cache):
    emb = embeddings.embed(mnist, "pixels")
    assert emb.train.shape == (4000, 784) and emb.test.shape == (1000, 784) and emb.train.dtype == np.float32
    np.testing.assert_array_equal(emb.train[7], mnist.train_images[7].ravel() / np.float32(255))


def test_pca_matches_scikit_learn_fitted_on_the_train_split_only(mnist, cache):
    emb = embeddings.embed(mnist, "pca")
    x_train = mnist.train_images.reshape(4000, -1) / 255.0
    ref = sklearn.decomposition.PCA(embeddings.PCA_DIM, svd_solver="full").fit(x_train)
    expected = ref.transform(mnist.test_images.reshape(1000, -1) / 255.0)
    signs = np.sign((emb.test * expected).sum(0))  # a principal axis is defined up to its sign
    np.testing.assert_allclose(emb.test * signs, expected, atol=2e-3)
    # Queries are projected with the same fitted axes.
    np.testing.assert_allclose(embeddings.embed_images(emb, mnist.test_images[:5]), emb.test[:5], atol=1e-5)


def test_cnn_features_are_lenet5_f6_activations(mnist, cache):
    emb = embeddings.embed(mnist, "cnn")
    assert emb.dim == 84 and "LeNet-5" in emb.title
    model, card = shipped("lenet5")
    seen = {}
    model.classifier[3].register_forward_hook(lambda m, i, o: seen.setdefault("f6", o.detach().cpu().clone()))
    try:
        x = (torch.from_numpy(mnist.test_images[:8]).float() / 255 - card["normalisation"]["mean"][0]) \
            / card["normalisation"]["std"][0]
        with torch.inference_mode():
            model.cpu()(x)
    finally:
        model.classifier[3]._forward_hooks.clear()
    np.testing.assert_allclose(emb.test[:8], seen["f6"].numpy(), atol=1e-4)


def test_the_cache_is_reused_when_fresh_and_rebuilt_when_stale(mnist, cache, tmp_path, monkeypatch):
    first = embeddings.embed(mnist, "cnn")
    path = embeddings.cache_path(mnist.name, "cnn")
    assert path.exists()
    embeddings.clear_memory_cache()
    computed = []
    real = embeddings._compute
    monkeypatch.setattr(embeddings, "_compute", lambda *a: computed.append(a[1]) or real(*a))
    again = embeddings.embed(mnist, "cnn")
    assert computed == [] and again.key == first.key  # read from disk
    np.testing.assert_array_equal(again.train, first.train)

    # New weights (one bias changed) -> a new key -> the stale file is rebuilt (the network is
    # loaded once per process, so the test hands the changed one over itself).
    weights = tmp_path / "weights"
    shutil.copytree(config.WEIGHTS_DIR, weights)
    tensors, _ = weights_paths("lenet5", weights)
    state = load_file(str(tensors))
    state["classifier.2.bias"] = state["classifier.2.bias"] + 1.0
    save_file(state, str(tensors), metadata={"model": "lenet5"})
    monkeypatch.setattr(config, "WEIGHTS_DIR", weights)
    monkeypatch.setattr(embeddings, "_network", lambda name: _load_lenet(weights))
    embeddings.clear_memory_cache()
    fresh = embeddings.embed(mnist, "cnn")
    assert computed == ["cnn"] and fresh.key != first.key
    assert not np.allclose(fresh.train, first.train)

    # Different data (one image changed) -> a new key as well.
    changed = replace(mnist, train_images=mnist.train_images.copy())
    changed.train_images[0, 0, 0, 0] ^= 1
    assert embeddings.cache_key(changed, "pca") != embeddings.cache_key(mnist, "pca")


def _load_lenet(directory):
    from demo.nets.weights import load_trained

    return load_trained("lenet5", directory)[0]


def test_a_damaged_cache_file_is_rebuilt(mnist, cache):
    path = embeddings.cache_path(mnist.name, "pca")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not an npz file")
    emb = embeddings.embed(mnist, "pca")
    assert emb.dim == embeddings.PCA_DIM
    embeddings.clear_memory_cache()
    assert embeddings._read_disk(path, emb.key, mnist, "pca") is not None


def _colour(n: int = 20) -> ImageDataset:
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, size=(n, 3, 32, 32), dtype=np.uint8)
    labels = np.arange(n) % 2
    return ImageDataset("folder:toy", ("a", "b"), images[:16], labels[:16], images[16:], labels[16:],
                        (0.5,) * 3, (0.3,) * 3, "test")


def test_colour_cnn_features_without_imagenet_weights_say_how_to_get_them(cache, tmp_path, monkeypatch):
    old = torch.hub.get_dir()
    torch.hub.set_dir(str(tmp_path / "empty-hub"))
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    try:
        with pytest.raises(InputError, match="ImageNet weights.*pixel and PCA spaces work"):
            embeddings.embed(_colour(), "cnn")
    finally:
        torch.hub.set_dir(old)
    assert embeddings.embed(_colour(), "pca").train.shape == (16, 16)  # at most N components


def test_other_weights_under_the_official_file_name_make_another_cnn_key(tmp_path, monkeypatch):
    path = tmp_path / "alexnet-owt-7be5be79.pth"
    monkeypatch.setattr(embeddings, "imagenet_available", lambda name: (True, ""))
    monkeypatch.setattr(embeddings, "imagenet_weights_path", lambda name: path)
    path.write_bytes(b"the official weights")
    official = embeddings.cache_key(_colour(), "cnn")
    path.write_bytes(b"other weights, same name")
    assert embeddings.cache_key(_colour(), "cnn") != official
    path.write_bytes(b"the official weights")
    assert embeddings.cache_key(_colour(), "cnn") == official


def test_bad_input(mnist, cache):
    empty = replace(mnist, train_images=mnist.train_images[:0], train_labels=mnist.train_labels[:0])
    with pytest.raises(InputError, match="no images"):
        embeddings.embed(empty, "pixels")
    with pytest.raises(InputError, match="embedding space must be one of"):
        embeddings.embed(mnist, "sift")


def test_pictures_are_made_to_look_like_the_dataset(mnist):
    from helpers import render_digit
    from PIL import Image

    page = render_digit(mnist.test_images[0, 0])
    image = embeddings.as_dataset_image(page.convert("RGBA"), mnist)
    np.testing.assert_array_equal(image[0], digits.prepare_digit(page.convert("RGBA")))
    colour = embeddings.as_dataset_image(Image.new("RGBA", (300, 200), (255, 0, 0, 255)), _colour())
    assert colour.shape == (3, 32, 32) and colour[0].min() == 255 and colour[1].max() == 0


def test_a_truncated_cnn_cache_is_rebuilt_not_fatal(mnist, cache, caplog):
    first = embeddings.embed(mnist, "cnn")
    path = embeddings.cache_path(mnist.name, "cnn")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])  # a write killed half way
    embeddings.clear_memory_cache()
    again = embeddings.embed(mnist, "cnn")
    np.testing.assert_allclose(again.train, first.train, atol=1e-5)
    assert "could not be read" in caplog.text
    assert embeddings._read_disk(path, again.key, mnist, "cnn") is not None  # and it was written again
