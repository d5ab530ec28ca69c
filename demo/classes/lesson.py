"""The lecture's lesson measured on a student's own classes: k-NN and one fully connected layer, on raw pixels
and on a CNN's features, scored on a held-out part of their pictures as drawn and moved.

- Held out: a third of each class (at least one picture), chosen with a fixed seed; the rest is memorised
  (k-NN) or learnt (the FC layer). A class needs MIN_PER_CLASS pictures.
- Moved: the held-out pictures shifted by SHIFT pixels right and down on white paper, the lecture's question
  of what happens when the object moves.
- Pixels: each picture at PIXEL_SIDE x PIXEL_SIDE in colour, every value / 255 (a 3,072-d vector).
- CNN features: AlexNet's fc7 (4,096-d) for colour pictures when ImageNet weights are present (a Space);
  LeNet-5's F6 (84-d, the shipped weights) for drawings and grey pictures, and offline (the pictures' ink,
  prepared the way MNIST was).
- k-NN: an exact FAISS index (L2), the majority of K_NEIGHBOURS. One FC layer: softmax regression on
  standardised inputs, FC_STEPS full-batch Adam steps, the same seed every time.
- Live: the same FC layer on the CNN features, fitted on all the pictures once the lesson is measured, follows
  new drawings and frames (LiveClassifier).
"""

from dataclasses import dataclass, field

import numpy as np
import torch
from PIL import Image

from demo.base.errors import InputError, quoted
from demo.classify.digits import ink_map, mnist_style
from demo.i18n import say
from demo.knn import maps
from demo.knn.embeddings import cnn_features
from demo.knn.index import build_index, vote
from demo.nets.imagenet import imagenet_available

MIN_PER_CLASS = 5  # pictures a class needs: four to learn from, one held out at least
HELD_OUT = 1 / 3  # of each class
SHIFT = 16  # pixels of the kept 96: a sixth of the picture
PIXEL_SIDE = 32
K_NEIGHBOURS = 3
FC_STEPS, FC_LR, FC_DECAY = 300, 0.01, 1e-3
SEED = 0
METHODS = ("knn_pixels", "knn_features", "fc_pixels", "fc_features")  # the table's rows, in the lecture's order


@dataclass(frozen=True)
class Lesson:
    names: tuple[str, ...]
    features: str  # "lenet5" or "alexnet"
    why: str  # the sentence saying which features and why
    n_train: int
    n_test: int
    drawn: dict  # method -> accuracy on the held-out pictures as drawn
    moved: dict  # method -> accuracy on the same pictures moved by SHIFT
    live: "LiveClassifier | None" = field(default=None, compare=False)  # fitted on all the pictures


def split(labels: np.ndarray, num_classes: int, names=()) -> tuple[np.ndarray, np.ndarray]:
    """(train, test) positions: HELD_OUT of each class held out, or InputError naming a class too small."""
    rng = np.random.default_rng(SEED)
    train, test = [], []
    for c in range(num_classes):
        own = np.flatnonzero(labels == c)
        if len(own) < MIN_PER_CLASS:
            name = names[c] if c < len(names) else str(c)
            raise InputError(say("classes.err.too_few", name=quoted(name), n=len(own), need=MIN_PER_CLASS))
        own = rng.permutation(own)
        k = max(1, round(len(own) * HELD_OUT))
        test.append(own[:k])
        train.append(own[k:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


def moved(images: np.ndarray, shift: int = SHIFT) -> np.ndarray:
    """uint8 (N, 3, S, S) moved `shift` pixels right and down onto white paper (what leaves the frame is lost)."""
    out = np.full_like(images, 255)
    out[:, :, shift:, shift:] = images[:, :, :images.shape[2] - shift, :images.shape[3] - shift]
    return out


def pixels(images: np.ndarray) -> np.ndarray:
    """uint8 (N, 3, S, S) -> float32 (N, 3 * PIXEL_SIDE**2) in [0, 1]."""
    small = [np.asarray(Image.fromarray(im.transpose(1, 2, 0)).resize((PIXEL_SIDE, PIXEL_SIDE), Image.BOX))
             for im in images]
    return (np.stack(small).astype(np.float32) / 255.0).reshape(len(images), -1)


def is_grey(images: np.ndarray) -> bool:
    return bool((images[:, 0] == images[:, 1]).all() and (images[:, 1] == images[:, 2]).all())


def choose_features(images: np.ndarray) -> tuple[str, str]:
    """(network, the sentence saying why): AlexNet's fc7 for colour pictures with ImageNet weights, else LeNet-5."""
    if is_grey(images):
        return "lenet5", say("classes.why.grey")
    ok, _ = imagenet_available("alexnet")
    return ("alexnet", say("classes.why.alexnet")) if ok else ("lenet5", say("classes.why.offline"))


def lenet_input(images: np.ndarray) -> np.ndarray:
    """uint8 (N, 3, S, S) -> uint8 (N, 1, 28, 28): each picture's ink, MNIST's way (a blank one stays blank)."""
    out = np.zeros((len(images), 1, 28, 28), np.uint8)
    for i, im in enumerate(images):
        try:
            out[i, 0] = mnist_style(ink_map(Image.fromarray(im.transpose(1, 2, 0))))
        except InputError:  # no ink at all
            pass
    return out


def features(images: np.ndarray, network: str) -> np.ndarray:
    """uint8 (N, 3, S, S) -> float32 (N, d): LeNet-5's F6 or AlexNet's fc7."""
    return cnn_features(lenet_input(images) if network == "lenet5" else images, network)


def knn_predict(train_x: np.ndarray, train_y: np.ndarray, queries: np.ndarray, num_classes: int) -> np.ndarray:
    index = build_index(train_x, "l2", "exact")
    _, ids = index.search(queries, min(K_NEIGHBOURS, len(train_x)))
    return vote(train_y[ids], num_classes)[0]


def _fit_fc(train_x: np.ndarray, train_y: np.ndarray, num_classes: int):
    """One fully connected layer (softmax regression) on standardised inputs: (layer, mean, std)."""
    mean, std = train_x.mean(0), train_x.std(0) + 1e-6
    x = torch.from_numpy((train_x - mean) / std)
    y = torch.from_numpy(train_y)
    torch.manual_seed(SEED)
    layer = torch.nn.Linear(x.shape[1], num_classes)
    opt = torch.optim.Adam(layer.parameters(), lr=FC_LR, weight_decay=FC_DECAY)
    for _ in range(FC_STEPS):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(layer(x), y).backward()
        opt.step()
    return layer.eval(), mean, std


def fc_predict(train_x: np.ndarray, train_y: np.ndarray, queries: list[np.ndarray], num_classes: int) -> list:
    """The classes one FC layer fitted on train_x picks for each query set."""
    layer, mean, std = _fit_fc(train_x, train_y, num_classes)
    with torch.inference_mode():
        return [layer(torch.from_numpy((q - mean) / std)).argmax(1).numpy() for q in queries]


@dataclass(frozen=True)
class LiveClassifier:
    """One FC layer on CNN features, fitted on all of a session's pictures: what follows new drawings."""

    names: tuple[str, ...]
    network: str
    layer: torch.nn.Linear
    mean: np.ndarray
    std: np.ndarray
    pictures: int

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """uint8 (N, 3, S, S) -> (N, classes) softmax probabilities."""
        x = (features(images, self.network) - self.mean) / self.std
        with torch.inference_mode():
            return torch.softmax(self.layer(torch.from_numpy(x.astype(np.float32))), 1).numpy()


def fit_live(images: np.ndarray, labels: np.ndarray, names: tuple[str, ...], network: str) -> LiveClassifier:
    layer, mean, std = _fit_fc(features(images, network), labels, len(names))
    return LiveClassifier(tuple(names), network, layer, mean, std, len(images))


@dataclass(frozen=True)
class SpaceMap:
    """The pictures drawn flat in raw pixels and in CNN features, with each space's neighbourhood agreement."""

    network: str
    pixels_xy: np.ndarray
    features_xy: np.ndarray
    pixels_agreement: float  # in the full space: the share of each picture's 10 nearest with its class
    features_agreement: float
    shown: np.ndarray  # positions of the pictures drawn (all, up to maps.MAX_POINTS)


def space_map(images: np.ndarray, labels: np.ndarray, progress=None) -> SpaceMap:
    """Both maps of (images uint8 (N, 3, S, S), labels (N,)), or InputError for fewer than 2 classes or 5 pictures."""
    if len(np.unique(labels)) < 2 or len(labels) < MIN_PER_CLASS:
        raise InputError(say("classes.err.map_needs", need=MIN_PER_CLASS))
    step = progress or (lambda *a: None)
    shown = maps.subsample(labels)
    images, labels = images[shown], labels[shown]
    network, _ = choose_features(images)
    step(0, 3, say("classes.progress.features"))
    px, ft = pixels(images), features(images, network)
    step(1, 3, say("classes.progress.map_pixels"))
    px_xy = maps.flat_map(px)
    step(2, 3, say("classes.progress.map_features"))
    ft_xy = maps.flat_map(ft)
    return SpaceMap(network, px_xy, ft_xy, maps.agreement(px, labels), maps.agreement(ft, labels), shown)


def lesson(images: np.ndarray, labels: np.ndarray, names: tuple[str, ...], progress=None) -> Lesson:
    """The four measurements on (images uint8 (N, 3, S, S), labels (N,)), or InputError when they cannot be made."""
    if len(names) < 2:
        raise InputError(say("classes.err.too_few_classes", need=2))
    train, test = split(labels, len(names), names)
    network, why = choose_features(images)
    step = progress or (lambda *a: None)
    step(0, 4, say("classes.progress.pixels"))
    as_drawn, as_moved = images[test], moved(images[test])
    px = {"train": pixels(images[train]), "drawn": pixels(as_drawn), "moved": pixels(as_moved)}
    step(1, 4, say("classes.progress.features"))
    ft = {"train": features(images[train], network), "drawn": features(as_drawn, network),
          "moved": features(as_moved, network)}
    y_train, y_test = labels[train], labels[test]
    drawn, move = {}, {}
    step(2, 4, say("classes.progress.knn"))
    for kind, x in (("pixels", px), ("features", ft)):
        drawn[f"knn_{kind}"] = float((knn_predict(x["train"], y_train, x["drawn"], len(names)) == y_test).mean())
        move[f"knn_{kind}"] = float((knn_predict(x["train"], y_train, x["moved"], len(names)) == y_test).mean())
    step(3, 4, say("classes.progress.fc"))
    for kind, x in (("pixels", px), ("features", ft)):
        d, m = fc_predict(x["train"], y_train, [x["drawn"], x["moved"]], len(names))
        drawn[f"fc_{kind}"], move[f"fc_{kind}"] = float((d == y_test).mean()), float((m == y_test).mean())
    return Lesson(tuple(names), network, why, len(train), len(test), drawn, move,
                  fit_live(images, labels, names, network))
