"""The one exception type the core raises for input a person got wrong.

Core modules raise `InputError` with a sentence meant for a student ("The sketch is empty: draw
a digit first."); the UI turns it into a `gr.Error` unchanged. Anything else is a bug.
"""


class InputError(ValueError):
    """Bad user input; the message is shown to the user as is."""


def whole_number(value, name: str, low: int, high: int) -> int:
    """`value` (a number or its text) as an int in [low, high], or InputError naming `name`."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"{name} must be a whole number; got {value!r}.") from None
    if not number.is_integer():
        raise InputError(f"{name} must be a whole number; got {value!r}.")
    if not low <= number <= high:
        raise InputError(f"{name} must be between {low:,} and {high:,}; got {int(number):,}.")
    return int(number)
