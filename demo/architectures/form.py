"""The Architectures tab's settings, declared once (demo/base/form.py): a preset network, its layer stack and
input size (which follow the preset, as choosing it fills them), MACs or FLOPs, and the VGG argument's n and
channels. The ranges are demo/layers' (which checks them)."""

from demo import layers as arch
from demo.base.form import Field, Form, choice, text, whole
from demo.layers.notation import MAX_STACK_CHARS

INPUT_SIZE = ("channels", "height", "width")
UNITS = ("MACs", "FLOPs")


def preset_fields(preset: str, default: str, prefix: str) -> list[Field]:
    """A calculator's stack and input size, which follow its preset (as choosing the preset fills them).
    prefix: the element ids' ("arch" -> arch-stack, arch-channels, ...)."""
    forms = {key: p.form for key, p in arch.PRESETS.items()}
    stack, *size = forms[default]
    fields = [text("stack", stack, MAX_STACK_CHARS, by=(preset,), label="architectures.label.stack",
                   elem_id=f"{prefix}-stack", cases={key: dict(default=form[0]) for key, form in forms.items()})]
    for i, name in enumerate(INPUT_SIZE):
        fields.append(whole(name, (1, arch.MAX_INPUT_SIDE), size[i], by=(preset,), widget="number",
                            label=f"architectures.label.{name}", elem_id=f"{prefix}-{name}",
                            cases={key: dict(default=form[i + 1]) for key, form in forms.items()}))
    return fields


FORM = Form(
    choice("preset", arch.PRESETS, "vgg16", label="architectures.label.network", elem_id="arch-preset"),
    *preset_fields("preset", "vgg16", "arch"),
    choice("unit", UNITS, "MACs", label="architectures.label.count", elem_id="arch-unit", widget="radio"),
    whole("vgg_n", arch.VGG_N_RANGE, 3, label="architectures.label.vgg_n", elem_id="vgg-n", linked=False),
    whole("vgg_channels", arch.VGG_CHANNELS_RANGE, 256, step=16, label="architectures.label.vgg_channels",
          elem_id="vgg-c", linked=False),
)
