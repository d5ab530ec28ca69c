"""2-D maps: the agreement is what a k-NN vote sees, the map keeps neighbours together, the sample is per class."""

import numpy as np
import pytest
import plotly.graph_objects as go

from demo.knn import maps
from demo.knn.figures import flat_maps


def test_agreement_counts_same_class_neighbours_leaving_the_point_out():
    # two tight clusters far apart: every neighbour is of the same class
    x = np.concatenate([np.zeros((12, 3)), np.full((12, 3), 100.0)]) + np.random.default_rng(0).normal(0, .1, (24, 3))
    labels = np.repeat([0, 1], 12)
    assert maps.agreement(x, labels) == 1.0
    # alternate labels along a line: each inner point's 2 nearest are of the other class; an end point's second
    # nearest is two steps away, of its own class
    line = np.arange(30, dtype=np.float32)[:, None]
    assert maps.agreement(line, np.arange(30) % 2, k=2) == pytest.approx((0.5 + 0.5) / 30)
    assert 0.3 < maps.agreement(line, (np.arange(30) // 3) % 2, k=2) < 0.8


def test_the_flat_map_keeps_clusters_apart_and_is_repeatable():
    rng = np.random.default_rng(1)
    x = np.concatenate([rng.normal(0, 1, (40, 20)), rng.normal(8, 1, (40, 20))])
    labels = np.repeat([0, 1], 40)
    xy = maps.flat_map(x)
    assert xy.shape == (80, 2) and maps.agreement(xy, labels) > 0.95
    assert np.array_equal(xy, maps.flat_map(x))  # the same seed, the same picture


def test_subsample_is_even_per_class():
    labels = np.repeat([0, 1, 2], [5000, 300, 20])
    picked = maps.subsample(labels, limit=300)
    assert np.bincount(labels[picked]).tolist() == [100, 100, 20]
    assert len(maps.subsample(labels[:50])) == 50


def test_the_figure_has_a_panel_per_space_and_a_trace_per_class():
    xy = np.random.default_rng(2).normal(size=(6, 2))
    labels = np.array([0, 0, 1, 1, 2, 2])
    fig = flat_maps([("pixels", xy, 0.5), ("features", xy, 1.0)], labels, ["a", "b", "c"], [f"p{i}" for i in range(6)])
    go.Figure(fig.to_dict())
    assert len(fig.data) == 6 and [t.name for t in fig.data[:3]] == ["a", "b", "c"]
    assert "50% of 10 neighbours" in fig.layout.annotations[0].text
    assert list(fig.data[1].text) == ["p2", "p3"]


def test_a_datasets_maps_are_cached_on_disk_and_features_keep_neighbours_of_a_class(monkeypatch, tmp_path):
    from demo.base import config

    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
    monkeypatch.setattr(maps, "MAX_POINTS", 300)
    made = []
    real = maps.flat_map
    monkeypatch.setattr(maps, "flat_map", lambda x: made.append(len(x)) or real(x))
    first = maps.dataset_maps("mnist-subset")
    assert made == [300, 300] and first.pixels_xy.shape == first.features_xy.shape == (300, 2)
    assert np.bincount(first.labels).tolist() == [30] * 10
    assert first.features_agreement > first.pixels_agreement > 0.5  # the lecture's point, measured
    again = maps.dataset_maps("mnist-subset")
    assert made == [300, 300] and np.array_equal(again.features_xy, first.features_xy)  # read back, not redone
    (tmp_path / "maps" / "mnist-subset.npz").write_bytes(b"half a file")  # a crash mid-write
    assert np.array_equal(maps.dataset_maps("mnist-subset").pixels_xy, first.pixels_xy) and len(made) == 4


def test_the_knn_map_endpoint(client, monkeypatch, tmp_path):
    from demo.base import config

    monkeypatch.setattr(config, "CACHE_DIR", tmp_path)
    monkeypatch.setattr(maps, "MAX_POINTS", 200)
    plot, sentence = client.predict("mnist-subset", api_name="/knn_map")
    assert plot["visible"] and "200 train pictures" in sentence and "LeNet-5 F6" in sentence


def test_hovering_a_point_finds_its_own_picture_on_the_sheet():
    """Each point names its picture (customdata) on the sheet the layout carries; cut from the sheet where the page
    cuts it, that picture is the point's own, for grey and colour pictures, in every panel."""
    import base64
    import io

    from PIL import Image

    from demo.base.images import picture_sheet, sheet_cell

    rng = np.random.default_rng(3)
    for channels, side in ((1, 28), (3, 96)):
        n = 57  # more than a row of the sheet
        images = rng.integers(0, 256, (n, channels, side, side), dtype=np.uint8)
        labels = rng.integers(0, 3, n)
        cell = sheet_cell(n, side)
        assert cell == min(side, 64)
        sheet = picture_sheet(images, cell)
        xy = rng.normal(size=(n, 2))
        fig = flat_maps([("pixels", xy, 0.5), ("features", xy, 1.0)], labels, ["a", "b", "c"],
                        [f"p{i}" for i in range(n)], sheet)
        drawn = np.asarray(Image.open(io.BytesIO(base64.b64decode(fig.layout.meta["pictures"]["src"].split(",")[1]))))
        cols = fig.layout.meta["pictures"]["columns"]
        for trace in fig.data:
            for point, number in zip(np.flatnonzero(labels == int(trace.legendgroup)), trace.customdata):
                assert number == point
                r, c = divmod(int(number), cols)
                cut = drawn[r * cell:(r + 1) * cell, c * cell:(c + 1) * cell]
                expected = Image.fromarray(images[point].transpose(1, 2, 0).squeeze())
                if side != cell:
                    expected = expected.resize((cell, cell), Image.Resampling.BILINEAR)
                assert np.array_equal(cut.reshape(cell, cell, -1), np.asarray(expected).reshape(cell, cell, -1))
    assert sheet_cell(2_000, 28) == 28 and sheet_cell(2_000, 96) == 28 and sheet_cell(10, 96) == 64
