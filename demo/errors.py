"""The one exception type the core raises for input a person got wrong.

Core modules raise `InputError` with a sentence meant for a student ("The sketch is empty: draw
a digit first."); the UI turns it into a `gr.Error` unchanged. Anything else is a bug.
"""


class InputError(ValueError):
    """Bad user input; the message is shown to the user as is."""


def _shown(value) -> str:
    """A value as a sentence may quote it: short, whatever was sent (a 100 kB string, a list)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def as_whole(value, name: str) -> int:
    """`value` (a number or its text) as an int, or InputError naming `name`: no NaN, no infinity,
    no fraction, no list."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError(f"{name} must be a whole number; got {_shown(value)}.")
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise InputError(f"{name} must be a whole number; got {_shown(value)}.") from None
    if not number.is_integer():  # also NaN and infinity
        raise InputError(f"{name} must be a whole number; got {_shown(value)}.")
    return int(number)


def whole_number(value, name: str, low: int, high: int) -> int:
    """`value` (a number or its text) as an int in [low, high], or InputError naming `name`."""
    number = as_whole(value, name)
    if not low <= number <= high:
        raise InputError(f"{name} must be between {low:,} and {high:,}; got {number:,}.")
    return number
