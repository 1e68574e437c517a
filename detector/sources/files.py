"""Readers for local inputs: files, directories, standard input and `--records` JSONL files."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from detector.errors import DetectorError, RecordError
from detector.sources.base import InputRecord

# Files under a directory that are read as pages; anything else there is skipped silently.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".shtml", ".php", ".asp", ".aspx")
# Paths that are crawls, routed to the WARC reader.
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc", ".arc.gz")
DEFAULT_MAX_BYTES = 5_000_000


def is_warc_path(path: str | Path) -> bool:
    """True when the file name says it is a WARC/WET/ARC crawl file."""
    return str(path).lower().endswith(WARC_SUFFIXES)


def _content_type_for(path: Path) -> str | None:
    return "text/plain" if path.suffix.lower() == ".txt" else None


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> InputRecord:
    """Read one local file as a page record (never raises: a failure becomes an error record)."""
    rid = str(path)
    try:
        with path.open("rb") as fh:
            # One byte more than the cap, so parse_page can tell the page was cut.
            content = fh.read(max_bytes + 1)
    except OSError as exc:
        err = RecordError(f"cannot read {path}: {exc.strerror or exc}", kind="io")
        return InputRecord(id=rid, input=rid, error=err)
    return InputRecord(id=rid, input=rid, content=content, content_type=_content_type_for(path))


def iter_directory(root: Path) -> Iterator[Path]:
    """Page files under `root`, recursively, in a stable (sorted) order, hidden files skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if name.lower().endswith(PAGE_SUFFIXES) or is_warc_path(name):
                yield Path(dirpath) / name


def iter_paths(
    paths: Sequence[str],
    *,
    stdin: IO[bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[InputRecord]:
    """Records for paths, directories (walked recursively) and `-` (standard input).

    WARC/WET/ARC files (by name) are streamed record by record through `detector.sources.warc`.
    A path that does not exist yields one error record naming it.
    """
    from detector.sources.warc import iter_warc

    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield InputRecord(id="stdin", input="stdin", content=stream.read(max_bytes + 1))
            continue
        path = Path(raw)
        if path.is_dir():
            for child in iter_directory(path):
                if is_warc_path(child):
                    yield from iter_warc(child, max_bytes=max_bytes)
                else:
                    yield read_path(child, max_bytes=max_bytes)
        elif path.is_file() and is_warc_path(path):
            yield from iter_warc(path, max_bytes=max_bytes)
        elif path.exists():
            yield read_path(path, max_bytes=max_bytes)
        else:
            err = RecordError(f"no such file or directory: {raw}", kind="io")
            yield InputRecord(id=raw, input=raw, error=err)


def _open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return path.open("r", encoding="utf-8", errors="replace")


def parse_record_line(line: str, *, source: str, lineno: int) -> InputRecord:
    """Turn one `--records` line into a record; a malformed line becomes an error record."""
    where = f"{source}:{lineno}"
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputRecord(id=where, input=where, error=RecordError(f"{where}: bad JSON ({exc})"))
    if not isinstance(obj, dict):
        err = RecordError(f"{where}: a record must be a JSON object")
        return InputRecord(id=where, input=where, error=err)
    rid = str(obj.get("id") or where)
    url = str(obj.get("url") or "")
    try:
        fetched = _parse_date(obj.get("fetched"), where)
    except DetectorError as exc:
        return InputRecord(id=rid, input=where, url=url, error=exc)
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str):
        return InputRecord(id=rid, input=where, url=url, content=html, fetched=fetched)
    if isinstance(text, str):
        return InputRecord(
            id=rid, input=where, url=url, content=text, content_type="text/plain", fetched=fetched
        )
    err = RecordError(f"{where}: a record needs an 'html' or a 'text' string field")
    return InputRecord(id=rid, input=where, url=url, error=err)


def _parse_date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise RecordError(f"{where}: 'fetched' is not an ISO date: {value!r}") from exc


def iter_records_file(path: str | Path) -> Iterator[InputRecord]:
    """Stream a JSONL file of `{id, url, html|text, fetched?}` records (gzip if `.gz`)."""
    p = Path(path)
    if not p.is_file():
        raise RecordError(f"records file {p} does not exist", kind="io")
    with _open_text(p) as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                yield parse_record_line(line, source=str(p), lineno=lineno)
