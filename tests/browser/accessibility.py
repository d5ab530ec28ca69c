"""axe-core in the browser tests: the serious and critical problems of the page a test shows, less gradio's own.

`serious_violations(page)` runs axe-core (as axe-playwright-python bundles it) on what the page shows now, whatever
the tab, window size or language, and returns what axe rates serious or critical, node by node. Findings that a
bare gradio app shows as well (its footer, its picture's select button, its error toast) are excused: they are
measured once per test run on a minimal app of gradio's own (`bare_gradio_findings`), and a finding is excused only
when its rule and its node's pattern (the element and its parent by tag, role and classes, and for contrast the two
colours) match one of the bare app's. So gradio's findings pass and ours, even on gradio's elements, do not.

`describe(violations)` writes them one per line for an assertion message.
"""

import functools
import socket
import tempfile
from pathlib import Path

from axe_playwright_python.base import AXE_SCRIPT

IMPACTS = ("serious", "critical")
QUIET_MS = 300  # the page counts as settled after this long without a change (the page's own fixes wait 200 ms)
SETTLE_MAX_MS = 2_000  # a page that keeps changing (a live progress text) is audited after this long anyway
BARE_VIEWPORTS = ({"width": 1400, "height": 1000},)  # a phone-sized window shows a subset of these (measured)
FOOTER_LINKS = ["api", "gradio", "settings"]  # the app's footer (demo.app.launch_options)

# Waits for the page to settle, runs axe on the shown page (hidden tab panels excluded: axe skips what is hidden
# anyway, this spares it the walk), and returns the serious and critical violations with a pattern per node.
_RUN_AXE = """
async ([impacts, quietMs, settleMaxMs]) => {
  await new Promise((resolve) => {
    let quiet, done = false;
    const finish = () => { if (!done) { done = true; observer.disconnect(); clearTimeout(quiet); resolve(); } };
    const observer = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(finish, quietMs); });
    observer.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
    quiet = setTimeout(finish, quietMs);
    setTimeout(finish, settleMaxMs);
  });
  const hidden = [...document.querySelectorAll('[role=tabpanel]')].filter((panel) => !panel.checkVisibility());
  const context = hidden.length ? {include: [document.documentElement], exclude: hidden} : document;
  const results = await axe.run(context, {resultTypes: ['violations'], preload: false, elementRef: true});
  const signature = (el) => !el || el.nodeType !== 1 ? '' : el.tagName.toLowerCase()
      + (el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : '')
      + [...el.classList].filter((c) => !c.startsWith('svelte-')).sort().map((c) => '.' + c).join('')
      + (el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : '');
  return results.violations.filter((v) => impacts.includes(v.impact)).map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((node) => {
      const colours = (node.any || []).map((check) => check.data).find((data) => data && data.fgColor);
      const pattern = signature(node.element && node.element.parentElement) + ' > ' + signature(node.element)
          + (colours ? ` ${colours.fgColor} on ${colours.bgColor}` : '');
      return {target: node.target, html: node.html.slice(0, 200), pattern,
              summary: (node.failureSummary || '').replace(/\\s+/g, ' ').trim()};
    }),
  }));
}
"""


def _axe(page) -> list[dict]:
    """Every serious or critical violation on the page, unfiltered: [{id, impact, help, nodes: [{target, html,
    pattern, summary}]}]."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT)  # once per page: ~0.5 MB of script
    return page.evaluate(_RUN_AXE, [list(IMPACTS), QUIET_MS, SETTLE_MAX_MS])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bare_app():
    """gradio's own: a picture, a drawn plot, a slider, an error toast and the app's footer, nothing of ours."""
    import gradio as gr
    import numpy as np
    import plotly.graph_objects as go
    from PIL import Image

    picture = Path(tempfile.mkdtemp(prefix="bare-gradio-")) / "picture.png"
    Image.fromarray(np.full((32, 32, 3), 128, np.uint8)).save(picture)

    def fail():
        raise gr.Error("An error toast, as gradio shows it.", duration=None, print_exception=False)

    with gr.Blocks(analytics_enabled=False) as bare:
        gr.Image(str(picture), label="Picture")
        gr.Plot(go.Figure(go.Scatter(x=[0, 1, 2], y=[1, 0, 2])), label="Plot")
        gr.Slider(0, 10, value=3, step=1, label="Slider", info="What it sets")
        bare.load(fail)
    return bare


@functools.cache
def _bare_findings_once(browser) -> frozenset:
    bare = _bare_app()
    _, url, _ = bare.launch(server_name="127.0.0.1", server_port=_free_port(), prevent_thread_lock=True, quiet=True,
                            footer_links=FOOTER_LINKS)
    found = set()
    try:
        for viewport in BARE_VIEWPORTS:
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            page.goto(url, wait_until="networkidle")
            page.locator("[data-testid=toast-body]").first.wait_for(state="visible")
            found |= {(v["id"], node["pattern"]) for v in _axe(page) for node in v["nodes"]}
            context.close()
    finally:
        bare.close()
    return frozenset(found)


def bare_gradio_findings(browser) -> frozenset:
    """(rule id, node pattern) of every serious or critical violation a bare gradio app shows (BARE_VIEWPORTS);
    measured once per test run."""
    return _bare_findings_once(browser)


SETTLE_MS = 800  # the page's accessibility pass runs 200 ms after a change; a busy machine runs it later


def serious_violations(page) -> list[dict]:
    """The serious and critical axe-core violations of what `page` shows now, less a bare gradio app's.

    Each is {id, impact, help, nodes: [{target, html, pattern, summary}]}, with only the nodes not excused.
    """
    excused = bare_gradio_findings(page.context.browser)

    def audit() -> list[dict]:
        left = []
        for violation in _axe(page):
            nodes = [node for node in violation["nodes"] if (violation["id"], node["pattern"]) not in excused]
            if nodes:
                left.append({**violation, "nodes": nodes})
        return left

    left = audit()
    if left:  # the page mends gradio's markup 200 ms after each change (ACCESSIBLE_JS): a change that has just
        page.wait_for_timeout(SETTLE_MS)  # landed is audited again once that pass has run; what stays is reported
        left = audit()
    return left


def describe(violations: list[dict]) -> str:
    """One line per violating node: the rule, its impact and summary, the node's CSS target and what axe says."""
    return "\n".join(f"{v['id']} ({v['impact']}: {v['help']}) at {' '.join(node['target'])}: {node['summary']}"
                     for v in violations for node in v["nodes"])
