"""demo.layers.modules: the notation built as torch modules equals the arithmetic, and its code rebuilds it."""

import numpy as np
import pytest
import torch

from demo.layers import PRESETS, analyse, modules, parse_stack, report_for

STACKS = ["conv3-8/p1, relu, lrn, maxpool3/s2/p1/ceil, bn, conv3-16/d2/g2/nobias, tanh, avgpool2, dropout0.3, "
          "fc32, sigmoid, fc10", "conv3-4, gap, fc3", "adaptivepool3, fc7/nobias"]


@pytest.mark.parametrize("key", ["lenet5", "alexnet-paper", "alexnet", "vgg11_bn"])
def test_presets_build_to_the_arithmetics_parameters_and_shapes(key):
    preset = PRESETS[key]
    with torch.device("meta"):
        model = modules.build(preset.stack, preset.input_shape)
        report = report_for(key)
        assert modules.count_parameters(model) == report.params
        x = torch.zeros(1, *preset.input_shape)
        for module, info in zip(model, report.layers):
            x = module(x)
            assert tuple(x.shape[1:]) == info.out_shape, (info.name, tuple(x.shape))


@pytest.mark.parametrize("stack", STACKS)
def test_the_generated_code_rebuilds_the_network_and_its_weights_load(stack, tmp_path):
    shape = (2, 20, 20)
    model = modules.build(stack, shape).eval()
    layers, _ = parse_stack(stack)
    assert modules.count_parameters(model) == analyse(layers, shape).params
    code = modules.python_code(stack, shape, "test")
    namespace = {}
    exec(compile(code, "model.py", "exec"), namespace)  # the file a student downloads
    rebuilt = namespace["build"]().eval()
    rebuilt.load_state_dict(model.state_dict())
    x = torch.randn(3, *shape)
    with torch.no_grad():
        np.testing.assert_allclose(rebuilt(x).numpy(), model(x).numpy(), rtol=1e-6, atol=1e-6)


def test_lrn_gets_the_papers_alpha():
    lrn = modules.build("lrn", (8, 4, 4))[0]
    assert lrn.alpha == pytest.approx(1e-4 * 5) and lrn.size == 5 and lrn.k == 2.0
