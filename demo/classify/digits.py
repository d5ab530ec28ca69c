"""Digits drawn by hand or photographed, made to look like MNIST, and classified.

MNIST's digits were made this way (LeCun et al. 1998, and the MNIST page): the ink was
size-normalised to fit a 20x20 box keeping its aspect ratio, anti-aliased, and placed in a 28x28
field so that its centre of mass sits at the centre. A drawing that skips these steps (thin ink
in a corner of a big canvas) looks nothing like what the networks were trained on, which is the
usual reason a web demo "cannot read my 7". `mnist_style` repeats the steps exactly.
"""

import time
from dataclasses import dataclass

import numpy as np
import torch
from PIL import Image

from demo.base.data import load_dataset
from demo.base.device import light_device
from demo.base.errors import InputError, whole_number
from demo.i18n import say
from demo.base.transforms import normalise_with_card
from demo.nets.weights import shipped

MNIST_SIZE = 28  # pixels, the field
MNIST_BOX = 20  # pixels, the box the ink is fitted into
INK_THRESHOLD = 0.15  # ink level (0..1) above which a pixel counts as part of the digit
CLASSIFIERS = ("perceptron", "lenet5")  # shown side by side, simplest first


def ink_map(im: Image.Image) -> np.ndarray:
    """How much ink each pixel holds, float32 (H, W) in [0, 1], for dark-on-light or light-on-dark.

    Transparent pixels count as paper. The paper's level is read from the border (median), so
    grey paper or a dark background becomes 0 and the strokes become 1.
    """
    rgba = np.asarray(im.convert("RGBA"), dtype=np.float32) / 255.0
    alpha = rgba[..., 3]
    grey = rgba[..., :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    grey = grey * alpha + (1.0 - alpha)  # transparent -> white paper
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    paper = float(np.median(border))
    ink = (1.0 - grey) if paper >= 0.5 else grey  # strokes are whatever differs from the paper
    base = (1.0 - paper) if paper >= 0.5 else paper
    peak = float(ink.max())
    if peak - base < INK_THRESHOLD:
        return np.zeros_like(ink)
    return np.clip((ink - base) / (peak - base), 0.0, 1.0)


def mnist_style(ink: np.ndarray) -> np.ndarray:
    """Ink map (H, W) -> uint8 (28, 28) the way MNIST was made: crop, fit 20x20, centre of mass.

    Raises `InputError` when there is no ink to crop.
    """
    rows = np.flatnonzero((ink > INK_THRESHOLD).any(axis=1))
    cols = np.flatnonzero((ink > INK_THRESHOLD).any(axis=0))
    if rows.size == 0:
        raise InputError(say("classify.err.no_digit"))
    crop = ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    h, w = crop.shape
    scale = MNIST_BOX / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    box = np.asarray(Image.fromarray(crop.astype(np.float32), "F").resize(size, Image.Resampling.LANCZOS))
    box = np.clip(box, 0.0, 1.0)
    # Place the box so its centre of mass lands on the field's centre (14, 14).
    ys, xs = np.indices(box.shape)
    mass = box.sum()
    cy, cx = (ys * box).sum() / mass, (xs * box).sum() / mass
    top = int(round(MNIST_SIZE / 2 - cy - 0.5))
    left = int(round(MNIST_SIZE / 2 - cx - 0.5))
    top = min(max(top, 0), MNIST_SIZE - box.shape[0])  # never push ink out of the field
    left = min(max(left, 0), MNIST_SIZE - box.shape[1])
    field = np.zeros((MNIST_SIZE, MNIST_SIZE), dtype=np.float32)
    field[top:top + box.shape[0], left:left + box.shape[1]] = box
    return np.rint(field * 255).astype(np.uint8)


def prepare_digit(im: Image.Image) -> np.ndarray:
    """Any picture of a digit -> the uint8 (28, 28) image the classifiers see."""
    return mnist_style(ink_map(im))


def digit_from_picture(im: Image.Image) -> np.ndarray:
    """Like `prepare_digit`, but a 28x28 picture is taken as already made MNIST's way (only its ink
    is read, either polarity): a digit that was moved on purpose stays where it was put."""
    if im.size == (MNIST_SIZE, MNIST_SIZE):
        return np.rint(ink_map(im) * 255).astype(np.uint8)
    return prepare_digit(im)


@dataclass(frozen=True)
class Prediction:
    model: str
    title: str
    probabilities: np.ndarray  # (num_classes,), sums to 1
    classes: tuple[str, ...]
    latency_ms: float  # forward pass only, on `device`
    device: str

    def top(self, k: int = 3) -> list[tuple[str, float]]:
        order = np.argsort(-self.probabilities)[:k]
        return [(self.classes[i], float(self.probabilities[i])) for i in order]



def _predict(name: str, model: torch.nn.Module, card: dict, image28: np.ndarray, device) -> Prediction:
    """One forward pass of `model` (normalised as its card says) on one uint8 (28, 28) image, timed."""
    x = normalise_with_card(image28[None, None], card, device)
    with torch.inference_mode():
        start = time.perf_counter()
        logits = model(x)
        if device.type == "cuda":
            torch.cuda.synchronize()
        latency = (time.perf_counter() - start) * 1000
        probs = torch.softmax(logits.float(), 1)[0].cpu().numpy()
    return Prediction(name, card["title"], probs, tuple(card["classes"]), latency, device.type)


def classify(image28: np.ndarray, models: tuple[str, ...] = CLASSIFIERS) -> list[Prediction]:
    """Run each shipped model on one MNIST-style image (uint8 (28, 28)); one Prediction each."""
    _check(image28)
    device = light_device()  # milliseconds of work: never queued for a ZeroGPU GPU
    out = []
    for name in models:
        model, card = shipped(name)
        out.append(_predict(name, _on(model, device), card, image28, device))
    return out


def _on(model: torch.nn.Module, device: torch.device) -> torch.nn.Module:
    """`model` on `device`; moved only when it is not there yet (`.to` walks every module: 0.2 ms a call)."""
    return model if next(model.parameters()).device.type == device.type else model.to(device)


def classify_trained(image28: np.ndarray, model: torch.nn.Module, card: dict) -> Prediction:
    """A network a student trained (its JSON card as demo.train.experiments.Run.card writes it) on one
    MNIST-style image. It must take what the shipped digit classifiers take: one 28x28 grey channel."""
    _check(image28)
    if tuple(card["input_shape"]) != (1, MNIST_SIZE, MNIST_SIZE):
        channels, height, width = card["input_shape"]
        raise InputError(say("classify.err.not_digit_network", title=card["title"], dataset=card["dataset"],
                             channels=channels, height=height, width=width))
    device = light_device()
    model = model.to(device).eval()
    return _predict("yours", model, card, image28, device)


def _check(image28: np.ndarray) -> None:
    if image28.shape != (MNIST_SIZE, MNIST_SIZE):
        raise InputError(say("classify.err.not_28", shape=image28.shape))


def num_test_examples() -> int:
    """How many images the bundled test split holds (they are numbered 0 to this - 1)."""
    return len(load_dataset().test_labels)


def test_example(index) -> tuple[np.ndarray, int]:
    """Image `index` (a whole number, or its text) of the bundled test split as uint8 (28, 28), with
    its true label."""
    data = load_dataset()
    index = whole_number(index, "classify.name.test_index", 0, len(data.test_labels) - 1)
    return data.test_images[index, 0], int(data.test_labels[index])
