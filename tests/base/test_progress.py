"""demo.base.progress: stages of a long job fill their share of one bar; the CLI's tqdm bar follows the job."""

import io

from tqdm import tqdm

from demo.base.progress import stage, tqdm_progress


def test_a_stage_fills_its_share_of_the_bar():
    seen = []
    second_half = stage(lambda done, total, info: seen.append((done, total, info)), 0.5, 1.0)
    second_half(0, 10, "a")
    second_half(5, 10, "b")
    second_half(10, 10, "c")
    assert seen == [(500, 1000, "a"), (750, 1000, "b"), (1000, 1000, "c")]
    assert stage(None, 0, 1) is None
    nested = []
    stage(stage(lambda d, t, i: nested.append(d), 0.0, 0.5), 0.5, 1.0)(1, 1, "")
    assert nested == [500]  # the second half of the first half ends at a half


def test_tqdm_progress_moves_a_real_bar():
    out = io.StringIO()
    bar = tqdm(total=1, file=out, mininterval=0)
    report = tqdm_progress(bar)
    report(3, 40, "epoch 1")
    report(40, 40, "done")
    assert bar.total == 40 and bar.n == 40
    bar.close()
    assert "40/40" in out.getvalue() and "done" in out.getvalue()
