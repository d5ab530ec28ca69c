"""demo/i18n/en.py: the English table is well formed (templates that format, keys by tab)."""

import string

from demo.i18n import en, fields


def test_every_template_formats_with_its_own_fields():
    for key, template in en.STRINGS.items():
        assert isinstance(template, str) and template.strip(), key
        template.format(**{name: "x" for name in fields(template)})  # no stray brace, no positional field
        assert all(name for _, name, _, _ in string.Formatter().parse(template) if name is not None), key


def test_keys_are_dotted_and_named_by_section():
    for key in en.STRINGS:
        assert key.count(".") >= 1 and key == key.strip() and " " not in key, key
