"""Browser fixtures: Debian's Chromium driven by Playwright, a fresh page of the app per test.

Screenshots go to tests/browser/screenshots/ (git-ignored) for a person to look at.
"""

import os
from pathlib import Path

import pytest
import drawing
from helpers import BROWSER_TIMEOUT_MS
from playwright import sync_api as playwright

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parent / "screenshots"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _opened(browser, app_url: str, **context):
    """A new page of the app once its tabs are shown; console and page errors collect in `page.errors`."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, **context)
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(app_url, wait_until="networkidle")
    # A cold first load can go network-idle before the Svelte app has drawn its tabs.
    page.get_by_role("tab").first.wait_for(state="visible", timeout=BROWSER_TIMEOUT_MS)
    return page


@pytest.fixture
def page(browser, app_url):
    """A page of the app in an English browser."""
    page = _opened(browser, app_url)
    yield page
    page.context.close()


@pytest.fixture
def korean_page(browser, app_url):
    """A page of the app in a browser set to Korean (navigator.language and Accept-Language: ko-KR)."""
    page = _opened(browser, app_url, locale="ko-KR")
    yield page
    page.context.close()


@pytest.fixture
def shot():
    """shot(page, name): save a full-page screenshot as screenshots/<name>.png."""
    def save(page, name: str) -> None:
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    return save


@pytest.fixture
def draw():
    """draw(page, pad, strokes): polylines in canvas fractions (0..1) drawn with the mouse on a sketchpad."""
    return drawing.draw
