"""The Train tab in real Chromium: start a run, watch its curves grow, stop it."""

from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect

POINTS = """() => {
  const plot = document.querySelector('#train-curves .js-plotly-plot');
  return plot && plot.data ? Math.max(...plot.data.map(t => (t.x || []).length)) : 0;
}"""


def test_start_watch_the_curves_grow_and_stop(page, shot):
    page.get_by_role("tab", name="Train", exact=True).click()
    expect(page.locator("#train-note")).to_contain_text("stack", timeout=TIMEOUT)
    page.locator("#train-network input").fill("VGG-style")
    page.get_by_role("option", name="VGG-style, small (stacks of 3x3 convolutions)").click()
    epochs = page.locator("#train-epochs input[type=number]")
    epochs.fill("20")
    epochs.press("Enter")
    page.locator("#train-start").click()
    page.wait_for_function(f"({POINTS})() >= 2", timeout=TIMEOUT)
    first = page.evaluate(POINTS)
    page.wait_for_function(f"({POINTS})() > {first}", timeout=TIMEOUT)  # it grows while it trains
    page.locator("#train-stop").click()
    expect(page.locator("#train-status")).to_contain_text("stopped by you", timeout=TIMEOUT)
    expect(page.locator("#train-runs")).to_contain_text("stopped")
    page.locator("#train-curves").scroll_into_view_if_needed()
    shot(page, "train")
    assert page.errors == []
