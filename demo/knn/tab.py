"""k-NN tab: memorise the data with FAISS, look at a query's neighbours, score every k, play with
the 2-D toy, and measure whether memorising all the data is realizable."""


import gradio as gr
import numpy as np
from PIL import Image

from demo import knn
from demo.classify import digits
from demo.base import visual
from demo.base.data import list_datasets, load_dataset, title_of
from demo.i18n import say
from demo.base.images import open_image, picture_sheet, sheet_cell
from demo.knn import SearchResult, accuracy_report, parse_settings, search
from demo.knn.embeddings import space_title
from demo.knn.figures import kind_short
from demo.knn.form import FORM
from demo.knn.index import kind_title, metric_title
from demo.web.common import (Picture, file_path, friendly, on_tab_open, picture_file, progress_bar, read_sketch,
                             reveal, sketchpad, t)
from demo.train import sessions
from demo.web.memory import SessionMemory
from demo.web.controls import control
from demo.web.page_links import Linkable
from demo.web.serving import HEAVY, IMAGES, at_once, one_at_a_time

THUMB = 112  # pixels; neighbours are enlarged to this side with visible pixels
SEEN = 168  # pixels; the query as the index sees it
CANVAS, BRUSH = 280, 10  # pixels; the sketchpad, as in the Classify tab
# Choices show translated names (the browser translates them); their values are what the API takes.
SPACE_CHOICES = [(t("knn.space.pixels"), "pixels"), (t("knn.space.pca"), "pca"), (t("knn.space.cnn"), "cnn"),
                 (t("knn.choice.trained"), "trained")]
METRIC_CHOICES = [(t(f"knn.metric.{name}"), name) for name in knn.METRICS]
KIND_CHOICES = [(t("knn.kind.exact") if name == "exact" else title, name) for name, title in knn.INDEX_KINDS.items()]
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
N_CHOICES = [(f"10{str(len(str(n)) - 1).translate(SUPERSCRIPT)}", n) for n in knn.scaling.SIZES]
REMEMBERED_SESSIONS = 64  # last uploaded or drawn picture per browser session, re-searched on a new setting
REMEMBERED_SIDE = 512  # pixels; pictures are remembered at most this big (every dataset's images are smaller)

_PICTURES = SessionMemory(REMEMBERED_SESSIONS, REMEMBERED_SESSIONS * REMEMBERED_SIDE**2 * 4,
                          lambda im: im.width * im.height * len(im.getbands()))


def _remember(request: gr.Request | None, picture: Image.Image | None) -> None:
    small = None
    if picture is not None:
        small = picture.copy()
        small.thumbnail((REMEMBERED_SIDE, REMEMBERED_SIDE))
    _PICTURES.put(request, small)


def _recall(request: gr.Request | None) -> Image.Image | None:
    return _PICTURES.get(request)


def _dataset_dropdown():
    return gr.update(choices=_dataset_choices())


def _dataset_choices() -> list[tuple[str, str]]:
    """(title, name) of every dataset, in the request's language (the tab refreshes them when opened)."""
    return [(s.title if s.available else say("knn.dataset.unavailable", title=s.title), s.name)
            for s in list_datasets()]


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
    lines = [say("knn.summary.prediction" if k > 1 else "knn.summary.prediction_one",
                 winner=data.classes[nb.prediction], votes=nb.counts[nb.prediction], k=k)]
    if r.truth is not None:
        right = "knn.summary.right" if r.truth == nb.prediction else "knn.summary.wrong"
        lines.append(say(right, truth=data.classes[r.truth]))
    lines.append(say("knn.summary.search", k=k, n=f"{r.index.ntotal:,}", dataset=title_of(data.name),
                     space=r.space_title,
                     metric=metric_title(metric), kind=kind_title(r.index.kind), ms=f"{r.search_ms:.1f}",
                     build=f"{r.index.build_seconds:.2f}"))
    if r.index.note:
        lines.append(r.index.note)
    vote = knn.figures.vote_bars(data.classes, nb.counts, nb.prediction, k)
    return picture_file(_picture(r.query_image, SEEN)), gallery, vote, "\n\n".join(lines)


def _network(request: gr.Request | None) -> knn.embeddings.TrainedNetwork | None:
    """This page's last network from the Train tab, as a k-NN space (None if it trained none)."""
    runs = sessions.runs(request)
    if not runs:
        return None
    run = runs[-1]
    return knn.embeddings.TrainedNetwork(run.model, f"{request.session_hash}-{run.number}", run.settings.label(),
                                         run.data.name)


def _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, query, progress, request=None):
    settings = parse_settings(metric, kind, nlist, nprobe, hnsw_m, ef_search)
    network = _network(request) if space == "trained" else None
    return _search_outputs(search(dataset, space, settings, k, query, progress_bar(progress), network))


@friendly
def knn_search(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, index,
               request: gr.Request = None, progress=gr.Progress()):
    """Test image number `index` -> its k nearest training images, their vote, the prediction.

    Args:
        dataset: mnist-subset (bundled), mnist, fashion-mnist, cifar10, folder:<name> under the data root, or
            session (this page's own classes, from the Your classes tab)
        space: pixels, pca (50 components), cnn (LeNet-5's or AlexNet's features) or trained (this session's net)
        metric: l2, l1, cosine or ip (inner product)
        kind: the FAISS index: exact, ivf or hnsw (L1 is always searched exactly)
        k: neighbours that vote, 1-50
        nlist: IVF cells, 0-4096 (0: about 4 sqrt(N))
        nprobe: IVF cells searched, 1-256
        hnsw_m: HNSW links per node, 4-64
        ef_search: HNSW beam width, 8-512
        index: the test image, 0-999 for the bundled subset
    """
    out = _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, index, progress, request)
    _remember(request, None)
    return out


@friendly
def knn_search_upload(image, dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search,
                      request: gr.Request = None, progress=gr.Progress()):
    """A picture -> its k nearest training images, their vote, the prediction (as `knn_search`); the picture
    is first made to look like the dataset's images.

    Args:
        image: the picture (file)
        dataset: mnist-subset (bundled), mnist, fashion-mnist, cifar10, folder:<name> under the data root, or
            session (this page's own classes, from the Your classes tab)
        space: pixels, pca (50 components), cnn (LeNet-5's or AlexNet's features) or trained (this session's net)
        metric: l2, l1, cosine or ip (inner product)
        kind: the FAISS index: exact, ivf or hnsw (L1 is always searched exactly)
        k: neighbours that vote, 1-50
        nlist: IVF cells, 0-4096 (0: about 4 sqrt(N))
        nprobe: IVF cells searched, 1-256
        hnsw_m: HNSW links per node, 4-64
        ef_search: HNSW beam width, 8-512
    """
    picture = open_image(file_path(image))
    out = _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, picture, progress, request)
    _remember(request, picture)
    return out


@friendly
def knn_search_sketch(sketch, dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search,
                      request: gr.Request = None, progress=gr.Progress()):
    """A drawing -> its k nearest training images, their vote, the prediction (as `knn_search`); an empty
    canvas clears them.

    Args:
        sketch: the sketchpad's value, {"background": null, "layers": [], "composite": the drawing (file)}
        dataset: mnist-subset (bundled), mnist, fashion-mnist, cifar10, folder:<name> under the data root, or
            session (this page's own classes, from the Your classes tab)
        space: pixels, pca (50 components), cnn (LeNet-5's or AlexNet's features) or trained (this session's net)
        metric: l2, l1, cosine or ip (inner product)
        kind: the FAISS index: exact, ivf or hnsw (L1 is always searched exactly)
        k: neighbours that vote, 1-50
        nlist: IVF cells, 0-4096 (0: about 4 sqrt(N))
        nprobe: IVF cells searched, 1-256
        hnsw_m: HNSW links per node, 4-64
        ef_search: HNSW beam width, 8-512
    """
    picture = read_sketch(sketch)
    if picture is None or not digits.ink_map(picture).any():
        _remember(request, None)
        return None, [], None, say("knn.sketch.empty")
    out = _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, picture, progress, request)
    _remember(request, picture)
    return out


@friendly
def _rerun(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search, index, request: gr.Request = None,
           progress=gr.Progress()):
    """A setting changed: search again with the session's last picture, else the test image."""
    query = _recall(request)
    return _run(dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search,
                index if query is None else query, progress, request)


@friendly
@one_at_a_time
def knn_accuracy(dataset, space, metric, kind, k, max_k, nlist, nprobe, hnsw_m, ef_search, request: gr.Request = None,
                 progress=gr.Progress()):
    """Accuracy for k = 1..max_k in pixel, PCA and CNN space, and `space`'s confusion matrix at k."""
    settings = parse_settings(metric, kind, nlist, nprobe, hnsw_m, ef_search)
    r = accuracy_report(dataset, settings, max_k, space, k, progress=progress_bar(progress),
                        network=_network(request) if space == "trained" else None)
    scored = (say("knn.accuracy.scored", n=f"{r.num_queries:,}") if r.num_queries == r.num_test else
              say("knn.accuracy.scored_spread", n=f"{r.num_queries:,}", total=f"{r.num_test:,}"))
    curves = knn.figures.accuracy_curves(r.curves, say("knn.accuracy.chart", dataset=title_of(r.dataset),
                                                       scored=scored))
    confusion = knn.figures.confusion_heatmap(r.confusion, r.classes,
                                              say("knn.accuracy.confusion", k=r.k, space=r.confusion_space))
    lines = [say("knn.accuracy.best", title=title, k=r.best_k(space)[0], acc=f"{r.best_k(space)[1]:.1%}",
                 acc1=f"{acc[0]:.1%}") for space, (title, acc) in r.curves.items()]
    lines += [f"*{space_title(space)}*: {why}" for space, why in r.missing.items()]
    lines.append(say("knn.accuracy.settings", metric=metric_title(metric), kind=kind_title(kind),
                     seconds=f"{r.seconds:.1f}"))
    return curves, confusion, "\n\n".join(lines)


@friendly
@one_at_a_time
def knn_map(dataset, request: gr.Request = None, progress=gr.Progress()):
    """The dataset's train pictures drawn flat in raw pixels and in CNN features, and both agreements."""
    m = knn.maps.dataset_maps(dataset, progress_bar(progress))
    data = load_dataset(m.dataset)
    hover = [f"{data.classes[c]} (#{i})" for c, i in zip(m.labels, m.positions)]
    pixels, features = space_title("pixels"), m.features_title
    shown = data.train_images[m.positions]
    sheet = picture_sheet(shown, sheet_cell(len(shown), shown.shape[-1]))
    fig = knn.figures.flat_maps([(pixels, m.pixels_xy, m.pixels_agreement),
                                 (features, m.features_xy, m.features_agreement)], m.labels, data.classes, hover,
                                sheet)
    sentence = say("knn.map.sentence", n=f"{len(m.positions):,}", dataset=title_of(m.dataset),
                   pixels=f"{m.pixels_agreement:.0%}", features=f"{m.features_agreement:.0%}", space=features)
    return gr.Plot(fig, visible=True), sentence


@friendly
def knn_toy_regions(num_classes, points_per_class, k, metric, seed):
    """The 2-D toy (after CS231n's demo): random points of a few classes and the k-NN decision regions.

    Args:
        num_classes: classes, 2-5
        points_per_class: points of each class, 2-100
        k: neighbours that vote, 1-25 (at most the number of points)
        metric: l1 or l2
        seed: the random points' seed, 0-4294967295
    """
    toy = knn.toy.toy(num_classes, points_per_class, k, metric, seed)
    out = int(toy.outvoted.sum())
    caption = say("knn.toy.caption_one" if out == 1 else "knn.toy.caption", n=len(toy.labels), k=toy.k,
                  metric=toy.metric.upper(), out=out, acc=f"{toy.loo_accuracy:.0%}")
    return knn.figures.toy_figure(toy), caption


@friendly
def _test_range(dataset, index):
    """A new dataset: the test-image slider spans its test split."""
    last = len(load_dataset(dataset).test_labels) - 1
    return gr.update(maximum=last, value=min(int(index or 0), last))


def _next_seed_js() -> str:
    """A page function (seed) -> the next seed. The page counts it from the box it shows and writes it there at
    once, so that every quick click counts."""
    return ("(seed) => { const box = document.querySelector('#knn-toy-seed input'); "
            "const s = Math.round(Number(box ? box.value : seed)); "
            f"const next = Number.isFinite(s) ? (s + 1) % {knn.toy.SEED_RANGE[1] + 1} : 0; "
            "if (box) box.value = next; return next; }")


def _extrapolation_table(result: knn.scaling.ScalingResult, ram: float) -> str:
    rows = [say("knn.scaling.world_header"), "|---|---|---:|---:|---:|---:|"]
    for e in knn.scaling.extrapolate_all(result):
        machines = f"{e.machines(ram):,.0f}" if ram else "?"
        rows.append(f"| {knn.scaling.WORLD_LABELS[e.n]} | {kind_short(e.kind)} | "
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
    rows = [say("knn.scaling.measured_header"), "|---|---:|---:|---:|---:|---:|---:|"]
    rows += [f"| {kind_short(m.kind)} | {m.n:,} | {knn.scaling.human_seconds(m.build_s)} | "
             f"{m.bytes_per_vector:,.0f} | {knn.scaling.human_seconds(m.latency_ms / 1000)} | {m.qps:,.0f} | "
             f"{m.recall:.3f} |" for m in result.measurements]
    notes = "".join(f"\n- {s}" for s in result.skipped)
    measured = (say("knn.scaling.measured", seconds=f"{result.seconds:.0f}", threads=result.threads, dim=result.dim,
                    k=result.k) + "\n\n" + "\n".join(rows) + notes)
    figure = knn.figures.scaling_figure(result, knn.scaling.extrapolate_all(result), ram)
    world = (say("knn.scaling.world") + "\n\n" + _extrapolation_table(result, ram) + "\n\n"
             + say("knn.scaling.world_note") + " " + knn.scaling.verdict(knn.scaling.extrapolate_all(result), ram)
             + " " + say("knn.scaling.ivf_build"))
    return figure, measured, world


def build_tab() -> Linkable:
    gr.Markdown(t("knn.md.intro"))
    with gr.Row():
        dataset = control(FORM["dataset"], _dataset_choices(), allow_custom_value=True, info=t("knn.info.dataset"),
                          scale=3)
        space = control(FORM["space"], SPACE_CHOICES, scale=2)
        metric = control(FORM["metric"], METRIC_CHOICES, scale=3)
        kind = control(FORM["kind"], KIND_CHOICES, scale=2)
    with gr.Accordion(t("knn.accordion.index"), open=False):
        with gr.Row():
            nlist, nprobe, hnsw_m, ef_search = (control(FORM[name]) for name in
                                                ("nlist", "nprobe", "hnsw_m", "ef_search"))
    with gr.Row():
        with gr.Column(scale=2):
            k = control(FORM["k"])
            with gr.Tabs():
                with gr.Tab(t("knn.tab.test"), id="knn-test"):
                    index = control(FORM["index"])
                    go = gr.Button(t("knn.button.search"), variant="primary", elem_id="knn-search")
                with gr.Tab(t("knn.tab.upload"), id="knn-upload"):
                    upload = Picture(label=t("knn.label.upload"), type="filepath", image_mode=None,
                                      sources=["upload", "clipboard"], format="png", elem_id="knn-upload")
                with gr.Tab(t("knn.tab.draw"), id="knn-draw"):
                    sketch = sketchpad(label=t("knn.label.draw"), canvas_size=(CANVAS, CANVAS), fixed_canvas=True,
                                       brush=gr.Brush(default_size=BRUSH, colors=["#000000"], color_mode="fixed"),
                                       type="pil", image_mode="RGBA", format="png", layers=False,
                                       elem_id="knn-sketchpad")
            seen = gr.Image(label=t("knn.label.seen"), interactive=False, height=SEEN, format="png",
                            elem_id="knn-query")
        with gr.Column(scale=3):
            summary = gr.Markdown(elem_id="knn-summary")
            gallery = gr.Gallery(label=t("knn.label.gallery"), columns=5, height="auto",
                                 format="png", allow_preview=False, object_fit="contain", elem_id="knn-gallery")
            vote = gr.Plot(label=t("knn.label.vote"), elem_id="knn-vote")

    gr.Markdown(t("knn.md.accuracy"))
    with gr.Row():
        max_k = control(FORM["max_k"], scale=3)
        measure = gr.Button(t("knn.button.accuracy"), variant="primary", scale=1, elem_id="knn-measure")
    with gr.Row():
        curves = gr.Plot(label=t("knn.label.curves"), elem_id="knn-curves", scale=3)
        confusion = gr.Plot(label=t("knn.label.confusion"), elem_id="knn-confusion", scale=2)
    accuracy_notes = gr.Markdown(elem_id="knn-accuracy-notes")

    gr.Markdown(t("knn.md.map"))
    draw_map = gr.Button(t("knn.button.map"), elem_id="knn-map-button")
    map_text = gr.Markdown(elem_id="knn-map-text")
    map_plot = gr.Plot(label=t("knn.label.map"), elem_id="knn-map", visible=False)

    gr.Markdown(t("knn.md.toy"))
    with gr.Row():
        with gr.Column(scale=1):
            toy_classes, toy_points, toy_k = (control(FORM[name]) for name in ("toy_classes", "toy_points", "toy_k"))
            toy_metric = control(FORM["toy_metric"], [("L1", "l1"), ("L2", "l2")])
            toy_seed = control(FORM["toy_seed"])
            toy_new = gr.Button(t("knn.button.toy_new"), elem_id="knn-toy-new")
        with gr.Column(scale=3):
            toy_plot = gr.Plot(label=t("knn.label.toy_plot"), elem_id="knn-toy")
            toy_caption = gr.Markdown(elem_id="knn-toy-caption")

    gr.Markdown(t("knn.md.realizable"))
    with gr.Row():
        dim, max_n = control(FORM["dim"]), control(FORM["max_n"], N_CHOICES)
        budget, recall_k = control(FORM["budget"]), control(FORM["recall_k"])
        run_scaling = gr.Button(t("knn.button.scaling"), variant="primary", elem_id="knn-scaling-run")
    scaling_plot = gr.Plot(label=t("knn.label.scaling_plot"), elem_id="knn-scaling-plot")
    measured = gr.Markdown(elem_id="knn-scaling-measured")
    world = gr.Markdown(elem_id="knn-scaling-world")

    settings = [dataset, space, metric, kind, k, nlist, nprobe, hnsw_m, ef_search]
    outputs = [seen, gallery, vote, summary]
    heavy = IMAGES  # one search: tens of milliseconds once the index is built
    reveal(go.click(**at_once(knn_search, outputs), inputs=[*settings, index], api_name="knn_search", preprocess=False,
                    **heavy), "knn-summary")
    reveal(index.release(knn_search, [*settings, index], outputs, api_visibility="private", preprocess=False,
                         **heavy), "knn-summary")
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

    draw_map.click(knn_map, [dataset], [map_plot, map_text], api_name="knn_map", preprocess=False, **HEAVY)

    toy_inputs = [toy_classes, toy_points, toy_k, toy_metric, toy_seed]
    gr.on([toy_classes.release, toy_points.release, toy_k.release, toy_metric.input, toy_seed.submit],
          knn_toy_regions, toy_inputs, [toy_plot, toy_caption], api_name="knn_toy", preprocess=False,
          trigger_mode="always_last", **heavy)
    toy_new.click(None, toy_seed, toy_seed, js=_next_seed_js(), trigger_mode="multiple", queue=False).then(
        knn_toy_regions, toy_inputs, [toy_plot, toy_caption], api_visibility="private", preprocess=False,
        trigger_mode="always_last", **heavy)
    on_tab_open(knn_toy_regions, toy_inputs, [toy_plot, toy_caption], preprocess=False, **heavy)

    run_scaling.click(knn_scaling_run, [dim, max_n, budget, recall_k, nprobe, hnsw_m, ef_search],
                      [scaling_plot, measured, world], api_name="knn_scaling", preprocess=False,
                      **HEAVY)
    # A link sets these before the tab opens; the search above is then made with them.
    toy_and_scaling = [*toy_inputs, dim, max_n, budget, recall_k]
    return Linkable(FORM, dict(zip(FORM.names, [*settings, index, max_k, *toy_and_scaling])))
