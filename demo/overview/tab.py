"""The Overview tab (why perception matters, what vision is, the course map, the Thatcher illusion, and a digit
that fools the perceptron beside it: machines are fooled too) and the References tab (the works the lecture
cites, with links).

Their words are in demo/i18n's tables ("overview.*", "overview.references.*"), shown in the page's language. Titles,
authors and venues of the works stay as published; what each is cited for is "overview.references.why.<key>". The
browser translates one text per component, so each work is its own one-item list (numbered where the lecture
cites it).
"""

import html

import gradio as gr
import numpy as np

from demo.base import visual
from demo.classify import digits
from demo.i18n import say
from demo.overview import thatcher
from demo.perceptron import adversarial as fooling
from demo.overview.lecture import FURTHER_READING, REFERENCES, Reference
from demo.overview.form import FORM, SUFFIXES, THATCHER
from demo.overview.thatcher import Box
from demo.web.common import Picture, file_path, friendly, on_seen, picture_file, reveal, t
from demo.web.controls import control
from demo.web.page_links import Linkable
from demo.web.serving import IMAGES


@friendly
def thatcher_pair(face, eyes_cx, eyes_cy, eyes_w, eyes_h, mouth_cx, mouth_cy, mouth_w, mouth_h, crop):
    """The Thatcher illusion (Thompson 1980): face + eye and mouth boxes -> the boxes drawn, the original and
    the altered face upside down, the same two upright.

    Args:
        face: a photo of a face (file), or None for the bundled astronaut
        eyes_cx: centre x of the box around both eyes, a fraction of the picture's width (0-1)
        eyes_cy: centre y of the eye box, a fraction of the picture's height (0-1)
        eyes_w: width of the eye box, a fraction of the picture's width (0-1)
        eyes_h: height of the eye box, a fraction of the picture's height (0-1)
        mouth_cx: centre x of the mouth box (0-1)
        mouth_cy: centre y of the mouth box (0-1)
        mouth_w: width of the mouth box (0-1)
        mouth_h: height of the mouth box (0-1)
        crop: true to zoom to the face
    """
    eyes = Box.of(eyes_cx, eyes_cy, eyes_w, eyes_h, "overview.name.eye_box")
    mouth = Box.of(mouth_cx, mouth_cy, mouth_w, mouth_h, "overview.name.mouth_box")
    pictures = thatcher.thatcher_illusion(thatcher.load_face(file_path(face)), eyes, mouth, bool(crop))
    return tuple(picture_file(np.asarray(picture)) for picture in pictures)


SEEN = 168  # pixels: the 28x28 digits enlarged 6x


@friendly
def fooled_digit(index, epsilon):
    """Machines are fooled too: a test digit changed by at most epsilon grey levels a pixel (FGSM on the
    perceptron) -> the digit, the changed digit, what the perceptron and LeNet-5 say before and after.

    Args:
        index: the test image, 0-999
        epsilon: the most a pixel may change, in grey levels, 0-64
    """
    a = fooling.attack(digits.test_example(index)[0], "perceptron", "fgsm", epsilon)
    (before, p_before), (after, p_after) = a.answer("perceptron", "before"), a.answer("perceptron")
    sentence = say("overview.fooled.sentence", before=before, p_before=f"{p_before:.0%}", after=after,
                   p_after=f"{p_after:.0%}", eps=a.epsilon, lenet_before=a.answer("lenet5", "before")[0],
                   lenet_after=a.answer("lenet5")[0])
    return picture_file(visual.enlarge(a.original, SEEN)), picture_file(visual.enlarge(a.adversarial, SEEN)), sentence


def _box_sliders(title: str, name: str) -> list[gr.Slider]:
    """The four sliders of the form's box `name` (centre x, centre y, width, height; fractions of the picture)
    in an open accordion titled by the key `title`."""
    sliders = []
    with gr.Accordion(t(title), open=True):
        for pair in (SUFFIXES[:2], SUFFIXES[2:]):  # (centre x, centre y), then (width, height)
            with gr.Row():
                sliders.extend(control(FORM[f"{name}_{suffix}"]) for suffix in pair)
    return sliders


def build_tab() -> Linkable:
    gr.Markdown(t("overview.md.intro"))
    gr.Markdown(t("overview.md.what_is_vision"))
    # One translated text per component (the browser swaps in the page's language): the steps' markup is in it.
    gr.HTML("<div class='pipeline' id='vision-pipeline'>" + t("overview.html.pipeline") + "</div>")
    gr.Markdown(t("overview.md.inverse"))
    gr.Markdown(t("overview.md.course_map"), elem_id="course-map")

    gr.Markdown(t("overview.md.thatcher"))
    with gr.Row():
        with gr.Column(scale=2):
            face = Picture(value=str(thatcher.ASTRONAUT), label=t("overview.label.face"), type="filepath",
                            image_mode=None, sources=["upload", "clipboard", "webcam"], height=300,
                            elem_id="thatcher-face")
            ex, ey, ew, eh = _box_sliders("overview.label.eye_box", "eyes")
            mx, my, mw, mh = _box_sliders("overview.label.mouth_box", "mouth")
            crop = control(FORM["crop"])
            reset = gr.Button(t("overview.button.reset"), size="sm")
        with gr.Column(scale=3):
            first = thatcher_pair(None, *(FORM[name].default for name in THATCHER))
            boxes = gr.Image(first[0], label=t("overview.label.boxes"), interactive=False, height=240,
                             elem_id="thatcher-boxes")
            upside_down = gr.Image(first[1], label=t("overview.label.upside_down"),
                                   interactive=False, elem_id="thatcher-upside-down")
            upright = gr.Image(first[2], label=t("overview.label.upright"), interactive=False,
                               elem_id="thatcher-upright")
    gr.Markdown(t("overview.md.credit"))

    inputs = [face, ex, ey, ew, eh, mx, my, mw, mh, crop]
    outputs = [boxes, upside_down, upright]
    sliders = [ex, ey, ew, eh, mx, my, mw, mh]
    drawn = gr.on([s.release for s in sliders] + [crop.change, face.upload], thatcher_pair, inputs, outputs,
                  api_name="thatcher", preprocess=False, trigger_mode="always_last", show_progress="minimal", **IMAGES)
    reveal(drawn, "thatcher-upside-down")
    defaults = [str(thatcher.ASTRONAUT), *(FORM[name].default for name in THATCHER)]
    reset.click(lambda: defaults, None, inputs, api_visibility="private", queue=False).then(
        thatcher_pair, inputs, outputs, api_visibility="private", preprocess=False, **IMAGES)

    gr.Markdown(t("overview.md.fooled"))
    with gr.Row():
        with gr.Column(scale=2):
            index, epsilon = control(FORM["index"]), control(FORM["epsilon"])
        with gr.Column(scale=3):
            with gr.Row():
                original = gr.Image(label=t("overview.label.fooled_original"), interactive=False, height=SEEN,
                                    elem_id="fooled-original", min_width=140)
                changed = gr.Image(label=t("overview.label.fooled_image"), interactive=False, height=SEEN,
                                   elem_id="fooled-image", min_width=140)
            sentence = gr.Markdown(elem_id="fooled-sentence")
            # the first look: when the section first comes near the window (opening the page computes nothing)
            on_seen("fooled-sentence", fooled_digit, [index, epsilon], [original, changed, sentence],
                    preprocess=False, **IMAGES)
    fooled = gr.on([index.release, epsilon.release], fooled_digit, [index, epsilon], [original, changed, sentence],
                   api_name="fooled_digit", preprocess=False, trigger_mode="always_last", show_progress="hidden",
                   **IMAGES)
    reveal(fooled, "fooled-sentence")
    return Linkable(FORM, dict(zip(FORM.names, [*inputs[1:], index, epsilon])))


# ---- References --------------------------------------------------------------------------------------------

def _item(r: Reference, number: int | None) -> None:
    """One work as a list item: authors, linked title, venue; under it, why (in the page's language)."""
    opening = f"<ol class='references' start='{number}'>" if number else "<ul class='references'>"
    closing = "</ol>" if number else "</ul>"
    gr.HTML(f"{opening}<li id='ref-{r.key}'>{html.escape(r.authors)}. <a href='{html.escape(r.url)}' "
            f"target='_blank' rel='noopener'><b>{html.escape(r.title)}</b></a>. <i>{html.escape(r.venue)}</i>."
            "<br><small>" + t(r.why) + f"</small></li>{closing}")


def build_references_tab() -> None:
    gr.Markdown(t("overview.references.md.intro"))
    for number, reference in enumerate(REFERENCES, start=1):
        _item(reference, number)
    gr.Markdown(t("overview.references.md.further"))
    for reference in FURTHER_READING:
        _item(reference, None)
