"""k-NN accuracy on the bundled MNIST subset: raw pixels against LeNet-5 features, side by side.

For each space (pixels 784-d, PCA 50-d, LeNet-5 F6 features 84-d) and metric (L2, L1, cosine):
test accuracy on the 1,000 test images for every k from 1 to K, from one exact FAISS search of K
neighbours; the best k, k = 1, the time to embed (computed afresh, not read from the cache) and
to search, and scikit-learn's KNeighborsClassifier as a cross-check (equal at k = 1; at larger k
it breaks ties towards the smallest class index, the app towards the nearest neighbour). The
baseline is the pixel space; the shipped LeNet-5's own softmax accuracy is printed as the ceiling.

    python -m benchmarks.knn_accuracy [--max-k 20]
"""

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.neighbors import KNeighborsClassifier


from demo.base import config  # noqa: E402
from demo.base.data import load_dataset  # noqa: E402
from demo.knn import embeddings  # noqa: E402
from demo.knn import index as knn
from demo.nets.weights import read_card  # noqa: E402

SPACES = ("pixels", "pca", "cnn")
METRICS = ("l2", "l1", "cosine")
SKLEARN_METRIC = {"l2": "euclidean", "l1": "manhattan", "cosine": "cosine"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-k", type=int, default=20)
    args = parser.parse_args()
    data = load_dataset()
    config.CACHE_DIR = Path(tempfile.mkdtemp())  # embed afresh, so the time is the computation's
    print(f"{data.name}: {len(data.train_labels):,} train / {len(data.test_labels):,} test, k = 1..{args.max_k}")
    baseline = {}
    for space in SPACES:
        embeddings.clear_memory_cache()
        start = time.perf_counter()
        emb = embeddings.embed(data, space)  # from the disk cache when fresh
        embed_s = time.perf_counter() - start
        print(f"\n{emb.title}: train and test embedded in {embed_s:.2f} s")
        for metric in METRICS:
            index = knn.build_index(emb.train, metric, "exact")
            start = time.perf_counter()
            _, ids = index.search(emb.test, args.max_k)
            search_ms = (time.perf_counter() - start) * 1000
            acc = knn.accuracy_vs_k(data.train_labels[ids], data.test_labels, data.num_classes)
            best = int(np.argmax(acc)) + 1
            ref = [KNeighborsClassifier(k, algorithm="brute", metric=SKLEARN_METRIC[metric]).fit(
                emb.train, data.train_labels).score(emb.test, data.test_labels) for k in (1, best)]
            baseline.setdefault(metric, acc.max())
            print(f"  {metric:6}  best k = {best:2d}: {acc.max():6.1%}   k = 1: {acc[0]:6.1%}   "
                  f"search {search_ms:6.1f} ms   errors vs pixels: {(1 - acc.max()) / (1 - baseline[metric]):.2f}x   "
                  f"scikit-learn k = 1: {ref[0]:6.1%}, k = {best}: {ref[1]:6.1%}", flush=True)
    card = read_card("lenet5")
    print(f"\nceiling: LeNet-5's own classifier (softmax) scores {card['test_accuracy']:.1%} on the same test images")


if __name__ == "__main__":
    main()
