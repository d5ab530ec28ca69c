"""2-D maps: scikit-learn's TSNE (the app's choice, demo/knn/maps.py) beside openTSNE and umap-learn, each timed on
its first call in a fresh process (what a Space pays after a restart) and on a second call, with the neighbourhood
agreement each map keeps (the share of each point's 10 nearest with its class; 1.0 is perfect). openTSNE and
umap-learn are not dependencies of the app: each is measured when installed (`pip install openTSNE umap-learn`).

Data: 2,000 digits of the bundled MNIST subset, 200 per class, as raw pixels.

    python -m benchmarks.maps [--rounds 3]
"""

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
method = sys.argv[1]
import numpy as np
from demo.base.data import mnist_subset_arrays
from demo.knn import maps
images, labels = mnist_subset_arrays()
picked = np.sort(np.concatenate([np.flatnonzero(labels == c)[:200] for c in range(10)]))
x, y = images[picked].reshape(len(picked), -1).astype(np.float64) / 255, labels[picked]
t1 = time.perf_counter()
if method == "openTSNE":
    from openTSNE import TSNE
    fit = lambda: np.asarray(TSNE(negative_gradient_method="bh", random_state=0, n_jobs=1, verbose=False).fit(x))
elif method == "sklearn":
    from sklearn.manifold import TSNE
    fit = lambda: TSNE(n_components=2, init="pca", random_state=0).fit_transform(x)
else:
    import umap
    fit = lambda: umap.UMAP(n_components=2, random_state=0).fit_transform(x)
t2 = time.perf_counter()
xy = fit()
t3 = time.perf_counter()
fit()
t4 = time.perf_counter()
print(json.dumps(dict(imports=t2 - t1, first=t3 - t2, second=t4 - t3, agreement=maps.agreement(xy, y),
                      full=maps.agreement(x, y))))
"""
METHODS = ("sklearn", "openTSNE", "umap")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results = {}
    for method in METHODS:
        if method != "sklearn" and importlib.util.find_spec(method) is None:
            print(f"{method}: not installed (pip install {'umap-learn' if method == 'umap' else method} to measure it)")
            continue
        runs = []
        for _ in range(args.rounds):
            out = subprocess.run([sys.executable, "-c", CHILD, method], capture_output=True, text=True, check=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        results[method] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        r = results[method]
        print(f"{method:9} import {r['imports']:5.1f} s  first call {r['first']:5.1f} s  second {r['second']:5.1f} s  "
              f"agreement in the map {r['agreement']:.3f} (in the pixels {r['full']:.3f})", flush=True)
    base = results["sklearn"]["first"]
    for method, r in results.items():
        print(f"{method:9} first call {r['first'] / base:.2f}x scikit-learn's")


if __name__ == "__main__":
    main()
