"""A form's fields as gradio controls: a tab builds each control from its field (demo/base/form.py), so the
control's range, step, default, label and element id are the form's, never restated."""

import gradio as gr

from demo.base.form import Field
from demo.web.common import t


def control(field: Field, choices=None, **kw) -> gr.components.Component:
    """The control `field` shows as (its widget), with the form's range, step, default, label and element id.

    choices: for a choice field, the (title, value) pairs the page shows, when the titles are not the values;
    their values must be the field's choices (a field with a pattern may offer fewer, e.g. the datasets present).
    kw: layout and the rest (scale, info, min_width, ...), passed on. A `value` replaces the default only where
    the API's value differs from what the page shows after loading: a blank stack that means "the preset's own".
    """
    value = kw.pop("value", field.default)
    if field.label:
        kw.setdefault("label", t(field.label))
    if field.elem_id:
        kw.setdefault("elem_id", field.elem_id)
    widget = field.shows_as
    if widget in ("dropdown", "radio"):
        shown = list(field.choices) if choices is None else list(choices)
        values = [c[1] if isinstance(c, tuple) else c for c in shown]
        if values != list(field.choices) and not field.pattern:  # a pattern's choices are found at run time
            raise ValueError(f"{field.name}: the page's choices {values} are not the form's {list(field.choices)}")
        make = gr.Radio if widget == "radio" else gr.Dropdown
        return make(shown, value=value, **kw)
    if widget == "slider":
        return gr.Slider(field.low, field.high, value=value, step=field.step or 1, **kw)
    if widget == "number":
        precision = 0 if field.kind == "whole" else None
        if field.step:
            kw.setdefault("step", field.step)
        return gr.Number(value, minimum=field.low, maximum=field.high, precision=precision, **kw)
    if widget == "textbox":
        return gr.Textbox(value, max_length=field.max_chars or None, **kw)
    return gr.Checkbox(value, **kw)


def check_control(field: Field, component) -> None:
    """Raise ValueError if `component` is not what `field` declares: its kind of control, element id, range,
    step, choices and default (a field that follows another opens with that one's value, so its own default is
    the page's after loading and is not compared)."""
    expected = dict(slider=gr.Slider, number=gr.Number, dropdown=gr.Dropdown, radio=gr.Radio, textbox=gr.Textbox,
                    checkbox=gr.Checkbox)[field.shows_as]
    wrong = []
    if not isinstance(component, expected):
        raise ValueError(f"the control for {field.name} is a {type(component).__name__}, its form says a "
                         f"{expected.__name__}")
    if field.elem_id and component.elem_id != field.elem_id:
        wrong.append(f"element id {component.elem_id!r}")
    if field.kind in ("whole", "number"):
        low, high = (component.minimum, component.maximum)
        if (low, high) != (field.low, field.high):
            wrong.append(f"range {low}-{high}")
        if isinstance(component, gr.Slider) and component.step != (field.step or 1):
            wrong.append(f"step {component.step}")
    if field.kind == "choice" and not field.pattern:
        values = [c[1] if isinstance(c, (tuple, list)) else c for c in component.choices]
        if values != list(field.choices):
            wrong.append(f"choices {values}")
    if not field.by and component.value != field.default:
        wrong.append(f"default {component.value!r}")
    if wrong:
        raise ValueError(f"the control for {field.name} is {', '.join(wrong)}; its form says otherwise")
