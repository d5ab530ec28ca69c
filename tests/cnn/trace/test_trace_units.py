"""demo.cnn.trace.units: every unit's arithmetic against torch's own forward pass, fields against demo.layers."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from gradio_client import handle_file
from helpers import app_error, figure_layout, render_digit, traces

from demo.classify import digits
from demo.cnn.trace import units as trace
from demo.cnn.backbones import layer_index
from demo.base.cache import BoundedCache
from demo.base.errors import InputError
from demo.layers import report_for
from demo.base.transforms import normalise_with_card
from demo.nets.weights import shipped


def _digits() -> list[np.ndarray]:
    """Three test digits and a noise picture (every unit non-zero somewhere, nothing MNIST-like)."""
    noise = np.random.default_rng(7).integers(0, 256, (28, 28), dtype=np.uint8)
    return [digits.test_example(i)[0] for i in (0, 1, 2)] + [noise]


def _units(layer: str, rng, count: int) -> list[tuple[int, int, int]]:
    size = trace.shape(layer)
    if len(size) == 1:
        return [(int(c), 0, 0) for c in rng.choice(size[0], min(count, size[0]), replace=False)]
    return [tuple(int(rng.integers(n)) for n in size) for _ in range(count)]


def test_the_layers_are_the_shipped_networks_modules_in_order():
    model, _ = shipped("lenet5")
    assert list(trace.stages(model)) == [n for n in trace.NAMES if n not in ("input", "softmax")]
    assert [relu for _, relu in trace.stages(model).values()] == [True, False, True, False, True, True, False]
    t = trace.trace(digits.test_example(0)[0])
    assert {name: t.outputs[name].shape for name in trace.NAMES} == {name: trace.shape(name) for name in trace.NAMES}
    report = report_for("lenet5")
    for name, index in layer_index("lenet5").items():  # conv1, pool1, conv2, pool2: the Architectures tab's shapes
        assert report.layers[index].out_shape == trace.shape(name)


@pytest.mark.parametrize("which", range(4))
def test_the_trace_is_the_forward_pass(which):
    model, card = shipped("lenet5")
    digit = _digits()[which]
    t = trace.trace(digit)
    x = normalise_with_card(digit[None, None], card, next(model.parameters()).device)
    with torch.inference_mode():
        logits = model(x)[0].cpu().numpy()
        maps = model.features(x)[0].cpu().numpy()
    np.testing.assert_allclose(t.outputs["fc3"], logits, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(t.outputs["pool2"], maps, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(t.probabilities, torch.softmax(torch.from_numpy(logits), 0).numpy(), atol=1e-7)
    np.testing.assert_allclose(t.outputs["conv1"], np.maximum(t.before_relu["conv1"], 0))
    assert t.prediction == int(np.argmax(logits))


def _forward(digit: np.ndarray) -> dict[str, np.ndarray]:
    """Every layer of the shipped LeNet-5 for one digit, written out here with torch's functional ops
    and the model's own weights (not demo.trace's stages, its cache or its outputs)."""
    model, card = shipped("lenet5")
    conv1, _, _, conv2, _, _ = model.features
    fc1, _, fc2, _, fc3 = model.classifier
    mean, std = card["normalisation"]["mean"][0], card["normalisation"]["std"][0]
    w = {name: (m.weight.detach().cpu().double(), m.bias.detach().cpu().double())
         for name, m in (("conv1", conv1), ("conv2", conv2), ("fc1", fc1), ("fc2", fc2), ("fc3", fc3))}
    out = {"input": (torch.from_numpy(digit).double()[None] / 255 - mean) / std}  # (1, 28, 28)
    out["conv1"] = F.relu(F.conv2d(out["input"][None], *w["conv1"], padding=2))[0]  # 28 -> 32 -> 28
    out["pool1"] = F.max_pool2d(out["conv1"], 2)
    out["conv2"] = F.relu(F.conv2d(out["pool1"][None], *w["conv2"]))[0]
    out["pool2"] = F.max_pool2d(out["conv2"], 2)
    out["fc1"] = F.relu(F.linear(out["pool2"].flatten(), *w["fc1"]))
    out["fc2"] = F.relu(F.linear(out["fc1"], *w["fc2"]))
    out["fc3"] = F.linear(out["fc2"], *w["fc3"])
    out["softmax"] = torch.softmax(out["fc3"], 0)
    return {name: value.numpy() for name, value in out.items()}


@pytest.mark.parametrize("layer", trace.NAMES)
def test_every_units_arithmetic_equals_torchs_value(layer):
    """Random units of every layer type, on test digits and on noise: the shown result and torch's value at
    the unit both equal the layer computed here from the digit and the shipped weights (1e-5)."""
    rng = np.random.default_rng(sum(map(ord, layer)))
    for digit in _digits():
        t = trace.trace(digit)
        expected = _forward(digit)[layer]
        for unit in _units(layer, rng, 25):
            a = trace.unit(t, layer, *unit)
            at = expected[unit if len(trace.shape(layer)) == 3 else unit[0]]
            np.testing.assert_allclose(a.value, at, rtol=1e-5, atol=1e-5, err_msg=str(a.unit))
            np.testing.assert_allclose(a.network, at, rtol=1e-5, atol=1e-5, err_msg=str(a.unit))
            if layer in ("conv1", "conv2", "fc1", "fc2"):  # the value shown is the sum shown, after the ReLU
                assert a.value == max(a.before_relu, 0.0)


def test_a_convolution_units_numbers_are_unfolds_window_and_the_kernel():
    """The window is torch's own im2col column (F.unfold) for that position, padding zeros included."""
    model, _ = shipped("lenet5")
    t = trace.trace(_digits()[3])
    for layer, module in (("conv1", model.features[0]), ("conv2", model.features[3])):
        src = torch.from_numpy(t.outputs[trace.source(layer)])[None]
        columns = F.unfold(src, 5, padding=module.padding[0])[0].double().numpy()  # (C * 25, H' * W')
        width = trace.shape(layer)[2]
        for channel, row, column in _units(layer, np.random.default_rng(1), 20):
            a = trace.unit(t, layer, channel, row, column)
            np.testing.assert_allclose(a.window.ravel(), columns[:, row * width + column], atol=1e-7)
            np.testing.assert_array_equal(a.kernel, module.weight[channel].detach().double().cpu().numpy())
            np.testing.assert_allclose(a.products, a.window * a.kernel)
            assert a.total == pytest.approx(a.products.sum()) and a.before_relu == pytest.approx(a.total + a.bias)
            assert a.channel_sums.sum() == pytest.approx(a.total)
            assert a.positions == trace.shape(layer)[1] * width
    edge = trace.unit(t, "conv1", 0, 0, 0)  # C1 pads by 2: the window's first two rows and columns are padding
    assert not edge.inside[:2].any() and not edge.inside[:, :2].any() and edge.inside[2:, 2:].all()
    assert (edge.window[0][~edge.inside] == 0).all()


def test_a_pooling_units_winner_is_torchs_argmax():
    t = trace.trace(_digits()[3])
    for layer in ("pool1", "pool2"):
        src = torch.from_numpy(t.outputs[trace.source(layer)])[None]
        pooled, where = F.max_pool2d(src, 2, return_indices=True)
        width = src.shape[-1]
        for channel, row, column in _units(layer, np.random.default_rng(2), 20):
            a = trace.unit(t, layer, channel, row, column)
            flat = int(where[0, channel, row, column])
            top, left = a.reads.box[:2]
            assert (top + a.winner[0], left + a.winner[1]) == divmod(flat, width)
            assert a.value == pytest.approx(float(pooled[0, channel, row, column]))
            assert a.reads.channels == (channel,)


def test_a_fully_connected_units_terms_add_up_largest_first():
    t = trace.trace(_digits()[0])
    for layer in ("fc1", "fc2", "fc3"):
        a = trace.unit(t, layer, 3)
        assert a.inputs.size == int(np.prod(trace.shape(trace.source(layer))))
        np.testing.assert_allclose(a.inputs, t.outputs[trace.source(layer)].ravel())
        magnitudes = np.abs(a.products[a.order])
        assert (np.diff(magnitudes) <= 0).all() and sorted(a.order) == list(range(a.inputs.size))
        assert a.relu == (layer != "fc3")
    a = trace.unit(t, "fc1", 0)
    c, rest = divmod(int(a.order[0]), 25)
    assert a.input_name(a.order[0]) == f"S4 map {c} ({rest // 5}, {rest % 5})"


def test_softmax_shows_scores_exponentials_sum_and_division():
    t = trace.trace(_digits()[1])
    a = trace.unit(t, "softmax", 4)
    assert a.shift == 0 and a.total == pytest.approx(np.exp(t.outputs["fc3"].astype(float)).sum())
    assert a.value == pytest.approx(a.exps[4] / a.total) and (a.exps / a.total).sum() == pytest.approx(1)
    # Scores too large for e^z: lowered by the largest first, which changes no probability.
    huge = trace.Trace("huge", t.digit, {**t.outputs, "fc3": np.array([800, 790, *[0] * 8], np.float32),
                                         "softmax": np.zeros(10, np.float32)}, t.before_relu)
    b = trace.unit(huge, "softmax", 1)
    assert b.shift == 800 and np.isfinite(b.exps).all()
    assert b.value == pytest.approx(torch.softmax(torch.tensor([800.0, 790, *[0] * 8]), 0)[1].item(), rel=1e-6)


def test_an_input_pixel_is_the_cards_normalisation():
    _, card = shipped("lenet5")
    digit = _digits()[0]
    t = trace.trace(digit)
    x = normalise_with_card(digit[None, None], card)[0, 0].numpy()
    a = trace.unit(t, "input", 0, 14, 9)
    assert a.ink == digit[14, 9] and a.value == pytest.approx(x[14, 9], abs=1e-6)


def test_highlighted_fields_are_the_receptive_field_arithmetic():
    """What the picture outlines on the input is the Receptive-field tab's box (demo.layers), unit by unit."""
    report = report_for("lenet5")
    for layer, index in layer_index("lenet5").items():
        info = report.layers[index]
        _, h, w = trace.shape(layer)
        for row in range(h):
            for column in range(w):
                assert trace.field(trace.Unit(layer, 0, row, column)) == info.box(row, column), (layer, row, column)
    boxes = np.array([report.layers[layer_index("lenet5")["pool2"]].box(r, c) for r in range(5) for c in range(5)])
    whole = (boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max())  # fc units read all of S4
    for layer in ("fc1", "fc2", "fc3", "softmax"):
        assert trace.field(trace.Unit(layer, 5)) == whole == (-2, -2, 29, 29)
    assert trace.field(trace.Unit("input", 0, 3, 4)) == (3, 4, 3, 4)


def test_reads_name_the_units_of_the_layer_before():
    conv = trace.reads(trace.Unit("conv2", 7, 2, 3))
    assert (conv.layer, conv.channels, conv.box) == ("pool1", tuple(range(6)), (2, 3, 6, 7))
    assert trace.reads(trace.Unit("conv1", 0, 0, 27)).box == (-2, 25, 2, 29)  # into the padding
    assert trace.reads(trace.Unit("pool2", 9, 4, 1)) == trace.Reads("conv2", (9,), (8, 2, 9, 3))
    assert trace.reads(trace.Unit("fc1", 0)) == trace.Reads("pool2", tuple(range(16)), None)
    assert trace.reads(trace.Unit("softmax", 2)) == trace.Reads("fc3", (), None)
    with pytest.raises(InputError, match="reads nothing"):
        trace.reads(trace.Unit("input", 0, 1, 1))


@pytest.mark.parametrize("args, message", [
    (("conv3", 0, 0, 0), "The layer must be one of"), (("conv1", 6, 0, 0), "between 0 and 5"),
    (("conv2", 0, 10, 0), "row of conv2 must be between 0 and 9"), (("pool2", 0, 0, -1), "between 0 and 4"),
    (("fc2", 84, 0, 0), "between 0 and 83"), (("fc1", 3, 1, 0), "its row must be 0"),
    (("softmax", 1, 0, [1]), "must be a whole number"), (("conv1", float("nan"), 0, 0), "whole number"),
    ((None, 0, 0, 0), "The layer must be one of")])
def test_a_unit_outside_its_layer_gets_one_sentence(args, message):
    with pytest.raises(InputError, match=message):
        trace.check_unit(*args)


def test_traces_are_cached_per_digit_and_bounded(monkeypatch):
    digit = _digits()[2]
    first = trace.trace(digit)
    assert trace.trace(digit.copy()) is first  # the same digit, from anywhere: one trace
    monkeypatch.setattr(trace, "_TRACES", BoundedCache(2, trace.TRACE_BYTES, lambda t: t.nbytes))
    a, b, c = (trace.trace(d) for d in _digits()[:3])
    assert len(trace._TRACES) == 2 and trace.trace(_digits()[0]) is not a  # the oldest went first
    with pytest.raises(InputError, match="28x28 uint8"):
        trace.trace(np.zeros((28, 28)))


def test_digit_for_a_test_image_or_a_picture(tmp_path, mnist):
    digit, label = trace.digit_for(None, 42)
    np.testing.assert_array_equal(digit, mnist.test_images[42, 0])
    assert label == mnist.test_labels[42]
    path = tmp_path / "digit.png"
    render_digit(mnist.test_images[42, 0]).save(path)
    made, none = trace.digit_for(str(path), 0)
    assert none is None and trace.digit_for(str(path), 0)[0] is made  # read once
    assert made.shape == (28, 28) and made.dtype == np.uint8
    with pytest.raises(InputError, match="between 0 and 999"):
        trace.digit_for(None, 1000)
    with pytest.raises(InputError, match="could not be read"):
        trace.digit_for(str(tmp_path / "gone.png"), 0)


def test_the_trace_as_numbers():
    t = trace.trace(_digits()[0])
    numbers = t.as_dict()
    assert numbers["prediction"] == t.prediction and len(numbers["probabilities"]) == 10
    assert list(numbers["layers"]) == list(trace.NAMES)
    conv2 = numbers["layers"]["conv2"]
    assert conv2["title"] == "C3" and conv2["shape"] == [16, 10, 10]
    np.testing.assert_allclose(conv2["values"], t.outputs["conv2"], atol=6e-6)


# ---- through the app ---------------------------------------------------------------------------

def test_lenet_trace_and_a_click_through_the_api(client, mnist, tmp_path):
    seen, summary, numbers = client.predict(None, 7, api_name="/lenet_trace")
    t = trace.trace(mnist.test_images[7, 0])
    assert f"true label is **{mnist.test_labels[7]}**" in summary and numbers["prediction"] == t.prediction
    np.testing.assert_allclose(numbers["layers"]["fc3"]["values"], t.outputs["fc3"], atol=6e-6)
    from PIL import Image

    from demo.cnn.trace import view as trace_view
    assert Image.open(seen).size == (trace_view.WIDTH, trace_view.HEIGHT)
    picture, plot, text = client.predict(None, 7, "conv2", 5, 3, 6, api_name="/unit_arithmetic")
    a = trace.unit(t, "conv2", 5, 3, 6)
    assert f"**{a.value:.4f}**" in text and "Parameter sharing" in text
    heat = [tr for tr in traces(plot) if tr["type"] == "heatmap"]
    assert len(heat) == 18  # window, kernel slice and products for each of S2's six maps
    np.testing.assert_allclose(heat[2]["z"], a.products[0], atol=1e-9)
    path = tmp_path / "mine.png"
    render_digit(mnist.test_images[7, 0]).save(path)
    _, summary, numbers = client.predict(handle_file(str(path)), 0, api_name="/lenet_trace")
    assert "true label" not in summary and numbers["prediction"] == mnist.test_labels[7]
    *_, text = client.predict(handle_file(str(path)), 0, "softmax", int(mnist.test_labels[7]), 0, 0,
                              api_name="/unit_arithmetic")
    assert "softmax for class" in text


def test_unit_arithmetic_refusals_through_the_api(client):
    assert "row of pool1 must be between 0 and 13" in app_error(client, None, 0, "pool1", 0, 14, 0,
                                                                api_name="/unit_arithmetic")
    assert "its column must be 0" in app_error(client, None, 0, "fc2", 0, 0, 3, api_name="/unit_arithmetic")


def test_a_korean_browser_gets_the_arithmetic_in_korean(app_url, mnist):
    from gradio_client import Client

    korean = Client(app_url, verbose=False, headers={"Accept-Language": "ko-KR,ko;q=0.9"})
    _, summary, _ = korean.predict(None, 7, api_name="/lenet_trace")
    assert summary.startswith("LeNet-5의 판단:") and f"실제 레이블: **{mnist.test_labels[7]}**" in summary
    _, plot, text = korean.predict(None, 7, "conv2", 5, 3, 6, api_name="/unit_arithmetic")
    a = trace.unit(trace.trace(mnist.test_images[7, 0]), "conv2", 5, 3, 6)
    assert text.startswith("**C3 맵 5, 유닛 (3, 6)**:") and f"**{a.value:.4f}**" in text and "가중치 공유" in text
    assert "torch가 계산한 값" in figure_layout(plot)["title"]["text"]
    *_, text = korean.predict(None, 7, "fc1", 3, 0, 0, api_name="/unit_arithmetic")
    assert text.startswith("**C5 유닛 3**:") and "S4의 유닛 400개를 모두 읽습니다" in text
    assert "열은(는) 0이어야 합니다" in app_error(korean, None, 0, "fc2", 0, 0, 3, api_name="/unit_arithmetic")
    assert app_error(korean, None, 0, "pool1", 0, 14, 0, api_name="/unit_arithmetic").startswith(
        "pool1의 행은(는) 0에서 13 사이여야 합니다")
