"""Approximate k-NN at N = 1,000,000, d = 64: which IVF and HNSW settings pay off?

The database is the k-NN tab's synthetic data (demo.knn.scaling.synthetic_vectors: a mixture of
Gaussians of intrinsic dimension 16 mapped into 64-d), with 1,000 fresh queries of the same
distribution. The baseline is the exact index (IndexFlatL2) on the same queries, same threads.
For each IVF-Flat (nlist, nprobe) and HNSW (M, efSearch) setting: build time, index size (as
FAISS writes it), recall@10 against exact search, queries per second in one batch (median of
ROUNDS), and the speed-up over exact. Goal: a setting of each that reaches recall@10 >= 0.95 with
at least 10x the exact index's queries per second.

    python -m benchmarks.knn_approximate [--n 1000000] [--threads 2] [--rounds 3]
"""

import argparse
import statistics
import time

import faiss


from demo.knn.index import build_index, index_bytes  # noqa: E402
from demo.knn.scaling import recall_at_k, synthetic_vectors  # noqa: E402

DIM, K, QUERIES = 64, 10, 1_000
GOAL_RECALL, GOAL_SPEEDUP = 0.95, 10.0
IVF_GRID = {1_024: (1, 2, 4, 8, 16, 32), 4_096: (2, 4, 8, 16, 32, 64)}  # nlist: nprobes
HNSW_GRID = {16: (16, 32, 64, 128, 256), 32: (16, 32, 64, 128, 256)}  # M: efSearch values


def qps(index, queries, rounds, **params) -> tuple[float, object]:
    times, ids = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        _, ids = index.search(queries, K, **params)
        times.append(time.perf_counter() - start)
    return len(queries) / statistics.median(times), ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    faiss.omp_set_num_threads(args.threads)
    x, queries = synthetic_vectors(args.n, DIM, seed=0), synthetic_vectors(QUERIES, DIM, seed=1)
    print(f"N = {args.n:,}, d = {DIM}, {QUERIES:,} queries, k = {K}, {args.threads} thread(s), median of {args.rounds}")

    exact = build_index(x, "l2", "exact")
    exact_qps, truth = qps(exact, queries, args.rounds)
    print(f"exact (IndexFlatL2): build {exact.build_seconds:.2f} s, {index_bytes(exact) / 2**20:,.0f} MiB, "
          f"{exact_qps:,.0f} queries/s (the baseline)\n")
    del exact

    best = {}
    header = f"{'index':10} {'setting':24} {'build':>8} {'size':>9} {'recall@10':>9} {'queries/s':>10} {'vs exact':>9}"
    for family, grid, key in (("IVF-Flat", IVF_GRID, "nlist"), ("HNSW", HNSW_GRID, "M")):
        print(header)
        for outer, inners in grid.items():
            index = (build_index(x, "l2", "ivf", nlist=outer) if family == "IVF-Flat"
                     else build_index(x, "l2", "hnsw", hnsw_m=outer))
            size = index_bytes(index) / 2**20
            for inner in inners:
                params = dict(nprobe=inner) if family == "IVF-Flat" else dict(ef_search=inner)
                rate, ids = qps(index, queries, args.rounds, **params)
                recall, speedup = recall_at_k(ids, truth), rate / exact_qps
                setting = f"{key}={outer}, {'nprobe' if family == 'IVF-Flat' else 'efSearch'}={inner}"
                ok = recall >= GOAL_RECALL and speedup >= GOAL_SPEEDUP
                print(f"{family:10} {setting:24} {index.build_seconds:7.1f}s {size:7.0f}MiB {recall:9.3f} "
                      f"{rate:10,.0f} {speedup:8.1f}x{'  *' if ok else ''}", flush=True)
                if ok and (family not in best or rate > best[family][2]):
                    best[family] = (setting, recall, rate, speedup, index.build_seconds, size)
            del index
        print()
    for family in ("IVF-Flat", "HNSW"):
        if family in best:
            setting, recall, rate, speedup, build, size = best[family]
            print(f"goal met by {family} {setting}: recall@10 {recall:.3f}, {rate:,.0f} queries/s = {speedup:.1f}x "
                  f"exact; build {build:.1f} s, {size:,.0f} MiB")
        else:
            print(f"goal NOT met by any {family} setting tried (recall@10 >= {GOAL_RECALL} and >= {GOAL_SPEEDUP:.0f}x)")


if __name__ == "__main__":
    main()
