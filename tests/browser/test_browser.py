"""The page in real Chromium: a drawn digit is read, the Thatcher pair appears, a sketchpad draws again after
Clear. (Every tab's look, in every setting, is walked by test_tour_browser.py.)"""

import pytest
from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect

from demo.i18n import TABLES

@pytest.mark.parametrize("digit, strokes", [
    ("7", [[(0.25, 0.2), (0.75, 0.2), (0.45, 0.85)]]),
    ("1", [[(0.5, 0.15), (0.5, 0.85)]]),
    ("4", [[(0.35, 0.15), (0.25, 0.55), (0.75, 0.55)], [(0.6, 0.3), (0.6, 0.85)]]),
])
def test_a_digit_drawn_with_the_mouse_is_classified(page, shot, draw, digit, strokes):
    page.get_by_role("tab", name="Classify", exact=True).click()
    expect(page.locator("#digit-sketchpad canvas").first).to_be_visible(timeout=TIMEOUT)
    page.wait_for_timeout(500)  # the page picks the brush once the pad is shown
    draw(page, "#digit-sketchpad", strokes)
    summary = page.locator("#digit-summary")
    expect(summary).to_contain_text(f"LeNet-5: {digit}", timeout=TIMEOUT)
    expect(page.locator("#label-lenet5")).to_contain_text(digit)
    seen = page.locator("#digit-seen img")
    expect(seen).to_be_visible()
    assert seen.evaluate("img => img.naturalWidth") == 224
    shot(page, f"classify-drawn-{digit}")
    assert page.errors == []


def test_picking_a_test_image_shows_its_true_label(page):
    page.get_by_role("tab", name="Classify", exact=True).click()
    page.get_by_role("tab", name="Test images", exact=True).click()
    page.locator("#digit-gallery button").nth(5).click()  # the 6th thumbnail: a '2'
    expect(page.locator("#digit-summary")).to_contain_text("True label: 2", timeout=TIMEOUT)


def test_the_thatcher_pair_appears_and_follows_the_sliders(page, shot):
    for elem in ("#thatcher-upside-down img", "#thatcher-upright img", "#thatcher-boxes img"):
        expect(page.locator(elem)).to_be_visible(timeout=TIMEOUT)
        assert page.locator(elem).evaluate("img => img.complete && img.naturalWidth > 0")
    before = page.locator("#thatcher-upright img").get_attribute("src")
    page.get_by_label("Zoom to the face").uncheck()
    expect(page.locator("#thatcher-upright img")).not_to_have_attribute("src", before, timeout=TIMEOUT)
    shot(page, "overview-thatcher-unzoomed")
    assert page.errors == []


def test_beside_the_illusion_a_digit_fools_the_perceptron_and_follows_epsilon(page, shot):
    """The page opens on the Overview: its fooled digit is drawn when the student scrolls to it, without a click,
    and a new ε redraws it."""
    sentence = page.locator("#fooled-sentence")
    assert sentence.inner_text().strip() == ""  # below the window: nothing asked for yet
    page.locator("#fooled-epsilon").scroll_into_view_if_needed()
    expect(sentence).to_contain_text("The perceptron said 0", timeout=TIMEOUT)
    expect(sentence).to_contain_text("it says 8")
    for elem in ("#fooled-original img", "#fooled-image img"):
        assert page.locator(elem).evaluate("img => img.complete && img.naturalWidth === 168")
    before = page.locator("#fooled-image img").get_attribute("src")
    number = page.locator("#fooled-epsilon input[type=number]")
    number.fill("2")
    number.press("Enter")
    expect(sentence).to_contain_text("at most 2 grey levels", timeout=TIMEOUT)
    expect(sentence).to_contain_text("it says 0")  # 2 of 255 is not enough
    assert page.locator("#fooled-image img").get_attribute("src") != before
    sentence.scroll_into_view_if_needed()
    shot(page, "overview-fooled")
    assert page.errors == []


SEVEN, ONE = [[(0.25, 0.2), (0.75, 0.2), (0.45, 0.85)]], [[(0.5, 0.15), (0.5, 0.85)]]
# Every sketchpad of the app: (tab, inner tab or None, pad, where the answer shows, the answer for a digit,
# what shows once the tab's first look has arrived).
SKETCHPADS = [
    ("Classify", None, "#digit-sketchpad", "#digit-summary", "LeNet-5: {}", None),
    ("k-NN", "Draw", "#knn-sketchpad", "#knn-summary", "Prediction: {}", "#knn-gallery img"),
    ("Perceptron", "Draw", "#perceptron-sketchpad", "#probe-lenet5 :is(h2, .output-class)", "{}", "#probe-table table"),
]


@pytest.mark.parametrize("tab, inner, pad, answer, text, ready", SKETCHPADS, ids=[s[2] for s in SKETCHPADS])
def test_draw_clear_and_draw_again(page, shot, draw, tab, inner, pad, answer, text, ready):
    """"Clear canvas" must leave the brush picked: the second digit is drawn and classified."""
    page.get_by_role("tab", name=tab, exact=True).click()
    if ready:
        expect(page.locator(ready).first).to_be_visible(timeout=TIMEOUT)
    if inner:
        page.get_by_role("tab", name=inner, exact=True).click()
    expect(page.locator(f"{pad} canvas").first).to_be_visible(timeout=TIMEOUT)
    page.wait_for_timeout(500)
    draw(page, pad, SEVEN)
    expect(page.locator(answer)).to_contain_text(text.format(7), timeout=TIMEOUT)
    page.locator(pad).get_by_role("button", name="Clear canvas").click()
    page.wait_for_timeout(500)
    draw(page, pad, ONE)
    expect(page.locator(answer)).to_contain_text(text.format(1), timeout=TIMEOUT)
    shot(page, f"draw-clear-draw-{pad.lstrip('#')}")
    assert page.errors == []


def test_a_korean_browser_reads_the_overview_and_the_references_in_korean(korean_page, shot):
    page = korean_page
    expect(page.locator("#vision-pipeline .pipe-step").nth(1)).to_have_text("감지 장치(센서)", timeout=TIMEOUT)
    expect(page.locator("#course-map")).to_contain_text("이미지 분류 I")
    expect(page.locator("#course-map li")).to_have_count(10)
    expect(page.locator("strong", has_text="그래픽스")).to_be_visible()  # Korean Markdown keeps its emphasis
    expect(page.get_by_label("얼굴로 확대")).to_be_checked()
    expect(page.locator("#thatcher-upright img")).to_be_visible(timeout=TIMEOUT)
    shot(page, "ko-overview-full")
    page.get_by_role("tab", name=TABLES["ko"]["app.tab.references"], exact=True).click()
    expect(page.locator("#ref-lecun1998")).to_contain_text("인용 이유: LeNet-5", timeout=TIMEOUT)
    expect(page.locator("#ref-lecun1998")).to_contain_text("Gradient-based learning applied to document recognition")
    expect(page.locator("#ref-ioffe2015")).to_contain_text("쓰인 곳:")
    shot(page, "ko-references")
    assert page.errors == []


def test_a_stroke_begun_as_the_tab_opens_leaves_ink(page, draw, app_url):
    """A student who draws at once: the stroke starts before the page has picked the brush, and still draws."""
    for attempt in range(2):
        if attempt:
            page.goto(app_url, wait_until="networkidle")
        page.get_by_role("tab", name="Classify", exact=True).click()
        page.locator("#digit-sketchpad canvas").first.wait_for(state="visible", timeout=TIMEOUT)
        draw(page, "#digit-sketchpad", SEVEN)
        expect(page.locator("#digit-summary")).to_contain_text("LeNet-5: 7", timeout=TIMEOUT)
    assert page.errors == []
