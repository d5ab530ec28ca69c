"""What every tab's callbacks share: turning core errors into one sentence, and reading payloads.

Events that take uploaded images run with `preprocess=False`, so a file that is not an image, or
a gigantic one, reaches our own reader (demo.images) instead of failing inside gradio with a bare
"Error". The payload is then gradio's FileData dict.
"""

import functools
import hashlib
import json
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path

import gradio as gr
import numpy as np
from gradio.utils import get_upload_folder
from PIL import Image

from demo.errors import InputError
from demo.images import check_image_file

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


def as_gr_error(error: InputError) -> gr.Error:
    """The one door from the core's InputError to what a browser shows: its sentence, no trace."""
    return gr.Error(str(error), print_exception=False)


def friendly(fn):
    """Wrap a callback: `InputError` -> `gr.Error` with its sentence; a bug -> a short apology.

    No stack trace reaches the browser either way; bugs are logged on the server.
    """
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except InputError as e:
            raise as_gr_error(e) from None
        except Exception:
            log.exception("callback %s failed", fn.__name__)
            raise as_gr_error(InputError("Something went wrong on the server while computing this; "
                                         "please try another input.")) from None

    return wrapper


def file_path(payload) -> str | None:
    """The server-side path inside a FileData payload (or a plain path), None when empty."""
    if payload is None:
        return None
    if isinstance(payload, (str, Path)):
        return str(payload)
    if isinstance(payload, dict):
        if payload.get("path"):
            return payload["path"]
        url = payload.get("url") or ""
        if url.startswith("data:"):
            raise InputError("Send the image as a file, not as a data URL.")
        return None
    raise InputError("The image did not arrive as a file; please upload it again.")


PICTURES_KEPT = 4_096  # PNG files remembered (a class's test digits, neighbours and first looks)
_PICTURES: "OrderedDict[bytes, Path]" = OrderedDict()
_PICTURES_LOCK = threading.Lock()


def picture_file(image: np.ndarray) -> str:
    """A PNG of uint8 `image` (H, W[, 3]) in gradio's file cache, encoded once per distinct picture.

    gr.Image would encode and write a returned array on every response; a class asks for the same
    pictures again and again (test digits, their neighbours, every tab's first look). A path already in
    gradio's cache is served as it is. Files older than gradio's `delete_cache` age are written again.
    """
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


def progress_bar(progress: gr.Progress):
    """The core's `Progress` callback (demo.progress) mapped onto gradio's bar."""
    return lambda done, total, info: progress(done / max(total, 1), desc=info)


def on_page_load(fn, inputs, outputs, **kwargs):
    """Run `fn` each time a page opens, for a first look too slow to compute while the app starts.

    Tabs are built inside the app's Blocks without a handle on it; gradio keeps the Blocks being
    built in its context, and its `load` is the page-load event.
    """
    from gradio.context import Context

    return Context.root_block.load(fn, inputs, outputs, api_visibility="private", **kwargs)


def fill_on_page_load(values, outputs):
    """Show `values` in `outputs` when a page opens, in the browser alone (no call to the server).

    For inputs whose API default must stay blank (a blank stack means "the preset") while a student
    should see them filled in.
    """
    from gradio.context import Context

    return Context.root_block.load(None, None, outputs, js=f"() => {json.dumps(list(values))}",
                                   api_visibility="private", queue=False, show_progress="hidden")


class Sketchpad(gr.Sketchpad):
    """gr.Sketchpad whose unreadable payloads end in one sentence rather than a bare "Error".

    A sketch must be preprocessed by gradio (the browser sends its strokes as blobs that only the
    component can assemble), so the check has to live in the component.
    """

    def get_block_name(self) -> str:
        return "imageeditor"  # the same front-end as gr.Sketchpad

    def _images(self, payload) -> list:
        """The payload's pictures: files, or the bytes the browser streamed as blobs."""
        source = payload
        if payload is not None and payload.id is not None:
            source = self.blob_storage.get(payload.id)
        if source is None:
            return []
        return [f for f in (source.background, source.composite, *(source.layers or [])) if f is not None]

    def preprocess(self, payload):
        try:
            for image in self._images(payload):  # a decompression bomb is refused before gradio decodes it
                check_image_file(image.path if hasattr(image, "path") else bytes(image))
            return super().preprocess(payload)
        except InputError as e:
            raise as_gr_error(e) from None
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            raise as_gr_error(InputError("The sketch could not be read as an image; please draw it again.")) from None
