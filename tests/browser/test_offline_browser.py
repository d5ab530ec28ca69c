"""The CNN and Receptive-field tabs in real Chromium without ImageNet weights (a laptop in a lecture hall): each
says once, in one sentence where the feature would be, what is missing, what still works and the one step that
adds it; what cannot work folds away; no error toast. With the tests' stand-in weights, everything shows.
(The Photos section's own checks are in test_photos_browser.py.)
"""

from collections import OrderedDict

import pytest
from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from imagenet_standin import standin_dir
from playwright.sync_api import expect

from demo.base import config
from demo.web import common

SETUP = "--imagenet-dir"  # every sentence on how to add the ImageNet weights names the flag, once
FOLDED = ("#fm-controls", "#fm-layer", "#fm-maps", "#fm-filters")  # AlexNet's feature maps, offline


@pytest.fixture
def fresh_first_looks(monkeypatch):
    """First looks are remembered for the whole class; each test here starts without them."""
    monkeypatch.setattr(common, "_FIRST_LOOKS", OrderedDict())
    monkeypatch.setattr(common, "_OPENED", OrderedDict())


@pytest.fixture
def offline(offline_torch_hub, monkeypatch, fresh_first_looks):
    monkeypatch.setattr(config, "IMAGENET_DIR", None)


@pytest.fixture
def weights(monkeypatch, fresh_first_looks):
    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir())
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)


def _open(page, app_url: str, query: str) -> None:
    page.goto(app_url.rstrip("/") + "/" + query, wait_until="load")
    expect(page.locator("#tab-overview-button")).to_be_visible(timeout=TIMEOUT)


def _said(page, panel: str) -> int:
    return page.locator(panel).inner_text().count(SETUP)


def _choose(page, dropdown: str, name: str) -> None:
    page.locator(f"{dropdown} input").click()
    page.get_by_role("option", name=name).click()


def test_a_link_to_alexnets_feature_maps_offline_says_it_once_in_place(page, app_url, shot, offline):
    _open(page, app_url, "?tab=cnn&backbone=alexnet")
    expect(page.locator("#tab-cnn-button")).to_have_attribute("aria-selected", "true", timeout=TIMEOUT)
    text = page.locator("#fm-text")
    expect(text).to_contain_text("No ImageNet weights for AlexNet and VGG-16 on this computer, so only LeNet-5's "
                                 "feature maps work here", timeout=TIMEOUT)
    expect(text).to_contain_text("python app.py --imagenet-dir DIR")
    expect(page.locator("#trace-arithmetic .js-plotly-plot")).to_be_visible(timeout=TIMEOUT)  # all first looks in
    for folded in FOLDED:
        expect(page.locator(folded)).to_be_hidden()
    expect(page.locator("#fm-backbone")).to_be_visible()
    assert _said(page, "#tab-cnn") == 1
    expect(page.locator(".toast-body.error")).to_have_count(0)
    page.locator("#fm-backbone").scroll_into_view_if_needed()
    shot(page, "cnn-alexnet-no-weights")

    # LeNet-5's feature maps still work, and say nothing about weights.
    _choose(page, "#fm-backbone", "LeNet-5 (shipped weights, digits)")
    expect(text).to_contain_text("6 maps of 28x28", timeout=TIMEOUT)
    expect(page.locator("#fm-maps img")).to_be_visible()
    expect(page.locator("#fm-layer")).to_be_visible()
    assert _said(page, "#tab-cnn") == 0
    # VGG-16 chosen offline: the sentence once more in place, and no error toast.
    _choose(page, "#fm-backbone", "VGG-16 (photos)")
    expect(text).to_contain_text("No ImageNet weights for AlexNet and VGG-16", timeout=TIMEOUT)
    for folded in FOLDED:
        expect(page.locator(folded)).to_be_hidden()
    assert _said(page, "#tab-cnn") == 1
    expect(page.locator(".toast-body.error")).to_have_count(0)
    assert page.errors == []


def test_with_weights_alexnets_feature_maps_show(page, app_url, shot, weights):
    _open(page, app_url, "?tab=cnn&backbone=alexnet")
    text = page.locator("#fm-text")
    expect(text).to_contain_text("AlexNet (photos), layer conv1: 64 maps of 55x55", timeout=TIMEOUT)
    for panel in FOLDED:
        expect(page.locator(panel)).to_be_visible()
    expect(page.locator("#fm-maps img")).to_be_visible()
    assert _said(page, "#tab-cnn") == 0
    page.locator("#fm-backbone").scroll_into_view_if_needed()
    shot(page, "cnn-alexnet-weights")
    expect(page.locator(".toast-body.error")).to_have_count(0)
    assert page.errors == []


def test_the_receptive_field_says_once_that_alexnet_runs_untrained(page, app_url, shot, offline):
    _open(page, app_url, "?tab=receptive-field")
    rf_text = page.locator("#rf-text")
    expect(rf_text).to_contain_text("so it runs here with torchvision's random initialisation", timeout=TIMEOUT)
    expect(page.locator("#rf-overlay img")).to_be_visible()
    assert _said(page, "#tab-receptive-field") == 1
    expect(page.locator(".toast-body.error")).to_have_count(0)
    shot(page, "receptive-field-no-weights")
    assert page.errors == []
