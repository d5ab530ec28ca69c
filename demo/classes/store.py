"""A student's own classes, kept for their session only: named classes of small pictures on disk, in a folder of
the session's own under one temporary root, bounded in classes, pictures and sessions, and deleted when the
student asks, an hour after the session's last action (gradio's uploads go after the same hour), when newer
sessions need the room, or when the app stops. (Gradio would tell when a page closes only through a connection
held open for every page's lifetime, which a class of 200 should not cost.)

Pictures are kept as SIDE x SIDE RGB PNGs, padded (not cropped) onto white, so a drawing keeps all its strokes.
A zip of class folders (the layout `folder:<name>` datasets use: <class>/<picture>, optionally inside one
top folder) is read in memory, never extracted, and refused whole when it holds a path that climbs out, too
many files, or more bytes than it admits to.
"""

import io
import re
import shutil
import tempfile
import atexit
import threading
import time
import zipfile
from collections import OrderedDict
from pathlib import Path, PurePosixPath

import numpy as np
from PIL import Image, ImageOps

from demo.base.errors import InputError, quoted
from demo.base.images import open_image, to_rgb
from demo.i18n import say

MIN_CLASSES, MAX_CLASSES = 2, 10  # classes a lesson compares; the most a session may make
MAX_IMAGES = 2_000  # pictures a session may keep, all classes together
MAX_NAME = 40  # characters of a class's name
SIDE = 96  # pixels: what is kept of each picture (square, padded onto white)
SESSIONS_KEPT = 200  # sessions with classes at once; the longest unused one is deleted to make room
IDLE_S = 3_600  # seconds after a session's last action when its classes are deleted
ZIP_MAX_BYTES = 200 * 2**20  # the pictures of one zip, uncompressed
ZIP_MAX_RATIO = 200  # uncompressed / compressed size of one member; beyond it is a zip bomb, not a picture
PICTURE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"}
_ROOT = Path(tempfile.gettempdir()) / "lecture-classes"


def check_name(name, taken=()) -> str:
    """A class's name as the student wrote it (trimmed), or InputError: empty, too long, or already taken
    (letters compared without case)."""
    if not isinstance(name, str) or not name.strip():
        raise InputError(say("classes.err.no_name"))
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise InputError(say("classes.err.long_name", limit=MAX_NAME))
    if name.casefold() in {t.casefold() for t in taken}:
        raise InputError(say("classes.err.same_name", name=quoted(name)))
    return name


def as_picture(image) -> Image.Image:
    """Any picture (a path, bytes, an array, a PIL image) -> SIDE x SIDE RGB on white, or InputError."""
    rgb = to_rgb(open_image(image))
    if rgb.size == 0 or min(rgb.shape[:2]) < 2:
        raise InputError(say("classes.err.empty_picture"))
    return ImageOps.pad(Image.fromarray(rgb), (SIDE, SIDE), color=(255, 255, 255))


class ClassSet:
    """One session's classes: name -> its pictures' file names, in the order they were added."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.classes: "OrderedDict[str, list[str]]" = OrderedDict()
        self.live = None  # the classifier that follows new pictures, once the lesson made one (demo.classes.lesson)
        self.map = None  # (what it was made of, the 2-D maps, their labels, their pictures' sheet): made anew on a change
        self.version = 0  # one more at every change: what was made from the pictures says which version it read
        self.dataset = None  # (version, the classes as the other tabs' dataset: demo.classes.dataset)
        self._next = 0
        self._lock = threading.Lock()

    @property
    def count(self) -> int:
        return sum(len(files) for files in self.classes.values())

    def counts(self) -> dict[str, int]:
        return {name: len(files) for name, files in self.classes.items()}

    def add_class(self, name) -> str:
        with self._lock:
            if len(self.classes) >= MAX_CLASSES:
                raise InputError(say("classes.err.too_many_classes", limit=MAX_CLASSES))
            name = check_name(name, self.classes)
            self.classes[name] = []
            self.version += 1
            return name

    def _class(self, name) -> str:
        if not isinstance(name, str) or name not in self.classes:
            raise InputError(say("classes.err.no_class", name=quoted(name)) if self.classes
                             else say("classes.err.no_classes"))
        return name

    def add(self, name, pictures: list[Image.Image]) -> int:
        """Keep `pictures` (already as_picture'd) in class `name`; all or none, within MAX_IMAGES."""
        with self._lock:
            name = self._class(name)
            if self.count + len(pictures) > MAX_IMAGES:
                raise InputError(say("classes.err.too_many_images", limit=f"{MAX_IMAGES:,}",
                                     room=f"{MAX_IMAGES - self.count:,}"))
            self.folder.mkdir(parents=True, exist_ok=True)
            for picture in pictures:
                file = f"{self._next:05d}.png"
                self._next += 1
                picture.save(self.folder / file)
                self.classes[name].append(file)
            self.version += 1
            return len(pictures)

    def add_classes(self, found: "OrderedDict[str, list[Image.Image]]") -> None:
        """Add a zip's classes (read_zip), new ones made, all or nothing: every name and limit checked first."""
        with self._lock:
            taken = list(self.classes)
            new = []
            for name in found:
                existing = next((t for t in taken if t.casefold() == " ".join(name.split()).casefold()), None)
                if existing is None:
                    new.append(check_name(name, taken))
                    taken.append(new[-1])
            if len(taken) > MAX_CLASSES:
                raise InputError(say("classes.err.too_many_classes", limit=MAX_CLASSES))
            if self.count + sum(map(len, found.values())) > MAX_IMAGES:
                raise InputError(say("classes.err.too_many_images", limit=f"{MAX_IMAGES:,}",
                                     room=f"{MAX_IMAGES - self.count:,}"))
        for name in new:
            self.add_class(name)
        for name, pictures in found.items():
            target = next(t for t in self.classes if t.casefold() == " ".join(name.split()).casefold())
            self.add(target, pictures)

    def remove(self, name, position: int) -> None:
        """Remove the picture at `position` (0-based, as the class's gallery shows them)."""
        with self._lock:
            files = self.classes[self._class(name)]
            if not isinstance(position, int) or not 0 <= position < len(files):
                raise InputError(say("classes.err.no_picture"))
            (self.folder / files.pop(position)).unlink(missing_ok=True)
            self.version += 1

    def remove_class(self, name) -> None:
        with self._lock:
            for file in self.classes.pop(self._class(name)):
                (self.folder / file).unlink(missing_ok=True)
            self.version += 1

    def paths(self, name) -> list[Path]:
        with self._lock:
            return [self.folder / f for f in self.classes[self._class(name)]]

    def arrays(self) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
        """All pictures as uint8 (N, 3, SIDE, SIDE), their class numbers (N,), and the class names."""
        with self._lock:
            items = [(c, self.folder / f) for c, files in enumerate(self.classes.values()) for f in files]
            names = tuple(self.classes)
        images = np.stack([np.asarray(Image.open(p).convert("RGB")) for _, p in items]) if items else \
            np.zeros((0, SIDE, SIDE, 3), np.uint8)
        return images.transpose(0, 3, 1, 2).copy(), np.array([c for c, _ in items], np.int64), names

    def export_zip(self) -> Path:
        """The classes as a zip of class folders (what `folder:<name>` and add_zip read), in the session's
        folder."""
        with self._lock:
            if not self.count:
                raise InputError(say("classes.err.nothing_to_export"))
            target = self.folder / "classes.zip"
            with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
                for name, files in self.classes.items():
                    folder = _folder_name(name)
                    for i, file in enumerate(files):
                        archive.write(self.folder / file, f"classes/{folder}/{i:04d}.png")
            return target

    def delete(self) -> None:
        with self._lock:
            self.classes.clear()
            self.live = self.map = self.dataset = None
            self.version += 1
            shutil.rmtree(self.folder, ignore_errors=True)


def _folder_name(name: str) -> str:
    """A class name as a folder name: what a file system refuses becomes '_'."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(". ") or "_"


def read_zip(source: str | Path | bytes, room: int) -> "OrderedDict[str, list[Image.Image]]":
    """A zip of class folders -> class name -> its pictures (as_picture'd), read in memory; or InputError,
    and nothing is kept, for a file that is not a zip, a member whose path climbs out, more than `room`
    pictures, a zip bomb, or a picture that does not open."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(say("classes.err.not_zip")) from None
    with archive:
        members = []
        for info in archive.infolist():
            path = PurePosixPath(info.filename.replace("\\", "/"))
            if path.is_absolute() or ".." in path.parts or re.match(r"^[A-Za-z]:", info.filename):
                raise InputError(say("classes.err.zip_climbs", name=quoted(info.filename)))
            if info.is_dir() or path.suffix.lower() not in PICTURE_SUFFIXES or path.name.startswith("."):
                continue
            if "__MACOSX" in path.parts:
                continue
            members.append((info, path))
        if len(members) > room:
            raise InputError(say("classes.err.zip_too_many", n=f"{len(members):,}", room=f"{room:,}"))
        if sum(info.file_size for info, _ in members) > ZIP_MAX_BYTES or any(
                info.file_size > ZIP_MAX_RATIO * max(info.compress_size, 1) for info, _ in members):
            raise InputError(say("classes.err.zip_bomb"))
        depth = {len(p.parts) for _, p in members}
        tops = {p.parts[0] for _, p in members}
        skip = 1 if depth == {3} and len(tops) == 1 else 0  # one folder around the class folders
        classes: "OrderedDict[str, list[Image.Image]]" = OrderedDict()
        for info, path in members:
            if len(path.parts) != 2 + skip:
                raise InputError(say("classes.err.zip_layout"))
            with archive.open(info) as member:
                data = member.read(ZIP_MAX_BYTES + 1)
            if len(data) != info.file_size:
                raise InputError(say("classes.err.zip_bomb"))
            try:
                picture = as_picture(data)
            except InputError as e:
                raise InputError(say("classes.err.zip_picture", name=quoted(info.filename), why=str(e))) from None
            classes.setdefault(path.parts[skip], []).append(picture)
        if not classes:
            raise InputError(say("classes.err.zip_empty"))
        return classes


class Sessions:
    """The ClassSet of each browser session, under one temporary root; the longest unused goes first."""

    def __init__(self, root: Path = _ROOT, kept: int = SESSIONS_KEPT, idle_s: float = IDLE_S):
        self.root, self.kept, self.idle_s = root, kept, idle_s
        self._sets: "OrderedDict[str, ClassSet]" = OrderedDict()
        self._used: dict[str, float] = {}
        self._lock = threading.Lock()
        atexit.register(self.end_all)

    def _expire(self, now: float) -> None:
        """Delete the sessions idle for longer than idle_s, and the longest unused beyond `kept` (lock held)."""
        while self._sets:
            oldest = next(iter(self._sets))
            if len(self._sets) <= self.kept and now - self._used[oldest] <= self.idle_s:
                break
            self._used.pop(oldest)
            self._sets.pop(oldest).delete()

    def get(self, session: str | None) -> ClassSet:
        """This session's classes (made on first use); a call with no session gets an empty set kept nowhere."""
        if not session:
            raise InputError(say("classes.err.no_session"))
        with self._lock:
            now = time.monotonic()
            found = self._sets.get(session)
            if found is None:
                self.root.mkdir(parents=True, exist_ok=True)
                found = self._sets[session] = ClassSet(Path(tempfile.mkdtemp(prefix="session-", dir=self.root)))
            self._sets.move_to_end(session)
            self._used[session] = now
            self._expire(now)
            return found

    def peek(self, session: str | None) -> ClassSet | None:
        with self._lock:
            return self._sets.get(session) if session else None

    def end(self, session: str | None) -> None:
        """Delete a session's classes and folder (the page closed, or the student asked)."""
        with self._lock:
            found = self._sets.pop(session, None) if session else None
            self._used.pop(session, None)
        if found is not None:
            found.delete()

    def end_all(self) -> None:
        """Delete every session's classes (the app stops)."""
        with self._lock:
            sets, self._sets, self._used = list(self._sets.values()), OrderedDict(), {}
        for found in sets:
            found.delete()


SESSIONS = Sessions()  # the app's one: every tab reads a page's classes from here
