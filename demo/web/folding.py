"""Panels that cannot work without ImageNet weights fold away, and unfold when the weights arrive.

Offline (a laptop in a lecture hall), a section shows only what its networks can fill; one sentence, where
the results would be, says what is missing, what still works and the one step that adds it. Whether the
weights are here is a few file checks, made each time the section opens and after each action, so weights
copied in while the app runs are used at the next one, without a restart.

A page that showed a section folded, and opens it again once the weights are here, has nothing in the
panels that unfold: their results are made again. The page keeps what it showed in a hidden textbox, its
fold mark (a gr.State would do, but any State holds a heartbeat connection open for the page's lifetime);
the mark's change event makes the results again when it reads UNFOLDED.
"""

import gradio as gr

FOLDED = "folded"  # the page shows the section folded
UNFOLDED = "unfolded"  # it did, and the section opened again with its weights here: make its results again


def fold_mark() -> gr.Textbox:
    """The page's fold mark for one section: hidden, empty while the section shows everything."""
    return gr.Textbox("", visible="hidden", elem_classes="fold-mark")


def next_mark(mark, folded: bool, opening: bool = False):
    """The fold mark's next value (gr.skip() when it stays): FOLDED while folded; UNFOLDED when the section
    opens (`opening`) after a folded look and folds no more; otherwise empty (an action made the results)."""
    new = FOLDED if folded else UNFOLDED if opening and mark == FOLDED else ""
    return gr.skip() if new == mark else new


def when_unfolded(fn, count: int):
    """`fn`'s answer (its `count` outputs) when the mark (the first argument) reads UNFOLDED, else nothing."""
    def refill(mark, *args):
        if mark != UNFOLDED:
            return tuple(gr.skip() for _ in range(count))
        return fn(*args)

    refill.__name__ = f"{fn.__name__}_unfolded"
    return refill
