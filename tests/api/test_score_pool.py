"""Scoring in forked processes (`detector serve --workers N`): spread, crash recovery, limits."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import httpx
import psutil
import pytest

from detector.api import create_app
from detector.config import Settings
from detector.score_pool import ScorePool

from .conftest import FARM_HTML
from .fakes import FakeScorer, PidScorer
from .live import serve_app


def _settings(tmp_path: Path, **overrides: object) -> Settings:
    settings = Settings(feedback_path=tmp_path / "fb.jsonl", index_path=tmp_path / "none.idx")
    return settings.with_overrides(serve_cache_size=0, **overrides)


def _pids(answers: list[httpx.Response]) -> set[int]:
    return {int(r.json()["warnings"][0].split()[1]) for r in answers}


async def _score_at_once(base: str, n: int) -> list[httpx.Response]:
    async with httpx.AsyncClient(base_url=base, timeout=30, trust_env=False) as client:
        return await asyncio.gather(
            *(
                client.post("/v1/score", json={"url": f"http://a.test/{i}", "html": FARM_HTML})
                for i in range(n)
            )
        )


def test_concurrent_pages_are_scored_in_every_pool_process(tmp_path: Path) -> None:
    scorer = PidScorer(delay=0.2)
    pool = ScorePool(scorer, 2)
    try:
        with serve_app(create_app(_settings(tmp_path), scorer, pool=pool)) as base:
            answers = asyncio.run(_score_at_once(base, 6))
        assert [r.status_code for r in answers] == [200] * 6
        assert all(r.json()["tier"] == "likely-republisher" for r in answers)
        pids = _pids(answers)
        assert len(pids) == 2 and os.getpid() not in pids
        assert scorer.seen == []  # nothing was scored in this process
    finally:
        pool.shutdown()


def test_a_dead_scoring_process_gives_one_503_and_is_replaced(tmp_path: Path) -> None:
    scorer = PidScorer()
    pool = ScorePool(scorer, 2)
    try:
        with serve_app(create_app(_settings(tmp_path), scorer, pool=pool)) as base:
            victim = pool.pids()[0]
            os.kill(victim, signal.SIGKILL)
            answers = [
                httpx.post(
                    f"{base}/v1/score", json={"url": f"http://a.test/{i}", "html": FARM_HTML}
                )
                for i in range(4)
            ]
            statuses = [r.status_code for r in answers]
            assert sorted(statuses) == [200, 200, 200, 503]  # only the page it was given
            assert answers[statuses.index(503)].json()["error"]["kind"] == "scorer_crashed"
            assert victim not in pool.pids() and len(pool.pids()) == 2
            assert victim not in _pids([r for r in answers if r.status_code == 200])
            again = asyncio.run(_score_at_once(base, 4))
        assert [r.status_code for r in again] == [200] * 4
    finally:
        pool.shutdown()


def test_slow_page_hits_the_time_cap_and_its_process_is_replaced(tmp_path: Path) -> None:
    scorer = FakeScorer(delay=1.0)
    pool = ScorePool(scorer, 1)
    try:
        slow = pool.pids()[0]
        app = create_app(_settings(tmp_path, serve_page_timeout=0.2), scorer, pool=pool)
        with serve_app(app) as base:
            r = httpx.post(f"{base}/v1/score", json={"url": "http://a.test/", "html": FARM_HTML})
            assert r.status_code == 504
            assert r.json()["error"]["kind"] == "timeout"
            assert httpx.get(f"{base}/v1/health").status_code == 200
        assert pool.pids() != [slow] and not psutil.pid_exists(slow)  # no core kept busy
    finally:
        pool.shutdown()


def test_app_shutdown_stops_the_scoring_processes(tmp_path: Path) -> None:
    scorer = PidScorer()
    pool = ScorePool(scorer, 2)
    app = create_app(_settings(tmp_path), scorer, pool=pool)
    with serve_app(app) as base:  # lifespan off: the pool outlives this server
        pids = _pids(asyncio.run(_score_at_once(base, 4)))
    assert pids and all(psutil.pid_exists(p) for p in pids)

    async def start_and_stop() -> None:
        async with app.router.lifespan_context(app):
            pass

    asyncio.run(start_and_stop())
    assert not any(psutil.pid_exists(p) for p in pids)


def test_a_pool_needs_a_process() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        ScorePool(FakeScorer(), 0)
