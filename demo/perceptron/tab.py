"""Perceptron tab: one fully connected layer over every pixel, its templates, its score, and why it
fails when the digit moves."""

import gradio as gr
import numpy as np
import pandas as pd

from demo.classify import digits
from demo.perceptron import model as perceptron
from demo.perceptron import figures
from demo.perceptron import robustness
from demo.perceptron import adversarial as fooling
from demo.perceptron.form import CHOSEN, FORM, TOP
from demo.base import visual
from demo.base.data import list_datasets, load_dataset
from demo.i18n import say
from demo.base.images import open_image
from demo.web.common import (Picture, file_path, friendly, on_tab_open, picture_file, progress_bar, read_sketch,
                             reveal, sketchpad, t)
from demo.web.controls import control
from demo.web.page_links import Linkable
from demo.web.serving import HEAVY, IMAGES, SHORT, one_at_a_time

SEEN = 224  # pixels; 28x28 pictures are shown enlarged 8x
CANVAS, BRUSH = 280, 10  # the sketchpad, as in the Classify tab
PROBED = ("perceptron", "lenet5")  # shown side by side under the sliders


def _dataset_choices() -> list[tuple[str, str]]:
    return [(s.title, s.name) for s in list_datasets() if s.available]


@friendly
@one_at_a_time
def perceptron_templates(dataset, request: gr.Request = None, progress=gr.Progress()):
    """Dataset -> the perceptron's templates (one per class), the class means, a note. The bundled digits
    use the shipped perceptron; any other dataset trains one now (seconds, with progress)."""
    clf = perceptron.classifier_for(dataset, progress_bar(progress))
    means = perceptron.class_means(load_dataset(dataset))
    templates = [(picture_file(t), f"w_{c}") for t, c in zip(perceptron.template_pictures(clf), clf.classes)]
    mean_pics = [(picture_file(m), say("perceptron.caption.mean", label=c))
                 for m, c in zip(perceptron.mean_pictures(means), clf.classes)]
    note = say("perceptron.note.templates") + "  \n" + say(
        "perceptron.note.weights", source=clf.origin(), accuracy=f"{clf.test_accuracy:.1%}",
        weights=f"{clf.weight.shape[1]:,}", shape=" x ".join(map(str, clf.image_shape)))
    return templates, mean_pics, note


def _digit(digit, index) -> np.ndarray:
    """The uint8 (28, 28) digit: a picture (a 28x28 one is taken as it is), else test image `index`."""
    test_digit = digits.test_example(index)[0]  # `index` is checked even when a picture comes too
    path = file_path(digit)
    return test_digit if path is None else digits.digit_from_picture(open_image(path))


@friendly
def perceptron_scores(digit, index, chosen):
    """A digit (picture, or None: test image `index`) and a class ('top' or a label) -> the ten scores, the
    chosen class's evidence map w_c * x, and s = w.x + b written out for the top two classes.

    Args:
        digit: a picture of one digit (file; a 28x28 one is taken as already made MNIST's way), or None
        index: the test image (0-999) used when digit is None
        chosen: whose evidence map to draw: top, or a class 0-9
    """
    image28 = _digit(digit, index)
    clf = perceptron.shipped_classifier()
    sc = perceptron.scores(clf, image28)
    order = sc.order()
    c = int(order[0]) if chosen == TOP else perceptron.check_class(clf, chosen)
    evidence = sc.contribution_map(c, clf.image_shape[1:])
    limit = float(np.abs(evidence).max()) or 1.0
    text = "  \n".join(sc.formula(int(k)) for k in order[:2])
    text += "  \n" + say("perceptron.evidence", label=clf.classes[c], score=f"{sc.scores[c]:.2f}")
    return (figures.score_bars(clf.classes, sc.scores, c),
            picture_file(visual.enlarge(visual.diverging(evidence, limit=limit), SEEN)), text)


@friendly
def shift_probe(digit, index, dx, dy, rotation, scale):
    """A digit moved (shift in pixels, rotation in degrees, scale) -> the moved 28x28 picture, the
    perceptron's and LeNet-5's top-3, and every classifier's answer.

    Args:
        digit: a picture of one digit (file), or None for test image `index`
        index: the test image (0-999) used when digit is None
        dx: shift right in pixels, -8-8
        dy: shift down in pixels, -8-8
        rotation: degrees clockwise, -180-180
        scale: 0.5-2
    """
    result = robustness.probe(_digit(digit, index), dx, dy, rotation, scale)
    labels = [{str(k): float(p) for k, p in enumerate(result.probabilities[name]) if p > 0} for name in PROBED]
    rows = [say("perceptron.table.header"), "|---|---:|---:|"]
    for name, title in robustness.titles().items():
        label, confidence = result.top(name)
        rows.append(f"| {title} | **{label}** | {confidence:.0%} |")
    return (picture_file(visual.enlarge(result.moved, SEEN)), *labels, "\n".join(rows))


@friendly
@one_at_a_time
def shift_robustness(axis, request: gr.Request = None, progress=gr.Progress()):
    """'x', 'y', 'both' or 'rotation' -> test accuracy of every classifier against the move, and one
    sentence with the measured numbers."""
    curves = robustness.curves(axis, progress_bar(progress))
    figure = figures.robustness_chart(curves, robustness.titles(), say(robustness.AXIS_KEYS[axis]))
    return figure, curves.sentence()


@friendly
def adversarial(digit, index, network, target, epsilon, method, steps):
    """Fool a network: the digit changed by at most epsilon grey levels a pixel (captum's FGSM or PGD on `network`),
    and what every classifier says before and after; for the perceptron, its templates' difference and the score
    change, predicted and measured.

    Args:
        digit: a picture of one digit (file), or None for test image `index`
        index: the test image (0-999) used when digit is None
        network: the network attacked: perceptron, mlp, lenet5_noaug or lenet5
        target: the class to push it to, 0-9, or none (any other class)
        epsilon: the most a pixel may change, in grey levels, 0-64
        method: fgsm or pgd
        steps: PGD's steps, 1-40 (FGSM takes one)
    """
    a = fooling.attack(_digit(digit, index), network, method, epsilon, steps, target)
    names = robustness.titles()
    rows = [say("perceptron.adv.header"), "|---|---:|---:|"]
    for name, title in names.items():
        (was, p_was), (now, p_now) = a.answer(name, "before"), a.answer(name)
        rows.append(f"| {title} | {was} ({p_was:.0%}) | {f'**{now}**' if now != was else now} ({p_now:.0%}) |")
    (before, p_before), (after, p_after) = a.answer(a.network, "before"), a.answer(a.network)
    sentence = say("perceptron.adv.fooled" if a.fooled else "perceptron.adv.held", method=say(
        f"attacks.method.{a.method}"), network=names[a.network], eps=a.epsilon, share=f"{a.epsilon / 255:.0%}",
        before=before, p_before=f"{p_before:.0%}", after=after, p_after=f"{p_after:.0%}")
    templates = gr.Image(visible=False)
    if a.template_difference is not None:
        sentence += "  \n" + say("perceptron.adv.linear", agree=f"{a.sign_agreement:.0%}", t=a.towards, y=a.given,
                                 predicted=f"{a.predicted_gain:.2f}", allowed=f"{a.allowed_gain:.2f}",
                                 measured=f"{a.measured_gain:.2f}")
        templates = gr.Image(picture_file(visual.enlarge(visual.diverging(a.template_difference), SEEN)),
                             visible=True)
    change = visual.diverging(a.perturbation.astype(np.float32), limit=max(a.epsilon, 1))
    return (picture_file(visual.enlarge(a.original, SEEN)), picture_file(visual.enlarge(change, SEEN)),
            picture_file(visual.enlarge(a.adversarial, SEEN)), templates, "\n".join(rows), sentence)


@friendly
@one_at_a_time
def adversarial_robustness(request: gr.Request = None, progress=gr.Progress()):
    """Every test digit attacked (FGSM on each network itself): accuracy against epsilon, a line per network; the
    transfer table (an attack made on each network, seen by every classifier); one sentence with the numbers."""
    curves = fooling.curves(progress_bar(progress))
    names = robustness.titles()
    table = pd.DataFrame(curves.transfer, columns=[names[n] for n in robustness.MODELS]).map(lambda v: f"{v:.0%}")
    table.insert(0, say("perceptron.col.attacked_on", eps=fooling.TRANSFER_EPSILON),
                 [names[n] for n in robustness.NETWORKS])
    return (figures.adversarial_chart(curves, {n: names[n] for n in robustness.NETWORKS}),
            gr.Dataframe(table, visible=True), curves.sentence())


@friendly
def _test_digit(index):
    return picture_file(digits.test_example(index)[0])


@friendly
def _drawn_digit(sketch):
    picture = read_sketch(sketch)
    if picture is None or not digits.ink_map(picture).any():
        return None
    return picture_file(digits.prepare_digit(picture))


@friendly
def _uploaded_digit(image):
    return picture_file(digits.prepare_digit(open_image(file_path(image))))


def build_tab() -> Linkable:
    gr.Markdown(t("perceptron.md.intro"))

    gr.Markdown(t("perceptron.md.templates"))
    with gr.Row():
        dataset = control(FORM["dataset"], _dataset_choices(), scale=3, info=t("perceptron.info.dataset"))
        show = gr.Button(t("perceptron.button.show"), scale=1)
    templates = gr.Gallery(label=t("perceptron.label.templates"), columns=10, rows=1, height=150,
                           object_fit="contain", allow_preview=False, elem_id="perceptron-templates")
    means = gr.Gallery(label=t("perceptron.label.means"), columns=10, rows=1, height=150,
                       object_fit="contain", allow_preview=False, elem_id="perceptron-means")
    templates_note = gr.Markdown(elem_id="perceptron-templates-note")

    gr.Markdown(t("perceptron.md.score"))
    with gr.Row():
        with gr.Column(scale=1):
            with gr.Tabs():
                with gr.Tab(t("perceptron.tab.test"), id="perceptron-test"):
                    index = control(FORM["index"])
                with gr.Tab(t("perceptron.tab.draw"), id="perceptron-draw"):
                    sketch = sketchpad(label=t("perceptron.label.sketch"), canvas_size=(CANVAS, CANVAS),
                                       fixed_canvas=True,
                                       brush=gr.Brush(default_size=BRUSH, colors=["#000000"], color_mode="fixed"),
                                       type="pil", image_mode="RGBA", format="png", layers=False,
                                       elem_id="perceptron-sketchpad")
                with gr.Tab(t("perceptron.tab.upload"), id="perceptron-upload"):
                    upload = Picture(label=t("perceptron.label.upload"), type="filepath", image_mode=None,
                                     sources=["upload", "clipboard"], format="png")
            digit = Picture(label=t("perceptron.label.digit"), type="filepath", interactive=False,
                            height=SEEN, elem_id="perceptron-digit")
        with gr.Column(scale=2):
            score_plot = gr.Plot(label=t("perceptron.label.scores"), elem_id="perceptron-scores")
            chosen = control(FORM["chosen"], [(t("perceptron.choice.top"), TOP), *CHOSEN[1:]])
            with gr.Row():
                evidence = gr.Image(label=t("perceptron.label.evidence"), interactive=False, height=SEEN,
                                    elem_id="perceptron-evidence")
                formula = gr.Markdown(elem_id="perceptron-formula")

    gr.Markdown(t("perceptron.md.failure"))
    with gr.Row():
        dx, dy, rotation, scale = (control(FORM[name]) for name in ("dx", "dy", "rotation", "scale"))
    with gr.Row():
        moved = gr.Image(label=t("perceptron.label.moved"), interactive=False, height=SEEN, elem_id="probe-moved",
                         scale=2, min_width=200)
        probe_perceptron = gr.Label(label=t("perceptron.label.perceptron"), num_top_classes=3,
                                    elem_id="probe-perceptron", scale=2, min_width=160)
        probe_lenet = gr.Label(label="LeNet-5", num_top_classes=3, elem_id="probe-lenet5", scale=2, min_width=160)
        probe_table = gr.Markdown(elem_id="probe-table", scale=3, min_width=300)

    gr.Markdown(t("perceptron.md.robustness"))
    axis = control(FORM["axis"], [(t(key), axis) for axis, key in robustness.AXIS_KEYS.items()])
    chart = gr.Plot(label=t("perceptron.label.chart"), elem_id="robustness-chart")
    sentence = gr.Markdown(elem_id="robustness-sentence")

    gr.Markdown(t("perceptron.md.fool"))
    with gr.Row():
        network = control(FORM["attack_network"], [(t(robustness.MODEL_KEYS[n]), n) for n in robustness.NETWORKS])
        target = control(FORM["attack_target"], [(t("perceptron.choice.no_target"), fooling.NONE),
                                                 *fooling.TARGETS[1:]])
        method = control(FORM["attack_method"], [(t(f"attacks.method.{m}"), m) for m in fooling.METHODS])
    with gr.Row():
        epsilon, steps = (control(FORM[name], min_width=240) for name in ("epsilon", "attack_steps"))
        fool = gr.Button(t("perceptron.button.fool"), variant="primary", elem_id="adv-fool")
    adv_sentence = gr.Markdown(elem_id="adv-sentence")
    with gr.Row():
        adv_original = gr.Image(label=t("perceptron.label.adv_original"), interactive=False, height=SEEN,
                                elem_id="adv-original", min_width=160)
        adv_change = gr.Image(label=t("perceptron.label.adv_change"), interactive=False, height=SEEN,
                              elem_id="adv-change", min_width=160)
        adv_image = gr.Image(label=t("perceptron.label.adv_image"), interactive=False, height=SEEN,
                             elem_id="adv-image", min_width=160)
        adv_templates = gr.Image(label=t("perceptron.label.adv_templates"), interactive=False, height=SEEN,
                                 elem_id="adv-templates", min_width=160, visible=False)  # the perceptron's only
    adv_table = gr.Markdown(elem_id="adv-table")
    gr.Markdown(t("perceptron.md.adv_curves"))
    adv_run = gr.Button(t("perceptron.button.adv_curves"), elem_id="adv-curves-button")
    adv_chart = gr.Plot(label=t("perceptron.label.adv_chart"), elem_id="adv-chart")
    adv_transfer = gr.Dataframe(label=t("perceptron.label.adv_transfer"), interactive=False, elem_id="adv-transfer",
                                visible=False)  # shown once measured
    adv_curves_sentence = gr.Markdown(elem_id="adv-curves-sentence")

    # Public events first: a private event registered earlier would take the function's name.
    score_inputs, score_outputs = [digit, index, chosen], [score_plot, evidence, formula]
    probe_inputs = [digit, index, dx, dy, rotation, scale]
    probe_outputs = [moved, probe_perceptron, probe_lenet, probe_table]
    gr.on([show.click, dataset.input], perceptron_templates, dataset, [templates, means, templates_note],
          api_name="perceptron_templates", preprocess=False, **HEAVY)
    chosen.input(perceptron_scores, score_inputs, score_outputs, api_name="perceptron_scores", preprocess=False,
                 show_progress="hidden", **SHORT)
    reveal(gr.on([s.input for s in (dx, dy, rotation, scale)], shift_probe, probe_inputs, probe_outputs,
                 api_name="shift_probe", preprocess=False, trigger_mode="always_last", show_progress="hidden", **SHORT),
           "probe-moved")
    axis.input(shift_robustness, axis, [chart, sentence], api_name="shift_robustness", preprocess=False, **HEAVY)
    adv_inputs = [digit, index, network, target, epsilon, method, steps]
    adv_outputs = [adv_original, adv_change, adv_image, adv_templates, adv_table, adv_sentence]
    reveal(gr.on([fool.click, network.input, target.input, method.input, epsilon.release, steps.release],
                 adversarial, adv_inputs, adv_outputs, api_name="adversarial", preprocess=False,
                 trigger_mode="always_last", show_progress="hidden", **IMAGES), "adv-sentence")
    adv_run.click(adversarial_robustness, None, [adv_chart, adv_transfer, adv_curves_sentence],
                  api_name="adversarial_robustness", **HEAVY)

    # A new digit (test image, drawing, upload) -> the digit picture, then its scores and its probe.
    private = dict(preprocess=False, show_progress="hidden", api_visibility="private", **SHORT)
    for event, fn, source in ((index.release, _test_digit, index), (sketch.change, _drawn_digit, sketch),
                              (upload.upload, _uploaded_digit, upload)):
        scored = event(fn, source, digit, **private).then(perceptron_scores, score_inputs, score_outputs, **private)
        reveal(scored, "perceptron-scores").then(shift_probe, probe_inputs, probe_outputs, **private).then(
            adversarial, adv_inputs, adv_outputs, **{**private, **IMAGES})

    on_tab_open(perceptron_templates, [dataset], [templates, means, templates_note], preprocess=False, **SHORT)
    on_tab_open(_first_scores, score_inputs, [digit, *score_outputs], preprocess=False, **SHORT)
    on_tab_open(shift_probe, probe_inputs, probe_outputs, preprocess=False, **SHORT)
    on_tab_open(shift_robustness, [axis], [chart, sentence], preprocess=False, **HEAVY)
    on_tab_open(adversarial, adv_inputs, adv_outputs, preprocess=False, **IMAGES)
    # A link sets these before the tab opens; the first looks above are then made with them.
    return Linkable(FORM, dict(zip(FORM.names, [dataset, index, chosen, dx, dy, rotation, scale, axis, network,
                                                target, epsilon, method, steps])))


def _first_scores(digit, index, chosen):
    """The first look: test image `index` as the digit, and its scores."""
    return (_test_digit(index), *perceptron_scores(None, index, chosen))
