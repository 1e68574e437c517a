"""Fixtures of the source tests: the local HTTP server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .httpserver import PageServer


@pytest.fixture(scope="session")
def page_server() -> Iterator[PageServer]:
    """The misbehaving HTTP server on a free loopback port, for the whole session."""
    server = PageServer().start()
    try:
        yield server
    finally:
        server.stop()
