"""The Train tab through gradio_client: a run's curves, table and files; sessions keep their own runs."""

import json
import threading

import numpy as np
import pytest
import torch
from gradio_client import Client
from helpers import app_error, traces

FORM = ["lenet5", "mnist-subset", "relu", "none", 0.0, "adam", 0.003, 1, 64, False, 0, ""]


def _rebuilt(files):
    """The run's network as it downloads: its model.py builds it, model.safetensors fills it; and its card."""
    import importlib.util

    from safetensors.torch import load_file

    path = {f.rsplit("/", 1)[-1]: f for f in files}
    spec = importlib.util.spec_from_file_location("student_model", path["model.py"])
    code = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(code)
    model = code.build().eval()
    model.load_state_dict(load_file(path["model.safetensors"]))
    return model, json.load(open(path["model.json"]))


def test_train_returns_curves_table_and_the_model(client, mnist):
    curves, status, per_class, confusion, runs, csv_file, files = client.predict(*FORM, api_name="/train")
    test_curve = next(t for t in traces(curves) if t["name"].endswith(": test"))
    assert len(test_curve["y"]) >= 1 and 0.5 < test_curve["y"][-1] <= 1
    assert "Run " in status and "finished" in status and "conv5-6/p2" in status
    assert len(traces(per_class)[0]["y"]) == 10
    assert sum(sum(row[1:]) for row in confusion["data"]) == 1000
    assert runs["headers"][0] == "run" and runs["data"][-1][1].startswith("lenet5, relu")
    assert open(csv_file).read().startswith("run,network")
    names = sorted(f.rsplit("/", 1)[-1] for f in files)
    assert names == ["model.json", "model.py", "model.safetensors"]
    model, card = _rebuilt(files)
    assert card["stack"].startswith("conv5-6/p2") and card["settings"]["network"] == "lenet5"
    # The numbers: the confusion table is the downloaded network's own on the 1,000 test digits (rows: true
    # class), computed here; the accuracy the curve, the status, the table and the card show is its diagonal.
    x = torch.from_numpy(mnist.test_images).float() / 255
    with torch.inference_mode():
        predicted = model((x - card["normalisation"]["mean"][0]) / card["normalisation"]["std"][0]).argmax(1).numpy()
    expected = np.zeros((10, 10), int)
    np.add.at(expected, (mnist.test_labels, predicted), 1)
    shown = np.array([row[1:] for row in confusion["data"]])
    assert [row[0] for row in confusion["data"]] == [str(c) for c in range(10)]
    assert np.abs(shown - expected).sum() <= 4  # the same, but for a borderline digit or two a GPU's TF32 may flip
    accuracy = np.trace(shown) / 1000
    assert test_curve["y"][-1] == pytest.approx(accuracy) and f"Test accuracy **{accuracy:.1%}**" in status
    assert card["test_accuracy"] == round(accuracy, 4) and runs["data"][-1][6] == round(accuracy, 4)
    np.testing.assert_allclose(traces(per_class)[0]["y"], shown.diagonal() / shown.sum(1))


def test_two_sessions_training_at_once_keep_their_own_runs(app_url):
    answers = {}

    def student(name, network):
        answers[name] = Client(app_url, verbose=False).predict(network, *FORM[1:], api_name="/train")

    threads = [threading.Thread(target=student, args=(name, network))
               for name, network in (("a", "perceptron"), ("b", "mlp"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    runs_a, runs_b = answers["a"][4]["data"], answers["b"][4]["data"]
    assert len(runs_a) == 1 and runs_a[0][1].startswith("perceptron")
    assert len(runs_b) == 1 and runs_b[0][1].startswith("mlp")


def test_compare_answers_the_claim_in_one_sentence(client):
    form = ["lenet5", "mnist-subset", "relu", "none", 0.0, "adam", 0.003, 2, 64, False, 0, ""]
    curves, status, *_ = client.predict(*form, "tanh", "none", 0.0, "adam", False, 30, api_name="/train_compare")
    labels = {t["name"].split(":")[0] for t in traces(curves)}
    assert labels == {"A", "B"} and "30% training error" in status
    # The sentence's numbers are read off the train curves: the first epoch each run's error was 30% or less.
    reached = {}
    for run in ("A", "B"):
        train = next(t for t in traces(curves) if t["name"].startswith(f"{run}: ") and t["name"].endswith(": train"))
        reached[run] = next((x for x, y in zip(train["x"], train["y"]) if 1 - y <= 0.30), None)
    if None not in reached.values():
        fast, slow = sorted(reached.values())
        assert f"took {fast:.2f} epochs" in status and f"{slow:.2f} epochs" in status, status
        assert f"**{slow / max(fast, 1e-9):.1f}x the epochs**" in status, status
    else:
        one = any(epoch is not None for epoch in reached.values())
        assert ("Only **" in status) == one and "x the epochs" not in status, status


def test_bad_training_input_is_one_sentence(client):
    assert "Epochs must be between 1 and 20" in app_error(client, *FORM[:7], 50, *FORM[8:], api_name="/train")
    assert "would shrink" in app_error(client, "custom", *FORM[1:11], "conv9-8, conv9-8, conv9-8, conv9-8, fc10",
                                       api_name="/train")


def test_a_trained_network_is_a_knn_space_for_its_session_only(app_url, mnist):
    mine, theirs = Client(app_url, verbose=False), Client(app_url, verbose=False)
    mine.predict(*FORM, api_name="/train")
    knn = ["mnist-subset", "trained", "l2", "exact", 5, 0, 16, 32, 64, 17]
    summary = mine.predict(*knn, api_name="/knn_search")[3]
    assert "your network's features" in summary and f"True label: **{mnist.test_labels[17]}**" in summary
    assert "no trained network" in app_error(theirs, *knn, api_name="/knn_search")


def test_a_trained_network_classifies_digits_beside_the_shipped_ones_for_its_session_only(app_url, mnist):
    """Classify's `network`: the session's run answers as its own downloaded weights compute it."""
    mine, theirs = Client(app_url, verbose=False), Client(app_url, verbose=False)
    files = mine.predict(*FORM, api_name="/train")[-1]
    *_, summary, plot, yours = mine.predict(17, "run 1", api_name="/classify_test_example")
    assert yours["label"] is not None and "run 1 (lenet5, relu" in summary
    assert len(traces(plot)) == 3 and traces(plot)[-1]["name"].startswith("run 1 (lenet5, relu")
    model, card = _rebuilt(files)  # the reference: the files the run downloads as, rebuilt by their own model.py
    x = torch.from_numpy(mnist.test_images[17:18]).float() / 255
    x = (x - card["normalisation"]["mean"][0]) / card["normalisation"]["std"][0]
    expected = torch.softmax(model(x), 1)[0]
    shown = {c["label"]: c["confidence"] for c in yours["confidences"]}
    for label, confidence in shown.items():
        assert abs(confidence - expected[card["classes"].index(label)].item()) < 1e-4
    assert "no run 1" in app_error(theirs, 17, "run 1", api_name="/classify_test_example")
    assert "trained no network yet" in app_error(theirs, 17, "<b>mine</b>", api_name="/classify_test_example")
    assert "must be one of none, run 1" in app_error(mine, 17, "<b>mine</b>", api_name="/classify_test_example")
    assert not mine.predict(17, "none", api_name="/classify_test_example")[-1]


def test_a_korean_browser_reads_the_status_the_table_and_the_errors_in_korean(app_url):
    """Accept-Language: ko-KR -> the status line, the runs table's headers and a refusal are Korean."""
    ko = Client(app_url, verbose=False, headers={"Accept-Language": "ko-KR,ko;q=0.9"})
    _, status, _, confusion, runs, csv_file, _ = ko.predict("perceptron", *FORM[1:], api_name="/train")
    assert "**실행 1**" in status and "테스트 정확도" in status and "완료" in status, status
    assert runs["headers"][0] == "실행" and confusion["headers"][0] == "실제 \\ 예측"
    assert open(csv_file).read().startswith("run,network")  # the downloaded file keeps its English columns
    message = app_error(ko, *FORM[:7], 50, *FORM[8:], api_name="/train")
    assert "에폭 수은(는) 1에서 20 사이여야 합니다" in message, message
    assert "학습 오차은(는) 1에서 90 사이여야 합니다" in app_error(ko, *FORM, "tanh", "none", 0.0, "adam", False, 95,
                                                          api_name="/train_compare")
    # Raised in the training thread: it speaks the request's language too.
    assert "이 신경망의 매개변수는 6," in app_error(ko, "custom", *FORM[1:11], "fc8000, relu, fc10", api_name="/train")


def test_the_networks_names_on_the_page_are_their_titles():
    from demo.train import experiments
    from demo.i18n import TABLES
    from demo.train.tab import NETWORK_NAMES

    assert set(NETWORK_NAMES) == set(experiments.NETWORKS)
    assert {k: TABLES["en"][key] for k, key in NETWORK_NAMES.items()} == {
        k: title for k, (title, _) in experiments.NETWORKS.items()}


def test_train_paper_runs_the_papers_experiment_bounded_to_one_step_a_run(client):
    """The preset through the API: the figure of every run, the sentence with the conditions and the dataset,
    the table of runs (4 learning rates probed per activation). One step a run keeps it quick."""
    curves, summary, table = client.predict("mnist-subset", 1, 1, 1, api_name="/train_paper")
    lines = traces(curves)
    assert len(lines) == 8 + 1 and lines[-1]["y"] == [0.25, 0.25]  # every run, and the 25% mark
    assert all(len(line["x"]) == 1 for line in lines[:-1])  # one step: one point each
    assert "The paper's experiment on" in summary and "MNIST" in summary and "no dropout" in summary
    assert "No ratio to report" in summary  # one step reaches no 25% training error
    assert table["headers"][:3] == ["activation", "learning rate", "seed"] and len(table["data"]) == 8
    assert {row[0] for row in table["data"]} == {"relu", "tanh"}


def test_train_paper_refuses_bad_input_in_one_sentence(client):
    assert "seeds must be between 1 and 5" in app_error(client, "mnist-subset", 9, 1, 1, api_name="/train_paper")
    assert "between 0 and 100,000" in app_error(client, "mnist-subset", 1, 1, -5, api_name="/train_paper")
