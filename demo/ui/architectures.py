"""Architectures tab: LeNet-5, AlexNet and VGG as layer tables, side by side, and why 3x3 and LRN."""

import gradio as gr

from demo import config, normalisation, plots, visual
from demo import layers as arch
from demo.backbones import network_picture
from demo.ui.common import Picture, file_path, fill_on_page_load, friendly, on_tab_open, picture_file
from demo.ui.serving import IMAGES, SHORT

FLOP_NOTE = ("A MAC is one multiply-accumulate; FLOPs = 2 x MACs here. Tools disagree by that factor of 2 "
             "(fvcore and torchvision's tables count one fused multiply-add as one 'flop', papers count two) "
             "and by what else they add: biases, batch norm, pooling and activations are not counted here.")
SIDE_BY_SIDE = ["lenet5", "alexnet-paper", "alexnet", "vgg16"]
DEFAULT_PRESET = "vgg16"


@friendly
def architecture(preset, stack="", channels=None, height=None, width=None, unit="MACs"):
    """Preset key or stack text + input (C, H, W) + "MACs"/"FLOPs" -> table, totals, two bar charts.

    A blank stack means the preset; blank sizes mean the preset's own input (or 3x224x224 for a stack).
    """
    report = arch.report_for(preset, stack, arch.input_shape(channels, height, width))
    flops = unit == "FLOPs"
    params_fig, compute_fig = arch.figures.layer_bars(report, flops)
    headers = list(arch.TABLE_HEADERS)
    headers[4] = "FLOPs" if flops else "MACs"
    table = {"headers": headers, "data": arch.table_rows(report, flops)}
    return table, arch.summary(report, flops), params_fig, compute_fig


def _fill_preset(preset):
    p = arch.PRESETS[preset]
    return *p.form, f"*{p.note}*"


@friendly
def vgg_argument(n, channels):
    """n stacked 3x3 convolutions vs one (2n+1)x(2n+1) on C channels -> table, plot."""
    a = arch.vgg_argument(n, channels)
    n, side = a["n"], 2 * a["n"] + 1
    rows = [["receptive field", f"{a['stack_rf']} x {a['stack_rf']}", f"{a['single_rf']} x {a['single_rf']}"],
            ["weights", f"9nC² = {a['stack_params']:,}", f"(2n+1)²C² = {a['single_params']:,}"],
            ["non-linearities", str(a["stack_nonlinearities"]), str(a["single_nonlinearities"])]]
    text = (f"Same view of the input with **{a['saving']:.0%} fewer weights** and {n} non-linearities instead of one: "
            "a deeper, more discriminative function for less (Simonyan & Zisserman 2015, Section 2.3).")
    table = {"headers": ["", f"{n} stacked 3x3 convs", f"one {side}x{side} conv"], "data": rows}
    return table, text, arch.figures.vgg_argument_plot(arch.vgg_argument_curve(a["channels"]))


@friendly
def lrn_vs_bn(image):
    """A photo -> first-layer maps after ReLU, LRN and batch norm; the one-pixel channel profile."""
    demo = normalisation.compare(network_picture("alexnet", file_path(image)))
    # Each row on one scale, so a row shows which channels are strong: ReLU's differ a lot, LRN evens
    # out neighbours, batch norm makes every channel equally strong.
    tiles = [visual.enlarge(m, 110) for row in (demo.relu, demo.lrn, demo.bn) for m in visual.grey_shared(row)]
    picture = visual.grid(tiles, len(demo.relu))
    text = (f"Rows: after ReLU, after LRN, after batch norm, each row on one brightness scale; columns: the "
            f"{len(demo.relu)} filter orientations. "
            f"At the brightest pixel the {demo.strongest_degrees:.0f}° channel dominates; LRN divides there by "
            f"**{demo.divisor.max():.1f}** in its neighbourhood but only by k^β = {demo.resting_divisor:.2f} where "
            "neighbouring channels are silent, so strong channels suppress their neighbours. Batch norm rescales "
            "every channel to mean 0 and variance 1 on its own, ignoring the others. torch's LocalResponseNorm "
            "divides α by the window size, so the paper's α = 10⁻⁴ is passed as 5 x 10⁻⁴.")
    return picture_file(picture), plots.lrn_profile(demo), text


def build_tab() -> None:
    gr.Markdown("## Architectures: LeNet-5, AlexNet, VGG\nPick a network, or write your own stack, and read "
                "off every layer's output size, parameters, compute and receptive field. " + FLOP_NOTE)
    with gr.Row():
        preset = gr.Dropdown([(p.title, k) for k, p in arch.PRESETS.items()], value=DEFAULT_PRESET, label="Network",
                             elem_id="arch-preset", scale=2)
        channels = gr.Number(None, label="Input channels", precision=0, minimum=1, maximum=arch.MAX_INPUT_SIDE, scale=1)
        height = gr.Number(None, label="Input height", precision=0, minimum=1, maximum=arch.MAX_INPUT_SIDE, scale=1)
        width = gr.Number(None, label="Input width", precision=0, minimum=1, maximum=arch.MAX_INPUT_SIDE, scale=1)
        unit = gr.Radio(["MACs", "FLOPs"], value="MACs", label="Count", scale=1)
    with gr.Row():
        stack = gr.Textbox("", label="Layer stack (edit me)", lines=3,
                           info=f"Comma-separated; {arch.HELP}.", elem_id="arch-stack", scale=6)
        compute = gr.Button("Compute", variant="primary", elem_id="arch-compute", scale=1)
    note = gr.Markdown(f"*{arch.PRESETS[DEFAULT_PRESET].note}*", elem_id="arch-note")
    first = architecture(DEFAULT_PRESET)  # the first look, computed once (milliseconds)
    summary = gr.Markdown(first[1], elem_id="arch-summary")
    table = gr.Dataframe(first[0], label="Layer by layer", interactive=False, wrap=True, max_height=420,
                         elem_id="arch-table")
    with gr.Row():
        params_plot = gr.Plot(first[2], label="Parameters")
        compute_plot = gr.Plot(first[3], label="Compute")

    gr.Markdown("### Side by side")
    with gr.Row():
        gr.Dataframe(_compare_table(SIDE_BY_SIDE), label="LeNet-5, AlexNet (paper and torchvision), VGG-16",
                     interactive=False, wrap=True)
    pairs = {"headers": ["weight layer", "paper", "output", "parameters", "torchvision", "output", "parameters"],
             "data": arch.weight_layer_pairs("alexnet-paper", "alexnet")}
    gr.Dataframe(pairs, label="AlexNet layer by layer: the paper (227x227, two GPUs) vs torchvision (224x224)",
                 interactive=False, wrap=True, elem_id="alexnet-pairs")
    with gr.Row():
        gr.Dataframe(_compare_table([f"vgg{d}" for d in arch.VGG_CFGS] + ["vgg16_bn"]),
                     label="VGG configurations A, B, D, E", interactive=False, wrap=True)

    gr.Markdown("### Why only 3x3? The VGG argument")
    with gr.Row():
        n = gr.Slider(*arch.VGG_N_RANGE, value=3, step=1, label="n stacked 3x3 convolutions")
        c = gr.Slider(*arch.VGG_CHANNELS_RANGE, value=256, step=16, label="channels C (in and out)")
    vgg_first = vgg_argument(3, 256)
    with gr.Row():
        with gr.Column():
            vgg_table = gr.Dataframe(vgg_first[0], interactive=False, label="n stacked 3x3 vs one big kernel")
            vgg_text = gr.Markdown(vgg_first[1])
        vgg_plot = gr.Plot(vgg_first[2])

    gr.Markdown("### Local response normalisation vs batch normalisation")
    with gr.Row():
        photo = Picture(str(config.PHOTO), label="A photo (upload your own)", type="filepath", image_mode=None,
                         sources=["upload", "clipboard"], height=260, scale=1)
        with gr.Column(scale=3):
            lrn_picture = gr.Image(label="Maps: ReLU / LRN / batch norm", interactive=False, height=380,
                                   elem_id="lrn-maps")
            lrn_plot = gr.Plot()
            lrn_text = gr.Markdown()

    inputs = [preset, stack, channels, height, width, unit]
    outputs = [table, summary, params_plot, compute_plot]
    # preprocess=False: text typed where a number belongs reaches our check, which answers in one sentence.
    arch_event = dict(fn=architecture, inputs=inputs, outputs=outputs, api_name="architecture",
                      trigger_mode="always_last", show_progress="hidden", preprocess=False, **SHORT)
    # Public events first: a private event registered earlier would take the function's name.
    stack.input(lambda: "*A stack of your own (the preset's note no longer applies).*", None, note,
                api_visibility="private", queue=False, show_progress="hidden")
    gr.on([compute.click, stack.submit, channels.submit, height.submit, width.submit, unit.change], **arch_event)
    preset.input(_fill_preset, preset, [stack, channels, height, width, note], api_visibility="private",
                 queue=False).then(architecture, inputs, outputs, api_visibility="private", show_progress="hidden",
                                   preprocess=False, **SHORT)
    gr.on([n.release, c.release], vgg_argument, [n, c], [vgg_table, vgg_text, vgg_plot], api_name="vgg_argument",
          show_progress="hidden", preprocess=False, **SHORT)
    photo.upload(lrn_vs_bn, photo, [lrn_picture, lrn_plot, lrn_text], api_name="lrn_vs_bn", preprocess=False,
                 **IMAGES)
    # The API's defaults are a blank stack and blank sizes (the preset's own); the page shows them filled.
    fill_on_page_load(arch.PRESETS[DEFAULT_PRESET].form, [stack, channels, height, width])
    on_tab_open(lrn_vs_bn, photo, [lrn_picture, lrn_plot, lrn_text], preprocess=False, **IMAGES)


def _compare_table(keys: list[str]) -> dict:
    rows = arch.compare(keys)
    headers = list(rows[0])
    data = [[r["network"], r["input"], r["weight layers"], f"{r['parameters']:,}", arch.human(r["MACs"]),
             f"{r['FC share of parameters']:.0%}", f"{r['conv share of MACs']:.1%}"] for r in rows]
    return {"headers": headers, "data": data}
