"""Accessible to every student: each tab, in English and in Korean, passes axe-core (no serious or critical
violation beyond a bare gradio app's, tests/browser/accessibility.py), has one level-one heading, its name, and
can be worked with the keyboard alone: the Tab key reaches its main controls and every panel that scrolls, and a
slider answers the arrow keys."""

from accessibility import bare_gradio_findings
from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from pages import open_tab
from playwright.sync_api import expect

from demo.app import TABS
from demo.i18n import TABLES

# What each tab shows once its first look has arrived (audited then, not half drawn).
READY = {"tab-overview": "#thatcher-upright img", "tab-knn": "#knn-gallery img", "tab-perceptron": "#probe-table table",
         "tab-cnn": "#conv-output img", "tab-architectures": "#arch-table", "tab-receptive-field": "#rf-overlay img",
         "tab-classify": "#digit-sketchpad", "tab-train": "#train-start", "tab-classes": "#classes-lesson",
         "tab-references": "#ref-lecun1998"}
# Also audited: a tab's inner tab that holds much of its own (the photographs of Classify).
INNER = [("tab-classify", "#classify-photos-button", "#photo-upload")]

HEADINGS_ONE = "() => [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent.trim())"


# Every tab's audit (axe-core, its one h1) at both window sizes, in both languages, with and without weights, is
# part of the student's walk: tests/browser/test_tour_browser.py.


def test_the_bare_gradio_app_shows_only_gradios_own_findings(browser):
    """What is excused is gradio's: its footer's grey, a picture's select button, its error toast, a slider's grey
    maximum; never a rule that an app's own choices (its headings, its colours elsewhere, its ARIA) could break."""
    excused = bare_gradio_findings(browser)
    assert {rule for rule, _ in excused} <= {"button-name", "color-contrast", "nested-interactive"}, sorted(excused)
    assert ("button-name", "div.image-container > button") in excused, sorted(excused)
    assert any(rule == "color-contrast" and pattern.startswith("footer > ") for rule, pattern in excused), sorted(excused)


# Per tab, in Tab order: the controls the Tab key must reach from the tab's own button, as (CSS selector, the
# control's text or None, a key to press there or None: Enter opens a folded panel or an inner tab on the way).
EN = TABLES["en"]
STOPS = {
    "tab-overview": [("#thatcher-eyes-cx input[type=range]", None, None), ("#thatcher-crop input", None, None),
                     ("button", EN["overview.button.reset"], None)],
    "tab-knn": [("#knn-search", None, None), ("#knn-measure", None, None), ("#knn-toy-new", None, None),
                ("#knn-scaling-run", None, None)],
    "tab-perceptron": [("button", EN["perceptron.button.show"], None), ("#probe-dx input[type=range]", None, None)],
    "tab-cnn": [("#conv-step-back", None, None), ("#conv-play", None, None), ("#conv-pause", None, None),
                ("#conv-step-forward", None, None), ("#conv-step input[type=range]", None, None)],
    "tab-architectures": [("#arch-compute", None, None), ("#arch-table .body-cell", None, None)],
    "tab-receptive-field": [("#rf-compute", None, None), ("#rf-row input[type=range]", None, None),
                            ("#rf-column input[type=range]", None, None)],
    "tab-classify": [("[role=tab]", EN["classify.tab.upload"], "Enter"), ("#digit-upload button", None, None),
                     ("#digit-network input", None, None)],
    "tab-train": [("#train-start", None, None), ("button.label-wrap", EN["train.accordion.compare"], "Enter"),
                  ("#train-compare", None, None)],
    "tab-classes": [("#classes-name :is(input, textarea)", None, None), ("#classes-add-class", None, None),
                    ("#classes-add-drawing", None, None), ("#classes-delete", None, None), ("#classes-lesson", None, None),
                    ("#classes-map-button", None, None)],
    "tab-references": [("#ref-lecun1998 a", None, None)],
}
# The regions of a tab's panel that scroll with nothing inside that the Tab key could stop at (a keyboard can
# scroll them only if they take the focus themselves).
SCROLLERS = """(panel) => {
  const tabbable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
  const scrolls = (el) => {
    if (!el.clientWidth || !el.clientHeight) return false;  // folded to nothing: nothing shown to scroll
    const s = getComputedStyle(el);
    return (/auto|scroll/.test(s.overflowY) && el.scrollHeight > el.clientHeight)
        || (/auto|scroll/.test(s.overflowX) && el.scrollWidth > el.clientWidth);
  };
  return [...document.getElementById(panel).querySelectorAll('*')]
    .filter((el) => el.checkVisibility() && scrolls(el))
    .filter((el) => el.tabIndex >= 0 || ![...el.querySelectorAll(tabbable)].some((inner) => inner.checkVisibility()));
}"""
# A walk with the Tab key through one tab: every element focused is recorded; the walk is done when the stops and
# the tab's scrolling regions have all had the focus, or the focus has left the panel.
START_WALK = f"""([panel, stops]) => {{
  const matches = (e, [selector, text]) => e.isConnected && e.matches(selector) && e.textContent.trim().startsWith(text ?? '');
  window.walk = {{panel, stops, scrollers: ({SCROLLERS})(panel), focused: new Set(), entered: false, done: false}};
  window.walk.missing = () => ({{
    stops: window.walk.stops.filter((stop) => ![...window.walk.focused].some((e) => matches(e, stop))),
    scrollers: window.walk.scrollers.filter((el) => !window.walk.focused.has(el)),
  }});
  window.walk.at = (stop) => matches(document.activeElement, stop);
  if (window.walkListening) return;
  window.walkListening = true;
  document.addEventListener('focusin', (e) => {{
    const walk = window.walk;
    walk.focused.add(e.target);
    const inside = document.getElementById(walk.panel).contains(e.target);
    walk.entered ||= inside;
    const missing = walk.missing();
    walk.done ||= (walk.entered && !inside) || (!missing.stops.length && !missing.scrollers.length);
  }});
}}"""
NAMED = "(el) => el.id || el.className.toString().replace(/svelte-\\w+/g, '').trim() || el.tagName"
# What the walk never reached; and any region that began to scroll during the walk without taking the focus.
WALK_REPORT = f"""() => {{
  const name = {NAMED};
  const missing = window.walk.missing();
  const late = ({SCROLLERS})(window.walk.panel).filter((el) => !window.walk.scrollers.includes(el) && el.tabIndex < 0);
  return {{stops: missing.stops, scrollers: missing.scrollers.map(name), untabbable: late.map(name)}};
}}"""
MAX_PRESSES = 400  # Tab presses per tab; the longest tab (CNN) has ~110 stops
BATCH = 10  # Tab presses between two looks at the walk


def test_the_tab_key_reaches_every_tabs_main_controls_and_scrolling_panels(page):
    problems = []
    for _, elem_id, *_ in TABS:
        open_tab(page, elem_id)
        expect(page.locator(READY[elem_id]).first).to_be_visible(timeout=TIMEOUT)
        stops = STOPS[elem_id]
        page.evaluate(START_WALK, [elem_id, [[selector, text] for selector, text, _ in stops]])
        page.locator(f"#{elem_id}-button").focus()
        presses = 0
        for i, (selector, text, key) in enumerate(stops):  # one press at a time up to a stop that takes a key
            if not key:
                continue
            while presses < MAX_PRESSES and not page.evaluate("(stop) => window.walk.at(stop)", [selector, text]):
                page.keyboard.press("Tab")
                presses += 1
            if presses < MAX_PRESSES:
                page.keyboard.press(key)
                if i + 1 < len(stops):  # what the key opened is drawn before the Tab key goes on
                    expect(page.locator(stops[i + 1][0]).first).to_be_visible(timeout=TIMEOUT)
        while presses < MAX_PRESSES and not page.evaluate("() => window.walk.done"):
            for _ in range(BATCH):
                page.keyboard.press("Tab")
            presses += BATCH
        missing = page.evaluate(WALK_REPORT)
        for _ in range(10):  # a panel that starts to scroll as an answer lands is made focusable on the next pass
            if not missing["untabbable"]:  # of the page's script (200 ms after the change): wait for it
                break
            page.wait_for_timeout(200)
            missing = page.evaluate(WALK_REPORT)
        if missing["stops"]:
            problems.append(f"{elem_id}: the Tab key never reached {missing['stops']}")
        if missing["scrollers"]:
            problems.append(f"{elem_id}: panels that scroll but the Tab key never reached: {missing['scrollers']}")
        if missing["untabbable"]:
            problems.append(f"{elem_id}: panels that scroll but take no focus: {missing['untabbable']}")
    assert not problems, "\n".join(problems)


def test_sliders_answer_the_keyboard_and_tabbing_past_them_sends_nothing(page):
    """An arrow key on a slider sends the value it chose (gradio sends a slider's value when a pointer lets go);
    moving through a tab's sliders with the Tab key, changing nothing, sends no request."""
    open_tab(page, "tab-classify")
    page.get_by_role("tab", name=EN["classify.tab.test"], exact=True).focus()
    page.keyboard.press("Enter")
    page.locator("#digit-index input[type=range]").focus()
    summary = page.locator("#digit-summary")
    assert "LeNet-5" not in summary.inner_text()  # nothing classified yet
    page.keyboard.press("ArrowRight")
    expect(page.locator("#digit-index input[type=number]")).to_have_value("1")
    expect(summary).to_contain_text("LeNet-5", timeout=TIMEOUT)

    open_tab(page, "tab-cnn")
    expect(page.locator(READY["tab-cnn"]).first).to_be_visible(timeout=TIMEOUT)
    page.wait_for_timeout(500)  # the tab's first look has been asked for
    sent = []
    page.on("request", lambda r: sent.append(r.post_data) if "/queue/join" in r.url else None)
    opened = '"event_data":{"value":'  # what opening the tab asks for (its first look), late or not
    page.locator("#tab-cnn-button").focus()
    for _ in range(40):  # past the stride, padding and dilation sliders to the sliding window's buttons
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id === 'conv-step-back'"):
            break
    assert page.evaluate("() => document.activeElement.id") == "conv-step-back"
    page.wait_for_timeout(300)
    assert [data for data in sent if opened not in data] == [], sent
