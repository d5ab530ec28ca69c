"""The Overview tab (why perception matters, what vision is, the course map, the Thatcher illusion) and the
References tab (the works the lecture cites, with links).

Their words are in demo/i18n's tables ("overview.*", "overview.references.*"), shown in the page's language. Titles,
authors and venues of the works stay as published; what each is cited for is "overview.references.why.<key>". The
browser translates one text per component, so each work is its own one-item list (numbered where the lecture
cites it).
"""

import html

import gradio as gr
import numpy as np

from demo.overview import thatcher
from demo.overview.lecture import FURTHER_READING, REFERENCES, Reference
from demo.overview.form import FORM, SUFFIXES
from demo.overview.thatcher import Box
from demo.web.common import Picture, file_path, friendly, picture_file, reveal, t
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
            first = thatcher_pair(None, *(f.default for f in FORM))
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
    defaults = [str(thatcher.ASTRONAUT), *(f.default for f in FORM)]
    reset.click(lambda: defaults, None, inputs, api_visibility="private", queue=False).then(
        thatcher_pair, inputs, outputs, api_visibility="private", preprocess=False, **IMAGES)
    return Linkable(FORM, dict(zip(FORM.names, inputs[1:])))


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
