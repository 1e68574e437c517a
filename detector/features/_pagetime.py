"""When a page says it was put together, from its own words: the claimed date, else a visible date
line, else the newest year of its copyright notice.

Text records (WET-like) lose the metadata that dates a page, and their visible date line often
stands alone ("May 7, 2024", "By Hannah Morgan | 2024-04-10") where the parser does not take it
as the publication date. Story-age signals need some page time, so they read it here and say
where it came from.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date
from itertools import accumulate

from detector.features._pagememo import memo
from detector.features._trigrams import lower_joined
from detector.features.dates import claimed_date
from detector.page import Page
from detector.parsing.common import COPYRIGHT_SIGNS, YEAR4
from detector.parsing.dates import parse_date

_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)", re.IGNORECASE)  # COPYRIGHT_SIGNS, any case
MAX_DATE_LINE = 60  # a date line is short: "By Jane Doe | 2024-04-10", "Date:2025-04-24 11:43"
MAX_LINES = 60  # lines read from the top of the page's other lines


def visible_date(page: Page) -> date | None:
    """The first short line outside the story that is (or holds) a date with a year."""
    for line in page.other_lines[:MAX_LINES]:
        text = line.strip().lstrip("-• ").strip()
        if len(text) > MAX_DATE_LINE or not YEAR4.search(text) or _COPYRIGHT.search(text):
            continue
        found = parse_date(text)
        if found is not None:
            return found
    return None


def copyright_year(page: Page) -> int | None:
    """The newest year of the page's copyright notice ("© 2012-2024 Brand" -> 2024)."""
    best: int | None = None
    for line in _copyright_candidates(page):
        if len(line) <= 200 and _COPYRIGHT.search(line):
            years = [int(y) for y in YEAR4.findall(line)]
            if years:
                best = max(best or 0, max(years))
    return best


def _copyright_candidates(page: Page) -> Sequence[str]:
    """The other and credit lines that may hold a copyright sign, in page order.

    A line `_COPYRIGHT` matches holds one of its literals once lower-cased, unless it holds a
    character `re` matches to an ASCII letter that lower-cases to another ("ı", "ſ", "İ"): the
    literals are found in the lower-cased lines joined (one scan each, not a regex per line)
    and mapped back to their lines. A page with such a character keeps every line.
    """
    lines = (*page.other_lines, *page.credit_lines)
    low = lower_joined(page, lines)
    if len(low) != sum(map(len, lines)) + len(lines) - 1 or "ı" in low or "ſ" in low:
        return lines
    ends = list(accumulate(len(line) + 1 for line in lines))
    hit: set[int] = set()
    for literal in COPYRIGHT_SIGNS:
        i = low.find(literal)
        while i >= 0:
            k = bisect.bisect_right(ends, i)
            hit.add(k)
            i = low.find(literal, ends[k])  # the next line
    return [lines[k] for k in sorted(hit)]


def page_time(page: Page) -> tuple[date | None, str]:
    """(date, where it came from): claimed date, a visible date line, or the copyright year."""
    return memo(page, "page_time", lambda: _page_time(page))


def _page_time(page: Page) -> tuple[date | None, str]:
    claimed = claimed_date(page)
    if claimed is not None:
        return claimed, "claimed date"
    seen = visible_date(page)
    if seen is not None:
        return seen, "date line"
    year = copyright_year(page)
    if year is not None and 1990 <= year <= 2100:
        return date(year, 7, 1), f"copyright {year}"
    return None, ""
