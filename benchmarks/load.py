"""A whole class at once: the app against a bare gradio echo app on the same machine, side by side.

Prints, for the app and the echo baseline (and their ratio):
- server CPU per call, 100 calls in a row in one session, median of 5 (classify_test_example, rf_table,
  architecture), against the echo app served as the app is (and the echo app as gradio ships it);
- server CPU of a new session's first call (what a student's first click costs);
- classify calls per second with 16 sessions calling without pause;
- a class of students acting every 3 s (and with no pause): p50/p95 per endpoint, failures, server CPU per call;
  at a human pace beside the floor: an app with the same api_names, inputs and lanes that answers at once
  (tests/loadgen.floor_app), run the same way just before, so the app is read against what gradio and the
  load generator leave of this machine;
- a burst of 120 simultaneous requests: refused, slowest answer;
- memory after warm-up and at the end of a soak run (--soak-minutes, 10 for the issue's goal).

Goals (issue 8): CPU per classify call <= 2x echo, new session <= 2x echo, >= 40 classify calls/s,
p95 <= 1 s for classify and the calculators with 50 students at a human pace and no failures, a burst of
120 all answered within 10 s with none refused, memory at the end <= 1.1x after warm-up.

    python -m benchmarks.load                   # about 5 minutes
    python -m benchmarks.load --soak-minutes 10 # the memory goal
    python -m benchmarks.load --hall            # a lecture hall: 200 students, the app against the floor only

Goal (issue 19): 200 students at a human pace, p95 <= 1 s for classify and the calculators.
"""

import argparse
import asyncio

from demo.base.config import SERVING_ENVIRONMENT
from tests.loadgen import (ECHO_APP, app_lanes, burst, endpoints, floor_app, median, percentile, run_class,
                           sequential, serve)

CALLS = 100  # the kernel counts CPU time in 10 ms ticks: 0.1 ms per call
ROUNDS = 5
SHORT = ("classify_test_example", "architecture", "rf_table", "convolve", "connectivity", "rf_rule", "knn_search",
         "classes_show", "classes_live", "classes_follow", "adversarial", "fooled_digit")


def cpu_per_call(server, api_name: str, data: list, calls: int = CALLS, rounds: int = ROUNDS,
                 new_sessions: bool = False) -> float:
    """Median over rounds of server CPU milliseconds per call (after one warm-up round). The page's config is
    read once, before: what a page load costs is measured apart (cpu_per_page)."""
    fn_index = endpoints(server.url)
    asyncio.run(sequential(server.url, api_name, data, 5, new_sessions, fn_index))
    per_call = []
    for _ in range(rounds):
        before = server.cpu_seconds()
        results = asyncio.run(sequential(server.url, api_name, data, calls, new_sessions, fn_index))
        assert all(r.ok for r in results), results[0].error
        per_call.append((server.cpu_seconds() - before) / calls * 1000)
    return median(per_call)


def cpu_per_page(server, pages: int = 20) -> float:
    """Server CPU milliseconds of one page load's config (/config, what every student's page reads first)."""
    endpoints(server.url)
    before = server.cpu_seconds()
    for _ in range(pages):
        endpoints(server.url)
    return (server.cpu_seconds() - before) / pages * 1000


def throughput(server, api_name: str, data: list, sessions: int = 16, seconds: float = 10.0) -> float:
    report = asyncio.run(run_class(server.url, sessions, seconds, pause=0.0,
                                   actions=lambda rng: [(api_name, data)]))
    return len([r for r in report.results if r.ok]) / report.seconds


def class_at_pace(server, students: int, seconds: float, pause: float):
    """A class run: its report and the server CPU milliseconds per call it cost."""
    before = server.cpu_seconds()
    report = asyncio.run(run_class(server.url, students, seconds, pause=pause))
    return report, (server.cpu_seconds() - before) / max(len(report.results), 1) * 1000


def print_class(title: str, report, cpu_ms: float, floor=None) -> None:
    print(f"\n{title}, {report.seconds:.0f} s: {report.calls_per_second:.1f} calls/s, server CPU {cpu_ms:.1f} ms per "
          f"call, {len(report.failures)} failures" + (f" (first: {report.failures[0].error})" if report.failures
                                                         else ""))
    if floor is not None:
        floor_report, floor_cpu = floor
        print(f"  the floor, same class: {floor_report.calls_per_second:.1f} calls/s, "
              f"server CPU {floor_cpu:.1f} ms per call, {len(floor_report.failures)} failures")
    for name in SHORT:
        times = report.of(name)
        if times:
            line = (f"  {name:24} n = {len(times):4}  p50 {percentile(times, 50) * 1000:7.0f} ms  "
                    f"p95 {percentile(times, 95) * 1000:7.0f} ms")
            if floor is not None and (base := floor[0].of(name)):
                line += f"   floor p50 {percentile(base, 50) * 1000:5.0f} ms  p95 {percentile(base, 95) * 1000:5.0f} ms"
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=50)
    parser.add_argument("--class-seconds", type=float, default=60.0)
    parser.add_argument("--burst", type=int, default=120)
    parser.add_argument("--soak-minutes", type=float, default=0.0, help="0: no soak run")
    parser.add_argument("--hall", action="store_true", help="200 students at a human pace, app and floor only")
    args = parser.parse_args()
    if args.hall:
        args.students = 200

    with serve(floor_app(app_lanes())) as floor_server:
        class_at_pace(floor_server, 20, 10, 1.0)  # warmed up as the app is below
        floor = class_at_pace(floor_server, args.students, args.class_seconds, 3.0)
    if args.hall:
        with serve() as app:
            class_at_pace(app, 20, 10, 1.0)  # every action once: warmed up, as a class after its first minute
            report, cpu_ms = class_at_pace(app, args.students, args.class_seconds, 3.0)
        print_class(f"{args.students} students, a human pace (one action every 3 s)", report, cpu_ms, floor)
        return

    rows = []
    # The echo app as gradio ships it recomputes statistics over every past event after each event (pandas,
    # up to 10,000 events): its cost per call grows with what it has served. Served as the app is served
    # (demo.base.config.SERVING_ENVIRONMENT) it is gradio's own floor; the ratios are taken against that.
    with serve(ECHO_APP) as echo:
        shipped_call = cpu_per_call(echo, "echo", ["hello"])
    with serve(ECHO_APP, env=SERVING_ENVIRONMENT) as echo:
        echo_call = cpu_per_call(echo, "echo", ["hello"])
        echo_session = cpu_per_call(echo, "echo", ["hello"], new_sessions=True)
        echo_rate = throughput(echo, "echo", ["hello"])
        echo_page = cpu_per_page(echo)
    rows.append(("server CPU per call, echo as gradio ships it", f"{shipped_call:.1f} ms", f"{echo_call:.1f} ms",
                 f"{shipped_call / echo_call:.2f}x", ""))
    with serve() as app:
        calls = {
            "classify_test_example": cpu_per_call(app, "classify_test_example", [7, "none"]),
            "rf_table": cpu_per_call(app, "rf_table", ["alexnet", "", None, None, None]),
            "architecture": cpu_per_call(app, "architecture", ["vgg16", "", None, None, None, "MACs"]),
        }
        session = cpu_per_call(app, "classify_test_example", [7, "none"], new_sessions=True)
        rate = throughput(app, "classify_test_example", [7, "none"])
        page = cpu_per_page(app)
        for name, ms in calls.items():
            rows.append((f"server CPU per call, {name}", f"{ms:.1f} ms", f"{echo_call:.1f} ms",
                         f"{ms / echo_call:.2f}x", "<= 2x" if name.startswith("classify") else ""))
        rows.append(("server CPU of a new session's first call", f"{session:.1f} ms", f"{echo_session:.1f} ms",
                     f"{session / max(echo_session, 1e-9):.2f}x", "<= 2x"))
        rows.append(("server CPU of a page load's config", f"{page:.1f} ms", f"{echo_page:.1f} ms",
                     f"{page / max(echo_page, 1e-9):.2f}x", ""))
        rows.append(("classify calls per second, 16 sessions, no pause", f"{rate:.0f}/s", f"{echo_rate:.0f}/s",
                     f"{rate / echo_rate:.2f}x", ">= 40/s"))

        warm_rss = None
        for pause, label in ((3.0, "a human pace (one action every 3 s)"), (0.0, "no pause")):
            report, cpu_ms = class_at_pace(app, args.students, args.class_seconds, pause)
            print_class(f"{args.students} students, {label}", report, cpu_ms, floor if pause else None)
            warm_rss = warm_rss or app.rss_mib()  # after every action has run once: warmed up
        results = asyncio.run(burst(app.url, "classify_test_example", [3, "none"], args.burst))
        refused = [r for r in results if not r.ok]
        slowest = max(r.seconds for r in results)
        rows.append((f"burst of {args.burst} simultaneous classify requests", f"{len(refused)} refused, slowest "
                     f"{slowest:.1f} s", "", "", "0 refused, <= 10 s"))
        if args.soak_minutes:
            report = asyncio.run(run_class(app.url, args.students, args.soak_minutes * 60, pause=3.0))
            print(f"\nsoak: {args.students} students for {args.soak_minutes:g} min, {len(report.results)} calls, "
                  f"{len(report.failures)} failures")
        end_rss = app.rss_mib()
        rows.append((f"memory after warm-up / at the end ({args.soak_minutes:g} min soak)",
                     f"{warm_rss:.0f} / {end_rss:.0f} MiB", "", f"{end_rss / warm_rss:.2f}x", "<= 1.1x"))

    print(f"\n{'measure':55} {'app':>26} {'echo app':>10} {'ratio':>7}  goal")
    for row in rows:
        print(f"{row[0]:55} {row[1]:>26} {row[2]:>10} {row[3]:>7}  {row[4]}")


if __name__ == "__main__":
    main()
