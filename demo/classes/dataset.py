"""A page's classes as a dataset every tab reads: `session` in the k-NN, Perceptron and Train tabs.

- Split as the lesson splits them (demo.classes.lesson.split): a third of each class held out, seeded.
- Drawings and grey pictures become what MNIST's digits are (1x28x28, the ink centred as MNIST was prepared),
  so LeNet-5's features and the digit networks take them; colour pictures become 3x32x32, CIFAR-10's size.
- Its name carries a digest of its pictures ("session:<digest>"), so whatever a tab keeps by dataset name is
  kept per set of pictures, never mixed between pages; `shared` is False, so nothing made from it is written
  to disk. Made once per version of the page's classes.
"""

import hashlib

import numpy as np
from PIL import Image

from demo.base.data import PAGE_DATASETS, SESSION, ImageDataset, channel_stats
from demo.base.errors import InputError, quoted
from demo.classes.lesson import is_grey, lenet_input, split
from demo.classes.store import SESSIONS
from demo.i18n import say

COLOUR_SIDE = 32  # pixels, CIFAR-10's


def small(images: np.ndarray, side: int = COLOUR_SIDE) -> np.ndarray:
    """uint8 (N, 3, S, S) -> uint8 (N, 3, side, side), each pixel the average of the ones it covers."""
    out = [np.asarray(Image.fromarray(im.transpose(1, 2, 0)).resize((side, side), Image.BOX)) for im in images]
    return np.stack(out).transpose(0, 3, 1, 2).copy() if out else np.zeros((0, 3, side, side), np.uint8)


def as_dataset(images: np.ndarray, labels: np.ndarray, names: tuple[str, ...]) -> ImageDataset:
    """A session's pictures (uint8 (N, 3, S, S)), their classes and names as an ImageDataset, or InputError."""
    if len(names) < 2:
        raise InputError(say("classes.err.one_class", name=quoted(names[0])) if names
                         else say("classes.err.no_page_classes"))
    train, test = split(labels, len(names), names)
    x = lenet_input(images) if is_grey(images) else small(images)
    digest = hashlib.blake2b(x.tobytes(), digest_size=8)
    digest.update(labels.tobytes())
    digest.update("\0".join(names).encode())
    mean, std = channel_stats(x[train])
    return ImageDataset(f"{SESSION}:{digest.hexdigest()}", tuple(names), x[train], labels[train], x[test],
                        labels[test], mean, std, SESSION, shared=False)


def of_page(session: str | None) -> ImageDataset:
    """The classes of the page session `session` as a dataset (made again only when they changed)."""
    classes = SESSIONS.peek(session)
    if classes is None or not classes.classes:
        raise InputError(say("classes.err.no_page_classes"))
    kept, version = classes.dataset, classes.version
    if kept is not None and kept[0] == version:
        return kept[1]
    data = as_dataset(*classes.arrays())
    classes.dataset = (version, data)  # read at `version`: a change meanwhile makes the next call read again
    return data


PAGE_DATASETS[SESSION] = of_page
