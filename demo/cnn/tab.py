"""CNN tab: local features, parameter sharing (the sliding window, step by step), the CNN as a backbone that
makes feature maps, and LeNet-5 computing: every layer at once, every number of a clicked unit."""

import gradio as gr
import numpy as np
from gradio.context import Context

from demo.base import config
from demo.cnn import convolution, figures
from demo.cnn.form import FORM
from demo.classify import digits
from demo.cnn.trace import units as trace
from demo.cnn.trace import figures as trace_figures
from demo.cnn.trace import view as trace_view
from demo.base import visual
from demo.cnn.backbones import BACKBONE_KEYS, BACKBONES, feature_maps, first_filters, layer_index, network_picture, \
    offline, present, title
from demo.base.errors import as_whole
from demo.i18n import say
from demo.base.images import load_rgb
from demo.web.common import Picture, file_path, friendly, on_tab_open, picture_file, read_sketch, reveal, sketchpad, t
from demo.web.folding import fold_mark, next_mark, when_unfolded
from demo.web.controls import control
from demo.web.page_links import Linkable
from demo.web.serving import IMAGES, SHORT, at_once

SHOW_SIDE = 320  # pixels, convolution input and output are shown at least this large
MAX_MAPS = 64  # feature maps shown at once
CONNECTIVITY_FIRST = (224, 224, 3, 55, 55, 96, 11)  # AlexNet's first layer, shown when the tab opens
PLAY_SECONDS = 0.8  # between two steps of the playing window
FIRST_UNIT = trace.Unit("conv1", 0, 14, 14)  # shown when the tab opens: a C1 unit on the digit's middle
CANVAS, BRUSH = 280, 10  # pixels: the drawing pad (as the Classify tab's)
# The kernel choices' display texts (demo.i18n keys); their values stay the core's names.
KERNEL_KEYS = {"identity": "cnn.kernel.identity", "box blur 3x3": "cnn.kernel.box_blur",
               "Gaussian 5x5": "cnn.kernel.gaussian", "Sobel x (vertical edges)": "cnn.kernel.sobel_x",
               "Sobel y (horizontal edges)": "cnn.kernel.sobel_y", "Laplacian": "cnn.kernel.laplacian",
               "sharpen": "cnn.kernel.sharpen", convolution.TYPED: "cnn.kernel.typed"}


@friendly
def convolve(image, kernel_name, kernel_text, stride, padding, dilation):
    """A picture (grey) convolved as torch's conv2d does -> the input, the output map, the kernel, and the
    output-size formula with the numbers in.

    Args:
        image: a picture (file), or None for the bundled cat photo
        kernel_name: a named kernel (identity, box blur 3x3, Sobel x (vertical edges), ...) or typed below
        kernel_text: the kernel when kernel_name is typed below: rows separated by ";", e.g. 1 0 -1; 2 0 -2; 1 0 -1
        stride: 1-4
        padding: 0-5
        dilation: 1-4
    """
    kernel = convolution.kernel_for(kernel_name, kernel_text)
    grey = convolution.to_grey(load_rgb(file_path(image) or config.PHOTO))
    result = convolution.convolve(grey, kernel, stride, padding, dilation)
    signed = bool((kernel < 0).any())
    shown = visual.diverging(result.output) if signed else visual.grey(result.output)
    h, w = grey.shape
    text = say("cnn.conv.summary", height=h, width=w, k=kernel.shape[0], stride=result.stride,
               padding=result.padding, dilation=result.dilation, formula_h=result.formula_h,
               formula_w=result.formula_w, shading=say("cnn.conv.signed" if signed else "cnn.conv.grey"))
    kernel_picture = visual.enlarge(visual.diverging(kernel), 140)
    return (picture_file(visual.enlarge(visual.grey(grey), SHOW_SIDE)), picture_file(visual.enlarge(shown, SHOW_SIDE)),
            picture_file(kernel_picture), text)


@friendly
def connectivity(h, w, c, h_out, w_out, c_out, k):
    """Parameters of one layer mapping H x W x C to H' x W' x C' with k x k windows: fully connected, locally
    connected and convolutional -> a table, the savings in a sentence, a log bar chart.

    Args:
        h: input height H, 1-100000
        w: input width W, 1-100000
        c: input channels C, 1-100000
        h_out: output height H', 1-100000
        w_out: output width W', 1-100000
        c_out: output channels C', 1-100000
        k: window side k, 1-100000 (at most H and W)
    """
    counts = convolution.connectivity(*convolution.check_connectivity(h, w, c, h_out, w_out, c_out, k))
    rows = counts.rows()
    text = say("cnn.conn.summary", locality=f"{counts.locality_saving:,.0f}", sharing=f"{counts.sharing_saving:,.0f}",
               total=f"{counts.total_saving:,.0f}")
    table = {"headers": [say("cnn.conn.layer"), say("cnn.conn.parameters"), say("cnn.conn.assumes")],
             "data": [[n, f"{p:,}", why] for n, p, why in rows]}
    return table, text, figures.connectivity_bars(rows)


@friendly
def show_feature_maps(backbone, layer, image):
    """Feature maps of one layer of a backbone for a picture -> the picture it sees, the maps, its learnt
    first-layer filters, a note (AlexNet and VGG-16 need ImageNet weights: without them, no pictures and one
    sentence saying how to add them).

    Args:
        backbone: lenet5, alexnet or vgg16
        layer: a layer of that backbone: conv1, pool1, conv2, pool2, ... as it has them
        image: a picture (file), or None: test digit #0 for lenet5, the bundled cat photo for the others
    """
    sentence = offline(backbone)
    if sentence is not None:  # the tab's one sentence, in the note's place; the page folds the rest (_fm_fold)
        return None, None, None, sentence
    picture = network_picture(backbone, file_path(image))
    maps = feature_maps(backbone, picture, layer)
    text = say("cnn.fm.summary", backbone=title(backbone), layer=layer, count=maps.shape[0], height=maps.shape[1],
               width=maps.shape[2], shown=say("cnn.fm.first_shown", count=MAX_MAPS) if len(maps) > MAX_MAPS else "")
    seen = visual.enlarge(picture if picture.ndim == 3 else visual.grey(picture), 160)
    return (picture_file(seen), picture_file(visual.feature_grid(maps[:MAX_MAPS])),
            picture_file(visual.filter_grid(first_filters(backbone))), text)


@friendly
def convolution_step(image, kernel_name, kernel_text, stride, padding, dilation, step):
    """One step of a convolution's sliding window, on the picture's centre shrunk to 10x10 -> the window at
    that output position with its products and sum (a figure), and the sum in words.

    Args:
        image: a picture (file), or None for the bundled cat photo
        kernel_name: a named kernel (identity, box blur 3x3, Sobel x (vertical edges), ...) or typed below
        kernel_text: the kernel when kernel_name is typed below: rows separated by ";", e.g. 1 0 -1; 2 0 -2; 1 0 -1
        stride: 1-4
        padding: 0-5
        dilation: 1-4
        step: the output position in reading order, from 0 to the number of output positions - 1
    """
    kernel = convolution.kernel_for(kernel_name, kernel_text)
    s = convolution.sliding_step(file_path(image) or config.PHOTO, kernel, stride, padding, dilation, step)
    return figures.window_step_figure(s), figures.window_step_text(s)


def _window_at(image, kernel_name, kernel_text, stride, padding, dilation, position):
    """(step slider, figure, text, timer) with the window at output position `position` (wrapping around)."""
    steps = convolution.step_count(convolution.kernel_for(kernel_name, kernel_text).shape[0], stride, padding,
                                   dilation)
    position %= steps
    shown = convolution_step(image, kernel_name, kernel_text, stride, padding, dilation, position)
    return gr.Slider(maximum=steps - 1, value=position), *shown, gr.skip()


@friendly
def _window_restart(image, kernel_name, kernel_text, stride, padding, dilation):
    """New settings: the window back at the first position, the step slider as long as the new map."""
    return _window_at(image, kernel_name, kernel_text, stride, padding, dilation, 0)


# The step buttons and the playing window move the step slider in the page itself, so that every click counts
# however fast it comes and whatever the server is doing: each click reads the position the slider shows and
# writes the next one at once. The server then draws the window where the slider stands (of quick clicks, the
# last position is drawn). `last` is the slider's maximum as the page shows it.
def _step_js(move: str) -> str:
    """A page function (step) -> the next step; `move` is an expression in s (the step) and last."""
    return ("(step) => { const r = document.querySelector('#conv-step input[type=range]'); "
            "const last = Number(r?.max ?? 0); const s = Math.round(Number(r ? r.value : step)); "
            f"const next = Number.isFinite(s) ? {move} : 0; if (r) r.value = next; return next; }}")


STEP_BACK_JS = _step_js("(s <= 0 ? last : Math.min(s - 1, last))")
STEP_ON_JS = _step_js("(s >= last ? 0 : s + 1)")
PLAY_JS = _step_js("(s >= last ? 0 : s)")  # playing from the last position starts at the first again
TICK_JS = _step_js("Math.min(s + 1, last)")


@friendly
def _window_shown(image, kernel_name, kernel_text, stride, padding, dilation, step):
    """The window where the step slider stands; the timer stops at the last position."""
    steps = convolution.step_count(convolution.kernel_for(kernel_name, kernel_text).shape[0], stride, padding,
                                   dilation)
    position = as_whole(step, "cnn.name.step")
    shown = convolution_step(image, kernel_name, kernel_text, stride, padding, dilation, position % steps)
    return *shown, (gr.Timer(active=False) if position >= steps - 1 else gr.skip())


@friendly
def _window_play(image, kernel_name, kernel_text, stride, padding, dilation, step):
    """Play: the window where the slider stands (the first position when it stood at the last), moving on."""
    return *_window_shown(image, kernel_name, kernel_text, stride, padding, dilation, step)[:2], gr.Timer(active=True)


def _pause():
    return gr.Timer(active=False)


def _trace_of(image, index) -> tuple[trace.Trace, int | None]:
    digit, label = trace.digit_for(file_path(image), index)
    return trace.trace(digit), label


@friendly
def lenet_trace(image, index):
    """A picture of a digit (None: test image `index`) -> every layer of LeNet-5 in one picture, a summary,
    and every activation as numbers.

    Args:
        image: a picture of one digit (file, made MNIST's way), or None for test image `index`
        index: the test image (0-999) used when image is None
    """
    traced, label = _trace_of(image, index)
    p = traced.probabilities
    text = say("cnn.trace.summary", prediction=traced.prediction, probability=f"{p[traced.prediction]:.1%}",
               truth=say("cnn.trace.truth", label=label) if label is not None else ".")
    return picture_file(trace_view.network_picture(traced)), text, traced.as_dict()


@friendly
def unit_arithmetic(image, index, layer, channel, row, column):
    """One unit of LeNet-5 computed with its actual numbers for a digit -> the network's picture with the unit
    and what it reads highlighted, its arithmetic as small grids, and the sum in words.

    Args:
        image: a picture of one digit (file, made MNIST's way), or None for test image `index`
        index: the test image (0-999) used when image is None
        layer: input, conv1, pool1, conv2, pool2, fc1, fc2, fc3 or softmax
        channel: map 0-5 (conv1, pool1), 0-15 (conv2, pool2), 0 (input); unit 0-119, 0-83, 0-9, 0-9 (fc1-3, softmax)
        row: the unit's row in its map (0-27 input and conv1, 0-13 pool1, 0-9 conv2, 0-4 pool2; 0 for vectors)
        column: the unit's column, the same ranges as row
    """
    traced, _ = _trace_of(image, index)
    a = trace.unit(traced, layer, channel, row, column)
    return (picture_file(trace_view.network_picture(traced, a.unit)), trace_figures.arithmetic_figure(a, traced.digit),
            trace_figures.explain(a))


def _first_trace(image, index, layer, channel, row, column):
    """The section's first look: the whole network and the first unit's arithmetic."""
    _, summary, numbers = lenet_trace(image, index)
    return (*unit_arithmetic(image, index, layer, channel, row, column), summary, numbers)


def _unit_controls(u: trace.Unit):
    """The unit pickers showing `u`, their ranges those of its layer (rows and columns only for maps)."""
    size = trace.shape(u.layer)
    is_map = len(size) == 3
    label = say("cnn.label.channel" if is_map else "cnn.label.unit_class" if u.layer in ("fc3", "softmax")
                else "cnn.label.unit")
    # A slider needs two values to choose from: one map (the input) or no rows (a vector) hide theirs.
    channel = gr.Slider(maximum=size[0] - 1, value=u.channel, label=label, visible=True) if size[0] > 1 else \
        gr.Slider(value=0, visible=False)
    if not is_map:  # a vector's units have no row or column (0 for the API)
        return gr.Dropdown(value=u.layer), channel, gr.Slider(value=0, visible=False), gr.Slider(value=0, visible=False)
    return (gr.Dropdown(value=u.layer), channel, gr.Slider(maximum=size[1] - 1, value=u.row, visible=True),
            gr.Slider(maximum=size[2] - 1, value=u.column, visible=True))


def _clicked(evt: gr.SelectData):
    """A click on the network picture -> the unit under it in the pickers (nothing between the layers)."""
    index = evt.index if isinstance(evt.index, (list, tuple)) and len(evt.index) == 2 else None
    u = trace_view.unit_at(*index) if index else None
    return _unit_controls(u) if u else (gr.skip(),) * 4


@friendly
def _layer_picked(layer):
    """A layer chosen -> the pickers on its first map's (or vector's first) middle unit."""
    size = trace.shape(trace.check_unit(layer).layer)
    return _unit_controls(trace.Unit(layer, 0, *(n // 2 for n in size[1:])))


@friendly
def _uploaded(payload):
    return file_path(payload) or gr.skip()


@friendly
def _drawn(sketch):
    """A drawing -> its picture saved among the uploads (what `lenet_trace` reads); nothing for an empty pad."""
    picture = read_sketch(sketch)
    if picture is None or not digits.ink_map(picture).any():
        return gr.skip()
    return picture_file(np.asarray(picture))


def _no_picture():
    return None


def _fm_fold(backbone, mark, opening=False):
    """A backbone without weights: its controls and pictures fold away (demo.web.folding), and the note beside
    them says the tab's one sentence (as `show_feature_maps` does). A few file checks, on every opening of the
    tab and every choice of backbone."""
    sentence = offline(backbone) if backbone in BACKBONES else None
    folded = sentence is not None
    shown = dict(visible=not folded)
    return (gr.Column(**shown), gr.Image(**shown), gr.Image(**shown), sentence if folded else gr.skip(),
            next_mark(mark, folded, opening))


def _fm_fold_opened(backbone, mark):
    return _fm_fold(backbone, mark, opening=True)


def _layers_for(backbone, mark):
    layers = list(layer_index(backbone))
    return gr.Dropdown(choices=layers, value=layers[0]), *_fm_fold(backbone, mark)


def build_tab() -> Linkable:
    gr.Markdown(t("cnn.md.intro"))

    gr.Markdown(t("cnn.md.playground"))
    with gr.Row():
        with gr.Column(scale=1):
            image = Picture(str(config.PHOTO), label=t("cnn.label.image"), type="filepath", image_mode=None,
                             sources=["upload", "clipboard"], height=220, elem_id="conv-image")
            kernels = [(t(KERNEL_KEYS[name]), name) for name in [*convolution.KERNELS, convolution.TYPED]]
            kernel_name = control(FORM["kernel_name"], kernels)
            kernel_text = control(FORM["kernel_text"], info=t("cnn.info.kernel_text"))
            with gr.Row():
                stride, padding, dilation = (control(FORM[name]) for name in ("stride", "padding", "dilation"))
        with gr.Column(scale=2):
            with gr.Row():
                conv_in = gr.Image(label=t("cnn.label.conv_in"), interactive=False, elem_id="conv-input")
                conv_out = gr.Image(label=t("cnn.label.conv_out"), interactive=False, elem_id="conv-output")
            with gr.Row():
                kernel_picture = gr.Image(label=t("cnn.label.kernel"), interactive=False, height=150, scale=1,
                                          elem_id="conv-kernel-picture")
                formula = gr.Markdown(elem_id="conv-formula")

    gr.Markdown(t("cnn.md.sliding"))  # names the step picture's size, convolution.STEP_SIDE (a test checks)
    with gr.Row():
        with gr.Column(scale=1, min_width=280):
            with gr.Row():
                back = gr.Button(t("cnn.button.back"), size="sm", min_width=50, elem_id="conv-step-back")
                play = gr.Button(t("cnn.button.play"), size="sm", min_width=50, variant="primary",
                                 elem_id="conv-play")
                pause = gr.Button(t("cnn.button.pause"), size="sm", min_width=50, elem_id="conv-pause")
                forward = gr.Button(t("cnn.button.forward"), size="sm", min_width=50, elem_id="conv-step-forward")
        steps = convolution.step_count(convolution.KERNELS[FORM["kernel_name"].default].shape[0],
                                       *(FORM[name].default for name in ("stride", "padding", "dilation")))
        step = gr.Slider(0, steps - 1, value=0, step=1, label=t("cnn.label.step"), scale=2, elem_id="conv-step")
    timer = gr.Timer(PLAY_SECONDS, active=False)
    step_text = gr.Markdown(elem_id="conv-step-text")
    step_plot = gr.Plot(elem_id="conv-step-plot", show_label=False)

    gr.Markdown(t("cnn.md.connectivity"))
    with gr.Row():
        sizes = [gr.Number(v, label=n, precision=0, minimum=1, maximum=convolution.CONNECTIVITY_MAX, min_width=80,
                           elem_id=f"conn-{i}") for i, (v, n) in enumerate(zip(CONNECTIVITY_FIRST, convolution.CONNECTIVITY_NAMES))]
    with gr.Row():
        with gr.Column():
            # Filled when the tab opens (on_tab_open below), in the page's language.
            conn_table = gr.Dataframe(interactive=False, label=t("cnn.label.conn_table"), elem_id="conn-table", wrap=True,
                                      column_widths=["24%", "22%", "54%"])
            conn_text = gr.Markdown(elem_id="conn-text")
        conn_plot = gr.Plot(label=t("cnn.label.conn_plot"), elem_id="conn-plot")

    gr.Markdown(t("cnn.md.feature_maps"))
    with gr.Row():
        with gr.Column(scale=1):
            backbone = control(FORM["backbone"], [(t(key), name) for name, key in BACKBONE_KEYS.items()])
            # Folded away, with the pictures, while the chosen backbone has no weights (_fm_fold).
            with gr.Column(elem_id="fm-controls") as fm_controls:
                layer = control(FORM["layer"])
                fm_image = Picture(label=t("cnn.label.fm_image"), type="filepath",
                                   image_mode=None, sources=["upload", "clipboard"], height=200)
                fm_seen = gr.Image(label=t("cnn.label.fm_seen"), interactive=False, height=180)
        with gr.Column(scale=2):
            fm_maps = gr.Image(label=t("cnn.label.fm_maps"), interactive=False, elem_id="fm-maps")
            with gr.Row():
                fm_filters = gr.Image(label=t("cnn.label.fm_filters"), interactive=False, scale=1,
                                      elem_id="fm-filters")
                fm_text = gr.Markdown(elem_id="fm-text")  # offline: the tab's one sentence, the rest folded
    fm_mark = fold_mark()

    gr.Markdown(t("cnn.md.trace"))
    with gr.Row():
        with gr.Column(scale=2, min_width=300):
            with gr.Tabs(elem_id="trace-sources"):
                with gr.Tab(t("cnn.tab.test")):
                    trace_index = control(FORM["trace_index"])
                with gr.Tab(t("cnn.tab.draw")):
                    trace_sketch = sketchpad(
                        label=t("cnn.label.sketch"), canvas_size=(CANVAS, CANVAS), fixed_canvas=True,
                        brush=gr.Brush(default_size=BRUSH, colors=["#000000"], color_mode="fixed"), type="pil",
                        image_mode="RGBA", format="png", layers=False, elem_id="trace-sketchpad")
                with gr.Tab(t("cnn.tab.upload")):
                    trace_upload = Picture(label=t("cnn.label.upload"), type="filepath", image_mode=None,
                                           sources=["upload", "clipboard"], height=200, elem_id="trace-upload")
            # The drawn or uploaded picture the view shows; empty: the test image.
            trace_source = Picture(type="filepath", visible=False, elem_id="trace-source")
        with gr.Column(scale=3):
            trace_summary = gr.Markdown(elem_id="trace-summary")
            with gr.Row():
                unit_layer = gr.Dropdown([(f"{trace.title(n)} ({n})", n) for n in trace.NAMES], value=FIRST_UNIT.layer,
                                         label=t("cnn.label.layer"), elem_id="trace-layer", min_width=120)
                unit_channel = gr.Slider(0, trace.shape(FIRST_UNIT.layer)[0] - 1, value=FIRST_UNIT.channel, step=1,
                                         label=t("cnn.label.channel"), elem_id="trace-channel")
                unit_row = gr.Slider(0, trace.shape(FIRST_UNIT.layer)[1] - 1, value=FIRST_UNIT.row, step=1,
                                     label=t("cnn.label.row"), elem_id="trace-row")
                unit_column = gr.Slider(0, trace.shape(FIRST_UNIT.layer)[2] - 1, value=FIRST_UNIT.column, step=1,
                                        label=t("cnn.label.column"), elem_id="trace-column")
    network = gr.Image(label=t("cnn.label.network"), show_label=False, interactive=False,
                       format="png", buttons=[], elem_id="trace-network")
    unit_text = gr.Markdown(elem_id="trace-text")
    unit_plot = gr.Plot(elem_id="trace-arithmetic", show_label=False)
    with gr.Accordion(t("cnn.label.activations"), open=False):
        activations = gr.JSON(elem_id="trace-json")

    conv_inputs = [image, kernel_name, kernel_text, stride, padding, dilation]
    settings = [image.upload, kernel_name.change, kernel_text.submit, stride.release, padding.release, dilation.release]
    reveal(gr.on(settings, **at_once(convolve, [conv_in, conv_out, kernel_picture, formula], pure=True),
                 inputs=conv_inputs, api_name="convolve", preprocess=False, trigger_mode="always_last",
                 show_progress="hidden", **IMAGES), "conv-output")
    step_inputs, step_outputs = [*conv_inputs, step], [step_plot, step_text]
    quick = dict(preprocess=False, show_progress="hidden", **SHORT)
    step.release(convolution_step, step_inputs, step_outputs, api_name="convolution_step", trigger_mode="always_last",
                 **quick)
    moved = [step, *step_outputs, timer]
    gr.on(settings, _window_restart, conv_inputs, moved, api_visibility="private", trigger_mode="always_last",
          **quick)
    in_page = dict(trigger_mode="multiple", queue=False, show_progress="hidden")  # every click, no server
    drawn = dict(api_visibility="private", trigger_mode="always_last", **quick)
    for trigger, js in ((back.click, STEP_BACK_JS), (forward.click, STEP_ON_JS), (timer.tick, TICK_JS)):
        trigger(None, step, step, js=js, **in_page).then(_window_shown, step_inputs, [*step_outputs, timer], **drawn)
    play.click(None, step, step, js=PLAY_JS, **in_page).then(_window_play, step_inputs, [*step_outputs, timer],
                                                               **drawn)
    pause.click(_pause, None, timer, api_visibility="private", queue=False)
    gr.on([s.submit for s in sizes], **at_once(connectivity, [conn_table, conn_text, conn_plot], pure=True),
          inputs=sizes, api_name="connectivity", show_progress="hidden", preprocess=False, **SHORT)  # our own number check answers in one sentence
    fm_inputs = [backbone, layer, fm_image]
    fm_outputs = [fm_seen, fm_maps, fm_filters, fm_text]
    heavy = dict(**IMAGES, preprocess=False)
    gr.on([layer.input, fm_image.upload], show_feature_maps, fm_inputs, fm_outputs, api_name="feature_maps",
          trigger_mode="always_last", **heavy)
    # First looks are computed when a page opens, not while the app starts; asking torchvision which
    # backbones have weights costs seconds the first time.
    folds = [fm_controls, fm_maps, fm_filters, fm_text, fm_mark]
    unqueued = dict(queue=False, show_progress="hidden", api_visibility="private")
    Context.block.select(_fm_fold_opened, [backbone, fm_mark], folds, **unqueued)  # every opening of the tab
    on_tab_open(convolve, conv_inputs, [conv_in, conv_out, kernel_picture, formula], preprocess=False, **IMAGES)
    on_tab_open(show_feature_maps, fm_inputs, fm_outputs, fresh=present, **heavy)
    fm_mark.change(when_unfolded(show_feature_maps, len(fm_outputs)), [fm_mark, *fm_inputs], fm_outputs,
                   api_visibility="private", show_progress="hidden", **heavy)
    on_tab_open(convolution_step, step_inputs, step_outputs, **quick)
    on_tab_open(connectivity, sizes, [conn_table, conn_text, conn_plot], preprocess=False, **SHORT)

    source = [trace_source, trace_index]
    unit_inputs = [*source, unit_layer, unit_channel, unit_row, unit_column]
    unit_outputs = [network, unit_plot, unit_text]
    trace_outputs = [network, trace_summary, activations]
    pickers = [unit_layer, unit_channel, unit_row, unit_column]
    view = dict(preprocess=False, show_progress="hidden", **IMAGES)
    click = dict(preprocess=False, show_progress="hidden", **SHORT)
    private = dict(api_visibility="private")
    # Public events first: a private one registered earlier would take the function's name.
    gr.on([unit_channel.release, unit_row.release, unit_column.release], unit_arithmetic, unit_inputs, unit_outputs,
          api_name="unit_arithmetic", trigger_mode="always_last", **click)
    # A new digit: the whole view, then the chosen unit on it. `.success`: nothing more after a refusal.
    trace_index.release(_no_picture, None, trace_source, queue=False, **private).success(
        lenet_trace, source, trace_outputs, api_name="lenet_trace", **view).success(
        unit_arithmetic, unit_inputs, unit_outputs, **private, **click)
    trace_upload.upload(_uploaded, trace_upload, trace_source, queue=False, preprocess=False, **private).success(
        lenet_trace, source, trace_outputs, **private, **view).success(
        unit_arithmetic, unit_inputs, unit_outputs, **private, **click)
    trace_sketch.change(_drawn, trace_sketch, trace_source, trigger_mode="always_last", **private, **click).success(
        lenet_trace, source, trace_outputs, **private, **view).success(
        unit_arithmetic, unit_inputs, unit_outputs, **private, **click)
    # A unit clicked on the picture, or a layer chosen.
    network.select(_clicked, None, pickers, queue=False, **private).success(
        unit_arithmetic, unit_inputs, unit_outputs, trigger_mode="always_last", **private, **click)
    unit_layer.input(_layer_picked, unit_layer, pickers, queue=False, **private).success(
        unit_arithmetic, unit_inputs, unit_outputs, **private, **click)
    on_tab_open(_first_trace, unit_inputs, [*unit_outputs, trace_summary, activations], **view)
    backbone.input(_layers_for, [backbone, fm_mark], [layer, *folds], **unqueued).then(
        show_feature_maps, fm_inputs, fm_outputs, api_visibility="private", **heavy)
    # A link sets these before the tab opens: the first looks above are made with them, and the step slider
    # is made as long as the linked kernel's map.
    names = FORM.names
    return Linkable(FORM, dict(zip(names, [*conv_inputs[1:], backbone, layer, trace_index])), refresh=[
        (names[:5], dict(fn=_window_restart, inputs=conv_inputs, outputs=moved, trigger_mode="always_last",
                         **quick))])
