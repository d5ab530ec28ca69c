"""demo.layers.presets: comparisons and the VGG argument, computed through the layer arithmetic."""

import pytest

from demo import layers as arch
from demo.base.errors import InputError
from demo.i18n import speaking


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_vgg_argument(n):
    c = 64
    a = arch.vgg_argument(n, c)
    assert a["stack_rf"] == a["single_rf"] == 2 * n + 1
    assert a["stack_params"] == 9 * n * c * c
    assert a["single_params"] == (2 * n + 1) ** 2 * c * c
    assert a["stack_nonlinearities"] == n and a["single_nonlinearities"] == 1


def test_vgg_argument_bounds():
    with pytest.raises(InputError):
        arch.vgg_argument(0, 64)


def test_compare_rows_and_depths():
    rows = {r["network"]: r for r in arch.compare(["lenet5", "alexnet-paper", "vgg16", "vgg19"])}
    assert [r["weight layers"] for r in rows.values()] == [5, 8, 16, 19]
    assert rows["VGG-16 (D)"]["parameters"] == 138_357_544


def test_custom_stack_overrides_the_preset_and_table_formats():
    report = arch.report_for("vgg16", "conv3-64/p1, relu, pool2, fc10", (3, 32, 32))
    rows = arch.table_rows(report, flops=True)
    assert rows[0][1] == "input" and rows[-1][1] == "fc10"
    assert rows[1][4] == f"{2 * 64 * 27 * 32 * 32:,}"  # FLOPs = 2 x MACs
    assert "1.93 MMACs" in arch.summary(report) and "3.87 MFLOPs" in arch.summary(report, flops=True)


def test_human_numbers():
    assert arch.human(15_470_264_320) == "15.47 G" and arch.human(61_706) == "61.71 k" and arch.human(12) == "12"


def test_alexnet_side_by_side_pairs_the_eight_weight_layers():
    rows = arch.weight_layer_pairs("alexnet-paper", "alexnet")
    assert len(rows) == 8
    assert rows[0][1:4] == ["conv11-96/s4", "96 x 55 x 55", "34,944"]
    assert rows[0][4:7] == ["conv11-64/s4/p2", "64 x 55 x 55", "23,296"]
    assert rows[-1][3] == rows[-1][6] == "4,097,000"


def test_titles_notes_and_columns_follow_the_page_language():
    for key, preset in arch.PRESETS.items():
        assert arch.title(key) == preset.title  # the English table says what the presets say
        assert preset.note and "{" not in preset.note
    assert arch.in_language(list(arch.RF_HEADERS)) == arch.RF_HEADERS
    assert "configuration D: only 3x3 convolutions" in arch.PRESETS["vgg16"].note
    with speaking("ko"):
        assert arch.title("vgg16_bn") == "VGG-16 (D), 배치 정규화 포함" and arch.title("vgg16") == "VGG-16 (D)"
        assert "구성 D" in arch.PRESETS["vgg16"].note
        assert arch.in_language(["#", "layer", "MACs"]) == ["#", "층", "MACs"]
        assert "**파라미터 138,357,544개**" in arch.summary(arch.report_for("vgg16"))


def test_the_cost_columns_name_follows_the_unit():
    assert arch.table_headers()[4] == "MACs" and arch.table_headers(flops=True)[4] == "FLOPs"
    assert [h for h in arch.table_headers(True) if h != "FLOPs"] == [h for h in arch.TABLE_HEADERS if h != "MACs"]
