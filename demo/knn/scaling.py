"""Is "memorise all the data" realizable? Measured cost of exact, IVF and HNSW indexes as N grows.

For N = 10^3, 10^4, ... synthetic vectors of dimension d, each index is built and measured:
build time, bytes per vector (the index as FAISS writes it, divided by N), the latency of one
query on one core, queries per second in a batch, and for the approximate indexes recall@k
against exact search on the same queries. The run stays within a time budget: before each step
its time is predicted from the step before, and a step that would not fit is skipped and said so
(the smallest N of each index always runs).

Then the measurements are carried to "all the images in the world" with each index's cost model,
anchored at the largest N measured: memory grows like N for all three; build like N (exact),
N^1.5 (IVF, each vector is compared with its 4 sqrt(N) cells) and N log N (HNSW); one query like
N (exact), sqrt(N) (IVF: nprobe cells of about sqrt(N)/4 vectors) and log N (HNSW).

The synthetic vectors have a low intrinsic dimension, like real image embeddings (Pope et al.,
"The intrinsic dimension of images and its impact on learning", ICLR 2021): a mixture of
Gaussians in INTRINSIC_DIM dimensions, mapped into d by a fixed random linear map, plus noise.
"""

import math
import os
import statistics
import time
from dataclasses import dataclass, field

import faiss
import numpy as np

from demo.base.errors import InputError, whole_number
from demo.i18n import say
from demo.knn.pipeline import EF_SEARCH_RANGE, HNSW_M_RANGE, NPROBE_RANGE
from demo.knn.index import DEFAULT_EF_SEARCH, DEFAULT_HNSW_M, DEFAULT_NPROBE, build_index, index_bytes, kind_title
from demo.base.progress import Progress

SIZES = (1_000, 10_000, 100_000, 1_000_000)  # vectors; one decade per step, as in the lecture's plot
KINDS = ("exact", "ivf", "hnsw")
DIMS = (16, 32, 64, 128, 256, 512, 784)  # the app's choices; 784 = an MNIST image's pixels
DEFAULT_DIM = 64
INTRINSIC_DIM = 16  # dimensions the synthetic data really varies in
CLUSTERS = 100  # Gaussian blobs in the intrinsic space
NOISE = 0.05  # isotropic noise added in all d dimensions (blob radius is about 1)
QUERIES = 200  # batch used for recall and queries per second
LATENCY_QUERIES = 30  # single queries timed one by one (median reported)
RECALL_K = 10
MAX_VECTOR_BYTES = 512 * 1024**2  # float32 vectors held at once (512 MiB; the indexes copy them); larger N is skipped
DEFAULT_BUDGET_S = 60.0  # seconds the app spends measuring, at most (plus one step's overrun)
BUDGET_RANGE = (5, 300)  # seconds a run may ask for: the server's own limit, whatever a client sends
RECALL_K_RANGE = (1, 100)
# "All the images in the world": LAION-5B holds 5.85e9 web images (Schuhmann et al. 2022), and
# people take on the order of 1e12 photos a year (estimates for 2020-2023 run 1.1-1.8 trillion).
WORLD_SIZES = (10**10, 10**11, 10**12)
WORLD_LABELS = {10**10: "10¹⁰", 10**11: "10¹¹", 10**12: "10¹²"}  # what they are: say("knn.scaling.world_note")



def synthetic_vectors(n: int, dim: int, seed: int = 0) -> np.ndarray:
    """float32 (n, dim) vectors: a CLUSTERS-blob mixture in INTRINSIC_DIM dims, embedded in `dim`.

    The blob centres and the linear map depend only on `dim` (seed 1234), so vectors drawn with
    different seeds (database and queries) come from the same distribution.
    """
    structure = np.random.default_rng(1234 + dim)
    k = min(INTRINSIC_DIM, dim)
    centres = structure.standard_normal((CLUSTERS, k)).astype(np.float32) * 3
    mapping = structure.standard_normal((k, dim)).astype(np.float32) / math.sqrt(k)
    rng = np.random.default_rng(seed)
    z = centres[rng.integers(0, CLUSTERS, n)] + rng.standard_normal((n, k), dtype=np.float32)
    x = z @ mapping
    x += NOISE * rng.standard_normal((n, dim), dtype=np.float32)
    return x


@dataclass(frozen=True)
class Measurement:
    kind: str
    n: int
    dim: int
    build_s: float
    bytes_per_vector: float
    latency_ms: float  # median time of one query searched alone on one core
    qps: float  # queries per second in a batch of QUERIES, on all the run's threads
    recall: float  # recall@k against exact search (1.0 for exact itself)


@dataclass
class ScalingResult:
    dim: int
    k: int
    threads: int
    measurements: list[Measurement] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one sentence per step left out, and why
    seconds: float = 0.0

    def of(self, kind: str) -> list[Measurement]:
        return [m for m in self.measurements if m.kind == kind]


def recall_at_k(found: np.ndarray, truth: np.ndarray) -> float:
    """Mean fraction of the true k nearest ids (Q, k) that an index found (Q, k)."""
    k = truth.shape[1]
    return float(np.mean([len(np.intersect1d(f[f >= 0], t)) / k for f, t in zip(found, truth)]))


def _measure_one(kind, x, queries, k, truth, nprobe, ef_search, hnsw_m, progress) -> tuple[Measurement, np.ndarray]:
    n, d = x.shape
    index = build_index(x, "l2", kind, hnsw_m=hnsw_m, progress=progress)
    size = index_bytes(index)
    search = dict(nprobe=nprobe, ef_search=ef_search)
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)  # one query on one core, as a server answering many users runs it
    try:
        index.search(queries[:1], k, **search)  # warm-up: first touch of the memory
        lat = []
        for q in queries[:LATENCY_QUERIES]:
            t = time.perf_counter()
            index.search(q[None], k, **search)
            lat.append((time.perf_counter() - t) * 1000)
    finally:
        faiss.omp_set_num_threads(threads)
    t = time.perf_counter()
    _, ids = index.search(queries, k, **search)
    qps = len(queries) / max(time.perf_counter() - t, 1e-9)
    recall = 1.0 if truth is None else recall_at_k(ids, truth)
    return Measurement(kind, n, d, index.build_seconds, size / n, statistics.median(lat), qps, recall), ids


def _predict_seconds(prev: Measurement | None, n: int) -> float:
    """Seconds a step at N = n should take, from the same index's step before (0 if none)."""
    if prev is None:
        return 0.0
    grow = n / prev.n
    build = prev.build_s * grow * (math.sqrt(grow) if prev.kind == "ivf" else 1.0)
    search = (LATENCY_QUERIES + QUERIES) * prev.latency_ms / 1000 * (grow if prev.kind == "exact" else 2)
    return build + search


def sizes_up_to(max_n: int) -> list[int]:
    """The database sizes of SIZES a run up to `max_n` vectors measures."""
    return [n for n in SIZES if n <= max_n]


def measure_scaling(dim: int = DEFAULT_DIM, sizes=SIZES, k: int = RECALL_K, budget_s: float = DEFAULT_BUDGET_S,
                    nprobe: int = DEFAULT_NPROBE, ef_search: int = DEFAULT_EF_SEARCH, hnsw_m: int = DEFAULT_HNSW_M,
                    threads: int | None = None, progress: Progress | None = None, seed: int = 0) -> ScalingResult:
    """Measure every index of KINDS at every N of `sizes` within `budget_s` seconds."""
    dim, k = int(dim), int(k)
    if not 1 <= dim <= 4096:
        raise InputError(say("knn.err.dimension", dim=dim))
    sizes = sorted({int(n) for n in sizes})
    if not sizes or sizes[0] < 1:
        raise InputError(say("knn.err.no_sizes"))
    if not 1 <= k <= sizes[0]:
        raise InputError(say("knn.err.recall_k", smallest=f"{sizes[0]:,}", k=k))
    if budget_s <= 0:
        raise InputError(say("knn.err.budget"))
    old_threads = faiss.omp_get_max_threads()
    threads = int(threads or old_threads)
    faiss.omp_set_num_threads(threads)
    result = ScalingResult(dim, k, threads)
    start = time.perf_counter()
    steps, done = len(sizes) * len(KINDS), 0
    queries = synthetic_vectors(QUERIES, dim, seed + 1)
    last: dict[str, Measurement] = {}
    try:
        for n in sizes:
            if n * dim * 4 > MAX_VECTOR_BYTES:
                result.skipped.append(say("knn.scaling.too_big", n=f"{n:,}", gib=f"{n * dim * 4 / 2**30:.1f}",
                                          dim=dim, most=f"{MAX_VECTOR_BYTES / 2**30:.0f}"))
                break
            x = synthetic_vectors(n, dim, seed)
            truth = None
            for kind in KINDS:
                elapsed = time.perf_counter() - start
                need = _predict_seconds(last.get(kind), n)
                # The first (smallest) size of each index always runs, so every run shows something.
                if kind != "exact" and truth is None or (kind in last and elapsed + need > budget_s):
                    why = (say("knn.scaling.why_no_exact") if kind != "exact" and truth is None else
                           say("knn.scaling.why_budget", need=f"{need:.2g}", budget=f"{budget_s:g}"))
                    result.skipped.append(say("knn.scaling.skipped", kind=kind, n=f"{n:,}", why=why))
                    continue

                def step(i, total, info, _kind=kind, _n=n):
                    if progress is not None:
                        progress(done * 100 + int(100 * i / max(total, 1)), steps * 100, f"{_kind}, N = {_n:,}: {info}")

                m, ids = _measure_one(kind, x, queries, k, truth, nprobe, ef_search, hnsw_m, step)
                if kind == "exact":
                    truth = ids
                result.measurements.append(m)
                last[kind] = m
                done += 1
                if progress is not None:
                    progress(done * 100, steps * 100, say("knn.progress.built", kind=kind, n=f"{n:,}",
                                                              seconds=f"{m.build_s:.2f}"))
            del x
    finally:
        faiss.omp_set_num_threads(old_threads)
    result.seconds = time.perf_counter() - start
    return result


def run_for_tab(dim, max_n, budget_s, k, nprobe, hnsw_m, ef_search, progress: Progress | None = None) -> ScalingResult:
    """`measure_scaling` with the tab's choices, each checked: `dim` one of DIMS, `max_n` one of SIZES,
    the budget within BUDGET_RANGE (the server's limit), k within RECALL_K_RANGE, and the index
    settings within the k-NN tab's ranges (demo.knn.pipeline)."""
    dim = whole_number(dim, "knn.name.dimension", 1, max(DIMS))
    if dim not in DIMS:
        raise InputError(say("knn.err.dimension_choice", listed=", ".join(map(str, DIMS)), dim=dim))
    max_n = whole_number(max_n, "knn.name.largest_n", SIZES[0], SIZES[-1])
    if max_n not in SIZES:
        raise InputError(say("knn.err.largest_n_choice", listed=", ".join(f"{n:,}" for n in SIZES),
                                     n=f"{max_n:,}"))
    return measure_scaling(dim, sizes_up_to(max_n), whole_number(k, "knn.name.recall_k", *RECALL_K_RANGE),
                           whole_number(budget_s, "knn.name.budget", *BUDGET_RANGE),
                           whole_number(nprobe, "knn.name.nprobe", *NPROBE_RANGE),
                           whole_number(ef_search, "knn.name.ef_search", *EF_SEARCH_RANGE),
                           whole_number(hnsw_m, "knn.name.hnsw_m", *HNSW_M_RANGE), progress=progress)


# ---- "all the images in the world" ----------------------------------------------------------

BUILD_GROWTH = {"exact": lambda r: r, "ivf": lambda r: r ** 1.5, "hnsw": None}
QUERY_GROWTH = {"exact": lambda r: r, "ivf": lambda r: math.sqrt(r), "hnsw": None}


@dataclass(frozen=True)
class Extrapolation:
    kind: str
    n: int
    memory_bytes: float
    build_s: float
    latency_s: float
    anchor_n: int  # the largest N measured, where the cost model is anchored

    def machines(self, ram_bytes: float) -> float:
        """How many machines with `ram_bytes` of memory the index fills (NaN when RAM is unknown)."""
        return self.memory_bytes / ram_bytes if ram_bytes > 0 else float("nan")


def extrapolate(m: Measurement, n: int) -> Extrapolation:
    """Carry one measurement at N = m.n to N = n with the index's cost model (module docstring)."""
    r = n / m.n
    log_r = math.log(n) / math.log(max(m.n, 2))
    build = m.build_s * (r * log_r if m.kind == "hnsw" else BUILD_GROWTH[m.kind](r))
    latency = m.latency_ms / 1000 * (log_r if m.kind == "hnsw" else QUERY_GROWTH[m.kind](r))
    return Extrapolation(m.kind, n, m.bytes_per_vector * n, build, latency, m.n)


def extrapolate_all(result: ScalingResult, sizes=WORLD_SIZES) -> list[Extrapolation]:
    """Each index's largest measurement carried to every N of `sizes`."""
    out = []
    for kind in KINDS:
        ms = result.of(kind)
        if ms:
            out.extend(extrapolate(ms[-1], n) for n in sizes)
    return out


def verdict(extrapolations: list[Extrapolation], ram_bytes: float) -> str:
    """One sentence on memorising WORLD_SIZES[-1] images: the smallest memory and the fastest query."""
    at = [e for e in extrapolations if e.n == WORLD_SIZES[-1]]
    if not at:
        return ""
    small = min(at, key=lambda e: e.memory_bytes)
    fast = min(at, key=lambda e: e.latency_s)
    exact = next((e for e in at if e.kind == "exact"), None)
    machines = say("knn.verdict.machines", machines=f"{small.machines(ram_bytes):,.0f}") if ram_bytes else ""
    label = WORLD_LABELS.get(at[0].n, f"{at[0].n:,}")
    exact_part = "" if exact is None else say("knn.verdict.exact", latency=human_seconds(exact.latency_s))
    return say("knn.verdict", label=label, memory=human_bytes(small.memory_bytes), kind=kind_title(small.kind),
               machines=machines, fast=kind_title(fast.kind), latency=human_seconds(fast.latency_s), exact=exact_part)


def machine_ram_bytes() -> float:
    """Physical memory of this machine in bytes (0 where the OS does not say)."""
    try:
        return float(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, OSError, ValueError):
        return 0.0


def human_bytes(b: float) -> str:
    for unit, size in (("PB", 1e15), ("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if b >= size:
            return f"{b / size:,.1f} {unit}"
    return f"{b:,.0f} B"


def human_seconds(s: float) -> str:
    """A duration for a table or a sentence; years, days and hours are words (in the request's language)."""
    for unit, size in (("years", 365.25 * 86400), ("days", 86400), ("hours", 3600), ("min", 60), ("s", 1)):
        if s >= size:
            value = f"{s / size:,.1f}"
            return say(f"knn.unit.{unit}", value=value) if size >= 3600 else f"{value} {unit}"
    return f"{s * 1000:,.2f} ms" if s >= 1e-3 else f"{s * 1e6:,.0f} µs"
