"""The runs each browser session trained, kept for its Train tab (table, downloads) and the Classify and k-NN
tabs' choice of networks: no other session sees them, and memory stays bounded (demo.web.memory)."""

from demo.web.memory import SessionMemory

RUNS_KEPT = 5  # runs remembered per session (the runs table, downloads, other tabs' choice)
SESSIONS_KEPT = 200

_RUNS = SessionMemory(SESSIONS_KEPT, 2 * 2**30, lambda runs: sum(4 * r.parameters for r in runs))


def runs(request) -> list:
    """The runs of this browser session (a gradio request, or None), oldest first."""
    return list(_RUNS.get(request, ()))


def keep(request, run) -> None:
    """Number `run` after this session's last and keep it, with at most RUNS_KEPT of the session's runs."""
    kept = runs(request)
    run.number = (kept[-1].number if kept else 0) + 1
    _RUNS.put(request, (kept + [run])[-RUNS_KEPT:])
