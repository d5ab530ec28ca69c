"""demo.layers.arithmetic: every number checked against real torch modules, forward passes and gradients."""

import random

import pytest
import torch
import torchvision
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

from demo import layers as L
from demo.base.errors import InputError
from demo.layers import PRESETS, parse_stack, report_for
from demo.nets.models import LeNet5


def to_torch(stack: list, in_channels: int) -> nn.Sequential:
    """The same stack as real torch modules (our trusted reference)."""
    modules, c = [], in_channels
    for layer in stack:
        if isinstance(layer, L.Conv):
            modules.append(nn.Conv2d(c, layer.out_channels, layer.kernel, layer.stride, layer.padding,
                                     layer.dilation, layer.groups, layer.bias))
            c = layer.out_channels
        elif isinstance(layer, L.Pool):
            cls = nn.MaxPool2d if layer.mode == "max" else nn.AvgPool2d
            kw = dict(dilation=layer.dilation) if layer.mode == "max" else {}
            modules.append(cls(layer.kernel, layer.stride, layer.padding, ceil_mode=layer.ceil_mode, **kw))
        elif isinstance(layer, L.LRN):
            modules.append(nn.LocalResponseNorm(layer.size, layer.alpha * layer.size, layer.beta, layer.k))
        elif isinstance(layer, L.BatchNorm):
            modules.append(nn.BatchNorm2d(c))
        elif isinstance(layer, L.Activation):
            modules.append({"relu": nn.ReLU(), "tanh": nn.Tanh(), "sigmoid": nn.Sigmoid()}[layer.fn])
        elif isinstance(layer, L.Dropout):
            modules.append(nn.Dropout(layer.p))
        elif isinstance(layer, L.Flatten):
            modules.append(nn.Flatten())
        elif isinstance(layer, L.Linear):
            modules.append(nn.LazyLinear(layer.out_features, layer.bias))
        elif isinstance(layer, L.AdaptiveAvgPool):
            modules.append(nn.AdaptiveAvgPool2d(layer.output))
    return nn.Sequential(*modules)


def leaf_output_shapes(model: nn.Module, x: torch.Tensor) -> list[tuple[int, ...]]:
    shapes = []
    hooks = [m.register_forward_hook(lambda m, i, o: shapes.append(tuple(o.shape[1:])))
             for m in model.modules() if not list(m.children())]
    model.eval()(x)
    for h in hooks:
        h.remove()
    return shapes


@pytest.mark.parametrize("key", [k for k, p in PRESETS.items() if p.torchvision])
def test_torchvision_presets_equal_the_real_models(key):
    preset = PRESETS[key]
    report = report_for(key)
    with torch.device("meta"):  # shapes and counts without allocating 500 MB of weights
        model = torchvision.models.get_model(preset.torchvision, weights=None)
        x = torch.empty(1, *preset.input_shape)
        assert report.params == sum(p.numel() for p in model.parameters())
        ours = [info.out_shape for info in report.layers if not isinstance(info.layer, L.Flatten)]
        assert ours == leaf_output_shapes(model, x)
        with FlopCounterMode(display=False) as counter:
            model(x)
    assert report.flops == counter.get_total_flops()  # torch counts 2 FLOPs per multiply-accumulate


def test_lenet5_preset_is_the_shipped_model():
    report = report_for("lenet5")
    model = LeNet5()
    assert report.params == sum(p.numel() for p in model.parameters())
    ours = [info.out_shape for info in report.layers if not isinstance(info.layer, L.Flatten)]
    assert ours == leaf_output_shapes(model, torch.zeros(1, 1, 28, 28))


def test_alexnet_paper_preset_against_torch_and_the_paper():
    preset = PRESETS["alexnet-paper"]
    layers, _ = parse_stack(preset.stack)
    report = L.analyse(layers, preset.input_shape)
    model = to_torch(layers, 3)
    x = torch.zeros(1, *preset.input_shape)
    shapes = leaf_output_shapes(model, x)
    assert [info.out_shape for info in report.layers] == shapes
    assert report.params == sum(p.numel() for p in model.parameters()) == 60_965_224  # "60 million"
    assert report.layers[0].out_shape == (96, 55, 55)  # why the input must be 227, not 224
    with pytest.raises(InputError, match=r"Layer 4 \(maxpool3/s2\) would shrink the 1x1 map"):
        report_for(None, preset.stack, (3, 11, 11))


@pytest.mark.parametrize("size, kernel, stride, padding, dilation, ceil", [
    (7, 3, 2, 0, 1, False), (7, 3, 2, 0, 1, True), (224, 11, 4, 2, 1, False), (13, 3, 2, 1, 1, True),
    (10, 2, 3, 1, 1, True), (9, 3, 1, 2, 2, False), (5, 5, 1, 0, 1, False),
])
def test_output_size_equals_torch(size, kernel, stride, padding, dilation, ceil):
    x = torch.zeros(1, 1, size, size)
    conv = nn.Conv2d(1, 1, kernel, stride, padding, dilation)
    assert L.conv_output_size(size, kernel, stride, padding, dilation) == conv(x).shape[-1]
    if padding * 2 <= kernel:
        pool = nn.MaxPool2d(kernel, stride, padding, dilation, ceil_mode=ceil)
        assert L.conv_output_size(size, kernel, stride, padding, dilation, ceil) == pool(x).shape[-1]


def _constant_positive(model: nn.Sequential) -> nn.Sequential:
    """Same geometry, all weights positive, max-pools as average pools: a pixel's gradient is
    non-zero exactly when some path connects it to the unit."""
    out = []
    for m in model:
        if isinstance(m, nn.MaxPool2d):
            m = nn.AvgPool2d(m.kernel_size, m.stride, m.padding, ceil_mode=m.ceil_mode)
        if isinstance(m, nn.Conv2d):
            nn.init.constant_(m.weight, 1.0)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        out.append(m)
    return nn.Sequential(*out).double()


def empirical_box(features: nn.Sequential, shape, unit):
    x = torch.ones(1, *shape, dtype=torch.float64, requires_grad=True)
    features(x)[0, :, unit[0], unit[1]].sum().backward()
    g = x.grad[0].abs().sum(0)
    rows, cols = torch.nonzero(g.sum(1)).flatten(), torch.nonzero(g.sum(0)).flatten()
    return rows[0].item(), cols[0].item(), rows[-1].item(), cols[-1].item()


def theoretical_box(info: L.LayerInfo, shape, unit):
    top, left, bottom, right = info.box(*unit)
    return max(0, top), max(0, left), min(shape[1] - 1, bottom), min(shape[2] - 1, right)


def assert_matches(empirical, info: L.LayerInfo, shape, unit):
    """Sides of the box inside the image must match the measurement exactly. A side beyond the image
    border only bounds it: with dilation, the first pixel inside may fall in a gap of the kernel."""
    top, left, bottom, right = info.box(*unit)
    for got, want, inside in ((empirical[0], top, top >= 0), (empirical[1], left, left >= 0),
                              (empirical[2], bottom, bottom <= shape[1] - 1),
                              (empirical[3], right, right <= shape[2] - 1)):
        if inside:
            assert got == want, (empirical, info.box(*unit))
    assert 0 <= empirical[0] <= empirical[2] < shape[1] and 0 <= empirical[1] <= empirical[3] < shape[2]


@pytest.mark.parametrize("name, shape, module_count", [
    ("lenet5", (1, 28, 28), 6), ("alexnet", (3, 224, 224), 13), ("vgg16", (3, 224, 224), 31)])
def test_receptive_fields_equal_gradient_measurements_on_real_networks(name, shape, module_count):
    if name == "lenet5":
        features = LeNet5().features
    else:
        features = torchvision.models.get_model(name, weights=None).features
    features = _constant_positive(features)
    report = report_for(name)
    assert len(features) == module_count
    last = [i for i, m in enumerate(features) if isinstance(m, (nn.Conv2d, nn.AvgPool2d))][-3:]
    for index in last:
        info = report.layers[index]
        _, h, w = info.out_shape
        # The centre unit of each layer; the corners (a box cut by both borders) of the deepest.
        for unit in ((h // 2, w // 2), (0, 0), (h - 1, w - 1)) if index == last[-1] else ((h // 2, w // 2),):
            assert empirical_box(features[: index + 1], shape, unit) == theoretical_box(info, shape, unit), \
                (name, index, unit)


def test_receptive_fields_of_random_stacks_with_strides_padding_and_dilation():
    rng = random.Random(0)
    checked = 0
    while checked < 25:
        size = rng.randint(24, 48)
        stack = []
        for _ in range(rng.randint(1, 5)):
            k, s, p, d = rng.randint(1, 5), rng.randint(1, 3), rng.randint(0, 2), rng.randint(1, 3)
            if rng.random() < 0.7:
                stack.append(L.Conv(2, (k, k), (s, s), (p, p), (d, d)))
            else:
                stack.append(L.Pool((k, k), (s, s), (min(p, k // 2),) * 2, mode="avg"))
        try:
            report = L.analyse(stack, (1, size, size))
        except InputError:
            continue  # the map shrank below 1x1: not a valid stack
        model = _constant_positive(to_torch(stack, 1))
        info = report.layers[-1]
        _, h, w = info.out_shape
        unit = (rng.randrange(h), rng.randrange(w))
        assert_matches(empirical_box(model, (1, size, size), unit), info, (1, size, size), unit)
        checked += 1


def test_slide_rule_is_the_two_layer_recurrence():
    for k in range(1, 8):
        for p in range(1, 5):
            report = L.analyse([L.Conv(1, (k, k)), L.Pool((p, p), (p, p))], (1, 64, 64))
            assert report.layers[-1].rf == (L.slide_rule(k, p),) * 2 == (p + k - 1,) * 2


def test_bad_stacks_name_the_layer():
    with pytest.raises(InputError, match=r"Layer 2 \(Conv\) would shrink"):
        L.analyse([L.Conv(8, (3, 3)), L.Conv(8, (7, 7))], (3, 8, 8))
    with pytest.raises(InputError, match="groups must divide"):
        L.analyse([L.Conv(9, (3, 3), groups=2)], (4, 8, 8))
    with pytest.raises(InputError, match="already been flattened"):
        L.analyse([L.Flatten(), L.Conv(8, (3, 3))], (3, 8, 8))
    with pytest.raises(InputError, match="at least 1x1x1"):
        L.analyse([L.Conv(8, (3, 3))], (3, 0, 8))


def test_fc_share_and_conv_share():
    report = report_for("vgg16")
    assert report.fc_params == 102_764_544 + 16_781_312 + 4_097_000
    assert report.fc_params / report.params > 0.85  # the FC layers hold most parameters...
    assert report.conv_macs / report.macs > 0.99  # ...the convolutions do most of the work
