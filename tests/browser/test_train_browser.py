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


OVERFLOW = """(id) => {
  const box = document.querySelector(id + ' .virtual-table-viewport') || document.querySelector(id + ' table');
  return box.scrollWidth - box.clientWidth;
}"""


RECORD_STATUS = """() => {
  const status = document.querySelector('#train-status');
  window.statusSeen = [];
  new MutationObserver(() => window.statusSeen.push(status.innerText))
    .observe(status, {subtree: true, childList: true, characterData: true});
}"""


def test_stop_without_a_run_keeps_the_page_and_a_short_run_is_a_curve_whose_results_fit(page, shot):
    """Before any run there are no empty tables; Stop with nothing running changes nothing (on an idle page
    and after a finished run); a new run says at once that it trains; one epoch draws curves, not dots; the
    confusion matrix fits its box."""
    page.get_by_role("tab", name="Train", exact=True).click()
    expect(page.locator("#train-note")).to_contain_text("stack", timeout=TIMEOUT)
    for table in ("#train-confusion", "#train-runs", "#train-paper-table"):
        expect(page.locator(table)).to_be_hidden()  # not gradio's placeholder headers "1 2 3"
    status = page.locator("#train-status")
    page.locator("#train-stop").click()
    page.wait_for_timeout(1_000)
    assert status.inner_text().strip() == ""
    epochs = page.locator("#train-epochs input[type=number]")
    epochs.fill("1")
    epochs.press("Enter")
    page.locator("#train-start").click()
    expect(status).to_contain_text("finished", timeout=6 * TIMEOUT)
    assert page.evaluate(POINTS) >= 5  # a point every tenth of the epoch: curves, not a dot
    summary = status.inner_text()
    page.locator("#train-stop").click()
    page.wait_for_timeout(1_000)
    assert status.inner_text() == summary  # the finished run's summary stays
    confusion = page.locator("#train-confusion")
    expect(confusion).to_be_visible()
    confusion.scroll_into_view_if_needed()
    assert page.evaluate(OVERFLOW, "#train-confusion") <= 1, "the confusion matrix needs a horizontal scroll"
    expect(page.locator("#train-runs")).to_contain_text("finished")
    shot(page, "train-one-epoch")
    page.evaluate(RECORD_STATUS)
    page.locator("#train-start").click()
    expect(status).to_contain_text("Run 2", timeout=6 * TIMEOUT)
    seen = page.evaluate("window.statusSeen")
    training = next(i for i, text in enumerate(seen) if "Training lenet5" in text)
    assert training < next(i for i, text in enumerate(seen) if "Run 2" in text), seen
    assert not any("Stop" in text for text in seen), seen  # no stale line
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


def test_the_papers_experiment_runs_from_the_page_and_stops(page, shot):
    """The preset: its figure grows run by run; Stop ends it with a sentence that states the conditions and
    the dataset, and the table of the runs it made."""
    page.get_by_role("tab", name="Train", exact=True).click()
    page.get_by_text("The paper's experiment: ReLU against tanh").click()
    page.locator("#train-paper").click()
    summary = page.locator("#train-paper-summary")
    expect(summary).to_contain_text("Running the paper's experiment on MNIST", timeout=TIMEOUT)
    grown = "() => { const p = document.querySelector('#train-paper-curves .js-plotly-plot');" \
            " return p && p.data ? Math.max(...p.data.map(t => (t.x || []).length)) : 0; }"
    page.wait_for_function(f"({grown})() >= 2", timeout=3 * TIMEOUT)
    page.locator("#train-paper-stop").click()
    expect(summary).to_contain_text("ended early (stopped by you)", timeout=TIMEOUT)
    expect(summary).to_contain_text("no dropout, normalisation, augmentation or weight decay")
    expect(page.locator("#train-paper-table")).to_contain_text("relu")
    page.locator("#train-paper-curves").scroll_into_view_if_needed()
    shot(page, "train-paper")
    assert page.errors == []
