"""The CNN, Architectures and Receptive-field endpoints through gradio_client."""

import pytest
from gradio_client import handle_file
from helpers import app_error, render_digit, traces
from PIL import Image

from demo import layers
from demo.cnn import backbones
from demo.base import config
from demo.cnn import convolution


def test_architecture_preset_custom_and_bad_stacks(client):
    table, summary, params, compute = client.predict("alexnet-paper", "", 3, 227, 227, "MACs",
                                                     api_name="/architecture")
    assert "60,965,224 parameters" in summary
    assert table["data"][1][2] == "96 x 55 x 55"
    assert sum(traces(params)[0]["y"]) == 60_965_224 and traces(params)[0]["x"][0] == "1. conv11-96/s4"
    assert sum(traces(compute)[0]["y"]) == sum(int(row[4].replace(",", "")) for row in table["data"])
    table, summary, *_ = client.predict("vgg16", "conv3-64/p1, relu, pool2, fc10", 3, 32, 32, "FLOPs",
                                        api_name="/architecture")
    assert table["headers"][4] == "FLOPs" and table["data"][-1][1] == "fc10"
    assert "Token 2 'conv3-'" in app_error(client, "vgg16", "conv3-64, conv3-, pool2", 3, 32, 32, "MACs",
                                        api_name="/architecture")
    assert "would shrink" in app_error(client, "vgg16", "", 3, 16, 16, "MACs", api_name="/architecture")
    assert "whole number" in app_error(client, "vgg16", "", "three", 224, 224, "MACs", api_name="/architecture")


def test_vgg_argument_and_lrn(client, tmp_path):
    table, text, plot = client.predict(3, 256, api_name="/vgg_argument")
    assert "45% fewer weights" in text and table["data"][0][1] == "7 x 7"
    stacked, single = traces(plot)
    assert stacked["y"][2] == 9 * 3 * 256 ** 2 and single["y"][2] == 7 ** 2 * 256 ** 2
    picture, plot, text = client.predict(None, api_name="/lrn_vs_bn")
    assert Image.open(picture).width > 500 and "LRN divides" in text
    (tmp_path / "x.txt").write_text("no photo")
    assert "not an image" in app_error(client, handle_file(str(tmp_path / "x.txt")), api_name="/lrn_vs_bn")


def test_convolve_and_connectivity(client):
    seen, out, kernel, text = client.predict(None, "typed below", "0 0 0; 0 1 0; 0 0 0", 2, 1, 1, api_name="/convolve")
    assert "H' = floor((300 + 2·1 - 1·(3 - 1) - 1) / 2) + 1 = 150" in text
    assert "must be square" in app_error(client, None, "typed below", "1 2; 3", 1, 0, 1, api_name="/convolve")
    table, text, plot = client.predict(224, 224, 3, 55, 55, 96, 11, api_name="/connectivity")
    assert table["data"][2][1] == "34,944" and traces(plot)[0]["x"][2] == 34_944
    counts = convolution.connectivity(224, 224, 3, 55, 55, 96, 11)
    assert f"({counts.total_saving:,.0f}x in all)" in text and f"by {counts.locality_saving:,.0f}x" in text
    assert "C must be between 1" in app_error(client, 224, 224, 0, 55, 55, 96, 11, api_name="/connectivity")


def test_feature_maps(client, mnist, tmp_path):
    seen, maps, filters, text = client.predict("lenet5", "conv2", None, api_name="/feature_maps")
    assert "16 maps of 10x10" in text
    path = tmp_path / "digit.png"
    render_digit(mnist.test_images[1, 0]).save(path)
    assert "6 maps of 28x28" in client.predict("lenet5", "conv1", handle_file(str(path)), api_name="/feature_maps")[3]


def test_feature_maps_without_imagenet_weights_answer_with_one_sentence(client, offline_torch_hub, monkeypatch):
    monkeypatch.setattr(config, "IMAGENET_DIR", None)
    seen, maps, filters, text = client.predict("alexnet", "conv1", None, api_name="/feature_maps")
    assert seen is None and maps is None and filters is None
    assert text == backbones.offline("alexnet") and text.count("No ImageNet weights") == 1
    assert "only LeNet-5's feature maps work here" in text and "python app.py --imagenet-dir DIR" in text
    assert "backbone must be one of" in app_error(client, "resnet50", "conv1", None, api_name="/feature_maps")


def test_receptive_field_endpoints(client):
    text, figure = client.predict(5, 3, api_name="/rf_rule")
    assert "(3 + 5 - 1) = 7" in text and sum(map(sum, traces(figure)[0]["z"])) == 49
    table = client.predict("lenet5", "", 1, 28, 28, api_name="/rf_table")
    assert [row[3] for row in table["data"][:6]] == ["5", "5", "6", "14", "14", "16"]
    overlay, feature, text = client.predict(None, "lenet5", "conv2", 5, 5, api_name="/receptive_field")
    assert "14x14" in text and Image.open(overlay).width >= 400
    assert "choose a unit" in app_error(client, None, "lenet5", "conv2", 10, 0, api_name="/receptive_field")


@pytest.mark.parametrize("preset", list(layers.PRESETS))
def test_a_call_naming_only_a_preset_describes_that_preset_at_its_own_size(client, preset):
    """The page shows the stack and sizes filled in, but the API's defaults are blank: the preset decides."""
    expected = layers.report_for(preset)
    table, summary, params, compute = client.predict(preset=preset, api_name="/architecture")
    assert f"**{expected.params:,} parameters**" in summary
    assert table["data"][0][2] == " x ".join(map(str, layers.PRESETS[preset].input_shape))
    assert table["data"][-1][2] == " x ".join(map(str, expected.out_shape))
    rf = client.predict(preset=preset, api_name="/rf_table")
    assert rf["data"] == layers.rf_rows(expected)


def test_the_paper_alexnet_and_lenet5_are_read_at_227_and_28(client):
    summary = client.predict(preset="alexnet-paper", api_name="/architecture")[1]
    assert "60,965,224 parameters" in summary
    table = client.predict(preset="lenet5", api_name="/architecture")[0]
    assert table["data"][0][2] == "1 x 28 x 28" and table["data"][1][2] == "6 x 28 x 28"


def test_convolve_accepts_exactly_its_documented_ranges(client):
    for stride, padding, dilation in ((4, 5, 4), (1, 0, 1)):
        assert "Output size" in client.predict(None, "identity", "", stride, padding, dilation, api_name="/convolve")[3]
    for args, message in (((5, 1, 1), "Stride must be between 1 and 4"), ((1, 6, 1), "Padding must be between 0 and 5"),
                          ((1, 1, 5), "Dilation must be between 1 and 4")):
        assert message in app_error(client, None, "identity", "", *args, api_name="/convolve")


def test_a_korean_browser_reads_the_cnn_tab_in_korean(app_url, client):
    from gradio_client import Client

    korean = Client(app_url, verbose=False, headers={"Accept-Language": "ko-KR,ko;q=0.9"})
    *_, text = korean.predict(None, "typed below", "0 0 0; 0 1 0; 0 0 0", 2, 1, 1, api_name="/convolve")
    assert text.startswith("입력 300x") and "출력 크기" in text
    assert "H' = floor((300 + 2·1 - 1·(3 - 1) - 1) / 2) + 1 = 150" in text  # the numbers stay as they are
    assert "정사각형이어야 합니다" in app_error(korean, None, "typed below", "1 2; 3", 1, 0, 1, api_name="/convolve")
    assert app_error(korean, None, "identity", "", 5, 1, 1, api_name="/convolve").startswith(
        "스트라이드(stride)은(는) 1에서 4 사이여야 합니다")
    table, text, plot = korean.predict(224, 224, 3, 55, 55, 96, 11, api_name="/connectivity")
    assert table["headers"] == ["층", "파라미터 수", "가정"] and table["data"][2][:2] == ["합성곱", "34,944"]
    assert "배 줄고" in text and traces(plot)[0]["y"][0] == "완전 연결"
    assert "16 maps of 10x10" not in (summary := korean.predict("lenet5", "conv2", None, api_name="/feature_maps")[3])
    assert "10x10 맵 16개" in summary
    step_plot, step_text = korean.predict(None, "identity", "", 1, 1, 1, 3, api_name="/convolution_step")
    assert step_text.startswith("**단계 3 (0-99): 출력 (0, 3)**") and "가중치 공유" in step_text
    # the same call from an English page stays English
    assert client.predict(None, "identity", "", 1, 1, 1, 3, api_name="/convolution_step")[1].startswith(
        "**Step 3 of 0-99: output (0, 3)**")


@pytest.fixture(scope="module")
def korean(app_url):
    """A client whose browser asks for Korean."""
    from gradio_client import Client

    return Client(app_url, verbose=False, headers={"Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5"})


def test_a_korean_browser_reads_the_architectures_in_korean(korean):
    table, summary, *_ = korean.predict("vgg16", "", 3, 224, 224, "MACs", api_name="/architecture")
    assert "**파라미터 138,357,544개**" in summary and "가중치 층 16개" in summary
    assert table["headers"][:3] == ["#", "층", "출력 (C x H x W)"] and table["data"][0][1] == "입력"
    assert table["data"][1][1] == "conv3-64/p1"  # the notation stays as written
    error = app_error(korean, "vgg16", "conv3-64, conv3-", 3, 32, 32, "MACs", api_name="/architecture")
    assert "2번째 토큰 'conv3-'은(는) 알 수 없는 층입니다" in error
    assert "채널 수은(는) 정수여야 합니다" in app_error(korean, "vgg16", "", "three", 224, 224, "MACs",
                                                  api_name="/architecture")
    table, text, _ = korean.predict(3, 256, api_name="/vgg_argument")
    assert "**가중치는 45% 적고**" in text and table["data"][0][0] == "수용 영역"


def test_a_korean_browser_reads_the_receptive_fields_in_korean(korean):
    text, _ = korean.predict(5, 3, api_name="/rf_rule")
    assert "(3 + 5 - 1) = 7" in text and "풀링" in text
    table = korean.predict("lenet5", "", 1, 28, 28, api_name="/rf_table")
    assert table["headers"][3] == "수용 영역 r" and [row[3] for row in table["data"][:2]] == ["5", "5"]
    assert "커널 크기 K은(는) 1에서 11 사이여야" in app_error(korean, 12, 3, api_name="/rf_rule")
    _, _, text = korean.predict(None, "lenet5", "conv2", 5, 5, api_name="/receptive_field")
    assert "이론적 수용 영역은 **14x14** 픽셀" in text and "LeNet-5 (제공된 가중치, 숫자)" in text
    assert "행 0-9, 열 0-9 범위의 유닛을 고르세요" in app_error(korean, None, "lenet5", "conv2", 10, 0,
                                                        api_name="/receptive_field")
