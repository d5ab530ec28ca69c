"""Your classes through gradio_client: a session makes classes and measures the lesson; another session sees none
of it; bad input gets one sentence and loses nothing; delete removes the session's folder."""

import base64
import io
import re
import zipfile

import numpy as np
import pytest
from doodles import KINDS, doodle
from gradio_client import Client, handle_file
from PIL import Image
from helpers import app_error, traces

from demo.classes.tab import SESSIONS


def _pngs(tmp_path, kind, n, seed=0):
    rng = np.random.default_rng(seed)
    paths = []
    for i in range(n):
        path = tmp_path / f"{kind}-{seed}-{i}.png"
        doodle(kind, rng).save(path)
        paths.append(handle_file(str(path)))
    return paths


def _sketch(tmp_path, kind, seed=9):
    path = tmp_path / f"sketch-{kind}.png"
    doodle(kind, np.random.default_rng(seed)).save(path)
    return {"background": None, "layers": [], "composite": handle_file(str(path))}


def _status(answer) -> str:
    return answer[0]


@pytest.fixture
def student(app_url):
    client = Client(app_url, verbose=False)
    yield client
    client.predict(api_name="/classes_delete")


def test_a_student_makes_three_classes_and_measures_the_lesson(student, tmp_path):
    label, note = student.predict(_sketch(tmp_path, "circle"), api_name="/classes_live")
    assert label["visible"] is False and "Measure the lesson once" in note
    for kind in KINDS:
        student.predict(kind, api_name="/classes_add_class")
        answer = student.predict(kind, _pngs(tmp_path, kind, 6), api_name="/classes_add_files")
        assert f"Added 6 to {kind}" in _status(answer)
    status, chosen, gallery, picked = student.predict("circle", api_name="/classes_show")
    assert "circle 6 · cross 6 · triangle 6: 18 of 2,000 pictures" in status and len(gallery) == 6 and picked == -1
    status, *_ = student.predict("circle", 0, api_name="/classes_remove")
    assert "circle 5" in status
    summary, table, chart = student.predict(api_name="/classes_lesson")
    assert table["visible"] and chart["visible"]  # shown once measured
    table = table["value"]
    assert "LeNet-5's F6" in summary and "cropped and centred" in summary
    assert [row[0] for row in table["data"]] == ["k-NN on raw pixels", "k-NN on CNN features",
                                                 "One FC layer on raw pixels", "One FC layer on CNN features"]
    assert all(cell.endswith("%") for row in table["data"] for cell in row[1:])
    label, note = student.predict(_sketch(tmp_path, "triangle"), api_name="/classes_live")
    assert label["visible"] and "learnt from 17 pictures" in note
    label = label["value"]
    assert {c["label"] for c in label["confidences"]} == set(KINDS) and f"says {label['label']} (" in note
    frame = tmp_path / "frame.png"  # a webcam frame: a triangle on paper, the size a webcam takes
    drawn = doodle("triangle", np.random.default_rng(5), side=480)
    Image.alpha_composite(Image.new("RGBA", drawn.size, "white"), drawn).convert("RGB").save(frame)
    label, note = student.predict(handle_file(str(frame)), api_name="/classes_live_frame")
    assert label["visible"] and f"says {label['value']['label']} (" in note and "learnt from 17 pictures" in note
    sentence, flat = student.predict(api_name="/classes_map")
    assert "17 pictures" in sentence and "in raw pixels" in sentence and flat["visible"]
    assert len(flat["value"]["plot"]) > 100  # the figure's JSON
    exported = student.predict(api_name="/classes_export")
    assert exported["visible"]
    with zipfile.ZipFile(exported["value"]) as archive:
        assert sorted({n.split("/")[1] for n in archive.namelist()}) == sorted(KINDS)
        assert len(archive.namelist()) == 17


def test_another_session_sees_nothing_and_delete_removes_the_folder(app_url, tmp_path):
    mine, theirs = Client(app_url, verbose=False), Client(app_url, verbose=False)
    mine.predict("secret", api_name="/classes_add_class")
    mine.predict("secret", _pngs(tmp_path, "cross", 2), api_name="/classes_add_files")
    folder = next(s.folder for s in SESSIONS._sets.values() if "secret" in s.classes)
    assert folder.exists() and len(list(folder.glob("*.png"))) == 2
    # the other session asks for the class by name, to remove a picture of it, to export it, to measure it
    status, chosen, gallery, _ = theirs.predict("secret", api_name="/classes_show")
    assert "No classes yet" in status and not gallery and chosen["choices"] == [] and chosen["value"] is None
    assert "Add a class first" in app_error(theirs, "secret", 0, api_name="/classes_remove")
    assert "no pictures to download" in app_error(theirs, api_name="/classes_export")
    theirs.predict(api_name="/classes_delete")  # deleting their own leaves mine
    assert folder.exists()
    status, *_ = mine.predict(api_name="/classes_delete")
    assert "deleted" in status and not folder.exists()


def _zip_file(tmp_path, members) -> str:
    path = tmp_path / "classes.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return handle_file(str(path))


def test_bad_input_gets_one_sentence_and_loses_nothing(student, tmp_path):
    student.predict("cat", api_name="/classes_add_class")
    student.predict("cat", _pngs(tmp_path, "circle", 1), api_name="/classes_add_files")
    assert "already a class" in app_error(student, "CAT", api_name="/classes_add_class")
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    assert "notes.png" in app_error(student, "cat", [handle_file(str(text))], api_name="/classes_add_files")
    png = io.BytesIO()
    doodle("circle", np.random.default_rng(0)).save(png, "PNG")
    assert "leaves its folder" in app_error(student, _zip_file(tmp_path, {"../../etc/x.png": png.getvalue()}),
                                            api_name="/classes_add_zip")
    assert "webcam frame" in app_error(student, "cat", None, api_name="/classes_add_frame")
    assert "at least 2 classes" in app_error(student, api_name="/classes_lesson")
    student.predict("dog", api_name="/classes_add_class")
    student.predict("dog", _pngs(tmp_path, "cross", 5), api_name="/classes_add_files")
    assert "'cat' has 1 pictures" in app_error(student, api_name="/classes_lesson")
    status, *_ = student.predict("cat", api_name="/classes_show")
    assert "cat 1 · dog 5: 6 of 2,000" in status  # nothing lost


def test_a_pages_classes_are_its_session_dataset_in_knn_and_the_perceptron(student, app_url, tmp_path):
    settings = ["session", "cnn", "l2", "exact", 3, 0, 8, 32, 64]
    for kind in KINDS:
        student.predict(kind, api_name="/classes_add_class")
        student.predict(kind, _pngs(tmp_path, kind, 9, seed=3), api_name="/classes_add_files")
    seen, gallery, vote, summary = student.predict(*settings, 0, api_name="/knn_search")
    assert len(gallery) == 3 and "Your classes (this page)" in summary
    assert re.search(r"Prediction: \*\*(circle|cross|triangle)\*\*", summary)
    curves, confusion, notes = student.predict(*settings[:5], 5, *settings[5:], api_name="/knn_accuracy")
    lines = {t["name"]: t["y"] for t in traces(curves) if t["mode"] == "lines+markers"}
    assert max(lines["LeNet-5 F6 features (84-d)"]) >= 0.9 and "raw pixels (784-d)" in lines
    assert sum(map(sum, traces(confusion)[0]["z"])) == 9  # the held-out third of 3 x 9
    templates, means, note = student.predict("session", api_name="/perceptron_templates")
    assert "Your classes (this page)" in note
    other = Client(app_url, verbose=False)  # another page: none of it
    assert "This page has no classes yet" in app_error(other, *settings, 0, api_name="/knn_search")



def _data_url(picture: Image.Image, kind: str = "JPEG") -> str:
    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, kind)
    return f"data:image/{kind.lower()};base64," + base64.b64encode(buffer.getvalue()).decode()


def test_a_webcam_recording_adds_every_frame_and_bad_recordings_add_none(student, tmp_path):
    """What the page's recorder sends while "Hold to record" is held (demo/web/webcam.py): frames as data URLs."""
    from demo.base.images import MAX_FRAMES

    student.predict("cup", api_name="/classes_add_class")
    rng = np.random.default_rng(1)
    frames = [_data_url(Image.alpha_composite(Image.new("RGBA", (192, 144), "white"), doodle("circle", rng, side=144)
                                              .resize((192, 144))), kind) for kind in ("JPEG", "PNG", "WEBP") * 2]
    status, chosen, gallery, _ = student.predict("cup", frames, api_name="/classes_add_recording")
    assert "Added 6 to cup" in status and "cup 6" in status and chosen["value"] == "cup" and len(gallery) == 6
    first = gallery[0]["image"]
    kept = Image.open(first if isinstance(first, str) else first["path"])
    assert kept.size == (96, 96) and np.asarray(kept).min() < 100  # the drawing, padded onto white
    assert "Nothing was recorded" in app_error(student, "cup", [], api_name="/classes_add_recording")
    assert f"at most {MAX_FRAMES} frames" in app_error(student, "cup", [frames[0]] * (MAX_FRAMES + 1),
                                                         api_name="/classes_add_recording")
    broken = "data:image/png;base64," + base64.b64encode(b"not a picture").decode()
    assert "Frame 2 of the recording is not a picture" in app_error(student, "cup", [frames[0], broken],
                                                                     api_name="/classes_add_recording")
    assert "Frame 1 of the recording" in app_error(student, "cup", ["http://example.com/x.png"],
                                                   api_name="/classes_add_recording")
    status, *_ = student.predict("cup", api_name="/classes_show")
    assert "cup 6:" in status  # nothing lost, nothing half-added


def test_following_the_webcam_answers_each_picture_and_stops_when_it_shows_none(student, tmp_path):
    for kind in KINDS:
        student.predict(kind, api_name="/classes_add_class")
        student.predict(kind, _pngs(tmp_path, kind, 5), api_name="/classes_add_files")
    label, note, clock, following = student.predict([_data_url(Image.new("RGB", (64, 48), "white"))],
                                                    api_name="/classes_follow")
    assert label["visible"] is False and "Measure the lesson once" in note  # no classifier yet: it says how
    student.predict(api_name="/classes_lesson")
    drawn = doodle("cross", np.random.default_rng(7), side=144)
    label, note, clock, following = student.predict(
        [_data_url(Image.alpha_composite(Image.new("RGBA", drawn.size, "white"), drawn))], api_name="/classes_follow")
    assert label["visible"] and f"says {label['value']['label']} (" in note and "learnt from 15 pictures" in note
    assert {c["label"] for c in label["value"]["confidences"]} == set(KINDS)
    label, note, clock, following = student.predict(None, api_name="/classes_follow")  # the webcam shows nothing
    assert "following it stopped" in note and following is False and clock["active"] is False
