"""The lesson's chart: one bar per classifier as drawn and moved, the very numbers of the lesson."""

import plotly.graph_objects as go

from demo.classes.figures import lesson_bars
from demo.classes.lesson import METHODS, Lesson


def test_bars_show_the_lessons_numbers():
    drawn = dict(zip(METHODS, (0.6, 1.0, 0.5, 0.9)))
    moved = dict(zip(METHODS, (0.3, 0.9, 0.2, 0.8)))
    fig = lesson_bars(Lesson(("a", "b"), "lenet5", "", 20, 10, drawn, moved))
    go.Figure(fig.to_dict())  # valid for plotly
    assert [list(bar.y) for bar in fig.data] == [[drawn[m] for m in METHODS], [moved[m] for m in METHODS]]
    assert "10 held-out pictures of 2 classes" in fig.layout.title.text
    assert list(fig.data[0].x) == ["k-NN on<br>raw pixels", "k-NN on CNN<br>features", "One FC layer<br>on raw pixels",
                                   "One FC layer on<br>CNN features"]
