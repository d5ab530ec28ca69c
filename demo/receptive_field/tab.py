"""Receptive-field tab: the slide's (P + K - 1) rule, the general recurrence, and fields on your picture."""

import filecmp
import functools
from pathlib import Path

import gradio as gr
import numpy as np

from demo.base import config
from demo import layers as arch
from demo.cnn.backbones import BACKBONES, layer_index, layer_shape, network_picture, present
from demo.base.errors import as_whole
from demo.i18n import say
from demo.architectures.form import INPUT_SIZE
from demo.receptive_field.effective import measure, unit_from_click
from demo.receptive_field.form import FORM
from demo.web.common import (Picture, file_path, fill_on_page_load, friendly, on_tab_open, picture_file,
                             preset_choices, reveal, t)
from demo.web.controls import control
from demo.web.page_links import Linkable
from demo.web.serving import IMAGES, SHORT, at_once

DEFAULT_PRESET = FORM["preset"].default
# The networks by the keys of their names in demo/i18n's tables (demo.cnn.backbones.BACKBONES in English).
NETWORK_NAMES = {key: f"receptive_field.network.{key}" for key in BACKBONES}


@friendly
def rf_rule(kernel, pool):
    """The slide's rule: a K x K convolution (stride 1) then P x P pooling sees (P + K - 1) x (P + K - 1) input
    pixels -> the sentence with the numbers in, and a drawing of the windows.

    Args:
        kernel: the convolution's kernel side K, 1-11
        pool: the pooling window's side P, 1-6
    """
    return _rule_text(kernel, pool), arch.figures.slide_rule_figure(int(kernel), int(pool))


def _rule_text(kernel, pool) -> str:
    """The slide's rule with K and P filled in, in the page's language."""
    r = arch.slide_rule(kernel, pool)
    return say("receptive_field.rule", k=int(kernel), p=int(pool), r=r)


@friendly
def rf_table(preset, stack="", channels=None, height=None, width=None):
    """Receptive field, jump, effective padding and centre of unit 0 for every layer of a preset or a stack.

    Args:
        preset: lenet5, alexnet-paper, alexnet, vgg11, vgg13, vgg16, vgg19, or one of those VGGs + _bn
        stack: layers in the notation, e.g. "conv3-64/p1, relu, pool2, fc10"; when not blank it replaces preset
        channels: input channels, 1-4096, or blank for the preset's own input
        height: input height, 1-4096, or blank
        width: input width, 1-4096, or blank
    """
    report = arch.report_for(preset, stack, arch.input_shape(channels, height, width))
    return {"headers": arch.in_language(arch.RF_HEADERS), "data": arch.rf_rows(report)}


@friendly
def _rf_words(kernel, pool, preset, stack, channels, height, width):
    """The rule's sentence and drawing and the table's headers when the tab opens, in the page's language
    (start-up drew them in English)."""
    try:
        return (*rf_rule(kernel, pool), rf_table(preset, stack, channels, height, width))
    except gr.Error:  # a link's settings a student must fix first: the page keeps what it shows
        return gr.skip(), gr.skip(), gr.skip()


@friendly
def receptive_field(image, network, layer, row, column):
    """Theoretical and effective (gradient) receptive field of one unit on a picture -> the picture with the
    gradient heat and the theoretical box, the layer's map with the unit marked, the numbers in words.

    Args:
        image: a picture (file), or None for the bundled cat photo
        network: lenet5, alexnet or vgg16 (ImageNet weights when present, else a random initialisation)
        layer: a layer of that network: conv1, pool1, conv2, ... as it has them
        row: the unit's row, from 0 to the layer's height - 1 (e.g. 0-12 for AlexNet's conv5)
        column: the unit's column, from 0 to the layer's width - 1
    """
    unit = (as_whole(row, "receptive_field.name.row"), as_whole(column, "receptive_field.name.column"))
    m = measure(network, network_picture(network, _own(image)), layer, unit)
    r, j = m.info.rf[0], m.info.jump[0]
    top, left, bottom, right = m.box
    text = say("receptive_field.text", layer=layer, network=say(NETWORK_NAMES[network]), row=m.unit[0],
               column=m.unit[1], height=m.info.out_shape[1], width=m.info.out_shape[2], r=r, top=f"{top:g}",
               bottom=f"{bottom:g}", left=f"{left:g}", right=f"{right:g}", jump=j, inside=f"{m.inside:.1%}",
               radius=f"{m.radius_90:g}", half=f"{m.half_width:g}", note=m.note)
    return picture_file(m.overlay), picture_file(m.feature), text


DIGIT_ZOOM = 8  # test digit 0 drawn 224 pixels wide, as large as the photo


@functools.cache
def _digit_picture() -> np.ndarray:
    return np.kron(network_picture("lenet5"), np.ones((DIGIT_ZOOM, DIGIT_ZOOM), np.uint8))


def _first_picture(network) -> str:
    """The picture a network's fields are first shown on: test digit 0 for LeNet-5, the cat photo otherwise."""
    return picture_file(_digit_picture()) if network == "lenet5" else str(config.PHOTO)


def _own(image) -> str | None:
    """The student's own picture (an upload's path), or None while the picture shown is a bundled one: each
    network then takes its own (a digit for LeNet-5, the photo for AlexNet and VGG), not the other's."""
    path = file_path(image)
    if path is None:
        return None
    name = Path(path).name
    if name == Path(_first_picture("lenet5")).name:  # its name is its content's hash
        return None
    if name == config.PHOTO.name and filecmp.cmp(path, config.PHOTO, shallow=False):
        return None
    return path


def _picture_for(network, image):
    """The bundled picture follows the network (a digit for LeNet-5, the photo otherwise); an upload stays."""
    return gr.skip() if _own(image) is not None else _first_picture(network)


def _layer_choices(network, image):
    """Network -> its layer dropdown (deepest layer chosen), the unit sliders for that layer, and its picture."""
    layers = list(layer_index(network))
    return (gr.Dropdown(choices=layers, value=layers[-1]), *_unit_sliders(network, layers[-1]),
            _picture_for(network, image))


def _unit_sliders(network, layer):
    _, h, w = layer_shape(network, layer)
    return gr.Slider(maximum=h - 1, value=h // 2), gr.Slider(maximum=w - 1, value=w // 2)


@friendly
def _linked_unit(network, layer, image):
    """A link chose the network or layer: the layer's choices, the unit sliders' ranges and the bundled
    picture follow (the values are the link's)."""
    layers = list(layer_index(network))
    _, h, w = layer_shape(network, layer)
    return gr.Dropdown(choices=layers), gr.Slider(maximum=h - 1), gr.Slider(maximum=w - 1), \
        _picture_for(network, image)


def _clicked(network, layer, evt: gr.SelectData):
    """A click on the shown map -> the row and column sliders set to the unit under it."""
    _, h, w = layer_shape(network, layer)
    return unit_from_click((h, w), *evt.index)


def build_tab() -> Linkable:
    gr.Markdown(t("receptive_field.md.intro"))
    gr.Markdown(t("receptive_field.md.rule"))
    with gr.Row():
        with gr.Column(scale=1):
            kernel, pool = control(FORM["kernel"]), control(FORM["pool"])
            first_rule = rf_rule(kernel.value, pool.value)  # in English; opening the tab redraws it in the page's language
            rule_text = gr.Markdown(first_rule[0], elem_id="rf-rule")
        rule_plot = gr.Plot(first_rule[1], scale=1, label=t("receptive_field.label.rule_plot"), elem_id="rf-rule-plot")

    gr.Markdown(t("receptive_field.md.recurrence"), latex_delimiters=[{"left": "$", "right": "$", "display": False}])
    with gr.Row():
        preset = control(FORM["preset"], preset_choices())
        # The API's defaults are a blank stack and blank sizes (the preset's own); the page fills them on load.
        channels, height, width = (control(FORM[name], value=None) for name in INPUT_SIZE)
    with gr.Row():
        stack = control(FORM["stack"], value="", lines=2, info=t("architectures.info.stack"), scale=6)
        compute = gr.Button(t("architectures.button.compute"), variant="primary", scale=1, elem_id="rf-compute")
    table = gr.Dataframe(rf_table(DEFAULT_PRESET), interactive=False, wrap=True, max_height=380,
                         label=t("receptive_field.label.table"), elem_id="rf-table")

    gr.Markdown(t("receptive_field.md.picture"))
    with gr.Row():
        with gr.Column(scale=1):
            image = Picture(str(config.PHOTO), label=t("receptive_field.label.picture"),
                             type="filepath", image_mode=None, sources=["upload", "clipboard"], height=240,
                             elem_id="rf-image")
            network = control(FORM["network"], [(t(name), key) for key, name in NETWORK_NAMES.items()])
            layer, row, column = (control(FORM[name]) for name in ("layer", "row", "column"))
        with gr.Column(scale=2):
            with gr.Row():
                overlay = gr.Image(label=t("receptive_field.label.overlay"), interactive=False,
                                   elem_id="rf-overlay")
                feature = gr.Image(label=t("receptive_field.label.feature"), interactive=False,
                                   elem_id="rf-feature")
            text = gr.Markdown(elem_id="rf-text")

    rule_inputs = [kernel, pool]
    gr.on([kernel.release, pool.release], **at_once(rf_rule, [rule_text, rule_plot], pure=True), inputs=rule_inputs,
          api_name="rf_rule", show_progress="hidden", preprocess=False, **SHORT)
    table_inputs = [preset, stack, channels, height, width]
    # Public events first: a private one registered earlier would take the function's name.
    gr.on([compute.click, stack.submit, channels.submit, height.submit, width.submit],
          **at_once(rf_table, table, pure=True), inputs=table_inputs, api_name="rf_table", preprocess=False, **SHORT)
    preset.input(lambda key: arch.PRESETS[key].form, preset,
                 [stack, channels, height, width], api_visibility="private", queue=False
                 ).then(rf_table, table_inputs, table, api_visibility="private", preprocess=False, **SHORT)

    rf_inputs = [image, network, layer, row, column]
    rf_outputs = [overlay, feature, text]
    heavy = dict(**IMAGES, preprocess=False)
    reveal(gr.on([row.release, column.release, image.upload], receptive_field, rf_inputs, rf_outputs,
                 api_name="receptive_field", trigger_mode="always_last", **heavy), "rf-overlay")
    reveal(network.input(_layer_choices, [network, image], [layer, row, column, image], api_visibility="private",
                         queue=False, preprocess=False).then(
        receptive_field, rf_inputs, rf_outputs, api_visibility="private", **heavy), "rf-overlay")
    reveal(layer.input(_unit_sliders, [network, layer], [row, column], api_visibility="private", queue=False).then(
        receptive_field, rf_inputs, rf_outputs, api_visibility="private", **heavy), "rf-overlay")
    feature.select(_clicked, [network, layer], [row, column], api_visibility="private", queue=False).then(
        receptive_field, rf_inputs, rf_outputs, api_visibility="private", **heavy)
    fill_on_page_load(arch.PRESETS[DEFAULT_PRESET].form, [stack, channels, height, width])
    # The first measurement needs a network and a backward pass: run it when a page opens, not at start-up.
    # Without ImageNet weights AlexNet/VGG-16 run with a random initialisation, which the text says once; the
    # first look is remembered per set of weights present, so weights copied in are used by the next page.
    on_tab_open(receptive_field, rf_inputs, rf_outputs, fresh=present, **heavy)
    on_tab_open(_rf_words, [*rule_inputs, *table_inputs], [rule_text, rule_plot, table], preprocess=False,
                **SHORT)
    # A link into the tab: the rule and the table are drawn for its settings (the page's own are drawn at
    # start-up), and the layer's choices and the unit's range follow its network and layer.
    names = FORM.names
    return Linkable(FORM, dict(zip(names, [*rule_inputs, *table_inputs, *rf_inputs[1:]])), refresh=[
        (names[:2], dict(fn=rf_rule, inputs=rule_inputs, outputs=[rule_text, rule_plot], show_progress="hidden",
                         preprocess=False, **SHORT)),
        (names[2:7], dict(fn=rf_table, inputs=table_inputs, outputs=table, preprocess=False, **SHORT)),
        (names[7:], dict(fn=_linked_unit, inputs=[network, layer, image], outputs=[layer, row, column, image],
                         queue=False, preprocess=False))], reveal=[(names[7:], "rf-overlay")])
