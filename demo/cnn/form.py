"""The CNN tab's settings, declared once (demo/base/form.py): the convolution playground's kernel, stride,
padding and dilation, the feature maps' backbone and layer, and the test digit LeNet-5 computes on. The ranges are the core's
(demo/cnn/convolution.py, which checks them; demo/cnn/backbones.py)."""

from demo.base.form import Field, Form, choice, index_field, text, whole
from demo.cnn import convolution
from demo.cnn.backbones import BACKBONES, layer_index

DEFAULT_KERNEL = "Sobel x (vertical edges)"
KERNEL_TEXT = "1 0 -1; 2 0 -2; 1 0 -1"  # what the typed kernel opens with: Sobel x, to edit
KERNEL_TEXT_CHARS = 500


def layer_field(network: str, default_network: str, default_layer: str, deepest: bool, **kw) -> Field:
    """A backbone's layer, from that backbone's layers; a new backbone picks its first (or deepest) one."""
    cases = {}
    for name in BACKBONES:
        layers = tuple(layer_index(name))
        cases[name] = dict(choices=layers, default=layers[-1] if deepest else layers[0])
    return choice("layer", cases[default_network]["choices"], default_layer, by=(network,), cases=cases, **kw)


FORM = Form(
    choice("kernel_name", (*convolution.KERNELS, convolution.TYPED), DEFAULT_KERNEL, label="cnn.label.kernel",
           elem_id="conv-kernel"),
    text("kernel_text", KERNEL_TEXT, KERNEL_TEXT_CHARS, label="cnn.label.kernel_text", elem_id="conv-kernel-text"),
    whole("stride", convolution.STRIDES, 1, label="cnn.label.stride", elem_id="conv-stride"),
    whole("padding", convolution.PADDINGS, 1, label="cnn.label.padding", elem_id="conv-padding"),
    whole("dilation", convolution.DILATIONS, 1, label="cnn.label.dilation", elem_id="conv-dilation"),
    choice("backbone", BACKBONES, "lenet5", label="cnn.label.backbone", elem_id="fm-backbone"),
    layer_field("backbone", "lenet5", "conv1", deepest=False, label="cnn.label.layer", elem_id="fm-layer"),
    # LeNet-5 computing: the test digit traced (a link opens the tab at the playground, above it).
    index_field("trace_index", label="cnn.label.index", elem_id="trace-index", linked=False),
)
