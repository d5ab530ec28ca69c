"""The Perceptron tab's endpoints through gradio_client."""

import re

import numpy as np
import pytest
from gradio_client import handle_file
from helpers import app_error, render_digit, traces
from PIL import Image

from demo.perceptron import model as perceptron
from demo.perceptron import robustness


def test_templates_of_the_shipped_perceptron(client):
    templates, means, note = client.predict("mnist-subset", api_name="/perceptron_templates")
    assert [t["caption"] for t in templates] == [f"w_{d}" for d in range(10)] and len(means) == 10
    assert Image.open(templates[0]["image"]).size == (84, 84)
    assert "90.0%" in note and "shipped" in note


def test_scores_of_a_test_digit_and_an_upload(client, mnist, tmp_path):
    bars, evidence, formula = client.predict(None, 42, "top", api_name="/perceptron_scores")
    expected = perceptron.scores(perceptron.shipped_classifier(), mnist.test_images[42, 0]).scores
    assert [round(v, 4) for v in traces(bars)[0]["y"]] == [round(float(v), 4) for v in expected]
    assert formula.count("s_") >= 2 and Image.open(evidence).size == (224, 224)
    path = tmp_path / "digit.png"
    render_digit(mnist.test_images[42, 0]).save(path)
    bars, _, formula = client.predict(handle_file(str(path)), 0, "3", api_name="/perceptron_scores")
    assert "class **3**" in formula
    assert "class must be one of" in app_error(client, None, 0, "ten", api_name="/perceptron_scores")


def test_a_moved_digit_fools_the_perceptron_not_lenet5(client, mnist):
    # test image 3 moved 6 pixels right: the perceptron changes its mind, LeNet-5 (trained with shifts) does not
    truth = str(mnist.test_labels[3])
    _, p0, l0, _ = client.predict(None, 3, 0, 0, 0, 1.0, api_name="/shift_probe")
    moved, p6, l6, table = client.predict(None, 3, 6, 0, 0, 1.0, api_name="/shift_probe")
    assert p0["label"] == l0["label"] == l6["label"] == truth
    assert p6["label"] != truth and "k-NN on pixels" in table
    assert "between -8 and 8" in app_error(client, None, 3, 9, 0, 0, 1.0, api_name="/shift_probe")


def test_robustness_curves(client):
    chart, sentence = client.predict("x", api_name="/shift_robustness")
    lines = {t["name"]: t for t in traces(chart)}
    assert set(lines) == set(robustness.MODELS.values())
    lenet = lines[robustness.MODELS["lenet5"]]
    assert lenet["x"][8] == 0 and abs(lenet["y"][8] - 0.985) < 1e-3
    assert "At 4 pixels, the perceptron keeps" in sentence


HANGUL = re.compile("[가-힣]")


@pytest.fixture(scope="module")
def korean(app_url):
    """A client whose browser asks for Korean: every sentence the tab writes comes in Korean."""
    from gradio_client import Client

    return Client(app_url, verbose=False, headers={"Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5"})


def test_a_korean_browser_reads_the_tab_in_korean(korean, client):
    _, _, formula = korean.predict(None, 42, "top", api_name="/perceptron_scores")
    assert "증거 맵" in formula and formula.count("s_") >= 2
    templates, means, note = korean.predict("mnist-subset", api_name="/perceptron_templates")
    assert [t["caption"] for t in templates][:2] == ["w_0", "w_1"] and means[0]["caption"] == "평균 0"
    assert "앱에 포함된 퍼셉트론" in note and "90.0%" in note and HANGUL.search(note.split("  \n")[0])
    refusal = app_error(korean, None, 0, "ten", api_name="/perceptron_scores")
    assert refusal.startswith("클래스은(는)") and "중 하나여야 합니다" in refusal
    *_, table = korean.predict(None, 3, 6, 0, 0, 1.0, api_name="/shift_probe")
    assert table.startswith("| 분류기 |") and "픽셀 위의 k-NN" in table
    assert "사이여야 합니다" in app_error(korean, None, 3, 9, 0, 0, 1.0, api_name="/shift_probe")
    assert "숫자여야 합니다" in app_error(korean, None, 3, 0, 0, 0, "big", api_name="/shift_probe")
    chart, sentence = korean.predict("x", api_name="/shift_robustness")
    assert sentence.startswith("4픽셀 이동하면 퍼셉트론은") and "%" in sentence
    assert "퍼셉트론" in {t["name"] for t in traces(chart)}
    # the numbers are cached, the sentence is not: the same call in English is English again
    assert client.predict("x", api_name="/shift_robustness")[1].startswith("At 4 pixels, the perceptron")


def test_test_digit_0_fooled_at_25_grey_levels_with_its_template_account(client, korean, mnist):
    original, change, changed, templates, table, sentence = client.predict(
        None, 0, "perceptron", "none", 25, "fgsm", 10, api_name="/adversarial")
    truth = str(mnist.test_labels[0])
    rows = {row.split("|")[1].strip(): row for row in table.splitlines()[2:]}
    assert set(rows) == set(robustness.MODELS.values())
    perceptron_row = [cell.strip() for cell in rows[robustness.MODELS["perceptron"]].split("|")]
    assert perceptron_row[2].startswith(f"{truth} (") and not perceptron_row[3].lstrip("*").startswith(truth)
    assert f"it said **{truth}**" in sentence and "it now says" in sentence
    measured = re.search(r"allow ([0-9]+\.[0-9]+); measured: ([0-9]+\.[0-9]+)", sentence)
    assert measured and measured.group(1) == measured.group(2)  # the closed form, to the two decimals shown
    assert "100% of the moved pixels moved along sign(w_" in sentence
    assert templates["visible"] and Image.open(templates["value"]).size == (224, 224)
    before, after = (np.asarray(Image.open(p).convert("L"))[::8, ::8].astype(int) for p in (original, changed))
    assert np.abs(after - before).max() == 25 and np.array_equal(before, mnist.test_images[0, 0])
    # LeNet-5 attacked: no template picture; a target; PGD
    *_, templates, table, sentence = client.predict(None, 0, "lenet5", "3", 64, "pgd", 20, api_name="/adversarial")
    assert templates["visible"] is False and "PGD" in sentence
    assert "between 0 and 64" in app_error(client, None, 0, "perceptron", "none", 65, "fgsm", 10,
                                           api_name="/adversarial")
    assert f"already says {truth}" in app_error(client, None, 0, "perceptron", truth, 25, "fgsm", 10,
                                               api_name="/adversarial")
    *_, sentence = korean.predict(None, 0, "perceptron", "none", 25, "fgsm", 10, api_name="/adversarial")
    assert "퍼셉트론" in sentence and "템플릿의 차이" in sentence


def test_every_test_digit_attacked_curves_and_transfer(client):
    chart, transfer, sentence = client.predict(api_name="/adversarial_robustness")
    lines = {t["name"]: t for t in traces(chart)}
    assert set(lines) == {robustness.MODELS[n] for n in robustness.NETWORKS}
    assert all(line["x"][0] == 0 and line["y"][-1] < line["y"][0] for line in lines.values())
    table = transfer["value"]
    assert table["headers"][1:] == list(robustness.MODELS.values()) and len(table["data"]) == 4
    assert "below 50% at ε =" in sentence and "the same digits seen by the MLP" in sentence
