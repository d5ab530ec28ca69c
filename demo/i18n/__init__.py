"""The page's language: English or Korean, for every sentence a student reads.

Static text (tab names, labels, the lecture's Markdown) is translated in the browser by gradio's
`I18n`, from the same tables (demo.web.common builds it). Sentences a callback writes (summaries,
verdicts, error sentences) are made on the server with `say(key, **values)` in the language of the
request being answered: the app's door (demo.app.LectureBlocks) reads the browser's Accept-Language
header and sets it with `speaking` for the duration of the call. The core never sees a request.

Tables: one file per owner (demo/i18n/<package>.py: the app, the web kit, the floors, each topic), whose
TEXTS hold each key's English and Korean side by side, so a translator reads them together. A key is named
after what owns it: a topic's keys start with the topic ("knn.label.k"), a floor's or the web kit's with its
module ("errors.between", "links.bad_value"). Values are `str.format` templates with the same named fields in
both languages (a test checks); SAME lists the keys whose Korean is the English on purpose (names, notation).
"""

import contextlib
import contextvars
import re

from demo.i18n import app, architectures, base, classes, classify, cnn, knn, layers, nets, overview, perceptron, \
    receptive_field, train, web

LANGUAGES = ("en", "ko")  # the first is the default and the fallback; each TEXTS value is in this order
OWNERS = (app, web, base, nets, layers, overview, knn, perceptron, cnn, architectures, receptive_field, classify,
          train, classes)


def _tables() -> dict[str, dict[str, str]]:
    tables = {language: {} for language in LANGUAGES}
    for owner in OWNERS:
        for key, texts in owner.TEXTS.items():
            if key in tables[LANGUAGES[0]]:
                raise ValueError(f"{key} is written twice in demo/i18n")
            for language, text in zip(LANGUAGES, texts, strict=True):
                tables[language][key] = text
    return tables


TABLES = _tables()
SAME = frozenset().union(*(getattr(owner, "SAME", ()) for owner in OWNERS))

_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar("language", default=LANGUAGES[0])
_TAG = re.compile(r"^\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


def language_from(accept_language: str | None) -> str:
    """The language to answer in, from an HTTP Accept-Language header ("ko-KR,ko;q=0.9,en;q=0.8"):
    the most preferred language we speak, else English. Malformed parts are skipped."""
    best, best_q = LANGUAGES[0], -1.0
    for order, part in enumerate((accept_language or "")[:1000].split(",")):
        match = _TAG.match(part)
        if not match:
            continue
        try:
            q = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        code = match.group(1).lower()
        if code in TABLES and q > best_q:  # ties keep the earlier tag: the header lists by preference
            best, best_q = code, q
    return best


def current() -> str:
    """The language of the call being answered ("en" outside any call)."""
    return _LANGUAGE.get()


@contextlib.contextmanager
def speaking(language: str):
    """Within the block, `say` answers in `language` (an unknown one falls back to English)."""
    token = _LANGUAGE.set(language if language in TABLES else LANGUAGES[0])
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def say(key: str, /, **values) -> str:
    """The sentence `key` in the current language, its fields filled from `values`.

    A key missing from the current table falls back to English (the tests keep both complete);
    a key missing from English is a bug and raises KeyError.
    """
    template = TABLES[current()].get(key)
    if template is None:
        template = TABLES[LANGUAGES[0]][key]
    return template.format(**values) if values else template


def fields(template: str) -> set[str]:
    """The named fields of a template ("{k} of {n}" -> {"k", "n"}), format specs ignored."""
    import string

    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}
