"""What every tab's callbacks share: turning core errors into one sentence, and reading payloads.

Events that take uploaded images run with `preprocess=False`, so a file that is not an image, or
a gigantic one, reaches our own reader (demo.images) instead of failing inside gradio with a bare
"Error". The payload is then gradio's FileData dict.
"""

import copy
import functools
import hashlib
import inspect
import json
import logging
import os
import threading
import time
import weakref
from collections import OrderedDict
from pathlib import Path

import gradio as gr
import numpy as np
from gradio.components.image import ImageData
from gradio.components.image_editor import EditorData
from gradio.utils import get_upload_folder
from PIL import Image

from demo.errors import InputError
from demo.i18n import TABLES, current, say
from demo.images import open_image

log = logging.getLogger("demo")


# Sketchpads open with no tool chosen ("select the draw tool to start"), and "Clear canvas" drops the
# tool again; a student expects to draw at once. So whenever a shown sketchpad (elem_id ending in
# "sketchpad") has neither the brush nor the eraser chosen, the page picks the brush. A tool the
# student chose (the eraser) is left alone.
PICK_BRUSH_JS = """
() => {
  const TOOLS = ['Brush', 'Erase'];
  const lastPick = new WeakMap();
  const pick = () => {
    for (const pad of document.querySelectorAll('[id$="sketchpad"]')) {
      if (pad.offsetParent === null) continue;
      const tools = TOOLS.map(t => pad.querySelector(`button[aria-label="${t}"]`)).filter(Boolean);
      if (!tools.length || tools.some(t => t.classList.contains('highlight'))) continue;
      if (Date.now() - (lastPick.get(pad) || 0) < 300) { setTimeout(pick, 320); continue; }
      lastPick.set(pad, Date.now());
      tools[0].click();
    }
  };
  new MutationObserver(pick).observe(document.body,
    {subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden']});
}
"""

# The footer's Settings can switch the page to another language; gradio keeps that choice in the page alone
# (as <html lang>), while the server writes its sentences in the language of the request's Accept-Language
# (demo.app.LectureBlocks). So every call the page makes to the server asks for the language the page shows.
ASK_IN_PAGE_LANGUAGE_JS = """
() => {
  const send = window.fetch;
  window.fetch = (resource, options = {}) => {
    const lang = document.documentElement.lang;
    const url = resource instanceof Request ? resource.url : String(resource);
    if (lang && url.includes('/gradio_api/')) {
      const headers = new Headers(options.headers || (resource instanceof Request ? resource.headers : {}));
      headers.set('Accept-Language', lang);
      options = {...options, headers};
    }
    return send(resource, options);
  };
}
"""
PAGE_JS = f"() => {{ ({PICK_BRUSH_JS.strip()})(); ({ASK_IN_PAGE_LANGUAGE_JS.strip()})(); }}"  # launch(js=...)


def as_gr_error(error: InputError) -> gr.Error:
    """The one door from the core's InputError to what a browser shows: its sentence, no trace."""
    return gr.Error(str(error), print_exception=False)


# Static text is translated in the browser (the page follows its language): components take t("key")
# wherever they would take a string. demo.app passes I18N to launch().
I18N = gr.I18n(**TABLES)


def t(key: str):
    """The static text `key`, translated in the browser into the page's language."""
    if key not in TABLES["en"]:
        raise KeyError(f"no text {key!r} in demo/i18n/en.py")
    return I18N(key)


def _one_sentence(fn, error: Exception) -> gr.Error:
    if isinstance(error, gr.Error):
        return error
    if isinstance(error, InputError):
        return as_gr_error(error)
    log.error("callback %s failed", fn.__name__, exc_info=error)
    return as_gr_error(InputError(say("errors.bug")))


def friendly(fn):
    """Wrap a callback (or a generator that streams its answers): `InputError` -> `gr.Error` with its
    sentence; a bug -> a short apology. No stack trace reaches the browser; bugs are logged on the server.
    """
    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def streaming(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except Exception as e:  # noqa: BLE001 - every error becomes one sentence
                raise _one_sentence(fn, e) from None

        return streaming

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as e:  # noqa: BLE001 - every error becomes one sentence
            raise _one_sentence(fn, e) from None

    return wrapper


NOT_UPLOADED = TABLES["en"]["errors.not_uploaded"]  # in the request's language: say("errors.not_uploaded")


def uploaded(path: str | Path) -> str:
    """`path`, resolved (links and '..' followed), if it lies in gradio's upload cache; else InputError.

    An endpoint reads only files gradio received as uploads (or put there itself, such as a
    component's default picture): never a file of the server's own. The sentence is the same whether
    or not the file exists, so it tells nothing about the server's files.
    """
    try:
        real = os.path.realpath(path)
    except (TypeError, ValueError, OSError):
        raise InputError(say("errors.not_uploaded")) from None
    cache = os.path.realpath(get_upload_folder())
    if os.path.commonpath([real, cache]) != cache or real == cache:
        raise InputError(say("errors.not_uploaded"))
    return real


def file_path(payload) -> str | None:
    """The server-side path inside a FileData payload (or a plain path), checked to be an upload
    (`uploaded`); None when empty."""
    if payload is None:
        return None
    if isinstance(payload, (str, Path)):
        return uploaded(payload) if str(payload) else None
    if isinstance(payload, dict):
        if payload.get("path"):
            return uploaded(payload["path"])
        url = payload.get("url") or ""
        if isinstance(url, str) and url.startswith("data:"):
            raise InputError("Send the image as a file, not as a data URL.")
        return None
    raise InputError("The image did not arrive as a file; please upload it again.")


PICTURES_KEPT = 4_096  # PNG files remembered (a class's test digits, neighbours and first looks)
_PICTURES: "OrderedDict[bytes, Path]" = OrderedDict()
_PICTURES_LOCK = threading.Lock()


PICTURE_AGE_S = 3_600  # seconds; pictures made from a student's upload go when gradio deletes uploads
_SWEPT = [0.0]


def _sweep_pictures() -> None:
    """Delete picture files older than PICTURE_AGE_S, at most once a minute."""
    now = time.time()
    with _PICTURES_LOCK:
        if now - _SWEPT[0] < 60:
            return
        _SWEPT[0] = now
    folder = Path(get_upload_folder()) / "pictures"
    for path in folder.rglob("*") if folder.is_dir() else ():
        if not path.is_file():
            continue
        try:
            if now - path.stat().st_mtime > PICTURE_AGE_S:
                path.unlink()
        except OSError:
            pass  # another thread swept it first


def picture_file(image: np.ndarray) -> str:
    """A PNG of uint8 `image` (H, W[, 3]) in gradio's file cache, encoded once per distinct picture.

    gr.Image would encode and write a returned array on every response; a class asks for the same
    pictures again and again (test digits, their neighbours, every tab's first look). A path already in
    gradio's cache is served as it is. Files older than gradio's `delete_cache` age are written again.
    """
    _sweep_pictures()
    image = np.ascontiguousarray(image)
    key = hashlib.blake2b(image.data, digest_size=16, person=str(image.shape).encode()[:16]).digest()
    with _PICTURES_LOCK:
        path = _PICTURES.get(key)
        if path is not None:
            _PICTURES.move_to_end(key)
    if path is not None and path.exists():
        return str(path)
    path = Path(get_upload_folder()) / "pictures" / f"{key.hex()}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{threading.get_ident()}.tmp")
    Image.fromarray(image).save(tmp, format="PNG", compress_level=1)
    os.replace(tmp, path)  # atomic: a reader never sees half a file
    with _PICTURES_LOCK:
        _PICTURES[key] = path
        while len(_PICTURES) > PICTURES_KEPT:
            _PICTURES.popitem(last=False)
    return str(path)


def saved_file(name: str, content: bytes) -> str:
    """`content` as a file called `name` in gradio's cache (a download), deleted with the pictures."""
    folder = Path(get_upload_folder()) / "pictures" / hashlib.blake2b(content, digest_size=12).hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    tmp = folder / f".{name}.{threading.get_ident()}.tmp"
    tmp.write_bytes(content)
    os.replace(tmp, path)
    return str(path)


def progress_bar(progress: gr.Progress):
    """The core's `Progress` callback (demo.progress) mapped onto gradio's bar."""
    return lambda done, total, info: progress(done / max(total, 1), desc=info)


FIRST_LOOKS_KEPT = 32  # distinct first looks remembered (default inputs: one per tab and network)
FIRST_LOOK_TTL_S = 600  # seconds; well under gradio's one-hour file cleanup, so its pictures still exist
OPENED_KEPT = 4_096  # (browser session, tab) pairs remembered as already shown
_FIRST_LOOKS: "OrderedDict[tuple, object]" = OrderedDict()
_OPENED: "OrderedDict[tuple, None]" = OrderedDict()
_LOOKS_LOCK = threading.Lock()


def _remember(store: OrderedDict, key, value, limit: int) -> None:
    with _LOOKS_LOCK:
        store[key] = value
        store.move_to_end(key)
        while len(store) > limit:
            store.popitem(last=False)


def on_tab_open(fn, inputs, outputs, **kwargs):
    """Compute a tab's first look when a student opens the tab, once per page, not at start-up.

    Call at the end of a tab's build_tab (the tab is then gradio's current block). The answer for
    inputs that can be hashed (the defaults) is computed once for the whole class and remembered; a
    page that opens the tab again keeps what it shows.
    """
    from gradio.context import Context

    tab = Context.block
    if not isinstance(tab, gr.Tab):
        raise TypeError("on_tab_open must be called in build_tab, outside any row or column")
    count = len(outputs) if isinstance(outputs, (list, tuple)) else 1

    def first_look(*args, request: gr.Request = None):
        seen = (getattr(request, "session_hash", None), tab._id, fn.__name__)
        with _LOOKS_LOCK:
            if seen[0] is not None and seen in _OPENED:
                return gr.skip() if count == 1 else tuple(gr.skip() for _ in range(count))
        try:
            key = (fn.__name__, current(), *args)  # its sentences are in the page's language
            hash(key)
        except TypeError:
            key = None  # an upload's payload: computed for this page only
        with _LOOKS_LOCK:
            made, answer = _FIRST_LOOKS.get(key, (0.0, None)) if key is not None else (0.0, None)
        if answer is None or time.monotonic() - made > FIRST_LOOK_TTL_S:
            answer = fn(*args)
            if key is not None:
                _remember(_FIRST_LOOKS, key, (time.monotonic(), answer), FIRST_LOOKS_KEPT)
        if seen[0] is not None:
            _remember(_OPENED, seen, None, OPENED_KEPT)
        return answer

    first_look.__name__ = f"{fn.__name__}_first_look"
    kwargs.setdefault("show_progress", "hidden")
    return tab.select(first_look, inputs, outputs, api_visibility="private", **kwargs)


def fill_on_page_load(values, outputs):
    """Show `values` in `outputs` when a page opens, in the browser alone (no call to the server).

    For inputs whose API default must stay blank (a blank stack means "the preset") while a student
    should see them filled in.
    """
    from gradio.context import Context

    return Context.root_block.load(None, None, outputs, js=f"() => {json.dumps(list(values))}",
                                   api_visibility="private", queue=False, show_progress="hidden")


def _schema(model) -> dict:
    """The payload's JSON schema as gradio's API page shows it, a fresh copy of the one made per model (pydantic
    takes ~3 ms to make it, and gradio asks every picture component for it each time it builds the config)."""
    return copy.deepcopy(_made_schema(model))


@functools.cache
def _made_schema(model) -> dict:
    schema = model.model_json_schema()
    schema["additional_description"] = schema.pop("description", None)
    return schema


class Picture(gr.Image):
    """gr.Image for pictures a callback reads itself (preprocess=False, `file_path`): gradio does not
    validate the payload against its data model first, whose report on a malformed payload is a page
    of pydantic; `file_path` answers it, and any path that is not an upload, in one sentence."""

    data_model = None

    def api_info(self) -> dict:
        return _schema(ImageData)

    def get_block_name(self) -> str:
        return "image"


class Sketchpad(gr.Sketchpad):
    """gr.Sketchpad whose drawings are read by `read_sketch` (events with preprocess=False), so a
    payload that is not a drawing, names a file that was not uploaded, or is a decompression bomb
    gets one sentence of ours before anything decodes it."""

    # gradio validates an input against its data model before any callback runs, and answers a
    # malformed payload with pydantic's report; read_sketch checks the raw payload itself instead.
    data_model = None

    def api_info(self) -> dict:
        return _schema(EditorData)

    def get_block_name(self) -> str:
        return "imageeditor"  # the same front-end as gr.Sketchpad


_SKETCHPADS: "weakref.WeakSet[Sketchpad]" = weakref.WeakSet()  # whose streamed drawings read_sketch looks up


def sketchpad(**kwargs) -> Sketchpad:
    """A Sketchpad (gradio reads a component's settings off its constructor, so no __init__ of ours)."""
    pad = Sketchpad(**kwargs)
    _SKETCHPADS.add(pad)
    return pad


def read_sketch(payload) -> Image.Image | None:
    """The drawing (composite) of a sketchpad's raw payload as upright RGBA, or None when empty.

    The browser sends the composite either as an uploaded file or as bytes streamed to the
    component (`id`); both are read with demo.images.open_image (size checked before decoding).
    """
    if payload is None:
        return None
    if not isinstance(payload, dict):
        raise InputError("The sketch did not arrive as a drawing; draw it again.")
    blob_id = payload.get("id")
    if blob_id is not None:
        for pad in list(_SKETCHPADS):
            blobs = pad.blob_storage.pop(blob_id, None) if isinstance(blob_id, str) else None
            if blobs is not None:
                return None if blobs.composite is None else open_image(bytes(blobs.composite))
    composite = payload.get("composite")
    if composite is None:
        return None
    path = file_path(composite)
    return None if path is None else open_image(path)
