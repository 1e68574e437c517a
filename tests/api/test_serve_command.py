"""`detector serve`: flags reach the settings and the scorer, and the app it runs serves."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from detector.cli import main

from .fakes import FakeScorer, PidScorer
from .live import serve_app


def test_serve_flags_load_the_scorer_once_and_run_uvicorn(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn

    import detector.scoring

    loads: list[dict[str, Any]] = []
    runs: list[dict[str, Any]] = []
    scorer = FakeScorer()
    scorer_seen = scorer.seen

    def fake_from_settings(settings: Any, **kwargs: Any) -> FakeScorer:
        loads.append({"settings": settings, **kwargs})
        return scorer

    monkeypatch.setattr(detector.scoring.Scorer, "from_settings", staticmethod(fake_from_settings))
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: runs.append({"app": app, **kw}))
    monkeypatch.setenv("DETECTOR_FEEDBACK_PATH", str(tmp_path / "fb.jsonl"))
    model, index = tmp_path / "m", tmp_path / "i.idx"
    log = logging.getLogger("detector")
    monkeypatch.setattr(log, "handlers", list(log.handlers))  # restored after the test
    monkeypatch.setattr(log, "level", log.level)
    code = main(
        ["serve", "--host", "127.0.0.1", "--port", "9123", "--model", str(model),
         "--index", str(index)]
    )  # fmt: skip
    assert code == 0
    assert len(loads) == 1
    assert [r.id for r in scorer_seen] == ["warm-up"]  # lazy parts loaded before serving
    assert loads[0]["model_path"] == str(model) and loads[0]["index_path"] == str(index)
    assert loads[0]["settings"].serve_port == 9123
    assert loads[0]["settings"].index_path == index
    assert runs[0]["host"] == "127.0.0.1" and runs[0]["port"] == 9123
    assert runs[0]["access_log"] is False  # detector.access logs instead, without content
    with serve_app(runs[0]["app"]) as base:
        health = httpx.get(f"{base}/v1/health", trust_env=False).json()
    assert health["model"] == "fake-model-1"


def test_serve_workers_score_in_forked_processes_behind_one_server(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn

    import detector.scoring

    runs: list[dict[str, Any]] = []
    scorer = PidScorer()
    monkeypatch.setattr(
        detector.scoring.Scorer, "from_settings", staticmethod(lambda settings, **kw: scorer)
    )
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: runs.append({"app": app, **kw}))
    monkeypatch.setenv("DETECTOR_FEEDBACK_PATH", str(tmp_path / "fb.jsonl"))
    log = logging.getLogger("detector")
    monkeypatch.setattr(log, "handlers", list(log.handlers))
    monkeypatch.setattr(log, "level", log.level)
    assert main(["serve", "--port", "9124", "--workers", "2"]) == 0
    assert len(runs) == 1 and "workers" not in runs[0]  # one HTTP process, not uvicorn's workers
    pool = runs[0]["app"].state.service.pool
    try:
        assert pool.processes == 2
        with serve_app(runs[0]["app"]) as base:
            r = httpx.post(
                f"{base}/v1/score",
                json={"url": "http://a.test/", "html": "<p>BEIJING (AP) — words</p>"},
                trust_env=False,
            )
        assert r.status_code == 200
        assert r.json()["warnings"] != [f"pid {os.getpid()}"]  # scored in another process
        assert [x.id for x in scorer.seen] == ["warm-up"]
    finally:
        pool.shutdown()
