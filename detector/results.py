"""The result row of `detector score`, shared by the CLI, batch scoring and the HTTP service."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TIERS = ("likely-republisher", "uncertain", "likely-original")


@dataclass(frozen=True, slots=True)
class Reason:
    """One signal behind a score: its value, the evidence in words, and its weight in the score."""

    signal: str  # "family__feature", e.g. "wire_v1__uncredited_wire"
    value: float
    evidence: str
    weight: float  # contribution to the log-odds (positive pushes towards republisher)


@dataclass(frozen=True, slots=True)
class ScoreResult:
    """One output row. `error` is set (and score/tier empty) when the input could not be scored."""

    id: str
    input: str
    url: str
    score: float | None = None
    tier: str | None = None
    reasons: tuple[Reason, ...] = ()
    match: dict[str, Any] | None = None
    model: str = ""
    error: dict[str, str] | None = None  # {"kind": ..., "message": ...}
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with the fields of `detector score` (in field order).

        Built by hand: `dataclasses.asdict` deep-copies every value and cost ~100 us a row.
        """
        return {
            "id": self.id,
            "input": self.input,
            "url": self.url,
            "score": self.score,
            "tier": self.tier,
            "reasons": [
                {"signal": r.signal, "value": r.value, "evidence": r.evidence, "weight": r.weight}
                for r in self.reasons
            ],
            # Match dicts are flat (ids, names, numbers): a shallow copy keeps rows independent.
            "match": dict(self.match) if self.match is not None else None,
            "model": self.model,
            "error": dict(self.error) if self.error is not None else None,
            "warnings": list(self.warnings),
        }
