"""Shared fixtures: the app launched once in-process, a gradio_client for it, test pictures."""

import socket

import pytest


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
    from demo.data import load_dataset

    return load_dataset()
