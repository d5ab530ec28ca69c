"""Links into the app in real Chromium: a slide's link opens its tab with its settings applied and their
result shown; a bad part is ignored with a notice; a copied link restores the page; the page script reads
links exactly as demo/web/links.py does; a page opened without a link makes no call to the server."""

import random
import re

import pytest
from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect

from demo.app import LINKS
from demo.web import links
from demo.i18n import TABLES
from demo import layers as arch


def _watched(page):
    """`page`, its console errors and page errors collected in `page.errors`."""
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


@pytest.fixture
def fresh(browser):
    """A page of its own that has opened nothing yet (each test opens the link it is about), allowed to use
    the clipboard. A link opened later goes to another page of its context (leaving a page that is still
    loading something logs the aborted requests as errors)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                  permissions=["clipboard-read", "clipboard-write"])
    yield _watched(context.new_page())
    context.close()


def _open(page, app_url: str, query: str = "") -> None:
    page.goto(app_url.rstrip("/") + "/" + query, wait_until="load")
    expect(page.locator("#tab-overview-button")).to_be_visible(timeout=TIMEOUT)


def _selected(page, elem_id: str):
    return expect(page.locator(f"#{elem_id}-button")).to_have_attribute("aria-selected", "true", timeout=TIMEOUT)


def test_a_link_opens_the_architectures_tab_with_vgg16s_table(fresh, app_url, shot):
    _open(fresh, app_url, "?tab=architectures&preset=vgg16")
    _selected(fresh, "tab-architectures")
    expect(fresh.locator("#arch-preset input")).to_have_value(arch.PRESETS["vgg16"].title)
    table = fresh.locator("#arch-table")
    expect(table).to_contain_text("conv3-512/p1", timeout=TIMEOUT)  # VGG-16's rows
    expect(fresh.locator("#arch-summary")).to_contain_text("138,357,544 parameters")
    expect(fresh.locator("#link-notice")).to_be_hidden()
    shot(fresh, "link-architectures")
    assert fresh.errors == []


def test_a_link_opens_the_receptive_field_of_alexnets_conv5(fresh, app_url, shot):
    _open(fresh, app_url, "?tab=receptive-field&network=alexnet&layer=conv5")
    _selected(fresh, "tab-receptive-field")
    expect(fresh.locator("#rf-network input")).to_have_value(re.compile("AlexNet"))
    expect(fresh.locator("#rf-layer input")).to_have_value("conv5")
    text = fresh.locator("#rf-text")
    expect(text).to_contain_text("conv5", timeout=TIMEOUT)
    expect(text).to_contain_text("163x163")  # conv5's theoretical field, unit (6, 6) of 13x13
    expect(text).to_contain_text("unit (6, 6) of a 13x13 map")
    shot(fresh, "link-receptive-field")
    assert fresh.errors == []


def test_a_lenet5_link_measures_a_digit_and_shows_it_not_the_cat(fresh, app_url):
    """LeNet-5 reads digits: its bundled picture is test digit 0, shown in the picture box, and back to the
    photo when the student picks AlexNet again."""
    _open(fresh, app_url, "?tab=receptive-field&network=lenet5&layer=conv2&row=2&column=3")
    _selected(fresh, "tab-receptive-field")
    expect(fresh.locator("#rf-text")).to_contain_text("unit (2, 3)", timeout=TIMEOUT)
    picture = fresh.locator("#rf-image img").first
    expect(picture).not_to_have_attribute("src", re.compile("chelsea"), timeout=TIMEOUT)
    grey = fresh.evaluate(GREY_JS, "#rf-image img")
    assert grey, "LeNet-5's picture is not a grey digit"
    fresh.locator("#rf-network input").click()
    fresh.get_by_role("option", name=re.compile("AlexNet")).first.click()
    expect(picture).to_have_attribute("src", re.compile("chelsea"), timeout=TIMEOUT)
    assert fresh.errors == []


GREY_JS = """
(selector) => new Promise(done => {
  const shown = document.querySelector(selector);
  const img = new Image();
  img.crossOrigin = 'anonymous';
  img.onload = () => {
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const g = c.getContext('2d'); g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let colour = 0;
    for (let i = 0; i < d.length; i += 4) colour = Math.max(colour, Math.abs(d[i] - d[i + 1]), Math.abs(d[i + 1] - d[i + 2]));
    done(colour === 0);
  };
  img.onerror = () => done(false);
  img.src = shown.src;
})
"""


def test_a_link_opens_knn_with_five_neighbours_in_cnn_space(fresh, app_url, shot):
    _open(fresh, app_url, "?tab=knn&k=5&space=cnn")
    _selected(fresh, "tab-knn")
    expect(fresh.locator("#knn-k input[type=number]")).to_have_value("5")
    expect(fresh.locator("#knn-space input[value=cnn]")).to_be_checked()
    summary = fresh.locator("#knn-summary")
    expect(summary).to_contain_text("(5 of 5 votes)", timeout=TIMEOUT)  # searched with the link's k...
    expect(summary).to_contain_text("LeNet-5")  # ...in the CNN's feature space, not raw pixels
    expect(fresh.locator("#knn-gallery img")).to_have_count(5, timeout=TIMEOUT)
    shot(fresh, "link-knn")
    assert fresh.errors == []


def test_the_settings_a_link_implies_follow_and_the_tabs_result_is_for_them(fresh, app_url):
    """A network without its layer gets its deepest layer and middle unit, with that layer's range."""
    _open(fresh, app_url, "?tab=receptive-field&network=vgg16&kernel=5&pool=3")
    _selected(fresh, "tab-receptive-field")
    expect(fresh.locator("#rf-layer input")).to_have_value("pool5")
    expect(fresh.locator("#rf-rule")).to_contain_text("(3 + 5 - 1) = 7", timeout=TIMEOUT)
    expect(fresh.locator("#rf-text")).to_contain_text("unit (3, 3) of a 7x7 map", timeout=TIMEOUT)
    row = fresh.get_by_label("range slider for Unit row")
    expect(row).to_have_attribute("max", "6")
    # the page goes on working with the linked choices: another layer of VGG-16
    fresh.locator("#rf-layer input").click()
    fresh.get_by_role("option", name="conv13", exact=True).click()
    expect(fresh.locator("#rf-text")).to_contain_text("unit (7, 7) of a 14x14 map", timeout=TIMEOUT)
    assert fresh.errors == []


def test_bad_parts_of_a_link_are_ignored_with_a_notice_and_the_page_works(fresh, app_url, shot):
    _open(fresh, app_url, "?tab=knn&k=500&colour=red&space=cnn")
    _selected(fresh, "tab-knn")
    notice = fresh.locator("#link-notice")
    expect(notice).to_be_visible(timeout=TIMEOUT)
    expect(notice).to_contain_text("k=500")
    expect(notice).to_contain_text("1-50")
    expect(notice).to_contain_text("colour")
    expect(fresh.locator("#knn-space input[value=cnn]")).to_be_checked()  # the good part applies
    expect(fresh.locator("#knn-k input[type=number]")).to_have_value("10")  # the page's own k
    expect(fresh.locator("#knn-summary")).to_contain_text("(10 of 10 votes)", timeout=TIMEOUT)
    shot(fresh, "link-notice")
    fresh.get_by_role("tab", name="Architectures", exact=True).click()
    expect(fresh.locator("#arch-table")).to_contain_text("conv3-64/p1", timeout=TIMEOUT)
    assert fresh.errors == []
    elsewhere = _watched(fresh.context.new_page())
    _open(elsewhere, app_url, "?tab=nowhere")
    expect(elsewhere.locator("#link-notice")).to_contain_text("nowhere", timeout=TIMEOUT)
    _selected(elsewhere, "tab-overview")
    assert elsewhere.errors == []


def test_a_page_without_a_link_calls_nothing_at_load(fresh, app_url):
    calls = []
    fresh.on("request", lambda r: calls.append(r.url) if r.method == "POST" else None)
    _open(fresh, app_url)
    fresh.wait_for_timeout(2000)
    assert calls == []
    expect(fresh.locator("#link-notice")).to_be_hidden()
    _selected(fresh, "tab-overview")


def test_a_copied_link_restores_the_settings(fresh, app_url, shot):
    _open(fresh, app_url)
    fresh.get_by_role("tab", name="Architectures", exact=True).click()
    fresh.locator("#arch-preset input").click()
    fresh.get_by_role("option", name=arch.PRESETS["lenet5"].title, exact=True).click()
    expect(fresh.locator("#arch-table")).to_contain_text("conv5-6/p2", timeout=TIMEOUT)
    fresh.get_by_label("FLOPs", exact=True).check()
    fresh.locator("#link-copy-architectures").click()
    box = fresh.locator("#link-url-architectures textarea, #link-url-architectures input").first
    expect(box).to_have_value(re.compile(r"/\?tab=architectures&preset=lenet5&unit=FLOPs$"), timeout=TIMEOUT)
    url = box.input_value()
    assert fresh.evaluate("navigator.clipboard.readText()") == url
    shot(fresh, "link-copied")

    opened = _watched(fresh.context.new_page())
    opened.goto(url, wait_until="load")
    _selected(opened, "tab-architectures")
    expect(opened.locator("#arch-preset input")).to_have_value(arch.PRESETS["lenet5"].title)
    expect(opened.get_by_label("FLOPs", exact=True)).to_be_checked()
    expect(opened.locator("#arch-table")).to_contain_text("conv5-6/p2", timeout=TIMEOUT)
    expect(opened.locator("#arch-summary")).to_contain_text("FLOPs")
    expect(opened.locator("#arch-note")).to_contain_text("LeCun et al. 1998")  # the preset's note

    opened.get_by_role("tab", name="Receptive field", exact=True).click()
    opened.locator("#rf-network input").click()
    opened.get_by_role("option", name="VGG-16 (photos)", exact=True).click()
    expect(opened.locator("#rf-text")).to_contain_text("VGG-16", timeout=TIMEOUT)
    opened.locator("#link-copy-receptive-field").click()
    box = opened.locator("#link-url-receptive-field textarea, #link-url-receptive-field input").first
    expect(box).to_have_value(re.compile(r"\?tab=receptive-field&network=vgg16$"), timeout=TIMEOUT)  # layer follows
    again = _watched(fresh.context.new_page())
    again.goto(box.input_value(), wait_until="load")
    expect(again.locator("#rf-layer input")).to_have_value("pool5", timeout=TIMEOUT)
    expect(again.locator("#rf-text")).to_contain_text("unit (3, 3) of a 7x7 map", timeout=TIMEOUT)
    assert fresh.errors == opened.errors == again.errors == []


def _queries(rng: random.Random) -> list[str]:
    """Links good and bad: every setting of every tab with a value it takes, one it does not, or an odd form."""
    queries = ["", "?", "?tab=", "?k=5", "?tab=KNN&K=5&k=6", "?tab=knn&tab=cnn", "?tab=knn&=3&&x", "?tab=cnn&"
               "kernel_name=box+blur+3x3", "?tab=knn&k=%2B5&dataset=folder:%ED%95%9C", "?tab=knn&k=%zz",
               "?tab=train&lr=.5e-1&augment=1&dropout=0.35", "?tab=knn&k=" + "9" * 60,
               "?tab=knn&" + "&".join(f"x{i}=1" for i in range(50)), "?lang=ko", "?LANG=EN", "?lang=ko-KR&tab=knn",
               "?lang=fr&tab=knn", "?lang=ko&lang=en&tab=cnn", "?lang=", "?tab=knn&k=5&lang=ko"]
    odd = ["", "abc", "-1", "1.5", "1e9", " 3 ", "NaN", "Infinity", "0x10", "true", "`<b>x</b>`", "한국어"]
    for tab, params in LINKS.forms.items():
        for _ in range(12):
            parts = [f"tab={tab}"]
            for p in rng.sample(params, min(len(params), rng.randint(1, 4))):
                rules = p.rules({q.name: q.default for q in params})
                good = [*rules["choices"]] if p.kind == "choice" else ["true", "FALSE"] if p.kind == "flag" else \
                    ["", "a b", "x" * (p.max_chars + 1)] if p.kind == "text" else \
                    [str(rules["low"]), str(rules["high"]), str(rules["high"] + (p.step or 1))]
                parts.append(f"{p.name if rng.random() < 0.8 else p.name.upper()}="
                             + rng.choice(good + odd).replace("&", "%26").replace("+", "%2B").replace(" ", "+"))
            if rng.random() < 0.3:
                parts.append("unknown=1")
            queries.append("?" + "&".join(parts))
    return queries


def test_the_page_reads_links_as_demo_links_does(fresh, app_url):
    _open(fresh, app_url)
    fresh.wait_for_function("() => window.lectureLinks !== undefined", timeout=TIMEOUT)
    queries = _queries(random.Random(0))
    seen = fresh.evaluate("qs => qs.map(q => window.lectureLinks.parse(q))", queries)
    for query, page in zip(queries, seen):
        python = LINKS.parse(query)
        assert (page["tab"], page["settings"], tuple(page["notices"]), page["language"]) == \
            (python.tab, python.settings, python.notices, python.language), query
    # and a link written by the page opens, in Python's reading, the page it was written from
    rng = random.Random(1)
    for tab, params in LINKS.forms.items():
        defaults = {p.name: p.default for p in params}
        for _ in range(10):
            state = {}
            for p in params:
                rules = p.rules({**defaults, **state})
                moved = any(state[b] != defaults[b] for b in p.by)
                state[p.name] = rules["default"] if moved else p.default
                if rng.random() < 0.5 and p.kind == "choice":
                    state[p.name] = rng.choice(rules["choices"])
                elif rng.random() < 0.5 and p.kind in ("whole", "number"):
                    state[p.name] = rules["low"] if p.kind == "number" and not p.step else rules["high"]
            query = fresh.evaluate("([tab, state]) => window.lectureLinks.link(tab, state)", [tab, state])
            opened = LINKS.parse(query)
            assert opened.notices == () and LINKS.page_values(tab, opened.settings) == state, query


def test_a_link_chooses_the_language_and_a_copied_link_keeps_it(fresh, app_url, shot):
    """An instructor's slide for a Korean class: `?tab=knn&lang=ko` opens the k-NN tab in Korean whatever the
    browser's language, says nothing about `lang`, and the tab's copied link keeps `lang=ko`."""
    _open(fresh, app_url, "?tab=knn&k=5&lang=ko")
    _selected(fresh, "tab-knn")
    expect(fresh.locator("#tab-knn-button")).to_have_text(TABLES["ko"]["app.tab.knn"], timeout=TIMEOUT)
    expect(fresh.locator("#link-notice")).to_be_hidden()
    expect(fresh.locator("#knn-summary")).to_contain_text("예측", timeout=TIMEOUT)  # the server's sentence too
    fresh.locator("#link-copy-knn").click()
    box = fresh.locator("#link-url-knn textarea, #link-url-knn input").first
    expect(box).to_have_value(re.compile(r"\?tab=knn&k=5&lang=ko$"), timeout=TIMEOUT)
    shot(fresh, "link-korean")

    english = _watched(fresh.context.new_page())
    _open(english, app_url, "?lang=en")
    expect(english.locator("#tab-overview-button")).to_have_text("Overview")
    expect(english.locator("#link-notice")).to_be_hidden()
    english.locator("#link-copy-overview").click()
    box = english.locator("#link-url-overview textarea, #link-url-overview input").first
    expect(box).to_have_value(re.compile(r"\?tab=overview&lang=en$"), timeout=TIMEOUT)
    assert fresh.errors == english.errors == []
