"""The `Scorer`: one loaded model (and originals index) that turns pages into `ScoreResult`s.

Used by the CLI, batch scoring and the HTTP service. Per page it parses once and runs every
extractor once (keeping the evidence); the classifier itself runs per batch as one matrix
product (see `detector.model.LinearScorer`), so its cost per page is a few microseconds.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from detector.config import Settings
from detector.errors import DetectorError, OriginalsIndexError
from detector.explain import TOP_N, reasons
from detector.model import MATCH_METHODS, Model, extract_one, finite, load_model, registry_of
from detector.page import Page, parse_page
from detector.results import TIERS, ScoreResult
from detector.sources.base import InputRecord

BATCH_SIZE = 256  # rows per classifier call: past ~256 the per-row cost no longer drops


def _error_row(
    record_id: str, input_: str, url: str, exc: BaseException, model: str
) -> ScoreResult:
    kind = exc.kind if isinstance(exc, DetectorError) else "internal"
    message = str(exc) if isinstance(exc, DetectorError) else f"{type(exc).__name__}: {exc}"
    return ScoreResult(
        id=record_id, input=input_, url=url, model=model, error={"kind": kind, "message": message}
    )


def _as_dict(match: Any) -> dict[str, Any] | None:
    """A match object as a JSON-ready dict (dataclass, mapping or object with `to_dict`)."""
    if match is None:
        return None
    if hasattr(match, "to_dict"):
        out = match.to_dict()
    elif dataclasses.is_dataclass(match) and not isinstance(match, type):
        out = dataclasses.asdict(match)
    elif isinstance(match, dict):
        out = dict(match)
    else:
        return {"value": str(match)}
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in out.items()}


class Scorer:
    """Scores pages with one loaded model; cheap to call, expensive only to build."""

    def __init__(
        self,
        model: Model,
        *,
        settings: Settings | None = None,
        top_n: int = TOP_N,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.model = model
        self.settings = settings
        self.top_n = top_n
        self.batch_size = max(1, batch_size)
        self.linear = model.linear()
        self.names = model.feature_names
        self.features_of = self.linear.families(registry_of(model.signals))
        self.thresholds = model.thresholds
        self.version = model.version
        self._matchers = self._find_matchers()

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        model_path: Path | str | None = None,
        index_path: Path | str | None = None,
    ) -> Scorer:
        """Load the model (settings' `model_path` unless given) and point it at the index.

        Raises:
            ModelError: the model is missing or does not match this code.
        """
        model = load_model(Path(model_path) if model_path else settings.model_path)
        index: Path | str = Path(index_path) if index_path else settings.index_path
        if index_path is None and settings.index_backend == "redis":
            from detector.originals.index import redis_spec

            index = redis_spec(settings)  # one index in Redis, shared by every worker
        elif index_path is None and settings.index_backend == "file":
            from detector.originals.index import ensure_default_index

            try:
                ensure_default_index(settings)  # built from the shared corpora once, on first use
            except OriginalsIndexError as exc:
                # Scoring still works without copy matching: copy_index_missing says so.
                print(f"detector: warning: {exc}", file=sys.stderr)
        for _, extractor in model.signals.transformer_list:
            params = extractor.get_params(deep=False)
            if "index_path" in params:
                extractor.set_params(index_path=str(index))
            if "settings" in params:
                local = (
                    settings.with_overrides(index_path=index)
                    if isinstance(index, Path)
                    else settings
                )
                extractor.set_params(settings=local)
        return cls(model, settings=settings)

    def _find_matchers(self) -> list[Any]:
        out = []
        for _, extractor in self.model.signals.transformer_list:
            for method in MATCH_METHODS:
                fn = getattr(extractor, method, None)
                if callable(fn):
                    out.append(fn)
                    break
        return out

    def tier(self, score: float) -> str:
        """`likely-republisher` at or above the high threshold, `likely-original` below the low."""
        if score >= self.thresholds["republisher"]:
            return TIERS[0]
        if score < self.thresholds["original"]:
            return TIERS[2]
        return TIERS[1]

    def _match(self, page: Page) -> dict[str, Any] | None:
        for fn in self._matchers:
            found = _as_dict(fn(page))
            if found:
                return found
        return None

    def _prepare(self, page: Page) -> tuple[list[float], dict[str, tuple[str, ...]], Any]:
        row, evidence = extract_one(self.model.signals, page)
        return row, evidence, self._match(page)

    def _finish(
        self,
        items: list[tuple[str, str, Page, list[float], dict[str, tuple[str, ...]], Any]],
    ) -> list[ScoreResult]:
        if not items:
            return []
        X = finite(np.asarray([it[3] for it in items], dtype=np.float64))
        values, contributions, names, said = self.linear.explained(
            X, self.names, [it[4] for it in items]
        )
        logits = contributions.sum(axis=1) + self.linear.bias
        scores = 1.0 / (1.0 + np.exp(-logits))
        out = []
        for k, (rid, input_, page, _, _, match) in enumerate(items):
            score = float(scores[k])
            out.append(
                ScoreResult(
                    id=rid,
                    input=input_,
                    url=page.url,
                    score=round(score, 4),
                    tier=self.tier(score),
                    reasons=reasons(
                        names,
                        values[k],
                        contributions[k],
                        said[k],
                        self.features_of,
                        top_n=self.top_n,
                    ),
                    match=match,
                    model=self.version,
                    warnings=tuple(page.warnings),
                )
            )
        return out

    def score_page(self, page: Page, *, id: str = "", input: str = "") -> ScoreResult:
        """Score one parsed page (signals, classifier, reasons, copy match).

        Raises:
            DetectorError: an extractor failed on this page.
        """
        row, evidence, match = self._prepare(page)
        return self._finish([(id, input, page, row, evidence, match)])[0]

    def _parse(self, record: InputRecord) -> Page:
        if record.error is not None:
            raise record.error
        if record.content is None:
            raise DetectorError(f"record {record.id!r} has no content", kind="bad_record")
        return parse_page(
            record.content,
            url=record.url or None,
            fetched=record.fetched,
            content_type=record.content_type,
        )

    def score_record(self, record: InputRecord) -> ScoreResult:
        """Score one record; one that cannot be scored gets an error row (never raises)."""
        return next(self.score_records([record]))

    def score_records(self, records: Iterable[InputRecord]) -> Iterator[ScoreResult]:
        """Score many records in input order, the classifier batched `batch_size` rows at a time.

        A record that cannot be read, parsed or scored yields an error row in its place.
        """
        batch: list[InputRecord] = []
        for record in records:
            batch.append(record)
            if len(batch) >= self.batch_size:
                yield from self._score_batch(batch)
                batch = []
        if batch:
            yield from self._score_batch(batch)

    def _score_batch(self, records: list[InputRecord]) -> list[ScoreResult]:
        slots: list[ScoreResult | None] = []
        ready: list[tuple[str, str, Page, list[float], dict[str, tuple[str, ...]], Any]] = []
        where: list[int] = []
        for record in records:
            try:
                page = self._parse(record)
                row, evidence, match = self._prepare(page)
            except Exception as exc:  # one bad page must never stop the run
                slots.append(_error_row(record.id, record.input, record.url, exc, self.version))
                continue
            where.append(len(slots))
            slots.append(None)
            ready.append((record.id, record.input, page, row, evidence, match))
        try:
            done = self._finish(ready)
        except Exception as exc:  # a classifier failure fails this batch's rows, not the run
            done = [_error_row(it[0], it[1], it[2].url, exc, self.version) for it in ready]
        for k, result in zip(where, done, strict=True):
            slots[k] = result
        return [s for s in slots if s is not None]
