"""demo.base.plots: the app's one look, and every figure's words in the page's language (each topic's figures are
read back trace by trace in its own tests)."""

import json
import re

import numpy as np
import plotly.graph_objects as go
import pytest
from helpers import assert_valid_figure

from demo import layers
from demo.architectures import figures as architectures_figures
from demo.architectures import normalisation
from demo.base import plots
from demo.classify import figures as classify_figures
from demo.classify import photos, saliency
from demo.cnn import convolution
from demo.cnn import figures as cnn_figures
from demo.perceptron import figures as perceptron_figures
from demo.perceptron import robustness
from demo.train import figures as train_figures
from demo.i18n import say, speaking
from demo.nets.training import Point


def test_layout_sets_the_apps_height_and_margins():
    import plotly.graph_objects as go

    fig = plots.layout(go.Figure(), title="t")
    assert_valid_figure(fig)
    assert fig.layout.height == plots.FIGURE_HEIGHT and fig.layout.margin.l == plots.MARGIN["l"]
    assert plots.layout(go.Figure(), height=100, margin=dict(l=1)).layout.margin.l == 1


@pytest.mark.parametrize("model, colour", [("vgg16_bn", plots.MODEL_COLOURS["vgg"]), ("mlp", "#555555")])
def test_colour_for_a_model_family(model, colour):
    assert plots.colour_for(model) == colour


# ---- the figures' words in the page's language ---------------------------------------------------

def _words(fig) -> dict[str, str]:
    """Every word of a figure a student reads, by where it sits: the title, the axes' and colour bars'
    titles, each trace's legend name and hover text."""
    d = fig.to_dict()
    words = {"title": d["layout"]["title"]["text"]} if "title" in d["layout"] else {}
    words |= {key: value["title"]["text"] for key, value in d["layout"].items()
              if key.startswith(("xaxis", "yaxis")) and "title" in value}
    for i, trace in enumerate(d["data"]):
        words |= {f"{part}{i}": trace[part] for part in ("name", "hovertemplate") if part in trace}
        if "colorbar" in trace:
            words[f"colorbar{i}"] = trace["colorbar"]["title"]["text"]
    return words


def _figures() -> dict:
    """One figure of every kind whose words come from demo/i18n, from plots, layers, saliency and photos."""
    ten = list("0123456789")
    points = [Point(i, i / 2, float(i), 1 / (i + 1), 0.5, 0.6) for i in range(3)]
    curves = robustness.Curves("x", np.arange(-2, 3), {"perceptron": np.linspace(0, 1, 5)}, 1234)
    heat = saliency.Heat("alexnet", "AlexNet", 657, "missile", 0.42, 1, np.zeros((2, 2)), np.eye(3) / 2, 0.1)
    top5 = photos.Prediction("alexnet", "AlexNet", tuple("abcde"), (1, 2, 3, 4, 5), (.5, .2, .1, .1, .1), 3.0, 1,
                             "cpu", "float32")
    rgb = np.zeros((64, 64, 3), np.uint8)
    rgb[:, ::6] = 255
    return {
        "probability_bars": classify_figures.probability_bars([("lenet5", "LeNet-5", ten, np.eye(10)[3])]),
        "connectivity_bars": cnn_figures.connectivity_bars(convolution.connectivity(8, 8, 3, 4, 4, 6, 5).rows()),
        "lrn_profile": architectures_figures.lrn_profile(normalisation.compare(rgb)),
        "score_bars": perceptron_figures.score_bars(ten, np.arange(10.0), 3),
        "robustness_chart": perceptron_figures.robustness_chart(curves, {"perceptron": "Perceptron"}, say("perceptron.axis.x")),
        "training_curves": train_figures.training_curves([("run 1", points)]),
        "class_accuracy_bars": train_figures.class_accuracy_bars(ten, np.linspace(0, 1, 10)),
        "layer_bars": layers.figures.layer_bars(layers.report_for("lenet5"))[0],
        "layer_bars_flops": layers.figures.layer_bars(layers.report_for("lenet5"), flops=True)[1],
        "vgg_argument_plot": layers.figures.vgg_argument_plot(layers.vgg_argument_curve(64, 3)),
        "slide_rule_figure": layers.figures.slide_rule_figure(5, 3),
        "occlusion_figure": saliency.occlusion_figure(heat, 64, 32),
        "top5_figure": photos.top5_figure([top5]),
    }


ENGLISH = {  # what the figures said before they spoke Korean too: byte for byte the same
    "probability_bars": {"xaxis": "class", "yaxis": "probability", "name0": "LeNet-5",
                         "hovertemplate0": "class %{x}: %{y:.1%}<extra>LeNet-5</extra>"},
    "connectivity_bars": {"title": "Parameters of one layer", "xaxis": "parameters (log scale)",
                          "hovertemplate0": "%{y}: %{x:,} parameters<extra></extra>"},
    "lrn_profile": {"title": "One pixel, all channels (orientation): neighbours of a strong channel are suppressed",
                    "xaxis": "channel (filter orientation)", "yaxis": "activation", "name0": "after ReLU",
                    "name1": "after LRN (x k^β)"},
    "score_bars": {"title": "Scores s = W x + b (the largest wins)", "xaxis": "class", "yaxis": "score",
                   "hovertemplate0": "s_%{x} = %{y:.2f}<extra></extra>"},
    "robustness_chart": {"title": "Test accuracy on 1,234 moved digits", "xaxis": "shift along x (pixels)",
                         "yaxis": "test accuracy", "name0": "Perceptron",
                         "hovertemplate0": "%{x}: %{y:.1%}<extra>Perceptron</extra>"},
    "training_curves": {"yaxis": "training loss", "xaxis2": "epochs", "yaxis2": "accuracy",
                        "name0": "run 1: training loss", "hovertemplate0": "epoch %{x:.2f}: loss %{y:.3f}",
                        "name1": "run 1: train", "hovertemplate1": "epoch %{x:.2f}: %{y:.1%}",
                        "name2": "run 1: test", "hovertemplate2": "epoch %{x:.2f}: %{y:.1%}"},
    "class_accuracy_bars": {"title": "Test accuracy per class", "xaxis": "class", "yaxis": "accuracy",
                            "hovertemplate0": "class %{x}: %{y:.1%}<extra></extra>"},
    "layer_bars": {"title": "Parameters per layer (blue: conv, orange: fully connected)", "yaxis": "parameters",
                   "hovertemplate0": "%{x}<br>%{y:,} parameters<extra></extra>"},
    "layer_bars_flops": {"title": "FLOPs per layer (one image)", "yaxis": "FLOPs",
                         "hovertemplate0": "%{x}<br>%{y:,} FLOPs<extra></extra>"},
    "vgg_argument_plot": {"title": "Weights for the same receptive field, C = 64", "xaxis": "n (receptive field 2n+1)",
                          "yaxis": "weights", "name0": "n stacked 3x3", "name1": "one (2n+1)x(2n+1)"},
    "slide_rule_figure": {"title": "3x3 pooling over 5x5 convolutions sees 7x7 pixels"},
    "occlusion_figure": {"title": "AlexNet: P(missile) with the square at each place (unhidden 42.0%)",
                         "xaxis": "square centre, x (pixels)", "yaxis": "square centre, y (pixels)",
                         "colorbar0": "probability",
                         "hovertemplate0": "square centred at (%{x}, %{y}): %{z:.1%}<extra></extra>"},
    "top5_figure": {"title": "Top-5 of each network", "xaxis": "AlexNet: probability", "name0": "AlexNet",
                    "hovertemplate0": "%{y}: %{x:.1%}<extra>AlexNet</extra>"},
}
# Words that are values, not language: model names given as data, a formula, a unit. The same in Korean.
KEPT = {("probability_bars", "name0"), ("score_bars", "hovertemplate0"), ("robustness_chart", "hovertemplate0"),
        ("robustness_chart", "name0"), ("layer_bars_flops", "yaxis"), ("layer_bars_flops", "hovertemplate0"),
        ("top5_figure", "name0"), ("top5_figure", "hovertemplate0")}


def test_the_figures_words_are_english_as_before():
    figures = _figures()
    assert {name: _words(fig) for name, fig in figures.items()} == ENGLISH
    for fig in figures.values():
        assert_valid_figure(fig)


def test_a_korean_page_gets_korean_figures():
    with speaking("ko"):
        korean = {name: _words(fig) for name, fig in _figures().items()}
    assert {name: set(words) for name, words in korean.items()} == {name: set(w) for name, w in ENGLISH.items()}
    for name, words in korean.items():
        for where, text in words.items():
            if (name, where) in KEPT:
                assert text == ENGLISH[name][where], (name, where, text)
            else:
                assert re.search("[가-힣]", text), (name, where, text)
    # Values stay values inside Korean words: the network, the ImageNet class, the numbers, the unit.
    assert "AlexNet" in korean["occlusion_figure"]["title"] and "P(missile)" in korean["occlusion_figure"]["title"]
    assert "42.0%" in korean["occlusion_figure"]["title"] and "1,234" in korean["robustness_chart"]["title"]
    assert "FLOPs" in korean["layer_bars_flops"]["title"] and "run 1" in korean["training_curves"]["name0"]


def test_a_figure_sends_the_json_plotly_would_write():
    """gradio sends a figure's to_json(), written from its dicts without building it: the same JSON as the
    built figure's (templates, typed arrays, unset properties), for every kind of figure."""
    for name, fig in _figures().items():
        if not isinstance(fig, plots.Figure):
            continue  # made with plotly's own API (subplots): already built
        sent = json.loads(fig.to_json())
        assert "_spec" in vars(fig), name  # sending did not build it
        fig.layout  # noqa: B018 - reading a property builds the go.Figure
        assert "_spec" not in vars(fig) and _set(sent) == _set(json.loads(go.Figure.to_json(fig))), name


def _set(value):
    """A figure's JSON without properties set to null (plotly.js reads null as unset, as plotly may write it)."""
    if isinstance(value, dict):
        return {key: _set(item) for key, item in value.items() if item is not None}
    return [_set(item) for item in value] if isinstance(value, list) else value
