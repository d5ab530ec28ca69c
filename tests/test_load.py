"""A short class in CI: 10 students for 12 s against the app in its own process (as a Space runs it).

The long measurement (50 students, bursts, a 10-minute soak, ratios against a bare gradio app) is
benchmarks/load.py; this keeps the same paths honest on every run: no failures, memory flat.
"""

from loadgen import run, run_class, serve

STUDENTS, SECONDS, PAUSE = 10, 12.0, 1.0
MEMORY_GROWTH = 1.15  # resident memory at the end against after the warm-up pass


def test_ten_students_for_twelve_seconds():
    with serve() as app:
        warm = run(run_class(app.url, STUDENTS, 8.0, pause=PAUSE, seed=1))  # every action runs once or more
        assert warm.failures == [], warm.failures[:3]
        warm_rss = app.rss_mib()
        report = run(run_class(app.url, STUDENTS, SECONDS, pause=PAUSE, seed=2))
        end_rss = app.rss_mib()
    assert report.failures == [], report.failures[:3]
    assert len(report.results) >= STUDENTS * SECONDS / (2 * PAUSE)  # they were answered, not stalled
    assert end_rss <= MEMORY_GROWTH * warm_rss, (warm_rss, end_rss)
