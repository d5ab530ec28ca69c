"""References tab: the works the lecture cites, with links."""

import html

import gradio as gr

from demo.lecture import REFERENCES


def build_tab() -> None:
    gr.Markdown("## References\nThe works this lecture cites, in the order it cites them.")
    items = "".join(
        f"<li id='ref-{r.key}'>{html.escape(r.authors)}. <a href='{html.escape(r.url)}' target='_blank' "
        f"rel='noopener'><b>{html.escape(r.title)}</b></a>. <i>{html.escape(r.venue)}</i>."
        f"<br><small>Cited for: {html.escape(r.cited_for)}.</small></li>"
        for r in REFERENCES)
    gr.HTML(f"<ol class='references'>{items}</ol>")
