"""The result row of `detector score`, shared by the CLI, batch scoring and the HTTP service."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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
        """A JSON-ready dict with the fields of `detector score`."""
        row = asdict(self)
        row["reasons"] = [asdict(r) for r in self.reasons]
        row["warnings"] = list(self.warnings)
        return row
