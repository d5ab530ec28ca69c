"""Moving about the page as a student does, at any window size."""

import re

from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from playwright.sync_api import expect

from demo.app import TABS
from demo.i18n import TABLES


def open_tab(page, elem_id: str, language: str = "en") -> None:
    """Open the tab `elem_id` ("tab-knn"): its button, or on a narrow screen the tab strip's "more tabs" menu,
    where the tab is found by its name in the page's language."""
    button = page.locator(f"#{elem_id}-button")
    if button.count() and button.is_visible():
        button.click()
    else:
        name = TABLES[language][next(key for key, tab_id, *_ in TABS if tab_id == elem_id)]
        page.locator(".overflow-menu > button").first.click()
        page.locator(".overflow-dropdown button", has_text=re.compile(f"^{re.escape(name)}$")).first.click()
    expect(page.locator(f"#{elem_id}-button")).to_have_attribute("aria-selected", "true", timeout=TIMEOUT)
