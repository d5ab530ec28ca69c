"""demo.train.relu_experiment: AlexNet's Figure 1 experiment, its rule for the learning rate, its epochs and ratios.

The rule and the arithmetic are checked against hand-made training curves (a stand-in for `fit` whose
training error falls at a known rate); one real run, bounded to a few steps, checks the whole path.
"""

import math

import pytest
import torch
from torch import nn

from demo.train import relu_experiment as R
from demo.base.errors import InputError
from demo.train.experiments import epochs_to_error
from demo.nets.training import TARGET, TIME_LIMIT, Point, TrainResult


def _points(errors, per_epoch=10, seconds_per_epoch=2.0):
    return [Point(i + 1, (i + 1) / per_epoch, (i + 1) / per_epoch * seconds_per_epoch, 1.0, 1 - e, float("nan"))
            for i, e in enumerate(errors)]


def test_epochs_to_error_is_the_first_point_at_or_below_the_target():
    points = _points([0.9, 0.5, 0.3, 0.25, 0.1])
    assert epochs_to_error(points, R.TARGET_ERROR) == (0.4, 0.8)  # 25% reached exactly at the fourth tenth of the epoch
    assert epochs_to_error(points, 0.4) == (0.3, pytest.approx(0.6))
    assert epochs_to_error(_points([0.9, 0.5]), R.TARGET_ERROR) is None
    assert epochs_to_error([], R.TARGET_ERROR) is None


def _trial(activation, lr, seed, epochs):
    errors = [0.9] * (round(epochs * 10) - 1) + [0.2] if epochs else [0.9] * 5
    return R.Trial(activation, lr, seed, _points(errors), TARGET if epochs else "")


def test_ratios_per_seed_their_median_and_spread_in_the_sentence():
    outcome = R.Outcome("mnist-subset", seeds=3, max_epochs=20, chosen={"relu": 0.01, "tanh": 0.1})
    outcome.trials = [_trial("relu", 0.03, 0, 0.9), _trial("relu", 0.01, 0, 0.5), _trial("tanh", 0.1, 0, 1.5),
                      _trial("relu", 0.01, 1, 0.4), _trial("tanh", 0.1, 1, 2.4),
                      _trial("relu", 0.01, 2, 0.5), _trial("tanh", 0.1, 2, None)]
    assert outcome.per_seed() == [(0, 0.5, 1.5), (1, 0.4, 2.4), (2, 0.5, None)]
    assert outcome.ratios() == pytest.approx([3.0, 6.0])
    sentence = R.summary(outcome)
    assert "bundled MNIST" in sentence or "MNIST" in sentence
    assert "ReLU 0.01, tanh 0.1" in sentence and "no dropout" in sentence and "25% training error" in sentence
    assert "seed 0: ReLU 0.50, tanh 1.50 (3.0x)" in sentence and "seed 2: ReLU 0.50, tanh — (—)" in sentence
    assert "**4.5x the epochs**" in sentence and "3.0x to 6.0x" in sentence and "about 6x" in sentence
    rows = R.table(outcome)["data"]
    assert [r[3] for r in rows[:3]] == ["probe", "probe, chosen (seed 0)", "probe, chosen (seed 0)"]
    assert rows[1][4] == 0.5 and rows[-1][4] == "—" and rows[-1][6] == "not within its steps"
    from demo.i18n import speaking

    with speaking("ko"):
        korean = R.summary(outcome)
        assert "**4.5배의 에폭**" in korean and "시드 1: ReLU 0.40, tanh 2.40 (6.0x)" in korean


class _FakeFit:
    """`fit` as the experiment calls it, for curves whose training error reaches 25% after a known number of
    epochs per (activation, lr) on seed 0 (and 10% later on other seeds), a point every tenth of an epoch."""

    def __init__(self, epochs_to_target, timeouts=()):
        self.epochs_to_target, self.calls, self.timeouts = epochs_to_target, [], set(timeouts)

    def __call__(self, model, data, cfg, device, progress, on_point, should_stop, max_seconds, point_every_s=1.0):
        activation = "tanh" if any(isinstance(m, nn.Tanh) for m in model) else "relu"
        steps_per_epoch = math.ceil(len(data.train_labels) / cfg.batch_size)
        self.calls.append((activation, cfg.lr, cfg.seed, cfg.max_steps))
        target = self.epochs_to_target.get((activation, cfg.lr))
        if target is not None and cfg.seed:
            target *= 1.1
        result = TrainResult()
        if (activation, cfg.lr) in self.timeouts:  # its time ran out before it reached anything
            result.stopped = TIME_LIMIT
            return result
        for tenth in range(1, 10 * cfg.epochs + 1):
            epoch = tenth / 10
            if cfg.max_steps is not None and epoch * steps_per_epoch > cfg.max_steps + 1e-9:
                break
            reached = target is not None and epoch >= target - 1e-9
            p = Point(round(epoch * steps_per_epoch), epoch, epoch, 1.0, 0.8 if reached else 0.2, float("nan"))
            result.points.append(p)
            on_point(p)
            if reached:
                result.stopped = TARGET
                break
        return result


def test_the_learning_rate_rule_picks_the_fewest_epochs_on_seed_0_the_same_way_for_both(monkeypatch, mnist):
    """Of the grid, each activation gets the rate that reached 25% in the fewest epochs on seed 0; a probe is
    cut once it has trained as long as the best so far; seed 0's measurement is its chosen probe."""
    fake = _FakeFit({("relu", 0.01): 1.0, ("relu", 0.03): 0.5, ("relu", 0.003): 2.0,  # relu 0.1: never
                     ("tanh", 0.01): 3.0, ("tanh", 0.03): 2.0, ("tanh", 0.003): None, ("tanh", 0.1): 1.5})
    monkeypatch.setattr(R, "fit", fake)
    outcome = R.run("mnist-subset", seeds=3, epochs=20, device=torch.device("cpu"))
    assert outcome.chosen == {"relu": 0.03, "tanh": 0.1}
    steps = math.ceil(len(mnist.train_labels) / R.BATCH_SIZE)
    assert fake.calls[:8] == [("relu", 0.01, 0, None), ("relu", 0.03, 0, steps), ("relu", 0.003, 0, steps // 2),
                              ("relu", 0.1, 0, steps // 2), ("tanh", 0.01, 0, None), ("tanh", 0.03, 0, 3 * steps),
                              ("tanh", 0.003, 0, 2 * steps), ("tanh", 0.1, 0, 2 * steps)]
    assert fake.calls[8:] == [("relu", 0.03, 1, None), ("tanh", 0.1, 1, None), ("relu", 0.03, 2, None),
                              ("tanh", 0.1, 2, None)]
    assert outcome.per_seed() == [(0, 0.5, 1.5), (1, 0.6, 1.7), (2, 0.6, 1.7)]
    assert outcome.ratios() == pytest.approx([3.0, 1.7 / 0.6, 1.7 / 0.6])
    assert outcome.stopped == ""


def test_inputs_are_checked_before_anything_trains():
    assert R.check("mnist-subset", 3, 20, 0) == ("mnist-subset", 3, 20, None)
    for bad, message in (((["x"], 3, 20, 0), "dataset"), (("mnist-subset", 6, 20, 0), "seeds must be between 1 and 5"),
                         (("mnist-subset", 3, 21, 0), "Epochs must be between 1 and 20"),
                         (("mnist-subset", 3, 20, -1), "between 0 and 100,000")):
        with pytest.raises(InputError, match=message):
            R.check(*bad)


def test_a_real_run_bounded_to_one_step_a_run_and_stop(mnist):
    points = []
    outcome = R.run("mnist-subset", seeds=2, epochs=1, max_steps=1, on_point=lambda o, p: points.append(p),
                    device=torch.device("cpu"))
    assert len(outcome.trials) == 2 * len(R.LR_GRID) and all(t.points for t in outcome.trials)
    assert all(p.step == 1 for p in points) and outcome.stopped == ""
    R.figure(outcome)
    stopped = R.run("mnist-subset", seeds=2, epochs=1, max_steps=2, should_stop=lambda: True,
                    device=torch.device("cpu"))
    assert stopped.stopped == "stopped" and len(stopped.trials) == 1
    assert "ended early (stopped by you): 0 of 2 seed(s) measured" in R.summary(stopped)


def test_the_figure_draws_training_error_as_figure_1_does():
    import plotly.graph_objects as go

    outcome = R.Outcome("mnist-subset", seeds=1, max_epochs=20, chosen={"relu": 0.01, "tanh": 0.1})
    outcome.trials = [_trial("relu", 0.03, 0, 0.9), _trial("relu", 0.01, 0, 0.5), _trial("tanh", 0.1, 0, 1.5)]
    fig = R.figure(outcome)
    go.Figure(fig.to_dict())  # valid plotly
    traces = fig.to_dict()["data"]
    relu = next(t for t in traces if t["name"] == "relu, seed 0, lr 0.01")
    tanh = next(t for t in traces if t["name"] == "tanh, seed 0, lr 0.1")
    assert relu["line"]["dash"] == "solid" and tanh["line"]["dash"] == "dash"
    assert list(relu["y"])[-1] == pytest.approx(0.2) and list(relu["x"])[-1] == pytest.approx(0.5)
    probe = next(t for t in traces if t.get("legendgroup") == "probes")
    assert probe["opacity"] < 1
    target = traces[-1]
    assert list(target["y"]) == [0.25, 0.25]


def test_one_runs_time_cap_ends_that_run_and_the_experiments_budget_ends_it_all(monkeypatch):
    fast = {(a, lr): 1.0 for a in R.ACTIVATIONS for lr in R.LR_GRID}
    monkeypatch.setattr(R, "fit", _FakeFit(fast, timeouts={("relu", 0.01)}))
    outcome = R.run("mnist-subset", seeds=1, epochs=2, device=torch.device("cpu"))
    assert outcome.stopped == "" and outcome.trials[0].ended == TIME_LIMIT and outcome.chosen["relu"] == 0.03
    monkeypatch.setattr(R, "fit", _FakeFit(fast, timeouts={("relu", 0.01)}))
    short = R.run("mnist-subset", seeds=1, epochs=2, max_seconds=R.RUN_MAX_SECONDS / 2, device=torch.device("cpu"))
    assert short.stopped == TIME_LIMIT and len(short.trials) == 1
    assert "ended early (stopped at the time limit)" in R.summary(short)
