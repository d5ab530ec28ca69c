"""The one exception type the core raises for input a person got wrong.

Core modules raise `InputError` with a sentence meant for a student ("The sketch is empty: draw
a digit first."); the UI turns it into a `gr.Error` unchanged. Anything else is a bug.
"""


class InputError(ValueError):
    """Bad user input; the message is shown to the user as is."""


def quoted(value) -> str:
    """A value as a sentence may quote it: short, whatever was sent (a 100 kB string, a list, 1e308)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        return f"{value:.3g}"
    text = f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def one_of(value, options, name: str) -> str:
    """`value` if it is one of `options` (strings), else InputError naming them; any type may come in."""
    if isinstance(value, str) and value in options:
        return value
    listed = ", ".join(map(str, options))
    raise InputError(f"{name} must be one of {listed}; got {quoted(value)}.")


def as_whole(value, name: str) -> int:
    """`value` (a number or its text) as an int, or InputError naming `name`: no NaN, no infinity,
    no fraction, no list."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError(f"{name} must be a whole number; got {quoted(value)}.")
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise InputError(f"{name} must be a whole number; got {quoted(value)}.") from None
    if not number.is_integer():  # also NaN and infinity
        raise InputError(f"{name} must be a whole number; got {quoted(value)}.")
    return int(number)


def whole_number(value, name: str, low: int, high: int) -> int:
    """`value` (a number or its text) as an int in [low, high], or InputError naming `name`."""
    number = as_whole(value, name)
    if not low <= number <= high:
        raise InputError(f"{name} must be between {low:,} and {high:,}; got {quoted(number)}.")
    return number
