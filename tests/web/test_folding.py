"""demo.web.folding, on the tabs that need ImageNet weights: offline, each says once, in one sentence, what is
missing, what still works and the one step that adds it; what cannot work folds away; weights that arrive
while the app runs unfold it. What a tab returns is read here as its callbacks return it (the browser tests
check the page: tests/browser/test_photos_browser.py, test_offline_browser.py)."""

import gradio as gr
import pytest
from imagenet_standin import standin_dir

from demo.cnn import backbones
from demo.base import config
from demo.classify import photos
from demo.classify import tab as classify
from demo.cnn import tab as cnn
from demo.web import folding
from demo.receptive_field import tab as receptive_field

SETUP = "No ImageNet weights"  # how every setup sentence begins
DEFAULTS = ("cat", "vgg16", 0, 0, 100)  # photo, vgg, shift_x, shift_y, crop


@pytest.fixture
def no_weights(offline_torch_hub, monkeypatch):
    monkeypatch.setattr(config, "IMAGENET_DIR", None)


@pytest.fixture
def weights(monkeypatch):
    monkeypatch.setattr(config, "IMAGENET_DIR", standin_dir())
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)


def _said(*values) -> int:
    """How often the setup sentence is said in these outputs (pictures are paths, updates are components)."""
    return sum(value.count(SETUP) for value in values if isinstance(value, str))


def _visible(update) -> bool:
    return update.visible is not False


def test_the_mark_says_when_a_folded_section_must_be_made_again():
    assert folding.next_mark("", folded=True) == folding.FOLDED
    assert folding.next_mark(folding.FOLDED, folded=False, opening=True) == folding.UNFOLDED
    assert folding.next_mark(folding.FOLDED, folded=False) == ""  # an action made the results itself
    assert folding.next_mark(folding.UNFOLDED, folded=False, opening=True) == ""  # made again once
    for mark, folded in (("", False), (folding.FOLDED, True)):
        assert folding.next_mark(mark, folded, opening=True) == folding.next_mark(mark, folded) == gr.skip()
    again = folding.when_unfolded(lambda x: (x, x), 2)
    assert again(folding.UNFOLDED, 1) == (1, 1) and again(folding.FOLDED, 1) == again("", 1) == (gr.skip(),) * 2


def test_photos_offline_say_it_once_and_fold_what_cannot_work(no_weights):
    seen, alexnet, vgg, summary, plot = classify._first_photo_look(*DEFAULTS)
    *panels, mark = classify._photo_panels_opened("vgg16", "")
    assert seen and alexnet is None and vgg is None and plot is None  # the 224x224 view still shows
    assert summary == photos.offline(("alexnet", "vgg16")) and _said(seen, summary) == 1
    assert [_visible(p) for p in panels] == [False] * 6  # both labels, the chart, Grad-CAM and occlusion
    assert mark == folding.FOLDED
    # A shift still works; the answer is the same one sentence, and nothing unfolds.
    moved = classify.classify_image([None], ["cat"], ["vgg16"], [56], [0], [100])
    assert moved[0][0] != seen and _said(*[column[0] for column in moved]) == 1
    assert not any(_visible(p) for p in classify._photo_panels("vgg16", mark)[:-1])


def test_photos_with_weights_show_everything_and_unfold_when_weights_arrive(weights):
    seen, alexnet, vgg, summary, plot = classify._first_photo_look(*DEFAULTS)
    assert alexnet["tabby"] > 0.5 and vgg["tabby"] > 0.5 and plot is not None and _said(summary) == 0
    *panels, mark = classify._photo_panels_opened("vgg16", "")
    assert all(_visible(p) for p in panels)
    # A VGG without weights beside AlexNet: only its label and its Grad-CAM fold away.
    assert [_visible(p) for p in classify._photo_panels("vgg19", "")[:-1]] == [True, False, True, True, True, False]
    # The page showed the section folded; the weights were copied in; the section opens again: it is made again.
    *panels, mark = classify._photo_panels_opened("vgg16", folding.FOLDED)
    assert all(_visible(p) for p in panels) and mark == folding.UNFOLDED
    again = folding.when_unfolded(classify._photo_again, 5)(mark, None, *DEFAULTS)
    assert again[1]["tabby"] > 0.5 and again[3].startswith("**AlexNet**: tabby")


def test_cnn_offline_says_it_once_in_place_and_lenet5_still_works(no_weights):
    seen, maps, filters, text = cnn.show_feature_maps("alexnet", "conv1", None)
    controls, fm_maps, fm_filters, note, mark = cnn._fm_fold_opened("alexnet", "")
    assert (seen, maps, filters) == (None, None, None) and note == text == backbones.offline("alexnet")
    assert _said(text) == 1  # the note is one place on the page: the fold and the answer write the same words
    assert not any(_visible(p) for p in (controls, fm_maps, fm_filters)) and mark == folding.FOLDED
    # Back to LeNet-5: everything shows, no setup sentence.
    layer, controls, fm_maps, fm_filters, note, mark = cnn._layers_for("lenet5", mark)
    assert all(_visible(p) for p in (controls, fm_maps, fm_filters)) and mark == "" and layer.value == "conv1"
    seen, maps, filters, text = cnn.show_feature_maps("lenet5", "conv1", None)
    assert seen and maps and filters and "6 maps of 28x28" in text and _said(text) == 0
    # The old notes said "LeNet-5 (shipped weights, digits): LeNet-5: shipped weights."; nothing like it is left.
    assert "shipped weights." not in text


def test_cnn_with_weights_shows_alexnet_and_unfolds_when_weights_arrive(weights):
    controls, fm_maps, fm_filters, note, mark = cnn._fm_fold_opened("alexnet", folding.FOLDED)
    assert all(_visible(p) for p in (controls, fm_maps, fm_filters)) and mark == folding.UNFOLDED
    seen, maps, filters, text = folding.when_unfolded(cnn.show_feature_maps, 4)(mark, "alexnet", "conv1", None)
    assert seen and maps and filters and "64 maps of 55x55" in text and _said(text) == 0


def test_receptive_field_offline_says_once_that_it_runs_untrained(no_weights):
    overlay, feature, text = receptive_field.receptive_field(None, "alexnet", "conv5", 6, 6)
    assert overlay and feature and _said(text) == 1
    assert "runs here with torchvision's random initialisation" in text and "--imagenet-dir" in text
    assert _said(receptive_field.receptive_field(None, "lenet5", "conv2", 2, 3)[2]) == 0
