"""CNN tab: local features, parameter sharing, and the CNN as a backbone that makes feature maps."""

import gradio as gr

from demo import config, convolution, plots, visual
from demo.backbones import BACKBONES, available, feature_maps, first_filters, layer_index, network_picture
from demo.errors import whole_number
from demo.images import load_rgb
from demo.ui.common import Picture, file_path, friendly, on_tab_open, picture_file
from demo.ui.serving import IMAGES, SHORT

SHOW_SIDE = 320  # pixels, convolution input and output are shown at least this large
MAX_MAPS = 64  # feature maps shown at once
CONNECTIVITY_MAX = 100_000  # largest H, W, C, H', W', C' or k the counter takes
CONNECTIVITY_NAMES = ("H", "W", "C", "H'", "W'", "C'", "k")


@friendly
def convolve(image, kernel_name, kernel_text, stride, padding, dilation):
    """Picture (or None: bundled) + kernel + stride/padding/dilation -> input, output map, kernel, formula."""
    kernel = convolution.kernel_for(kernel_name, kernel_text)
    grey = convolution.to_grey(load_rgb(file_path(image) or config.PHOTO))
    result = convolution.convolve(grey, kernel, stride, padding, dilation)
    signed = bool((kernel < 0).any())
    shown = visual.diverging(result.output) if signed else visual.grey(result.output)
    h, w = grey.shape
    text = (f"Input {h}x{w}, kernel {kernel.shape[0]}x{kernel.shape[0]}, stride {result.stride}, padding "
            f"{result.padding}, dilation {result.dilation}. Output size, floor((H + 2p - d(k - 1) - 1) / s) + 1:  \n"
            f"`H' = {result.formula_h}`  \n`W' = {result.formula_w}`  \n"
            + ("Signed output: red positive, blue negative, white zero." if signed else "Output stretched to grey."))
    kernel_picture = visual.enlarge(visual.diverging(kernel), 140)
    return (picture_file(visual.enlarge(visual.grey(grey), SHOW_SIDE)), picture_file(visual.enlarge(shown, SHOW_SIDE)),
            picture_file(kernel_picture), text)


@friendly
def connectivity(h, w, c, h_out, w_out, c_out, k):
    """H x W x C -> H' x W' x C' with k x k windows -> a table of parameter counts and a log bar chart."""
    values = [whole_number(v, name, 1, CONNECTIVITY_MAX)
              for v, name in zip((h, w, c, h_out, w_out, c_out, k), CONNECTIVITY_NAMES)]
    counts = convolution.connectivity(*values)
    rows = counts.rows()
    text = (f"Locality cuts the fully connected layer's weights by {counts.locality_saving:,.0f}x; sharing one "
            f"filter over all positions cuts them by another {counts.sharing_saving:,.0f}x "
            f"({counts.total_saving:,.0f}x in all).")
    table = {"headers": ["layer", "parameters", "what it assumes"], "data": [[n, f"{p:,}", why] for n, p, why in rows]}
    return table, text, plots.connectivity_bars(rows)


@friendly
def show_feature_maps(backbone, layer, image):
    """Backbone + layer + picture (None: a test digit or the bundled photo) -> maps grid, filters, text."""
    picture = network_picture(backbone, file_path(image))
    maps = feature_maps(backbone, picture, layer)
    text = (f"{BACKBONES[backbone]}, layer **{layer}**: {maps.shape[0]} maps of {maps.shape[1]}x{maps.shape[2]}"
            + (f" (the first {MAX_MAPS} shown)" if len(maps) > MAX_MAPS else "") + ", each stretched to its own "
            "range. Every map is one filter slid over the whole input: the same weights at every position.")
    seen = visual.enlarge(picture if picture.ndim == 3 else visual.grey(picture), 160)
    return (picture_file(seen), picture_file(visual.feature_grid(maps[:MAX_MAPS])),
            picture_file(visual.filter_grid(first_filters(backbone))), text)


def _weight_notes() -> str:
    return "  \n".join(f"{BACKBONES[name]}: {available(name)[1]}" for name in BACKBONES)


def _layers_for(backbone):
    layers = list(layer_index(backbone))
    return gr.Dropdown(choices=layers, value=layers[0])


def build_tab() -> None:
    gr.Markdown(
        "## Convolutional networks\nA fully connected layer ties every output to every pixel. A convolutional "
        "layer makes two assumptions: **locality** (an output looks at a small window) and **parameter sharing** "
        "(the same window weights everywhere). What it computes is a *feature map*: where in the image its filter "
        "pattern occurs. Stacked, such layers form the *backbone* of a classifier.")

    gr.Markdown("### Convolution playground")
    with gr.Row():
        with gr.Column(scale=1):
            image = Picture(str(config.PHOTO), label="Picture (upload your own)", type="filepath", image_mode=None,
                             sources=["upload", "clipboard"], height=220, elem_id="conv-image")
            kernel_name = gr.Dropdown(list(convolution.KERNELS) + [convolution.TYPED], value="Sobel x (vertical edges)",
                                      label="Kernel", elem_id="conv-kernel")
            kernel_text = gr.Textbox("1 0 -1; 2 0 -2; 1 0 -1", label="Typed kernel (rows separated by ';')",
                                     info=f"3x3, 5x5 or 7x7 numbers; used when the kernel is '{convolution.TYPED}'.")
            with gr.Row():
                stride = gr.Slider(*convolution.STRIDES, value=1, step=1, label="stride")
                padding = gr.Slider(*convolution.PADDINGS, value=1, step=1, label="padding")
                dilation = gr.Slider(*convolution.DILATIONS, value=1, step=1, label="dilation")
        with gr.Column(scale=2):
            with gr.Row():
                conv_in = gr.Image(label="Input (grey)", interactive=False)
                conv_out = gr.Image(label="Output feature map", interactive=False, elem_id="conv-output")
            with gr.Row():
                kernel_picture = gr.Image(label="Kernel", interactive=False, height=150, scale=1)
                formula = gr.Markdown(elem_id="conv-formula")

    gr.Markdown("### Fully connected vs locally connected vs convolution")
    with gr.Row():
        sizes = [gr.Number(v, label=n, precision=0, minimum=1, maximum=CONNECTIVITY_MAX, min_width=80)
                 for v, n in zip((224, 224, 3, 55, 55, 96, 11), CONNECTIVITY_NAMES)]
    first_conn = connectivity(224, 224, 3, 55, 55, 96, 11)
    with gr.Row():
        with gr.Column():
            conn_table = gr.Dataframe(first_conn[0], interactive=False, label="Parameters (with biases)")
            conn_text = gr.Markdown(first_conn[1], elem_id="conn-text")
        conn_plot = gr.Plot(first_conn[2])

    gr.Markdown("### Feature maps of a trained backbone")
    notes = gr.Markdown(elem_id="fm-notes")
    with gr.Row():
        with gr.Column(scale=1):
            backbone = gr.Dropdown([(title, key) for key, title in BACKBONES.items()], value="lenet5",
                                   label="Backbone", elem_id="fm-backbone")
            layer = gr.Dropdown(list(layer_index("lenet5")), value="conv1", label="Layer", elem_id="fm-layer")
            fm_image = Picture(label="Picture (empty: a test digit / the bundled photo)", type="filepath",
                                image_mode=None, sources=["upload", "clipboard"], height=200)
            fm_seen = gr.Image(label="What the backbone sees", interactive=False, height=180)
        with gr.Column(scale=2):
            fm_maps = gr.Image(label="Feature maps", interactive=False, elem_id="fm-maps")
            with gr.Row():
                fm_filters = gr.Image(label="Learnt first-layer filters", interactive=False, scale=1)
                fm_text = gr.Markdown(elem_id="fm-text")

    conv_inputs = [image, kernel_name, kernel_text, stride, padding, dilation]
    gr.on([image.upload, kernel_name.change, kernel_text.submit, stride.release, padding.release, dilation.release],
          convolve, conv_inputs, [conv_in, conv_out, kernel_picture, formula], api_name="convolve",
          preprocess=False, trigger_mode="always_last", show_progress="hidden", **IMAGES)
    gr.on([s.submit for s in sizes], connectivity, sizes, [conn_table, conn_text, conn_plot], api_name="connectivity",
          show_progress="hidden", preprocess=False, **SHORT)  # our own number check answers in one sentence
    fm_inputs = [backbone, layer, fm_image]
    fm_outputs = [fm_seen, fm_maps, fm_filters, fm_text]
    heavy = dict(**IMAGES, preprocess=False)
    gr.on([layer.input, fm_image.upload], show_feature_maps, fm_inputs, fm_outputs, api_name="feature_maps",
          trigger_mode="always_last", **heavy)
    # First looks are computed when a page opens, not while the app starts; asking torchvision which
    # backbones have weights costs seconds the first time.
    on_tab_open(_weight_notes, None, notes, queue=False)
    on_tab_open(convolve, conv_inputs, [conv_in, conv_out, kernel_picture, formula], preprocess=False, **IMAGES)
    on_tab_open(show_feature_maps, fm_inputs, fm_outputs, **heavy)
    backbone.input(_layers_for, backbone, layer, api_visibility="private", queue=False).then(
        show_feature_maps, fm_inputs, fm_outputs, api_visibility="private", **heavy)
