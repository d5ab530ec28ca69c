"""The k-NN tab in real Chromium: it opens filled, a search shows a gallery and a vote chart, the
toy draws its regions, and nothing is logged as an error; a Korean browser reads it all in Korean."""

from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect

from demo.i18n import TABLES
from demo.knn.tab import knn_toy_regions


def _open(page):
    page.get_by_role("tab", name="k-NN", exact=True).click()
    expect(page.locator("#knn-gallery")).to_be_visible(timeout=TIMEOUT)


def test_the_tab_opens_with_neighbours_and_a_search_updates_them(page, shot):
    _open(page)
    summary = page.locator("#knn-summary")
    expect(summary).to_contain_text("Prediction", timeout=TIMEOUT)  # filled on page load
    expect(page.locator("#knn-toy .js-plotly-plot")).to_be_visible(timeout=TIMEOUT)

    slider = page.locator("#knn-test-index input[type=number]")
    slider.fill("500")
    slider.press("Enter")
    page.locator("#knn-search").click()
    expect(summary).to_contain_text("True label: 5", timeout=TIMEOUT)  # the test split is sorted by class
    expect(page.locator("#knn-gallery img")).to_have_count(10, timeout=TIMEOUT)
    expect(page.locator("#knn-vote .js-plotly-plot")).to_be_visible(timeout=TIMEOUT)
    assert page.locator("#knn-gallery img").first.evaluate("img => img.complete && img.naturalWidth > 0")
    page.wait_for_timeout(500)
    shot(page, "knn")
    assert page.errors == []


def test_quick_clicks_on_new_points_each_count_and_the_last_seed_is_drawn(page):
    _open(page)
    caption = page.locator("#knn-toy-caption")
    expect(caption).to_contain_text("%", timeout=TIMEOUT)
    shown = [page.locator(f"#knn-toy-{name} input[type=number]").input_value() for name in ("classes", "points", "k")]
    metric = page.locator("#knn-toy-metric input:checked").input_value()
    page.evaluate("() => { const b = document.querySelector('#knn-toy-new'); for (let i = 0; i < 3; i++) b.click(); }")
    expect(page.locator("#knn-toy-seed input")).to_have_value("3", timeout=TIMEOUT)
    expected = knn_toy_regions(*[int(v) for v in shown], metric, 3)[1]
    expect(caption).to_have_text(expected, timeout=TIMEOUT)
    assert page.errors == []


def test_changing_k_searches_again_and_the_accuracy_curve_appears(page, shot):
    _open(page)
    expect(page.locator("#knn-summary")).to_contain_text("Prediction", timeout=TIMEOUT)
    k = page.locator("#knn-k input[type=number]")
    k.fill("3")
    k.press("Enter")  # a typed value counts as a release
    expect(page.locator("#knn-gallery img")).to_have_count(3, timeout=TIMEOUT)
    page.locator("#knn-measure").click()
    expect(page.locator("#knn-accuracy-notes")).to_contain_text("best k", timeout=TIMEOUT)
    expect(page.locator("#knn-curves .js-plotly-plot")).to_be_visible()
    expect(page.locator("#knn-confusion .js-plotly-plot")).to_be_visible()
    page.locator("#knn-curves").scroll_into_view_if_needed()
    shot(page, "knn-accuracy")
    assert page.errors == []


def test_a_drawing_is_searched_and_the_scaling_run_shows_its_charts(page, shot):
    _open(page)
    expect(page.locator("#knn-summary")).to_contain_text("Prediction", timeout=TIMEOUT)
    page.get_by_role("tab", name="Draw", exact=True).click()
    canvas = page.locator("#knn-sketchpad canvas").first
    expect(canvas).to_be_visible(timeout=TIMEOUT)
    page.wait_for_timeout(500)  # the brush is picked once the pad shows
    box = canvas.bounding_box()
    x, top, bottom = box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.25, box["y"] + box["height"] * 0.75
    page.mouse.move(x, top)
    page.mouse.down()
    page.mouse.move(x, bottom, steps=15)
    page.mouse.up()
    expect(page.locator("#knn-summary")).not_to_contain_text("True label", timeout=TIMEOUT)  # a drawing: no truth
    expect(page.locator("#knn-summary")).to_contain_text("Prediction", timeout=TIMEOUT)

    page.get_by_text("10⁴", exact=True).click()
    page.locator("#knn-scaling-run").click()
    measured = page.locator("#knn-scaling-measured")
    expect(measured).to_contain_text("10,000", timeout=TIMEOUT)
    expect(measured).to_contain_text("HNSW")
    expect(page.locator("#knn-scaling-world")).to_contain_text("10¹²", timeout=TIMEOUT)
    expect(page.locator("#knn-scaling-plot .js-plotly-plot")).to_be_visible()
    page.locator("#knn-scaling-plot").scroll_into_view_if_needed()
    shot(page, "knn-scaling")
    assert page.errors == []


def test_a_korean_browser_reads_the_labels_choices_and_sentences_in_korean(korean_page, shot):
    page, ko = korean_page, TABLES["ko"]
    page.get_by_role("tab", name="k-NN", exact=True).click()
    summary = page.locator("#knn-summary")
    expect(summary).to_contain_text("예측: ", timeout=TIMEOUT)
    expect(summary).to_contain_text("원시 픽셀 (784차원)")
    expect(page.locator("#knn-space")).to_contain_text(ko["knn.space.pca"])  # a choice's name, translated
    expect(page.get_by_role("tab", name=ko["knn.tab.draw"], exact=True)).to_be_visible()
    expect(page.locator("#knn-toy-caption")).to_contain_text("동그라미", timeout=TIMEOUT)
    page.get_by_label(ko["knn.metric.cosine"], exact=True).check()  # picked by its Korean name, sent as "cosine"
    expect(summary).to_contain_text(f"{ko['knn.metric.cosine']} 거리", timeout=TIMEOUT)
    assert "__i18n__" not in page.locator("body").inner_text()
    shot(page, "ko-knn")
    assert page.errors == []
