"""Embeddings: the vectors a k-NN classifier compares, one per image of a dataset.

Three spaces, from the lecture's "memorise all the pixels" to "compare what a CNN sees":
- "pixels": every image flattened, pixel / 255, so a 28x28 digit is a 784-d vector (the CS231n
  k-NN baseline, where the L1 distance between CIFAR-10 images is the first classifier shown).
- "pca": those pixels projected on their top `PCA_DIM` principal components (Pearson 1901;
  Hotelling 1933), fitted on the train split only, so the test split stays unseen.
- "cnn": the penultimate layer of a trained network, "CNN features off-the-shelf" (Donahue et al.,
  DeCAF, ICML 2014; Razavian et al., CVPR workshops 2014). Grey 28x28 datasets use the shipped
  LeNet-5 (its 84-d F6 activations); colour datasets use torchvision's AlexNet with ImageNet
  weights (its 4096-d fc7 activations) when torchvision's cache has them, else a clear sentence.

Pixels cost a cast; PCA and CNN embeddings are cached on disk in `config.CACHE_DIR/embeddings`,
one file per (dataset, space), holding a key made of the dataset's content fingerprint, the model
and a hash of its weights file's contents. A file whose key differs is stale and is rebuilt.
"""

import functools
import hashlib
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image, ImageOps

from demo.base import config
from demo.base.cache import BoundedCache, load_npz, save_npz
from demo.base.data import ImageDataset, load_dataset, title_of
from demo.base.device import best_device, gpu
from demo.classify.digits import ink_map, mnist_style
from demo.base.errors import InputError, one_of
from demo.base import fingerprints
from demo.base.fingerprints import data_fingerprint, file_hash
from demo.i18n import say
from demo.base.images import to_rgb
from demo.nets.models import imagenet_available, imagenet_weights_path, load_imagenet_model
from demo.base.progress import Progress
from demo.base.transforms import normalise, normalise_with_card
from demo.nets.photo_transforms import photo_batch
from demo.nets.weights import shipped, weights_paths

SPACES = {"pixels": "raw pixels", "pca": "PCA of the pixels", "cnn": "CNN features",
          "trained": "your trained network's features"}
PCA_DIM = 50  # components; keeps about 80% of MNIST's pixel variance in 6% of the dimensions
EMBED_BATCH = 256  # images per forward pass (AlexNet at 224x224: about 0.6 GB of activations)
DIGIT_MODEL = "lenet5"  # shipped weights, for grey 28x28 datasets
BACKBONE = "alexnet"  # torchvision model with ImageNet weights, for colour datasets
DIGIT_DATASETS = {"mnist-subset", "mnist"}  # made MNIST's way, so uploads are prepared the same way
CACHE_VERSION = 2  # bump when the way an embedding is computed changes
MEMORY_CACHE = 8  # embeddings kept in memory (the app's recent datasets x spaces)
MEMORY_BYTES = config.CACHE_MEMORY_MB * 2**20 // 2  # half the memory budget; the indexes have the rest



def space_title(space: str) -> str:
    """A space's name for a choice or a sentence ("raw pixels"), in the request's language."""
    return say(f"knn.space.{space}")


@dataclass(frozen=True)
class Embedding:
    """A dataset's train and test images as vectors: float32 (N, d) and (M, d)."""

    dataset: str
    space: str
    train: np.ndarray
    test: np.ndarray
    key: str  # what the vectors depend on; a different key means a stale cache
    pca_mean: np.ndarray | None = None  # (C*H*W,) pixel mean of the train split, "pca" only
    pca_components: np.ndarray | None = None  # (d, C*H*W) rows are principal axes, "pca" only
    network: "TrainedNetwork | None" = None  # "trained" only
    model: str = ""  # the network of the "cnn" space: DIGIT_MODEL or BACKBONE

    @property
    def dim(self) -> int:
        return self.train.shape[1]

    @property
    def title(self) -> str:
        """What the vectors are, for captions ("LeNet-5 F6 features (84-d)"), in the request's language:
        made on each call, since embeddings are cached and shared by students of both languages."""
        if self.space == "trained":
            return say("knn.title.trained", network=self.network.title)
        if self.space == "cnn":
            return say("knn.title.lenet" if self.model == DIGIT_MODEL else "knn.title.alexnet", dim=self.dim)
        return say(f"knn.title.{self.space}", dim=self.dim)


@dataclass(frozen=True)
class TrainedNetwork:
    """A network a student trained in the Train tab, whose penultimate activations are a space."""

    model: torch.nn.Sequential  # its last module is the fully connected layer that scores the classes
    key: str  # which run (the session and the run's number)
    title: str
    dataset: str  # the dataset it was trained on (and whose statistics normalised its inputs)

    def features(self, images: np.ndarray, data: ImageDataset) -> np.ndarray:
        """uint8 (N, C, H, W) -> float32 (N, d): everything but the last layer, as DeCAF does."""
        body = self.model[:-1].eval()
        out = []
        with torch.inference_mode():
            for start in range(0, len(images), EMBED_BATCH):
                x = normalise(images[start:start + EMBED_BATCH], data.mean, data.std)
                out.append(torch.flatten(body(x), 1).float().numpy())
        return np.concatenate(out)


_LOCK = threading.Lock()  # the app's callbacks run in several threads; the caches are shared


def _model_for(data: ImageDataset) -> tuple[str, str]:
    """(model name, weights identity) of the CNN space for this dataset, or InputError."""
    c, h, w = data.image_shape
    if c == 1 and h == w == 28:
        tensors, _ = weights_paths(DIGIT_MODEL)
        if not tensors.exists():
            raise InputError(say("knn.err.no_lenet", folder=tensors.parent))
        return DIGIT_MODEL, file_hash(tensors)
    if c == 3:
        ok, note = imagenet_available(BACKBONE)
        if not ok:
            raise InputError(say("knn.err.no_imagenet", note=note))
        path = imagenet_weights_path(BACKBONE)
        # torchvision's file names carry a hash of the official contents, but any file may sit under that name:
        # the key holds the contents' own hash (read once per size and modification time).
        return BACKBONE, f"{path.name}:{file_hash(path)}"
    raise InputError(say("knn.err.no_cnn", c=c, h=h, w=w))


def cache_key(data: ImageDataset, space: str) -> str:
    """What the `space` embedding of `data` depends on, as a short hex string."""
    one_of(space, SPACES, "knn.name.space")
    parts = [str(CACHE_VERSION), data.name, data_fingerprint(data), space]
    if space == "pca":
        parts.append(str(PCA_DIM))
    if space == "cnn":
        parts.extend(_model_for(data))
    return hashlib.blake2b("|".join(parts).encode(), digest_size=12).hexdigest()


# ---- the three spaces -------------------------------------------------------------------------

def flatten_pixels(images: np.ndarray) -> np.ndarray:
    """uint8 (N, C, H, W) -> float32 (N, C*H*W) in [0, 1]."""
    return images.reshape(len(images), -1).astype(np.float32) / 255.0


def fit_pca(x: np.ndarray, dim: int = PCA_DIM) -> tuple[np.ndarray, np.ndarray]:
    """(mean (D,), components (dim, D)) of the rows of x (N, D), by SVD of the centred data."""
    mean = x.mean(axis=0, dtype=np.float64).astype(np.float32)
    t = torch.from_numpy(x - mean)
    _, _, vh = torch.linalg.svd(t, full_matrices=False)  # rows of vh: principal axes, by variance
    return mean, vh[: min(dim, vh.shape[0])].numpy().copy()


def _penultimate(model: torch.nn.Module, x: torch.Tensor) -> torch.Tensor:
    """LeNet-5's F6 (84-d) or AlexNet's fc7 (4096-d): everything but the last linear layer."""
    if hasattr(model, "avgpool"):  # torchvision AlexNet: features -> avgpool -> classifier
        x = torch.flatten(model.avgpool(model.features(x)), 1)
    else:
        x = torch.flatten(model.features(x), 1)
    return model.classifier[:-1](x)


@functools.cache
def _network(name: str) -> torch.nn.Module:
    """The CNN space's network in eval mode, loaded once per process."""
    if name == DIGIT_MODEL:
        return shipped(DIGIT_MODEL)[0]
    return load_imagenet_model(name)[0]


def _network_input(images: np.ndarray, model_name: str, device: torch.device) -> torch.Tensor:
    """uint8 (B, C, H, W) -> what the network was trained on: LeNet-5's card statistics, or the
    ImageNet weights' own transforms (resize 256, centre-crop 224, mean/std; demo.base.transforms)."""
    if model_name == DIGIT_MODEL:
        return normalise_with_card(images, shipped(DIGIT_MODEL)[1], device)
    return photo_batch(images, model_name, device)


@gpu
def cnn_features(images: np.ndarray, model_name: str, progress: Progress | None = None) -> np.ndarray:
    """uint8 (N, C, H, W) -> float32 (N, d) penultimate activations, in batches on the best device."""
    model = _network(model_name)
    device = best_device()
    model.to(device)
    out = []
    with torch.inference_mode():
        for start in range(0, len(images), EMBED_BATCH):
            x = _network_input(images[start:start + EMBED_BATCH], model_name, device)
            out.append(_penultimate(model, x).float().cpu().numpy())
            if progress is not None:
                progress(min(start + EMBED_BATCH, len(images)), len(images),
                         say("knn.progress.features", model=model_name))
    return np.concatenate(out) if out else np.zeros((0, 0), np.float32)


def embed_images(emb: Embedding, images: np.ndarray) -> np.ndarray:
    """New images uint8 (B, C, H, W), shaped like the dataset's, -> float32 (B, d) in `emb`'s space."""
    if emb.space == "pixels":
        return flatten_pixels(images)
    if emb.space == "pca":
        return (flatten_pixels(images) - emb.pca_mean) @ emb.pca_components.T
    if emb.space == "trained":
        return emb.network.features(images, load_dataset(emb.network.dataset))
    return cnn_features(images, DIGIT_MODEL if images.shape[1] == 1 else BACKBONE)


def _compute(data: ImageDataset, space: str, key: str, progress: Progress | None) -> Embedding:
    if space == "pixels":
        return Embedding(data.name, space, flatten_pixels(data.train_images), flatten_pixels(data.test_images), key)
    if space == "pca":
        train = flatten_pixels(data.train_images)
        mean, comps = fit_pca(train)
        if progress is not None:
            progress(1, 2, say("knn.progress.pca"))
        emb = Embedding(data.name, space, ((train - mean) @ comps.T).astype(np.float32),
                        ((flatten_pixels(data.test_images) - mean) @ comps.T).astype(np.float32), key, mean, comps)
        return emb
    name, _ = _model_for(data)
    images = np.concatenate([data.train_images, data.test_images])
    feats = cnn_features(images, name, progress)
    n = len(data.train_images)
    return Embedding(data.name, space, feats[:n], feats[n:], key, model=name)


# ---- the cache: memory first, then disk -------------------------------------------------------

_MEMORY = BoundedCache(MEMORY_CACHE, MEMORY_BYTES, lambda emb: emb.train.nbytes + emb.test.nbytes)
_BUILDING: dict[str, threading.Lock] = {}  # one computation per key at a time; the others wait for it


def cache_path(dataset: str, space: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", dataset)
    return config.CACHE_DIR / "embeddings" / f"{safe}-{space}.npz"


_DISK_KEYS = ("key", "train", "test")  # titles are made per call, in the page's language


def _read_disk(path: Path, key: str, data: ImageDataset, space: str) -> Embedding | None:
    """The cached embedding, or None when missing, damaged (demo.base.cache), stale or of the wrong size."""
    f = load_npz(path, _DISK_KEYS + (("pca_mean", "pca_components") if space == "pca" else ()))
    if f is None or str(f["key"]) != key:
        return None  # missing, damaged, or stale: the data, the weights or the recipe changed
    if len(f["train"]) != len(data.train_labels) or len(f["test"]) != len(data.test_labels):
        return None
    extra = (f["pca_mean"], f["pca_components"]) if space == "pca" else (None, None)
    model = (DIGIT_MODEL if data.image_shape[0] == 1 else BACKBONE) if space == "cnn" else ""  # as _model_for
    return Embedding(data.name, space, f["train"], f["test"], key, *extra, model=model)


def _write_disk(path: Path, emb: Embedding) -> None:
    arrays = dict(key=np.array(emb.key), train=emb.train, test=emb.test)
    if emb.space == "pca":
        arrays.update(pca_mean=emb.pca_mean, pca_components=emb.pca_components)
    save_npz(path, **arrays)  # atomic; a read-only cache folder means computing again next time


def embed_trained(data: ImageDataset, network: TrainedNetwork | None) -> Embedding:
    """The "trained" space: a student's network's penultimate features of `data` (in memory only)."""
    if network is None:
        raise InputError(say("knn.err.no_trained"))
    if network.dataset != data.name:
        raise InputError(say("knn.err.trained_elsewhere", dataset=title_of(network.dataset)))
    key = f"trained|{network.key}"
    emb = _MEMORY.get(key)
    if emb is None:
        train, test = network.features(data.train_images, data), network.features(data.test_images, data)
        emb = Embedding(data.name, "trained", train, test, key, network=network)
        _MEMORY.put(key, emb)
    return emb


def embed(data: ImageDataset, space: str, progress: Progress | None = None,
          network: TrainedNetwork | None = None) -> Embedding:
    """The `space` embedding of a dataset's train and test splits, from cache when still fresh
    (`network`: the student's, for the "trained" space)."""
    if len(data.train_labels) == 0 or len(data.test_labels) == 0:
        raise InputError(say("knn.err.empty_split", dataset=title_of(data.name)))
    if space == "trained":
        return embed_trained(data, network)
    key = cache_key(data, space)
    emb = _MEMORY.get(key)
    if emb is not None:
        return emb
    with _LOCK:
        building = _BUILDING.setdefault(key, threading.Lock())
    with building:  # a class opening the tab together computes it once
        emb = _MEMORY.get(key)
        if emb is None:
            on_disk = space != "pixels" and data.shared  # a page's own pictures: kept in memory only
            path = cache_path(data.name, space)
            emb = _read_disk(path, key, data, space) if on_disk else None
            if emb is None:
                emb = _compute(data, space, key, progress)
                if on_disk:
                    _write_disk(path, emb)
            _MEMORY.put(key, emb)
    with _LOCK:
        _BUILDING.pop(key, None)
    return emb


def clear_memory_cache() -> None:
    """Forget the embeddings held in memory (the disk cache stays)."""
    _MEMORY.clear()
    fingerprints.forget()


# ---- a picture someone brought, made to look like the dataset's images -----------------------

def as_dataset_image(im: Image.Image, data: ImageDataset) -> np.ndarray:
    """Any picture -> uint8 (C, H, W) shaped like `data`'s images.

    Digit datasets get MNIST's own preparation (crop, fit 20x20, centre of mass; demo.classify.digits);
    other grey datasets get the ink (strokes against the paper) fitted to the field; colour ones
    are centre-cropped and resized, the way class folders are read.
    """
    c, h, w = data.image_shape
    if c == 1 and data.name in DIGIT_DATASETS and (h, w) == (28, 28):
        return mnist_style(ink_map(im))[None]
    if c == 1:
        ink = Image.fromarray((ink_map(im) * 255).astype(np.uint8), "L")
        return np.asarray(ImageOps.fit(ink, (w, h)))[None]
    return np.asarray(ImageOps.fit(Image.fromarray(to_rgb(im)), (w, h))).transpose(2, 0, 1)
