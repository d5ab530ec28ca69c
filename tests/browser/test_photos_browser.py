"""The Photos part of the Classify tab in real Chromium: the first look, an upload, a shift, Grad-CAM,
a class typed by name, occlusion; and, without weights, one sentence on how to add them, what cannot work
folded away until they arrive.

The app runs in this process: the stand-in weights (tests/imagenet_standin.py) reach it through
config.IMAGENET_DIR, as `--imagenet-dir` would.
"""

from collections import OrderedDict

import pytest
from helpers import BROWSER_TIMEOUT_MS as TIMEOUT
from imagenet_standin import TOP5, standin_dir
from PIL import Image
from playwright.sync_api import expect

from demo.base import config
from demo.classify import photos
from demo.web import common


@pytest.fixture
def fresh_first_looks(monkeypatch):
    """First looks are remembered for the whole class; each test here starts without them."""
    monkeypatch.setattr(common, "_FIRST_LOOKS", OrderedDict())
    monkeypatch.setattr(common, "_OPENED", OrderedDict())


def _open_photos(page):
    page.get_by_role("tab", name="Classify", exact=True).click()
    page.get_by_role("tab", name="Photos", exact=True).click()


def test_photos_are_classified_shifted_and_explained(page, shot, monkeypatch, fresh_first_looks, tmp_path):
    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir())
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    _open_photos(page)
    alexnet, summary = page.locator("#label-alexnet"), page.locator("#photo-summary")
    expect(alexnet).to_contain_text("tabby", timeout=TIMEOUT)  # the first look: the bundled cat
    expect(page.locator("#label-vgg")).to_contain_text("tabby")
    expect(summary).to_contain_text("VGG-16: tabby", timeout=TIMEOUT)
    expect(summary).to_contain_text("ms on cpu")
    assert page.locator("#photo-seen img").evaluate("img => img.naturalWidth") == 224
    expect(page.locator("#photo-plot .js-plotly-plot")).to_be_visible()
    for panel in FOLDED:  # nothing folded away with weights
        expect(page.locator(panel)).to_be_visible()
    assert _setup_sentences(page) == 0
    shot(page, "classify-photos-first-look")

    path = tmp_path / "coffee.jpg"
    Image.fromarray(photos.bundled("coffee")).save(path, quality=95)
    page.locator("#photo-upload input[type=file]").set_input_files(str(path))
    expect(alexnet).to_contain_text(TOP5["coffee"][0], timeout=TIMEOUT)
    expect(summary).to_contain_text("AlexNet: espresso", timeout=TIMEOUT)

    before = page.locator("#photo-seen img").get_attribute("src")
    box = page.locator("#photo-shift-x input[type=number]")
    box.fill("112")
    box.press("Enter")
    expect(page.locator("#photo-seen img")).not_to_have_attribute("src", before, timeout=TIMEOUT)
    shot(page, "classify-photos-shifted")

    page.locator("#photo-cam-button").click()
    expect(page.locator("#cam-summary")).to_contain_text("AlexNet looks here (13x13", timeout=TIMEOUT)
    expect(page.locator("#cam-summary")).to_contain_text("VGG-16 looks here (14x14")
    for overlay in ("#cam-alexnet img", "#cam-vgg img"):
        expect(page.locator(overlay)).to_be_visible()
        assert page.locator(overlay).evaluate("img => img.complete && img.naturalWidth") == 224
    page.locator("#photo-class textarea").fill("space shuttle")
    page.locator("#photo-class textarea").press("Enter")
    expect(page.locator("#cam-summary")).to_contain_text("for space shuttle", timeout=TIMEOUT)

    page.locator("#occlusion-button").click()
    expect(page.locator("#occlusion-summary")).to_contain_text("49 positions", timeout=TIMEOUT)
    expect(page.locator("#occlusion-overlay img")).to_be_visible()
    expect(page.locator("#occlusion-plot .js-plotly-plot")).to_be_visible()
    shot(page, "classify-photos-explained")

    page.locator("#photo-adv-fool").click()  # the shifted coffee, AlexNet attacked at ε = 2, the VGG asked too
    sentence = page.locator("#photo-adv-sentence")
    expect(sentence).to_contain_text("FGSM (one step) on AlexNet with ε = 2 grey levels", timeout=TIMEOUT)
    expect(sentence).to_be_in_viewport()
    for picture in ("#photo-adv-original img", "#photo-adv-change img", "#photo-adv-image img"):
        expect(page.locator(picture)).to_be_visible()
        assert page.locator(picture).evaluate("img => img.complete && img.naturalWidth") == 224
    expect(page.locator("#photo-adv-table")).to_contain_text("VGG-16")
    shot(page, "classify-photos-fooled")
    expect(page.locator(".toast-body.error")).to_have_count(0)
    assert page.errors == []


SETUP = "--imagenet-dir"  # every sentence on how to add the ImageNet weights names the flag, once
FOLDED = ("#label-alexnet", "#label-vgg", "#photo-plot", "#photo-where", "#photo-cam-button", "#cam-alexnet",
          "#cam-vgg", "#occlusion-button", "#occlusion-overlay", "#occlusion-plot",
          "#photo-adv-fool")  # what cannot work offline


def _setup_sentences(page) -> int:
    """How often the Photos section, as shown, says how to add the weights."""
    return page.locator("#classify-photos").inner_text().count(SETUP)


def test_without_weights_the_section_says_it_once_and_folds_what_cannot_work(page, shot, offline_torch_hub,
                                                                             monkeypatch, fresh_first_looks):
    monkeypatch.setattr(config, "IMAGENET_DIR", None)
    _open_photos(page)
    summary = page.locator("#photo-summary")
    expect(summary).to_contain_text("No ImageNet weights for AlexNet and VGG-16 on this computer", timeout=TIMEOUT)
    expect(summary).to_contain_text("while the 224x224 view, shift and crop still work")
    expect(summary).to_contain_text("python app.py --imagenet-dir DIR")
    expect(page.locator("#photo-seen img")).to_be_visible()  # what the networks would see, all the same
    for folded in FOLDED:
        expect(page.locator(folded)).to_be_hidden()
    assert _setup_sentences(page) == 1
    shot(page, "classify-photos-no-weights")

    # The view, its shift and crop, and the bundled photos still work; the sentence stays one.
    before = page.locator("#photo-seen img").get_attribute("src")
    page.locator("#photo-bundled").get_by_text("rocket", exact=True).click()
    expect(page.locator("#photo-seen img")).not_to_have_attribute("src", before, timeout=TIMEOUT)
    before = page.locator("#photo-seen img").get_attribute("src")
    box = page.locator("#photo-shift-x input[type=number]")
    box.fill("56")
    box.press("Enter")
    expect(page.locator("#photo-seen img")).not_to_have_attribute("src", before, timeout=TIMEOUT)
    expect(summary).to_contain_text("No ImageNet weights", timeout=TIMEOUT)
    for folded in FOLDED:
        expect(page.locator(folded)).to_be_hidden()
    assert _setup_sentences(page) == 1
    expect(page.locator(".toast-body.error")).to_have_count(0)

    # The weights arrive while the app runs (copied into the --imagenet-dir folder): opening the section again
    # shows the networks' answers, without a restart.
    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir())
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    page.get_by_role("tab", name="Digits", exact=True).click()
    expect(page.locator("#digit-sketchpad")).to_be_visible()
    page.get_by_role("tab", name="Photos", exact=True).click()
    expect(summary).to_contain_text("AlexNet: ", timeout=TIMEOUT)
    expect(page.locator("#label-alexnet")).to_be_visible()
    expect(page.locator("#photo-plot .js-plotly-plot")).to_be_visible()
    expect(page.locator("#photo-cam-button")).to_be_visible()
    assert _setup_sentences(page) == 0
    shot(page, "classify-photos-weights-arrived")
    expect(page.locator(".toast-body.error")).to_have_count(0)
    assert page.errors == []
