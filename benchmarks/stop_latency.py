"""Stop under a class's load: how long after Stop a live training run has ended, quiet and while a class works.

The app runs in its own process (as a Space runs it). A trainer page starts a run through the queue
(`/train`, the VGG-style network for 20 epochs, as a student would), waits until its curves have grown
twice, then presses Stop as the page does (a `queue=False` call, `POST /gradio_api/run/predict`), and
measures:
- ack: until the Stop call itself answers;
- halted: until the page is told that training has stopped ("Stopped by you: scoring…", streamed the
  moment the training thread sees Stop, before its next step): when Stop has taken effect;
- end: until the run's final answer (the weights learnt so far scored on the test split, the status
  "stopped by you", the results, the downloads) arrives.

First on a quiet server, then while the class-load generator (tests/loadgen.py: `--students` sessions
acting every `--pause` seconds, in a process of its own so the clock here is not slowed by it) runs.
Prints medians over `--tries`. Goal (issue 18): Stop takes effect (halted) within 2 s, whatever the load.

    python -m benchmarks.stop_latency                  # about 3 minutes
    python -m benchmarks.stop_latency --pause 0        # a class clicking without any pause
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent

from tests.loadgen import endpoints, serve  # noqa: E402

FORM = ["vgg-small", "mnist-subset", "relu", "none", 0.0, "adam", 0.003, 20, 64, False, 0, ""]
GROWN = 2  # curves streamed before Stop is pressed
CLASS = """
import asyncio, sys
from tests.loadgen import run_class
report = asyncio.run(run_class(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), pause=float(sys.argv[4]), seed=3))
print(len(report.results), len(report.failures), round(report.calls_per_second, 1))
"""


def stop_fn_index(url: str) -> int:
    """The Stop button's event (private: no API name to call it by, as the page calls it)."""
    config = httpx.get(f"{url}/config", timeout=30).json()
    return next(d["id"] for d in config["dependencies"] if d.get("api_name") == "stop_training")


def one_try(url: str, train_index: int, stop_index: int, timeout: float = 120.0) -> tuple[float, float, float, str]:
    """Start a run, press Stop after GROWN streamed curves: (ack, halted, end seconds, final status)."""
    session = uuid.uuid4().hex[:11]
    with httpx.Client(timeout=timeout) as client:
        body = {"data": FORM, "event_data": None, "fn_index": train_index, "trigger_id": None,
                "session_hash": session}
        event_id = client.post(f"{url}/gradio_api/queue/join", json=body).json()["event_id"]
        grown, pressed, ack, halted = 0, None, float("nan"), float("nan")
        with client.stream("GET", f"{url}/gradio_api/queue/data", params={"session_hash": session}) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("event_id") != event_id:
                    continue
                if message["msg"] == "process_generating":
                    if pressed is not None and "Stopped by you" in line and halted != halted:
                        halted = time.perf_counter() - pressed
                    grown += 1
                    if grown == GROWN and pressed is None:
                        pressed = time.perf_counter()
                        answer = client.post(f"{url}/gradio_api/run/predict",
                                             json={"data": [], "event_data": None, "fn_index": stop_index,
                                                   "trigger_id": None, "session_hash": session})
                        answer.raise_for_status()
                        ack = time.perf_counter() - pressed
                elif message["msg"] == "process_completed":
                    end = time.perf_counter() - (pressed or time.perf_counter())
                    output = message.get("output", {})
                    status = str((output.get("data") or [None, output.get("error")])[1])[:80]
                    return ack, halted, end, status
    raise RuntimeError("the event stream ended before the run did")


def measure(url: str, tries: int, label: str) -> tuple[float, float, float]:
    index = endpoints(url)["train"]
    stop = stop_fn_index(url)
    rows = []
    for i in range(tries):
        ack, halted, end, status = one_try(url, index, stop)
        rows.append((ack, halted, end))
        print(f"  {label} try {i + 1}: Stop answered in {ack:.2f} s, training stopped {halted:.2f} s and the run "
              f"ended {end:.2f} s after Stop ({status})", flush=True)
    return tuple(statistics.median(column) for column in zip(*rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=50)
    parser.add_argument("--pause", type=float, default=3.0, help="seconds between a student's actions (0: none)")
    parser.add_argument("--tries", type=int, default=5)
    parser.add_argument("--warm-up", type=float, default=10.0, help="seconds of class load before the first try")
    args = parser.parse_args()
    with serve() as app:
        measure(app.url, 1, "warm-up")  # weights, data, threads
        quiet = measure(app.url, args.tries, "quiet")
        seconds = args.warm_up + args.tries * 40.0  # the class works longer than the tries take
        load = subprocess.Popen([sys.executable, "-c", CLASS, app.url,
                                 str(args.students), str(seconds), str(args.pause)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        try:
            time.sleep(args.warm_up)
            loaded = measure(app.url, args.tries, f"{args.students} students")
        finally:
            load.terminate()
            load.wait(30)
    print(f"\nStop latency, median of {args.tries} (VGG-style network, 20 epochs, Stop after {GROWN} curve updates):")
    for name, (ack, halted, end) in (("quiet server", quiet),
                                     (f"{args.students} students, an action every {args.pause:g} s", loaded)):
        print(f"  {name:38} Stop answered {ack:.2f} s, training stopped {halted:.2f} s, run ended {end:.2f} s")
    print(f"  loaded / quiet: stopped {loaded[1] / max(quiet[1], 1e-9):.1f}x, "
          f"ended {loaded[2] / max(quiet[2], 1e-9):.1f}x; goal: stopped within 2 s under load: "
          f"{'met' if loaded[1] <= 2.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
