"""A session's classes: names, limits, removal, export, the zip door, and sessions kept apart and deleted."""

import io
import zipfile

import numpy as np
import pytest
from doodles import KINDS, doodle

from demo.base.errors import InputError
from demo.classes import store
from demo.classes.store import ClassSet, Sessions, as_picture, read_zip


@pytest.fixture
def classes(tmp_path):
    return ClassSet(tmp_path / "session")


def _zip(members: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _png(kind="circle", seed=0) -> bytes:
    out = io.BytesIO()
    doodle(kind, np.random.default_rng(seed)).save(out, "PNG")
    return out.getvalue()


def test_names_are_trimmed_and_unique_without_case(classes):
    assert classes.add_class("  my   cat ") == "my cat"
    with pytest.raises(InputError, match="already a class"):
        classes.add_class("MY CAT")
    with pytest.raises(InputError, match="name"):
        classes.add_class("   ")
    with pytest.raises(InputError, match=f"at most {store.MAX_NAME}"):
        classes.add_class("x" * (store.MAX_NAME + 1))
    assert classes.add_class("고양이") == "고양이"


def test_at_most_ten_classes_and_the_picture_limit(classes, monkeypatch):
    for i in range(store.MAX_CLASSES):
        classes.add_class(f"c{i}")
    with pytest.raises(InputError, match=f"at most {store.MAX_CLASSES} classes"):
        classes.add_class("one more")
    monkeypatch.setattr(store, "MAX_IMAGES", 3)
    picture = as_picture(doodle("circle", np.random.default_rng(0)))
    assert classes.add("c0", [picture] * 2) == 2
    with pytest.raises(InputError, match="room for 1 more"):
        classes.add("c1", [picture] * 2)
    assert classes.counts()["c1"] == 0 and classes.count == 2  # all or nothing


def test_pictures_are_padded_onto_white_and_can_be_removed(classes):
    classes.add_class("circle")
    drawing = doodle("circle", np.random.default_rng(1))
    classes.add("circle", [as_picture(drawing), as_picture(drawing.rotate(90))])
    images, labels, names = classes.arrays()
    assert images.shape == (2, 3, store.SIDE, store.SIDE) and names == ("circle",) and labels.tolist() == [0, 0]
    assert images[0, :, 0, 0].tolist() == [255, 255, 255]  # the transparent canvas is white paper
    assert (images[0] < 128).any()  # the strokes are kept
    first, second = classes.paths("circle")
    classes.remove("circle", 0)
    assert not first.exists() and classes.paths("circle") == [second]
    with pytest.raises(InputError, match="Click a picture"):
        classes.remove("circle", 5)


def test_an_empty_or_broken_picture_is_refused():
    with pytest.raises(InputError):
        as_picture(b"not a picture at all")
    with pytest.raises(InputError):
        as_picture(np.zeros((1, 1, 3), np.uint8))


def test_export_reads_back_as_the_same_classes(classes):
    rng = np.random.default_rng(2)
    for kind in KINDS:
        classes.add_class(kind)
        classes.add(kind, [as_picture(doodle(kind, rng)) for _ in range(3)])
    archive = classes.export_zip()
    assert archive.parent == classes.folder
    found = read_zip(str(archive), store.MAX_IMAGES)
    assert {k: len(v) for k, v in found.items()} == {kind: 3 for kind in KINDS}
    again = np.stack([np.asarray(p) for p in found["cross"]])
    kept = classes.arrays()[0][3:6].transpose(0, 2, 3, 1)
    assert np.array_equal(again, kept)  # PNG both ways: the very pixels


@pytest.mark.parametrize("members, sentence", [
    ({"../evil/a.png": _png()}, "leaves its folder"),
    ({"/abs/a.png": _png()}, "leaves its folder"),
    ({"cat/a.png": _png(), "cat/sub/b.png": _png()}, "one folder per class"),
    ({"cat/a.png": b"this is no picture"}, "is not a picture"),
    ({"readme.txt": b"hello"}, "no pictures"),
])
def test_a_bad_zip_is_refused_whole(members, sentence):
    with pytest.raises(InputError, match=sentence):
        read_zip(_zip(members), store.MAX_IMAGES)


def test_a_zip_bomb_and_too_many_files_are_refused():
    bomb = _zip({"cat/a.png": b"\0" * (50 * 2**20)})  # 50 MB of zeros in about 50 kB
    with pytest.raises(InputError, match="zip bomb"):
        read_zip(bomb, store.MAX_IMAGES)
    many = _zip({f"cat/{i}.png": _png(seed=i) for i in range(6)})
    with pytest.raises(InputError, match="6 pictures; there is room for 5"):
        read_zip(many, 5)
    with pytest.raises(InputError, match="not a zip"):
        read_zip(b"PK but not really", 10)


def test_a_zip_inside_one_folder_and_its_classes_added_whole(classes):
    found = read_zip(_zip({"mine/cat/a.png": _png(), "mine/dog/b.png": _png("cross")}), 10)
    assert list(found) == ["cat", "dog"]
    classes.add_class("CAT")
    classes.add_classes(found)
    assert classes.counts() == {"CAT": 1, "dog": 1}


def test_sessions_are_apart_and_deleted(tmp_path):
    sessions = Sessions(tmp_path, kept=2)
    a, b = sessions.get("a"), sessions.get("b")
    a.add_class("cat")
    a.add("cat", [as_picture(doodle("circle", np.random.default_rng(0)))])
    assert a.folder != b.folder and b.classes == {}
    assert sessions.get("a") is a
    sessions.get("c")  # a third session: the longest unused (b) makes room
    assert sessions.peek("b") is None and not b.folder.exists() and sessions.peek("a") is a
    sessions.end("a")
    assert not a.folder.exists() and sessions.peek("a") is None
    with pytest.raises(InputError, match="browser session"):
        sessions.get(None)


def test_an_idle_session_is_deleted_and_all_go_when_the_app_stops(tmp_path, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(store.time, "monotonic", lambda: clock[0])
    sessions = Sessions(tmp_path, idle_s=60)
    idle, busy = sessions.get("idle"), sessions.get("busy")
    idle.add_class("cat")
    idle.add("cat", [as_picture(doodle("circle", np.random.default_rng(0)))])
    clock[0] += 45
    sessions.get("busy")
    clock[0] += 30  # idle's last action 75 s ago, busy's 30 s
    sessions.get("busy")
    assert sessions.peek("idle") is None and not idle.folder.exists() and sessions.peek("busy") is busy
    sessions.end_all()
    assert sessions.peek("busy") is None and not busy.folder.exists()
