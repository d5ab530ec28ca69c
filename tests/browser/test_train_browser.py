"""The Train tab in real Chromium: start a run, watch its curves grow, stop it."""

import re

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


def test_a_network_trained_here_reads_a_test_digit_in_the_classify_tab(page, shot):
    page.get_by_role("tab", name="Train", exact=True).click()
    expect(page.locator("#train-note")).to_contain_text("stack", timeout=TIMEOUT)
    epochs = page.locator("#train-epochs input[type=number]")
    epochs.fill("1")
    epochs.press("Enter")
    page.locator("#train-start").click()  # LeNet-5 on the bundled MNIST subset, one epoch
    expect(page.locator("#train-status")).to_contain_text("finished", timeout=6 * TIMEOUT)

    page.get_by_role("tab", name="Classify", exact=True).click()
    yours = page.locator("#label-yours")
    expect(page.locator("#digit-sketchpad")).to_be_visible(timeout=TIMEOUT)
    expect(yours).to_be_hidden()  # no network of the student's is chosen yet
    page.get_by_role("tab", name="Test images", exact=True).click()
    page.locator("#digit-gallery button").nth(5).click()  # the 6th thumbnail: a '2'
    expect(page.locator("#digit-summary")).to_contain_text("True label: 2", timeout=TIMEOUT)
    page.locator("#digit-network input").click()
    page.get_by_role("option", name=re.compile(r"^run 1: lenet5")).click()
    expect(yours).to_be_visible(timeout=TIMEOUT)
    expect(page.locator("#digit-summary")).to_contain_text("run 1", timeout=TIMEOUT)
    expect(yours).to_contain_text(re.compile(r"[0-9]"))
    shot(page, "classify-your-network")
    page.locator("#digit-network input").click()
    page.get_by_role("option").filter(has_text="—").click()
    expect(yours).to_be_hidden(timeout=TIMEOUT)
    choice = page.locator("#digit-network input")
    choice.fill("run 99")  # typed: a run this page does not have
    choice.press("Enter")
    expect(page.get_by_text("This page has no run 99").first).to_be_visible(timeout=TIMEOUT)
    expect(yours).to_be_hidden()
    assert page.errors == []
