"""The one exception type the core raises for input a person got wrong.

Core modules raise `InputError` with a sentence meant for a student ("The sketch is empty: draw
a digit first."); the UI turns it into a `gr.Error` unchanged. Anything else is a bug.
"""


class InputError(ValueError):
    """Bad user input; the message is shown to the user as is."""
