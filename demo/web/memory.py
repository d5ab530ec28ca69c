"""The app's one per-session memory: what a browser session leaves on the server (the picture k-NN searches
again, the digit Classify shows, the runs Train made), bounded in sessions and in bytes, and reached only
through that session's own request.

A gr.State would do this too, but any State makes gradio hold a heartbeat connection open for the page's
lifetime; a small memory on the server keeps the page quiet. The oldest session is forgotten first.
"""

from typing import Callable

from demo.base.cache import BoundedCache


class SessionMemory:
    """One value per browser session (gradio's session hash); a request without a session keeps nothing."""

    def __init__(self, sessions: int, max_bytes: int, size_of: Callable[[object], int]):
        self._values = BoundedCache(sessions, max_bytes, size_of)

    @staticmethod
    def _key(request) -> str | None:
        return getattr(request, "session_hash", None)

    def get(self, request, default=None):
        """This session's value, or `default`."""
        key = self._key(request)
        value = None if key is None else self._values.get(key)
        return default if value is None else value

    def put(self, request, value) -> None:
        """Keep `value` for this session (None forgets it)."""
        key = self._key(request)
        if key is None:
            return
        if value is None:
            self._values.pop(key)
        else:
            self._values.put(key, value)

    @property
    def bytes(self) -> int:
        return self._values.bytes
