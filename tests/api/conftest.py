"""Fixtures: the service on a real uvicorn server (loopback, free port) with a fake scorer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from detector.api import create_app
from detector.config import Settings

from .fakes import FakeScorer
from .live import serve_app

FARM_HTML = (
    "<html><head><title>Glimmer of hope - WealthTrail Solutions</title></head><body>"
    "<h1>US senators see a glimmer of hope</h1><p>BEIJING (AP) — A group of U.S. senators "
    "visiting Beijing expressed hope Tuesday.</p><div>veryGood! (5)</div></body></html>"
)
LEGIT_HTML = (
    "<html><head><title>Local council votes on budget - Springfield Gazette</title></head>"
    "<body><h1>Council votes on budget</h1><p>By Jane Doe</p><p>The council met on Monday "
    "and voted on next year's budget.</p></body></html>"
)


class Service:
    """A running service: its base URL, an httpx client, its scorer and settings."""

    def __init__(self, base: str, scorer: FakeScorer, settings: Settings) -> None:
        self.base = base
        self.scorer = scorer
        self.settings = settings
        self.client = httpx.Client(base_url=base, timeout=30, trust_env=False)


@contextmanager
def _running(tmp: Path, scorer: FakeScorer | None = None, **overrides: Any) -> Iterator[Service]:
    settings = Settings(feedback_path=tmp / "feedback.jsonl", index_path=tmp / "none.idx")
    settings = settings.with_overrides(**overrides)
    scorer = scorer or FakeScorer()
    with serve_app(create_app(settings, scorer)) as base:
        service = Service(base, scorer, settings)
        try:
            yield service
        finally:
            service.client.close()


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """One service with default limits, shared by a module's tests."""
    with _running(tmp_path_factory.mktemp("svc")) as svc:
        yield svc


@pytest.fixture
def make_service(
    tmp_path: Path,
) -> Iterator[Callable[..., AbstractContextManager[Service]]]:
    """Start a service with its own settings overrides and scorer: `with make_service(...)`."""

    def make(scorer: FakeScorer | None = None, **overrides: Any) -> AbstractContextManager[Service]:
        return _running(tmp_path, scorer, **overrides)

    yield make
