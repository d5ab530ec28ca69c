"""What every tab's callbacks share: turning core errors into one sentence, and reading payloads.

Events that take uploaded images run with `preprocess=False`, so a file that is not an image, or
a gigantic one, reaches our own reader (demo.base.images) instead of failing inside gradio with a bare
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
from gradio.data_classes import FileData, ListFiles
from gradio.components.image_editor import EditorData
from gradio.utils import get_upload_folder
from PIL import Image

from demo.base.errors import InputError
from demo.i18n import TABLES, current, say
from demo.base.images import open_image
from demo.web import webcam

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
# The answer appears where the student is looking: after a main action, its first result is scrolled into view
# when it lies outside the window (a phone shows the controls above the answers). The least scroll that shows the
# result's top: a result already in view stays where it is.
REVEAL_JS = """
() => {
  window.revealResult = (id) => {
    const show = () => {
      const el = document.getElementById(id);
      if (!el || el.offsetParent === null) return;
      const top = el.getBoundingClientRect().top;
      if (top >= 0 && top < window.innerHeight - 48) return;
      el.scrollIntoView({block: top < 0 || el.offsetHeight > window.innerHeight ? 'start' : 'nearest',
                         behavior: 'smooth'});
    };
    requestAnimationFrame(() => requestAnimationFrame(show));  // after the answer is drawn
  };
}
"""
# A section's first look is asked for when the section first comes near the window (on_seen): each hidden button
# "seen-<id>" is clicked once, when element <id> is within 300 pixels below the window's bottom.
SEEN_JS = """
() => {
  const watched = new WeakSet();
  const watch = () => {
    for (const button of document.querySelectorAll('button.seen-trigger')) {
      const target = document.getElementById(button.id.replace(/^seen-/, ''));
      if (watched.has(button) || !target) continue;
      watched.add(button);
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) { observer.disconnect(); button.click(); }
      }, {rootMargin: '0px 0px 300px 0px'});
      observer.observe(target);
    }
  };
  watch();
  new MutationObserver(watch).observe(document.body, {subtree: true, childList: true});
}
"""
# For screen readers and the keyboard (WCAG 2.1 AA, as axe-core checks it), three things gradio 6 leaves undone,
# fixed in the page after every change of it. Each takes `words`: the page language's name for a picture and for
# an empty panel (demo/i18n "app.a11y.*").
# A picture sits in an unnamed <button> (gradio's select-a-point; no key can choose a point): it is named after
# the picture's label, and taken out of the Tab order, where it would be a stop that does nothing.
NAME_PICTURES_JS = """
(words) => {
  for (const button of document.querySelectorAll('.image-container > button')) {
    if (button.hasAttribute('aria-label') && !button.dataset.named) continue;  // gradio named it
    const label = button.closest('.block')?.querySelector('[data-testid="block-label"]')?.textContent.trim();
    const name = label || button.querySelector('img')?.alt || words.image;
    if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
    button.dataset.named = '1';
    if (button.tabIndex !== -1) button.tabIndex = -1;
  }
}
"""
# An empty panel (a plot or picture not drawn yet) carries aria-label="Empty value" on a plain <div>, which
# ARIA does not allow: it becomes an image named "<its label>: empty".
NAME_EMPTY_PANELS_JS = """
(words) => {
  for (const box of document.querySelectorAll('.empty[aria-label]')) {
    const label = box.closest('.block')?.querySelector('[data-testid="block-label"]')?.textContent.trim();
    const name = label ? `${label}: ${words.empty}` : words.empty;
    if (box.getAttribute('role') !== 'img') box.setAttribute('role', 'img');
    if (box.getAttribute('aria-label') !== name) box.setAttribute('aria-label', name);
  }
}
"""
# A panel that scrolls (a Markdown block whose formula overflows, a wide table) but holds nothing focusable
# cannot be scrolled with the keyboard: it joins the Tab order while it scrolls.
FOCUSABLE_SCROLLERS_JS = """
() => {
  const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
  const scrolls = (el) => {  // a box folded to nothing (an empty answer) shows nothing to scroll to
    if (!el.clientWidth || !el.clientHeight) return false;
    const s = getComputedStyle(el);
    return (/auto|scroll/.test(s.overflowY) && el.scrollHeight > el.clientHeight)
        || (/auto|scroll/.test(s.overflowX) && el.scrollWidth > el.clientWidth);
  };
  const changes = [];  // read the whole layout first, then write: one layout per pass
  for (const el of document.querySelectorAll('.block, .prose pre, .prose table, .table-wrap')) {
    if (!el.checkVisibility()) continue;
    const ours = el.dataset.scrollFocus === '1';
    if (el.hasAttribute('tabindex') && !ours) continue;
    const wanted = scrolls(el) && ![...el.querySelectorAll(FOCUSABLE)].some(e => e.checkVisibility());
    if (wanted !== ours) changes.push([el, wanted]);
  }
  for (const [el, wanted] of changes) {
    if (wanted) { el.tabIndex = 0; el.dataset.scrollFocus = '1'; }
    else { el.removeAttribute('tabindex'); delete el.dataset.scrollFocus; }
  }
}
"""
ACCESSIBLE_WORDS = {lang: {"image": table["app.a11y.image"], "empty": table["app.a11y.empty"]}
                    for lang, table in TABLES.items()}
# Runs the three after each change of the page (at most every 200 ms), in the language the page shows.
ACCESSIBLE_JS = f"""
() => {{
  const WORDS = {json.dumps(ACCESSIBLE_WORDS, ensure_ascii=False)};
  const fixes = [{NAME_PICTURES_JS.strip()}, {NAME_EMPTY_PANELS_JS.strip()}, {FOCUSABLE_SCROLLERS_JS.strip()}];
  let timer = null;
  const pass = () => {{
    timer = null;
    const words = WORDS[(document.documentElement.lang || 'en').slice(0, 2)] || WORDS.en;
    for (const fix of fixes) fix(words);
  }};
  const soon = () => {{ if (timer === null) timer = setTimeout(pass, 200); }};
  new MutationObserver(soon).observe(document.body, {{subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: ['class', 'style', 'hidden']}});
  new MutationObserver(soon).observe(document.documentElement, {{attributes: true, attributeFilter: ['lang']}});
  window.addEventListener('resize', soon);
  soon();
}}
"""
# The keys that move a slider (arrows, Home/End, Page Up/Down) send the value they chose: gradio's range sends
# its `release` event (the one most sliders here answer) only when a pointer lets go, so letting go of the key
# does the same. A held key sends once, when it is let go.
KEYS_RELEASE_SLIDERS_JS = """
() => {
  const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
  document.addEventListener('keyup', (e) => {
    const range = e.target;
    if (!KEYS.has(e.key) || !(range instanceof HTMLInputElement) || range.type !== 'range') return;
    range.dispatchEvent(new PointerEvent('pointerup', {bubbles: true}));
  }, true);
}
"""
# A slider's number box sends its value (gradio's `release`) whenever it loses the focus: a student who moves
# through a tab with the Tab key would re-send every slider passed (on CNN that restarts the sliding window), so
# a box left unchanged sends nothing.
UNCHANGED_BOX_SILENT_JS = """
() => {
  const shown = new WeakMap();  // a slider's number box -> its value when it got the focus
  const isSliderBox = (box) => box instanceof HTMLInputElement && box.type === 'number'
      && box.closest('.block')?.querySelector('input[type=range]');
  document.addEventListener('focus', (e) => { if (isSliderBox(e.target)) shown.set(e.target, e.target.value); }, true);
  document.addEventListener('blur', (e) => {
    if (isSliderBox(e.target) && shown.get(e.target) === e.target.value) e.stopImmediatePropagation();
  }, true);
}
"""
# Enter in a slider's number box sends the number shown: gradio's box commits its value only when it loses the
# focus (Tab works, Enter did nothing), so Enter takes the focus away and gives it back.
ENTER_COMMITS_JS = """
() => {
  document.addEventListener('keydown', (e) => {
    const box = e.target;
    if (e.key !== 'Enter' || !(box instanceof HTMLInputElement) || box.type !== 'number') return;
    if (!box.closest('.block')?.querySelector('input[type=range]')) return;  // a slider's number box only
    e.preventDefault();
    box.blur();
    box.focus();
  }, true);
}
"""
# A stroke begun before the page has picked the brush (a student who draws at once) would leave no ink: the
# pointer going down on a pad with no tool picks the brush, then the same press reaches the canvas again.
FIRST_STROKE_JS = """
() => {
  document.addEventListener('pointerdown', (e) => {
    const pad = e.target instanceof HTMLCanvasElement && e.target.closest('[id$="sketchpad"]');
    if (!pad || !e.isTrusted) return;
    const tools = ['Brush', 'Erase'].map(t => pad.querySelector(`button[aria-label="${t}"]`)).filter(Boolean);
    if (!tools.length || tools.some(t => t.classList.contains('highlight'))) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    tools[0].click();
    const again = new PointerEvent('pointerdown', e);
    requestAnimationFrame(() => requestAnimationFrame(() => e.target.dispatchEvent(again)));
  }, true);
}
"""
PAGE_JS = (f"() => {{ ({PICK_BRUSH_JS.strip()})(); ({ASK_IN_PAGE_LANGUAGE_JS.strip()})(); "
           f"({REVEAL_JS.strip()})(); ({ENTER_COMMITS_JS.strip()})(); ({FIRST_STROKE_JS.strip()})(); "
           f"({ACCESSIBLE_JS.strip()})(); ({KEYS_RELEASE_SLIDERS_JS.strip()})(); "
           f"({UNCHANGED_BOX_SILENT_JS.strip()})(); ({webcam.RECORDER_JS.strip()})(); "
           f"({webcam.HOVER_PICTURES_JS.strip()})(); ({SEEN_JS.strip()})(); }}")  # launch(js=...)


def reveal(dependency, elem_id: str):
    """After `dependency` (an event) succeeds, scroll the component `elem_id` into view if it is out of it."""
    return dependency.success(None, None, None, js=f"() => window.revealResult({json.dumps(elem_id)})",
                              api_visibility="private", queue=False, show_progress="hidden")


def reveal_now(trigger, elem_id: str):
    """When `trigger` fires (a click), scroll `elem_id` into view at once (long work streams its answers there)."""
    return trigger(None, None, None, js=f"() => window.revealResult({json.dumps(elem_id)})",
                   api_visibility="private", queue=False, show_progress="hidden")


def as_gr_error(error: InputError) -> gr.Error:
    """The one door from the core's InputError to what a browser shows: its sentence, no trace."""
    return gr.Error(str(error), print_exception=False)


# Static text is translated in the browser (the page follows its language): components take t("key")
# wherever they would take a string. demo.app passes I18N to launch().
I18N = gr.I18n(**TABLES)


def t(key: str):
    """The static text `key`, translated in the browser into the page's language."""
    if key not in TABLES["en"]:
        raise KeyError(f"no text {key!r} in demo/i18n")
    return I18N(key)


def preset_choices() -> list[tuple]:
    """demo.layers' presets as dropdown choices (title, key): a title in the page's language where it has
    words to translate ("VGG-16 (D)" is only names)."""
    from demo import layers

    return [(t(layers.title_key(k)) if layers.title_key(k) else p.title, k) for k, p in layers.PRESETS.items()]


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
            raise InputError(say("common.err.data_url"))
        return None
    raise InputError(say("common.err.not_a_file"))


PICTURES_KEPT = 4_096  # PNG files remembered (a class's test digits, neighbours and first looks)
_PICTURES: "OrderedDict[bytes, Path]" = OrderedDict()
_PICTURES_LOCK = threading.Lock()


PICTURE_AGE_S = 3_600  # seconds; pictures made from a student's upload go when gradio deletes uploads
_SWEPT = [time.time()]  # the first sweep a minute after start-up, not during it


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
    """The core's `Progress` callback (demo.base.progress) mapped onto gradio's bar."""
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


def _first_look(fn, count: int, place: int, fresh=None):
    """`fn` as a first look: the answer for inputs that can be hashed is computed once for the whole class and
    remembered; a page asks once per `place` (a tab, a section), later asks are skipped."""
    def first_look(*args, request: gr.Request = None):
        seen = (getattr(request, "session_hash", None), place, fn.__name__)
        with _LOOKS_LOCK:
            if seen[0] is not None and seen in _OPENED:
                return gr.skip() if count == 1 else tuple(gr.skip() for _ in range(count))
        try:
            key = (fn.__name__, current(), *args, fresh() if fresh else None)  # sentences in the page's language
            hash(key)
        except TypeError:
            key = None  # an upload's payload: computed for this page only
        with _LOOKS_LOCK:
            made, answer = _FIRST_LOOKS.get(key, (0.0, None)) if key is not None else (0.0, None)
        if answer is None or time.monotonic() - made > FIRST_LOOK_TTL_S or not _pictures_exist(answer):
            answer = fn(*args)
            if key is not None:
                _remember(_FIRST_LOOKS, key, (time.monotonic(), answer), FIRST_LOOKS_KEPT)
        if seen[0] is not None:
            _remember(_OPENED, seen, None, OPENED_KEPT)
        return answer

    first_look.__name__ = f"{fn.__name__}_first_look"
    return first_look


def on_tab_open(fn, inputs, outputs, fresh=None, **kwargs):
    """Compute a tab's first look when a student opens the tab, once per page, not at start-up.

    Call at the end of a tab's build_tab (the tab is then gradio's current block). The answer for
    inputs that can be hashed (the defaults) is computed once for the whole class and remembered; a
    page that opens the tab again keeps what it shows. `fresh`, a cheap call (which weights files are
    present), joins the remembered answer's key: a look made before a file arrived is not shown after it.
    """
    from gradio.context import Context

    tab = Context.block
    if not isinstance(tab, gr.Tab):
        raise TypeError("on_tab_open must be called in build_tab, outside any row or column")
    count = len(outputs) if isinstance(outputs, (list, tuple)) else 1
    kwargs.setdefault("show_progress", "hidden")
    return tab.select(_first_look(fn, count, tab._id, fresh), inputs, outputs, api_visibility="private", **kwargs)


def on_seen(elem_id: str, fn, inputs, outputs, **kwargs):
    """Compute a section's first look when it first scrolls near the window (the tab a page opens on is never
    selected, and opening the page computes nothing on the server): the page clicks a hidden button "seen-<id>"
    once component `elem_id` comes within SEEN_MARGIN of the window (SEEN_JS). Remembered as on_tab_open's.
    Call where the button may sit (it takes no room)."""
    count = len(outputs) if isinstance(outputs, (list, tuple)) else 1
    button = gr.Button(elem_id=f"seen-{elem_id}", elem_classes=["seen-trigger"])
    kwargs.setdefault("show_progress", "hidden")
    return button.click(_first_look(fn, count, button._id), inputs, outputs, api_visibility="private", **kwargs)


def _pictures_exist(answer) -> bool:
    """Whether every picture file a remembered answer names is still in gradio's cache (a cache cleared
    under a running server, or a picture swept, makes the look be computed again, not shown broken)."""
    if isinstance(answer, (tuple, list)):
        return all(_pictures_exist(part) for part in answer)
    if isinstance(answer, str) and answer.startswith(str(get_upload_folder())):
        return os.path.exists(answer)
    return True


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


class Files(gr.File):
    """gr.File for files a callback reads itself (preprocess=False, `file_path` on each): as Picture, gradio does
    not validate the payload first, so what is not a file (or a list of them) gets one sentence of ours."""

    # gr.File sets its data model in its constructor (a list or one file); it stays unset here.
    @property
    def data_model(self):
        return None

    @data_model.setter
    def data_model(self, _model):
        pass

    def api_info(self) -> dict:
        return _schema(ListFiles) if self.file_count in ("multiple", "directory") else _schema(FileData)

    def get_block_name(self) -> str:
        return "file"


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
    component (`id`); both are read with demo.base.images.open_image (size checked before decoding).
    """
    if payload is None:
        return None
    if not isinstance(payload, dict):
        raise InputError(say("common.err.not_a_drawing"))
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
