"""AlexNet's ReLU experiment under the paper's own conditions, on whatever dataset is chosen.

Krizhevsky et al. (NIPS 2012), Figure 1: "A four-layer convolutional neural network with ReLUs (solid line)
reaches a 25% training error rate on CIFAR-10 six times faster than an equivalent network with tanh neurons
(dashed line). The learning rates for each network were chosen independently to make training as fast as
possible. No regularization of any kind was employed." Here, the same experiment:
- the network: the CIFAR-10 example that ships with Krizhevsky's own cuda-convnet ("layers-80sec": three
  5x5 convolutions of 32, 32 and 64 filters, each followed by 3x3 stride-2 pooling, and one fully connected
  layer; experiments.NETWORKS["relu-paper"]), the closest published stand-in for the paper's four layers;
  no dropout, no normalisation, no augmentation, no weight decay; each activation initialised as it wants
  (He for ReLU, Glorot for tanh);
- SGD with momentum 0.9 at a constant learning rate, batches of 128;
- the learning rate, per activation by the same rule: of LR_GRID, the one that reaches the target training
  error in the fewest epochs on seed 0 (a probe ends as soon as it can no longer beat the best so far);
- for every seed, epochs to the target, read off the training error of the batches since the previous point
  (a point every tenth of an epoch: not rounded to whole epochs), and their ratio tanh / ReLU.
"""

import math
import statistics
import time
from dataclasses import dataclass, field
from typing import Callable

import torch

from demo.base import config
from demo.base import plots
from demo.train import figures
from demo.base.data import list_datasets, load_dataset
from demo.base.device import best_device
from demo.base.errors import InputError, whole_number
from demo.train.experiments import EPOCHS_RANGE, MAX_SECONDS as RUN_MAX_SECONDS, Settings, build_network, epochs_to_error
from demo.i18n import say
from demo.base.progress import Progress
from demo.nets.training import STOPPED, TARGET, TIME_LIMIT, Point, TrainConfig, fit

NETWORK = "relu-paper"
ACTIVATIONS = ("relu", "tanh")  # the paper's two curves: solid and dashed
TARGET_ERROR = 0.25  # training error, as a fraction (the paper's 25%)
LR_GRID = (0.01, 0.03, 0.003, 0.1)  # probed in this order: the usual SGD rate first, then outwards
BATCH_SIZE = 128
SEEDS_RANGE = (1, 5)
SEEDS = 3
MAX_STEPS_RANGE = (0, 100_000)  # a bound on every run's optimiser steps, for a quick look and tests (0: none)
# The experiment is several runs: each keeps the server's caps on one run (epochs, seconds), and all of
# them together at most RUNS_BUDGET times the seconds of one run.
RUNS_BUDGET = 5
MAX_SECONDS = RUNS_BUDGET * float(config.TRAIN_MAX_SECONDS)
PAPER_RATIO = 6.0  # Figure 1: about six times fewer epochs for ReLU


@dataclass
class Trial:
    """One training run of the experiment: a probe of a learning rate, or a seed's measurement."""

    activation: str
    lr: float
    seed: int
    points: list[Point] = field(default_factory=list)
    ended: str = ""  # as demo.nets.training's TrainResult.stopped ("target": it reached the training error)

    @property
    def reached(self) -> tuple[float, float] | None:
        return epochs_to_error(self.points, TARGET_ERROR)


@dataclass
class Outcome:
    """What the experiment measured: every run, the learning rate each activation got, why it ended."""

    dataset: str
    seeds: int
    max_epochs: int
    trials: list[Trial] = field(default_factory=list)
    chosen: dict[str, float | None] = field(default_factory=dict)  # activation -> learning rate (None: none reached)
    stopped: str = ""  # "" (it ran its course), "stopped" or "time limit"

    def measured(self, activation: str, seed: int) -> Trial | None:
        """The run that measures `activation` on `seed` (seed 0's is its chosen learning rate's probe)."""
        lr = self.chosen.get(activation)
        return next((t for t in self.trials if t.activation == activation and t.seed == seed and t.lr == lr), None)

    def per_seed(self) -> list[tuple[int, float | None, float | None]]:
        """(seed, ReLU's epochs, tanh's epochs) for every seed measured (None: not reached)."""
        rows = []
        for seed in range(self.seeds):
            relu, tanh = self.measured("relu", seed), self.measured("tanh", seed)
            if relu is None or tanh is None:
                continue
            rows.append((seed, (relu.reached or (None,))[0], (tanh.reached or (None,))[0]))
        return rows

    def ratios(self) -> list[float]:
        """tanh's epochs over ReLU's, for each seed where both reached the target."""
        return [tanh / relu for _, relu, tanh in self.per_seed() if relu and tanh]


def check(dataset, seeds, epochs, max_steps) -> tuple[str, int, int, int | None]:
    """The experiment's inputs, each checked (one sentence when one is off)."""
    if not isinstance(dataset, str):
        raise InputError(say("train.err.dataset_text"))
    seeds = whole_number(seeds, "train.paper.name.seeds", *SEEDS_RANGE)
    epochs = whole_number(epochs, "train.name.epochs", *EPOCHS_RANGE)
    max_steps = whole_number(max_steps, "train.paper.name.max_steps", *MAX_STEPS_RANGE)
    return dataset, seeds, epochs, max_steps or None


def run(dataset: str, seeds: int = SEEDS, epochs: int = EPOCHS_RANGE[1], max_steps: int | None = None,
        progress: Progress | None = None, on_point: Callable[["Outcome", Point], None] | None = None,
        should_stop: Callable[[], bool] | None = None, max_seconds: float = MAX_SECONDS,
        device: torch.device | None = None) -> Outcome:
    """Run the experiment on `dataset`: probe LR_GRID per activation on seed 0, then measure every seed.

    Each run trains until its training error reaches TARGET_ERROR, or for `epochs` (and `max_steps`) at
    most; a probe also ends once it has trained as long as the best probe so far took. `on_point(outcome,
    point)` sees every point of every run as it comes (the run is outcome.trials[-1]); Stop and the time
    budget end the whole experiment.
    """
    dataset, seeds, epochs, max_steps = check(dataset, seeds, epochs, max_steps or 0)
    data = load_dataset(dataset)
    device = device or best_device()
    outcome = Outcome(data.name, seeds, epochs)
    steps_per_epoch = math.ceil(len(data.train_labels) / BATCH_SIZE)
    planned = len(LR_GRID) * len(ACTIVATIONS) + (seeds - 1) * len(ACTIVATIONS)
    start = time.perf_counter()

    def train(activation: str, lr: float, seed: int, steps: int | None) -> Trial:
        trial = Trial(activation, lr, seed)
        outcome.trials.append(trial)
        number = len(outcome.trials)
        model, _ = build_network(Settings(network=NETWORK, dataset=dataset, activation=activation, seed=seed), data)
        bounds = [b for b in (steps, max_steps) if b is not None]
        cfg = TrainConfig(epochs=epochs, batch_size=BATCH_SIZE, lr=lr, weight_decay=0.0, augment=False, seed=seed,
                          optimizer="sgd", schedule="constant", target_train_error=TARGET_ERROR,
                          test_each_epoch=False, tests_per_epoch=0, max_steps=min(bounds) if bounds else None)
        what = say("train.paper.progress", activation=activation, lr=f"{lr:g}", seed=seed, run=number,
                   runs=planned)

        def report(done, total, info):
            if progress is not None:
                progress(1000 * (number - 1) + 1000 * done // max(total, 1), 1000 * planned, what)

        def point(p: Point):
            trial.points.append(p)
            if on_point is not None:
                on_point(outcome, p)

        left = max_seconds - (time.perf_counter() - start)
        # Points at tenths of an epoch only (none by the clock), so the measured epochs do not depend on speed.
        result = fit(model, data, cfg, device, report, point, should_stop,
                     max_seconds=max(min(left, RUN_MAX_SECONDS), 0.0), point_every_s=math.inf)
        trial.ended = result.stopped
        if result.stopped == STOPPED or (result.stopped == TIME_LIMIT and left <= RUN_MAX_SECONDS):
            outcome.stopped = result.stopped  # Stop, or the whole experiment's time is up (one run's cap is not)
        return trial

    for activation in ACTIVATIONS:  # the learning rate: the fewest epochs to the target on seed 0
        best: Trial | None = None
        for lr in LR_GRID:
            limit = None if best is None else math.ceil(best.reached[0] * steps_per_epoch)
            trial = train(activation, lr, 0, limit)
            if outcome.stopped:
                return outcome
            if trial.reached and (best is None or trial.reached[0] < best.reached[0]):
                best = trial
        outcome.chosen[activation] = best.lr if best else None
    for seed in range(1, seeds):  # the measurements (seed 0's is its probe): the two activations side by side
        for activation in ACTIVATIONS:
            if outcome.chosen[activation] is not None:
                train(activation, outcome.chosen[activation], seed, None)
                if outcome.stopped:
                    return outcome
    return outcome


def summary(outcome: Outcome) -> str:
    """The sentence beside the figure: the conditions, the dataset, each seed's epochs, the ratio (and its spread)."""
    title = next((d.title for d in list_datasets() if d.name == outcome.dataset), outcome.dataset)
    lrs = {a: (f"{lr:g}" if lr is not None else "—") for a, lr in outcome.chosen.items()}
    conditions = say("train.paper.conditions", dataset=title, target=f"{TARGET_ERROR:.0%}",
                     grid=", ".join(f"{lr:g}" for lr in sorted(LR_GRID)), relu_lr=lrs.get("relu", "—"),
                     tanh_lr=lrs.get("tanh", "—"), epochs=outcome.max_epochs)
    seeds = "; ".join(say("train.paper.seed", seed=seed, relu=_epochs(relu), tanh=_epochs(tanh),
                          ratio=f"{tanh / relu:.1f}x" if relu and tanh else "—")
                      for seed, relu, tanh in outcome.per_seed())
    ratios = outcome.ratios()
    if ratios:
        ratio = statistics.median(ratios)
        answer = say("train.paper.ratio", ratio=f"{ratio:.1f}", count=len(ratios), low=f"{min(ratios):.1f}",
                     high=f"{max(ratios):.1f}", paper=f"{PAPER_RATIO:g}",
                     faster=say("train.paper.relu_faster" if ratio > 1 else "train.paper.tanh_faster"))
    elif not outcome.stopped:  # (a stopped experiment says so below)
        answer = say("train.paper.no_ratio", target=f"{TARGET_ERROR:.0%}", epochs=outcome.max_epochs)
    else:
        answer = ""
    parts = [conditions, say("train.paper.seeds", target=f"{TARGET_ERROR:.0%}", seeds=seeds) if seeds else "", answer]
    if outcome.stopped:
        parts.append(say("train.paper.ended_early", measured=len(outcome.per_seed()), seeds=outcome.seeds,
                         why=say("train.status.stopped" if outcome.stopped == STOPPED else "train.status.time_limit")))
    return " ".join(p for p in parts if p)


def _epochs(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else "—"


def table(outcome: Outcome) -> dict:
    """Every run of the experiment, for the page's table: headers in the page's language, one row a run."""
    headers = [say(f"train.paper.table.{h}") for h in ("activation", "lr", "seed", "role", "epochs", "seconds",
                                                        "ended")]
    rows = []
    for t in outcome.trials:
        chosen = outcome.chosen.get(t.activation) == t.lr
        role = "measured" if t.seed > 0 else ("chosen" if chosen else "probe")
        reached = t.reached
        ended = "reached" if t.ended == TARGET else (t.ended or "epochs")
        rows.append([t.activation, t.lr, t.seed, say(f"train.paper.role.{role}"),
                     round(reached[0], 2) if reached else "—", round(reached[1], 1) if reached else "—",
                     say(f"train.paper.end.{ended.replace(' ', '_')}")])
    return {"headers": headers, "data": rows}


COLOURS = {"relu": figures.RUN_COLOURS[0], "tanh": figures.RUN_COLOURS[1]}
DASHES = {"relu": "solid", "tanh": "dash"}  # as in the paper's figure


def figure(outcome: Outcome):
    """Training error against epochs, as the paper's Figure 1 draws it: every seed's run of ReLU (solid) and
    tanh (dashed) at its chosen learning rate, the other probes faint, and the target as a line."""
    data, probes_shown = [], False
    for t in list(outcome.trials):
        points = list(t.points)
        chosen = outcome.chosen.get(t.activation, t.lr) == t.lr  # while probing, every probe is a candidate
        line = dict(type="scatter", mode="lines", x=[p.epoch for p in points], y=[1 - p.train_accuracy for p in points],
                    hovertemplate=say("train.fig.hover_epoch", x="%{x:.2f}", y="%{y:.1%}")
                    + f"<extra>{t.activation}, {t.lr:g}</extra>")
        if chosen:
            name = say("train.paper.fig.run", activation=t.activation, seed=t.seed, lr=f"{t.lr:g}")
            data.append(dict(line, name=name,
                             line=dict(color=COLOURS[t.activation], dash=DASHES[t.activation], width=2)))
        else:
            data.append(dict(line, name=say("train.paper.fig.probe"), legendgroup="probes", showlegend=not probes_shown,
                             opacity=0.35, line=dict(color="#999999", dash=DASHES[t.activation], width=1)))
            probes_shown = True
    longest = max((p.epoch for t in outcome.trials for p in t.points), default=1.0)
    data.append(dict(type="scatter", mode="lines", x=[0, max(longest, 0.1)], y=[TARGET_ERROR] * 2,
                     name=say("train.paper.fig.target", target=f"{TARGET_ERROR:.0%}"), hoverinfo="skip",
                     line=dict(color="#333333", dash="dot", width=1)))
    return plots.figure(data, height=400, legend=dict(orientation="h", y=-0.2, x=0),
                        xaxis=plots.axis(say("train.fig.epochs"), rangemode="tozero"),
                        yaxis=plots.axis(say("train.paper.fig.error"), tickformat=".0%", range=[0, 1]))
