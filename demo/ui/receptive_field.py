"""Receptive-field tab: the slide's (P + K - 1) rule, the general recurrence, and fields on your picture."""

import gradio as gr

from demo import config
from demo import layers as arch
from demo.backbones import BACKBONES, layer_index, layer_shape, network_picture
from demo.errors import as_whole
from demo.receptive_field import measure, unit_from_click
from demo.ui.common import Picture, file_path, fill_on_page_load, friendly, on_tab_open, picture_file
from demo.ui.serving import IMAGES, SHORT

DEFAULT_PRESET = "alexnet"
RECURRENCE = (r"For layer $l$ with kernel $k_l$ (dilated: $d_l(k_l-1)+1$), stride $s_l$ and padding $p_l$: "
              r"$r_l = r_{l-1} + (k_l - 1)\,j_{l-1}$, $j_l = j_{l-1}\,s_l$, $P_l = P_{l-1} + p_l\,j_{l-1}$, "
              r"starting from $r_0 = j_0 = 1$, $P_0 = 0$. Unit $i$ is centred on input pixel "
              r"$c_l + i\,j_l$ with $c_l = c_{l-1} + \left(\tfrac{k_l-1}{2} - p_l\right) j_{l-1}$.")


@friendly
def rf_rule(kernel, pool):
    """K x K convolution (stride 1) then P x P pooling -> the (P + K - 1) sentence and a drawing."""
    r = arch.slide_rule(kernel, pool)
    k, p = int(kernel), int(pool)
    text = (f"A {k}x{k} convolution with stride 1 followed by {p}x{p} pooling: each pooled unit combines {p}x{p} "
            f"convolution outputs, whose windows overlap and together cover **(P + K - 1) = ({p} + {k} - 1) = {r}**, "
            f"a {r}x{r} patch of the input.")
    return text, arch.figures.slide_rule_figure(k, p)


@friendly
def rf_table(preset, stack="", channels=None, height=None, width=None):
    """Receptive-field columns of every layer of a preset or a custom stack (blanks as in `architecture`)."""
    report = arch.report_for(preset, stack, arch.input_shape(channels, height, width))
    return {"headers": arch.RF_HEADERS, "data": arch.rf_rows(report)}


@friendly
def receptive_field(image, network, layer, row, column):
    """Picture (or None: bundled) + network + layer + unit -> overlay, feature map with the unit, text."""
    unit = (as_whole(row, "The unit row"), as_whole(column, "The unit column"))
    m = measure(network, network_picture(network, file_path(image)), layer, unit)
    r, j = m.info.rf[0], m.info.jump[0]
    top, left, bottom, right = m.box
    text = (f"**{layer}** of {BACKBONES[network]}: unit ({m.unit[0]}, {m.unit[1]}) of a "
            f"{m.info.out_shape[1]}x{m.info.out_shape[2]} map. Theoretical receptive field **{r}x{r}** pixels "
            f"(blue box: rows {top:g}..{bottom:g}, columns {left:g}..{right:g}; jump {j}). "
            f"The gradient (heat) is non-zero only inside it ({m.inside:.1%} of its mass), but **90% of it lies "
            f"within {m.radius_90:g} pixels** of the centre, against a half-width of {m.half_width:g}: the "
            "effective receptive field is smaller, because a central pixel reaches the unit along many more "
            "paths than a border pixel (Luo et al., NIPS 2016). " + m.note)
    return picture_file(m.overlay), picture_file(m.feature), text


def _layer_choices(network):
    """Network -> its layer dropdown (deepest layer chosen) and the unit sliders for that layer."""
    layers = list(layer_index(network))
    return (gr.Dropdown(choices=layers, value=layers[-1]),) + _unit_sliders(network, layers[-1])


def _unit_sliders(network, layer):
    _, h, w = layer_shape(network, layer)
    return gr.Slider(maximum=h - 1, value=h // 2), gr.Slider(maximum=w - 1, value=w // 2)


def _clicked(network, layer, evt: gr.SelectData):
    """A click on the shown map -> the row and column sliders set to the unit under it."""
    _, h, w = layer_shape(network, layer)
    return unit_from_click((h, w), *evt.index)


def build_tab() -> None:
    gr.Markdown("## Receptive field\nWhich input pixels can a unit deep in the network see?")
    gr.Markdown("### The slide's rule")
    with gr.Row():
        with gr.Column(scale=1):
            kernel = gr.Slider(*arch.SLIDE_KERNELS, value=3, step=2, label="K: convolution kernel (stride 1)")
            pool = gr.Slider(*arch.SLIDE_POOLS, value=2, step=1, label="P: pooling size")
            first_rule = rf_rule(3, 2)
            rule_text = gr.Markdown(first_rule[0], elem_id="rf-rule")
        rule_plot = gr.Plot(first_rule[1], scale=1)

    gr.Markdown("### The general recurrence\n" + RECURRENCE,
                latex_delimiters=[{"left": "$", "right": "$", "display": False}])
    with gr.Row():
        preset = gr.Dropdown([(p.title, k) for k, p in arch.PRESETS.items()], value=DEFAULT_PRESET, label="Network")
        channels = gr.Number(None, label="Input channels", precision=0, minimum=1, maximum=arch.MAX_INPUT_SIDE)
        height = gr.Number(None, label="Input height", precision=0, minimum=1, maximum=arch.MAX_INPUT_SIDE)
        width = gr.Number(None, label="Input width", precision=0, minimum=1, maximum=arch.MAX_INPUT_SIDE)
    with gr.Row():
        stack = gr.Textbox("", label="Layer stack (edit me)", lines=2, info=f"Comma-separated; {arch.HELP}.",
                           scale=6)
        compute = gr.Button("Compute", variant="primary", scale=1)
    table = gr.Dataframe(rf_table(DEFAULT_PRESET), interactive=False, wrap=True, max_height=380,
                         label="Receptive field layer by layer", elem_id="rf-table")

    gr.Markdown("### On your picture: theoretical box and effective field")
    with gr.Row():
        with gr.Column(scale=1):
            image = Picture(str(config.PHOTO), label="Picture (a digit for LeNet-5, a photo for the others)",
                             type="filepath", image_mode=None, sources=["upload", "clipboard"], height=240,
                             elem_id="rf-image")
            network = gr.Dropdown([(title, key) for key, title in BACKBONES.items()], value="alexnet",
                                  label="Network", elem_id="rf-network")
            layer = gr.Dropdown(list(layer_index("alexnet")), value="conv5", label="Layer", elem_id="rf-layer")
            row = gr.Slider(0, 12, value=6, step=1, label="Unit row")
            column = gr.Slider(0, 12, value=6, step=1, label="Unit column")
        with gr.Column(scale=2):
            with gr.Row():
                overlay = gr.Image(label="Input, gradient heat and theoretical box", interactive=False,
                                   elem_id="rf-overlay")
                feature = gr.Image(label="The layer's map (click a unit)", interactive=False, elem_id="rf-feature")
            text = gr.Markdown(elem_id="rf-text")

    rule_inputs = [kernel, pool]
    gr.on([kernel.release, pool.release], rf_rule, rule_inputs, [rule_text, rule_plot], api_name="rf_rule",
          show_progress="hidden", preprocess=False, **SHORT)
    table_inputs = [preset, stack, channels, height, width]
    # Public events first: a private one registered earlier would take the function's name.
    gr.on([compute.click, stack.submit, channels.submit, height.submit, width.submit], rf_table, table_inputs, table,
          api_name="rf_table", preprocess=False, **SHORT)
    preset.input(lambda key: arch.PRESETS[key].form, preset,
                 [stack, channels, height, width], api_visibility="private", queue=False
                 ).then(rf_table, table_inputs, table, api_visibility="private", preprocess=False, **SHORT)

    rf_inputs = [image, network, layer, row, column]
    rf_outputs = [overlay, feature, text]
    heavy = dict(**IMAGES, preprocess=False)
    gr.on([row.release, column.release, image.upload], receptive_field, rf_inputs, rf_outputs,
          api_name="receptive_field", trigger_mode="always_last", **heavy)
    network.input(_layer_choices, network, [layer, row, column], api_visibility="private", queue=False).then(
        receptive_field, rf_inputs, rf_outputs, api_visibility="private", **heavy)
    layer.input(_unit_sliders, [network, layer], [row, column], api_visibility="private", queue=False).then(
        receptive_field, rf_inputs, rf_outputs, api_visibility="private", **heavy)
    feature.select(_clicked, [network, layer], [row, column], api_visibility="private", queue=False).then(
        receptive_field, rf_inputs, rf_outputs, api_visibility="private", **heavy)
    fill_on_page_load(arch.PRESETS[DEFAULT_PRESET].form, [stack, channels, height, width])
    # The first measurement needs a network and a backward pass: run it when a page opens, not at start-up.
    on_tab_open(receptive_field, rf_inputs, rf_outputs, **heavy)
