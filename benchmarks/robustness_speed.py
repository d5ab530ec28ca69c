"""The Perceptron tab's robustness chart: all of it against plain forward passes of the same images.

`demo.perceptron.robustness.compute_curves` moves the 1,000 test digits by 17 steps (one batched resampling) and
runs five classifiers on the 17,000 moved digits. The baseline, in the same run: one plain forward pass
per network (its torch module called once on the already moved, already normalised images) and one
exact FAISS search for k-NN, summed. Goal (issue 9): the chart at most 1.5x that sum. Then the cached
chart, as the tab's first look reads it.

    python -m benchmarks.robustness_speed [--rounds 3]
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path


import faiss  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

from demo.base import config  # noqa: E402
from demo.perceptron import robustness  # noqa: E402
from demo.base.data import load_dataset  # noqa: E402
from demo.knn.embeddings import flatten_pixels  # noqa: E402
from demo.base.transforms import normalise_with_card  # noqa: E402
from demo.nets.weights import shipped  # noqa: E402


def plain_passes(axis: str) -> float:
    """Seconds for one plain pass of every classifier over the moved test split (moving not counted)."""
    steps, thetas = robustness.thetas_for(axis)
    data = load_dataset()
    x = torch.from_numpy(data.test_images.astype(np.float32) / 255)
    moved = robustness.move(x.repeat(len(steps), 1, 1, 1), thetas.repeat_interleave(len(x), 0))
    as_uint8 = (moved * 255).round().to(torch.uint8)
    total = 0.0
    for name in robustness.NETWORKS:
        model, card = shipped(name)
        inputs = normalise_with_card(as_uint8, card)
        with torch.inference_mode():
            start = time.perf_counter()
            model.eval()(inputs)
            total += time.perf_counter() - start
    index = faiss.IndexFlatL2(784)
    index.add(flatten_pixels(data.train_images))
    start = time.perf_counter()
    index.search(moved.flatten(1).numpy(), robustness.KNN_K)
    return total + time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=config.TORCH_THREADS, help="as the app serves (1)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    faiss.omp_set_num_threads(args.threads)
    robustness.compute_curves("x")  # warm-up: weights, the k-NN index, the dataset
    ours = [robustness.compute_curves("x").seconds for _ in range(args.rounds)]
    base = [plain_passes("x") for _ in range(args.rounds)]
    config.CACHE_DIR = Path(tempfile.mkdtemp())
    robustness.curves("x")  # writes the cache
    cached = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        robustness.curves("x")
        cached.append(time.perf_counter() - start)
    o, b = statistics.median(ours), statistics.median(base)
    print(f"{len(robustness.SHIFTS)} shifts x 1,000 test digits x {len(robustness.MODELS)} classifiers, "
          f"{args.threads} thread(s), median of {args.rounds}:")
    print(f"  the chart (move + every classifier):        {o:.2f} s")
    print(f"  plain passes of the same images, summed:    {b:.2f} s")
    print(f"  ratio {o / b:.2f}x (goal <= 1.5x): {'met' if o / b <= 1.5 else 'NOT met'}")
    print(f"  the chart from the cache (the first look):  {statistics.median(cached) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
