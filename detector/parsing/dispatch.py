"""Decode, cap and route input to the HTML or text parser, then fill the shared fields."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from detector.errors import NotAPageError
from detector.page import DateCandidate, Page
from detector.parsing import common
from detector.parsing.dates import (
    day_first,
    first_relative_date,
    read_day_first,
    url_date_candidate,
    url_names_day,
)
from detector.parsing.decode import check_not_binary, decode_bytes
from detector.parsing.html import parse_html
from detector.parsing.text import parse_text_record
from detector.parsing.warc_header import clean_uri, header_fields, warc_day

DEFAULT_MAX_BYTES = 5_000_000
_HTML_SNIFF = re.compile(
    r"<\s*(!doctype\s+html|html|head|body|meta|title|div|p|article|script|a\s|span|table|br)\b",
    re.IGNORECASE,
)
# Every byte but the control characters [\x00-\x08\x0e-\x1f]: deleting them from UTF-8 leaves
# the controls alone (in UTF-8 an ASCII byte is always that character), counted in C.
_NOT_CONTROL = bytes(c for c in range(256) if not (c <= 0x08 or 0x0E <= c <= 0x1F))


def _controls(text: str) -> int:
    """How many control characters `text` holds (`[\x00-\x08\x0e-\x1f]`)."""
    return len(text.encode("utf-8", "surrogatepass").translate(None, _NOT_CONTROL))


def _looks_like_html(text: str) -> bool:
    head = text[:4096]
    # (The cheap test first: most pages open with a tag.)
    return head.lstrip()[:1] == "<" or len(_HTML_SNIFF.findall(head)) >= 2


# A WARC record's header block ("WARC/1.0", "WARC-Target-URI: ...", a blank line), as a WET or
# WARC record saved to a file keeps it: the page follows (after the HTTP headers of a response).
_HEADER_LINES = 40


_WARC_FIELD = re.compile(r"WARC-[A-Za-z-]+:")
# A header without its version line must hold one of the fields that say what the record is.
_KNOWN_FIELDS = frozenset(("warc-type", "warc-target-uri", "warc-date", "warc-record-id"))


def split_warc_header(text: str) -> tuple[str, str, date | None]:
    """(body, target URI, WARC date) of a text that opens with a WARC record's header; the text
    itself, "" and None when it does not."""
    stripped = text.lstrip("\ufeff\r\n ")
    versioned = stripped[:6] == "WARC/1"
    # A record copied without its version line opens with its first field ("WARC-Type: ...").
    if not versioned and not _WARC_FIELD.match(stripped):
        return text, "", None
    lines = stripped.split("\n")
    end = next((n for n, line in enumerate(lines[:_HEADER_LINES]) if not line.strip()), None)
    if end is None:
        return text, "", None  # no end to the header: not a record
    fields = header_fields(lines[1 if versioned else 0 : end])
    if not versioned and not _KNOWN_FIELDS.intersection(fields):
        return text, "", None
    body = "\n".join(lines[end + 1 :])
    if body.startswith("HTTP/"):  # a response record: its HTTP headers end at a blank line
        _, sep, rest = body.replace("\r\n", "\n").partition("\n\n")
        body = rest if sep else body
    return body, clean_uri(fields.get("warc-target-uri")), warc_day(fields.get("warc-date"))


# Where a relative stamp ("3 hours ago") of the page sits: a meta row at the head of the main
# text, or among the first lines outside it (later ones are sidebar items' stamps).
_META_ROW_REACH = 3
_RELATIVE_REACH = 50


def _in_locale(
    dates: list[DateCandidate], language: str, url: str, fields: dict[str, Any]
) -> list[DateCandidate]:
    """`dates` with ambiguous numeric dates ("08/10/2024") read day first where the page's
    language, locale or country domain writes them so."""
    locale = fields.get("opengraph", {}).get("og:locale", "") or fields.get("meta", {}).get(
        "content-language", ""
    )
    if not dates or not day_first(language, url, locale):
        return dates
    return [read_day_first(c) for c in dates]


def parse_any(
    content: bytes | str,
    *,
    url: str | None,
    fetched: date | None,
    content_type: str | None,
    max_bytes: int | None,
) -> Page:
    """Implementation of `detector.page.parse_page` (see there)."""
    cap = max_bytes or DEFAULT_MAX_BYTES
    warnings: list[str] = []
    if isinstance(content, bytes | bytearray | memoryview):
        data = bytes(content)
        check_not_binary(data)
        if len(data) > cap:
            warnings.append(f"page of {len(data):,} bytes cut to the first {cap:,}")
            data = data[:cap]
        text, _codec, decode_warnings = decode_bytes(data, content_type)
        warnings.extend(decode_warnings)
    elif isinstance(content, str):
        text = content
        if not text.strip():
            raise NotAPageError("empty input: no text of a page to parse")
        if len(text) > cap:
            warnings.append(f"page of {len(text):,} characters cut to the first {cap:,}")
            text = text[:cap]
        controls = _controls(text[:4096])
        if controls > max(8, min(len(text), 4096) // 20):
            raise NotAPageError(f"input looks binary ({controls} control characters), not a page")
    else:
        raise NotAPageError(f"cannot parse a {type(content).__name__}: give bytes or str")

    if text.find("\x00") >= 0:  # (find of one char is ~3x faster than `in` or replace)
        text = text.replace("\x00", "")
    if text[:1] in ("W", "\ufeff", "\n", "\r", " "):
        # A WET or WARC record saved with its header: the URI and crawl date are the page's URL
        # and fetch date (unless given), and the header is no part of the page.
        text, target, crawled = split_warc_header(text)
        url = url or target or None
        fetched = fetched or crawled
        if not text.strip():
            raise NotAPageError("a WARC record with no page after its header")
    mime = (content_type or "").split(";")[0].strip().lower()
    as_text = mime == "text/plain" or (mime not in ("text/html", "application/xhtml+xml")
                                       and not _looks_like_html(text))  # fmt: skip
    page_url = url or ""
    fields: dict[str, Any]
    if as_text:
        fields = parse_text_record(text, page_url)
    else:
        try:
            fields = parse_html(text, page_url)
        except (ValueError, RuntimeError, RecursionError, MemoryError) as exc:
            warnings.append(f"HTML parser failed ({type(exc).__name__}: {exc}); read as text")
            fields = parse_text_record(re.sub(r"<[^>]{0,2000}>", "\n", text), page_url)
        if not page_url:
            page_url = fields.get("canonical", "") or fields.get("opengraph", {}).get("og:url", "")

    paragraphs: tuple[str, ...] = fields.get("paragraphs", ())
    other: tuple[str, ...] = fields.get("other_lines", ())
    language = fields.get("language") or common.detect_language(" ".join(paragraphs[:20]))
    dates: list[DateCandidate] = list(fields.get("date_candidates", ()))
    dates = _in_locale(dates, language, page_url, fields)
    url_date = url_date_candidate(page_url, dates) if page_url else None
    url_day = url_date is not None and url_names_day(page_url)
    if url_date is not None and url_day:
        dates.append(url_date)
    if fetched is not None:
        head = [p for p in paragraphs[:_META_ROW_REACH] if len(p) <= 60]
        if relative := first_relative_date([*head, *other[:_RELATIVE_REACH]], fetched):
            dates.append(relative)
    published, modified = common.choose_dates(dates)
    if url_date is not None and not url_day:
        # A month-only permalink ("/2026/01/slug") names no day: any stated date wins over it.
        dates.append(url_date)
        published = published or url_date.value
    if not paragraphs:
        warnings.append("no main text found")

    fields.update(
        url=page_url,
        date_candidates=tuple(dates),
        published=published,
        modified=modified,
        dateline=common.find_dateline(paragraphs, other),
        credit_lines=common.find_credit_lines([*paragraphs, *other]),
        reactions=common.find_reactions(other),
        language=language,
        fetched=fetched,
        warnings=tuple(warnings),
    )
    if not fields.get("byline"):
        lead = [p for p in (*other[:40], *paragraphs[:2]) if p.lower().startswith("by ")]
        if lead and len(lead[0]) < 120:
            fields["byline"] = lead[0]
    return Page(**fields)
