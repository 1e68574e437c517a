"""A small real scorer for runner tests: it reads the page and scores wire/farm phrases.

It implements the batch `Scorer` protocol (and `from_settings`) so that the runner, resume and
Dask engine can be tested without the trained model; tests against the real model are in
test_real_scorer.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from detector.results import Reason, ScoreResult
from detector.sources.base import InputRecord

PHRASES = ("associated press", "(ap)", "reuters", "trending", "you may also like", "verygood")
BUILDS: list[int] = []  # pids of every build in this process (one per process is expected)


class ToyScorer:
    """Score = share of the phrases found; a page naming the AP is a "copy"."""

    def __init__(self, model: str = "toy-1") -> None:
        self.model = model

    @classmethod
    def from_settings(
        cls, settings: Any, *, model_path: Path | None = None, index_path: Path | None = None
    ) -> ToyScorer:
        BUILDS.append(os.getpid())
        return cls()

    def score_record(self, record: InputRecord) -> ScoreResult:
        if record.error is not None:
            err = {"kind": record.error.kind, "message": str(record.error)}
            return ScoreResult(id=record.id, input=record.input, url=record.url, error=err)
        raw = record.content or b""
        text = (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw).lower()
        if not text.strip():
            err = {"kind": "not_a_page", "message": "empty page"}
            return ScoreResult(id=record.id, input=record.input, url=record.url, error=err)
        found = [p for p in PHRASES if p in text]
        score = round(len(found) / 3, 4) if len(found) < 3 else 1.0
        tier = (
            "likely-republisher"
            if score >= 0.6
            else "uncertain"
            if score >= 0.3
            else "likely-original"
        )
        reasons = (
            Reason("toy__phrases", float(len(found)), ", ".join(found) or "none", len(found) * 0.5),
        )
        match = (
            {"source_id": "toy-ap-original", "similarity": 0.9}
            if "associated press" in text
            else None
        )
        return ScoreResult(
            id=record.id,
            input=record.input,
            url=record.url,
            score=score,
            tier=tier,
            reasons=reasons,
            match=match,
            model=self.model,
        )

    def score_records(self, records: Iterable[InputRecord]) -> Iterator[ScoreResult]:
        for record in records:
            yield self.score_record(record)


def builds() -> list[int]:
    """Pids of the builds in this process (for `client.run` on Dask workers)."""
    return list(BUILDS)


class SlowToyScorer(ToyScorer):
    """The toy scorer taking 4 ms a page, so that a test can kill a run part-way."""

    def score_record(self, record: InputRecord) -> ScoreResult:
        import time

        time.sleep(0.004)
        return super().score_record(record)
