"""Architectures tab: LeNet-5, AlexNet and VGG as layer tables, side by side, and why 3x3 and LRN."""

import gradio as gr

from demo.base import config
from demo.architectures import normalisation
from demo.architectures import figures
from demo.architectures.form import FORM, INPUT_SIZE
from demo.base import visual
from demo import layers as arch
from demo.cnn.backbones import network_picture
from demo.i18n import say
from demo.web.common import (Picture, file_path, fill_on_page_load, friendly, on_tab_open, picture_file,
                             preset_choices, reveal, t)
from demo.web.controls import control
from demo.web.page_links import Linkable
from demo.web.serving import IMAGES, SHORT, at_once

SIDE_BY_SIDE = ["lenet5", "alexnet-paper", "alexnet", "vgg16"]
VGG_COMPARED = [f"vgg{d}" for d in arch.VGG_CFGS] + ["vgg16_bn"]  # the slide's configurations A-E, and D with BN
PRESET_CHOICES = preset_choices()
DEFAULT_PRESET = FORM["preset"].default


def _own_stack() -> str:
    """The note once the stack is not the preset's, in the page's language."""
    return f"*{say('architectures.note.own')}*"


def _layer_table(report, flops: bool) -> dict:
    """The layer-by-layer table of a report, its column names in the page's language."""
    return {"headers": arch.in_language(arch.table_headers(flops)), "data": arch.table_rows(report, flops)}


@friendly
def architecture(preset, stack="", channels=None, height=None, width=None, unit="MACs"):
    """Layer-by-layer table of a network (a preset, or a stack in the notation) -> the table (output shape,
    parameters, MACs or FLOPs, receptive field, jump, padding), the totals, two bar charts.

    A blank stack means the preset; blank sizes mean the preset's own input (or 3x224x224 for a stack).

    Args:
        preset: lenet5, alexnet-paper, alexnet, vgg11, vgg13, vgg16, vgg19, or one of those VGGs + _bn
        stack: layers in the notation, e.g. "conv3-64/p1, relu, pool2, fc10"; when not blank it replaces preset
        channels: input channels, 1-4096, or blank for the preset's own input
        height: input height, 1-4096, or blank
        width: input width, 1-4096, or blank
        unit: MACs or FLOPs (FLOPs = 2 x MACs)
    """
    report = arch.report_for(preset, stack, arch.input_shape(channels, height, width))
    flops = unit == "FLOPs"
    params_fig, compute_fig = arch.figures.layer_bars(report, flops)
    return _layer_table(report, flops), arch.summary(report, flops), params_fig, compute_fig


def _fill_preset(preset):
    p = arch.PRESETS[preset]
    return *p.form, f"*{p.note}*"


def _linked_note(preset, stack):
    """A link set the form: the preset's note, unless the stack is not the preset's."""
    p = arch.PRESETS.get(preset)
    return _fill_preset(preset)[-1] if p is not None and (stack or "").strip() == p.stack else _own_stack()


@friendly
def vgg_argument(n, channels):
    """n stacked 3x3 convolutions vs one (2n+1)x(2n+1) on C channels (Simonyan & Zisserman 2015) -> a table of
    receptive field, weights and non-linearities, a sentence, a plot of weights against n.

    Args:
        n: stacked 3x3 convolutions, 1-8
        channels: channels C in and out, 16-1024
    """
    a = arch.vgg_argument(n, channels)
    return *_vgg_words(a), arch.figures.vgg_argument_plot(arch.vgg_argument_curve(a["channels"]))


def _vgg_words(a: dict) -> tuple[dict, str]:
    """The VGG argument's numbers (demo.layers.vgg_argument) -> its table and its sentence, in the page's language."""
    n, side = a["n"], 2 * a["n"] + 1
    rows = [[say("architectures.col.rf"), f"{a['stack_rf']} x {a['stack_rf']}", f"{a['single_rf']} x {a['single_rf']}"],
            [say("architectures.row.weights"), f"9nC² = {a['stack_params']:,}", f"(2n+1)²C² = {a['single_params']:,}"],
            [say("architectures.row.nonlinearities"), str(a["stack_nonlinearities"]), str(a["single_nonlinearities"])]]
    text = say("architectures.vgg.text", saving=f"{a['saving']:.0%}", n=n)
    headers = ["", say("architectures.col.stacked", n=n), say("architectures.col.single", side=side)]
    return {"headers": headers, "data": rows}, text


@friendly
def lrn_vs_bn(image):
    """A photo through AlexNet's first layer -> its maps after ReLU, after LRN (the paper's constants) and after
    batch norm; one pixel's channels before and after LRN.

    Args:
        image: a photo (file), or None for the bundled cat photo
    """
    demo = normalisation.compare(network_picture("alexnet", file_path(image)))
    # Each row on one scale, so a row shows which channels are strong: ReLU's differ a lot, LRN evens
    # out neighbours, batch norm makes every channel equally strong.
    tiles = [visual.enlarge(m, 110) for row in (demo.relu, demo.lrn, demo.bn) for m in visual.grey_shared(row)]
    picture = visual.grid(tiles, len(demo.relu))
    text = say("architectures.lrn.text", orientations=len(demo.relu), degrees=f"{demo.strongest_degrees:.0f}",
               divisor=f"{demo.divisor.max():.1f}", resting=f"{demo.resting_divisor:.2f}")
    return picture_file(picture), figures.lrn_profile(demo), text


def build_tab() -> Linkable:
    gr.Markdown(t("architectures.md.intro"))
    with gr.Row():
        preset = control(FORM["preset"], PRESET_CHOICES, scale=2)
        # The API's defaults are a blank stack and blank sizes (the preset's own); the page fills them on load.
        channels, height, width = (control(FORM[name], value=None, scale=1) for name in INPUT_SIZE)
        unit = control(FORM["unit"], scale=1)
    with gr.Row():
        stack = control(FORM["stack"], value="", lines=3, info=t("architectures.info.stack"), scale=6)
        compute = gr.Button(t("architectures.button.compute"), variant="primary", elem_id="arch-compute", scale=1)
    # What is drawn here at start-up is in English; opening the tab redraws its words and figures in the page's
    # language.
    note = gr.Markdown(f"*{arch.PRESETS[DEFAULT_PRESET].note}*", elem_id="arch-note")
    first = architecture(DEFAULT_PRESET)  # the first look, computed once (milliseconds)
    summary = gr.Markdown(first[1], elem_id="arch-summary")
    table = gr.Dataframe(first[0], label=t("architectures.label.table"), interactive=False, wrap=True,
                         max_height=420, elem_id="arch-table")
    with gr.Row():
        params_plot = gr.Plot(first[2], label=t("architectures.label.params_plot"), elem_id="arch-params-plot")
        compute_plot = gr.Plot(first[3], label=t("architectures.label.compute_plot"), elem_id="arch-compute-plot")

    gr.Markdown(t("architectures.md.side_by_side"))
    with gr.Row():
        side_by_side = gr.Dataframe(_compare_table(SIDE_BY_SIDE), label=t("architectures.label.compare"),
                                    interactive=False, wrap=True)
    pairs = gr.Dataframe(_pairs_table(), label=t("architectures.label.pairs"), interactive=False, wrap=True,
                         elem_id="alexnet-pairs")
    with gr.Row():
        vggs = gr.Dataframe(_compare_table(VGG_COMPARED), label=t("architectures.label.vgg_configs"), interactive=False,
                            wrap=True)

    gr.Markdown(t("architectures.md.vgg"))
    with gr.Row():
        n, c = control(FORM["vgg_n"]), control(FORM["vgg_channels"])
    vgg_first = vgg_argument(n.value, c.value)
    with gr.Row():
        with gr.Column():
            vgg_table = gr.Dataframe(vgg_first[0], interactive=False, label=t("architectures.label.vgg_table"),
                                     elem_id="vgg-table")
            vgg_text = gr.Markdown(vgg_first[1], elem_id="vgg-text")
        vgg_plot = gr.Plot(vgg_first[2], label=t("architectures.label.vgg_plot"), elem_id="vgg-plot")

    gr.Markdown(t("architectures.md.lrn"))
    with gr.Row():
        photo = Picture(str(config.PHOTO), label=t("architectures.label.photo"), type="filepath", image_mode=None,
                         sources=["upload", "clipboard"], height=260, scale=1)
        with gr.Column(scale=3):
            lrn_picture = gr.Image(label=t("architectures.label.lrn_maps"), interactive=False, height=380,
                                   elem_id="lrn-maps")
            lrn_plot = gr.Plot(label=t("architectures.label.lrn_plot"), elem_id="lrn-plot")
            lrn_text = gr.Markdown()

    inputs = [preset, stack, channels, height, width, unit]
    outputs = [table, summary, params_plot, compute_plot]
    # preprocess=False: text typed where a number belongs reaches our check, which answers in one sentence.
    arch_event = dict(**at_once(architecture, outputs, pure=True), inputs=inputs, api_name="architecture",
                      trigger_mode="always_last", show_progress="hidden", preprocess=False, **SHORT)
    # Public events first: a private event registered earlier would take the function's name.
    stack.input(_own_stack, None, note,
                api_visibility="private", queue=False, show_progress="hidden")
    reveal(gr.on([compute.click, stack.submit, channels.submit, height.submit, width.submit, unit.change], **arch_event),
           "arch-summary")
    preset.input(_fill_preset, preset, [stack, channels, height, width, note], api_visibility="private",
                 queue=False).then(**at_once(architecture, outputs, pure=True), inputs=inputs,
                                   api_visibility="private", show_progress="hidden", preprocess=False, **SHORT)
    gr.on([n.release, c.release], **at_once(vgg_argument, [vgg_table, vgg_text, vgg_plot], pure=True), inputs=[n, c],
          api_name="vgg_argument", show_progress="hidden", preprocess=False, **SHORT)
    photo.upload(lrn_vs_bn, photo, [lrn_picture, lrn_plot, lrn_text], api_name="lrn_vs_bn", preprocess=False,
                 **IMAGES)
    # The API's defaults are a blank stack and blank sizes (the preset's own); the page shows them filled.
    fill_on_page_load(arch.PRESETS[DEFAULT_PRESET].form, [stack, channels, height, width])
    on_tab_open(lrn_vs_bn, photo, [lrn_picture, lrn_plot, lrn_text], preprocess=False, **IMAGES)
    on_tab_open(_arch_words, [*inputs, n, c], [*outputs, note, side_by_side, pairs, vggs, vgg_table, vgg_text, vgg_plot],
                preprocess=False, **SHORT)
    # A link into the tab sets the form; the table is drawn for it (the page's own is drawn at start-up).
    linked = tuple(f.name for f in FORM.linked)
    return Linkable(FORM, {**dict(zip(linked, inputs)), "vgg_n": n, "vgg_channels": c}, refresh=[
        (linked, arch_event),
        (("preset", "stack"), dict(fn=_linked_note, inputs=[preset, stack], outputs=note, queue=False))])


def _compare_table(keys: list[str]) -> dict:
    rows = arch.compare(keys)
    headers = arch.in_language(list(rows[0]))
    data = [[r["network"], r["input"], r["weight layers"], f"{r['parameters']:,}", arch.human(r["MACs"]),
             f"{r['FC share of parameters']:.0%}", f"{r['conv share of MACs']:.1%}"] for r in rows]
    return {"headers": headers, "data": data}


def _pairs_table() -> dict:
    """AlexNet's weight layers, the paper's next to torchvision's."""
    headers = ["weight layer", "paper", "output", "parameters", "torchvision", "output", "parameters"]
    return {"headers": arch.in_language(headers), "data": arch.weight_layer_pairs("alexnet-paper", "alexnet")}


@friendly
def _arch_words(preset, stack, channels, height, width, unit, n, c):
    """The tab's words and figures when it opens, in the page's language (start-up drew them in English): the
    layer table, its summary and bars, the note, the comparisons, the VGG argument's table, sentence and plot."""
    try:
        layers = architecture(preset, stack, channels, height, width, unit)
        vgg = vgg_argument(n, c)
    except gr.Error:  # a link's settings a student must fix first: the page keeps what it shows
        return tuple(gr.skip() for _ in range(11))
    return (*layers, _linked_note(preset, stack), _compare_table(SIDE_BY_SIDE), _pairs_table(), _compare_table(VGG_COMPARED),
            *vgg)