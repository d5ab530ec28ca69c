"""When the object moves: every digit classifier on digits shifted, rotated and scaled.

The slide's horse that became a sofa: a fully connected layer compares the image with a template
pixel by pixel, so the same digit two pixels to the left is, to it, another picture. This module
moves digits (`move`, one batched affine resampling, the same arithmetic as torchvision's `affine`)
and measures what each classifier makes of them: one image and every model (`probe`), and test
accuracy against the size of the move over the whole test split (`curves`, batched and cached).

Classifiers compared: the perceptron, a two-layer MLP, k-NN on raw pixels (FAISS, exact L2), and
LeNet-5 trained with and without random shifts (the shipped weights of each).
"""

import functools
import hashlib
import math
import threading
import time
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F

from demo.base import config
from demo.base.cache import load_npz, save_npz
from demo.base.data import load_dataset
from demo.base.errors import number_between, one_of, whole_number
from demo.i18n import TABLES, say
from demo.knn import build_index
from demo.base.fingerprints import data_fingerprint, file_hash
from demo.knn.embeddings import flatten_pixels
from demo.knn.index import vote
from demo.base.progress import Progress
from demo.base.transforms import normalise_with_card
from demo.nets.weights import shipped, weights_paths

SIDE = 28  # pixels, the MNIST field
# shipped weights -> the key of how the chart names them (demo.i18n), simplest first
MODEL_KEYS = {name: f"perceptron.model.{name}" for name in ("perceptron", "mlp", "knn", "lenet5_noaug", "lenet5")}
MODELS = {name: TABLES["en"][key] for name, key in MODEL_KEYS.items()}  # in English
NETWORKS = ("perceptron", "mlp", "lenet5_noaug", "lenet5")  # the ones with shipped weights
KNN_K = 3  # the best k on raw pixels (benchmarks/knn_accuracy.py)
SHIFTS = tuple(range(-8, 9))  # pixels, 17 steps
ANGLES = tuple(range(-40, 41, 5))  # degrees, 17 steps
AXIS_KEYS = {axis: f"perceptron.axis.{axis}" for axis in ("x", "y", "both", "rotation")}  # demo.i18n keys
AXES = {axis: TABLES["en"][key] for axis, key in AXIS_KEYS.items()}  # in English
SHIFT_RANGE, ANGLE_RANGE, SCALE_RANGE = (-8, 8), (-180, 180), (0.5, 2.0)
BATCH = 4_096  # images per forward pass
CACHE_VERSION = 1


# ---- moving digits --------------------------------------------------------------------------

def affine_theta(dx: float, dy: float, angle: float, scale: float, size: int = SIDE) -> torch.Tensor:
    """(2, 3) `F.affine_grid` matrix that moves an image by (dx, dy) pixels, rotates it by `angle`
    degrees (clockwise on the screen, as torchvision's `affine`) and scales it by `scale` about its
    centre. affine_grid maps each output location to the input location it samples, so this is the
    inverse of the move, in coordinates where the image spans [-1, 1]."""
    a = math.radians(angle)
    inv = torch.tensor([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]], dtype=torch.float64) / scale
    t = torch.tensor([2.0 * dx / size, 2.0 * dy / size], dtype=torch.float64)
    return torch.cat([inv, (-inv @ t)[:, None]], 1).float()


def move(images: torch.Tensor, thetas: torch.Tensor) -> torch.Tensor:
    """Images (N, C, H, W) in [0, 1] resampled (bilinear, black outside) by per-image `thetas` (N, 2, 3)."""
    grid = F.affine_grid(thetas, list(images.shape), align_corners=False)
    return F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def move_one(image28: np.ndarray, dx=0, dy=0, angle=0, scale=1.0) -> np.ndarray:
    """A uint8 (28, 28) digit moved: uint8 (28, 28). Shifts and angle are whole numbers within
    SHIFT_RANGE and ANGLE_RANGE, the scale a number within SCALE_RANGE."""
    dx = whole_number(dx, "perceptron.name.shift_x", *SHIFT_RANGE)
    dy = whole_number(dy, "perceptron.name.shift_y", *SHIFT_RANGE)
    angle = whole_number(angle, "perceptron.name.rotation", *ANGLE_RANGE)
    scale = number_between(scale, "perceptron.name.scale", *SCALE_RANGE)
    x = torch.from_numpy(np.asarray(image28, np.float32) / 255)[None, None]
    moved = move(x, affine_theta(dx, dy, angle, scale)[None])[0, 0]
    return np.rint(moved.numpy() * 255).clip(0, 255).astype(np.uint8)



def titles() -> dict[str, str]:
    """Classifier -> how the chart and the table name it, in the request's language."""
    return {name: say(key) for name, key in MODEL_KEYS.items()}


# ---- every classifier on moved digits ------------------------------------------------------

@functools.cache
def _knn():
    """An exact L2 index of the bundled train split's pixels, and its labels."""
    data = load_dataset()
    return build_index(flatten_pixels(data.train_images), "l2", "exact"), data.train_labels


def predict(images: torch.Tensor, name: str) -> np.ndarray:
    """Class probabilities (N, 10) of one classifier for digits (N, 1, 28, 28) in [0, 1]. k-NN gives
    its vote shares."""
    if name == "knn":
        index, labels = _knn()
        _, ids = index.search(images.flatten(1).numpy(), KNN_K)
        _, counts = vote(labels[ids], 10)
        return counts / KNN_K
    model, card = shipped(name)
    out = []
    with torch.inference_mode():
        for start in range(0, len(images), BATCH):
            chunk = (images[start:start + BATCH] * 255).round().to(torch.uint8)
            out.append(torch.softmax(model.eval()(normalise_with_card(chunk, card)), 1))
    return torch.cat(out).numpy()


@dataclass(frozen=True)
class Probe:
    moved: np.ndarray  # uint8 (28, 28)
    probabilities: dict[str, np.ndarray]  # classifier -> (10,)

    def top(self, name: str) -> tuple[int, float]:
        p = self.probabilities[name]
        return int(np.argmax(p)), float(p.max())


def probe(image28: np.ndarray, dx=0, dy=0, angle=0, scale=1.0) -> Probe:
    """One digit moved, and what every classifier says of it."""
    moved = move_one(image28, dx, dy, angle, scale)
    x = torch.from_numpy(moved.astype(np.float32) / 255)[None, None]
    return Probe(moved, {name: predict(x, name)[0] for name in MODELS})


@dataclass
class Curves:
    """Test accuracy of every classifier against the size of a move, over the whole test split."""

    axis: str
    steps: np.ndarray  # (S,) pixels or degrees
    accuracy: dict[str, np.ndarray] = field(default_factory=dict)  # classifier -> (S,)
    num_images: int = 0
    seconds: float = 0.0  # to compute (0 when read from the cache)

    def at(self, name: str, step: float) -> float:
        return float(self.accuracy[name][int(np.flatnonzero(self.steps == step)[0])])

    def kept(self, name: str, step: float) -> float:
        """The share of its unmoved accuracy a classifier keeps at `step`."""
        return self.at(name, step) / max(self.at(name, 0), 1e-9)

    def sentence(self) -> str:
        """What the chart shows, in one sentence with its measured numbers, in the request's language
        (made at every call from the cached numbers)."""
        step = 4 if self.axis != "rotation" else 20
        move = say("perceptron.move.degrees" if self.axis == "rotation" else "perceptron.move.pixels", step=step)
        return say("perceptron.sentence", move=move, perceptron_kept=f"{self.kept('perceptron', step):.0%}",
                   perceptron_before=f"{self.at('perceptron', 0):.1%}",
                   perceptron_after=f"{self.at('perceptron', step):.1%}", mlp_kept=f"{self.kept('mlp', step):.0%}",
                   knn_kept=f"{self.kept('knn', step):.0%}", lenet_kept=f"{self.kept('lenet5', step):.0%}",
                   lenet_before=f"{self.at('lenet5', 0):.1%}", lenet_after=f"{self.at('lenet5', step):.1%}",
                   noaug_kept=f"{self.kept('lenet5_noaug', step):.0%}")


def thetas_for(axis: str) -> tuple[np.ndarray, torch.Tensor]:
    """(steps (S,), thetas (S, 2, 3)) of one axis of the chart."""
    one_of(axis, AXES, "perceptron.name.axis")
    if axis == "rotation":
        return np.array(ANGLES, float), torch.stack([affine_theta(0, 0, a, 1.0) for a in ANGLES])
    steps = np.array(SHIFTS, float)
    moves = {"x": lambda s: (s, 0), "y": lambda s: (0, s), "both": lambda s: (s, s)}[axis]
    return steps, torch.stack([affine_theta(*moves(s), 0, 1.0) for s in SHIFTS])


def compute_curves(axis: str, progress: Progress | None = None) -> Curves:
    """Accuracy against the move for every classifier: the test split moved by every step in one
    batched resampling (17 x 1,000 images), then one batched pass per classifier."""
    start = time.perf_counter()
    steps, thetas = thetas_for(axis)
    data = load_dataset()
    x = torch.from_numpy(data.test_images.astype(np.float32) / 255)  # (N, 1, 28, 28)
    n = len(x)
    moved = move(x.repeat(len(steps), 1, 1, 1), thetas.repeat_interleave(n, 0))  # step-major
    truth = np.tile(data.test_labels, len(steps))
    curves = Curves(axis, steps, num_images=n)
    names = titles()
    for i, name in enumerate(MODELS):
        correct = predict(moved, name).argmax(1) == truth
        curves.accuracy[name] = correct.reshape(len(steps), n).mean(1)
        if progress is not None:
            progress(i + 1, len(MODELS), names[name])
    curves.seconds = time.perf_counter() - start
    return curves


def _cache_key(axis: str) -> str:
    parts = [str(CACHE_VERSION), axis, data_fingerprint(load_dataset()), str(SHIFTS), str(ANGLES), str(KNN_K)]
    parts += [file_hash(weights_paths(name)[0]) for name in NETWORKS]
    return hashlib.blake2b("|".join(parts).encode(), digest_size=12).hexdigest()


_LOCKS = {axis: threading.Lock() for axis in AXES}


def curves(axis: str = "x", progress: Progress | None = None) -> Curves:
    """`compute_curves`, cached on disk (keyed by the data, the weights and the steps) and computed
    once at a time: the tab's first look comes from the cache."""
    one_of(axis, AXES, "perceptron.name.axis")
    key = _cache_key(axis)
    path = config.CACHE_DIR / "robustness" / f"{axis}.npz"
    with _LOCKS[axis]:
        cached = load_npz(path, ("key", "steps", "names", "accuracy", "num_images"))
        if cached is not None and str(cached["key"]) == key:
            names = [str(n) for n in cached["names"]]
            return Curves(axis, cached["steps"], dict(zip(names, cached["accuracy"])), int(cached["num_images"]))
        result = compute_curves(axis, progress)
        save_npz(path, key=np.array(key), steps=result.steps, names=np.array(list(result.accuracy)),
                 accuracy=np.stack(list(result.accuracy.values())), num_images=np.array(result.num_images))
        return result
