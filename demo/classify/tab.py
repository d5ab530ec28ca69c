"""Classify tab: digits (draw, upload or pick one; the perceptron and LeNet-5 side by side) and
photographs (AlexNet and a VGG side by side, Grad-CAM and occlusion, the photo shifted and cropped, the photo
changed invisibly until a network says another class)."""

import gradio as gr
import numpy as np
from gradio.context import Context

from demo.classify import adversarial as fooling
from demo.classify import digits
from demo.nets import imagenet
from demo.classify import photos
from demo.classify import saliency
from demo.base import visual
from demo.base.data import load_dataset, title_of
from demo.base.errors import InputError, one_of
from demo.i18n import TABLES, say
from demo.base.images import load_rgb, open_image
from demo.classify.figures import probability_bars
from demo.classify.form import FORM
from demo.web.common import (Picture, file_path, friendly, on_tab_open, picture_file, progress_bar, read_sketch,
                             reveal, sketchpad, t)
from demo.train import sessions
from demo.web.folding import fold_mark, next_mark, when_unfolded
from demo.web.memory import SessionMemory
from demo.web.controls import control
from demo.web.page_links import Linkable
from demo.web.serving import HEAVY, IMAGES, SHORT, at_once, one_at_a_time
from demo.nets.weights import read_card

SEEN_SIZE = 224  # pixels; the 28x28 input is shown enlarged with visible pixels
CANVAS = 280  # pixels, the sketchpad (10x MNIST)
BRUSH = 10  # pixels (radius); MNIST strokes are about a tenth of the digit's height
GALLERY_PER_CLASS = 2
NONE = "none"  # no network of the student's own beside the shipped two
NO_RESULT = (None, None, None, "", None, None)
SHOWN_KEPT = 1_024  # pages whose digit on show is remembered (784 bytes each), for a new choice of network
_SHOWN = SessionMemory(SHOWN_KEPT, SHOWN_KEPT * 1_024, lambda shown: shown[0].nbytes)  # the digit each page shows


def _show(request: gr.Request | None, shown: tuple[np.ndarray, int | None] | None) -> None:
    """Remember the page's digit on show (None: the canvas was cleared, nothing is shown)."""
    _SHOWN.put(request, shown)
TITLES = {"perceptron": "classify.model.perceptron"}  # shipped cards whose title has words to translate


def _yours(network, request: gr.Request | None):
    """The session's run that `network` names ("run 3"), or None for "none"."""
    if network == NONE:
        return None
    runs = {_run_name(r): r for r in sessions.runs(request)}
    if isinstance(network, str) and network in runs:
        return runs[network]
    if isinstance(network, str) and network.startswith("run ") and len(network) < 20:
        raise InputError(say("classify.err.no_such_run", run=network))
    if not runs:
        raise InputError(say("classify.err.no_runs"))
    one_of(network, [NONE, *runs], say("classify.name.network"))  # the sentence for any other value


def _run_name(run) -> str:
    return f"run {run.number}"


def _title(p: digits.Prediction) -> str:
    """A model's title in the page's language: a shipped card's own title as demo/i18n words it."""
    key = TITLES.get(p.model)
    return say(key) if key is not None and TABLES["en"][key] == p.title else p.title


def _results(image28: np.ndarray, truth: int | None = None, network=NONE, request: gr.Request | None = None):
    """Outputs for one 28x28 image (and its true class, if known): seen image, the shipped models' labels, a
    summary, the plot and the session network's label (when one is chosen). The image is remembered for the
    page, to classify again when the student chooses another network."""
    run = _yours(network, request)
    preds = digits.classify(image28)
    if run is not None:
        title = say("classify.run.title", number=run.number, label=run.settings.label())
        preds.append(digits.classify_trained(image28, run.model, {**run.card(), "title": title}))
    labels = [{c: p for c, p in pred.top(3)} for pred in preds]
    lines = [say("classify.summary.line", title=_title(p), label=p.top(1)[0][0], probability=f"{p.top(1)[0][1]:.1%}",
                 ms=f"{p.latency_ms:.2f}", device=p.device) for p in preds]
    verdicts = {p.top(1)[0][0] for p in preds}
    if truth is not None:
        lines.append(say("classify.summary.truth", truth=truth))
    elif len(verdicts) > 1:
        lines.append(say("classify.summary.disagree"))
    plot = probability_bars([(p.model, _title(p), p.classes, p.probabilities) for p in preds])
    yours = labels[2] if run is not None else None
    _show(request, (image28, truth))
    return (picture_file(visual.enlarge(image28, SEEN_SIZE)), labels[0], labels[1], "  \n".join(lines), plot,
            yours)


@friendly
def classify_digit(image, network=NONE, request: gr.Request = None):
    """Classify an uploaded picture of one digit with the perceptron and LeNet-5 (and a network trained in this
    session, if `network` names one: "run N").

    Args:
        image: a picture of one handwritten digit (any size; dark on light or light on dark).
        network: "none", or "run N": one of this session's runs in the Train tab, classifying beside the others.
    """
    return _results(digits.prepare_digit(open_image(file_path(image))), None, network, request)


@friendly
def classify_sketch(sketch, network=NONE, request: gr.Request = None):
    """Classify a drawing of one digit with the perceptron and LeNet-5, as `classify_digit`; an empty canvas
    clears the outputs.

    Args:
        sketch: the sketchpad's value, {"background": null, "layers": [], "composite": the drawing (file)}
        network: "none", or "run N": one of this session's runs in the Train tab, classifying beside the others.
    """
    picture = read_sketch(sketch)
    if picture is None:
        _show(request, None)
        return NO_RESULT
    ink = digits.ink_map(picture)
    if not ink.any():
        _show(request, None)
        return None, None, None, say("classify.summary.empty_sketch"), None, None
    return _results(digits.mnist_style(ink), None, network, request)


@friendly
def classify_test_example(index, network=NONE, request: gr.Request = None):
    """Classify image number `index` of the bundled MNIST test split (its true label is given too).

    Args:
        index: the test image's number, 0 to 999.
        network: "none", or "run N": one of this session's runs in the Train tab, classifying beside the others.
    """
    return _results(*digits.test_example(index), network, request)


@friendly
def _reclassify(network, request: gr.Request = None):
    """The digit on show again, after the student chose another network of theirs."""
    shown = _SHOWN.get(request)
    if shown is None:
        return (gr.skip(),) * len(NO_RESULT)
    return _results(*shown, network, request)


def _network_choices(request: gr.Request = None):
    """The choice of the student's own networks: this session's runs on MNIST-style digits."""
    runs = [r for r in sessions.runs(request) if tuple(r.data.image_shape) == (1, 28, 28)]
    choices = [("—", NONE)] + [(say("classify.choice.run", number=r.number, label=r.settings.label(),
                                    dataset=title_of(r.data.name), accuracy=f"{r.test_accuracy:.1%}"), _run_name(r))
                               for r in runs]
    return gr.Dropdown(choices=choices)


def _yours_shown(network, request: gr.Request = None):
    """The label of the student's own network is shown while one of the page's runs is chosen."""
    return gr.Label(visible=network in {_run_name(r) for r in sessions.runs(request)})


def _picked(evt: gr.SelectData) -> int:
    """The test-split number of the gallery image that was clicked (its caption, '#123')."""
    return int(evt.value["caption"].lstrip("#"))


def _gallery():
    """A few test digits per class, with their index in the test split as caption."""
    data = load_dataset()
    picks = [i for c in range(10) for i in np.flatnonzero(data.test_labels == c)[:GALLERY_PER_CLASS]]
    return [(255 - data.test_images[i, 0], f"#{i}") for i in picks]  # dark ink, like the sketchpad


def _model_cards() -> str:
    """The shipped classifiers' cards as a table: its header row is translated (a key), the rows are data."""
    rows = [f"| {card['title']} | {card['parameters']:,} | {card['test_accuracy']:.1%} | {card['epochs_run']} | "
            f"{card['wall_seconds']:.0f} s | {card['device']} |" for card in map(read_card, digits.CLASSIFIERS)]
    return t("classify.md.cards_header") + "\n" + "\n".join(rows)


def _digits_part() -> Linkable:
    """The digits: a sketchpad, an upload, the test split; the two classifiers side by side."""
    gr.Markdown(t("classify.md.digits"))
    with gr.Row():
        with gr.Column(scale=1):
            with gr.Tabs():
                with gr.Tab(t("classify.tab.draw"), id="draw"):
                    sketch = sketchpad(
                        label=t("classify.label.sketch"), canvas_size=(CANVAS, CANVAS), fixed_canvas=True,
                        brush=gr.Brush(default_size=BRUSH, colors=["#000000"], color_mode="fixed"),
                        type="pil", image_mode="RGBA", format="png", layers=False,
                        elem_id="digit-sketchpad")
                with gr.Tab(t("classify.tab.upload"), id="upload"):
                    upload = Picture(label=t("classify.label.upload"), type="filepath", image_mode=None,
                                      sources=["upload", "clipboard"], format="png", elem_id="digit-upload")
                with gr.Tab(t("classify.tab.test"), id="test") as test_tab:
                    gallery = gr.Gallery(_gallery(), label=t("classify.label.gallery"), columns=10,
                                         height="auto", allow_preview=False, elem_id="digit-gallery")
                    index = control(FORM["index"])
            # The answer in words right under the drawing: where a student looks, on a phone too.
            summary = gr.Markdown(elem_id="digit-summary")
        with gr.Column(scale=1):
            network = gr.Dropdown([("—", NONE)], value=NONE, allow_custom_value=True, elem_id="digit-network",
                                  label=t("classify.label.network"))
            with gr.Row():
                seen = gr.Image(label=t("classify.label.seen"), interactive=False, height=SEEN_SIZE,
                                width=SEEN_SIZE, format="png", elem_id="digit-seen")
                with gr.Column():
                    perceptron = gr.Label(label=t("classify.label.perceptron"), num_top_classes=3,
                                          elem_id="label-perceptron")
                    lenet = gr.Label(label="LeNet-5", num_top_classes=3, elem_id="label-lenet5")
                    yours = gr.Label(label=t("classify.name.network"), num_top_classes=3, elem_id="label-yours",
                                     visible=False)
            gr.Markdown(t("classify.md.prepared"))
            plot = gr.Plot(label=t("classify.label.plot"), elem_id="digit-plot")
    with gr.Accordion(t("classify.accordion.models"), open=False):
        gr.Markdown(_model_cards())
        gr.Markdown(t("classify.md.cards_note"))

    outputs = [seen, perceptron, lenet, summary, plot, yours]
    common = dict(outputs=outputs, **SHORT, preprocess=False)
    reveal(sketch.change(**{**common, **at_once(classify_sketch, outputs)}, inputs=[sketch, network],
                         api_name="classify_sketch", trigger_mode="always_last", show_progress="hidden"),
           "digit-summary")
    reveal(upload.upload(**{**common, **at_once(classify_digit, outputs)}, inputs=[upload, network],
                         api_name="classify_digit"), "digit-summary")
    reveal(index.release(**{**common, **at_once(classify_test_example, outputs)}, inputs=[index, network],
                         api_name="classify_test_example"), "digit-summary")
    reveal(gallery.select(_picked, None, index, api_visibility="private", show_progress="hidden", queue=False
                          ).then(classify_test_example, [index, network], api_visibility="private", **common),
           "digit-summary")
    network.focus(_network_choices, None, network, api_visibility="private", show_progress="hidden", queue=False)
    network.input(_reclassify, [network], api_visibility="private", trigger_mode="always_last", **common)
    network.input(_yours_shown, network, yours, api_visibility="private", show_progress="hidden", queue=False)
    # A link to a test image opens the test split and classifies it.
    return Linkable(FORM, dict(index=index), sections=[(test_tab, ("index",))], refresh=[
        (("index",), dict(fn=classify_test_example, inputs=[index, network], **common))])


# ---- photographs ------------------------------------------------------------------------------

PHOTO_BATCH = 8  # photos classified in one forward pass when a class asks at once (gradio's max_batch_size)
PHOTO_SIZE = 224  # pixels, the view shown as the networks see it
VGG_CHOICES = [(imagenet.title(name), name) for name in photos.VGGS]
NETWORK_CHOICES = [(imagenet.title(name), name) for name in photos.NETWORKS]
PHOTO_NAMES = {"cat": "classify.photo.cat", "coffee": "classify.photo.coffee", "rocket": "classify.photo.rocket",
               "astronaut": "classify.photo.astronaut"}  # the bundled photos' names on the page


def _view(image, photo, shift_x, shift_y, crop) -> np.ndarray:
    """The uint8 (224, 224, 3) view of the upload (or of the bundled `photo` when there is none)."""
    settings = photos.check_view(shift_x, shift_y, crop)
    one_of(photo, photos.PHOTOS, "classify.name.bundled_photo")
    path = file_path(image)
    return photos.view(photos.bundled(photo) if path is None else load_rgb(path), *settings)


def _why_not(names, problems: dict[str, str]) -> list[str]:
    """One sentence for the networks without weights (the section's own when none has them), one per wrong
    weights file."""
    absent = [n for n in names if n in problems and photos.missing(n)]
    if absent and len(absent) == len(names):
        return [photos.offline(names)]
    return ([imagenet.how_to_get(*absent)] if absent else []) + [problems[n] for n in names
                                                                 if n in problems and n not in absent]


def _line(p: photos.Prediction) -> str:
    batch = say("classify.photo.batch", count=p.batch) if p.batch > 1 else ""
    return say("classify.photo.line", title=p.title, label=p.classes[0], probability=f"{p.probabilities[0]:.1%}",
               ms=f"{p.latency_ms:.0f}", device=p.device, precision=p.precision, batch=batch)


def _photo_outputs(picture: np.ndarray, vgg: str, found: dict[str, photos.Prediction], problems: dict[str, str]):
    """(seen, AlexNet label, VGG label, summary, plot) for one classified view."""
    names = (photos.ALEXNET, vgg)
    shown = [found[n] for n in names if n in found]
    labels = [dict(zip(found[n].classes, found[n].probabilities)) if n in found else None for n in names]
    lines = [_line(p) for p in shown] + _why_not(names, problems)
    plot = photos.top5_figure(shown) if shown else None
    return picture_file(picture), labels[0], labels[1], "  \n".join(lines), plot


@friendly
def classify_image(image, photo, vgg, shift_x, shift_y, crop):
    """Classify a photo into ImageNet's 1,000 classes with AlexNet and a VGG side by side -> the 224x224 view
    they take, each network's top-5, a summary (latency, device), a plot of both top-5s.

    Args:
        image: a photo (file), or None for the bundled `photo`
        photo: the bundled photo used when image is None: cat, coffee, rocket or astronaut
        vgg: the VGG beside AlexNet: vgg11, vgg13, vgg16, vgg19, or one of those + _bn
        shift_x: pixels the 224x224 view moves right, -112-112 (what it uncovers is the mean colour)
        shift_y: pixels the view moves down, -112-112
        crop: percent of the photo's width and height kept around its centre, 20-100
    """
    # gradio's batch: each argument is a list, one entry per waiting request; one list per output comes
    # back. All the views go through AlexNet in one forward pass, and through each VGG asked for. A
    # request whose input is refused does not fail the others: alone in its batch it gets its sentence as
    # an error; beside others it gets empty outputs with the sentence as its summary.
    requests = list(zip(image, photo, vgg, shift_x, shift_y, crop))
    views, refused = {}, {}
    for i, (one_image, one_photo, one_vgg, *settings) in enumerate(requests):
        try:
            one_of(one_vgg, photos.VGGS, "classify.name.vgg")
            views[i] = _view(one_image, one_photo, *settings)
        except InputError as e:
            refused[i] = e
    if not views:
        raise next(iter(refused.values()))
    rows = sorted(views)
    found, problems = photos.classify([views[i] for i in rows], [(photos.ALEXNET, requests[i][2]) for i in rows])
    answers = {i: _photo_outputs(views[i], requests[i][2], f, problems) for i, f in zip(rows, found)}
    empty = lambda e: (None, None, None, str(e), None)  # noqa: E731
    return tuple(zip(*[answers[i] if i in answers else empty(refused[i]) for i in range(len(requests))]))


def _first_photo_look(photo, vgg, shift_x, shift_y, crop):
    """The Photos tab's first look: the bundled photo through AlexNet and the VGG (one request)."""
    return tuple(column[0] for column in classify_image([None], [photo], [vgg], [shift_x], [shift_y], [crop]))


def _explained(heat: saliency.Heat) -> dict:
    """The fields every sentence about a heat map fills: the network, the class, its rank and the time."""
    own = say("classify.cam.own_top") if heat.rank == 1 else say("classify.cam.own_rank", rank=heat.rank)
    return dict(title=heat.title, label=heat.label, own=own, probability=f"{heat.probability:.1%}",
                ms=f"{heat.seconds * 1000:.0f}")


@friendly
def grad_cam(image, photo, vgg, shift_x, shift_y, crop, rank, class_name):
    """Grad-CAM (Selvaraju et al. 2017) of AlexNet's and the VGG's last convolution for a class: where each
    network looks, as two overlays on the view, and a summary.

    Args:
        image: a photo (file), or None for the bundled `photo`
        photo: the bundled photo used when image is None: cat, coffee, rocket or astronaut
        vgg: the VGG beside AlexNet: vgg11, vgg13, vgg16, vgg19, or one of those + _bn
        shift_x: pixels the 224x224 view moves right, -112-112
        shift_y: pixels the view moves down, -112-112
        crop: percent of the photo's width and height kept around its centre, 20-100
        rank: explain each network's own n-th class, 1-5
        class_name: or one class for both: its name, a word of it, or its number 0-999; blank uses rank
    """
    one_of(vgg, photos.VGGS, "classify.name.vgg")
    saliency.check_class(rank, class_name)
    picture = _view(image, photo, shift_x, shift_y, crop)
    overlays, lines, problems = [], [], {}
    for name in (photos.ALEXNET, vgg):
        try:
            heat = saliency.grad_cam(picture, name, rank, class_name)
        except InputError as e:  # no weights, or a wrong file: the other network still answers
            overlays.append(None)
            problems[name] = str(e)
            continue
        overlays.append(picture_file(visual.overlay(picture, heat.heat)))
        h, w = heat.coarse.shape
        lines.append(say("classify.cam.summary", h=h, w=w, **_explained(heat)))
    if lines:  # a network without weights beside one that answered: the top-5's summary has said so
        problems = {n: e for n, e in problems.items() if not photos.missing(n)}
    return overlays[0], overlays[1], "  \n".join(lines + _why_not((photos.ALEXNET, vgg), problems))


@friendly
@one_at_a_time
def occlusion(image, photo, network, shift_x, shift_y, crop, rank, class_name, patch, stride,
              request: gr.Request = None, progress=gr.Progress()):
    """Occlusion sensitivity of one network for a class: an overlay, the probability at each position, a summary."""
    one_of(network, photos.NETWORKS, "classify.name.photo_network")
    saliency.check_occlusion(patch, stride)
    saliency.check_class(rank, class_name)
    picture = _view(image, photo, shift_x, shift_y, crop)
    if photos.missing(network):
        return None, None, imagenet.how_to_get(network)
    heat = saliency.occlusion(picture, network, patch, stride, rank, class_name, progress=progress_bar(progress))
    x, y, worst = saliency.worst_square(heat, patch, stride)
    text = say("classify.occlusion.summary", patch=int(patch), stride=int(stride), positions=heat.coarse.size,
               x=x, y=y, worst=f"{worst:.1%}", **_explained(heat))
    return (picture_file(visual.overlay(picture, np.clip(heat.heat, 0, None))),
            saliency.occlusion_figure(heat, int(patch), int(stride)), text)


@friendly
@one_at_a_time
def adversarial_photo(image, photo, vgg, shift_x, shift_y, crop, network, target, epsilon, method, steps,
                      request: gr.Request = None):
    """Fool an ImageNet network: the photo's view changed by at most epsilon grey levels a pixel (captum's FGSM or
    PGD on `network`) -> the view, the change amplified, the changed view, AlexNet's and the VGG's top class
    before and after, a sentence.

    Args:
        image: a photo (file), or None for the bundled `photo`
        photo: the bundled photo used when image is None: cat, coffee, rocket or astronaut
        vgg: the VGG beside AlexNet: vgg11, vgg13, vgg16, vgg19, or one of those + _bn
        shift_x: pixels the 224x224 view moves right, -112-112
        shift_y: pixels the view moves down, -112-112
        crop: percent of the photo's width and height kept around its centre, 20-100
        network: the network attacked: alexnet, or a VGG
        target: the class to push it to (a name, a word of it, or its number 0-999); blank: any other class
        epsilon: the most a pixel may change, in grey levels, 0-16
        method: fgsm or pgd
        steps: PGD's steps, 1-20 (FGSM takes one)
    """
    one_of(vgg, photos.VGGS, "classify.name.vgg")
    network, method, epsilon, steps = fooling.check(network, method, epsilon, steps)
    picture = _view(image, photo, shift_x, shift_y, crop)
    if photos.missing(network):
        return None, None, None, "", imagenet.how_to_get(network)
    a = fooling.attack(picture, network, vgg, method, epsilon, steps, target)
    rows = [say("classify.adv.header"), "|---|---|---|"]
    for name, was in a.before.items():
        now = a.after[name]
        changed = now.indices[0] != was.indices[0]
        rows.append(f"| {was.title} | {was.classes[0]} ({was.probabilities[0]:.0%}) | "
                    f"{f'**{now.classes[0]}**' if changed else now.classes[0]} ({now.probabilities[0]:.0%}) |")
    was, now = a.before[network], a.after[network]
    sentence = say("classify.adv.fooled" if a.fooled else "classify.adv.held", method=say(f"attacks.method.{method}"),
                   network=was.title, eps=epsilon, share=f"{epsilon / 255:.1%}", ms=f"{a.seconds * 1000:,.0f}",
                   before=was.classes[0], p_before=f"{was.probabilities[0]:.0%}", after=now.classes[0],
                   p_after=f"{now.probabilities[0]:.0%}")
    shown = tuple(dict.fromkeys((network, photos.ALEXNET, vgg)))
    return (picture_file(picture), picture_file(visual.amplified(a.perturbation, max(epsilon, 1))),
            picture_file(a.adversarial), "\n".join(rows), "  \n".join([sentence, *_why_not(shown, a.problems)]))


def _forget_upload():
    """A bundled photo was picked: the upload no longer applies."""
    return None


def _photo_panels(vgg, mark, opening=False):
    """Only what the weights at hand can fill is shown (demo.web.folding): each network's top-5 and Grad-CAM
    where it has weights, the chart and the "where does it look" section where one does; the summary says once
    why the rest is folded away. A few file checks, after every photo and on every opening of the section."""
    vgg = vgg if vgg in photos.VGGS else photos.DEFAULT_VGG
    alexnet, vgg_has = (photos.missing(name) is None for name in (photos.ALEXNET, vgg))
    folded = not (alexnet or vgg_has)
    return (gr.Label(visible=alexnet), gr.Label(visible=vgg_has), gr.Plot(visible=not folded),
            gr.Column(visible=not folded), gr.Image(visible=alexnet), gr.Image(visible=vgg_has),
            next_mark(mark, folded, opening))


def _photo_panels_opened(vgg, mark):
    return _photo_panels(vgg, mark, opening=True)


def _photo_again(image, photo, vgg, shift_x, shift_y, crop):
    """The photo on show classified again (the weights arrived while the page showed the section folded)."""
    return tuple(column[0] for column in classify_image([image], [photo], [vgg], [shift_x], [shift_y], [crop]))


def _photos_part() -> Linkable:
    """The photographs: input and settings, the two networks' top-5, Grad-CAM and occlusion."""
    gr.Markdown(t("classify.md.photos"))
    with gr.Row():
        with gr.Column(scale=1):
            image = Picture(label=t("classify.label.photo"), type="filepath", image_mode=None,
                            sources=["upload", "webcam", "clipboard"], format="png", height=260,
                            elem_id="photo-upload")
            photo = control(FORM["photo"], [(t(PHOTO_NAMES[name]), name) for name in photos.PHOTOS])
            vgg = control(FORM["vgg"], VGG_CHOICES)
            shift_x, shift_y, crop = (control(FORM[name]) for name in ("shift_x", "shift_y", "crop"))
        with gr.Column(scale=2):
            with gr.Row():
                seen = gr.Image(label=t("classify.label.photo_seen"), interactive=False, height=PHOTO_SIZE,
                                width=PHOTO_SIZE, format="png", elem_id="photo-seen")
                # Shown by _photo_panels when the section opens, for the networks that have weights.
                alexnet = gr.Label(label="AlexNet", num_top_classes=photos.TOP_K, elem_id="label-alexnet",
                                   visible=False)
                vgg_label = gr.Label(label="VGG", num_top_classes=photos.TOP_K, elem_id="label-vgg", visible=False)
            summary = gr.Markdown(elem_id="photo-summary")  # offline: the section's one sentence
            plot = gr.Plot(label=t("classify.label.top5"), elem_id="photo-plot", visible=False)
    # Grad-CAM and occlusion: folded away while no network has weights (_photo_panels).
    with gr.Column(visible=False, elem_id="photo-where") as where:
        gr.Markdown(t("classify.md.where"))
        with gr.Row():
            rank = control(FORM["rank"])
            class_name = control(FORM["class_name"], placeholder=t("classify.placeholder.class_name"))
            cam_button = gr.Button(t("classify.button.cam"), variant="primary", elem_id="photo-cam-button")
        with gr.Row():
            cam_alexnet = gr.Image(label=t("classify.label.cam_alexnet"), interactive=False, height=PHOTO_SIZE,
                                   format="png", elem_id="cam-alexnet", visible=False)
            cam_vgg = gr.Image(label=t("classify.label.cam_vgg"), interactive=False, height=PHOTO_SIZE,
                               format="png", elem_id="cam-vgg", visible=False)
        cam_summary = gr.Markdown(elem_id="cam-summary")
        with gr.Row():
            network = control(FORM["network"], NETWORK_CHOICES)
            patch, stride = control(FORM["patch"]), control(FORM["stride"])
            occlude_button = gr.Button(t("classify.button.occlude"), variant="primary", elem_id="occlusion-button")
        with gr.Row():
            occluded = gr.Image(label=t("classify.label.occluded"), interactive=False, height=PHOTO_SIZE,
                                format="png", elem_id="occlusion-overlay")
            occlusion_plot = gr.Plot(label=t("classify.label.occlusion_plot"),
                                     elem_id="occlusion-plot")
        occlusion_summary = gr.Markdown(elem_id="occlusion-summary")
        gr.Markdown(t("classify.md.fool"))
        with gr.Row():
            attacked = control(FORM["attack_network"], NETWORK_CHOICES)
            target = control(FORM["attack_target"], placeholder=t("classify.placeholder.class_name"))
            method = control(FORM["attack_method"], [(t(f"attacks.method.{m}"), m) for m in fooling.METHODS])
        with gr.Row():
            epsilon, steps = (control(FORM[name], min_width=240) for name in ("epsilon", "attack_steps"))
            fool = gr.Button(t("classify.button.fool"), variant="primary", elem_id="photo-adv-fool")
        adv_sentence = gr.Markdown(elem_id="photo-adv-sentence")
        with gr.Row():
            adv_original = gr.Image(label=t("classify.label.adv_original"), interactive=False, height=PHOTO_SIZE,
                                    format="png", elem_id="photo-adv-original", min_width=160)
            adv_change = gr.Image(label=t("classify.label.adv_change"), interactive=False, height=PHOTO_SIZE,
                                  format="png", elem_id="photo-adv-change", min_width=160)
            adv_image = gr.Image(label=t("classify.label.adv_image"), interactive=False, height=PHOTO_SIZE,
                                 format="png", elem_id="photo-adv-image", min_width=160)
        adv_table = gr.Markdown(elem_id="photo-adv-table")

    view_inputs = [image, photo, vgg, shift_x, shift_y, crop]
    outputs = [seen, alexnet, vgg_label, summary, plot]
    batched = dict(fn=classify_image, inputs=view_inputs, outputs=outputs, batch=True, max_batch_size=PHOTO_BATCH,
                   preprocess=False, **IMAGES)
    # .input: a drag, a key or a typed number; always_last: a drag asks for its last position only
    mark = fold_mark()
    panels = dict(fn=_photo_panels, inputs=[vgg, mark],
                  outputs=[alexnet, vgg_label, plot, where, cam_alexnet, cam_vgg, mark], queue=False,
                  show_progress="hidden", api_visibility="private")
    gr.on([image.input, vgg.input, shift_x.input, shift_y.input, crop.input], api_name="classify_image",
          trigger_mode="always_last", **batched).then(**panels)
    photo.input(_forget_upload, None, image, queue=False, show_progress="hidden", api_visibility="private"
                ).then(api_visibility="private", **batched).then(**panels)
    cam = dict(fn=grad_cam, inputs=[*view_inputs, rank, class_name], outputs=[cam_alexnet, cam_vgg, cam_summary],
               preprocess=False, **IMAGES)
    gr.on([cam_button.click, rank.input, class_name.submit], api_name="grad_cam", trigger_mode="always_last", **cam)
    occlude_button.click(occlusion, [image, photo, network, shift_x, shift_y, crop, rank, class_name, patch, stride],
                         [occluded, occlusion_plot, occlusion_summary], api_name="occlusion", preprocess=False,
                         **HEAVY)
    reveal(fool.click(adversarial_photo, [*view_inputs, attacked, target, epsilon, method, steps],
                      [adv_original, adv_change, adv_image, adv_table, adv_sentence], api_name="adversarial_photo",
                      preprocess=False, **HEAVY), "photo-adv-sentence")
    on_tab_open(_first_photo_look, [photo, vgg, shift_x, shift_y, crop], outputs, fresh=photos.present, **IMAGES)
    Context.block.select(**{**panels, "fn": _photo_panels_opened})  # every opening (on_tab_open's tab)
    mark.change(when_unfolded(_photo_again, len(outputs)), [mark, *view_inputs], outputs, preprocess=False,
                show_progress="hidden", api_visibility="private", **IMAGES)
    # A link sets these before the Photos tab opens; its first look above is then made with them.
    names = FORM.names[1:]
    return Linkable(FORM, dict(zip(names, [photo, vgg, shift_x, shift_y, crop, rank, class_name, network, patch,
                                           stride, attacked, target, epsilon, method, steps])))


def build_tab() -> Linkable:
    with gr.Tabs():
        with gr.Tab(t("classify.tab.digits"), id="digits", elem_id="classify-digits") as digits_tab:
            digit_links = _digits_part()
        with gr.Tab(t("classify.tab.photos"), id="photos", elem_id="classify-photos") as photos_tab:
            photo_links = _photos_part()
    return Linkable(FORM, {**digit_links.controls, **photo_links.controls}, refresh=digit_links.refresh,
                    sections=[(digits_tab, tuple(digit_links.controls)), *digit_links.sections,
                              (photos_tab, tuple(photo_links.controls))])
