"""The day a dated dateline gives ("SINGAPORE, Jan 22 (Reuters) -", "PARIS, 3 mars (AFP) -"), and
how far the page's own date lies from it.

Agencies date their copy in the dateline; a licensee runs it the same day or the next. A page
dated weeks or years after its dateline's day reran old copy under a fresh date. Datelines carry
no year most of the time: the gap is counted to the nearest earlier occurrence of that day.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = (
    ("jan", "janv", "enero", "gen", "jän"),
    ("feb", "févr", "fevr", "febr"),
    ("mar", "mars", "marzo", "märz", "maart"),
    ("apr", "avr", "abr"),
    ("may", "mai", "mayo", "mag", "mei"),
    ("jun", "juin", "junio", "giu"),
    ("jul", "juil", "julio", "lug"),
    ("aug", "août", "aout", "agosto", "ago"),
    ("sep", "sept", "set"),
    ("oct", "octubre", "ott", "okt"),
    ("nov",),
    ("dec", "déc", "dic", "dez"),
)
_MONTH_OF = {prefix: i + 1 for i, names in enumerate(_MONTHS) for prefix in names}
_MONTH_WORD = r"[A-Za-zÀ-ÿ]{3,9}\.?"
_MONTH_DAY = re.compile(
    rf"(?<![\w])(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:,\s*(?P<y1>(?:19|20)\d\d))?(?!\d)"
    rf"|(?<![\w\d])(?P<d2>\d{{1,2}})\.?\s+(?P<m2>{_MONTH_WORD})(?:\s+(?P<y2>(?:19|20)\d\d))?"
)
AHEAD_DAYS = 2  # a dateline may run a day or two ahead of the page's date (time zones, print)


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for cut in (len(word), 5, 4, 3):
        if (m := _MONTH_OF.get(word[:cut])) is not None:
            return m
    return None


def dateline_day(dateline: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a dated dateline, or None when it names no day."""
    for m in _MONTH_DAY.finditer(dateline):
        word, day, year = (m["m1"], m["d1"], m["y1"]) if m["m1"] else (m["m2"], m["d2"], m["y2"])
        month = _month(word)
        if month is None or not 1 <= int(day) <= 31:
            continue
        return month, int(day), int(year) if year else None
    return None


# ANSA's and others' place and date after the code: "(ANSA) - GENOVA, 15 OTT - La ...".
_PLACE_DATE_AFTER = re.compile(
    rf"\s*[^\W\d_][\w .'’/-]{{1,30}},\s*(?P<when>\d{{1,2}}\.?\s+{_MONTH_WORD}|{_MONTH_WORD}"
    rf"\s+\d{{1,2}})\s*[-–—]"
)


def story_dateline_day(dateline: str, first_paragraph: str) -> tuple[int, int, int | None] | None:
    """The day of a story's dateline, read in the dateline or in the place and date right
    after it ("(ANSA) - GENOVA, 15 OTT -")."""
    day = dateline_day(dateline)
    if day is not None or not first_paragraph.startswith(dateline):
        return day
    m = _PLACE_DATE_AFTER.match(first_paragraph, len(dateline))
    return dateline_day(m["when"]) if m else None


def gap_days(page_date: date, month: int, day: int, year: int | None) -> int | None:
    """Days from the dateline's day to the page's date (0 when it runs up to two days ahead).

    A page date whose day and month could be read the other way round ("04/03/2026") is read
    both ways, and the nearer one counts.
    """
    gap = _gap(page_date, month, day, year)
    if page_date.day <= 12 and page_date.day != page_date.month:
        swapped = _gap(
            page_date.replace(month=page_date.day, day=page_date.month), month, day, year
        )
        if swapped is not None and (gap is None or swapped < gap):
            return swapped
    return gap


def _gap(page_date: date, month: int, day: int, year: int | None) -> int | None:
    # Four years back reach the last 29 February.
    years = (year,) if year else tuple(range(page_date.year + 1, page_date.year - 5, -1))
    gaps = []
    for y in years:
        try:
            gaps.append((page_date - date(y, month, day)).days)
        except ValueError:  # 29 February of a common year, 31 of a short month
            continue
    fitting = [g for g in gaps if g >= -AHEAD_DAYS]
    if not fitting:
        return None
    return max(0, min(fitting))
