"""Fixtures of the batch tests: the local HTTP server and a toy scorer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sources.httpserver import PageServer

from .toy import ToyScorer


@pytest.fixture(scope="module")
def page_server() -> Iterator[PageServer]:
    """The misbehaving HTTP server on a free loopback port."""
    server = PageServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def toy_scorer() -> ToyScorer:
    """The toy scorer (reads the page, scores wire/farm phrases)."""
    return ToyScorer()
