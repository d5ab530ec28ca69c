"""The k-NN tab through gradio_client: search, accuracy, the toy and the scaling run; bad input
gets one sentence; a Korean browser reads both in Korean."""

import math
import re
from pathlib import Path

import numpy as np
import pytest
import torch
from gradio_client import handle_file
from helpers import app_error, figure_layout, render_digit, traces
from PIL import Image, ImageDraw

from demo.base import config
from demo.knn.index import build_index, index_bytes
from demo.knn.scaling import synthetic_vectors

# dataset, space, metric, index, k, nlist (0 = auto), nprobe, M, efSearch
SETTINGS = ["mnist-subset", "pixels", "l2", "exact", 5, 0, 8, 32, 64]


def _with(**changes):
    names = ["dataset", "space", "metric", "kind", "k", "nlist", "nprobe", "hnsw_m", "ef_search"]
    return [changes.get(n, v) for n, v in zip(names, SETTINGS)]


def test_knn_search_shows_the_neighbours_the_vote_and_the_prediction(client, mnist):
    seen, gallery, vote, summary = client.predict(*_with(k=7), 321, api_name="/knn_search")
    truth = str(mnist.test_labels[321])
    assert f"Prediction: **{truth}**" in summary and f"True label: **{truth}**" in summary
    assert len(gallery) == 7 and all(" · d = " in item["caption"] for item in gallery)
    assert Image.open(seen).size == (168, 168)
    bars = traces(vote)[0]
    assert sum(bars["y"]) == 7 and bars["x"][bars["y"].index(max(bars["y"]))] == truth


@pytest.mark.parametrize("space, metric, kind", [
    ("pca", "cosine", "ivf"), ("cnn", "l2", "hnsw"), ("pixels", "l1", "exact"), ("cnn", "ip", "exact")])
def test_every_space_metric_and_index_answers(client, mnist, space, metric, kind):
    summary = client.predict(*_with(space=space, metric=metric, kind=kind), 42, api_name="/knn_search")[3]
    assert "Prediction" in summary and f"True label: **{mnist.test_labels[42]}**" in summary


def test_knn_search_upload_reads_a_photo(client, mnist, tmp_path):
    path = tmp_path / "digit.png"
    render_digit(mnist.test_images[808, 0], offset=(200, 100)).save(path)
    summary = client.predict(handle_file(str(path)), *_with(space="cnn"), api_name="/knn_search_upload")[3]
    assert f"Prediction: **{mnist.test_labels[808]}**" in summary and "True label" not in summary


def test_knn_search_sketch_reads_a_drawing_and_an_empty_canvas_clears(client, tmp_path):
    sketch = Image.new("RGBA", (280, 280), (0, 0, 0, 0))
    draw = ImageDraw.Draw(sketch)
    draw.line((140, 40, 140, 240), fill=(0, 0, 0, 255), width=18)  # a one
    sketch.save(tmp_path / "one.png")
    value = {"background": None, "layers": [], "composite": handle_file(str(tmp_path / "one.png"))}
    assert "Prediction: **1**" in client.predict(value, *_with(space="cnn"), api_name="/knn_search_sketch")[3]
    Image.new("RGBA", (280, 280), (0, 0, 0, 0)).save(tmp_path / "empty.png")
    empty = {"background": None, "layers": [], "composite": handle_file(str(tmp_path / "empty.png"))}
    seen, gallery, vote, summary = client.predict(empty, *_with(), api_name="/knn_search_sketch")
    assert seen is None and not gallery and "empty" in summary


def test_knn_accuracy_compares_pixels_with_cnn_features(client):
    # dataset, space (of the confusion matrix), metric, index, k, largest k, nlist, nprobe, M, efSearch
    curves, confusion, notes = client.predict("mnist-subset", "cnn", "l2", "exact", 3, 15, 0, 8, 32, 64,
                                              api_name="/knn_accuracy")
    assert "raw pixels (784-d)" in notes and "LeNet-5 F6 features (84-d)" in notes and "best k" in notes
    lines = [t for t in traces(curves) if t["mode"] == "lines+markers"]
    names = ["raw pixels (784-d)", "PCA of the pixels (50-d)", "LeNet-5 F6 features (84-d)"]
    assert [t["name"] for t in lines] == names
    assert all(len(t["y"]) == 15 for t in lines) and max(lines[2]["y"]) > max(lines[0]["y"])  # features beat pixels
    matrix = traces(confusion)[0]["z"]
    assert len(matrix) == 10 and sum(map(sum, matrix)) == 1000  # every test image, rows = true class
    best_k = int(notes.split("**LeNet-5 F6 features (84-d)**: best k = ")[1].split(" ")[0])
    assert lines[2]["y"][best_k - 1] == max(lines[2]["y"])


def test_knn_toy_draws_regions(client):
    plot, caption = client.predict(4, 12, 3, "l1", 7, api_name="/knn_toy")
    assert "48 points, 3-NN, L1" in caption
    regions, veil, *points = traces(plot)
    assert {v for row in regions["z"] for v in row} <= {0, 1, 2, 3}
    assert sum(len(t["x"]) for t in points if t["name"].startswith("class")) == 48


def test_knn_scaling_measures_and_extrapolates(client):
    plot, measured, world = client.predict(16, 1_000, 5, 5, 8, 16, 32, api_name="/knn_scaling")
    assert "| exact (flat) | 1,000 |" in measured and "| HNSW | 1,000 |" in measured
    assert "10¹²" in world and "TB" in world
    measured_lines = [t for t in traces(plot) if t.get("line", {}).get("dash") != "dot"]
    assert {t["name"] for t in measured_lines} == {"exact (flat)", "IVF-Flat", "HNSW"}
    assert all(t["x"] == [1000] for t in measured_lines)
    # The numbers. Memory: FAISS's own size of each index of the same 1,000 vectors (16-d, M = 16), and 16 x 4
    # bytes a vector for exact search; carried to 10^10..10^12 vectors it grows like N, and one query like N
    # (exact), sqrt(N) (IVF) and log N (HNSW). Recall: exact search finds itself.
    panel = {(t["name"], t.get("xaxis", "x")): t for t in traces(plot)}  # x: build, x2: memory, x3: query, x4: recall
    x = synthetic_vectors(1_000, 16)
    growth = {"exact": 1e9, "ivf": 1e9 ** 0.5, "hnsw": math.log(1e12) / math.log(1e3)}  # 10^12 / 10^3 vectors
    for kind, name in (("exact", "exact (flat)"), ("ivf", "IVF-Flat"), ("hnsw", "HNSW")):
        size = index_bytes(build_index(x, "l2", kind, hnsw_m=16))
        assert panel[name, "x2"]["y"] == [size], name
        np.testing.assert_allclose(panel[f"{name} (extrapolated)", "x2"]["y"], [size * r for r in (1, 1e7, 1e8, 1e9)])
        latency = panel[name, "x3"]["y"][0]
        assert panel[f"{name} (extrapolated)", "x3"]["y"][-1] == pytest.approx(latency * growth[kind]), name
        recall = panel[name, "x4"]["y"][0]
        assert (recall == 1.0) if kind == "exact" else (0.9 < recall <= 1.0), name
    assert re.search(r"\| exact \(flat\) \| 1,000 \| [^|]+ \| 64 \| [^|]+ \| [^|]+ \| 1\.000 \|", measured), measured
    assert f"| 10¹² | exact (flat) | {panel['exact (flat)', 'x2']['y'][0] / 1e3:.1f} TB |" in world, world


def test_a_class_folder_dataset_is_searched_and_refused_when_it_has_one_class(client, tmp_path, monkeypatch):
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)  # the app runs in this process
    for c, grey in (("dark", 40), ("light", 220)):
        (tmp_path / "tones" / c).mkdir(parents=True)
        for i in range(5):
            Image.new("RGB", (20, 20), (grey + i, grey, grey)).save(tmp_path / "tones" / c / f"{i}.png")
    summary = client.predict(*_with(dataset="folder:tones", k=3), 0, api_name="/knn_search")[3]
    assert "Prediction: **dark**" in summary and "True label: **dark**" in summary
    old = torch.hub.get_dir()
    torch.hub.set_dir(str(tmp_path / "no-hub"))
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    try:
        message = app_error(client, *_with(dataset="folder:tones", space="cnn"), 0, api_name="/knn_search")
    finally:
        torch.hub.set_dir(old)
    assert "ImageNet weights" in message
    (tmp_path / "mono" / "only").mkdir(parents=True)
    Image.new("RGB", (20, 20)).save(tmp_path / "mono" / "only" / "a.png")
    assert "at least two" in app_error(client, *_with(dataset="folder:mono"), 0, api_name="/knn_search")


@pytest.mark.parametrize("changes, index, message", [
    (dict(k=0), 0, "k must be between 1 and 50; got 0"),
    (dict(k=5000), 0, "k must be between 1 and 50; got 5,000"),
    (dict(k="ten"), 0, "whole number"),
    (dict(kind="ivf", nlist=4096), 0, "more than the 4,000 vectors"),
    (dict(kind="ivf", nlist=5000), 0, "nlist (IVF cells) must be between 0 and 4,096"),
    (dict(dataset="/etc/passwd"), 0, "no dataset called"),
    (dict(dataset="cifar10"), 0, "not available"),
    (dict(), 5000, "must be between 0 and 999"),
])
def test_bad_search_input_gets_one_sentence(client, changes, index, message):
    if changes.get("dataset") == "cifar10" and (Path(config.DATA_DIR) / "cifar-10-batches-py").exists():
        pytest.skip("CIFAR-10 is on this machine")
    assert message in app_error(client, *_with(**changes), index, api_name="/knn_search")


def test_bad_accuracy_scaling_and_toy_input_gets_one_sentence(client, tmp_path):
    assert "between 1 and 100" in app_error(client, "mnist-subset", "pixels", "l2", "exact", 3, 500, 0, 8, 32, 64,
                                                 api_name="/knn_accuracy")
    assert "between 2 and 5" in app_error(client, 9, 10, 1, "l2", 0, api_name="/knn_toy")
    assert "larger than the 4" in app_error(client, 2, 2, 9, "l2", 0, api_name="/knn_toy")
    assert "dimension must be between" in app_error(client, 0, 1_000, 5, 5, 8, 16, 32, api_name="/knn_scaling")
    (tmp_path / "notes.txt").write_text("not an image")
    assert "not an image" in app_error(client, handle_file(str(tmp_path / "notes.txt")), *_with(),
                                            api_name="/knn_search_upload")


def test_a_korean_browser_reads_the_search_and_its_refusals_in_korean(app_url, mnist):
    from gradio_client import Client

    ko = Client(app_url, verbose=False, headers={"Accept-Language": "ko-KR,ko;q=0.9,en;q=0.8"})
    seen, gallery, vote, summary = ko.predict(*_with(k=7), 321, api_name="/knn_search")
    truth = str(mnist.test_labels[321])
    assert f"### 예측: **{truth}**" in summary and f"실제 레이블: **{truth}**" in summary, summary
    assert "원시 픽셀 (784차원)" in summary and "L2 (유클리드) 거리" in summary and "Prediction" not in summary
    assert figure_layout(vote)["title"]["text"] == "가장 가까운 이웃 7개의 투표"
    # The same search for an English browser right after: nothing cached in the other language.
    english = Client(app_url, verbose=False, headers={"Accept-Language": "en-US,en;q=0.9"})
    assert "raw pixels (784-d)" in english.predict(*_with(k=7), 321, api_name="/knn_search")[3]
    # A k outside the slider, and one larger than the toy's points: each refused in one Korean sentence.
    too_big = app_error(ko, *_with(k=5000), 0, api_name="/knn_search")
    assert "이웃 수 k은(는) 1에서 50 사이여야 합니다. 받은 값: 5,000." in too_big, too_big
    too_many = app_error(ko, 2, 2, 9, "l2", 0, api_name="/knn_toy")
    assert "k = 9은(는) 투표할 학습 벡터 4개보다 많습니다." in too_many, too_many
    assert re.search("[가-힣]", ko.predict(3, 10, 3, "l2", 1, api_name="/knn_toy")[1])
