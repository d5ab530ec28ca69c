"""The Your-classes tab: a student makes classes from drawings, uploads, the webcam or a zip, sees and prunes them,
downloads them, and measures the lecture's lesson on them (demo.classes.lesson). Everything is kept per browser
session (demo.classes.store.Sessions) and deleted when the page closes or the student asks."""

import gradio as gr
import numpy as np
import pandas as pd

from demo.classes import figures
from demo.knn import figures as knn_figures
from demo.classes.form import FORM
from demo.classes import lesson as lesson_core
from demo.classes.lesson import METHODS, SHIFT, lesson
from demo.classes import dataset  # noqa: F401 - registers the page's classes as the `session` dataset
from demo.classes.store import MAX_IMAGES, SESSIONS, as_picture, read_zip
from demo.base.errors import InputError, quoted
from demo.base.images import picture_sheet, read_frames, sheet_cell
from demo.i18n import say
from demo.web.common import (Files, Picture, file_path, friendly, progress_bar, read_sketch, sketchpad, t)
from demo.web.controls import control
from demo.web.page_links import Linkable
from demo.web.serving import HEAVY, IMAGES, SHORT, one_at_a_time
from demo.web import webcam
from demo.web.tools import session_only

CANVAS, BRUSH = 280, 10  # pixels; the sketchpad, as in the Classify tab
WEBCAM = "classes-webcam"  # the webcam's elem_id: the page's recorder reads its picture
FOLLOW_S = 1.0  # seconds between the webcam pictures the live classifier follows (a class of 50: 50 calls a second)


def _session(request: gr.Request | None):
    return SESSIONS.get(getattr(request, "session_hash", None))


def _existing(request: gr.Request | None, sentence: str, **fields):
    """This session's classes, for a call that only reads them: a session that made none gets `sentence` (the one
    the core says of an empty set), and no folder is made for it."""
    classes = SESSIONS.peek(getattr(request, "session_hash", None))
    if classes is None:
        raise InputError(say(sentence, **fields))
    return classes


def _view(classes, chosen=None, message: str = ""):
    """(status, class dropdown, gallery of the chosen class, no picture picked) after a change."""
    counts = classes.counts()
    if counts:
        listed = " · ".join(f"{name} {n}" for name, n in counts.items())
        status = say("classes.counts.total", listed=listed, n=f"{classes.count:,}", limit=f"{MAX_IMAGES:,}")
    else:
        status = say("classes.counts.none")
    chosen = chosen if chosen in counts else (next(reversed(counts)) if counts else None)
    pictures = [str(p) for p in classes.paths(chosen)] if chosen else []
    return ((message + " " if message else "") + status, gr.Dropdown(choices=list(counts), value=chosen),
            pictures, -1)


@friendly
@session_only
def add_class(name, request: gr.Request = None):
    classes = _session(request)
    added = classes.add_class(name)
    return (*_view(classes, added), "")


@friendly
@session_only
def show_class(chosen, request: gr.Request = None):
    """A class of this session (a session with none yet gets the empty view and no folder)."""
    classes = SESSIONS.peek(getattr(request, "session_hash", None))
    return _view(classes, chosen) if classes is not None else (say("classes.counts.none"), gr.Dropdown(
        choices=[], value=None), [], -1)


def _add(classes, chosen, pictures):
    if not classes.classes:
        raise InputError(say("classes.err.no_classes"))
    n = classes.add(chosen, pictures)
    return _view(classes, chosen, say("classes.added", n=n, name=chosen))


@friendly
@session_only
def add_drawing(chosen, sketch, request: gr.Request = None):
    im = read_sketch(sketch)
    if im is None or im.getchannel("A").getextrema()[1] == 0:
        raise InputError(say("classes.err.empty_drawing"))
    return (*_add(_session(request), chosen, [as_picture(im)]), None)  # the pad empties for the next drawing


@friendly
@session_only
def add_frame(chosen, frame, request: gr.Request = None):
    path = file_path(frame)
    if path is None:
        raise InputError(say("classes.err.no_frame"))
    return _add(_session(request), chosen, [as_picture(path)])


@friendly
@session_only
def add_recording(chosen, frames, request: gr.Request = None):
    """The frames recorded while the record button was held (the page's recorder sends them as data URLs)."""
    classes = _session(request)
    if not classes.classes:
        raise InputError(say("classes.err.no_classes"))
    return _add(classes, chosen, [as_picture(im) for im in read_frames(frames)])


@friendly
@session_only
def add_files(chosen, files, request: gr.Request = None):
    payloads = files if isinstance(files, list) else [files] if files else []
    paths = [file_path(p) for p in payloads]
    if not any(paths):
        raise InputError(say("classes.err.no_files"))
    pictures = []
    for payload, path in zip(payloads, paths):
        try:
            pictures.append(as_picture(path))
        except InputError as e:
            name = payload.get("orig_name") if isinstance(payload, dict) else None
            raise InputError(say("classes.err.not_picture", name=quoted(name or path.rsplit("/", 1)[-1]),
                                 why=str(e))) from None
    return (*_add(_session(request), chosen, pictures), None)  # the box empties for the next class's pictures


@friendly
@session_only
def add_zip(archive, request: gr.Request = None):
    path = file_path(archive)
    if path is None:
        raise InputError(say("classes.err.no_files"))
    classes = _session(request)
    found = read_zip(path, MAX_IMAGES - classes.count)
    classes.add_classes(found)
    last = next(reversed(found))
    return (*_view(classes, last, say("classes.added", n=sum(map(len, found.values())), name=", ".join(found))),
            None)  # the box empties


@friendly
@session_only
def remove_picture(chosen, picked, request: gr.Request = None):
    classes = _session(request)
    classes.remove(chosen, int(picked) if isinstance(picked, (int, float)) and picked >= 0 else -1)
    return _view(classes, chosen, say("classes.removed", name=chosen))


@friendly
@session_only
def delete_data(request: gr.Request = None):
    SESSIONS.end(getattr(request, "session_hash", None))
    return (say("classes.deleted"), gr.Dropdown(choices=[], value=None), [], -1, gr.File(None, visible=False), "",
            gr.Dataframe(visible=False), gr.Plot(visible=False), "", gr.Plot(visible=False))


@friendly
@session_only
def export(request: gr.Request = None):
    return gr.File(str(_existing(request, "classes.err.nothing_to_export").export_zip()), visible=True)


@friendly
@session_only
@one_at_a_time
def measure(request: gr.Request = None, progress=gr.Progress()):
    classes = _existing(request, "classes.err.too_few_classes", need=2)
    images, labels, names = classes.arrays()
    result = lesson(images, labels, names, progress_bar(progress))
    classes.live = result.live
    table = pd.DataFrame({say("classes.col.method"): [say(f"classes.method.{m}") for m in METHODS],
                          say("classes.col.drawn"): [f"{result.drawn[m]:.0%}" for m in METHODS],
                          say("classes.col.moved", shift=SHIFT): [f"{result.moved[m]:.0%}" for m in METHODS]})
    best = max(METHODS, key=lambda m: result.drawn[m])
    summary = say("classes.summary", why=result.why, n_train=result.n_train, n_test=result.n_test,
                  best=say(f"classes.method.{best}"), best_acc=f"{result.drawn[best]:.0%}", shift=SHIFT,
                  px_drawn=f"{result.drawn['knn_pixels']:.0%}", px_moved=f"{result.moved['knn_pixels']:.0%}",
                  ft_drawn=f"{result.drawn['knn_features']:.0%}", ft_moved=f"{result.moved['knn_features']:.0%}")
    return summary, gr.Dataframe(table, visible=True), gr.Plot(figures.lesson_bars(result), visible=True)


@friendly
@session_only
@one_at_a_time
def space_map(request: gr.Request = None, progress=gr.Progress()):
    """The session's pictures drawn flat in pixels and in CNN features, and the sentence with both agreements."""
    classes = _existing(request, "classes.err.map_needs", need=lesson_core.MIN_PER_CLASS)
    names = tuple(classes.classes)
    key = (names, tuple(tuple(classes.classes[n]) for n in names))
    images, labels, names = classes.arrays() if classes.map is None or classes.map[0] != key else (None, None, names)
    if images is not None:  # the pictures changed since the last map: read them and draw it again
        result = lesson_core.space_map(images, labels, progress_bar(progress))
        drawn = images[result.shown]
        classes.map = (key, result, labels, picture_sheet(drawn, sheet_cell(len(drawn), drawn.shape[-1])))
    _, result, labels, sheet = classes.map
    shown = labels[result.shown]
    hover = [f"{names[c]} #{i + 1}" for c, i in zip(shown, _numbers(labels)[result.shown])]
    feature_name = say("classes.space.lenet" if result.network == "lenet5" else "classes.space.alexnet")
    fig = knn_figures.flat_maps([(say("classes.space.pixels"), result.pixels_xy, result.pixels_agreement),
                                 (feature_name, result.features_xy, result.features_agreement)],
                                shown, names, hover, sheet)
    sentence = say("classes.map.sentence", n=len(result.shown), pixels=f"{result.pixels_agreement:.0%}",
                   features=f"{result.features_agreement:.0%}", space=feature_name)
    return sentence, gr.Plot(fig, visible=True)


def _numbers(labels: np.ndarray) -> np.ndarray:
    """Each picture's number within its class (0-based, in the order the gallery shows them)."""
    out = np.zeros(len(labels), np.int64)
    for c in np.unique(labels):
        own = np.flatnonzero(labels == c)
        out[own] = np.arange(len(own))
    return out


LIVE_TOP = 3  # classes the live label lists


def _live_answer(picture, request: gr.Request | None):
    """The live classifier's label and note for one picture (None: nothing to classify yet)."""
    classes = SESSIONS.peek(getattr(request, "session_hash", None))
    model = getattr(classes, "live", None)
    if model is None:
        return gr.Label(None, visible=False), say("classes.live.none")
    if picture is None:
        return gr.Label(None, visible=True), say("classes.live.ready", n=model.pictures)
    p = model.probabilities(np.asarray(as_picture(picture)).transpose(2, 0, 1)[None])[0]
    return (gr.Label({name: float(v) for name, v in zip(model.names, p)}, visible=True),
            say("classes.live.answer", name=model.names[int(p.argmax())], p=f"{p.max():.0%}", n=model.pictures))


@friendly
@session_only
def live(sketch, request: gr.Request = None):
    """The live classifier's answer for the drawing on the pad (nothing while the pad is empty), and a note."""
    im = read_sketch(sketch)
    return _live_answer(None if im is None or im.getchannel("A").getextrema()[1] == 0 else im, request)


@friendly
@session_only
def live_frame(frame, request: gr.Request = None):
    """The live classifier's answer for the webcam's frame (nothing while the webcam shows no frame)."""
    path = file_path(frame)
    return _live_answer(None if path is None else path, request)


@friendly
@session_only
def follow(frames, request: gr.Request = None):
    """The live classifier's answer for the webcam's picture now; with none (the webcam is off), following stops."""
    if not frames:
        return gr.skip(), say("classes.live.webcam_off"), gr.Timer(active=False), False
    return *_live_answer(read_frames(frames)[0], request), gr.skip(), gr.skip()


def _following(on: bool):
    return gr.Timer(active=bool(on))


def _picked(evt: gr.SelectData) -> int:
    return int(evt.index)


def build_tab() -> Linkable:
    gr.Markdown(t("classes.md.intro"))
    with gr.Row():
        name = control(FORM["name"])
        make = gr.Button(t("classes.button.add_class"), elem_id="classes-add-class")
        chosen = gr.Dropdown([], value=None, label=t("classes.label.class"), elem_id="classes-class",
                             allow_custom_value=True)
    status = gr.Markdown(t("classes.counts.none"), elem_id="classes-status")
    with gr.Row():
        with gr.Column():
            with gr.Tabs():
                with gr.Tab(t("classes.tab.draw"), id="classes-draw"):
                    pad = sketchpad(label=t("classes.label.sketch"), canvas_size=(CANVAS, CANVAS), fixed_canvas=True,
                                    brush=gr.Brush(default_size=BRUSH, colors=["#000000"], color_mode="fixed"),
                                    type="pil", image_mode="RGBA", format="png", layers=False,
                                    elem_id="classes-sketchpad")
                    add_pad = gr.Button(t("classes.button.add_drawing"), variant="primary",
                                        elem_id="classes-add-drawing")
                with gr.Tab(t("classes.tab.upload"), id="classes-upload"):
                    files = Files(file_count="multiple", file_types=["image"], label=t("classes.label.files"),
                                  elem_id="classes-files")
                    add_up = gr.Button(t("classes.button.add_files"), variant="primary", elem_id="classes-add-files")
                with gr.Tab(t("classes.tab.webcam"), id="classes-webcam"):
                    cam = Picture(sources=["webcam"], type="filepath", label=t("classes.label.webcam"), format="png",
                                  elem_id=WEBCAM)
                    with gr.Row():
                        add_cam = gr.Button(t("classes.button.add_frame"), elem_id="classes-add-frame")
                        record = gr.Button(t("classes.button.record"), variant="primary", elem_id="classes-record",
                                           elem_classes=[webcam.record_class(WEBCAM)])
                    following = gr.Checkbox(False, label=t("classes.label.follow"), elem_id="classes-follow")
                    frames = gr.JSON(visible=False)  # what the page's recorder sends (demo/web/webcam.py)
                    follow_clock = gr.Timer(FOLLOW_S, active=False)
                with gr.Tab(t("classes.tab.zip"), id="classes-zip"):
                    archive = Files(file_types=[".zip"], label=t("classes.label.zip"), elem_id="classes-zip-file")
                    add_arch = gr.Button(t("classes.button.add_zip"), variant="primary", elem_id="classes-add-zip")
            # Below the pad and the webcam alike: the answer is in view for both.
            live_note = gr.Markdown(t("classes.live.none"), elem_id="classes-live-note")
            live_label = gr.Label(num_top_classes=LIVE_TOP, label=t("classes.label.live"),
                                  elem_id="classes-live", visible=False)  # shown once there is a classifier
        with gr.Column():
            gallery = gr.Gallery(label=t("classes.label.gallery"), columns=6, height=300, allow_preview=False,
                                 elem_id="classes-gallery")
            picked = gr.Number(-1, visible=False, elem_id="classes-picked")
            with gr.Row():
                remove = gr.Button(t("classes.button.remove"), elem_id="classes-remove")
                delete = gr.Button(t("classes.button.delete"), variant="stop", elem_id="classes-delete")
                download = gr.Button(t("classes.button.export"), elem_id="classes-export")
            exported = gr.File(label=t("classes.label.export"), elem_id="classes-exported", interactive=False,
                               visible=False)  # shown with the zip
    with gr.Row():
        run = gr.Button(t("classes.button.lesson"), variant="primary", elem_id="classes-lesson")
        draw_map = gr.Button(t("classes.button.map"), elem_id="classes-map-button")
    summary = gr.Markdown(elem_id="classes-summary")
    with gr.Row():
        # Shown once a lesson is measured (no empty table or axes before).
        table = gr.Dataframe(label=t("classes.label.table"), interactive=False, elem_id="classes-table", visible=False)
        chart = gr.Plot(label=t("classes.label.chart"), elem_id="classes-chart", visible=False)
    map_text = gr.Markdown(elem_id="classes-map-text")
    map_plot = gr.Plot(label=t("classes.label.map"), elem_id="classes-map", visible=False)

    view = [status, chosen, gallery, picked]
    quick = dict(show_progress="hidden", **SHORT)
    make.click(add_class, [name], [*view, name], api_name="classes_add_class", **quick)
    name.submit(add_class, [name], [*view, name], api_name=False, **quick)
    chosen.input(show_class, [chosen], view, api_name="classes_show", **quick)
    add_pad.click(add_drawing, [chosen, pad], [*view, pad], api_name="classes_add_drawing", preprocess=False, **IMAGES)
    add_up.click(add_files, [chosen, files], [*view, files], api_name="classes_add_files", preprocess=False, **IMAGES)
    add_cam.click(add_frame, [chosen, cam], view, api_name="classes_add_frame", preprocess=False, **IMAGES)
    record.click(add_recording, [chosen, frames], view, js=webcam.take_js(WEBCAM, before=1),
                 api_name="classes_add_recording", **IMAGES)
    add_arch.click(add_zip, [archive], [*view, archive], api_name="classes_add_zip", preprocess=False, **HEAVY)
    gallery.select(_picked, None, picked, api_visibility="private", **quick)
    remove.click(remove_picture, [chosen, picked], view, api_name="classes_remove", **quick)
    delete.click(delete_data, None, [*view, exported, summary, table, chart, map_text, map_plot],
                 api_name="classes_delete", **quick)
    download.click(export, None, exported, api_name="classes_export", **IMAGES)
    run.click(measure, None, [summary, table, chart], api_name="classes_lesson", **HEAVY).success(
        live, [pad], [live_label, live_note], preprocess=False, api_visibility="private", **quick)
    draw_map.click(space_map, None, [map_text, map_plot], api_name="classes_map", **HEAVY)
    # Each stroke asks again; a class of 50 drawing at once: one call per pad at a time, the last stroke wins.
    pad.change(live, [pad], [live_label, live_note], api_name="classes_live", preprocess=False,
               trigger_mode="always_last", **quick)
    # Each webcam frame taken is classified too, before (or without) adding it to a class.
    cam.change(live_frame, [cam], [live_label, live_note], api_name="classes_live_frame", preprocess=False,
               trigger_mode="always_last", show_progress="hidden", **IMAGES)
    # Following the webcam: its picture every FOLLOW_S seconds while the box is ticked, one call at a time a page.
    following.input(_following, following, follow_clock, api_visibility="private", queue=False, show_progress="hidden")
    follow_clock.tick(follow, [frames], [live_label, live_note, follow_clock, following], js=webcam.snap_js(WEBCAM),
                      api_name="classes_follow", trigger_mode="once", show_progress="hidden", **IMAGES)
    return Linkable(FORM, {"name": name})
