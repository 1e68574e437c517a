"""A WARC record's header fields: read by the WARC reader and by `parse_page` when a record was
saved to a file with its header."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date


def header_fields(lines: Iterable[str]) -> dict[str, str]:
    """`Name: value` lines (after the version line) as {lower-case name: value}."""
    fields: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip().lower()] = value.strip()
    return fields


def clean_uri(uri: str | None) -> str:
    """WARC-Target-URI without the angle brackets some writers put around it."""
    uri = (uri or "").strip()
    if uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1]
    return uri


def warc_day(value: str | None) -> date | None:
    """The day of a WARC-Date ("2024-07-19T16:38:51Z" -> 2024-07-19), None when unreadable."""
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None
