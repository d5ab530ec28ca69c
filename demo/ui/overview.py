"""Overview tab: why perception matters, what vision is, the course map, the Thatcher illusion."""

import html

import gradio as gr
import numpy as np

from demo import lecture, thatcher
from demo.thatcher import Box
from demo.ui.common import Picture, file_path, friendly, picture_file
from demo.ui.serving import IMAGES

SLIDER = dict(minimum=0.0, maximum=1.0, step=0.005)


def _pipeline_html() -> str:
    steps = "<span class='pipe-arrow'>&rarr;</span>".join(
        f"<span class='pipe-step'>{html.escape(s)}</span>" for s in lecture.VISION_PIPELINE)
    return (f"<div class='pipeline' id='vision-pipeline'>{steps}</div>"
            "<div class='inverse'><b>Graphics</b> renders an image from a description of a scene "
            "(shapes, materials, lights, camera). <b>Vision</b> runs the other way: from the image back "
            "to the scene and what is in it. It is the <i>inverse</i> of rendering, and an ill-posed one: "
            "many scenes make the same image, so a vision system must bring knowledge of the world.</div>")


def _course_map_html() -> str:
    items = []
    for i, (topic, content, here) in enumerate(lecture.COURSE_MAP, start=1):
        mark = " <b class='here'>&larr; this lecture</b>" if here else ""
        items.append(f"<li class='{'current' if here else ''}'><b>{html.escape(topic)}</b>: "
                     f"{html.escape(content)}{mark}</li>")
    return f"<ol class='course-map' id='course-map'>{''.join(items)}</ol>"


@friendly
def thatcher_pair(face, eyes_cx, eyes_cy, eyes_w, eyes_h, mouth_cx, mouth_cy, mouth_w, mouth_h, crop):
    """Face (file, or None for the bundled astronaut) + eye and mouth boxes -> three pictures."""
    eyes = Box.of(eyes_cx, eyes_cy, eyes_w, eyes_h, "eye box")
    mouth = Box.of(mouth_cx, mouth_cy, mouth_w, mouth_h, "mouth box")
    pictures = thatcher.thatcher_illusion(thatcher.load_face(file_path(face)), eyes, mouth, bool(crop))
    return tuple(picture_file(np.asarray(picture)) for picture in pictures)


def _box_sliders(title: str, box: tuple[float, float, float, float]) -> list[gr.Slider]:
    """Four sliders (centre x, centre y, width, height; fractions of the picture) in an open accordion."""
    sliders = []
    with gr.Accordion(title, open=True):
        for row in (("centre x", "centre y"), ("width", "height")):
            with gr.Row():
                sliders += [gr.Slider(label=label, value=box[len(sliders)], **SLIDER) for label in row]
    return sliders


def build_tab() -> None:
    gr.Markdown(
        f"# {lecture.LECTURE_TITLE}\n"
        "Most of what we know about the world arrives through our eyes, and most of the data the "
        "world now records is images and video. Teaching a machine to see means teaching it to turn "
        "pixels into meaning.")
    gr.Markdown("### What is computer vision?")
    gr.HTML(_pipeline_html())
    gr.Markdown("### The course map")
    gr.HTML(_course_map_html())

    gr.Markdown(
        "### Our own perception is imperfect: the Thatcher illusion\n"
        "Thompson (1980) flipped the eyes and the mouth of a face upside down. **Look at the upside-down "
        "pair first**: the two faces look nearly alike. Then look at the same two faces upright. We judge "
        "upright faces by how their parts fit together, and upside-down faces part by part. Move the boxes, "
        "or upload your own face (a frontal photo works best) and place them on its eyes and mouth.")
    with gr.Row():
        with gr.Column(scale=2):
            face = Picture(value=str(thatcher.ASTRONAUT), label="Face (upload your own)", type="filepath",
                            image_mode=None, sources=["upload", "clipboard", "webcam"], height=300,
                            elem_id="thatcher-face")
            ex, ey, ew, eh = _box_sliders("Eye box (blue)", thatcher.ASTRONAUT_EYES)
            mx, my, mw, mh = _box_sliders("Mouth box (orange)", thatcher.ASTRONAUT_MOUTH)
            crop = gr.Checkbox(value=True, label="Zoom to the face")
            reset = gr.Button("Back to the astronaut", size="sm")
        with gr.Column(scale=3):
            first = thatcher_pair(None, *thatcher.ASTRONAUT_EYES, *thatcher.ASTRONAUT_MOUTH, True)
            boxes = gr.Image(first[0], label="Where the boxes are", interactive=False, height=240,
                             elem_id="thatcher-boxes")
            upside_down = gr.Image(first[1], label="(a) Upside down: original | eyes and mouth flipped",
                                   interactive=False, elem_id="thatcher-upside-down")
            upright = gr.Image(first[2], label="(b) The same two faces upright", interactive=False,
                               elem_id="thatcher-upright")
    gr.Markdown("Photograph: astronaut Eileen Collins, NASA, public domain (via scikit-image's sample data).")

    inputs = [face, ex, ey, ew, eh, mx, my, mw, mh, crop]
    outputs = [boxes, upside_down, upright]
    sliders = [ex, ey, ew, eh, mx, my, mw, mh]
    gr.on([s.release for s in sliders] + [crop.change, face.upload], thatcher_pair, inputs, outputs,
          api_name="thatcher", preprocess=False, trigger_mode="always_last", show_progress="minimal", **IMAGES)
    defaults = [str(thatcher.ASTRONAUT), *thatcher.ASTRONAUT_EYES, *thatcher.ASTRONAUT_MOUTH, True]
    reset.click(lambda: defaults, None, inputs, api_visibility="private", queue=False).then(
        thatcher_pair, inputs, outputs, api_visibility="private", preprocess=False, **IMAGES)
