"""References tab: the works the lecture cites, with links."""

import html

import gradio as gr

from demo.lecture import FURTHER_READING, REFERENCES, Reference


def _items(references: list[Reference], why: str) -> str:
    return "".join(
        f"<li id='ref-{r.key}'>{html.escape(r.authors)}. <a href='{html.escape(r.url)}' target='_blank' "
        f"rel='noopener'><b>{html.escape(r.title)}</b></a>. <i>{html.escape(r.venue)}</i>."
        f"<br><small>{why}: {html.escape(r.cited_for)}.</small></li>"
        for r in references)


def build_tab() -> None:
    gr.Markdown("## References\nThe works this lecture cites, in the order it cites them.")
    gr.HTML(f"<ol class='references'>{_items(REFERENCES, 'Cited for')}</ol>")
    gr.Markdown("### Further reading\nWhere the app's own explanations come from.")
    gr.HTML(f"<ul class='references'>{_items(FURTHER_READING, 'Used for')}</ul>")
