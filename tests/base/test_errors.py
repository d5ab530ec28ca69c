"""demo.base.errors: whole numbers from whatever a form or a client sends, and sentences that name the value."""

import math

import pytest

from demo.base.errors import InputError, as_whole, whole_number


@pytest.mark.parametrize("value, expected", [(3, 3), (3.0, 3), ("3", 3), (" 7 ", 7), ("1e3", 1000), (-2, -2)])
def test_whole_numbers_in_any_form(value, expected):
    assert as_whole(value, "n") == expected


@pytest.mark.parametrize("value", [2.5, "2.5", "two", "", None, math.nan, math.inf, -math.inf, "nan", [1], {"a": 1},
                                   True, b"3"])
def test_anything_else_is_one_sentence_naming_the_parameter(value):
    with pytest.raises(InputError, match=r"^n must be a whole number; got "):
        as_whole(value, "n")


def test_a_long_value_is_quoted_short():
    with pytest.raises(InputError) as info:
        as_whole("x" * 100_000, "k")
    assert len(str(info.value)) < 100 and str(info.value).endswith("....")


def test_ranges_name_the_real_bounds():
    assert whole_number("4", "Stride", 1, 4) == 4
    with pytest.raises(InputError, match=r"^Stride must be between 1 and 4; got 5\.$"):
        whole_number(5, "Stride", 1, 4)
    with pytest.raises(InputError, match=r"between 0 and 4,096; got 100,000"):
        whole_number(100_000, "nlist", 0, 4096)


def test_numbers_in_a_range_in_any_form_and_one_sentence_otherwise():
    from demo.base.errors import number_between

    assert number_between("0.5", "Dropout", 0, 0.9) == 0.5
    for value in ("half", None, [1], float("nan"), 1.5):
        with pytest.raises(InputError, match=r"^Dropout must be (a number|between 0 and 0.9); got "):
            number_between(value, "Dropout", 0, 0.9)
