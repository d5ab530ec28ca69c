"""Progress of long work, one type for the whole core: `progress(done, total, info)`.

Core functions that run for seconds (training, building an index, embedding a dataset, measuring
scaling) take an optional `Progress` callback. The app maps it to `gr.Progress` (demo.web.common),
the command line to a tqdm bar (`tqdm_progress` here).
"""

from typing import Callable

Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is happening now)


def stage(progress: Progress | None, low: float, high: float) -> Progress | None:
    """A callback for one stage of a longer job that fills the fraction [low, high] of the whole bar."""
    if progress is None:
        return None
    return lambda done, total, info: progress(int(1000 * (low + (high - low) * done / max(total, 1))), 1000, info)


def tqdm_progress(bar) -> Progress:
    """A `Progress` that moves a tqdm bar (its total follows the job's)."""
    def report(done: int, total: int, info: str) -> None:
        bar.total = total
        bar.set_postfix_str(info, refresh=False)
        bar.update(done - bar.n)  # tqdm redraws at most every `mininterval` seconds

    return report
