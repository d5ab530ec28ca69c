"""demo.train.sessions: each session keeps its own last runs, numbered in order; no session sees another's."""

from types import SimpleNamespace

from demo.train import sessions


def test_each_session_keeps_its_own_last_runs_in_order():
    a, b = SimpleNamespace(session_hash="a-test"), SimpleNamespace(session_hash="b-test")
    made = [SimpleNamespace(parameters=10) for _ in range(sessions.RUNS_KEPT + 2)]
    for run in made:
        sessions.keep(a, run)
    sessions.keep(b, SimpleNamespace(parameters=10))
    kept = sessions.runs(a)
    assert [r.number for r in kept] == list(range(3, sessions.RUNS_KEPT + 3))  # the oldest two forgotten
    assert kept == made[2:]
    assert [r.number for r in sessions.runs(b)] == [1]
    assert sessions.runs(None) == [] and sessions.runs(SimpleNamespace(session_hash="c-test")) == []
