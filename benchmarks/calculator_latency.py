"""Server time of each calculator call for VGG-19: p50/p95 over N calls, next to torchinfo.

Times the callbacks the app runs (table, totals and both plotly figures included), the pure layer
arithmetic alone, and, as the baseline a student would otherwise use, torchinfo's summary of the
real VGG-19 (on the meta device, its fastest path: no weights allocated). Goal: every calculator
call at most 20 ms at p50 and p95.

    python -m benchmarks.calculator_latency [--calls 100]
"""

import argparse
import time

import numpy as np


from demo.layers import report_for  # noqa: E402
from demo.architectures.tab import architecture, vgg_argument  # noqa: E402
from demo.cnn.tab import connectivity  # noqa: E402
from demo.receptive_field.tab import rf_rule, rf_table  # noqa: E402

GOAL_MS = 20.0


def timed(fn, calls: int) -> tuple[float, float]:
    fn()  # warm-up: imports, plotly's first figure
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(samples, 50)), float(np.percentile(samples, 95))


def torchinfo_call():
    import torch
    import torchvision
    from torchinfo import summary

    with torch.device("meta"):
        model = torchvision.models.vgg19()
    return lambda: summary(model, input_size=(1, 3, 224, 224), device="meta", verbose=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100)
    args = parser.parse_args()
    rows = {
        "architecture (VGG-19, MACs)": lambda: architecture("vgg19", "", 3, 224, 224, "MACs"),
        "architecture (VGG-19 BN, FLOPs)": lambda: architecture("vgg19_bn", "", 3, 224, 224, "FLOPs"),
        "rf_table (VGG-19)": lambda: rf_table("vgg19", "", 3, 224, 224),
        "vgg_argument": lambda: vgg_argument(3, 256),
        "connectivity": lambda: connectivity(224, 224, 3, 55, 55, 96, 11),
        "rf_rule": lambda: rf_rule(3, 2),
        "layer arithmetic only (VGG-19)": lambda: report_for("vgg19"),
    }
    results = {name: timed(fn, args.calls) for name, fn in rows.items()}
    try:
        results["baseline: torchinfo.summary (VGG-19, meta)"] = timed(torchinfo_call(), args.calls)
    except ImportError:
        print("(torchinfo missing: pip install -r requirements-bench.txt for the baseline)")
    base = results.get("baseline: torchinfo.summary (VGG-19, meta)", (None, None))[0]
    print(f"server time per call, {args.calls} calls, milliseconds")
    print(f"{'call':44} {'p50':>7} {'p95':>7} {'p50 / torchinfo p50':>20}")
    for name, (p50, p95) in results.items():
        ratio = f"{p50 / base:.2f}" if base and not name.startswith("baseline") else ""
        print(f"{name:44} {p50:7.2f} {p95:7.2f} {ratio:>20}")
    worst = max(p95 for name, (_, p95) in results.items() if not name.startswith("baseline"))
    print(f"worst p95 {worst:.2f} ms; goal <= {GOAL_MS:.0f} ms: {'met' if worst <= GOAL_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
