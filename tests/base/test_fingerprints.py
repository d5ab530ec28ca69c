"""demo.base.fingerprints: a dataset's or a file's hash changes with its contents, and only then."""

import os
from dataclasses import replace

from demo.base import fingerprints


def test_a_dataset_fingerprint_follows_its_pixels_labels_and_split(mnist):
    first = fingerprints.data_fingerprint(mnist)
    assert fingerprints.data_fingerprint(replace(mnist)) == first  # another object, the same arrays
    labels = mnist.train_labels.copy()
    labels[0] = (labels[0] + 1) % 10
    assert fingerprints.data_fingerprint(replace(mnist, train_labels=labels)) != first
    images = mnist.test_images.copy()
    images[0, 0, 0, 0] ^= 1
    assert fingerprints.data_fingerprint(replace(mnist, test_images=images)) != first
    moved = replace(mnist, train_images=mnist.test_images, test_images=mnist.train_images,
                    train_labels=mnist.test_labels, test_labels=mnist.train_labels)
    assert fingerprints.data_fingerprint(moved) != first


def test_a_file_hash_follows_its_contents(tmp_path):
    path = tmp_path / "weights.bin"
    path.write_bytes(b"first")
    first = fingerprints.file_hash(path)
    path.write_bytes(b"other")  # the same size: the new modification time makes it read again
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1))
    assert fingerprints.file_hash(path) != first
    path.write_bytes(b"first")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 2))
    assert fingerprints.file_hash(path) == first
