"""The page's language: English or Korean, for every sentence a student reads.

Static text (tab names, labels, the lecture's Markdown) is translated in the browser by gradio's
`I18n`, from the same tables (demo.web.common builds it). Sentences a callback writes (summaries,
verdicts, error sentences) are made on the server with `say(key, **values)` in the language of the
request being answered: the app's door (demo.app.LectureBlocks) reads the browser's Accept-Language
header and sets it with `speaking` for the duration of the call. The core never sees a request.

Tables: demo/i18n/en.py and demo/i18n/ko.py, one dict each, the same keys (a test checks), values
are `str.format` templates with the same named fields.
"""

import contextlib
import contextvars
import re

from demo.i18n import en, ko

LANGUAGES = ("en", "ko")  # the first is the default and the fallback
TABLES = {"en": en.STRINGS, "ko": ko.STRINGS}

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
