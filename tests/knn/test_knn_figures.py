"""demo.knn.figures read back: votes, accuracy curves, confusion, the toy and the scaling panels."""

import numpy as np
from helpers import assert_valid_figure

from demo.knn import figures, scaling, toy


def test_vote_bars_count_each_class_and_highlight_the_winner():
    counts = np.array([0, 3, 0, 1, 0, 0, 0, 5, 0, 1])
    fig = figures.vote_bars(list("0123456789"), counts, 7, 10)
    assert_valid_figure(fig)
    assert list(fig.data[0].y) == list(counts)
    colours = fig.data[0].marker.color
    assert colours[7] == figures.WINNER and colours.count(figures.WINNER) == 1
    assert "10 nearest neighbours" in fig.layout.title.text


def test_accuracy_curves_plot_every_space_and_star_its_best_k():
    acc = {"pixels": ("raw pixels", np.array([0.90, 0.92, 0.91])), "cnn": ("CNN", np.array([0.97, 0.96, 0.98]))}
    fig = figures.accuracy_curves(acc, "title")
    assert_valid_figure(fig)
    lines = [t for t in fig.data if t.mode == "lines+markers"]
    stars = [t for t in fig.data if t.mode == "markers+text"]
    assert [t.name for t in lines] == ["raw pixels", "CNN"]
    np.testing.assert_allclose(lines[1].y, acc["cnn"][1])
    assert [(s.x[0], s.y[0]) for s in stars] == [(2, 0.92), (3, 0.98)]
    assert fig.layout.xaxis.title.text == "k (neighbours voting)"


def test_confusion_heatmap_is_the_matrix_rows_true():
    m = np.array([[5, 1], [0, 4]])
    fig = figures.confusion_heatmap(m, ["a", "b"], "t")
    assert_valid_figure(fig)
    np.testing.assert_array_equal(fig.data[0].z, m)
    assert fig.layout.yaxis.title.text == "true" and fig.layout.xaxis.title.text == "predicted"


def test_confusion_heatmap_draws_more_images_darker_with_a_colour_bar():
    """The diagonal (right answers, the most images) reads dark: the colour scale runs from white at zero."""
    fig = figures.confusion_heatmap(np.array([[9, 1], [0, 8]]), ["a", "b"], "t")
    heat = fig.data[0]
    assert heat.showscale is not False and heat.colorbar.title.text == "test images"
    assert heat.zmin == 0
    lightness = [sum(int(c[i:i + 2], 16) for i in (1, 3, 5)) for _, c in heat.colorscale]
    assert lightness == sorted(lightness, reverse=True) and heat.colorscale[0][1] == "#ffffff"


def test_toy_figure_paints_the_regions_and_rings_the_outvoted():
    t = toy.toy(3, 10, k=5, seed=1, resolution=40)
    fig = figures.toy_figure(t)
    assert_valid_figure(fig)
    np.testing.assert_array_equal(fig.data[0].z, t.regions)
    points = [tr for tr in fig.data if tr.type == "scatter" and tr.name.startswith("class")]
    assert sum(len(p.x) for p in points) == 30
    ringed = next(tr for tr in fig.data if tr.name == "outvoted by its neighbours")
    assert len(ringed.x) == int(t.outvoted.sum())


def test_scaling_figure_plots_measured_and_extrapolated_costs():
    result = scaling.measure_scaling(dim=8, sizes=(200, 2_000), k=5, budget_s=30, threads=1)
    ext = scaling.extrapolate_all(result)
    fig = figures.scaling_figure(result, ext, 2**30)
    assert_valid_figure(fig)
    exact_build = next(t for t in fig.data if t.name == figures.KIND_TITLES["exact"] and t.line.dash is None)
    assert list(exact_build.x) == [200, 2_000]
    np.testing.assert_allclose(exact_build.y, [m.build_s for m in result.of("exact")])
    dotted = [t for t in fig.data if t.line.dash == "dot"]
    assert {int(x) for t in dotted for x in t.x} >= set(scaling.WORLD_SIZES)
    assert [a.text for a in fig.layout.annotations if "RAM" in a.text] == ["this machine's RAM"]
