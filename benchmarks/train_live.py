"""The Train tab: a live run through the app against the same run headless, and AlexNet's ReLU claim.

1. The same network, data, epochs and seed trained (a) through the running app (`/train` over
   gradio_client: the worker thread, a point about once a second, the streamed curves, the results)
   and (b) headless in a process of its own (`demo.nets.training.fit`, no reporting), both on one thread.
   Goal (issue 10): the app's wall time at most 1.1x the headless run's.
2. ReLU against tanh on the small AlexNet-style network (SGD with momentum, as the paper trained; no LRN
   or dropout, so the activation is the only difference; each initialised as it wants, He or Glorot):
   epochs and seconds to reach a training error, as a ratio, beside Krizhevsky et al.'s claim
   (2012, Figure 1: about 6x fewer epochs to 25% training error on CIFAR-10).
3. The paper's experiment itself (demo.train.relu_experiment, the Train tab's preset): Figure 1's network and
   conditions, each activation's learning rate picked from the grid by the same rule, every seed's epochs
   to 25% training error and the ratio tanh / ReLU, its median and spread; on the bundled digits, and on
   CIFAR-10 when the data root holds it.

    python -m benchmarks.train_live [--network lenet5 --epochs 5 --rounds 3]
    python -m benchmarks.train_live --only-paper [--seeds 3 --dataset cifar10]
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from tests.loadgen import serve  # noqa: E402

HEADLESS = """
import sys, time, torch
torch.set_num_threads(1)
from demo.train import experiments
from demo.base.data import load_dataset
from demo.nets.training import TrainConfig, fit
s = experiments.Settings(network=sys.argv[1], epochs=int(sys.argv[2]), **experiments.DEFAULTS[sys.argv[1]])
data = load_dataset(s.dataset)
model, _ = experiments.build_network(s, data)
config = TrainConfig(epochs=s.epochs, batch_size=s.batch_size, lr=s.lr, weight_decay=1e-4, augment=s.augment,
                     seed=s.seed, optimizer=s.optimizer)
fit(experiments.build_network(s, data)[0], data, TrainConfig(max_steps=5), torch.device("cpu"))  # warm-up, as the app
start = time.perf_counter()
fit(model, data, config, torch.device("cpu"))
print(time.perf_counter() - start)
"""


def live_vs_headless(network: str, epochs: int, rounds: int) -> tuple[float, float]:
    from gradio_client import Client

    from demo.train import experiments

    d = experiments.DEFAULTS[network]
    form = [network, "mnist-subset", d["activation"], d["normalisation"], d["dropout"], "adam", 0.003, epochs, 64,
            False, 0, ""]
    live = []
    with serve() as app:
        client = Client(app.url, verbose=False)
        client.predict(*form[:7], 1, *form[8:], api_name="/train")  # warm-up: weights, data, threads
        for _ in range(rounds):
            start = time.perf_counter()
            client.predict(*form, api_name="/train")
            live.append(time.perf_counter() - start)
    headless = [float(subprocess.run([sys.executable, "-c", HEADLESS, network, str(epochs)], cwd=ROOT,
                                     capture_output=True, text=True, check=True).stdout.split()[-1])
                for _ in range(rounds)]
    return statistics.median(live), statistics.median(headless)


def relu_vs_tanh(epochs: int, target: float) -> None:
    import torch

    from demo.train import experiments

    torch.set_num_threads(1)
    runs = {}
    for activation in ("relu", "tanh"):
        s = experiments.Settings(network="alexnet-small", activation=activation, normalisation="none", dropout=0.0,
                                 optimizer="sgd", lr=0.01, epochs=epochs, batch_size=64)
        runs[activation] = experiments.train(s, on_point=lambda p: None, max_seconds=3600,
                                             device=torch.device("cpu"))
    for activation, run in runs.items():
        reached = experiments.epochs_to_error(run.result.points, target)
        text = f"{reached[0]:.2f} epochs, {reached[1]:.1f} s" if reached else f"not within {epochs} epochs"
        print(f"  {activation:5}: {target:.0%} training error after {text}; test accuracy {run.test_accuracy:.1%}")
    print("  " + experiments.compare_sentence(runs["relu"], runs["tanh"], target).replace("**", ""))


def papers_experiment(dataset: str, seeds: int) -> None:
    import torch

    from demo.train import relu_experiment
    from demo.base.data import list_datasets

    torch.set_num_threads(1)
    if not any(d.name == dataset and d.available for d in list_datasets()):
        print(f"  {dataset}: not in the data root (no network here to fetch it): not measured")
        return
    start = time.perf_counter()
    outcome = relu_experiment.run(dataset, seeds, max_seconds=24 * 3600, device=torch.device("cpu"))
    print(f"  {dataset}, {seeds} seeds, one thread, {time.perf_counter() - start:.0f} s in all; learning rates "
          f"chosen: {outcome.chosen}")
    for t in outcome.trials:
        reached = t.reached
        print(f"    {t.activation:5} lr {t.lr:<6g} seed {t.seed}: "
              + (f"25% after {reached[0]:.2f} epochs ({reached[1]:.1f} s)" if reached
                 else f"not reached ({t.ended or 'within its steps'})"))
    ratios = outcome.ratios()
    if ratios:
        print(f"  tanh / ReLU epochs per seed: {', '.join(f'{r:.2f}x' for r in ratios)}; median "
              f"{statistics.median(ratios):.2f}x, {min(ratios):.2f}x to {max(ratios):.2f}x (paper: about 6x)")
    print("  " + relu_experiment.summary(outcome).replace("**", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--network", default="lenet5")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--claim-epochs", type=int, default=4)
    parser.add_argument("--target-error", type=float, default=0.25)
    parser.add_argument("--seeds", type=int, default=3, help="the paper's experiment: seeds measured")
    parser.add_argument("--dataset", action="append", help="the paper's experiment: datasets (default: the "
                        "bundled digits and CIFAR-10)")
    parser.add_argument("--only-paper", action="store_true", help="run only the paper's experiment")
    args = parser.parse_args()
    if args.only_paper:
        for dataset in args.dataset or ["mnist-subset", "cifar10"]:
            print(f"\nThe paper's experiment (Figure 1's network and conditions) on {dataset}:")
            papers_experiment(dataset, args.seeds)
        return
    live, headless = live_vs_headless(args.network, args.epochs, args.rounds)
    print(f"{args.network}, {args.epochs} epochs on the bundled digits, one thread, median of {args.rounds}:")
    print(f"  live through the app (/train, curves streamed): {live:.2f} s")
    print(f"  headless (demo.nets.training.fit, no reporting):     {headless:.2f} s")
    print(f"  ratio {live / headless:.2f}x (goal <= 1.1x): {'met' if live / headless <= 1.1 else 'NOT met'}")
    print(f"\nReLU against tanh (nothing else changed), alexnet-small, SGD lr 0.01, {args.claim_epochs} epochs:")
    relu_vs_tanh(args.claim_epochs, args.target_error)
    for dataset in args.dataset or ["mnist-subset", "cifar10"]:
        print(f"\nThe paper's experiment (Figure 1's network and conditions) on {dataset}:")
        papers_experiment(dataset, args.seeds)


if __name__ == "__main__":
    main()
