"""Students, simulated: many gradio sessions calling the app over plain HTTP, as browser pages do.

Each `Session` has its own session hash and speaks gradio's queue protocol (sse_v3): POST
`queue/join` with the event's inputs, then read `queue/data` (server-sent events) until that event
completes. `serve()` starts an app script in its own process so that its CPU time and memory can be
read from /proc while clients load it. Used by benchmarks/load.py and the short load check of the
test suite.
"""

import asyncio
import base64
import io
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")

# A bare gradio app with one echo event: the baseline every ratio is taken against.
ECHO_APP = """
import sys
import gradio as gr
import torch  # noqa: F401 - a fair baseline pays for torch too

with gr.Blocks() as demo:
    text = gr.Textbox()
    out = gr.Textbox()
    text.submit(lambda s: s, text, out, api_name="echo")
demo.queue()
demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
"""


def app_lanes() -> dict[str, tuple[str, int]]:
    """api_name -> (lane, its concurrency limit) of the app's public events (builds the app, serves nothing)."""
    from demo.app import build_app

    return {fn.api_name: (fn.concurrency_id, fn.concurrency_limit) for fn in build_app().fns.values()
            if fn.api_name and fn.api_visibility == "public"}


def floor_app(lanes: dict[str, tuple[str, int]]) -> str:
    """The floor: an app with the same api_names, inputs and lanes (app_lanes()) as the class's actions
    (student_actions), queued and its sessions kept as ours are, that answers each call at once. What the app would reach if its own
    work cost nothing: the rest is gradio's and the load generator's."""
    events = {name: (len(data), *lanes[name]) for name, data in student_actions(random.Random(0))}
    return f"""
import sys
import gradio as gr
import torch  # noqa: F401 - as the app does
from demo.base import config
from demo.web import serving

serving.lean_sessions()  # as the app: a new session builds no component's configuration up front
with gr.Blocks() as demo:
    for name, (count, lane, limit) in {events!r}.items():
        inputs = [gr.Textbox(visible=False) for _ in range(count)]
        gr.Button(name).click(lambda *values: "ok", inputs, gr.Textbox(), api_name=name, preprocess=False,
                              concurrency_id=lane, concurrency_limit=limit)
demo.queue(max_size=config.QUEUE_SIZE, default_concurrency_limit=config.SHORT_CONCURRENCY)
demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
"""


def run(coroutine):
    """asyncio.run in a thread of its own: works even where an event loop already runs (Playwright's)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen

    def cpu_seconds(self) -> float:
        """User + system CPU time of the server process and its threads so far."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS

    def rss_mib(self) -> float:
        pages = int(Path(f"/proc/{self.process.pid}/statm").read_text().split()[1])
        return pages * PAGE_SIZE / 2**20


@contextmanager
def serve(script: str | None = None, env: dict | None = None, timeout: float = 120.0):
    """Run `python app.py --port P` (or an inline script taking the port) until the block ends."""
    port = free_port()
    if script is None:
        command = [sys.executable, str(ROOT / "app.py"), "--port", str(port), "--host", "127.0.0.1"]
    else:
        command = [sys.executable, "-c", script, str(port)]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the app exited: {process.stderr.read()[-2000:]}")
            try:
                if httpx.get(f"{url}/gradio_api/info", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the app did not answer in time")
            time.sleep(0.2)
        yield Server(url, process)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def endpoints(url: str) -> dict[str, int]:
    """api_name -> fn_index (the dependency id the queue expects)."""
    config = httpx.get(f"{url.rstrip('/')}/config", timeout=30).json()
    return {d["api_name"]: d["id"] for d in config["dependencies"] if d.get("api_name")}


@dataclass
class Result:
    api_name: str
    seconds: float
    ok: bool
    error: str = ""


class Session:
    """One browser page: one session hash, events through the queue, one event stream at a time
    (as the page keeps it), so several events of one page may run at once."""

    def __init__(self, client: httpx.AsyncClient, url: str, fn_index: dict[str, int]):
        self.client, self.url, self.fn_index = client, url.rstrip("/"), fn_index
        self.hash = uuid.uuid4().hex[:11]
        self._waiting: dict[str, asyncio.Future] = {}
        self._reader: asyncio.Task | None = None

    async def call(self, api_name: str, data: list, timeout: float = 60.0) -> Result:
        start = time.perf_counter()
        try:
            output = await asyncio.wait_for(self._call(api_name, data), timeout)
            ok = output.get("success", False)
            error = "" if ok else str(output.get("output", {}).get("error") or output.get("title"))
        except (httpx.HTTPError, asyncio.TimeoutError, ValueError) as e:
            ok, error = False, f"{type(e).__name__}: {e}"[:200]
        return Result(api_name, time.perf_counter() - start, ok, error)

    async def _call(self, api_name: str, data: list) -> dict:
        body = {"data": data, "event_data": None, "fn_index": self.fn_index[api_name], "trigger_id": None,
                "session_hash": self.hash}
        joined = await self.client.post(f"{self.url}/gradio_api/queue/join", json=body)
        if joined.status_code != 200:
            raise ValueError(f"HTTP {joined.status_code}: {joined.text[:120]}")
        event_id = joined.json()["event_id"]
        done = asyncio.get_running_loop().create_future()
        self._waiting[event_id] = done
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read())
        try:
            return await done
        finally:
            self._waiting.pop(event_id, None)

    async def _read(self) -> None:
        """Read the session's event stream, handing each completed event to its caller; reopen it
        while events are still waited for (the server closes it when none is pending)."""
        while self._waiting:
            try:
                async with self.client.stream("GET", f"{self.url}/gradio_api/queue/data",
                                              params={"session_hash": self.hash}) as stream:
                    buffer = ""
                    async for chunk in stream.aiter_text():
                        buffer += chunk
                        while "\n\n" in buffer:
                            line, buffer = buffer.split("\n\n", 1)
                            if not line.startswith("data:"):
                                continue
                            message = json.loads(line[5:])
                            waiter = self._waiting.get(message.get("event_id"))
                            if message["msg"] == "process_completed" and waiter is not None and not waiter.done():
                                waiter.set_result(message)
            except httpx.HTTPError as e:
                for waiter in list(self._waiting.values()):
                    if not waiter.done():
                        waiter.set_exception(ValueError(f"the event stream failed: {type(e).__name__} {e}"))
                return
            await asyncio.sleep(0.01)


def new_client(connections: int = 400) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    return httpx.AsyncClient(timeout=httpx.Timeout(120.0), limits=limits)


def _webcam_frame() -> str:
    """A webcam picture as the page's recorder sends it: a 192x144 JPEG data URL (a dark disc on a lit wall)."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (192, 144), (200, 190, 170))
    ImageDraw.Draw(im).ellipse((60, 30, 140, 110), fill=(40, 60, 90))
    buffer = io.BytesIO()
    im.save(buffer, "JPEG", quality=85)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode()


WEBCAM_FRAME = _webcam_frame()


# What a student does in the lecture, with the inputs each action sends (bundled defaults only).
def student_actions(rng: random.Random) -> list[tuple[str, list]]:
    k = rng.randint(1, 20)
    return [
        ("classify_test_example", [rng.randint(0, 999), "none"]),
        ("classify_test_example", [rng.randint(0, 999), "none"]),
        ("architecture", [rng.choice(["vgg16", "alexnet", "lenet5", "vgg19_bn"]), "", None, None, None,
                          rng.choice(["MACs", "FLOPs"])]),
        ("rf_table", [rng.choice(["alexnet", "vgg16", "lenet5"]), "", None, None, None]),
        ("knn_search", ["mnist-subset", "pixels", "l2", "exact", k, 0, 16, 32, 64, rng.randint(0, 999)]),
        ("convolve", [None, rng.choice(["Sobel x (vertical edges)", "box blur 3x3", "Laplacian"]), "", 1,
                      rng.randint(0, 3), 1]),
        ("connectivity", [224, 224, 3, 55, 55, rng.choice([64, 96, 128]), 11]),
        ("rf_rule", [rng.choice([3, 5, 7]), rng.randint(1, 4)]),
        # Your classes, as a page that has none yet asks: the class shown, the live label on an empty pad, the
        # webcam's picture while following it
        ("classes_show", [rng.choice(["cat", "dog"])]),
        ("classes_live", [None]),
        ("classes_follow", [[WEBCAM_FRAME]]),
        # Fooled: a test digit attacked on the perceptron (the Perceptron tab's section, the Overview's digit)
        ("adversarial", [None, rng.randint(0, 999), "perceptron", "none", rng.choice([8, 16, 25]), "fgsm", 10]),
        ("fooled_digit", [rng.randint(0, 999), rng.choice([12, 25])]),
    ]


@dataclass
class ClassReport:
    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0

    def of(self, api_name: str) -> list[float]:
        return [r.seconds for r in self.results if r.api_name == api_name and r.ok]

    @property
    def failures(self) -> list[Result]:
        return [r for r in self.results if not r.ok]

    @property
    def calls_per_second(self) -> float:
        return len(self.results) / max(self.seconds, 1e-9)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


async def run_class(url: str, students: int, seconds: float, pause: float = 3.0, seed: int = 0,
                    actions=student_actions) -> ClassReport:
    """`students` sessions, each acting about every `pause` seconds (jittered), for `seconds`."""
    fn_index = endpoints(url)
    report = ClassReport()
    start = time.perf_counter()

    async def student(i: int, client: httpx.AsyncClient):
        rng = random.Random(seed * 1000 + i)
        session = Session(client, url, fn_index)
        await asyncio.sleep(rng.uniform(0, pause))  # a class does not press the first button in step
        while time.perf_counter() - start < seconds:
            name, data = rng.choice(actions(rng))
            report.results.append(await session.call(name, data))
            if pause:
                await asyncio.sleep(rng.uniform(0.5 * pause, 1.5 * pause))

    async with new_client() as client:
        await asyncio.gather(*(student(i, client) for i in range(students)))
    report.seconds = time.perf_counter() - start
    return report


async def burst(url: str, api_name: str, data: list, count: int) -> list[Result]:
    """`count` sessions pressing the same button at the same moment."""
    fn_index = endpoints(url)
    async with new_client(count + 10) as client:
        sessions = [Session(client, url, fn_index) for _ in range(count)]
        return await asyncio.gather(*(s.call(api_name, data) for s in sessions))


async def sequential(url: str, api_name: str, data: list, calls: int, new_sessions: bool = False,
                     fn_index: dict[str, int] | None = None) -> list[Result]:
    """`calls` calls one after another, in one session (or each in a new one). fn_index: endpoints(url),
    read here when not given (a page load's /config)."""
    fn_index = fn_index or endpoints(url)
    async with new_client(8) as client:
        session = Session(client, url, fn_index)
        out = []
        for _ in range(calls):
            if new_sessions:
                session = Session(client, url, fn_index)
            out.append(await session.call(api_name, data))
        return out


def median(values) -> float:
    return statistics.median(values) if values else float("nan")
