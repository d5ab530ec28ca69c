"""The page in a Korean Chromium (locale ko-KR): Korean tab names, a drawn digit answered in Korean, the
footer's Settings link (where a student can choose the other language)."""

import re

from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect

from demo.app import TABS
from demo.i18n import TABLES

KO, EN = TABLES["ko"], TABLES["en"]
SEVEN = [[(0.25, 0.2), (0.75, 0.2), (0.45, 0.85)]]


def test_a_korean_browser_sees_korean_tab_names(korean_page, shot):
    tabs = korean_page.get_by_role("tab")
    expect(tabs.nth(len(TABS) - 1)).to_be_visible(timeout=TIMEOUT)  # the page has drawn its tabs
    names = [tabs.nth(i).inner_text().strip() for i in range(tabs.count())][:len(TABS)]
    assert names == [KO[key] for key, *_ in TABS]
    assert {"개요", "분류", "학습", "수용 영역"} <= set(names)
    shot(korean_page, "ko-overview")
    assert korean_page.errors == []


def test_a_digit_drawn_in_a_korean_browser_is_answered_in_korean(korean_page, shot, draw):
    page = korean_page
    page.get_by_role("tab", name=KO["app.tab.classify"], exact=True).click()
    expect(page.get_by_role("tab", name=KO["classify.tab.draw"], exact=True)).to_be_visible(timeout=TIMEOUT)
    expect(page.locator("#digit-sketchpad canvas").first).to_be_visible(timeout=TIMEOUT)
    page.wait_for_timeout(500)  # the page picks the brush once the pad is shown
    draw(page, "#digit-sketchpad", SEVEN)
    summary = page.locator("#digit-summary")
    expect(summary).to_contain_text("LeNet-5: 7", timeout=TIMEOUT)
    text = summary.inner_text()
    assert re.search("[가-힣]", text) and "에서" in text and " on " not in text, text
    assert KO["classify.model.perceptron"] in text  # the shipped perceptron's title, in Korean
    expect(page.locator("#label-perceptron")).to_contain_text(KO["classify.label.perceptron"])
    shot(page, "ko-classify-drawn-7")
    assert page.errors == []


def test_the_footer_shows_the_settings_link(korean_page):
    settings = korean_page.locator("footer button.settings")
    expect(settings).to_be_visible(timeout=TIMEOUT)
    assert re.search("[가-힣]", settings.inner_text())  # gradio's own word for it, in Korean ("설정")
    settings.click()
    expect(korean_page.get_by_text(re.compile("언어|Language")).first).to_be_visible(timeout=TIMEOUT)


def _choose_language(page, name: str) -> None:
    """The footer's Settings -> Language -> `name` (as gradio lists it), then the panel closed."""
    page.locator("footer button.settings").click()
    page.get_by_role("combobox", name=re.compile("Language|언어")).click()
    page.get_by_role("option", name=name, exact=True).click()
    page.locator(".banner-wrap button:has(svg)").first.click()  # the panel's close button


def _test_image_two(page) -> None:
    """The Classify tab's 6th test image (a '2'), reached by element ids: after a switch in the Settings,
    gradio renames only the tabs it draws again."""
    page.locator("#tab-classify-button").click()
    page.get_by_role("tab", name=re.compile(f"^({EN['classify.tab.test']}|{KO['classify.tab.test']})$")).click()
    page.locator("#digit-gallery button").nth(5).click()


def test_switching_to_korean_in_the_settings_makes_the_servers_answers_korean(page, shot):
    _choose_language(page, "한국어")
    expect(page.locator("#tab-overview-button")).to_have_text(KO["app.tab.overview"], timeout=TIMEOUT)
    _test_image_two(page)
    summary = page.locator("#digit-summary")
    expect(summary).to_contain_text("LeNet-5: 2", timeout=TIMEOUT)
    text = summary.inner_text()
    assert re.search("[가-힣]", text) and " on " not in text, text
    shot(page, "settings-to-korean")
    assert page.errors == []


def test_switching_a_korean_page_to_english_makes_the_servers_answers_english(korean_page):
    page = korean_page
    _choose_language(page, "English")
    expect(page.locator("#tab-overview-button")).to_have_text(EN["app.tab.overview"], timeout=TIMEOUT)
    _test_image_two(page)
    summary = page.locator("#digit-summary")
    expect(summary).to_contain_text("True label: 2", timeout=TIMEOUT)
    assert not re.search("[가-힣]", summary.inner_text())
    assert page.errors == []
