"""The Train tab's experiments: the lecture's networks as stacks, AlexNet's claims as switches, one
run with live curves, and what a run leaves behind (its weights, card and PyTorch code).

Every network is a stack in the notation of the Architectures tab (demo.layers), built into torch
modules by demo.layers.modules, so a stack a student types trains the same way. The switches are
the claims of Krizhevsky et al. (NIPS 2012) that a student can test in seconds: ReLU against tanh
(their Figure 1: six times fewer epochs to 25% training error), dropout, local response
normalisation (today batch norm), data augmentation, and the optimiser.
"""

import csv
import io
import json
import time
from dataclasses import asdict, dataclass, field

import numpy as np
import torch
from torch import nn

from demo.base import config
from demo.base.data import ImageDataset, load_dataset
from demo.base.device import best_device, describe
from demo.base.errors import InputError, named, number_between, one_of, whole_number
from demo.i18n import say
from demo.base.metrics import confusion_matrix
from demo.layers import modules, parse_stack
from demo.layers.arithmetic import Linear
from demo.base.progress import Progress
from demo.nets.training import OPTIMIZERS, Point, TrainConfig, TrainResult, fit, predict_logits
from demo.base.transforms import normalise

# Networks: (title, stack template). {act} is the activation, {norm} the normalisation after a
# convolution's activation, {drop} dropout before a fully connected layer; {classes} the outputs.
NETWORKS = {
    "perceptron": ("Perceptron (one fully connected layer)", "fc{classes}"),
    "mlp": ("Two-layer MLP", "fc256, {act}, {drop}, fc{classes}"),
    "lenet5": ("LeNet-5 (this app's: ReLU, max-pooling)",
               "conv5-6/p2, {act}, {norm}, maxpool2, conv5-16, {act}, {norm}, maxpool2, fc120, {act}, {drop}, fc84, "
               "{act}, fc{classes}"),
    "lenet5-1998": ("LeNet-5 (1998: tanh, average pooling)",
                    "conv5-6/p2, {act}, {norm}, avgpool2, conv5-16, {act}, {norm}, avgpool2, fc120, {act}, {drop}, "
                    "fc84, {act}, fc{classes}"),
    # AlexNet's shape at 1/8 of its width for 28-32 px inputs: a large strided first kernel (11x11/4 on
    # 224 px becomes 5x5/2), overlapping 3x3/2 max-pools, three 3x3 convolutions, two wide FC layers.
    "alexnet-small": ("AlexNet-style, small (5x5 stride-2 first kernel, LRN, dropout)",
                      "conv5-24/s2/p2, {act}, {norm}, maxpool3/s2/p1, conv3-48/p1, {act}, {norm}, maxpool3/s2/p1, "
                      "conv3-64/p1, {act}, conv3-48/p1, {act}, fc256, {act}, {drop}, fc256, {act}, {drop}, "
                      "fc{classes}"),
    # VGG's rule at 1/4 of its width: only 3x3 convolutions in pairs, a 2x2 max-pool after each pair.
    "vgg-small": ("VGG-style, small (stacks of 3x3 convolutions)",
                  "conv3-16/p1, {act}, {norm}, conv3-16/p1, {act}, {norm}, maxpool2, conv3-32/p1, {act}, {norm}, "
                  "conv3-32/p1, {act}, {norm}, maxpool2, fc128, {act}, {drop}, fc{classes}"),
    # The network of the paper's ReLU experiment (Figure 1: "a four-layer convolutional neural network"), as
    # Krizhevsky's own cuda-convnet ships it for CIFAR-10 ("layers-80sec"): three 5x5 convolutions of 32, 32
    # and 64 filters, each followed by 3x3 stride-2 pooling (max, then average), and one fully connected layer.
    "relu-paper": ("The ReLU experiment's network (AlexNet paper, Figure 1: 3 conv + 1 FC)",
                   "conv5-32/p2, {act}, {norm}, maxpool3/s2/p1, conv5-32/p2, {act}, {norm}, avgpool3/s2/p1, "
                   "conv5-64/p2, {act}, avgpool3/s2/p1, {drop}, fc{classes}"),
    "custom": ("A stack of your own (the Architectures tab's notation)", ""),
}
ACTIVATIONS = ("relu", "tanh", "sigmoid")
NORMALISATIONS = {"none": "", "lrn": "lrn", "bn": "bn"}
DEFAULTS = {  # what each network starts with: the way its paper (or this app) trained it
    "perceptron": dict(activation="relu", normalisation="none", dropout=0.0),
    "mlp": dict(activation="relu", normalisation="none", dropout=0.0),
    "lenet5": dict(activation="relu", normalisation="none", dropout=0.0),
    "lenet5-1998": dict(activation="tanh", normalisation="none", dropout=0.0),
    "alexnet-small": dict(activation="relu", normalisation="lrn", dropout=0.5),
    "vgg-small": dict(activation="relu", normalisation="none", dropout=0.5),
    "relu-paper": dict(activation="relu", normalisation="none", dropout=0.0),
    "custom": dict(activation="relu", normalisation="none", dropout=0.0),
}
# Caps a shared Space puts on one run (a laptop may raise them: DEMO_TRAIN_MAX_*).
EPOCHS_RANGE = (1, config.TRAIN_MAX_EPOCHS)
BATCH_RANGE = (8, 1024)
LR_RANGE = (1e-5, 1.0)
DROPOUT_RANGE = (0.0, 0.9)
SEED_RANGE = (0, 2**31 - 1)
TARGET_RANGE, TARGET_DEFAULT = (1, 90), 25  # a comparison's training error to reach, % (the paper's figure: 25)
CELL_SHOWN = 24  # images of one confusion cell shown at once
MAX_SECONDS = float(config.TRAIN_MAX_SECONDS)
MAX_PARAMETERS = 5_000_000  # a typed stack larger than this would not train live on a CPU


@dataclass(frozen=True)
class Settings:
    """One experiment: a network, the claims' switches and the optimiser's settings."""

    network: str = "lenet5"
    dataset: str = "mnist-subset"
    activation: str = "relu"
    normalisation: str = "none"
    dropout: float = 0.0
    optimizer: str = "adam"
    lr: float = 3e-3
    epochs: int = 5
    batch_size: int = 64
    augment: bool = False
    seed: int = 0
    stack: str = ""  # the custom network's stack

    def label(self) -> str:
        """A short name for charts and the runs table, e.g. 'alexnet-small, tanh, LRN, dropout 0.5'."""
        parts = [self.network if self.network != "custom" else "custom stack"]
        if self.network not in ("perceptron", "custom"):
            parts.append(self.activation)
            if self.normalisation != "none":
                parts.append(self.normalisation.upper() if self.normalisation == "lrn" else "batch norm")
            if self.dropout:
                parts.append(f"dropout {self.dropout:g}")
        parts.append(f"{self.optimizer} lr {self.lr:g}")
        if self.augment:
            parts.append("random shifts")
        return ", ".join(parts)



def settings(network, dataset, activation, normalisation, dropout, optimizer, lr, epochs, batch_size, augment, seed,
             stack="") -> Settings:
    """Settings from a form's raw values, each checked (one sentence when one is off)."""
    network = one_of(network, NETWORKS, "train.name.network")
    if not isinstance(dataset, str):
        raise InputError(say("train.err.dataset_text"))
    if stack is not None and not isinstance(stack, str):
        raise InputError(say("train.err.stack_text"))
    return Settings(network, dataset, one_of(activation, ACTIVATIONS, "train.name.activation"),
                    one_of(normalisation, NORMALISATIONS, "train.name.normalisation"),
                    number_between(dropout, "train.name.dropout", *DROPOUT_RANGE),
                    one_of(optimizer, OPTIMIZERS, "train.name.optimizer"),
                    number_between(lr, "train.name.lr", *LR_RANGE),
                    whole_number(epochs, "train.name.epochs", *EPOCHS_RANGE),
                    whole_number(batch_size, "train.name.batch_size", *BATCH_RANGE),
                    _flag(augment, "train.name.augment"), whole_number(seed, "train.name.seed", *SEED_RANGE),
                    (stack or "").strip())


def _flag(value, name: str) -> bool:
    if isinstance(value, bool):
        return value
    raise InputError(say("train.err.flag", name=named(name), value=repr(str(value)[:40])))


def stack_for(s: Settings, num_classes: int) -> str:
    """The network's stack with the switches applied (custom: the typed stack, its last fully connected
    layer made to output one score per class)."""
    if s.network == "custom":
        if not s.stack:
            raise InputError(say("train.err.no_stack"))
        layers, names = parse_stack(s.stack)
        if isinstance(layers[-1], Linear):
            names[-1] = f"fc{num_classes}"
        else:
            names.append(f"fc{num_classes}")
        return ", ".join(names)
    template = NETWORKS[s.network][1]
    text = template.format(act=s.activation, norm=NORMALISATIONS[s.normalisation],
                           drop=f"dropout{s.dropout:g}" if s.dropout else "", classes=num_classes)
    return ", ".join(token.strip() for token in text.split(",") if token.strip())


def initialise(model: nn.Sequential, activation: str) -> nn.Sequential:
    """Weights drawn as the activation wants: He et al. (2015) for ReLU, Glorot & Bengio (2010) for tanh
    and sigmoid, biases zero. (torch's default suits neither, and starves deep ReLU stacks of signal,
    which would hide the very speed-up the ReLU claim is about.)"""
    for module in model:
        if isinstance(module, (nn.Conv2d, nn.Linear)):
            if activation == "relu":
                nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
            else:
                nn.init.xavier_normal_(module.weight, gain=nn.init.calculate_gain(activation))
            if module.bias is not None:
                nn.init.zeros_(module.bias)
    return model


def build_network(s: Settings, data: ImageDataset) -> tuple[nn.Sequential, str]:
    """(freshly initialised network for `data`'s images, its stack)."""
    stack = stack_for(s, data.num_classes)
    torch.manual_seed(s.seed)
    model = modules.build(stack, data.image_shape)
    activation = s.activation if s.network != "custom" else next(
        (a for a in ACTIVATIONS if a in stack.replace(" ", "").split(",")), "relu")
    initialise(model, activation)
    if modules.count_parameters(model) > MAX_PARAMETERS:
        raise InputError(say("train.err.too_big", count=f"{modules.count_parameters(model):,}",
                             most=f"{MAX_PARAMETERS:,}"))
    return model, stack


@dataclass
class Run:
    """One finished (or stopped) run: the trained network and everything measured on the way."""

    settings: Settings
    stack: str
    model: nn.Sequential
    data: ImageDataset
    result: TrainResult
    seconds: float
    device: str
    number: int = 0  # in the session's runs table
    confusion: np.ndarray | None = None  # (C, C) on the test split, rows = true class
    predictions: np.ndarray | None = None  # (M,) on the test split
    extra: dict = field(default_factory=dict)

    @property
    def parameters(self) -> int:
        return modules.count_parameters(self.model)

    @property
    def test_accuracy(self) -> float:
        return self.result.test_accuracy

    @property
    def best_test_accuracy(self) -> float:
        return max((e.test_accuracy for e in self.result.history), default=float("nan"))

    def per_class_accuracy(self) -> np.ndarray:
        m = self.confusion
        return m.diagonal() / np.maximum(m.sum(axis=1), 1)

    def cell(self, true: int, predicted: int) -> tuple[np.ndarray, int]:
        """(test-split numbers of the first CELL_SHOWN images of class `true` the network took for `predicted`,
        how many there are in all)."""
        hits = np.flatnonzero((self.data.test_labels == true) & (self.predictions == predicted))
        return hits[:CELL_SHOWN], len(hits)

    def row(self) -> dict:
        """The runs table's row for this run."""
        return {"run": self.number, "network": self.settings.label(), "dataset": self.data.name,
                "parameters": self.parameters, "epochs": len(self.result.history), "seconds": round(self.seconds, 1),
                "best test accuracy": round(self.best_test_accuracy, 4),
                "ended": self.result.stopped or "finished"}

    def card(self) -> dict:
        """The JSON card that goes with the weights, as the shipped ones have."""
        return {"model": "stack", "stack": self.stack, "input_shape": list(self.data.image_shape),
                "title": self.settings.label(), "dataset": self.data.name, "classes": list(self.data.classes),
                "normalisation": {"mean": list(self.data.mean), "std": list(self.data.std)},
                "settings": asdict(self.settings), "epochs_run": len(self.result.history),
                "test_accuracy": round(self.test_accuracy, 4), "wall_seconds": round(self.seconds, 2),
                "device": self.device, "parameters": self.parameters, "ended": self.result.stopped or "finished",
                "history": [asdict(e) for e in self.result.history]}


def train(s: Settings, progress: Progress | None = None, on_point=None, should_stop=None,
          max_seconds: float = MAX_SECONDS, device: torch.device | None = None) -> Run:
    """Train one network as `s` says, live: points about once a second, a clean stop when asked or at
    the time cap, the weights learnt so far kept either way."""
    data = load_dataset(s.dataset)
    model, stack = build_network(s, data)
    device = device or best_device()
    config_ = TrainConfig(epochs=s.epochs, batch_size=s.batch_size, lr=s.lr, weight_decay=1e-4, augment=s.augment,
                          seed=s.seed, optimizer=s.optimizer)
    start = time.perf_counter()
    result = fit(model, data, config_, device, progress, on_point, should_stop, max_seconds)
    run = Run(s, stack, model.cpu().eval(), data, result, time.perf_counter() - start, describe(device))
    if result.predictions is None:  # stopped before its first step: the untrained network is scored
        x_test = normalise(data.test_images, data.mean, data.std)
        result.predictions = predict_logits(run.model, x_test).argmax(1)
    run.predictions = result.predictions.numpy()
    run.confusion = confusion_matrix(data.test_labels, run.predictions, data.num_classes)
    return run


# ---- comparing two runs --------------------------------------------------------------------

def check_target(target_error) -> float:
    """A comparison's training error to reach, in percent within TARGET_RANGE -> a fraction, or InputError."""
    return whole_number(target_error, "train.name.target", *TARGET_RANGE) / 100


def epochs_to_error(points: list[Point], target: float) -> tuple[float, float] | None:
    """(epochs, seconds) when the training error first fell to `target` (a fraction), or None."""
    for p in points:
        if 1 - p.train_accuracy <= target:
            return p.epoch, p.seconds
    return None


def compare_sentence(a: Run, b: Run, target: float) -> str:
    """The measured answer to the claim the two runs test, in one sentence."""
    ta, tb = epochs_to_error(a.result.points, target), epochs_to_error(b.result.points, target)
    name_a, name_b = a.settings.label(), b.settings.label()
    if ta and tb:
        faster, slower, tf, ts = (a, b, ta, tb) if ta[0] <= tb[0] else (b, a, tb, ta)
        return say("train.compare.both", target=f"{target:.0%}", faster=faster.settings.label(),
                   slower=slower.settings.label(), fast_epochs=f"{tf[0]:.2f}", fast_seconds=f"{tf[1]:.1f}",
                   slow_epochs=f"{ts[0]:.2f}", slow_seconds=f"{ts[1]:.1f}",
                   epoch_ratio=f"{ts[0] / max(tf[0], 1e-9):.1f}", time_ratio=f"{ts[1] / max(tf[1], 1e-9):.1f}")
    reached = [name for name, t in ((name_a, ta), (name_b, tb)) if t]
    if reached:
        return say("train.compare.one", reached=reached[0], target=f"{target:.0%}")
    return say("train.compare.none", target=f"{target:.0%}")


# ---- what a run leaves behind ----------------------------------------------------------------

def runs_csv(runs: list[Run]) -> str:
    """The session's runs table as CSV text."""
    out = io.StringIO()
    rows = [r.row() for r in runs]
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["run"])
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def export(run: Run) -> dict[str, bytes]:
    """File name -> contents: the weights (safetensors), the JSON card, the PyTorch code of the network."""
    from safetensors.torch import save  # noqa: PLC0415 - only when a student downloads

    state = {k: v.detach().contiguous() for k, v in run.model.state_dict().items()}
    code = modules.python_code(run.stack, run.data.image_shape, run.settings.label())
    return {"model.safetensors": save(state, metadata={"stack": run.stack}),
            "model.json": (json.dumps(run.card(), indent=2) + "\n").encode(),
            "model.py": code.encode()}
