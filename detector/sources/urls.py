"""Read URL lists: one URL a line, or a CSV file with a `url` column."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from detector.errors import RecordError


def iter_url_list(path: str | Path) -> Iterator[str]:
    """URLs from a list file, in file order, blank lines and `#` comments skipped.

    A file whose first non-blank line is a CSV header with a `url` column (any case) is read as
    CSV and only that column is used.

    Raises:
        RecordError: the file does not exist, or a CSV header has no `url` column.
    """
    p = Path(path)
    if not p.is_file():
        raise RecordError(f"URL list {p} does not exist", kind="io")
    with p.open("r", encoding="utf-8-sig", errors="replace", newline="") as fh:
        first = ""
        for line in fh:
            if line.strip() and not line.lstrip().startswith("#"):
                first = line
                break
        if not first:
            return
        header = next(csv.reader([first]))
        if len(header) > 1 or header[0].strip().lower() == "url":
            yield from _iter_csv(fh, header, p)
            return
        yield first.strip()
        for line in fh:
            url = line.strip()
            if url and not url.startswith("#"):
                yield url


def _iter_csv(fh: Iterator[str], header: list[str], path: Path) -> Iterator[str]:
    names = [h.strip().lower() for h in header]
    if "url" not in names:
        raise RecordError(f"{path}: CSV header {header} has no 'url' column")
    col = names.index("url")
    for row in csv.reader(fh):
        if len(row) > col and row[col].strip():
            yield row[col].strip()
