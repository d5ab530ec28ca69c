"""k-NN tab: memorise the data with FAISS, look at a query's neighbours, score every k, play with
the 2-D toy, and measure whether memorising all the data is realizable."""

import threading
from collections import OrderedDict

import gradio as gr
import numpy as np
from PIL import Image

from demo import digits, knn, visual
from demo.data import DEFAULT_DATASET, list_datasets, load_dataset
from demo.images import open_image
from demo.knn import SPACES, SearchResult, accuracy_report, parse_settings, pipeline, search
from demo.ui.common import Picture, file_path, friendly, on_tab_open, picture_file, progress_bar, read_sketch, sketchpad
from demo.ui.serving import HEAVY, IMAGES, one_at_a_time

THUMB = 112  # pixels; neighbours are enlarged to this side with visible pixels
SEEN = 168  # pixels; the query as the index sees it
CANVAS, BRUSH = 280, 10  # pixels; the sketchpad, as in the Classify tab
SPACE_CHOICES = [("raw pixels", "pixels"), ("PCA of the pixels", "pca"), ("CNN features", "cnn")]
METRIC_CHOICES = [(title, name) for name, title in knn.METRICS.items()]
KIND_CHOICES = [(title, name) for name, title in knn.INDEX_KINDS.items()]
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
N_CHOICES = [(f"10{str(len(str(n)) - 1).translate(SUPERSCRIPT)}", n) for n in knn.scaling.SIZES]
EMPTY_SKETCH = "The sketch is empty: draw something in the box."
REMEMBERED_SESSIONS = 64  # last uploaded or drawn picture per browser session, re-searched on a new setting
REMEMBERED_SIDE = 512  # pixels; pictures are remembered at most this big (every dataset's images are smaller)

# A gr.State would do this too, but any State makes gradio hold a heartbeat connection open for the
# page's lifetime; a small per-session memory on the server keeps the page quiet.
_PICTURES: "OrderedDict[str, Image.Image]" = OrderedDict()
_PICTURES_LOCK = threading.Lock()


def _remember(request: gr.Request | None, picture: Image.Image | None) -> None:
    key = getattr(request, "session_hash", None)
    if key is None:
        return
    small = None
    if picture is not None:
        small = picture.copy()
        small.thumbnail((REMEMBERED_SIDE, REMEMBERED_SIDE))
    with _PICTURES_LOCK:
        _PICTURES.pop(key, None)
        if small is not None:
            _PICTURES[key] = small
            while len(_PICTURES) > REMEMBERED_SESSIONS:
                _PICTURES.popitem(last=False)


def _recall(request: gr.Request | None) -> Image.Image | None:
    with _PICTURES_LOCK:
        return _PICTURES.get(getattr(request, "session_hash", None))


def _dataset_dropdown():
    return gr.update(choices=_dataset_choices())


def _dataset_choices() -> list[tuple[str, str]]:
    return [(s.title if s.available else f"{s.title} (not available here)", s.name) for s in list_datasets()]


def _picture(image: np.ndarray, side: int) -> np.ndarray:
    """uint8 (C, H, W) -> (H, W[, 3]) enlarged by a whole factor to at least `side` (pixels stay sharp)."""
    return visual.enlarge(image[0] if image.shape[0] == 1 else image.transpose(1, 2, 0), side)


def _score(value: float, metric: str) -> str:
    return f"{'sim' if metric in knn.SIMILARITIES else 'd'} = {value:.3g}"


def _search_outputs(r: SearchResult):
    """A SearchResult as the tab shows it: query, neighbour gallery, vote chart, summary."""
    data, nb, metric = r.data, r.neighbours, r.index.metric
    gallery = [(picture_file(_picture(data.train_images[i], THUMB)),
                f"{rank}. {data.classes[label]} · {_score(s, metric)}")
               for rank, (i, label, s) in enumerate(zip(nb.ids, nb.labels, nb.scores), start=1)]
    k = len(nb.ids)
    winner = data.classes[nb.prediction]
    lines = [f"### Prediction: **{winner}** ({nb.counts[nb.prediction]} of {k} vote{'s' if k > 1 else ''})"]
    if r.truth is not None:
        verdict = "right" if r.truth == nb.prediction else "wrong"
        lines.append(f"True label: **{data.classes[r.truth]}**, so k-NN is {verdict} here.")
    lines.append(f"The {k} nearest of {r.index.ntotal:,} training images of {data.name}, in {r.space_title}, "
                 f"{knn.METRICS[metric]} distance, {knn.INDEX_KINDS[r.index.kind]} index: searched in "
                 f"{r.search_ms:.1f} ms (the index took {r.index.build_seconds:.2f} s to build, once).")
    if r.index.note:
        lines.append(r.index.note)
    vote = knn.figures.vote_bars(data.classes, nb.counts, nb.prediction, k)
    return picture_file(_picture(r.query_image, SEEN)), gallery, vote, "\n\n".join(lines)


def _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, query, progress):
    settings = parse_settings(metric, kind, nlist, nprobe, hnsw_m, ef_search)
    return _search_outputs(search(dataset, space, settings, k, query, progress_bar(progress)))


@friendly
def knn_search(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, index,
               request: gr.Request = None, progress=gr.Progress()):
    """Test image number `index` -> its k nearest training images, their vote, the prediction."""
    out = _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, index, progress)
    _remember(request, None)
    return out


@friendly
def knn_search_upload(image, dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search,
                      request: gr.Request = None, progress=gr.Progress()):
    """An uploaded picture (file) -> the same outputs; it is made to look like the dataset's images."""
    picture = open_image(file_path(image))
    out = _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, picture, progress)
    _remember(request, picture)
    return out


@friendly
def knn_search_sketch(sketch, dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search,
                      request: gr.Request = None, progress=gr.Progress()):
    """A drawing from the sketchpad -> the same outputs; an empty canvas clears them."""
    picture = read_sketch(sketch)
    if picture is None or not digits.ink_map(picture).any():
        _remember(request, None)
        return None, [], None, EMPTY_SKETCH
    out = _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, picture, progress)
    _remember(request, picture)
    return out


@friendly
def _rerun(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, index, request: gr.Request = None,
           progress=gr.Progress()):
    """A setting changed: search again with the session's last picture, else the test image."""
    query = _recall(request)
    return _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search,
                index if query is None else query, progress)


@friendly
@one_at_a_time
def knn_accuracy(dataset, space, metric, kind, k, max_k, nlist, nprobe, hnsw_m, ef_search, request: gr.Request = None,
                 progress=gr.Progress()):
    """Accuracy for k = 1..max_k in pixel, PCA and CNN space, and `space`'s confusion matrix at k."""
    settings = parse_settings(metric, kind, nlist, nprobe, hnsw_m, ef_search)
    r = accuracy_report(dataset, settings, max_k, space, k, progress=progress_bar(progress))
    scored = f"{r.num_queries:,} test images"
    if r.num_queries < r.num_test:
        scored += f" (evenly spread over {r.num_test:,})"
    curves = knn.figures.accuracy_curves(r.curves, f"{r.dataset}: k-NN test accuracy on {scored}")
    confusion = knn.figures.confusion_heatmap(r.confusion, r.classes, f"{r.k}-NN in {r.confusion_space}")
    lines = [f"**{title}**: best k = {r.best_k(space)[0]} with {r.best_k(space)[1]:.1%}; k = 1 gives {acc[0]:.1%}."
             for space, (title, acc) in r.curves.items()]
    lines += [f"*{SPACES[space]}*: {why}" for space, why in r.missing.items()]
    lines.append(f"{knn.METRICS[metric]} distance, {knn.INDEX_KINDS[kind]} index; measured in {r.seconds:.1f} s.")
    return curves, confusion, "\n\n".join(lines)


@friendly
def knn_toy_regions(num_classes, points_per_class, k, metric, seed):
    """The 2-D toy: points of 2-5 classes and the k-NN decision regions (L1 or L2)."""
    toy = knn.toy.toy(num_classes, points_per_class, k, metric, seed)
    out = int(toy.outvoted.sum())
    caption = (f"{len(toy.labels)} points, {toy.k}-NN, {toy.metric.upper()}. Ringed: {out} "
               f"point{'s' if out != 1 else ''} that {'their' if out != 1 else 'its'} own {toy.k} nearest neighbours "
               f"outvote (leave-one-out accuracy {toy.loo_accuracy:.0%}). Faded: locations where the vote is close.")
    return knn.figures.toy_figure(toy), caption


@friendly
def _test_range(dataset, index):
    """A new dataset: the test-image slider spans its test split."""
    last = len(load_dataset(dataset).test_labels) - 1
    return gr.update(maximum=last, value=min(int(index or 0), last))


def _next_seed(seed):
    try:
        return (int(seed) + 1) % (knn.toy.SEED_RANGE[1] + 1)
    except (TypeError, ValueError, OverflowError):
        return 0


def _extrapolation_table(result: knn.scaling.ScalingResult, ram: float) -> str:
    rows = ["| N | index | memory | machines with this one's RAM | build, on this machine | one query |",
            "|---|---|---:|---:|---:|---:|"]
    for e in knn.scaling.extrapolate_all(result):
        machines = f"{e.machines(ram):,.0f}" if ram else "?"
        rows.append(f"| {knn.scaling.WORLD_LABELS[e.n]} | {knn.figures.KIND_TITLES[e.kind]} | "
                    f"{knn.scaling.human_bytes(e.memory_bytes)} | {machines} | "
                    f"{knn.scaling.human_seconds(e.build_s)} | {knn.scaling.human_seconds(e.latency_s)} |")
    return "\n".join(rows)


@friendly
@one_at_a_time
def knn_scaling_run(dim, max_n, budget_s, k, nprobe, hnsw_m, ef_search, request: gr.Request = None,
                    progress=gr.Progress()):
    """Build time, bytes per vector, latency and recall@k of exact/IVF/HNSW for N = 10^3..max_n."""
    result = knn.scaling.run_for_tab(dim, max_n, budget_s, k, nprobe, hnsw_m, ef_search, progress_bar(progress))
    ram = knn.scaling.machine_ram_bytes()
    rows = ["| index | N | build | bytes / vector | one query | queries / s (batch) | recall@k |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    rows += [f"| {knn.figures.KIND_TITLES[m.kind]} | {m.n:,} | {knn.scaling.human_seconds(m.build_s)} | "
             f"{m.bytes_per_vector:,.0f} | {knn.scaling.human_seconds(m.latency_ms / 1000)} | {m.qps:,.0f} | "
             f"{m.recall:.3f} |" for m in result.measurements]
    notes = "".join(f"\n- {s}" for s in result.skipped)
    measured = (f"**Measured** in {result.seconds:.0f} s on {result.threads} thread(s) "
                f"({result.dim}-d synthetic vectors, k = {result.k}; one query timed alone on one core):\n\n"
                + "\n".join(rows) + notes)
    figure = knn.figures.scaling_figure(result, knn.scaling.extrapolate_all(result), ram)
    world = ("**All the images in the world**, carried from the largest N measured with each index's cost "
             "model (memory ∝ N; build ∝ N, N^1.5, N log N; a query ∝ N, √N, log N for exact, IVF, HNSW):\n\n"
             + _extrapolation_table(result, ram) + f"\n\n{knn.scaling.WORLD_NOTE}. "
             + knn.scaling.verdict(knn.scaling.extrapolate_all(result), ram) + " IVF's build assumes its cells are "
             "found by brute force, as here; billion-scale systems find them with a graph over the centroids "
             "(Johnson, Douze & Jégou 2017), which brings it close to N log N.")
    return figure, measured, world


INTRO = """## k-NN: what if we could memorise all the data?
The simplest classifier keeps **every** training image and labels a new one by a vote of its
**k nearest neighbours** (Cover & Hart 1967). Below, [FAISS](https://github.com/facebookresearch/faiss)
finds the neighbours among a dataset's images: as raw pixels, as their PCA, or as the features a trained
CNN computes. Pick a test image, upload a picture or draw one, and see who votes."""

REALIZABLE = """### Is it realizable?
k-NN needs all the data at hand for every question. Measure here what that costs as the memory grows:
build time, bytes per vector and the latency of one query for an exact index, IVF and HNSW, on synthetic
vectors from 10³ to 10⁶, and recall@k of the approximate ones against exact search. The run stops at
the time budget; then the numbers are carried to all the images in the world."""


def build_tab() -> None:
    gr.Markdown(INTRO)
    with gr.Row():
        dataset = gr.Dropdown(_dataset_choices(), value=DEFAULT_DATASET, label="Dataset", allow_custom_value=True,
                              info="Folders of class subfolders in the app's data folder are listed too.", scale=3)
        space = gr.Radio(SPACE_CHOICES, value="pixels", label="Space", scale=2, elem_id="knn-space")
        metric = gr.Radio(METRIC_CHOICES, value="l2", label="Distance", scale=3, elem_id="knn-metric")
        kind = gr.Radio(KIND_CHOICES, value="exact", label="Index", scale=2, elem_id="knn-index")
    with gr.Accordion("Index settings (IVF and HNSW)", open=False):
        with gr.Row():
            nlist = gr.Slider(*pipeline.NLIST_RANGE, value=0, step=1, label="nlist: IVF cells (0 = about 4√N)")
            nprobe = gr.Slider(*pipeline.NPROBE_RANGE, value=knn.DEFAULT_NPROBE, step=1, label="nprobe: cells searched")
            hnsw_m = gr.Slider(*pipeline.HNSW_M_RANGE, value=knn.DEFAULT_HNSW_M, step=2, label="M: HNSW links per node")
            ef_search = gr.Slider(*pipeline.EF_SEARCH_RANGE, value=knn.DEFAULT_EF_SEARCH, step=8,
                                  label="efSearch: HNSW beam")
    with gr.Row():
        with gr.Column(scale=2):
            k = gr.Slider(*pipeline.K_RANGE, value=10, step=1, label="k: neighbours that vote", elem_id="knn-k")
            with gr.Tabs():
                with gr.Tab("Test image", id="knn-test"):
                    index = gr.Slider(0, digits.num_test_examples() - 1, value=0, step=1, label="Test image number",
                                      elem_id="knn-test-index")
                    go = gr.Button("Search its neighbours", variant="primary", elem_id="knn-search")
                with gr.Tab("Upload", id="knn-upload"):
                    upload = Picture(label="A picture", type="filepath", image_mode=None,
                                      sources=["upload", "clipboard"], format="png", elem_id="knn-upload")
                with gr.Tab("Draw", id="knn-draw"):
                    sketch = sketchpad(label="Draw", canvas_size=(CANVAS, CANVAS), fixed_canvas=True,
                                       brush=gr.Brush(default_size=BRUSH, colors=["#000000"], color_mode="fixed"),
                                       type="pil", image_mode="RGBA", format="png", layers=False,
                                       elem_id="knn-sketchpad")
            seen = gr.Image(label="The query, as the index sees it", interactive=False, height=SEEN, format="png",
                            elem_id="knn-query")
        with gr.Column(scale=3):
            summary = gr.Markdown(elem_id="knn-summary")
            gallery = gr.Gallery(label="Nearest training images (rank, label, distance)", columns=5, height="auto",
                                 format="png", allow_preview=False, object_fit="contain", elem_id="knn-gallery")
            vote = gr.Plot(label="The vote", elem_id="knn-vote")

    gr.Markdown("### Accuracy against k: pixels or CNN features?")
    with gr.Row():
        max_k = gr.Slider(*pipeline.ACCURACY_K_RANGE, value=30, step=1, label="Largest k", scale=3)
        measure = gr.Button("Measure accuracy for every k", variant="primary", scale=1, elem_id="knn-measure")
    with gr.Row():
        curves = gr.Plot(label="Accuracy against k", elem_id="knn-curves", scale=3)
        confusion = gr.Plot(label="Confusion matrix (space and k chosen above)", elem_id="knn-confusion", scale=2)
    accuracy_notes = gr.Markdown(elem_id="knn-accuracy-notes")

    gr.Markdown("### The 2-D toy: decision regions (after the CS231n k-NN demo)")
    with gr.Row():
        with gr.Column(scale=1):
            toy_classes = gr.Slider(knn.toy.MIN_CLASSES, knn.toy.MAX_CLASSES, value=3, step=1, label="Classes")
            toy_points = gr.Slider(knn.toy.MIN_POINTS, knn.toy.MAX_POINTS, value=knn.toy.DEFAULT_POINTS, step=1,
                                   label="Points per class")
            toy_k = gr.Slider(*knn.toy.K_RANGE, value=1, step=1, label="k")
            toy_metric = gr.Radio([("L1", "l1"), ("L2", "l2")], value="l2", label="Distance")
            toy_seed = gr.Number(0, label="Seed", precision=0, minimum=knn.toy.SEED_RANGE[0],
                                 maximum=knn.toy.SEED_RANGE[1])
            toy_new = gr.Button("New points", elem_id="knn-toy-new")
        with gr.Column(scale=3):
            toy_plot = gr.Plot(label="Decision regions", elem_id="knn-toy")
            toy_caption = gr.Markdown(elem_id="knn-toy-caption")

    gr.Markdown(REALIZABLE)
    with gr.Row():
        dim = gr.Dropdown(list(knn.scaling.DIMS), value=knn.scaling.DEFAULT_DIM, label="Dimension d")
        max_n = gr.Radio(N_CHOICES, value=knn.scaling.SIZES[-1], label="Largest N")
        budget = gr.Slider(*knn.scaling.BUDGET_RANGE, value=knn.scaling.DEFAULT_BUDGET_S, step=5,
                           label="Time budget (s)")
        recall_k = gr.Slider(*knn.scaling.RECALL_K_RANGE, value=knn.scaling.RECALL_K, step=1, label="k for recall@k")
        run_scaling = gr.Button("Measure", variant="primary", elem_id="knn-scaling-run")
    scaling_plot = gr.Plot(label="Cost against N (log-log)", elem_id="knn-scaling-plot")
    measured = gr.Markdown(elem_id="knn-scaling-measured")
    world = gr.Markdown(elem_id="knn-scaling-world")

    settings = [dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search]
    outputs = [seen, gallery, vote, summary]
    heavy = IMAGES  # one search: tens of milliseconds once the index is built
    go.click(knn_search, [*settings, index], outputs, api_name="knn_search", preprocess=False, **heavy)
    index.release(knn_search, [*settings, index], outputs, api_visibility="private", preprocess=False, **heavy)
    upload.upload(knn_search_upload, [upload, *settings], outputs, api_name="knn_search_upload",
                  preprocess=False, **heavy)
    sketch.change(knn_search_sketch, [sketch, *settings], outputs, api_name="knn_search_sketch",
                  trigger_mode="always_last", show_progress="hidden", preprocess=False, **heavy)
    rerun = dict(fn=_rerun, inputs=[*settings, index], outputs=outputs, api_visibility="private",
                 trigger_mode="always_last", preprocess=False, **heavy)
    gr.on([space.input, metric.input, kind.input, k.input, nlist.release, nprobe.release, hnsw_m.release,
           ef_search.release], **rerun)
    dataset.input(_test_range, [dataset, index], index, api_visibility="private", preprocess=False,
                  **heavy).success(**rerun)
    # When the tab opens: list the datasets under the data root as it is now (`--data-dir` is applied
    # after the app is built), and fill the tab so it never opens empty.
    on_tab_open(_dataset_dropdown, [], dataset, queue=False)
    on_tab_open(knn_search, [*settings, index], outputs, preprocess=False, **heavy)

    measure.click(knn_accuracy, [dataset, space, metric, kind, k, max_k, nlist, nprobe, hnsw_m, ef_search],
                  [curves, confusion, accuracy_notes], api_name="knn_accuracy", preprocess=False, **HEAVY)

    toy_inputs = [toy_classes, toy_points, toy_k, toy_metric, toy_seed]
    gr.on([toy_classes.release, toy_points.release, toy_k.release, toy_metric.input, toy_seed.submit],
          knn_toy_regions, toy_inputs, [toy_plot, toy_caption], api_name="knn_toy", preprocess=False,
          trigger_mode="always_last", **heavy)
    toy_new.click(_next_seed, toy_seed, toy_seed, api_visibility="private", queue=False).then(
        knn_toy_regions, toy_inputs, [toy_plot, toy_caption], api_visibility="private", preprocess=False, **heavy)
    on_tab_open(knn_toy_regions, toy_inputs, [toy_plot, toy_caption], preprocess=False, **heavy)

    run_scaling.click(knn_scaling_run, [dim, max_n, budget, recall_k, nprobe, hnsw_m, ef_search],
                      [scaling_plot, measured, world], api_name="knn_scaling", preprocess=False,
                      **HEAVY)
