"""demo.layers.notation: the stack notation, parsed without eval, with errors that name the token."""

import pytest

from demo import layers as L
from demo.base.errors import InputError
from demo.i18n import speaking
from demo.layers import PRESETS, format_layer, parse_layer, parse_stack


def test_the_issue_example_parses():
    layers, names = parse_stack("conv3-64, conv3-64, pool2, fc4096")
    assert layers == [L.Conv(64, (3, 3)), L.Conv(64, (3, 3)), L.Pool((2, 2), (2, 2)), L.Flatten(), L.Linear(4096)]
    assert names == ["conv3-64", "conv3-64", "maxpool2", "flatten", "fc4096"]


@pytest.mark.parametrize("token, layer", [
    ("conv11-96/s4", L.Conv(96, (11, 11), (4, 4))),
    ("conv5-256/p2/g2", L.Conv(256, (5, 5), padding=(2, 2), groups=2)),
    ("conv3x1-8/d2/nobias", L.Conv(8, (3, 1), dilation=(2, 2), bias=False)),
    ("maxpool3/s2", L.Pool((3, 3), (2, 2))),
    ("avgpool2/ceil", L.Pool((2, 2), (2, 2), mode="avg", ceil_mode=True)),
    ("LRN", L.LRN()), ("bn", L.BatchNorm()), ("tanh", L.Activation("tanh")), ("dropout0.3", L.Dropout(0.3)),
    ("adaptivepool7", L.AdaptiveAvgPool((7, 7))), ("gap", L.AdaptiveAvgPool((1, 1))), ("fc10/nobias", L.Linear(10, False)),
])
def test_tokens(token, layer):
    assert parse_layer(token) == layer
    assert parse_layer(format_layer(layer)) == layer


@pytest.mark.parametrize("key", list(PRESETS))
def test_presets_round_trip(key):
    layers, names = parse_stack(PRESETS[key].stack)
    assert [parse_layer(n) for n in names] == layers


@pytest.mark.parametrize("text, message", [
    ("conv3-64, conv3-, pool2", r"Token 2 'conv3-' is not a layer I know"),
    ("conv0-64", r"'conv0-64': the kernel size must be between 1"),
    ("conv3-0", r"number of channels must be between 1"),
    ("conv3-64/s0", r"stride must be between 1"),
    ("conv3-64/q2", r"option '/q2' is not one of"),
    ("conv3-64/s", r"needs a number"),
    ("pool2, __import__('os')", r"Token 2"),
    ("", r"The stack is empty"),
    ("fc-5", r"'fc-5' is not a layer I know"),
])
def test_malformed_tokens_are_named(text, message):
    with pytest.raises(InputError, match=message):
        parse_stack(text)


def test_flatten_is_inserted_once_before_the_first_fc():
    layers, _ = parse_stack("conv3-8, fc10, relu, fc5")
    assert [type(layer).__name__ for layer in layers] == ["Conv", "Flatten", "Linear", "Activation", "Linear"]


def test_a_korean_page_reads_the_parser_in_korean():
    with speaking("ko"), pytest.raises(InputError) as info:
        parse_stack("conv3-64, conv3-")
    assert str(info.value).startswith("2번째 토큰 'conv3-'은(는) 알 수 없는 층입니다. conv3-64/p1")
    with speaking("ko"), pytest.raises(InputError, match=r"^2번째 토큰 'conv3-64/s0': 스트라이드은\(는\) 1에서"):
        parse_stack("relu, conv3-64/s0")
