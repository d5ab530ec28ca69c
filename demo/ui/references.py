"""References tab: the works the lecture cites, with links.

Titles, authors and venues stay as published; what each is cited for is in demo/i18n's tables
("references.why.<key>"). The browser translates one text per component, so each work is its own
one-item list (numbered where the lecture cites it).
"""

import html

import gradio as gr

from demo.lecture import FURTHER_READING, REFERENCES, Reference
from demo.ui.common import t


def _item(r: Reference, number: int | None) -> None:
    """One work as a list item: authors, linked title, venue; under it, why (in the page's language)."""
    opening = f"<ol class='references' start='{number}'>" if number else "<ul class='references'>"
    closing = "</ol>" if number else "</ul>"
    gr.HTML(f"{opening}<li id='ref-{r.key}'>{html.escape(r.authors)}. <a href='{html.escape(r.url)}' "
            f"target='_blank' rel='noopener'><b>{html.escape(r.title)}</b></a>. <i>{html.escape(r.venue)}</i>."
            "<br><small>" + t(r.why) + f"</small></li>{closing}")


def build_tab() -> None:
    gr.Markdown(t("references.md.intro"))
    for number, reference in enumerate(REFERENCES, start=1):
        _item(reference, number)
    gr.Markdown(t("references.md.further"))
    for reference in FURTHER_READING:
        _item(reference, None)
