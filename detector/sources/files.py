"""Readers for local inputs: files, directories, standard input and `--records` JSONL files."""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

import orjson

from detector.errors import DetectorError, RecordError
from detector.sources.base import InputRecord

# Files under a directory that are read as pages; anything else there is skipped silently.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".shtml", ".php", ".asp", ".aspx")
# Paths that are crawls, routed to the WARC reader.
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc", ".arc.gz")
DEFAULT_MAX_BYTES = 5_000_000
# Read buffer of a records file: a line of a page (~100 KB) is read in a few calls, not in
# the default's 8 KB pieces joined up (0.07 ms a page less).
_BUFFER = 1 << 18


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


def iter_path_items(paths: Sequence[str]) -> Iterator[tuple[str, str]]:
    """What each path names, in reading order: `(kind, path)` with kind `stdin`, `page`, `warc`
    or `missing`; directories are walked recursively (see `iter_directory`)."""
    for raw in paths:
        if raw == "-":
            yield "stdin", raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in iter_directory(path):
                yield ("warc" if is_warc_path(child) else "page"), str(child)
        elif path.is_file() and is_warc_path(path):
            yield "warc", raw
        elif path.exists():
            yield "page", raw
        else:
            yield "missing", raw


def missing_record(raw: str) -> InputRecord:
    """The error record of a path that does not exist."""
    err = RecordError(f"no such file or directory: {raw}", kind="io")
    return InputRecord(id=raw, input=raw, error=err)


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

    for kind, raw in iter_path_items(paths):
        if kind == "stdin":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield InputRecord(id="stdin", input="stdin", content=stream.read(max_bytes + 1))
        elif kind == "warc":
            yield from iter_warc(raw, max_bytes=max_bytes)
        elif kind == "page":
            yield read_path(Path(raw), max_bytes=max_bytes)
        else:
            yield missing_record(raw)


def parse_record_line(line: str | bytes, *, source: str, lineno: int) -> InputRecord:
    """Turn one `--records` line into a record; a malformed line becomes an error record.

    Bytes are decoded as UTF-8 with `errors="replace"` (`_record_lines` first tries the
    faster `_strict_object` on the bytes).
    """
    if isinstance(line, bytes):
        line = line.decode("utf-8", "replace")
    where = f"{source}:{lineno}"
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputRecord(id=where, input=where, error=RecordError(f"{where}: bad JSON ({exc})"))
    return _record_of(obj, where)


def _record_of(obj: Any, where: str) -> InputRecord:
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
    """Stream a JSONL file of `{id, url, html|text, fetched?}` records (gzip if `.gz`).

    Lines end at a newline byte (a carriage return before it is JSON whitespace); blank lines
    are skipped but counted, so that `FILE:LINE` ids are the line numbers an editor shows.
    """
    p = Path(path)
    if not p.is_file():
        raise RecordError(f"records file {p} does not exist", kind="io")
    if p.suffix == ".gz":
        with gzip.open(p, "rb") as gz:
            yield from _record_lines(gz, str(p), 1, None)
        return
    with p.open("rb", buffering=_BUFFER) as fh:
        yield from _record_lines(fh, str(p), 1, None)


def iter_records_range(
    path: str | Path, start: int, end: int | None, first_line: int
) -> Iterator[InputRecord]:
    """The records of the lines of an uncompressed JSONL file in bytes `[start, end)` (`end`
    None: to the end), where `start` is the beginning of line number `first_line`."""
    p = Path(path)
    with p.open("rb", buffering=_BUFFER) as fh:
        fh.seek(start)
        yield from _record_lines(fh, str(p), first_line, None if end is None else end - start)


def _record_lines(
    fh: Iterable[bytes], source: str, first_line: int, limit: int | None
) -> Iterator[InputRecord]:
    """Records of the lines of `fh`, numbered from `first_line`, up to `limit` bytes."""
    read = 0
    for lineno, line in enumerate(fh, start=first_line):
        if limit is not None:
            if read >= limit:
                return
            read += len(line)
        obj = _strict_object(line)
        if obj is not None:
            yield _record_of(obj, f"{source}:{lineno}")
            continue
        text = line.decode("utf-8", "replace")
        if text.strip():  # blank lines (no-break spaces too, as text) are counted, not read
            yield parse_record_line(text, source=source, lineno=lineno)


# Fields whose value reaches a record as text (`str(value)`): orjson reads an integer past 64
# bits as a float, so a float there is read again by `json`, which keeps such integers exact.
_TEXT_FIELDS = ("id", "url", "fetched")


def _strict_object(line: bytes) -> Any:
    """The JSON value of a line as `parse_record_line` reads it, or None when only that
    reading can tell (a blank or malformed line, invalid UTF-8, NaN, a lone surrogate: orjson
    refuses them all).

    orjson reads the bytes without the UTF-8 decoding and the copies `json.loads` needs: about
    0.25 against 0.4 ms a page of 124 KB. Everything it accepts, `json` reads the same (a test
    checks the cases where the two differ), but for the big integers of `_TEXT_FIELDS`.
    """
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(obj, dict) and any(isinstance(obj.get(k), float) for k in _TEXT_FIELDS):
        return None
    return obj


def line_ranges(path: str | Path, lines: int) -> Iterator[tuple[int, int | None, int]]:
    """Split an uncompressed file into `(start, end, first_line)` byte ranges of `lines` lines
    each (the last one ends at None: the end of the file), scanning it in binary blocks."""
    lines = max(1, lines)
    start, first, count, pos = 0, 1, 0, 0
    with Path(path).open("rb") as fh:
        while block := fh.read(1 << 20):
            n = block.count(b"\n")
            if count + n < lines:
                count += n
            else:
                i = 0
                for _ in range(n):  # only blocks where a range ends walk their newlines
                    i = block.index(b"\n", i) + 1
                    count += 1
                    if count == lines:
                        yield start, pos + i, first
                        start, first, count = pos + i, first + lines, 0
            pos += len(block)
    if start < pos:
        yield start, None, first
