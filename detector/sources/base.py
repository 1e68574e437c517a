"""The unit every reader yields: one input page, or the reason it could not be read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from detector.errors import DetectorError


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One page to score, as a reader found it.

    Exactly one of `content` and `error` is set: a reader that cannot produce a page (a fetch that
    timed out, a malformed JSON line) still yields a record, so that every input gets a row.
    """

    id: str  # stable id, unique within a run (used by --resume)
    input: str  # where it came from: a path, a URL, "stdin", "file.warc.gz@1234"
    url: str = ""
    content: bytes | str | None = None
    content_type: str | None = None  # an HTTP Content-Type; "text/plain" for WET/text records
    fetched: date | None = None
    error: DetectorError | None = None
    elapsed: float | None = None  # seconds spent fetching it (URL sources), for slow-host reports
