"""One fully connected layer over every pixel: s = W x + b, its templates, and where its evidence lies.

A linear classifier scores class c by the dot product of its weight row w_c with the image x (all
pixels, normalised as in training) plus a bias. Drawn as a picture, w_c is the classifier's single
template of class c: positive where ink is evidence for c, negative where ink is evidence against it
(CS231n, "Linear classification"). The product w_c * x, pixel by pixel, shows where the score of one
image comes from. For colour datasets a perceptron is trained on the fly, and its RGB templates show
the well-known blurry "average" objects of each class.
"""

import functools
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from demo.base import visual
from demo.base.cache import BoundedCache
from demo.base.data import DEFAULT_DATASET, ImageDataset, load_dataset, title_of
from demo.base.errors import InputError, one_of
from demo.i18n import say
from demo.nets.models import Perceptron
from demo.base.progress import Progress
from demo.nets.training import TrainConfig, accuracy, fit
from demo.base.transforms import normalise
from demo.nets.weights import shipped

TEMPLATE_SIDE = 84  # pixels; each 28x28 template is shown enlarged 3x
COLOUR_TRAINING = TrainConfig(epochs=8, batch_size=128, lr=3e-3, weight_decay=1e-4, augment=False)
TRAINED_KEPT = 4  # perceptrons trained on the fly, kept per dataset
TOP_TERMS = 3  # products written out in the formula


@dataclass(frozen=True)
class LinearClassifier:
    """The weights of a perceptron and what its inputs are (a shipped card or a dataset's statistics)."""

    weight: np.ndarray  # (C, D) one row per class
    bias: np.ndarray  # (C,)
    image_shape: tuple[int, int, int]  # (channels, H, W) of x
    mean: tuple[float, ...]
    std: tuple[float, ...]
    classes: tuple[str, ...]
    test_accuracy: float
    source: str  # where the weights come from: a key of demo.i18n's tables (a sentence is made when shown)
    source_fields: tuple[tuple[str, object], ...] = ()  # the key's fields

    def origin(self) -> str:
        """Where the weights come from, in the request's language."""
        return say(self.source, **dict(self.source_fields))

    @property
    def templates(self) -> np.ndarray:
        """(C, channels, H, W): each class's weight row as a picture."""
        return self.weight.reshape(len(self.classes), *self.image_shape)


def _from_model(model: Perceptron, shape, mean, std, classes, test_accuracy, source, **fields) -> LinearClassifier:
    w = model.fc.weight.detach().cpu().numpy().astype(np.float64)
    b = model.fc.bias.detach().cpu().numpy().astype(np.float64)
    return LinearClassifier(w, b, tuple(shape), tuple(mean), tuple(std), tuple(classes), test_accuracy, source,
                            tuple(fields.items()))


@functools.cache
def shipped_classifier() -> LinearClassifier:
    """The shipped perceptron (assets/weights/perceptron.safetensors)."""
    model, card = shipped("perceptron")
    args = card["model_args"]
    shape = (args["in_channels"], args["image_size"], args["image_size"])
    return _from_model(model, shape, card["normalisation"]["mean"], card["normalisation"]["std"], card["classes"],
                       card["test_accuracy"], "perceptron.source.shipped")


_TRAINED = BoundedCache(TRAINED_KEPT, 256 * 2**20, lambda c: c.weight.nbytes)


def classifier_for(dataset: str, progress: Progress | None = None) -> LinearClassifier:
    """The shipped perceptron for the bundled digits; for any other dataset (a colour class folder,
    CIFAR-10, MNIST, ...), a perceptron trained on its train split now, in seconds, and remembered."""
    if dataset == DEFAULT_DATASET:
        return shipped_classifier()
    data = load_dataset(dataset)
    hit = _TRAINED.get(data.name)
    if hit is not None:
        return hit
    trained = train_classifier(data, progress)
    _TRAINED.put(data.name, trained)
    return trained


def train_classifier(data: ImageDataset, progress: Progress | None = None,
                     config: TrainConfig = COLOUR_TRAINING) -> LinearClassifier:
    """A perceptron trained on `data` (Adam, no augmentation), with its test accuracy."""
    c, h, w = data.image_shape
    torch.manual_seed(config.seed)
    model = Perceptron(c, data.num_classes, h) if h == w else None
    if model is None:
        raise InputError(say("perceptron.err.square", dataset=title_of(data.name), height=h, width=w))
    result = fit(model, data, config, torch.device("cpu"), progress)
    return _from_model(model, data.image_shape, data.mean, data.std, data.classes, result.test_accuracy,
                       "perceptron.source.trained", dataset=title_of(data.name), epochs=config.epochs)


def class_means(data: ImageDataset) -> np.ndarray:
    """(C, channels, H, W) mean training image of each class, in [0, 1]."""
    return np.stack([data.train_images[data.train_labels == c].mean(axis=0) / 255.0
                     for c in range(data.num_classes)])


def template_pictures(clf: LinearClassifier) -> list[np.ndarray]:
    """One uint8 picture per class. Grey datasets: a diverging map (red positive, blue negative,
    white zero) on ONE symmetric scale for all classes, so templates compare. Colour datasets: each
    template's RGB weights stretched to 0-255 over all classes, as CS231n draws CIFAR-10's."""
    t = clf.templates
    if t.shape[1] == 1:
        limit = float(np.abs(t).max()) or 1.0
        return [visual.enlarge(visual.diverging(template[0], limit=limit), TEMPLATE_SIDE) for template in t]
    lo, hi = float(t.min()), float(t.max())
    rgb = np.rint((t - lo) / (hi - lo or 1.0) * 255).astype(np.uint8).transpose(0, 2, 3, 1)
    return [visual.enlarge(picture, TEMPLATE_SIDE) for picture in rgb]


def mean_pictures(means: np.ndarray) -> list[np.ndarray]:
    """The class means as uint8 pictures (grey, or RGB), enlarged like the templates."""
    pictures = np.rint(means * 255).astype(np.uint8)
    return [visual.enlarge(p[0] if p.shape[0] == 1 else p.transpose(1, 2, 0), TEMPLATE_SIDE) for p in pictures]


@dataclass(frozen=True)
class Scores:
    """One image through the perceptron: s = W x + b, and each class's evidence map w_c * x."""

    x: np.ndarray  # (D,) the normalised input the weights multiply
    weight: np.ndarray  # (C, D)
    bias: np.ndarray  # (C,)
    scores: np.ndarray  # (C,) w_c . x + b_c
    classes: tuple[str, ...]

    @property
    def products(self) -> np.ndarray:
        """(C, D) w_c * x, element by element: each pixel's evidence for each class."""
        return self.weight * self.x[None]

    def order(self) -> np.ndarray:
        return np.argsort(-self.scores, kind="stable")

    def contribution_map(self, c: int, shape: tuple[int, int]) -> np.ndarray:
        """(H, W) where class c's evidence comes from (summed over colour channels)."""
        return self.products[c].reshape(-1, *shape).sum(axis=0)

    def formula(self, c: int) -> str:
        """s_c written out with this image's numbers: the largest products, the rest summed, the bias."""
        prods = self.products[c]
        top = np.argsort(-np.abs(prods))[:TOP_TERMS]
        terms = " + ".join(f"({self.weight[c, i]:.3f} × {self.x[i]:.2f})" for i in top)
        rest = prods.sum() - prods[top].sum()
        return say("perceptron.formula", label=self.classes[c], terms=terms, rest=f"{rest:+.2f}",
                   others=len(prods) - TOP_TERMS, bias=f"{self.bias[c]:+.3f}", score=f"{self.scores[c]:.2f}")


def scores(clf: LinearClassifier, image: np.ndarray) -> Scores:
    """The perceptron's ten scores for one uint8 image (H, W) or (C, H, W), as it saw it in training."""
    image = np.asarray(image)
    if image.ndim == 2:
        image = image[None]
    if tuple(image.shape) != clf.image_shape:
        raise InputError(say("perceptron.err.shape", wanted="x".join(map(str, clf.image_shape)),
                             got="x".join(map(str, image.shape))))
    # as training normalised it (demo.base.transforms.normalise), in float64 so the written-out sums add up exactly
    mean, std = np.asarray(clf.mean)[:, None, None], np.asarray(clf.std)[:, None, None]
    x = ((image.astype(np.float64) / 255 - mean) / std).ravel()
    w = clf.weight
    s = F.linear(torch.from_numpy(x)[None], torch.from_numpy(w), torch.from_numpy(clf.bias))[0].numpy()
    return Scores(x, w, clf.bias, s, clf.classes)


def check_class(clf: LinearClassifier, name) -> int:
    """The index of class `name` (its label, e.g. '7'), or InputError naming the classes."""
    return clf.classes.index(one_of(str(name) if isinstance(name, int) else name, clf.classes,
                                    "perceptron.name.class"))


def test_accuracy(clf: LinearClassifier, data: ImageDataset) -> float:
    """Top-1 accuracy of the linear classifier on `data`'s test split (a check on the weights)."""
    model = Perceptron(clf.image_shape[0], len(clf.classes), clf.image_shape[1])
    with torch.no_grad():
        model.fc.weight.copy_(torch.from_numpy(clf.weight))
        model.fc.bias.copy_(torch.from_numpy(clf.bias))
    x = normalise(data.test_images, clf.mean, clf.std)
    return accuracy(model, x, torch.from_numpy(data.test_labels))
