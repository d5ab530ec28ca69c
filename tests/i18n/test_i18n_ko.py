"""demo/i18n/ko.py: the Korean table has every English key, the same fields, and is Korean."""

import re

from demo.i18n import en, fields, ko


def test_same_keys_as_english():
    assert sorted(set(en.STRINGS) - set(ko.STRINGS)) == []
    assert sorted(set(ko.STRINGS) - set(en.STRINGS)) == []


def test_same_fields_in_every_template():
    for key, template in en.STRINGS.items():
        assert fields(ko.STRINGS[key]) == fields(template), key


def test_korean_is_written_in_hangul_unless_kept_on_purpose():
    for key, text in ko.STRINGS.items():
        if key in ko.SAME:
            assert text == en.STRINGS[key], key
        else:
            assert re.search("[가-힣]", text), f"{key}: {text!r} is not Korean"
