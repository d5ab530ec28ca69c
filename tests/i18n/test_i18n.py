"""demo.i18n: the request's language, sentences in it, and every key the code uses present in both
tables; through the app, an error sentence in Korean for a Korean browser."""

import re
from pathlib import Path

import pytest
from gradio_client.exceptions import AppError

from demo import i18n
from demo.base.errors import InputError, whole_number
from demo.i18n import TABLES, language_from, say, speaking

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("header, expected", [
    ("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ko"),
    ("en-US,en;q=0.9,ko;q=0.8", "en"),
    ("fr-FR,fr;q=0.9,ko;q=0.5", "ko"),     # the first language we speak, by preference
    ("en;q=0.2, ko;q=0.8", "ko"),          # q-values, not order, rank
    ("fr", "en"), ("", "en"), (None, "en"),
    ("ko;q=abc, en", "en"), ("x" * 5000, "en"), ("*", "en"),
])
def test_the_language_follows_accept_language(header, expected):
    assert language_from(header) == expected


def test_say_answers_in_the_current_language_and_falls_back_outside_a_call():
    assert i18n.current() == "en"
    with speaking("ko"):
        assert i18n.current() == "ko"
        assert re.search("[가-힣]", say("errors.bug"))
        with speaking("fr"):  # unknown: English
            assert say("errors.bug") == TABLES["en"]["errors.bug"]
    assert say("errors.bug") == TABLES["en"]["errors.bug"]
    with pytest.raises(KeyError):
        say("no.such.key")


def test_core_error_sentences_come_in_the_request_language():
    with speaking("ko"), pytest.raises(InputError) as info:
        whole_number(9, "Stride", 1, 4)
    assert str(info.value) == "Stride은(는) 1에서 4 사이여야 합니다. 받은 값: 9."
    with pytest.raises(InputError, match=r"^Stride must be between 1 and 4; got 9\.$"):
        whole_number(9, "Stride", 1, 4)


_USES = re.compile(r"""\b(?:say|t|named)\(\s*["']([a-z_][a-z0-9_]*(?:\.[A-Za-z0-9_]+)+)["']""")


def test_every_key_the_code_uses_is_in_both_tables():
    used = set()
    for path in (ROOT / "demo").rglob("*.py"):
        used |= set(_USES.findall(path.read_text()))
    assert used, "the scan found no keys: the pattern is broken"
    missing = {lang: sorted(used - set(table)) for lang, table in TABLES.items()}
    assert missing == {lang: [] for lang in TABLES}


def test_the_api_answers_a_korean_browser_in_korean(app_url):
    from gradio_client import Client

    ko = Client(app_url, verbose=False, headers={"Accept-Language": "ko-KR,ko;q=0.9"})
    with pytest.raises(AppError) as info:
        ko.predict(5000, api_name="/classify_test_example")
    assert str(info.value) == "테스트 이미지 번호은(는) 0에서 999 사이여야 합니다. 받은 값: 5,000."
    en = Client(app_url, verbose=False, headers={"Accept-Language": "en-US"})
    with pytest.raises(AppError) as info:
        en.predict(5000, api_name="/classify_test_example")
    assert str(info.value) == "The test image number must be between 0 and 999; got 5,000."


def test_static_texts_of_the_page_are_translation_keys_of_both_tables(app_url):
    """Every translatable text the page carries names a key that both languages have."""
    import json
    import urllib.request

    config = json.loads(urllib.request.urlopen(f"{app_url}config").read())
    keys = set(re.findall(r'translation_metadata\\+", \\+"key\\+": \\+"([^"\\]+)', json.dumps(config)))
    assert {"app.tab.overview", "app.tab.receptive_field"} <= keys
    assert sorted(keys - set(TABLES["en"])) == [] and sorted(keys - set(TABLES["ko"])) == []
    assert set(config["i18n_translations"]) >= {"en", "ko"}
