"""Server time of the CNN tab's LeNet-5 view: one click on a unit, and the whole-network view, next to
one LeNet-5 forward pass. Medians (and p95) over N calls.

Times what the server does for each answer: the app's own callback (`lenet_trace`, `unit_arithmetic`;
the picture drawn and encoded as PNG, the figure built) plus gradio's postprocessing of its outputs
(the figure and the activations serialised to JSON). Clicks land on units of every layer type of a
digit whose trace is cached (as in the app: the view traced it first); the whole view is timed for
new digits (trace computed, picture drawn) and again for a digit already seen; a unit clicked a second
time costs less again (the app encodes each distinct picture once). The baseline is one
forward pass of the shipped LeNet-5 on one digit (inference mode, the same CPU thread count).
Goals: a click at most 20 ms, the whole view at most 50 ms (medians).

    python -m benchmarks.trace_latency [--calls 200]
"""

import argparse
import time

import numpy as np


import gradio as gr  # noqa: E402
import torch  # noqa: E402

from demo.base import config  # noqa: E402
from demo.classify import digits  # noqa: E402
from demo.cnn.trace import units as trace  # noqa: E402
from demo.base.transforms import normalise_with_card  # noqa: E402
from demo.cnn.tab import convolution_step, lenet_trace, unit_arithmetic  # noqa: E402
from demo.nets.weights import shipped  # noqa: E402

CLICK_GOAL_MS, VIEW_GOAL_MS = 20.0, 50.0
_PLOT, _JSON = gr.Plot(), gr.JSON()


def served(outputs) -> None:
    """gradio's own work on the outputs before they leave: figures and JSON serialised."""
    for value in outputs:
        if hasattr(value, "to_plotly_json"):
            _PLOT.postprocess(value)
        elif isinstance(value, dict):
            _JSON.postprocess(value)


def samples(calls) -> list[float]:
    """Milliseconds of calling each of `calls` (argument-free functions) once."""
    out = []
    for call in calls:
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(ms: list[float]) -> tuple[float, float]:
    return float(np.median(ms)), float(np.percentile(ms, 95))


def timed(calls) -> tuple[float, float]:
    """Median and p95 in ms of calling each of `calls` once."""
    return summary(samples(calls))


def forward_pass(calls: int):
    model, card = shipped("lenet5")
    model = model.cpu()
    x = normalise_with_card(digits.test_example(0)[0][None, None], card)

    def run():
        with torch.inference_mode():
            model(x)

    run()
    return [run] * calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    torch.set_num_threads(config.TORCH_THREADS)
    rng = np.random.default_rng(0)
    served(lenet_trace(None, 999))  # warm-up: weights, fonts, plotly
    served(unit_arithmetic(None, 999, "conv2", 0, 0, 0))

    results = {"baseline: one LeNet-5 forward pass": timed(forward_pass(args.calls))}
    new = list(range(min(args.calls, 900)))  # a new digit each time: traced and drawn
    results["whole view, a new digit (lenet_trace)"] = timed(
        [lambda i=i: served(lenet_trace(None, i)) for i in new])
    results["whole view, a digit seen before"] = timed([lambda: served(lenet_trace(None, 0))] * args.calls)
    digit = digits.test_example(0)[0]
    assert trace.trace(digit) is trace.trace(digit), "the clicks below must answer from the cached trace"
    clicks = {}  # distinct random units: no picture is the same as one already encoded
    for layer in trace.NAMES:
        size = trace.shape(layer)
        units = {tuple(int(rng.integers(n)) for n in size) if len(size) == 3 else (int(rng.integers(size[0])), 0, 0)
                 for _ in range(max(10, args.calls // len(trace.NAMES)))}
        clicks[layer] = [lambda u=u, layer=layer: served(unit_arithmetic(None, 0, layer, *u)) for u in units]
    first = {layer: samples(calls) for layer, calls in clicks.items()}
    by_kind = {layer: summary(ms) for layer, ms in first.items()}
    results["click on a new unit (unit_arithmetic)"] = summary([t for ms in first.values() for t in ms])
    results.update({f"  click on {trace.title(k)} ({k})": v for k, v in by_kind.items()})
    results["click on a unit clicked before"] = timed([call for calls in clicks.values() for call in calls])
    results["sliding-window step (convolution_step)"] = timed(
        [lambda s=s: served(convolution_step(None, "Sobel x (vertical edges)", "", 1, 1, 1, s % 100))
         for s in range(args.calls)])

    base = results["baseline: one LeNet-5 forward pass"][0]
    print(f"server time per call, milliseconds (median and p95); torch threads: {torch.get_num_threads()}")
    print(f"{'call':44} {'median':>8} {'p95':>8} {'median / forward pass':>22}")
    for name, (median, p95) in results.items():
        ratio = "" if name.startswith("baseline") else f"{median / base:,.0f}x"
        print(f"{name:44} {median:8.2f} {p95:8.2f} {ratio:>22}")
    click = max(v[0] for v in by_kind.values())
    view = results["whole view, a new digit (lenet_trace)"][0]
    print(f"slowest click (median, per layer) {click:.1f} ms, goal <= {CLICK_GOAL_MS:.0f} ms: "
          f"{'met' if click <= CLICK_GOAL_MS else 'NOT met'}; whole view (new digit) {view:.1f} ms, goal <= "
          f"{VIEW_GOAL_MS:.0f} ms: {'met' if view <= VIEW_GOAL_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
