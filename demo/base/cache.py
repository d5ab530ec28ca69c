"""Caches that survive a crash and stay within a budget: files written atomically, memory bounded.

- `save_npz` writes a temporary file next to the target and renames it over the target, so a
  reader (or the next start after a `kill -9`) sees the old file or the new one, never half of
  one; temporary files left by a killed writer are swept. A read-only folder means no caching.
- `load_npz` answers None for a missing, truncated or damaged file (and removes a damaged one),
  so the caller computes again and rewrites it; it never raises.
- `BoundedCache` is a thread-safe LRU map with a limit on entries and on bytes, for the
  embeddings and indexes a class asks for again and again.
"""

import logging
import os
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Hashable

import numpy as np

log = logging.getLogger("demo.base.cache")

STALE_TMP_S = 600  # seconds after which a temporary file is a killed writer's leftover


def _sweep_tmp(path: Path) -> None:
    now = time.time()
    for tmp in path.parent.glob(f"{path.stem}.*.tmp.npz"):
        try:
            if now - tmp.stat().st_mtime > STALE_TMP_S:
                tmp.unlink()
        except OSError:
            pass


def save_npz(path: Path, **arrays) -> bool:
    """Write `arrays` to `path` atomically; False (and a log line) when the folder is not writable."""
    path = Path(path)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}-{threading.get_ident()}.tmp.npz")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _sweep_tmp(path)
        np.savez(tmp, **arrays)
        os.replace(tmp, path)  # atomic on POSIX: readers see the old file or the new one
        return True
    except OSError as e:
        log.warning("not caching %s: %s", path, e)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False


def load_npz(path: Path, keys: tuple[str, ...]) -> dict[str, np.ndarray] | None:
    """The arrays `keys` of an .npz file, read into memory, or None if it is missing or damaged."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as f:
            return {key: f[key] for key in keys}
    except Exception as e:  # noqa: BLE001 - BadZipFile, EOFError, KeyError, ValueError, OSError...
        log.warning("cache file %s could not be read (%s: %s); computing it again", path, type(e).__name__, e)
        try:
            path.unlink()
        except OSError:
            pass
        return None


class BoundedCache:
    """An LRU map of at most `max_items` entries and `max_bytes` bytes (as `size_of` counts them).

    An entry larger than the whole budget is not kept at all.
    """

    def __init__(self, max_items: int, max_bytes: int, size_of: Callable[[object], int]):
        self.max_items, self.max_bytes, self.size_of = max_items, max_bytes, size_of
        self._entries: "OrderedDict[Hashable, tuple[object, int]]" = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable):
        with self._lock:
            hit = self._entries.get(key)
            if hit is None:
                return None
            self._entries.move_to_end(key)
            return hit[0]

    def put(self, key: Hashable, value) -> None:
        size = int(self.size_of(value))
        with self._lock:
            if key in self._entries:
                self._bytes -= self._entries.pop(key)[1]
            if size > self.max_bytes:
                return
            self._entries[key] = (value, size)
            self._bytes += size
            while len(self._entries) > self.max_items or self._bytes > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped

    def pop(self, key: Hashable) -> None:
        with self._lock:
            if key in self._entries:
                self._bytes -= self._entries.pop(key)[1]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    @property
    def bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._entries
