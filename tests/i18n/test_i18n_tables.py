"""The tables (demo/i18n/<owner>.py): each key English beside Korean, the same fields in both, Korean written in
Hangul, and named after what owns it."""

import re
import string
from pathlib import Path

from demo.i18n import LANGUAGES, OWNERS, SAME, TABLES, fields

DEMO = Path(__file__).resolve().parents[2] / "demo"
FLOORS = ("base", "nets", "web")  # their keys start with the module that owns the sentence


def test_every_key_has_english_and_korean():
    for owner in OWNERS:
        for key, texts in owner.TEXTS.items():
            assert isinstance(texts, tuple) and len(texts) == len(LANGUAGES), key
            assert all(isinstance(t, str) and t.strip() for t in texts), key
    assert set(TABLES["en"]) == set(TABLES["ko"])


def test_every_template_formats_with_its_own_fields_in_both_languages():
    for language, table in TABLES.items():
        for key, template in table.items():
            template.format(**{name: "x" for name in fields(template)})  # no stray brace, no positional field
            assert all(name for _, name, _, _ in string.Formatter().parse(template) if name is not None), key
    for key, template in TABLES["en"].items():
        assert fields(TABLES["ko"][key]) == fields(template), key


def test_korean_is_written_in_hangul_unless_kept_on_purpose():
    assert SAME <= set(TABLES["en"])
    for key, text in TABLES["ko"].items():
        if key in SAME:
            assert text == TABLES["en"][key], key
        else:
            assert re.search("[가-힣]", text), f"{key}: {text!r} is not Korean"


def test_keys_are_named_after_their_owner():
    for owner in OWNERS:
        package = owner.__name__.rsplit(".", 1)[-1]
        for key in owner.TEXTS:
            assert key.count(".") >= 1 and key == key.strip() and " " not in key, key
            first = key.split(".")[0]
            if package in FLOORS:
                assert (DEMO / package / f"{first}.py").exists(), f"{key}: demo/{package} has no module {first}"
            else:
                assert first == package, f"{key} is in demo/i18n/{package}.py"
