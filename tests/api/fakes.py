"""A small deterministic scorer for the API tests (the real one is exercised end to end)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace

from detector.errors import DetectorError
from detector.results import Reason, ScoreResult
from detector.sources.base import InputRecord


class FakeScorer:
    """Calls a page a republisher when it carries uncredited "(AP) —" wire copy.

    Records every record it sees, so tests can check what the service passed on. `delay`
    makes every call slow (for the time cap); "MODEL-BROKEN" in a page gives a model error
    row and "NOT-A-PAGE" a not_a_page row, like the real scorer's error rows.
    """

    version = "fake-model-1"
    index_version = "fake-index-7"

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.seen: list[InputRecord] = []
        self._lock = threading.Lock()

    def score_record(self, record: InputRecord) -> ScoreResult:
        """Score one record, or return its error row."""
        with self._lock:
            self.seen.append(record)
        if self.delay:
            time.sleep(self.delay)
        content = record.content
        text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content or ""
        error: DetectorError | None = None
        if not text.strip() or "NOT-A-PAGE" in text:
            error = DetectorError("the input is empty or binary", kind="not_a_page")
        elif "MODEL-BROKEN" in text:
            error = DetectorError("model file does not match this code", kind="model")
        if error is not None:
            return ScoreResult(
                id=record.id,
                input=record.input,
                url=record.url,
                model=self.version,
                error={"kind": error.kind, "message": str(error)},
            )
        farm = "(AP) —" in text and "Associated Press" not in text
        score = 0.93 if farm else 0.04
        reasons = (
            Reason("wire_v1__uncredited_wire", float(farm), "AP dateline, no credit", 2.5),
            Reason("brand_v1__mismatch", 0.0, "brand matches domain", -0.4),
        )
        return ScoreResult(
            id=record.id,
            input=record.input,
            url=record.url,
            score=score,
            tier="likely-republisher" if farm else "likely-original",
            reasons=reasons,
            match={"url": "https://apnews.com/article/x", "similarity": 0.97} if farm else None,
            model=self.version,
        )

    def score_records(self, records: Iterable[InputRecord]) -> Iterator[ScoreResult]:
        """Score records in order."""
        for record in records:
            yield self.score_record(record)


class PidScorer(FakeScorer):
    """A FakeScorer whose results name the process that scored them (in `warnings`)."""

    def score_record(self, record: InputRecord) -> ScoreResult:
        """Score like FakeScorer, then add "pid N"."""
        result = super().score_record(record)
        return replace(result, warnings=(f"pid {os.getpid()}",))
