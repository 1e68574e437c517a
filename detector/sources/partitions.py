"""Local inputs cut into parts that any process seeing the same files reads on its own.

The Dask engine sends a part (a few numbers and a path) to a worker instead of the pages'
bytes: the worker reads the part from the shared path and returns only result rows, so the
client no longer reads, pickles and ships every page. A part reads exactly the records the
whole-input readers give for its slice (same ids, same order, same error rows):

- `pages`: a run of page files (from paths and directories), read with `read_path`;
- `records`: a range of lines of an uncompressed `--records` JSONL file (`line_ranges`);
- `warc`: a range of page records of a WARC/WET file (`record_ranges`).

What cannot be cut (standard input, a missing path, a gzipped JSONL file, an ARC file, a WARC
gzipped as one member or with bare-LF headers) is read by the planner itself and given as
records. Each part carries the size and modification time its files had when it was planned; a
process that sees other files (no shared path) raises `InputNotShared` instead of reading them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from detector.errors import DetectorError
from detector.sources.base import InputRecord
from detector.sources.files import (
    DEFAULT_MAX_BYTES,
    iter_path_items,
    iter_records_file,
    iter_records_range,
    line_ranges,
    missing_record,
    read_path,
)
from detector.sources.warc import iter_warc, iter_warc_range, record_ranges

Stamp = tuple[int, int]  # (size, mtime in ns) of a file when the part was planned


class InputNotShared(DetectorError):
    """A part's file is missing or different here: read it where the inputs were planned."""

    kind = "io"


def stamp_of(path: str) -> Stamp | None:
    """The (size, mtime_ns) of a file, or None when it cannot be seen."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


@dataclass(frozen=True, slots=True)
class Part:
    """A slice of the local inputs: see the module docstring for the kinds."""

    kind: str  # "pages" | "records" | "warc"
    files: tuple[tuple[str, Stamp], ...]  # the file(s) read, with their planned stamps
    start: int = 0  # records / warc: first byte of the range
    end: int | None = None  # records / warc: end of the range (None: end of file)
    first_line: int = 1  # records: line number at `start`
    max_bytes: int = DEFAULT_MAX_BYTES

    def read(self, *, check: bool = True) -> Iterator[InputRecord]:
        """The records of this part, as the whole-input readers give them.

        Raises:
            InputNotShared: (with `check`) a file of the part is missing here or is not the
                planned one.
        """
        for path, planned in self.files if check else ():
            if stamp_of(path) != planned:
                raise InputNotShared(f"{path} is not the file the inputs were planned with")
        if self.kind == "pages":
            return (read_path(Path(p), max_bytes=self.max_bytes) for p, _ in self.files)
        ((path, _),) = self.files
        if self.kind == "records":
            return iter_records_range(path, self.start, self.end, self.first_line)
        return iter_warc_range(path, self.start, self.end, max_bytes=self.max_bytes)


def plan_parts(
    paths: Sequence[str],
    records: Sequence[str],
    warcs: Sequence[str],
    *,
    per_part: int,
    stdin: IO[bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Part | InputRecord]:
    """The local inputs as parts (and records read here), in the order of the whole readers:
    paths (and `-`), then `--records` files, then WARCs. A part holds about `per_part` records."""
    per_part = max(1, per_part)
    pages: list[tuple[str, Stamp]] = []
    for kind, raw in iter_path_items(paths):
        stamp = stamp_of(raw) if kind == "page" else None
        if stamp is not None:
            pages.append((raw, stamp))
            if len(pages) >= per_part:
                yield Part("pages", tuple(pages), max_bytes=max_bytes)
                pages = []
            continue
        if pages:
            yield Part("pages", tuple(pages), max_bytes=max_bytes)
            pages = []
        if kind == "warc":
            yield from _warc_parts(raw, per_part, max_bytes)
        elif kind == "page":  # a page that cannot be stat()ed: its reader says why
            yield read_path(Path(raw), max_bytes=max_bytes)
        elif kind == "missing":
            yield missing_record(raw)
        else:
            from detector.sources.files import iter_paths

            yield from iter_paths([raw], stdin=stdin, max_bytes=max_bytes)
    if pages:
        yield Part("pages", tuple(pages), max_bytes=max_bytes)
    for path in records:
        yield from _records_parts(path, per_part)
    for path in warcs:
        yield from _warc_parts(path, per_part, max_bytes)


def _records_parts(path: str, per_part: int) -> Iterator[Part | InputRecord]:
    stamp = stamp_of(path)
    if stamp is None or Path(path).suffix == ".gz":
        yield from iter_records_file(path)  # a gzip stream cannot be entered in the middle
        return
    for start, end, first in line_ranges(path, per_part):
        yield Part("records", ((path, stamp),), start=start, end=end, first_line=first)


def _warc_parts(path: str, per_part: int, max_bytes: int) -> Iterator[Part | InputRecord]:
    stamp = stamp_of(path)
    ranges = record_ranges(path, per_part) if stamp is not None else None
    if stamp is None or ranges is None:
        yield from iter_warc(path, max_bytes=max_bytes)
        return
    for start, end in ranges:
        yield Part("warc", ((path, stamp),), start=start, end=end, max_bytes=max_bytes)
