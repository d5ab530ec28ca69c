"""The page in real Chromium: it loads cleanly, every tab shows, a drawn digit is read, the
Thatcher pair appears."""

import pytest
from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect

from demo.app import TABS as APP_TABS

# What each tab must show once opened (its first look is computed at start-up or on page load).
MARKERS = {"Overview": "#thatcher-upright img", "k-NN": "#knn-gallery", "CNN": "#conv-output img",
           "Architectures": "#arch-table", "Receptive field": "#rf-overlay img", "Classify": "#digit-sketchpad",
           "References": "#ref-lecun1998"}


def test_page_loads_without_console_errors_and_every_tab_shows_its_content(page, shot):
    tabs = page.get_by_role("tab")
    labels = [label for label, _, _ in APP_TABS]
    assert [tabs.nth(i).inner_text().strip() for i in range(tabs.count())][:len(labels)] == labels
    assert set(MARKERS) == set(labels)
    for name in labels:
        page.get_by_role("tab", name=name, exact=True).click()
        expect(page.locator(MARKERS[name]).first).to_be_visible(timeout=TIMEOUT)
        page.wait_for_timeout(300)
        shot(page, name.lower().replace(" ", "-"))
    assert page.errors == []


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


SEVEN, ONE = [[(0.25, 0.2), (0.75, 0.2), (0.45, 0.85)]], [[(0.5, 0.15), (0.5, 0.85)]]
# Every sketchpad of the app: (tab, inner tab or None, pad, where the answer shows, the answer for a digit).
SKETCHPADS = [
    ("Classify", None, "#digit-sketchpad", "#digit-summary", "LeNet-5: {}"),
    ("k-NN", "Draw", "#knn-sketchpad", "#knn-summary", "Prediction: {}"),
]


@pytest.mark.parametrize("tab, inner, pad, answer, text", SKETCHPADS, ids=[s[2] for s in SKETCHPADS])
def test_draw_clear_and_draw_again(page, shot, draw, tab, inner, pad, answer, text):
    """"Clear canvas" must leave the brush picked: the second digit is drawn and classified."""
    page.get_by_role("tab", name=tab, exact=True).click()
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
