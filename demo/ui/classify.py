"""Classify tab: draw, upload or pick a digit; the perceptron and LeNet-5 side by side."""

import gradio as gr
import numpy as np

from demo import digits, visual
from demo.data import load_dataset
from demo.images import open_image
from demo.plots import probability_bars
from demo.ui.common import Picture, file_path, friendly, picture_file, read_sketch, sketchpad
from demo.ui.serving import SHORT
from demo.weights import read_card

SEEN_SIZE = 224  # pixels; the 28x28 input is shown enlarged with visible pixels
CANVAS = 280  # pixels, the sketchpad (10x MNIST)
BRUSH = 10  # pixels (radius); MNIST strokes are about a tenth of the digit's height
GALLERY_PER_CLASS = 2
NO_RESULT = (None, None, None, "", None)


def _results(image28: np.ndarray, truth: int | None = None):
    """Outputs for one 28x28 image (and its true class, if known): seen image, two labels, a summary, the plot."""
    preds = digits.classify(image28)
    labels = [{c: p for c, p in pred.top(3)} for pred in preds]
    lines = [f"**{p.title}**: {p.top(1)[0][0]} ({p.top(1)[0][1]:.1%}) in {p.latency_ms:.2f} ms on {p.device}"
             for p in preds]
    verdicts = {p.top(1)[0][0] for p in preds}
    if truth is not None:
        lines.append(f"True label: **{truth}**.")
    elif len(verdicts) > 1:
        lines.append("The two models disagree: look at the probabilities below.")
    plot = probability_bars([(p.model, p.title, p.classes, p.probabilities) for p in preds])
    return picture_file(visual.enlarge(image28, SEEN_SIZE)), labels[0], labels[1], "  \n".join(lines), plot


@friendly
def classify_digit(image):
    """An uploaded picture of a digit (file) -> what the models see and what they say."""
    return _results(digits.prepare_digit(open_image(file_path(image))))


@friendly
def classify_sketch(sketch):
    """A drawing from the sketchpad -> the same outputs; an empty canvas clears them."""
    picture = read_sketch(sketch)
    if picture is None:
        return NO_RESULT
    ink = digits.ink_map(picture)
    if not ink.any():
        return None, None, None, "The sketch is empty: draw a digit in the box.", None
    return _results(digits.mnist_style(ink))


@friendly
def classify_test_example(index):
    """Test-split image number `index` -> the outputs, with its true label."""
    return _results(*digits.test_example(index))


def _picked(evt: gr.SelectData) -> int:
    """The test-split number of the gallery image that was clicked (its caption, '#123')."""
    return int(evt.value["caption"].lstrip("#"))


def _gallery():
    """A few test digits per class, with their index in the test split as caption."""
    data = load_dataset()
    picks = [i for c in range(10) for i in np.flatnonzero(data.test_labels == c)[:GALLERY_PER_CLASS]]
    return [(255 - data.test_images[i, 0], f"#{i}") for i in picks]  # dark ink, like the sketchpad


def _model_cards() -> str:
    rows = ["| model | parameters | test accuracy | trained |", "|---|---:|---:|---|"]
    for name in digits.CLASSIFIERS:
        card = read_card(name)
        rows.append(f"| {card['title']} | {card['parameters']:,} | {card['test_accuracy']:.1%} | "
                    f"{card['epochs_run']} epochs, {card['wall_seconds']:.0f} s on {card['device']} |")
    return "\n".join(rows)


def build_tab() -> None:
    gr.Markdown(
        "## Classify a digit\n"
        "Draw a digit with the mouse, upload a photo of one, or pick one from the test split. "
        "Your picture is first made to look like an MNIST digit, exactly as MNIST was made: the ink "
        "is cropped, fitted into a 20x20 box keeping its shape, and centred by its centre of mass in "
        "a 28x28 field. The two classifiers see only that small image.")
    with gr.Row():
        with gr.Column(scale=1):
            with gr.Tabs():
                with gr.Tab("Draw", id="draw"):
                    sketch = sketchpad(
                        label="Draw one digit", canvas_size=(CANVAS, CANVAS), fixed_canvas=True,
                        brush=gr.Brush(default_size=BRUSH, colors=["#000000"], color_mode="fixed"),
                        type="pil", image_mode="RGBA", format="png", layers=False,
                        elem_id="digit-sketchpad")
                with gr.Tab("Upload", id="upload"):
                    upload = Picture(label="A picture of one digit", type="filepath", image_mode=None,
                                      sources=["upload", "clipboard"], format="png", elem_id="digit-upload")
                with gr.Tab("Test images", id="test"):
                    gallery = gr.Gallery(_gallery(), label="Test split (click one)", columns=10,
                                         height="auto", allow_preview=False, elem_id="digit-gallery")
                    index = gr.Slider(0, digits.num_test_examples() - 1, value=0, step=1,
                                      label="Test image number")
        with gr.Column(scale=1):
            with gr.Row():
                seen = gr.Image(label="What the networks see (28x28)", interactive=False, height=SEEN_SIZE,
                                width=SEEN_SIZE, format="png", elem_id="digit-seen")
                with gr.Column():
                    perceptron = gr.Label(label="Perceptron", num_top_classes=3, elem_id="label-perceptron")
                    lenet = gr.Label(label="LeNet-5", num_top_classes=3, elem_id="label-lenet5")
            summary = gr.Markdown(elem_id="digit-summary")
            plot = gr.Plot(label="All ten probabilities")
    with gr.Accordion("The models and how they were trained", open=False):
        gr.Markdown(_model_cards() + "\n\nBoth were trained on the 4,000 training images of the bundled "
                    "MNIST subset by `python -m demo.train`; accuracy is on its 1,000 test images. LeNet-5 "
                    "here uses ReLU and max-pooling (the 1998 paper used tanh and average-pooling).")

    outputs = [seen, perceptron, lenet, summary, plot]
    common = dict(outputs=outputs, **SHORT,
                  preprocess=False)
    sketch.change(classify_sketch, sketch, api_name="classify_sketch", trigger_mode="always_last",
                  show_progress="hidden", **common)
    upload.upload(classify_digit, upload, api_name="classify_digit", **common)
    index.release(classify_test_example, index, api_name="classify_test_example", **common)
    gallery.select(_picked, None, index, api_visibility="private", show_progress="hidden", queue=False
                   ).then(classify_test_example, index, api_visibility="private", **common)
