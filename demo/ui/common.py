"""What every tab's callbacks share: turning core errors into one sentence, and reading payloads.

Events that take uploaded images run with `preprocess=False`, so a file that is not an image, or
a gigantic one, reaches our own reader (demo.images) instead of failing inside gradio with a bare
"Error". The payload is then gradio's FileData dict.
"""

import functools
import logging
from pathlib import Path

import gradio as gr

from demo.errors import InputError

log = logging.getLogger("demo")

# Heavy events (model inference) share one queue slot pool; cheap ones use gradio's default.
INFERENCE = "inference"


# Sketchpads open with no tool chosen ("select the draw tool to start"); a student expects to draw at
# once, so the page picks the brush of every sketchpad (elem_id ending in "sketchpad") once it shows.
PICK_BRUSH_JS = """
() => {
  const pick = () => {
    for (const brush of document.querySelectorAll('[id$="sketchpad"] button[aria-label="Brush"]')) {
      if (brush.offsetParent !== null && !brush.dataset.picked) {
        brush.dataset.picked = '1';
        brush.click();
      }
    }
  };
  new MutationObserver(pick).observe(document.body,
    {subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden']});
}
"""


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
            raise gr.Error(str(e), print_exception=False) from None
        except Exception:
            log.exception("callback %s failed", fn.__name__)
            raise gr.Error("Something went wrong on the server while computing this; "
                           "please try another input.", print_exception=False) from None

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


def on_page_load(fn, inputs, outputs, **kwargs):
    """Run `fn` each time a page opens, for a first look too slow to compute while the app starts.

    Tabs are built inside the app's Blocks without a handle on it; gradio keeps the Blocks being
    built in its context, and its `load` is the page-load event.
    """
    from gradio.context import Context

    return Context.root_block.load(fn, inputs, outputs, api_visibility="private", **kwargs)


class Sketchpad(gr.Sketchpad):
    """gr.Sketchpad whose unreadable payloads end in one sentence rather than a bare "Error".

    A sketch must be preprocessed by gradio (the browser sends its strokes as blobs that only the
    component can assemble), so the check has to live in the component.
    """

    def get_block_name(self) -> str:
        return "imageeditor"  # the same front-end as gr.Sketchpad

    def preprocess(self, payload):
        try:
            return super().preprocess(payload)
        except (OSError, ValueError, SyntaxError):
            raise gr.Error("The sketch could not be read as an image; please draw it again.",
                           print_exception=False) from None
