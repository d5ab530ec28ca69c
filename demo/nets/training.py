"""Training and evaluation of the small networks, fast enough to run live in a lecture.

The whole dataset lives on the device as one normalised tensor and batches are slices of a
shuffled index: no DataLoader workers, no per-image Python, no copies per step. Augmentation
(small random shifts, rotations and scalings, the variations MNIST's writers make) is one batched
`affine_grid`/`grid_sample` call. Long runs report through a `progress(done, total, info)`
callback that the CLI maps to tqdm and the app to `gr.Progress`.
"""

import math
import time
from dataclasses import dataclass, field
from typing import Callable

import torch
import torch.nn.functional as F
from torch import nn

from demo.base.data import ImageDataset
from demo.i18n import say
from demo.base.progress import Progress
from demo.base.transforms import normalise

EVAL_BATCH = 1_000  # images per forward pass when measuring accuracy
MAX_SHIFT = 0.1  # augmentation: up to 10% of the image (about 3 px on 28x28) in x and y
MAX_ROTATION = math.radians(12)
SCALE_RANGE = (0.9, 1.1)
# The live curves. A point every tenth of an epoch (and at least every `point_every_s`), so that a one-epoch
# run is a curve too; its loss and training accuracy are those of the batches since the point before.
POINTS_PER_EPOCH = 10
# While someone watches (`on_point`): the test accuracy every quarter epoch and at least every TEST_EVERY_S
# seconds, unless measuring would take more than EVAL_SHARE of the time; on a fixed sample of LIVE_TEST_IMAGES
# test images (an epoch's end measures them all), STOP_CHECK_IMAGES per pass, Stop looked at between passes.
TESTS_PER_EPOCH = 4
TEST_EVERY_S = 5.0
EVAL_SHARE = 0.05
LIVE_TEST_IMAGES = 1_000
STOP_CHECK_IMAGES = 250

OPTIMIZERS = ("adam", "sgd")  # Adam (Kingma & Ba 2015); SGD with momentum 0.9 (AlexNet's)
SGD_MOMENTUM = 0.9
SCHEDULES = ("one-cycle", "constant")  # Smith & Topin (2019)'s one cycle; a constant rate (AlexNet's Figure 1)
# Why a run ended early (TrainResult.stopped): "" means it ran its course.
STOPPED, TIME_LIMIT, TARGET, DIVERGED = "stopped", "time limit", "target", "diverged"


@dataclass
class TrainConfig:
    epochs: int = 20
    batch_size: int = 64
    lr: float = 3e-3  # peak learning rate of the one-cycle schedule; the constant schedule's rate
    weight_decay: float = 1e-4
    augment: bool = True
    seed: int = 0
    max_steps: int | None = None  # stop after this many optimiser steps (tests, --dry-run)
    target_accuracy: float | None = None  # stop once the test accuracy reaches this (benchmarks)
    optimizer: str = "adam"  # one of OPTIMIZERS
    schedule: str = "one-cycle"  # one of SCHEDULES
    target_train_error: float | None = None  # stop once a point's training error is at most this (a fraction)
    test_each_epoch: bool = True  # measure the whole test split at every epoch's end (history, predictions)
    points_per_epoch: int = POINTS_PER_EPOCH
    tests_per_epoch: int = TESTS_PER_EPOCH  # live test measurements per epoch, with `on_point` (0: none)


@dataclass(frozen=True)
class Point:
    """One point of the live curves: every tenth of an epoch, and at least about once a second."""

    step: int
    epoch: float  # epochs done, fractional
    seconds: float  # since training began
    train_loss: float  # mean over the batches since the previous point
    train_accuracy: float  # on those batches, as the network was then (dropout on, augmented)
    test_accuracy: float  # now (a live sample of the test split; all of it at an epoch's end); nan: not measured


@dataclass
class EpochResult:
    epoch: int
    steps: int
    train_loss: float
    test_accuracy: float  # nan when the test split is not measured (TrainConfig.test_each_epoch)
    seconds: float  # wall time since training began, evaluation included
    images_per_second: float  # training images through forward + backward, this epoch
    train_accuracy: float = float("nan")  # on this epoch's batches, as they were trained on


@dataclass
class TrainResult:
    history: list[EpochResult] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)  # the curves
    stopped: str = ""  # why training ended early: "" (it ran its course), STOPPED, TIME_LIMIT, TARGET, DIVERGED
    predictions: torch.Tensor | None = None  # (M,) test split classes by the final weights, when measured

    @property
    def test_accuracy(self) -> float:
        return self.history[-1].test_accuracy if self.history else float("nan")

    @property
    def seconds(self) -> float:
        return self.history[-1].seconds if self.history else 0.0


class _Window:
    """Loss and hits of the batches since a moment, kept on the device (no synchronisation per step)."""

    def __init__(self, device: torch.device):
        self.loss, self.hits, self.seen = torch.zeros((), device=device), torch.zeros((), device=device), 0

    def add(self, loss: torch.Tensor, hits: torch.Tensor, count: int) -> None:
        self.loss += loss * count
        self.hits += hits
        self.seen += count

    def means(self) -> tuple[float, float]:
        """(mean loss, accuracy) over the window."""
        return (self.loss / self.seen).item(), (self.hits / self.seen).item()


def random_affine(x: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Shift, rotate and scale every image of a batch (B, C, H, W) by its own random amount."""
    b = x.shape[0]
    u = torch.rand(b, 4, generator=generator, device=x.device) * 2 - 1  # uniform in [-1, 1)
    angle = u[:, 0] * MAX_ROTATION
    scale = (SCALE_RANGE[0] + SCALE_RANGE[1]) / 2 + u[:, 1] * (SCALE_RANGE[1] - SCALE_RANGE[0]) / 2
    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale
    theta = torch.stack([
        torch.stack([cos, -sin, u[:, 2] * MAX_SHIFT * 2], 1),  # affine_grid works in [-1, 1]
        torch.stack([sin, cos, u[:, 3] * MAX_SHIFT * 2], 1),
    ], 1)  # (B, 2, 3)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, padding_mode="border", align_corners=False)


@torch.inference_mode()
def predict_logits(model: nn.Module, x: torch.Tensor, batch_size: int = EVAL_BATCH) -> torch.Tensor:
    model.eval()
    return torch.cat([model(x[i:i + batch_size]) for i in range(0, len(x), batch_size)])


def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    """Top-1 accuracy of `model` on normalised images `x` with labels `y`."""
    return (predict_logits(model, x).argmax(1) == y).float().mean().item()


def _optimizer(model: nn.Module, config: TrainConfig) -> torch.optim.Optimizer:
    if config.optimizer == "sgd":
        return torch.optim.SGD(model.parameters(), lr=config.lr, momentum=SGD_MOMENTUM,
                               weight_decay=config.weight_decay)
    if config.optimizer == "adam":
        return torch.optim.Adam(model.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    raise ValueError(f"unknown optimizer {config.optimizer!r}")


def _schedule(opt: torch.optim.Optimizer, config: TrainConfig, total: int):
    if config.schedule == "one-cycle":
        return torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=config.lr, total_steps=max(total, 1))
    if config.schedule == "constant":
        return torch.optim.lr_scheduler.ConstantLR(opt, factor=1.0, total_iters=0)
    raise ValueError(f"unknown schedule {config.schedule!r}")


@torch.inference_mode()
def _live_accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor,
                   should_stop: Callable[[], bool] | None) -> float | None:
    """Accuracy on (x, y) in passes of STOP_CHECK_IMAGES; None if Stop was pressed meanwhile."""
    model.eval()
    hits = 0
    for i in range(0, len(x), STOP_CHECK_IMAGES):
        if should_stop is not None and should_stop():
            return None
        hits += (model(x[i:i + STOP_CHECK_IMAGES]).argmax(1) == y[i:i + STOP_CHECK_IMAGES]).sum().item()
    return hits / max(len(x), 1)


def live_sample(count: int, size: int = LIVE_TEST_IMAGES) -> torch.Tensor:
    """The test images a live point is measured on: `size` of `count`, a fixed sample (all when fewer)."""
    if count <= size:
        return torch.arange(count)
    return torch.randperm(count, generator=torch.Generator().manual_seed(0))[:size].sort().values


def fit(model: nn.Module, data: ImageDataset, config: TrainConfig, device: torch.device,
        progress: Progress | None = None, on_point: Callable[[Point], None] | None = None,
        should_stop: Callable[[], bool] | None = None, max_seconds: float | None = None,
        point_every_s: float = 1.0) -> TrainResult:
    """Train `model` on `data`'s train split (Adam or SGD with momentum; one-cycle or constant rate).

    Every `1 / points_per_epoch` of an epoch (and at least every `point_every_s` seconds) a Point goes to
    the curves: the loss and training accuracy of the batches since the one before, and, while someone
    watches (`on_point`), now and then the test accuracy on a live sample. After every epoch the whole
    test split is measured and appended to the history. Training stops early at `max_steps`, at
    `target_accuracy` (test) or `target_train_error` (a point's), when the loss is no longer a number,
    when `should_stop()` turns true (looked at before every step and during live measurements) or after
    `max_seconds`; it keeps the weights learnt so far, and measures the test split at the end of the epoch
    it stopped in, so the result (history, `predictions`) always describes the final weights.
    """
    torch.manual_seed(config.seed)
    gen = torch.Generator(device=device).manual_seed(config.seed)
    x_train = normalise(data.train_images, data.mean, data.std, device)
    y_train = torch.from_numpy(data.train_labels).to(device)
    x_test = normalise(data.test_images, data.mean, data.std, device)
    y_test = torch.from_numpy(data.test_labels).to(device)
    live = live_sample(len(x_test)).to(device)
    x_live, y_live = x_test[live], y_test[live]

    n, batch = len(x_train), config.batch_size
    total = math.ceil(n / batch) * config.epochs
    if config.max_steps is not None:
        total = min(total, config.max_steps)
    model.to(device)
    opt = _optimizer(model, config)
    sched = _schedule(opt, config, total)
    result, step, start = TrainResult(), 0, time.perf_counter()
    window = _Window(device)
    clock = dict(point=start, test=start, eval_seconds=0.0)
    next_point, next_test = 1 / config.points_per_epoch, 1 / max(config.tests_per_epoch, 1)

    def point(epoch_done: float, test: float | None = None) -> None:
        """Close the window into a Point (test: the epoch's measured accuracy, or a live one when due)."""
        nonlocal window, next_point, next_test
        if window.seen == 0:
            return
        loss, train_accuracy = window.means()
        now = time.perf_counter()
        if not math.isfinite(loss):
            result.stopped = result.stopped or DIVERGED
        elif test is None and on_point is not None and config.tests_per_epoch > 0:
            due = epoch_done >= next_test - 1e-9 or now - clock["test"] >= TEST_EVERY_S
            if due and (now - clock["test"]) * EVAL_SHARE >= clock["eval_seconds"]:
                test = _live_accuracy(model, x_live, y_live, should_stop)
                model.train()
                clock["test"], clock["eval_seconds"] = time.perf_counter(), time.perf_counter() - now
                if test is None:
                    result.stopped = STOPPED
        if test is not None:
            next_test = (math.floor(epoch_done * config.tests_per_epoch + 1e-9) + 1) / max(config.tests_per_epoch, 1)
        p = Point(step, epoch_done, now - start, loss, train_accuracy, float("nan") if test is None else test)
        result.points.append(p)
        if on_point is not None:
            on_point(p)
        window = _Window(device)
        clock["point"] = time.perf_counter()
        next_point = (math.floor(epoch_done * config.points_per_epoch + 1e-9) + 1) / config.points_per_epoch
        if config.target_train_error is not None and 1 - train_accuracy <= config.target_train_error \
                and not result.stopped:
            result.stopped = TARGET

    for epoch in range(1, config.epochs + 1):
        model.train()
        order = torch.randperm(n, generator=gen, device=device)
        seen_epoch, epoch_window, epoch_start = 0, _Window(device), time.perf_counter()
        for i in range(0, n, batch):
            if step >= total or result.stopped:
                break
            if should_stop is not None and should_stop():
                result.stopped = STOPPED
                break
            if max_seconds is not None and time.perf_counter() - start > max_seconds:
                result.stopped = TIME_LIMIT
                break
            idx = order[i:i + batch]
            xb, yb = x_train[idx], y_train[idx]
            if config.augment:
                xb = random_affine(xb, gen)
            logits = model(xb)
            loss = F.cross_entropy(logits, yb)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            hits = (logits.detach().argmax(1) == yb).sum()
            window.add(loss.detach(), hits, len(idx))
            epoch_window.add(loss.detach(), hits, len(idx))
            seen_epoch += len(idx)
            step += 1
            if progress is not None:
                progress(step, total, say("train.progress.epoch", epoch=epoch, epochs=config.epochs))
            done = epoch - 1 + seen_epoch / n
            last_of_epoch = seen_epoch == n or step >= total
            if not last_of_epoch and (done >= next_point - 1e-9
                                      or time.perf_counter() - clock["point"] >= point_every_s):
                point(done)
        train_seconds = time.perf_counter() - epoch_start
        if seen_epoch == 0:
            break
        acc = float("nan")
        if config.test_each_epoch:  # a run stopped within an epoch too: its result describes its final weights
            result.predictions = predict_logits(model, x_test).argmax(1).cpu()
            acc = (result.predictions == y_test.cpu()).float().mean().item()
            clock["test"] = time.perf_counter()
            if progress is not None:
                progress(step, total, say("train.progress.tested", epoch=epoch, accuracy=f"{acc:.2%}"))
        loss, train_accuracy = epoch_window.means()
        result.history.append(EpochResult(epoch, step, loss, acc, time.perf_counter() - start,
                                          seen_epoch / max(train_seconds, 1e-9), train_accuracy))
        point(epoch - 1 + seen_epoch / n, None if math.isnan(acc) else acc)
        if result.stopped or step >= total or (config.target_accuracy is not None
                                               and acc >= config.target_accuracy):
            break
    return result
