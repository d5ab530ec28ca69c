"""demo.base.cache: files that survive a crash mid-write, damaged files rebuilt, memory within a budget."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from demo.base import cache
from demo.base import config
from demo.base import data

ROOT = Path(__file__).resolve().parents[2]


def test_save_and_load_round_trip(tmp_path):
    path = tmp_path / "sub" / "a.npz"
    assert cache.save_npz(path, x=np.arange(5), y=np.ones((2, 2)))
    got = cache.load_npz(path, ("x", "y"))
    np.testing.assert_array_equal(got["x"], np.arange(5))
    assert list(tmp_path.glob("sub/*.tmp.npz")) == []


@pytest.mark.parametrize("damage", ["truncated", "empty", "not a zip", "missing key"])
def test_a_damaged_file_reads_as_none_and_is_removed(tmp_path, damage):
    path = tmp_path / "a.npz"
    cache.save_npz(path, x=np.arange(100_000))
    if damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not a zip":
        path.write_bytes(b"hello")
    keys = ("x", "absent") if damage == "missing key" else ("x",)
    assert cache.load_npz(path, keys) is None
    assert not path.exists()


def test_an_unwritable_folder_means_no_caching_not_a_crash(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")  # unwritable even for root
    assert cache.save_npz(blocker / "a.npz", x=np.arange(3)) is False
    assert "not caching" in caplog.text


def test_the_app_runs_with_a_cache_folder_it_cannot_write(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(config, "CACHE_DIR", blocker / "cache")
    images, labels = data.mnist_subset_arrays()
    assert images.shape == (5000, 1, 28, 28) and len(labels) == 5000


def test_a_writer_killed_mid_write_never_leaves_a_half_file(tmp_path, monkeypatch):
    path = tmp_path / "big.npz"
    cache.save_npz(path, x=np.zeros(10))  # the old, complete file
    script = ("import sys, numpy as np; from demo.base import cache; "
              "cache.save_npz(sys.argv[1], x=np.random.default_rng(0).random(60_000_000))")
    writer = subprocess.Popen([sys.executable, "-c", script, str(path)], cwd=ROOT)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob("big.*.tmp.npz")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # well inside the write of 480 MB
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert list(tmp_path.glob("big.*.tmp.npz")), "the writer was killed before it wrote anything"
    np.testing.assert_array_equal(cache.load_npz(path, ("x",))["x"], np.zeros(10))  # still the old file
    monkeypatch.setattr(cache, "STALE_TMP_S", 0)
    cache.save_npz(path, x=np.ones(3))
    assert list(tmp_path.glob("big.*.tmp.npz")) == []  # the leftover is swept by the next write


def test_a_truncated_mnist_cache_is_rebuilt(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
    images, labels = data.mnist_subset_arrays()  # writes the cache
    written = next(tmp_path.glob("mnist_5k_*.npz"))
    written.write_bytes(written.read_bytes()[:1000])  # what a kill -9 left before writes were atomic
    again, again_labels = data.mnist_subset_arrays()
    np.testing.assert_array_equal(again, images)
    assert "could not be read" in caplog.text
    written.write_bytes(b"")  # a 0-byte file too
    np.testing.assert_array_equal(data.mnist_subset_arrays()[1], labels)


def test_bounded_cache_keeps_within_items_and_bytes():
    c = cache.BoundedCache(max_items=3, max_bytes=100, size_of=len)
    for key in "abc":
        c.put(key, "x" * 30)
    assert len(c) == 3 and c.bytes == 90
    c.get("a")  # recently used: survives
    c.put("d", "x" * 30)  # 4 items: the least recently used ("b") goes
    assert "b" not in c and "a" in c and len(c) == 3
    c.put("e", "x" * 60)  # 150 bytes: evict until within 100
    assert c.bytes <= 100 and "e" in c
    c.put("huge", "x" * 101)  # larger than the whole budget: not kept
    assert "huge" not in c and c.bytes <= 100
