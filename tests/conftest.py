"""Shared fixtures: the app launched once in-process, a gradio_client for it, test pictures."""

import os
import socket
import tempfile

import pytest

# Hermetic: no ImageNet weights from this machine's torch cache, no downloads, whatever the machine
# has. Tests that need weights save their own into a cache they point at.
os.environ["TORCH_HOME"] = tempfile.mkdtemp(prefix="torch-home-")
os.environ["DEMO_ALLOW_DOWNLOADS"] = "0"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def app_url():
    """The whole app, served in this process on a free port, for API and browser tests."""
    from demo.app import build_app, launch_options

    demo = build_app()
    options = launch_options([])
    options.update(server_name="127.0.0.1", server_port=_free_port(), prevent_thread_lock=True, quiet=True)
    _, url, _ = demo.launch(**options)
    yield url
    demo.close()


@pytest.fixture(scope="session")
def client(app_url):
    from gradio_client import Client

    return Client(app_url, verbose=False)


@pytest.fixture(scope="session")
def mnist():
    from demo.base.data import load_dataset

    return load_dataset()


@pytest.fixture
def offline_torch_hub(monkeypatch, tmp_path):
    """An empty torch hub and no downloads: no ImageNet weights, whatever this machine has cached."""
    import torch

    from demo.base import config

    old = torch.hub.get_dir()
    torch.hub.set_dir(str(tmp_path / "hub"))
    monkeypatch.setattr(config, "ALLOW_DOWNLOADS", False)
    yield
    torch.hub.set_dir(old)
