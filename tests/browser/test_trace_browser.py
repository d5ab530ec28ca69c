"""The CNN tab's LeNet-5 view and sliding window in real Chromium: click a unit, see its sum; step the window."""

import re

from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect

from demo.cnn.trace import units as trace
from demo.cnn.trace import view as trace_view


def _open_cnn(page) -> None:
    page.get_by_role("tab", name="CNN", exact=True).click()


def _click_unit(page, unit: trace.Unit) -> None:
    """Click the middle of `unit` on the network picture, however large the page shows it."""
    picture = page.locator("#trace-network img")
    picture.scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelector('#trace-network img')?.naturalWidth > 0", timeout=TIMEOUT)
    box = picture.bounding_box()
    size = picture.evaluate("img => [img.naturalWidth, img.naturalHeight]")
    assert size == [trace_view.WIDTH, trace_view.HEIGHT]
    scale = min(box["width"] / size[0], box["height"] / size[1])  # object-fit: contain
    left = (box["width"] - size[0] * scale) / 2
    top = (box["height"] - size[1] * scale) / 2
    x0, y0, x1, y1 = trace_view.unit_cell(unit)
    picture.click(position={"x": left + (x0 + x1) / 2 * scale, "y": top + (y0 + y1) / 2 * scale})


def test_click_a_unit_and_see_its_sum(page, shot):
    _open_cnn(page)
    text = page.locator("#trace-text")
    expect(text).to_contain_text("C1 map 0, unit (14, 14)", timeout=TIMEOUT)  # the first look
    expect(page.locator("#trace-summary")).to_contain_text("true label", timeout=TIMEOUT)
    t = trace.trace(trace.digit_for(None, 0)[0])
    for unit in (trace.Unit("conv2", 5, 4, 6), trace.Unit("input", 0, 9, 20), trace.Unit("pool2", 11, 2, 3),
                 trace.Unit("fc1", 37), trace.Unit("softmax", t.prediction)):
        _click_unit(page, unit)
        a = trace.unit(t, unit.layer, unit.channel, unit.row, unit.column)
        expect(text).to_contain_text(str(unit), timeout=TIMEOUT)
        expect(text).to_contain_text(f"{a.value:.4f}" if unit.layer != "softmax" else f"{a.value:.4g}")
        expect(page.locator("#trace-arithmetic")).to_contain_text("torch computed", timeout=TIMEOUT)
        if unit.layer == "conv2":
            expect(text).to_contain_text(f"Σ of 150 products = {a.total:.4f}")
            expect(page.locator("#trace-arithmetic")).to_contain_text("Σ = ")  # every input map's sum
            shot(page, "trace-conv2-unit")
    expect(page.locator("#trace-layer input")).to_have_value(re.compile("softmax"))
    assert page.errors == []


def test_a_drawn_digit_is_traced(page, draw):
    _open_cnn(page)
    summary = page.locator("#trace-summary")
    expect(summary).to_contain_text("true label", timeout=TIMEOUT)
    tabs = page.locator("#trace-sources")
    tabs.scroll_into_view_if_needed()
    tabs.get_by_role("tab", name="Draw", exact=True).click()
    pad = page.locator("#trace-sketchpad")
    expect(pad.locator("canvas").first).to_be_visible(timeout=TIMEOUT)
    draw(page, "#trace-sketchpad", [[(0.5, 0.15), (0.5, 0.85)]])  # a one
    expect(summary).not_to_contain_text("true label", timeout=TIMEOUT)  # the drawing, not the test image
    expect(summary).to_contain_text("LeNet-5 reads")
    _click_unit(page, trace.Unit("conv1", 3, 10, 12))
    expect(page.locator("#trace-text")).to_contain_text("C1 map 3, unit (10, 12)", timeout=TIMEOUT)
    assert page.errors == []


def test_step_the_sliding_window(page, shot):
    _open_cnn(page)
    text = page.locator("#conv-step-text")
    expect(text).to_contain_text("Step 0 of 0-99", timeout=TIMEOUT)
    expect(text).to_contain_text("Parameter sharing")
    # Clicks come faster than the server answers (all in one page task here): every one counts.
    click = "([id, times]) => { const b = document.querySelector(id); for (let i = 0; i < times; i++) b.click(); }"
    page.evaluate(click, ["#conv-step-forward", 5])
    expect(text).to_contain_text("Step 5 of 0-99: output (0, 5)", timeout=TIMEOUT)
    expect(page.locator("#conv-step input[type=number]")).to_have_value("5")
    page.evaluate(click, ["#conv-step-back", 4])
    expect(text).to_contain_text("Step 1 of 0-99: output (0, 1)", timeout=TIMEOUT)
    page.locator("#conv-step-back").click()
    page.locator("#conv-step-back").click()  # a student's double click, before the first answer
    expect(text).to_contain_text("Step 99 of 0-99: output (9, 9)", timeout=TIMEOUT)  # wraps around
    expect(page.locator("#conv-step input[type=number]")).to_have_value("99")
    page.locator("#conv-play").click()
    expect(text).to_contain_text("Step 0 of 0-99", timeout=TIMEOUT)  # playing on from the last: the first again
    expect(text).to_contain_text("Step 2 of 0-99", timeout=TIMEOUT)
    page.locator("#conv-pause").click()
    page.wait_for_timeout(3000)  # a step already asked for may still arrive
    paused = text.inner_text()
    page.wait_for_timeout(3000)
    assert text.inner_text() == paused, "the window moved on after the pause"
    expect(page.locator("#conv-step-plot")).to_contain_text("Parameter sharing")
    shot(page, "sliding-window")
    assert page.errors == []


def test_a_korean_browser_sees_the_cnn_tab_in_korean(korean_page, shot):
    page = korean_page
    _open_cnn(page)
    expect(page.get_by_text("합성곱 실습", exact=True)).to_be_visible(timeout=TIMEOUT)
    expect(page.locator("#conv-formula")).to_contain_text("출력 크기", timeout=TIMEOUT)
    expect(page.locator("#conv-step-text")).to_contain_text("단계 0 (0-99)", timeout=TIMEOUT)
    expect(page.locator("#conn-text")).to_contain_text("배 줄고", timeout=TIMEOUT)
    expect(page.locator("#trace-text")).to_contain_text("C1 맵 0, 유닛 (14, 14)", timeout=TIMEOUT)
    expect(page.locator("#trace-summary")).to_contain_text("실제 레이블", timeout=TIMEOUT)
    expect(page.locator("#conv-play")).to_contain_text("재생")
    shot(page, "cnn-ko")
    assert page.errors == []
