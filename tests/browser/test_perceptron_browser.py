"""The Perceptron tab in real Chromium: templates and scores on opening, a slider moves the digit and the
perceptron changes its mind while LeNet-5 does not."""

from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect


def _open(page):
    page.get_by_role("tab", name="Perceptron", exact=True).click()
    expect(page.locator("#perceptron-templates img").first).to_be_visible(timeout=TIMEOUT)


def test_moving_the_digit_changes_the_perceptrons_answer(page, shot, mnist):
    _open(page)
    truth = str(mnist.test_labels[3])
    index = page.locator("#perceptron-index input[type=number]")
    index.fill("3")
    index.press("Enter")  # a typed value counts as a release: the digit, its scores and its probe follow
    perceptron, lenet = page.locator("#probe-perceptron"), page.locator("#probe-lenet5")
    expect(perceptron).to_contain_text(truth, timeout=TIMEOUT)
    expect(page.locator("#perceptron-formula")).to_contain_text(f"s_{truth} =", timeout=TIMEOUT)
    expect(page.locator("#perceptron-scores .js-plotly-plot")).to_be_visible()
    before = perceptron.locator("h2, .output-class").first.inner_text()
    shift = page.locator("#probe-dx input[type=number]")
    shift.fill("6")
    shift.press("Enter")
    expect(perceptron.locator("h2, .output-class").first).not_to_have_text(before, timeout=TIMEOUT)
    expect(lenet.locator("h2, .output-class").first).to_have_text(truth, timeout=TIMEOUT)
    expect(page.locator("#robustness-sentence")).to_contain_text("At 4 pixels", timeout=TIMEOUT)
    page.locator("#probe-moved").scroll_into_view_if_needed()
    shot(page, "perceptron")
    assert page.errors == []


def test_a_korean_browser_sees_the_tab_in_korean(korean_page, shot):
    page = korean_page
    page.get_by_role("tab", name="퍼셉트론", exact=True).click()
    expect(page.get_by_text("템플릿: 클래스마다 그림 하나")).to_be_visible(timeout=TIMEOUT)
    expect(page.locator("#perceptron-templates-note")).to_contain_text("클래스마다 그림이 하나", timeout=TIMEOUT)
    expect(page.locator("#perceptron-formula")).to_contain_text("증거 맵", timeout=TIMEOUT)
    expect(page.locator("#probe-table")).to_contain_text("분류기", timeout=TIMEOUT)
    expect(page.locator("#robustness-sentence")).to_contain_text("4픽셀 이동하면", timeout=TIMEOUT)
    expect(page.get_by_text("x 방향 이동 (픽셀)").first).to_be_visible()
    shot(page, "perceptron-ko")
    assert page.errors == []


def test_test_digit_0_at_25_grey_levels_fools_the_perceptron(page, shot, mnist):
    """The issue's check: a student picks test digit 0, ε = 25 with FGSM, and sees the perceptron change its answer
    while the digit looks the same; the answer is in view when it comes."""
    _open(page)
    truth = str(mnist.test_labels[0])
    index = page.locator("#perceptron-index input[type=number]")
    index.fill("0")
    index.press("Enter")
    expect(page.locator("#probe-perceptron")).to_contain_text(truth, timeout=TIMEOUT)
    epsilon = page.locator("#adv-epsilon input[type=number]")
    epsilon.fill("25")
    epsilon.press("Enter")
    page.locator("#adv-method").get_by_text("FGSM (one step)").click()
    page.locator("#adv-fool").click()
    sentence = page.locator("#adv-sentence")
    expect(sentence).to_contain_text(f"it said {truth}", timeout=TIMEOUT)
    expect(sentence).to_contain_text("it now says")
    expect(sentence).to_contain_text("ε = 25 grey levels")
    perceptron_row = page.locator("#adv-table tr", has_text="perceptron").first
    cells = perceptron_row.locator("td").all_inner_texts()
    assert cells[1].startswith(f"{truth} (") and not cells[2].startswith(truth), cells
    for picture in ("#adv-original img", "#adv-change img", "#adv-image img", "#adv-templates img"):
        expect(page.locator(picture)).to_be_visible()
    page.wait_for_function("() => { const r = document.getElementById('adv-sentence').getBoundingClientRect();"
                           " return r.top >= 0 && r.top < window.innerHeight - 40; }", timeout=3000)  # a smooth scroll
    shot(page, "perceptron-fooled")
    assert page.errors == []
