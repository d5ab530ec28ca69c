"""Links into the app: `?tab=knn&k=5&space=cnn` opens a tab with its settings, so a slide can link to it.

The settings a link may give are the linked fields of each topic's form (demo/<topic>/form.py, built on
demo/base/form.py): the same table the tab builds its controls from, so they cannot drift apart. demo/app.py
makes `Links` from the forms in slide order. `parse(query)` reads a query string into the tab, the settings that
hold and one short notice per part it ignored; `link(tab, settings)` writes the query string that restores a
page's settings. The page runs the same rules in the browser on `table_json()` (demo/web/page_links.py), so opening
a link costs the server nothing.

Some settings depend on another: a receptive-field layer is one of its network's layers, and its unit's row
lies within that layer's map. A link that gives the network but not the layer gets the layer the page picks
when a student chooses that network in the dropdown (and the middle unit of its map), as if clicked.
"""

import re
import urllib.parse
from dataclasses import dataclass

from demo.base.form import CASE_SEPARATOR, NUMBER, STEP_TOLERANCE, WHOLE, Form
from demo.i18n import LANGUAGES, TABLES, say

MAX_QUERY = 4_000  # characters of a query string read; a slide's link is a tenth of that
MAX_PARTS = 40  # name=value parts read
SHOWN_VALUE = 40  # characters of a wrong value repeated in its notice
LANGUAGE = "lang"  # every link may choose the page's language: ?tab=knn&lang=ko (a slide for a Korean class)


def _exact(value: float) -> str:
    """A number as a link writes it: whole numbers without a point, others in full (shortest round trip)."""
    return str(int(value)) if value.is_integer() else repr(value)


@dataclass(frozen=True)
class Link:
    """What a link asks for: the tab (None: no tab named), the settings that hold (the page's values for
    the settings given, and for those that follow a given one), and a notice per part ignored."""

    tab: str | None
    settings: dict
    notices: tuple[str, ...]
    language: str | None = None  # the page's language the link asks for (LANGUAGES), None: the browser's


def code(text: str) -> str:
    """`text` as a Markdown code span, cut short, so a link's text is shown and never read as Markdown."""
    text = re.sub(r"\s+", " ", str(text).replace("`", "'"))
    return f"`{text[:SHOWN_VALUE] + '…' if len(text) > SHOWN_VALUE else text}`"


def read_language(text: str) -> str | None:
    """The page language a link's `lang=` names ("ko", "KO", "ko-KR"), or None if we do not speak it."""
    code = str(text).strip().lower().split("-")[0]
    return code if code in LANGUAGES else None


def _language(pairs: list, notices: list) -> tuple[str | None, list]:
    """The link's `lang` (the first one; a second, or one we do not speak, gets a notice) and the other pairs."""
    language, given, rest = None, 0, []
    for key, value in pairs:
        if key.lower() != LANGUAGE:
            rest.append((key, value))
            continue
        given += 1
        if given > 1:
            notices.append(say("links.twice", name=code(LANGUAGE)))
        elif (language := read_language(value)) is None:
            notices.append(say("links.bad_value", setting=code(f"{LANGUAGE}={value}"), name=code(LANGUAGE),
                               allowed=", ".join(LANGUAGES), limit=0))
    return language, rest


def _same(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b


class Links:
    """The link rules on the forms of every tab, by slug in slide order (a tab without settings: an empty Form)."""

    def __init__(self, forms: dict[str, Form]):
        self.forms = {slug: Form(*form.linked) for slug, form in forms.items()}
        self.slugs = tuple(forms)

    def parse(self, query: str) -> Link:
        """A query string ("?tab=knn&k=5&space=cnn", the leading "?" optional) -> the tab, its settings and the
        notices for what was ignored: an unknown tab or setting, a value the setting does not take (out of range,
        off its steps, not a choice), a setting given twice (the first counts)."""
        pairs = urllib.parse.parse_qsl((query or "")[:MAX_QUERY].removeprefix("?"), keep_blank_values=True)
        if not pairs:
            return Link(None, {}, ())
        notices = []
        if len(pairs) > MAX_PARTS:
            notices.append(say("links.too_many", limit=MAX_PARTS))
            pairs = pairs[:MAX_PARTS]
        language, pairs = _language(pairs, notices)
        if not pairs:  # ?lang=ko alone: the page in Korean, no tab asked for
            return Link(None, {}, tuple(notices), language)
        tabs = ", ".join(self.slugs)
        named = [value for key, value in pairs if key.lower() == "tab"]
        tab = named[0].lower() if named else None
        if tab is None:
            return Link(None, {}, (*notices, say("links.no_tab", tabs=tabs)), language)
        if tab not in self.slugs:
            return Link(None, {}, (*notices, say("links.bad_tab", value=code(named[0]), tabs=tabs)), language)
        params = {p.name: p for p in self.forms[tab]}
        if len(named) > 1:
            notices.append(say("links.twice", name=code("tab")))
        raw = {}
        for key, value in pairs:
            name = key.lower()
            if name == "tab":
                continue
            if name not in params:
                notices.append(say("links.unknown", name=code(key), tab=tab))
            elif name in raw:
                notices.append(say("links.twice", name=code(name)))
            else:
                raw[name] = value
        values = {p.name: p.default for p in params.values()}  # the page as it opens
        settings = {}
        for p in params.values():
            rules = p.rules(values)
            if p.name in raw:
                value = p.read(raw[p.name], rules)
                if value is not None:
                    settings[p.name] = values[p.name] = value
                    continue
                key = "links.too_long" if p.kind == "text" else "links.bad_value"
                notices.append(say(key, setting=code(f"{p.name}={raw[p.name]}"), name=code(p.name),
                                   allowed=p.shown(rules), limit=p.max_chars))
            if any(b in settings for b in p.by):
                settings[p.name] = values[p.name] = rules["default"]
        return Link(tab, settings, tuple(notices), language)

    def link(self, tab: str, settings: dict, language: str | None = None) -> str:
        """The query string that opens `tab` with `settings` (the page's values; those left out are the page's
        own): only the settings that differ from what the link would give anyway, in the tab's order; then the
        page's `language` when one is given."""
        if tab not in self.slugs:
            raise ValueError(f"no tab {tab!r}; the tabs are {', '.join(self.slugs)}")
        values = {p.name: p.default for p in self.forms[tab]}
        given, follows = {}, set()  # in the link; set by the link (given, or following a given setting)
        for p in self.forms[tab]:
            moved = any(b in follows for b in p.by)
            expected = p.rules(values)["default"] if moved else p.default
            value = settings.get(p.name)
            if value is None:
                value = expected
            if not _same(value, expected):
                given[p.name] = value
            if moved or p.name in given:
                follows.add(p.name)
            values[p.name] = value
        text = {k: ("true" if v else "false") if isinstance(v, bool) else _exact(v) if isinstance(v, float) else str(v)
                for k, v in given.items()}
        if language is not None:
            text[LANGUAGE] = language
        return "?" + urllib.parse.urlencode({"tab": tab, **text})

    def page_values(self, tab: str, settings: dict) -> dict:
        """Every setting of `tab` as the page shows it after a link gave `settings` (the page's own values
        elsewhere, and the values that follow a given setting)."""
        values, given = {p.name: p.default for p in self.forms[tab]}, set()
        for p in self.forms[tab]:
            if p.name in settings:
                values[p.name] = settings[p.name]
                given.add(p.name)
            elif any(b in given for b in p.by):
                values[p.name] = p.rules(values)["default"]
                given.add(p.name)
        return values

    def table_json(self) -> dict:
        """The table, the limits and the notices' wording in every language, for the page's script."""
        return dict(tabs={slug: [p.as_json() for p in params] for slug, params in self.forms.items()},
                    limits=dict(query=MAX_QUERY, parts=MAX_PARTS, shown=SHOWN_VALUE, tolerance=STEP_TOLERANCE),
                    language=LANGUAGE, languages=list(LANGUAGES),
                    separator=CASE_SEPARATOR, whole=WHOLE.pattern, number=NUMBER.pattern,
                    texts={lang: {k: v for k, v in strings.items() if k.startswith("links.")}
                           for lang, strings in TABLES.items()})

