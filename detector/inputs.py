"""Read one input named on the command line (a path, a URL or `-`) as an `InputRecord`."""

from __future__ import annotations

from pathlib import Path

from detector.config import Settings
from detector.sources.base import InputRecord


def read_one(spec: str, settings: Settings) -> InputRecord:
    """One page from a file path, an http(s) URL (fetched with the batch fetcher's limits) or `-`."""
    if spec.startswith(("http://", "https://")):
        from detector.sources.fetch import FetchOptions, iter_fetched

        options = FetchOptions.from_settings(settings)
        return next(iter(iter_fetched([(spec, spec)], options)))
    from detector.sources.files import iter_paths

    records = list(iter_paths([spec], max_bytes=settings.max_page_bytes))
    if Path(spec).is_dir() or len(records) != 1:
        from detector.errors import RecordError

        err = RecordError(f"{spec}: expected one page, found {len(records)} records", kind="io")
        return InputRecord(id=spec, input=spec, error=err)
    return records[0]
