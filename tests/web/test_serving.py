"""demo.web.serving: lanes that keep short calls off heavy work, one heavy job per session, lean sessions."""

import asyncio
import threading

import gradio as gr
import pytest

from demo.base import config
from demo.base.errors import InputError
from demo.i18n import speaking
from demo.web import serving
from loadgen import Session, endpoints, new_client, run


def test_one_heavy_job_per_session():
    started, release = threading.Event(), threading.Event()

    @serving.one_at_a_time
    def job(x, request: gr.Request = None):
        started.set()
        release.wait(5)
        return x

    request = gr.Request(session_hash="abc")
    first = threading.Thread(target=job, args=(1,), kwargs={"request": request})
    first.start()
    started.wait(5)
    with pytest.raises(InputError, match="One long job at a time"):
        job(2, request=request)
    with speaking("ko"), pytest.raises(InputError, match="긴 작업은 한 번에 하나씩"):  # in the page's language
        job(2, request=request)
    other = gr.Request(session_hash="xyz")
    release.set()
    first.join()
    assert job(3, request=other) == 3 and job(4, request=request) == 4  # free again once it ends
    assert job(5, request) == 5  # gradio passes the request in its place among the arguments


def test_every_event_runs_in_a_lane():
    from demo.app import build_app

    lanes = {"short", "images", "heavy"}
    demo = build_app()
    for fn in demo.fns.values():
        if fn.api_name and fn.queue is not False and fn.fn is not None:
            assert fn.concurrency_id in lanes, (fn.api_name, fn.concurrency_id)
    heavy = {fn.api_name for fn in demo.fns.values() if fn.concurrency_id == "heavy" and fn.api_name}
    assert {"knn_accuracy", "knn_scaling"} <= heavy
    assert not heavy & {"classify_digit", "classify_test_example", "architecture", "rf_table", "knn_search"}


def test_a_classify_call_does_not_wait_behind_heavy_jobs(app_url):
    """Two measurements fill the heavy lane; a drawing classified meanwhile answers at once."""
    async def scenario():
        fn_index = endpoints(app_url)
        async with new_client() as http:
            heavy = [Session(http, app_url, fn_index) for _ in range(config.HEAVY_CONCURRENCY)]
            jobs = [asyncio.create_task(s.call("knn_scaling", [16, 100_000, 20, 10, 16, 32, 64], timeout=120))
                    for s in heavy]
            await asyncio.sleep(2.0)  # both measurements are running now
            quick = await Session(http, app_url, fn_index).call("classify_test_example", [5, "none"])
            still_running = not any(job.done() for job in jobs)
            results = await asyncio.gather(*jobs)
            return quick, still_running, results

    quick, still_running, results = run(scenario())
    assert quick.ok and quick.seconds < 2.0, quick
    assert still_running and all(r.ok for r in results)


def test_a_second_heavy_job_from_the_same_page_is_refused(app_url):
    async def scenario():
        fn_index = endpoints(app_url)
        async with new_client() as http:
            page = Session(http, app_url, fn_index)
            first = asyncio.create_task(page.call("knn_scaling", [16, 100_000, 10, 10, 16, 32, 64], timeout=120))
            for _ in range(2400):  # until the first has started (the app runs in this process); a busy machine,
                if page.hash in serving._HEAVY_SESSIONS:  # or heavy jobs an earlier test left, may queue it a while
                    break
                await asyncio.sleep(0.05)
            else:
                raise AssertionError("the first heavy job did not start within 120 s")
            second = await page.call("knn_accuracy", ["mnist-subset", "pixels", "l2", "exact", 3, 5, 0, 16, 32, 64])
            return await first, second

    first, second = run(scenario())
    assert first.ok
    assert not second.ok and "One long job at a time" in second.error


def test_sessions_do_not_build_every_components_configuration():
    from demo.app import build_app

    demo = build_app()
    state = serving.LeanSessionState(demo)
    assert dict.__len__(state.config_values) == 0  # nothing built up front
    some_id = next(iter(demo.blocks))
    assert state.config_values[some_id]["id"] == some_id and dict.__len__(state.config_values) == 1
    assert len(list(state.config_values.items())) == len(state.config_values._keys)  # a deep link gets them all


def test_a_pure_answer_is_postprocessed_once_and_kept_for_the_same_call():
    """at_once: the outputs come back as gradio sends them (a table's payload, a sentence), and a second identical
    call reuses the first's answer instead of computing it again; a new input, or another language, computes."""
    calls = []

    def double(n):
        calls.append(n)
        return {"headers": ["n", "2n"], "data": [[n, 2 * n]]}, f"{n} doubled"

    with gr.Blocks():
        table, text = gr.Dataframe(), gr.Markdown()
    event = serving.at_once(double, [table, text], pure=True)
    assert event["postprocess"] is False and event["outputs"] == [table, text]
    first = event["fn"](3)
    assert first[0]["data"] == [[3, 6]] and first[0]["headers"] == ["n", "2n"] and first[1] == "3 doubled"
    first[0]["data"][0][0] = "changed by gradio"  # what gradio does to an answer must not reach the kept one
    assert event["fn"](3)[0]["data"] == [[3, 6]] and calls == [3]
    event["fn"](4)
    with speaking("ko"):
        event["fn"](3)
    assert calls == [3, 4, 3]


def test_a_call_that_reads_the_request_is_never_kept():
    def per_page(n, request: gr.Request = None):
        return n

    with gr.Blocks():
        out = gr.Number()
    with pytest.raises(ValueError, match="request"):
        serving.at_once(per_page, out, pure=True)
    assert serving.at_once(per_page, out)["fn"](5) == 5


def test_an_answer_made_from_a_path_is_never_kept():
    calls = []

    def look(path):
        calls.append(path)
        return path

    with gr.Blocks():
        out = gr.Textbox()
    event = serving.at_once(look, out, pure=True)
    event["fn"]("/tmp/gradio/abc/photo.png")
    event["fn"]("/tmp/gradio/abc/photo.png")
    assert len(calls) == 2


def test_the_pages_config_is_gradios_kept_per_address_and_compressed(app_url):
    """Every page reads /config first: the answer is gradio's own (its deep-link route, a query, is not
    kept), for the address the page asked at, and compressed as the browser accepts."""
    import httpx

    url = app_url.rstrip("/") + "/config"
    gradios = httpx.get(url + "?deep_link=", headers={"Accept-Encoding": "identity"}).content
    for _ in range(2):  # made, then kept
        plain = httpx.get(url, headers={"Accept-Encoding": "identity"})
        assert plain.headers.get("content-encoding") is None and plain.content == gradios
        for accepted, encoding in (("gzip, deflate, br", "br"), ("gzip", "gzip")):
            packed = httpx.get(url, headers={"Accept-Encoding": accepted})  # httpx unpacks what it reads
            assert packed.headers["content-encoding"] == encoding and packed.content == gradios
            assert int(packed.headers["content-length"]) < len(gradios) / 5
    elsewhere = httpx.get(url, headers={"Host": "lecture.example.org", "Accept-Encoding": "identity"}).text
    assert "http://lecture.example.org/gradio_api/file=" in elsewhere and app_url.rstrip("/") not in elsewhere
