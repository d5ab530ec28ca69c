"""The CNN, Architectures and Receptive-field tabs in real Chromium."""

from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect


def _open(page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


def test_convolution_playground_follows_the_kernel(page, shot):
    _open(page, "CNN")
    formula = page.locator("#conv-formula")
    expect(formula).to_contain_text("= 300", timeout=TIMEOUT)
    before = page.locator("#conv-output img").get_attribute("src")
    page.locator("#conv-kernel input").click()
    page.get_by_role("option", name="Laplacian").click()
    expect(page.locator("#conv-output img")).not_to_have_attribute("src", before, timeout=TIMEOUT)
    page.locator("#fm-maps").scroll_into_view_if_needed()
    expect(page.locator("#fm-maps img")).to_be_visible(timeout=TIMEOUT)
    shot(page, "cnn")
    assert page.errors == []


def test_architecture_table_for_a_typed_stack_and_an_error_for_a_bad_one(page, shot):
    _open(page, "Architectures")
    table = page.locator("#arch-table")
    expect(table).to_contain_text("conv3-64/p1", timeout=TIMEOUT)
    stack = page.locator("#arch-stack textarea")
    stack.fill("conv5-6/p2, relu, pool2, conv5-16, relu, pool2, fc120, fc84, fc10")
    page.locator("#arch-compute").click()
    expect(page.locator("#arch-summary")).to_contain_text("parameters", timeout=TIMEOUT)
    expect(table).to_contain_text("fc120", timeout=TIMEOUT)
    stack.fill("conv5-6, conv5-")
    page.locator("#arch-compute").click()
    expect(page.get_by_text("Token 2 'conv5-' is not a layer I know").first).to_be_visible(timeout=TIMEOUT)
    expect(table).to_contain_text("fc120")  # the last good table stays
    page.locator("#lrn-maps").scroll_into_view_if_needed()  # images load lazily, when scrolled to
    expect(page.locator("#lrn-maps img")).to_be_visible(timeout=TIMEOUT)
    shot(page, "architectures")


def test_receptive_field_on_the_photo_and_a_click_on_the_map(page, shot):
    _open(page, "Receptive field")
    text = page.locator("#rf-text")
    expect(text).to_contain_text("163x163", timeout=TIMEOUT)  # AlexNet conv5, filled on page load
    expect(page.locator("#rf-rule")).to_contain_text("(2 + 3 - 1) = 4")
    feature = page.locator("#rf-feature img")
    box = feature.bounding_box()
    feature.click(position={"x": box["width"] * 0.1, "y": box["height"] * 0.1})  # top-left unit
    expect(text).to_contain_text("unit (1, 1)", timeout=TIMEOUT)
    page.locator("#rf-overlay").scroll_into_view_if_needed()
    shot(page, "receptive-field")
    assert page.errors == []


def test_a_korean_browser_reads_the_architectures_and_receptive_fields_in_korean(korean_page, shot):
    page = korean_page
    _open(page, "아키텍처")
    expect(page.locator("#arch-summary")).to_contain_text("**파라미터 138,357,544개**".strip("*"), timeout=TIMEOUT)
    expect(page.locator("#arch-table")).to_contain_text("출력 (C x H x W)")
    expect(page.locator("#arch-note")).to_contain_text("구성 D")
    # Figures drawn at start-up in English are drawn again in Korean when the tab opens.
    expect(page.locator("#arch-params-plot .gtitle")).to_contain_text("층별 파라미터 수", timeout=TIMEOUT)
    expect(page.locator("#vgg-plot .gtitle")).to_contain_text("같은 수용 영역", timeout=TIMEOUT)
    page.locator("#arch-preset input").click()
    page.get_by_role("option", name="AlexNet (논문판, GPU 2개)").click()
    expect(page.locator("#arch-note")).to_contain_text("GPU 두 개에 나뉘어", timeout=TIMEOUT)
    expect(page.locator("#arch-summary")).to_contain_text("60,965,224", timeout=TIMEOUT)
    page.locator("#arch-stack textarea").fill("conv5-6, conv5-")
    page.locator("#arch-compute").click()
    expect(page.get_by_text("2번째 토큰 'conv5-'은(는) 알 수 없는 층입니다").first).to_be_visible(timeout=TIMEOUT)
    shot(page, "ko-architectures")
    _open(page, "수용 영역")
    expect(page.locator("#rf-rule")).to_contain_text("(2 + 3 - 1) = 4", timeout=TIMEOUT)
    expect(page.locator("#rf-rule")).to_contain_text("풀링된 유닛")
    expect(page.locator("#rf-rule-plot .gtitle")).to_contain_text("풀링은", timeout=TIMEOUT)
    expect(page.locator("#rf-table")).to_contain_text("수용 영역 r")
    expect(page.locator("#rf-text")).to_contain_text("이론적 수용 영역은 **163x163**".replace("*", ""), timeout=TIMEOUT)
    shot(page, "ko-receptive-field")
    assert page.errors == []
