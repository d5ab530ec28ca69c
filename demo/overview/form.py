"""The Overview's settings, declared once (demo/base/form.py): the Thatcher illusion's eye and mouth boxes
(centre x, centre y, width, height as fractions of the picture; the astronaut's own to start) and the zoom to
the face. Beside it, "fooled too": the test digit changed and the most a pixel may change (the Perceptron tab's
ε, demo/perceptron/adversarial.py). A link does not set them: the tab opens on the bundled face and test digit 0
(a link to the attack's every setting is the Perceptron tab's)."""

from demo.base.form import Form, flag, index_field, number, whole
from demo.perceptron import adversarial
from demo.overview.thatcher import ASTRONAUT_EYES, ASTRONAUT_MOUTH, PARTS

BOX_RANGE, BOX_STEP = (0.0, 1.0), 0.005  # a fraction of the picture, in steps a slider's drag can reach
SUFFIXES = ("cx", "cy", "w", "h")  # the fields' names and element ids, in PARTS' order


def box_fields(name: str, box: tuple[float, float, float, float]) -> list:
    """The four fields of one box: <name>_cx, _cy, _w, _h (element ids thatcher-<name>-cx, ...)."""
    return [number(f"{name}_{suffix}", BOX_RANGE, value, step=BOX_STEP, label=part,
                   elem_id=f"thatcher-{name}-{suffix}", linked=False)
            for suffix, part, value in zip(SUFFIXES, PARTS, box)]


FORM = Form(
    *box_fields("eyes", ASTRONAUT_EYES),
    *box_fields("mouth", ASTRONAUT_MOUTH),
    flag("crop", True, label="overview.label.crop", elem_id="thatcher-crop", linked=False),
    index_field(label="overview.label.fooled_index", elem_id="fooled-index", linked=False),
    whole("epsilon", adversarial.EPSILON_RANGE, adversarial.EPSILON_DEFAULT, label="overview.label.fooled_epsilon",
          elem_id="fooled-epsilon", linked=False),
)
THATCHER = FORM.names[:len(PARTS) * 2 + 1]  # the illusion's fields: both boxes, then the zoom
