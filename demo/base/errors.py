"""The one exception type the core raises for input a person got wrong.

Core modules raise `InputError` with a sentence meant for a student ("The sketch is empty: draw
a digit first."), made with demo.i18n.say in the language of the request; the UI turns it into a
`gr.Error` unchanged. Anything else is a bug.
"""

from demo.i18n import TABLES, say


class InputError(ValueError):
    """Bad user input; the message is shown to the user as is."""


def quoted(value) -> str:
    """A value as a sentence may quote it: short, whatever was sent (a 100 kB string, a list, 1e308)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        return f"{value:.3g}"
    text = f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def named(name: str) -> str:
    """A parameter's name for a sentence: `name` is a key of demo.i18n's tables ("name.k") or, for the
    few sentences not yet keyed, the English words themselves."""
    return say(name) if name in TABLES["en"] else name


def one_of(value, options, name: str) -> str:
    """`value` if it is one of `options` (strings), else InputError naming them; any type may come in."""
    if isinstance(value, str) and value in options:
        return value
    listed = ", ".join(map(str, options))
    raise InputError(say("errors.one_of", name=named(name), listed=listed, value=quoted(value)))


def as_whole(value, name: str) -> int:
    """`value` (a number or its text) as an int, or InputError naming `name`: no NaN, no infinity,
    no fraction, no list."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError(say("errors.whole", name=named(name), value=quoted(value)))
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise InputError(say("errors.whole", name=named(name), value=quoted(value))) from None
    if not number.is_integer():  # also NaN and infinity
        raise InputError(say("errors.whole", name=named(name), value=quoted(value)))
    return int(number)


def whole_number(value, name: str, low: int, high: int) -> int:
    """`value` (a number or its text) as an int in [low, high], or InputError naming `name`."""
    number = as_whole(value, name)
    if not low <= number <= high:
        raise InputError(say("errors.between", name=named(name), low=f"{low:,}", high=f"{high:,}",
                             value=quoted(number)))
    return number


def number_between(value, name: str, low: float, high: float) -> float:
    """`value` (a number or its text) as a float in [low, high], or InputError naming `name`; NaN and
    infinity are refused."""
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise InputError(say("errors.number", name=named(name), value=repr(str(value)[:40]))) from None
    if not low <= number <= high:  # NaN fails too
        raise InputError(say("errors.between", name=named(name), low=f"{low:g}", high=f"{high:g}",
                             value=str(value)[:40]))
    return number
