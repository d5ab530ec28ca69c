"""A form's fields as controls (demo/web/controls.py): built from the field, and refused when restated."""

import gradio as gr
import pytest

from demo.base.form import choice, number, whole
from demo.web.controls import check_control, control


def test_a_control_is_built_from_its_field():
    with gr.Blocks():
        k = control(whole("k", (1, 50), 10, label="knn.label.k", elem_id="x-k"))
        scale = control(number("scale", (0.5, 2.0), 1.0, step=0.05, widget="number", elem_id="x-scale"))
        space = control(choice("space", ("pixels", "cnn"), "cnn", widget="radio"), [("Pixels", "pixels"), ("CNN", "cnn")])
    assert isinstance(k, gr.Slider) and (k.minimum, k.maximum, k.step, k.value, k.elem_id) == (1, 50, 1, 10, "x-k")
    assert isinstance(scale, gr.Number) and (scale.minimum, scale.maximum, scale.step, scale.value) == (0.5, 2.0, 0.05, 1.0)
    assert isinstance(space, gr.Radio) and space.value == "cnn"


def test_a_control_that_restates_its_field_differently_is_refused():
    field = whole("k", (1, 50), 10, elem_id="x-k")
    with gr.Blocks():
        check_control(field, control(field))  # as built: accepted
        with pytest.raises(ValueError, match="range 1-40"):
            check_control(field, gr.Slider(1, 40, value=10, step=1, elem_id="x-k"))
        with pytest.raises(ValueError, match="default 5"):
            check_control(field, gr.Slider(1, 50, value=5, step=1, elem_id="x-k"))
        with pytest.raises(ValueError, match="Dropdown"):
            check_control(field, gr.Dropdown([1, 10], value=10, elem_id="x-k"))
        with pytest.raises(ValueError, match="not the form's"):
            control(choice("space", ("pixels", "cnn"), "cnn"), [("Pixels", "pixels")])
