"""Cold start: seconds from `python app.py` to the first HTTP 200, next to a minimal Gradio app.

The baseline is the smallest honest app: it imports gradio and torch (as ours must) and serves one
textbox. Both are started alternately, ROUNDS times each, on free ports; we print the medians and
the ratio. Goal: ours at most 1.3x the minimal app (aim 1.15x).

Our app.py holds Python's garbage collector off while it starts (see there), which the minimal app
does not; so a third app, the minimal one started the same way, is timed beside them, and the ratio
to it says what our own imports, tabs and page cost, like for like.

    python -m benchmarks.cold_start [--rounds 5]
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.3
AIM = 1.15
MINIMAL_APP = """
import gradio as gr
import torch  # noqa: F401 - the baseline pays for torch too
with gr.Blocks() as demo:
    gr.Textbox("hello")
demo.launch()
"""
MINIMAL_APP_GC_OFF = "import gc\ngc.disable()\n" + MINIMAL_APP.replace("demo.launch()", "gc.freeze()\ngc.enable()\ndemo.launch()")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def time_to_200(script: Path, timeout: float = 120.0) -> float:
    port = free_port()
    env = dict(os.environ, GRADIO_SERVER_PORT=str(port), GRADIO_ANALYTICS_ENABLED="False")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(script)], cwd=script.parent, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < timeout:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as r:
                    if r.status == 200:
                        return time.perf_counter() - start
            except OSError:
                time.sleep(0.05)
        raise TimeoutError(f"{script} did not answer within {timeout} s")
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        minimal, minimal_gc_off = Path(tmp) / "minimal_app.py", Path(tmp) / "minimal_app_gc_off.py"
        minimal.write_text(MINIMAL_APP)
        minimal_gc_off.write_text(MINIMAL_APP_GC_OFF)
        time_to_200(ROOT / "app.py")  # warm the disk cache once for all, unmeasured
        time_to_200(minimal)
        ours, base, base_gc_off = [], [], []
        for i in range(args.rounds):
            base.append(time_to_200(minimal))
            ours.append(time_to_200(ROOT / "app.py"))
            base_gc_off.append(time_to_200(minimal_gc_off))
            print(f"round {i + 1}: minimal {base[-1]:.2f} s, app.py {ours[-1]:.2f} s, "
                  f"minimal with the collector off {base_gc_off[-1]:.2f} s", flush=True)
    m_ours, m_base, m_gc_off = statistics.median(ours), statistics.median(base), statistics.median(base_gc_off)
    ratio = m_ours / m_base
    print(f"\ncold start, median of {args.rounds}: app.py {m_ours:.2f} s, minimal gradio+torch app {m_base:.2f} s, "
          f"minimal app with the collector off while it starts {m_gc_off:.2f} s")
    print(f"ratio {ratio:.2f}x (goal <= {GOAL}x, aim {AIM}x): {'met' if ratio <= GOAL else 'NOT met'}")
    print(f"like for like (both with the collector off while starting): {m_ours / m_gc_off:.2f}x")


if __name__ == "__main__":
    main()
