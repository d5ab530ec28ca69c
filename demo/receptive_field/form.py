"""The Receptive-field tab's settings, declared once (demo/base/form.py): the slide's rule (K and P), the
recurrence's network (a preset, its stack and input size), and the unit whose field is drawn (network, layer,
row, column; the layer follows the network and the unit's range its layer's map). The ranges are demo/layers'
and the backbones' (demo/cnn/backbones.py)."""

from demo import layers as arch
from demo.architectures.form import preset_fields
from demo.base.form import CASE_SEPARATOR, Field, Form, choice, whole
from demo.cnn.backbones import BACKBONES, layer_index, layer_shape
from demo.cnn.form import layer_field

NETWORK, LAYER = "alexnet", "conv5"  # the unit's network and layer the page opens with: AlexNet's deepest conv


def unit_fields(default_network: str, default_layer: str) -> list[Field]:
    """A unit's row and column within its layer's map; a new layer picks its middle unit."""
    fields = []
    for axis, name in ((1, "row"), (2, "column")):
        cases = {}
        for net in BACKBONES:
            for layer in layer_index(net):
                side = layer_shape(net, layer)[axis]
                cases[f"{net}{CASE_SEPARATOR}{layer}"] = dict(low=0, high=side - 1, default=side // 2)
        own = cases[f"{default_network}{CASE_SEPARATOR}{default_layer}"]
        fields.append(whole(name, (0, own["high"]), own["default"], by=("network", "layer"), cases=cases,
                            label=f"receptive_field.label.{name}", elem_id=f"rf-{name}"))
    return fields


FORM = Form(
    whole("kernel", arch.SLIDE_KERNELS, 3, step=2, label="receptive_field.label.kernel", elem_id="rf-kernel"),
    whole("pool", arch.SLIDE_POOLS, 2, label="receptive_field.label.pool", elem_id="rf-pool"),
    choice("preset", arch.PRESETS, "alexnet", label="architectures.label.network", elem_id="rf-preset"),
    *preset_fields("preset", "alexnet", "rf"),
    choice("network", BACKBONES, NETWORK, label="architectures.label.network", elem_id="rf-network"),
    layer_field("network", NETWORK, LAYER, deepest=True, label="receptive_field.label.layer", elem_id="rf-layer"),
    *unit_fields(NETWORK, LAYER),
)
