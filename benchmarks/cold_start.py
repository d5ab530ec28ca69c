"""Cold start: seconds from `python app.py` to the first HTTP 200, next to a minimal Gradio app.

The baseline is the smallest honest app: it imports gradio and torch (as ours must) and serves one
textbox. Both are started alternately, ROUNDS times each, on free ports; we print the medians and
the ratio. Goal: ours at most 1.3x the minimal app.

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
MINIMAL_APP = """
import gradio as gr
import torch  # noqa: F401 - the baseline pays for torch too
with gr.Blocks() as demo:
    gr.Textbox("hello")
demo.launch()
"""


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
        minimal = Path(tmp) / "minimal_app.py"
        minimal.write_text(MINIMAL_APP)
        time_to_200(ROOT / "app.py")  # warm the disk cache once for both, unmeasured
        time_to_200(minimal)
        ours, base = [], []
        for i in range(args.rounds):
            base.append(time_to_200(minimal))
            ours.append(time_to_200(ROOT / "app.py"))
            print(f"round {i + 1}: minimal {base[-1]:.2f} s, app.py {ours[-1]:.2f} s", flush=True)
    m_ours, m_base = statistics.median(ours), statistics.median(base)
    ratio = m_ours / m_base
    print(f"\ncold start, median of {args.rounds}: app.py {m_ours:.2f} s, minimal gradio+torch app {m_base:.2f} s")
    print(f"ratio {ratio:.2f}x (goal <= {GOAL}x): {'met' if ratio <= GOAL else 'NOT met'}")


if __name__ == "__main__":
    main()
