"""A tab's fields (demo/base/form.py): what a link's text stands for, how a field says what it takes, and a
form's order."""

import pytest

from demo.base.form import Field, Form, choice, flag, number, text, whole


def test_a_whole_field_takes_its_range_on_its_steps_only():
    f = whole("k", (1, 11), 3, step=2)
    rules = f.rules({})
    assert [f.read(v, rules) for v in ("1", "3", "11", "+5")] == [1, 3, 11, 5]
    assert [f.read(v, rules) for v in ("0", "13", "2", "3.0", "x", "١")] == [None] * 6  # ١: an Arabic one
    assert f.shown() == "1, 3, …, 11"


def test_a_number_on_a_fine_grid_is_read_despite_rounding():
    f = number("scale", (0.5, 2.0), 1.0, step=0.05)
    rules = f.rules({})
    assert f.read("1.15", rules) == 1.15 and f.read("2", rules) == 2.0
    assert f.read("1.13", rules) is None and f.read("2.05", rules) is None
    assert f.shown() == "0.5, 0.55, …, 2"


def test_choices_text_and_flags():
    f = choice("space", {"pixels": "raw", "cnn": "CNN"}, "pixels", pattern=r"folder:\w+", hint="folder:<name>")
    rules = f.rules({})
    assert f.read("CNN", rules) == "cnn" and f.read("folder:cats", rules) == "folder:cats"
    assert f.read("pca", rules) is None and f.shown() == "pixels, cnn, folder:<name>"
    assert text("s", "", 3).read("abcd", {}) is None and text("s", "", 3).read("abc", {}) == "abc"
    assert [flag("a", False).read(v, {}) for v in ("TRUE", "0", "yes")] == [True, False, None]


def test_a_field_that_follows_another_takes_that_ones_case():
    layer = choice("layer", ("conv1", "conv2"), "conv1", by=("net",),
                   cases={"vgg": dict(choices=("c1", "c2", "c3"), default="c3")})
    assert layer.rules({"net": "vgg"})["choices"] == ("c1", "c2", "c3")
    assert layer.rules({"net": "lenet"})["choices"] == ("conv1", "conv2")  # no case: its own
    assert layer.as_json()["cases"]["vgg"]["shown"] == "c1, c2, c3"


def test_a_form_names_each_field_once_and_after_what_it_follows():
    net = choice("net", ("a", "b"), "a")
    layer = choice("layer", ("x",), "x", by=("net",))
    form = Form(net, layer, whole("n", (0, 3), 0, linked=False))
    assert form["layer"] is layer and form[0] is net and form.names == ("net", "layer", "n")
    assert [f.name for f in form.linked] == ["net", "layer"]
    with pytest.raises(ValueError, match="before"):
        Form(layer, net)
    with pytest.raises(ValueError, match="twice"):
        Form(net, net)
    with pytest.raises(ValueError):
        Field("x", "colour", 0)
    assert whole("n", (0, 3), 0).shows_as == "slider" and choice("c", ("a",), "a", widget="radio").shows_as == "radio"
