"""Exact k-NN search: FAISS against NumPy and scikit-learn, side by side.

Three ways to find the k nearest training vectors of every query by brute force (L2):
- FAISS `IndexFlatL2` (what the app uses);
- NumPy: |x|^2 - 2 x.y + |y|^2 as one matrix product, then `argpartition` for the k smallest;
- scikit-learn `NearestNeighbors(algorithm="brute")`.
On the bundled MNIST subset (4,000 x 784 pixels, 1,000 test queries) and on 60,000 synthetic
784-d vectors with 1,000 queries, at 1 and 2 threads (FAISS via `faiss.omp_set_num_threads`, the
others via threadpoolctl): queries per second of the search alone (each method's
index or fitted model is built first, untimed; median of ROUNDS, methods alternating), the peak
memory one search adds (Linux's VmHWM, in a fresh child process per method), and top-1 agreement with a
float64 reference. Goal: FAISS at least 3x the best of the others at 60,000.

    python -m benchmarks.knn_exact [--rounds 5] [--k 10]
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


# Import order matters: with FAISS's OpenMP runtime loaded before scikit-learn's and without
# torch's, scikit-learn's brute force ran at half speed on 2 threads (500 instead of 980 queries/s
# here). Loading the project (and so torch) first gives every library its best speed.
import faiss  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.neighbors import NearestNeighbors  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from demo.base.data import load_dataset  # noqa: E402
from demo.knn.embeddings import flatten_pixels  # noqa: E402

GOAL_RATIO = 3.0
SYNTHETIC_N, SYNTHETIC_Q, DIM = 60_000, 1_000, 784
THREADS = (1, 2)


class FaissFlat:
    name = "FAISS IndexFlatL2"

    def __init__(self, x, threads):
        faiss.omp_set_num_threads(threads)
        self.index = faiss.IndexFlatL2(x.shape[1])
        self.index.add(x)  # a copy of the vectors, which FAISS then owns

    def search(self, q, k, threads):
        faiss.omp_set_num_threads(threads)
        return self.index.search(q, k)[1]


class NumpyBrute:
    name = "NumPy matmul + argpartition"

    def __init__(self, x, threads):
        self.x, self.x2 = x, (x * x).sum(1)  # |x|^2 once, as an index would keep it

    def search(self, q, k, threads):
        with threadpool_limits(threads):
            d = (q * q).sum(1)[:, None] - 2 * (q @ self.x.T) + self.x2[None]  # (Q, N) squared distances
            part = np.argpartition(d, k, axis=1)[:, :k]
            order = np.argsort(np.take_along_axis(d, part, 1), axis=1)
            return np.take_along_axis(part, order, 1)


class SklearnBrute:
    name = "scikit-learn brute force"

    def __init__(self, x, threads):
        # No n_jobs: its brute-force search runs on OpenMP threads (limited below); n_jobs=2 would add
        # joblib workers on top and halve its speed on 2 cores.
        self.nn = NearestNeighbors(algorithm="brute").fit(x)

    def search(self, q, k, threads):
        with threadpool_limits(threads):
            return self.nn.kneighbors(q, n_neighbors=k, return_distance=False)


METHODS = (FaissFlat, NumpyBrute, SklearnBrute)
FAISS = FaissFlat.name


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) * 1024
    return 0


def run(method, q, k, threads) -> tuple[float, np.ndarray]:
    start = time.perf_counter()
    ids = method.search(q, k, threads)
    return time.perf_counter() - start, ids


def peak_of_one_search(method_name: str, dataset: str, k: int, threads: int) -> float:
    """Bytes one search adds to a fresh process's resident memory at its peak (Linux VmHWM).

    Measured in a child process, so memory freed by earlier runs and kept by the allocator
    cannot hide a method's working memory.
    """
    out = subprocess.run([sys.executable, "-m", "benchmarks.knn_exact", "--peak", method_name, "--dataset", dataset, "--k", str(k),
                          "--threads", str(threads)], capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
    return float(out.stdout.strip().splitlines()[-1])


def _child_peak(method_name: str, dataset: str, k: int, threads: int) -> None:
    x, q = DATASETS[dataset]()
    method = next(m for m in METHODS if m.name == method_name)(x, threads)
    Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
    before = _status("VmRSS")
    method.search(q, k, threads)
    print(max(0, _status("VmHWM") - before))


def reference_top1(x, q) -> np.ndarray:
    x64, q64 = x.astype(np.float64), q.astype(np.float64)
    d = (q64 * q64).sum(1)[:, None] - 2 * (q64 @ x64.T) + (x64 * x64).sum(1)[None]
    return d.argmin(1)


def bundled():
    data = load_dataset()
    return flatten_pixels(data.train_images), flatten_pixels(data.test_images)


def synthetic():
    rng = np.random.default_rng(0)
    return rng.random((SYNTHETIC_N, DIM), dtype=np.float32), rng.random((SYNTHETIC_Q, DIM), dtype=np.float32)


DATASETS = {"bundled": bundled, "synthetic": synthetic}
TITLES = {"bundled": "bundled MNIST subset (pixels)", "synthetic": f"synthetic uniform [0, 1)^{DIM}"}


def bench(dataset, k, rounds) -> dict:
    x, q = DATASETS[dataset]()
    print(f"\n{TITLES[dataset]}: {len(x):,} x {x.shape[1]} training vectors, {len(q):,} queries, k = {k}", flush=True)
    truth = reference_top1(x, q)
    table = {}
    for threads in THREADS:
        built = [m(x, threads) for m in METHODS]  # building is not timed: only the searches are
        times = {m.name: [] for m in built}
        agree = {}
        for _ in range(rounds):
            for method in built:  # alternate, so drift hits all alike
                seconds, ids = run(method, q, k, threads)
                times[method.name].append(seconds)
                agree[method.name] = float((ids[:, 0] == truth).mean())
        del built
        qps = {m: len(q) / statistics.median(t) for m, t in times.items()}
        best_other = max(v for m, v in qps.items() if m != FAISS)
        print(f"  {threads} thread(s), median of {rounds}:")
        for name in qps:
            peak = peak_of_one_search(name, dataset, k, threads)
            print(f"    {name:30} {qps[name]:9,.0f} queries/s  peak +{peak / 2**20:7.1f} MiB  "
                  f"top-1 agreement {agree[name]:.4f}  FAISS / this = {qps[FAISS] / qps[name]:.2f}x", flush=True)
        table[threads] = qps[FAISS] / best_other
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--peak", help=argparse.SUPPRESS)  # child process: memory of one search
    parser.add_argument("--dataset", default="bundled", help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peak:
        _child_peak(args.peak, args.dataset, args.k, args.threads)
        return
    bench("bundled", args.k, args.rounds)
    ratios = bench("synthetic", args.k, args.rounds)
    for threads, ratio in ratios.items():
        print(f"goal: FAISS >= {GOAL_RATIO:.0f}x the best other at {SYNTHETIC_N:,}, {threads} thread(s): "
              f"{ratio:.2f}x, {'met' if ratio >= GOAL_RATIO else 'NOT met'}")


if __name__ == "__main__":
    main()
