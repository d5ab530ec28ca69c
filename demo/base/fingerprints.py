"""Fingerprints: short hashes of what a cached result depends on (a dataset's arrays, a weights file), so that
a cache written from other data or other weights is known stale and made again."""

import functools
import hashlib
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from demo.base.data import ImageDataset

REMEMBERED = 8  # datasets whose fingerprint is kept (the app's recent ones)

_FINGERPRINTS: "OrderedDict[int, tuple[ImageDataset, str]]" = OrderedDict()
_LOCK = threading.Lock()  # the app's callbacks run in several threads


def data_fingerprint(data: ImageDataset) -> str:
    """A hash of a dataset's pixels, labels and split (memoised per loaded dataset object)."""
    with _LOCK:
        hit = _FINGERPRINTS.get(id(data))
    if hit is not None and hit[0] is data:
        return hit[1]
    h = hashlib.blake2b(digest_size=16)
    for a in (data.train_images, data.train_labels, data.test_images, data.test_labels):
        h.update(str(a.shape).encode())
        h.update(np.ascontiguousarray(a).data)
    with _LOCK:
        _FINGERPRINTS[id(data)] = (data, h.hexdigest())
        while len(_FINGERPRINTS) > REMEMBERED:
            _FINGERPRINTS.popitem(last=False)
    return h.hexdigest()


@functools.lru_cache(maxsize=16)
def _file_hash(path: str, size: int, mtime_ns: int) -> str:
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_hash(path: Path) -> str:
    """Content hash of a file (re-read only when its size or modification time changes)."""
    st = path.stat()
    return _file_hash(str(path), st.st_size, st.st_mtime_ns)


def forget() -> None:
    """Forget the remembered dataset fingerprints (a file's are re-read when its size or time changes)."""
    with _LOCK:
        _FINGERPRINTS.clear()
