"""The k-NN tab's settings, declared once (demo/base/form.py): the search, the accuracy for every k, the toy
and the scaling run. The ranges are the core's (demo/knn/pipeline.py, toy.py, scaling.py), which check them."""

from demo.base.form import Form, choice, dataset_field, index_field, whole
from demo.knn import pipeline, scaling, toy
from demo.knn.embeddings import SPACES
from demo.knn.index import DEFAULT_EF_SEARCH, DEFAULT_HNSW_M, DEFAULT_NPROBE, INDEX_KINDS, METRICS

FORM = Form(
    dataset_field(label="knn.label.dataset", elem_id="knn-dataset"),
    choice("space", SPACES, "pixels", label="knn.label.space", elem_id="knn-space", widget="radio"),
    choice("metric", METRICS, "l2", label="knn.label.metric", elem_id="knn-metric", widget="radio"),
    choice("kind", INDEX_KINDS, "exact", label="knn.label.index", elem_id="knn-index", widget="radio"),
    whole("k", pipeline.K_RANGE, 10, label="knn.label.k", elem_id="knn-k"),
    whole("nlist", pipeline.NLIST_RANGE, 0, label="knn.label.nlist", elem_id="knn-nlist"),
    whole("nprobe", pipeline.NPROBE_RANGE, DEFAULT_NPROBE, label="knn.label.nprobe", elem_id="knn-nprobe"),
    whole("hnsw_m", pipeline.HNSW_M_RANGE, DEFAULT_HNSW_M, step=2, label="knn.label.hnsw_m", elem_id="knn-hnsw-m"),
    whole("ef_search", pipeline.EF_SEARCH_RANGE, DEFAULT_EF_SEARCH, step=8, label="knn.label.ef_search",
          elem_id="knn-ef-search"),
    index_field(label="knn.label.test_index", elem_id="knn-test-index"),
    whole("max_k", pipeline.ACCURACY_K_RANGE, 30, label="knn.label.max_k", elem_id="knn-max-k"),
    # The toy: points in the plane (not linked: its page is one click from any link).
    whole("toy_classes", (toy.MIN_CLASSES, toy.MAX_CLASSES), 3, label="knn.label.toy_classes",
          elem_id="knn-toy-classes", linked=False),
    whole("toy_points", (toy.MIN_POINTS, toy.MAX_POINTS), toy.DEFAULT_POINTS, label="knn.label.toy_points",
          elem_id="knn-toy-points", linked=False),
    whole("toy_k", toy.K_RANGE, 1, label="knn.label.toy_k", elem_id="knn-toy-k", linked=False),
    choice("toy_metric", ("l1", "l2"), "l2", label="knn.label.metric", elem_id="knn-toy-metric", widget="radio",
           linked=False),
    whole("toy_seed", toy.SEED_RANGE, 0, label="knn.label.seed", elem_id="knn-toy-seed", widget="number",
          linked=False),
    # "Is it realizable?": the scaling run.
    choice("dim", scaling.DIMS, scaling.DEFAULT_DIM, label="knn.label.dim", elem_id="knn-dim", linked=False),
    choice("max_n", scaling.SIZES, scaling.SIZES[-1], label="knn.label.max_n", elem_id="knn-max-n", widget="radio",
           linked=False),
    whole("budget", scaling.BUDGET_RANGE, int(scaling.DEFAULT_BUDGET_S), step=5, label="knn.label.budget",
          elem_id="knn-budget", linked=False),
    whole("recall_k", scaling.RECALL_K_RANGE, scaling.RECALL_K, label="knn.label.recall_k", elem_id="knn-recall-k",
          linked=False),
)
