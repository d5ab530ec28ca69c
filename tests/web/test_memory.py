"""demo.web.memory: one value per session, reached only through that session, bounded, None forgets."""

from types import SimpleNamespace

from demo.web.memory import SessionMemory


def test_each_session_reaches_only_its_own_value_and_the_oldest_goes_first():
    memory = SessionMemory(2, 100, len)
    a, b, c = (SimpleNamespace(session_hash=h) for h in "abc")
    memory.put(a, "aaaa")
    memory.put(b, "bb")
    assert memory.get(a) == "aaaa" and memory.get(b) == "bb" and memory.get(c, "none") == "none"
    memory.get(a)
    memory.put(c, "c")  # a third session: the least recently used (b, since a was just read) is forgotten
    assert memory.get(b) is None and memory.get(a) == "aaaa" and memory.get(c) == "c"
    memory.put(a, None)
    assert memory.get(a) is None and memory.bytes == 1
    memory.put(None, "no session")
    memory.put(SimpleNamespace(), "no hash either")
    assert memory.get(None) is None and memory.bytes == 1


def test_a_value_over_the_byte_budget_is_not_kept():
    memory = SessionMemory(4, 10, len)
    memory.put(SimpleNamespace(session_hash="a"), "x" * 11)
    assert memory.get(SimpleNamespace(session_hash="a")) is None and memory.bytes == 0


def test_a_page_holds_no_heartbeat_connection(client):
    """No gr.State, unload event or streaming input anywhere: gradio would then hold a connection open for every
    page's lifetime (200 in a hall), and a browser page would never be idle. Per-session data lives on the server
    (this module, and demo.classes.store's sessions)."""
    import httpx

    config = httpx.get(f"{client.src.rstrip('/')}/config", timeout=30).json()
    assert config["connect_heartbeat"] is False
