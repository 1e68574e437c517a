"""Turn the many ways pages write dates into `datetime.date`, quickly and without guessing wildly."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

# Dates outside this window are not news dates (typos, epoch zeros, far-future placeholders).
MIN_YEAR = 1980
MAX_YEAR = 2100

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?:T|\b)")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})(?:[/-](\d{1,2}))?(?=[/-])")
_HAS_DIGIT = re.compile(r"\d")
_REUTERS_1987 = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


def _valid(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(raw: str) -> date | None:
    """Parse one date string (ISO, RFC 2822, "October 10, 2023", "26-FEB-1987 ..."), else None."""
    text = raw.strip()
    if not text or len(text) > 80 or not _HAS_DIGIT.search(text):
        return None
    m = _ISO.search(text)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _REUTERS_1987.search(text)
    if m and m[2].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    m = _COMPACT.match(text)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    try:
        parsed = dateutil_parser.parse(text, fuzzy=True, ignoretz=True, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year == 1:  # no year in the string: not a usable date
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


def date_from_url(url: str) -> date | None:
    """A date written in a URL path like /2023/10/10/ or /2023-10/ (day 1 when absent)."""
    m = _URL_DATE.search(url)
    if not m:
        return None
    return _valid(int(m[1]), int(m[2]), int(m[3] or 1))
