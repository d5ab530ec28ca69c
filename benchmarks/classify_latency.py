"""classify_digit round trip through gradio_client: p50/p95 over N calls, next to an echo endpoint.

The app is launched in this process; a second, one-line app (an endpoint that returns its input
image) is launched beside it and called the same way, so the ratio shows what our computation
adds to Gradio's own overhead. Goal: classify_digit p50 at most 50 ms.

Three views of the same call, so the floor is visible:
- gradio_client `predict` (upload, queue, result, download of the output image): what the goal names;
- plain HTTP, the documented REST route (upload, POST /gradio_api/call/<name>, read the event
  stream), which is what curl or a browser does without gradio_client's 50 ms polling loop;
- the server's own work (preprocess + both models), timed in-process.

    python -m benchmarks.classify_latency [--calls 100]
"""

import argparse
import tempfile
import time
from pathlib import Path

import gradio as gr
import httpx
import numpy as np
from gradio_client import Client, handle_file


from tests.helpers import render_digit  # noqa: E402

from demo.classify import digits  # noqa: E402
from demo.app import build_app, launch_options  # noqa: E402
from demo.base.data import load_dataset  # noqa: E402
from demo.base.images import open_image  # noqa: E402

GOAL_P50_MS = 50.0


def percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.percentile(samples, 50)), float(np.percentile(samples, 95))


def time_calls(client: Client, files: list[str], api_name: str, calls: int) -> list[float]:
    client.predict(handle_file(files[0]), api_name=api_name)  # warm-up: models load, caches fill
    out = []
    for i in range(calls):
        start = time.perf_counter()
        client.predict(handle_file(files[i % len(files)]), api_name=api_name)
        out.append((time.perf_counter() - start) * 1000)
    return out


def time_http(url: str, files: list[str], api_name: str, calls: int) -> list[float]:
    """The REST route without gradio_client: upload, call, read the server-sent events."""
    out = []
    with httpx.Client(base_url=url, timeout=30) as http:
        for i in range(calls + 1):
            start = time.perf_counter()
            with open(files[i % len(files)], "rb") as f:
                path = http.post("gradio_api/upload", files={"files": f}).json()[0]
            payload = {"data": [{"path": path, "meta": {"_type": "gradio.FileData"}}, "none"]}
            event_id = http.post(f"gradio_api/call/{api_name}", json=payload).json()["event_id"]
            with http.stream("GET", f"gradio_api/call/{api_name}/{event_id}") as stream:
                for line in stream.iter_lines():
                    if line.startswith("event: error"):
                        raise RuntimeError(f"{api_name} failed")
                    if line.startswith("event: complete"):
                        break
            if i:  # the first call is the warm-up
                out.append((time.perf_counter() - start) * 1000)
    return out


def time_server(files: list[str], calls: int) -> list[float]:
    out = []
    for i in range(calls + 1):
        start = time.perf_counter()
        digits.classify(digits.prepare_digit(open_image(files[i % len(files)])))
        if i:
            out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100)
    args = parser.parse_args()

    data = load_dataset()
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(10):
            path = Path(tmp) / f"digit{i}.png"
            render_digit(data.test_images[i * 100, 0]).save(path)
            files.append(str(path))

        app = build_app()
        options = launch_options([])
        options.update(server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True)
        _, app_url, _ = app.launch(**options)
        with gr.Blocks() as echo:
            image_in, image_out = gr.Image(type="filepath"), gr.Image()
            image_in.upload(lambda x: x, image_in, image_out, api_name="echo")
        _, echo_url, _ = echo.launch(prevent_thread_lock=True, quiet=True)

        rows = {
            "classify_digit, gradio_client": time_calls(Client(app_url, verbose=False), files,
                                                        "/classify_digit", args.calls),
            "echo, gradio_client": time_calls(Client(echo_url, verbose=False), files, "/echo", args.calls),
            "classify_digit, plain HTTP": time_http(app_url, files, "classify_digit", args.calls),
            "echo, plain HTTP": time_http(echo_url, files, "echo", args.calls),
            "classify_digit, server work only": time_server(files, args.calls),
        }
        app.close()
        echo.close()

    print(f"{args.calls} calls each, milliseconds per call")
    print(f"{'what':34} {'p50':>8} {'p95':>8}")
    for name, samples in rows.items():
        p50, p95 = percentiles(samples)
        print(f"{name:34} {p50:8.1f} {p95:8.1f}")
    p50 = percentiles(rows["classify_digit, gradio_client"])[0]
    echo50 = percentiles(rows["echo, gradio_client"])[0]
    print(f"gradio_client: classify_digit p50 is {p50 / echo50:.2f}x the echo's; goal p50 <= {GOAL_P50_MS:.0f} ms: "
          f"{'met' if p50 <= GOAL_P50_MS else 'NOT met'}")
    http50 = percentiles(rows["classify_digit, plain HTTP"])[0]
    print(f"plain HTTP: classify_digit p50 {http50:.1f} ms: {'met' if http50 <= GOAL_P50_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
