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

from demo.data import ImageDataset
from demo.i18n import say
from demo.progress import Progress
from demo.transforms import normalise

EVAL_BATCH = 1_000  # images per forward pass when measuring accuracy
MAX_SHIFT = 0.1  # augmentation: up to 10% of the image (about 3 px on 28x28) in x and y
MAX_ROTATION = math.radians(12)
SCALE_RANGE = (0.9, 1.1)


OPTIMIZERS = ("adam", "sgd")  # Adam (Kingma & Ba 2015); SGD with momentum 0.9 (AlexNet's)
SGD_MOMENTUM = 0.9


@dataclass
class TrainConfig:
    epochs: int = 20
    batch_size: int = 64
    lr: float = 3e-3  # peak learning rate of the one-cycle schedule
    weight_decay: float = 1e-4
    augment: bool = True
    seed: int = 0
    max_steps: int | None = None  # stop after this many optimiser steps (tests, --dry-run)
    target_accuracy: float | None = None  # stop once the test accuracy reaches this (benchmarks)
    optimizer: str = "adam"  # one of OPTIMIZERS


@dataclass(frozen=True)
class Point:
    """One point of the live curves, reported about once a second while training."""

    step: int
    epoch: float  # epochs done, fractional
    seconds: float  # since training began
    train_loss: float  # mean over the batches since the previous point
    train_accuracy: float  # on those batches, as the network was then (dropout on, augmented)
    test_accuracy: float  # on the whole test split, now


@dataclass
class EpochResult:
    epoch: int
    steps: int
    train_loss: float
    test_accuracy: float
    seconds: float  # wall time since training began, evaluation included
    images_per_second: float  # training images through forward + backward, this epoch
    train_accuracy: float = float("nan")  # on this epoch's batches, as they were trained on


@dataclass
class TrainResult:
    history: list[EpochResult] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)  # the live curves
    stopped: str = ""  # why training ended early: "" (it ran its course), "stopped", "time limit"

    @property
    def test_accuracy(self) -> float:
        return self.history[-1].test_accuracy if self.history else float("nan")

    @property
    def seconds(self) -> float:
        return self.history[-1].seconds if self.history else 0.0



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


def fit(model: nn.Module, data: ImageDataset, config: TrainConfig, device: torch.device,
        progress: Progress | None = None, on_point: Callable[[Point], None] | None = None,
        should_stop: Callable[[], bool] | None = None, max_seconds: float | None = None,
        point_every_s: float = 1.0) -> TrainResult:
    """Train `model` on `data`'s train split (Adam or SGD with momentum, one-cycle schedule).

    After every epoch the test accuracy is measured and appended to the history; training stops
    early at `max_steps` or when `target_accuracy` is reached. For live training: about every
    `point_every_s` seconds a Point goes to `on_point` (loss, train and test accuracy); training ends
    cleanly, keeping the weights learnt so far, when `should_stop()` turns true or after
    `max_seconds`.
    """
    torch.manual_seed(config.seed)
    gen = torch.Generator(device=device).manual_seed(config.seed)
    x_train = normalise(data.train_images, data.mean, data.std, device)
    y_train = torch.from_numpy(data.train_labels).to(device)
    x_test = normalise(data.test_images, data.mean, data.std, device)
    y_test = torch.from_numpy(data.test_labels).to(device)

    n = len(x_train)
    steps_per_epoch = math.ceil(n / config.batch_size)
    total = steps_per_epoch * config.epochs
    if config.max_steps is not None:
        total = min(total, config.max_steps)
    model.to(device)
    opt = _optimizer(model, config)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=config.lr, total_steps=max(total, 1))
    result, step, start = TrainResult(), 0, time.perf_counter()
    window = [torch.zeros((), device=device), torch.zeros((), device=device), 0]  # loss sum, correct, seen
    last_point = start

    def point(epoch_done: float, acc: float | None = None) -> None:
        nonlocal last_point, window
        if on_point is None or window[2] == 0:
            return
        acc = accuracy(model, x_test, y_test) if acc is None else acc
        model.train()
        p = Point(step, epoch_done, time.perf_counter() - start, (window[0] / window[2]).item(),
                  (window[1] / window[2]).item(), acc)
        result.points.append(p)
        on_point(p)
        window = [torch.zeros((), device=device), torch.zeros((), device=device), 0]
        last_point = time.perf_counter()

    for epoch in range(1, config.epochs + 1):
        model.train()
        order = torch.randperm(n, generator=gen, device=device)
        loss_sum, correct, seen, epoch_start = torch.zeros((), device=device), torch.zeros((), device=device), 0, \
            time.perf_counter()
        for i in range(0, n, config.batch_size):
            if step >= total:
                break
            if should_stop is not None and should_stop():
                result.stopped = "stopped"
                break
            if max_seconds is not None and time.perf_counter() - start > max_seconds:
                result.stopped = "time limit"
                break
            idx = order[i:i + config.batch_size]
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
            loss_sum += loss.detach() * len(idx)
            correct += hits
            seen += len(idx)
            window[0] += loss.detach() * len(idx)
            window[1] += hits
            window[2] += len(idx)
            step += 1
            if progress is not None:
                progress(step, total, say("train.progress.epoch", epoch=epoch, epochs=config.epochs))
            if on_point is not None and time.perf_counter() - last_point >= point_every_s:
                point(epoch - 1 + min(i + config.batch_size, n) / n)
        train_seconds = time.perf_counter() - epoch_start
        if seen == 0:
            break
        acc = accuracy(model, x_test, y_test)
        result.history.append(EpochResult(epoch, step, (loss_sum / seen).item(), acc, time.perf_counter() - start,
                                          seen / max(train_seconds, 1e-9), (correct / seen).item()))
        point(epoch - 1 + seen / n, acc)
        if progress is not None:
            progress(step, total, say("train.progress.tested", epoch=epoch, accuracy=f"{acc:.2%}"))
        if result.stopped or step >= total or (config.target_accuracy is not None
                                               and acc >= config.target_accuracy):
            break
    return result
