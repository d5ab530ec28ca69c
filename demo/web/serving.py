"""How the app serves a whole class on two cores: lanes, one heavy job per session, lean sessions.

- Lanes. Every computing event runs in one of three concurrency groups, so a drawing is never
  queued behind a measurement: SHORT (classifiers and calculators, milliseconds), IMAGES (picture
  work and one k-NN search, tens of milliseconds) and HEAVY (accuracy for every k, scaling runs,
  training: seconds to minutes, one or two at a time).
- One heavy job per session: a second heavy request from the same browser page while its first
  runs is refused with one sentence (`one_at_a_time`).
- Lean sessions. Gradio builds, for every new session, the configuration of every component of the
  page (hundreds here) and keeps it for up to `state_session_capacity` sessions. `LeanSessionState`
  builds a component's configuration only when an event changes it, so a session costs what it
  uses; `SESSION_CAPACITY` bounds how many are kept.
- Memory: four malloc arenas and a periodic trim keep resident memory flat (`bound_memory`).
- Answers made where they are computed (`at_once`): gradio postprocesses each output of an event in a
  worker thread of its own and walks its files twice; for a call of a few milliseconds that cost more than
  the answer. A short event postprocesses its outputs in its own thread, once, and a pure one (a calculator)
  keeps its postprocessed answer for the next identical call, so a class asking the same pays once.
- The page's config read once (`KeptConfig`): gradio copies and rewrites the whole page's configuration
  (hundreds of components, a megabyte of JSON) for every page that opens: about 100 ms of CPU each, which a
  hall opening the link at once pays 200 times. It is the same for every page served under the same address,
  so it is kept, per address, as gradio wrote it.
- Threads: torch and FAISS use `config.TORCH_THREADS` threads per call (1 by default: on two
  cores, two calls side by side beat two calls fighting over four threads), and OpenMP threads
  sleep instead of spinning while they wait (`config.SERVING_ENVIRONMENT`, set before torch loads).
"""

import asyncio
import copy
import ctypes
import functools
import inspect
import threading
import time
from collections import OrderedDict

import anyio
import gradio as gr
import gradio.state_holder

from demo.base import config
from demo.base.errors import InputError
from demo.i18n import current, say

SHORT = dict(concurrency_id="short", concurrency_limit=config.SHORT_CONCURRENCY)
IMAGES = dict(concurrency_id="images", concurrency_limit=config.IMAGE_CONCURRENCY)
HEAVY = dict(concurrency_id="heavy", concurrency_limit=config.HEAVY_CONCURRENCY)
SESSION_CAPACITY = config.SESSION_CAPACITY


class _LazyConfigs(dict):
    """Component configurations of one session, each built on first use (gradio builds them all)."""

    def __init__(self, blocks_config, keys):
        super().__init__()
        self._blocks_config, self._keys = blocks_config, keys

    def __missing__(self, key):
        if key not in self._keys:
            raise KeyError(key)
        value = self._blocks_config.config_for_block(key, [], self._blocks_config.blocks[key])
        self[key] = value
        return value

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, key) or key in self._keys

    def _all(self):
        for key in self._keys:
            self[key]  # noqa: B018 - builds the missing ones

    def items(self):  # a deep link saves every component: build them all first
        self._all()
        return dict.items(self)

    def values(self):
        self._all()
        return dict.values(self)


class LeanSessionState(gradio.state_holder.SessionState):
    """gradio's SessionState with configurations built lazily (see the module docstring)."""

    def __init__(self, blocks):
        self.blocks_config = gradio.state_holder.copy(blocks.default_config)
        self.config_values = _LazyConfigs(self.blocks_config,
                                          frozenset(k for k in self.blocks_config.blocks if k in blocks.blocks))
        self.state_data = {}
        self._state_ttl = {}
        self.is_closed = False
        self.STATE_TTL_WHEN_CLOSED = 3600
        self._values: dict[int, object] = {}  # the last value each input had, for a deep link

    # gradio rebuilds a component's configuration after every event that touches it; only a deep
    # link ever reads them, so they are rebuilt when one asks, and an input's value is only noted.
    def _update_config(self, key: int):
        dict.pop(self.config_values, key, None)

    def _update_value_in_config(self, key: int, value):
        self._values[key] = value

    @property
    def components(self):
        for key, block_config in self.config_values.items():
            if key in self._values and "props" in block_config:
                block_config["props"]["value"] = self._values[key]
            if block_config:
                yield block_config


CONFIG_PATHS = ("/config", "/config/")
CONFIGS_KEPT = 8  # addresses the page is served under (localhost, the Space's URL, a LAN address, ...)
_ADDRESS_HEADERS = (b"host", b"x-forwarded-host", b"x-forwarded-proto")  # what gradio's root URL is made of


class KeptConfig:
    """ASGI middleware: the page's config (GET /config, no query) as gradio answered it the first time for the
    same address, kept (CONFIGS_KEPT addresses) and compressed once (brotli or gzip, as the browser accepts:
    about a tenth of its megabyte; gradio compresses files by their extension and sends this one whole).
    The app has no login: the answer names no user. A deep link or a page (a query) goes to gradio every time.
    """

    def __init__(self, app):
        self.app = app
        self.kept: OrderedDict[tuple, tuple[int, list, dict[str, bytes]]] = OrderedDict()
        self._making = None  # an asyncio.Lock (made in the server's event loop): a hall opening at once makes it once

    async def __call__(self, scope, receive, send):
        if (scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in CONFIG_PATHS
                or scope.get("query_string")):
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        key = (scope["path"], scope.get("scheme"), scope.get("root_path"), scope.get("server"),
               *(headers.get(name) for name in _ADDRESS_HEADERS))
        kept = self.kept.get(key)
        if kept is None:
            self._making = self._making or asyncio.Lock()
            async with self._making:
                kept = self.kept.get(key)
                if kept is None and not await self._make(key, scope, receive, send):
                    return
                kept = self.kept[key]
        status, raw_headers, bodies = kept
        accepted = headers.get(b"accept-encoding", b"").decode("latin-1")
        encoding = "br" if "br" in accepted else "gzip" if "gzip" in accepted else ""
        if encoding not in bodies:
            bodies[encoding] = await anyio.to_thread.run_sync(_compressed, bodies[""], encoding)
        body = bodies[encoding]
        out = [(k, v) for k, v in raw_headers if k.lower() not in (b"content-length", b"content-encoding", b"vary")]
        out += [(b"content-length", str(len(body)).encode()), (b"vary", b"Accept-Encoding")]
        if encoding:
            out.append((b"content-encoding", encoding.encode()))
        await send({"type": "http.response.start", "status": status, "headers": out})
        await send({"type": "http.response.body", "body": body})

    async def _make(self, key, scope, receive, send) -> bool:
        """Ask gradio for the config and keep it; an answer other than 200 is passed on as it is (False)."""
        messages = []

        async def collect(message):
            messages.append(message)

        await self.app(scope, receive, collect)
        if not messages or messages[0].get("status") != 200:
            for message in messages:
                await send(message)
            return False
        body = b"".join(m.get("body", b"") for m in messages[1:])
        self.kept[key] = (200, list(messages[0]["headers"]), {"": body})
        while len(self.kept) > CONFIGS_KEPT:
            self.kept.popitem(last=False)
        return True


def _compressed(body: bytes, encoding: str) -> bytes:
    if encoding == "br":
        import brotli  # gradio's own dependency (its compression middleware)

        return brotli.compress(body, quality=5)
    import gzip

    return gzip.compress(body, compresslevel=6)


def lean_sessions() -> None:
    """Make gradio create LeanSessionState for every new session of this process."""
    gradio.state_holder.SessionState = LeanSessionState


def configure_threads() -> None:
    """Torch and FAISS threads per call, as `config.TORCH_THREADS` says."""
    import faiss
    import torch

    torch.set_num_threads(config.TORCH_THREADS)
    faiss.omp_set_num_threads(config.TORCH_THREADS)


M_ARENA_MAX = -8  # glibc's mallopt parameter number
TRIM_EVERY_S = 30.0


def bound_memory() -> None:
    """Keep the server's memory flat under a class's load (glibc only; elsewhere nothing happens).

    Each of gradio's worker threads would get its own malloc arena (up to 8 per core), and freed
    memory stays mapped: resident memory then creeps up for hours. Four arenas, and memory handed
    back to the system every TRIM_EVERY_S seconds, keep it where the warm-up left it.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_ARENA_MAX, 4)
    except (OSError, AttributeError):
        return

    def trim():
        while True:
            time.sleep(TRIM_EVERY_S)
            libc.malloc_trim(0)

    threading.Thread(target=trim, name="malloc-trim", daemon=True).start()


_HEAVY_SESSIONS: set[str] = set()
_HEAVY_LOCK = threading.Lock()


def one_at_a_time(fn):
    """Refuse a heavy job from a session that already has one running (a streaming one too).

    `fn` takes `request: gr.Request = None`; gradio fills it in (in its place among the arguments).
    """
    def claim(args, kwargs):
        request = kwargs.get("request") or next((a for a in args if isinstance(a, gr.Request)), None)
        key = getattr(request, "session_hash", None)
        with _HEAVY_LOCK:
            if key is not None and key in _HEAVY_SESSIONS:
                raise InputError(say("serving.err.one_job"))
            if key is not None:
                _HEAVY_SESSIONS.add(key)
        return key

    def release(key):
        with _HEAVY_LOCK:
            _HEAVY_SESSIONS.discard(key)

    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def streaming(*args, **kwargs):
            key = claim(args, kwargs)
            try:
                yield from fn(*args, **kwargs)
            finally:
                release(key)

        return streaming

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = claim(args, kwargs)
        try:
            return fn(*args, **kwargs)
        finally:
            release(key)

    return wrapper


ANSWERS_KEPT = 512  # postprocessed answers of pure calls kept (a few kB each: tables, figures' JSON, text)
_ANSWERS: OrderedDict = OrderedDict()
_ANSWERS_LOCK = threading.Lock()


def _postprocessed(block, value):
    """`value` as gradio sends it for `block`: an update or a skip as it is, anything else postprocessed."""
    if isinstance(value, gr.blocks.Block) or (isinstance(value, dict) and value.get("__type__") == "update"):
        return value
    done = block.postprocess(value)
    return done.model_dump() if hasattr(done, "model_dump") else done


def at_once(fn, outputs, pure: bool = False) -> dict:
    """Event keywords (fn, outputs, postprocess=False) under which `fn`'s answer is postprocessed in the thread
    that computed it, once.

    pure: the answer depends only on the inputs and the page's language (no request, no session): it is kept,
    postprocessed, for identical calls (ANSWERS_KEPT of them, the least recently asked go first).
    """
    blocks = list(outputs) if isinstance(outputs, (list, tuple)) else [outputs]
    if pure and any(p.annotation is gr.Request for p in inspect.signature(fn).parameters.values()):
        raise ValueError(f"{fn.__name__} takes the request: its answer is not the same for every page")

    @functools.wraps(fn)
    def answer(*args, **kwargs):
        key = None
        # An argument naming a path (a picture sent as its path) is never kept: the answer would come from a
        # student's upload, and another page asking with the same text would get it without its own check.
        if pure and not kwargs and not any(isinstance(a, str) and "/" in a for a in args):
            try:
                key = (fn.__module__, fn.__qualname__, current(), *args)
                hash(key)
            except TypeError:
                key = None  # an unhashable input (a picture's payload): computed every time
        if key is not None:
            with _ANSWERS_LOCK:
                kept = _ANSWERS.get(key)
                if kept is not None:
                    _ANSWERS.move_to_end(key)
            if kept is not None:
                return copy.deepcopy(kept)  # gradio fills in file URLs in place
        values = fn(*args, **kwargs)
        several = isinstance(outputs, (list, tuple))
        done = [_postprocessed(b, v) for b, v in zip(blocks, values if several else (values,), strict=True)]
        result = tuple(done) if several else done[0]
        if key is not None:
            with _ANSWERS_LOCK:
                _ANSWERS[key] = copy.deepcopy(result)
                while len(_ANSWERS) > ANSWERS_KEPT:
                    _ANSWERS.popitem(last=False)
        return result

    return dict(fn=answer, outputs=outputs, postprocess=False)
