"""Office holders and their terms: "President Joe Biden" in a story dates it to 2021-2025.

A small hand-made table of offices whose holders the news names with their title. Only
title-qualified mentions count ("Senate Majority Leader Chuck Schumer", "President Biden");
"former President Obama", "then-Prime Minister Johnson" and "Vice President Biden" do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from detector.features._textscan import word_literals


@dataclass(frozen=True, slots=True)
class Office:
    """One holder of one office and the terms served."""

    title: str  # regex of the title, e.g. r"President"
    first: str  # first name(s), optional in a mention
    surname: str
    terms: tuple[tuple[date, date], ...]


def _d(text: str) -> date:
    return date.fromisoformat(text)


_OPEN = date(2100, 1, 1)  # still in office as far as this table knows
_PRES = r"(?<!Vice )(?<!Vice-)President"
_PM = r"Prime Minister|Premier|PM"
OFFICES: tuple[Office, ...] = (
    Office(_PRES, "George W\\.?", "Bush", ((_d("2001-01-20"), _d("2009-01-20")),)),
    Office(_PRES, "Barack", "Obama", ((_d("2009-01-20"), _d("2017-01-20")),)),
    Office(
        _PRES,
        "Donald(?: J\\.)?",
        "Trump",
        ((_d("2017-01-20"), _d("2021-01-20")), (_d("2025-01-20"), _d("2029-01-20"))),
    ),
    Office(_PRES, "Joe", "Biden", ((_d("2021-01-20"), _d("2025-01-20")),)),
    Office(r"Vice President", "Joe", "Biden", ((_d("2009-01-20"), _d("2017-01-20")),)),
    Office(r"Vice President", "Mike", "Pence", ((_d("2017-01-20"), _d("2021-01-20")),)),
    Office(r"Vice President", "Kamala", "Harris", ((_d("2021-01-20"), _d("2025-01-20")),)),
    Office(r"Vice President", "JD|J\\.D\\.", "Vance", ((_d("2025-01-20"), _OPEN),)),
    Office(r"Senate Majority Leader", "Harry", "Reid", ((_d("2007-01-04"), _d("2015-01-06")),)),
    Office(
        r"Senate Majority Leader", "Mitch", "McConnell", ((_d("2015-01-06"), _d("2021-01-20")),)
    ),
    Office(r"Senate Majority Leader", "Chuck", "Schumer", ((_d("2021-01-20"), _d("2025-01-03")),)),
    Office(r"Senate Majority Leader", "John", "Thune", ((_d("2025-01-03"), _OPEN),)),
    Office(
        r"(?:House )?Speaker",
        "Nancy",
        "Pelosi",
        ((_d("2007-01-04"), _d("2011-01-05")), (_d("2019-01-03"), _d("2023-01-03"))),
    ),
    Office(r"(?:House )?Speaker", "John", "Boehner", ((_d("2011-01-05"), _d("2015-10-29")),)),
    Office(r"(?:House )?Speaker", "Paul", "Ryan", ((_d("2015-10-29"), _d("2019-01-03")),)),
    Office(r"(?:House )?Speaker", "Kevin", "McCarthy", ((_d("2023-01-07"), _d("2023-10-03")),)),
    Office(r"(?:House )?Speaker", "Mike", "Johnson", ((_d("2023-10-25"), _OPEN),)),
    Office(r"Secretary of State", "Hillary", "Clinton", ((_d("2009-01-21"), _d("2013-02-01")),)),
    Office(r"Secretary of State", "John", "Kerry", ((_d("2013-02-01"), _d("2017-01-20")),)),
    Office(r"Secretary of State", "Rex", "Tillerson", ((_d("2017-02-01"), _d("2018-03-31")),)),
    Office(r"Secretary of State", "Mike", "Pompeo", ((_d("2018-04-26"), _d("2021-01-20")),)),
    Office(r"Secretary of State", "Antony", "Blinken", ((_d("2021-01-26"), _d("2025-01-20")),)),
    Office(r"Secretary of State", "Marco", "Rubio", ((_d("2025-01-21"), _OPEN),)),
    Office(r"Treasury Secretary", "Janet", "Yellen", ((_d("2021-01-26"), _d("2025-01-20")),)),
    Office(_PM, "Tony", "Blair", ((_d("1997-05-02"), _d("2007-06-27")),)),
    Office(_PM, "Gordon", "Brown", ((_d("2007-06-27"), _d("2010-05-11")),)),
    Office(_PM, "David", "Cameron", ((_d("2010-05-11"), _d("2016-07-13")),)),
    Office(_PM, "Theresa", "May", ((_d("2016-07-13"), _d("2019-07-24")),)),
    Office(_PM, "Boris", "Johnson", ((_d("2019-07-24"), _d("2022-09-06")),)),
    Office(_PM, "Liz", "Truss", ((_d("2022-09-06"), _d("2022-10-25")),)),
    Office(_PM, "Rishi", "Sunak", ((_d("2022-10-25"), _d("2024-07-05")),)),
    Office(_PM, "Keir", "Starmer", ((_d("2024-07-05"), _OPEN),)),
    Office(_PM, "Stephen", "Harper", ((_d("2006-02-06"), _d("2015-11-04")),)),
    Office(_PM, "Justin", "Trudeau", ((_d("2015-11-04"), _d("2025-03-14")),)),
    Office(_PM, "Mark", "Carney", ((_d("2025-03-14"), _OPEN),)),
    Office(
        _PM,
        "Shinzo",
        "Abe",
        ((_d("2006-09-26"), _d("2007-09-26")), (_d("2012-12-26"), _d("2020-09-16"))),
    ),
    Office(_PM, "Fumio", "Kishida", ((_d("2021-10-04"), _d("2024-10-01")),)),
    Office(r"Chancellor", "Angela", "Merkel", ((_d("2005-11-22"), _d("2021-12-08")),)),
    Office(r"Chancellor", "Olaf", "Scholz", ((_d("2021-12-08"), _d("2025-05-06")),)),
    Office(r"Chancellor", "Friedrich", "Merz", ((_d("2025-05-06"), _OPEN),)),
    Office(_PRES, "Nicolas", "Sarkozy", ((_d("2007-05-16"), _d("2012-05-15")),)),
    Office(_PRES, "François|Francois", "Hollande", ((_d("2012-05-15"), _d("2017-05-14")),)),
    Office(_PRES, "Emmanuel", "Macron", ((_d("2017-05-14"), _OPEN),)),
    Office(_PRES, "Xi", "Jinping", ((_d("2013-03-14"), _OPEN),)),
    Office(_PRES, "Hu", "Jintao", ((_d("2003-03-15"), _d("2013-03-14")),)),
    Office(_PRES, "Dmitry", "Medvedev", ((_d("2008-05-07"), _d("2012-05-07")),)),
    Office(_PRES, "Volodymyr", "Zelenskyy|Zelensky", ((_d("2019-05-20"), _OPEN),)),
    Office(r"Secretary[- ]General", "Ban", "Ki-moon", ((_d("2007-01-01"), _d("2016-12-31")),)),
    Office(r"Secretary[- ]General", "António|Antonio", "Guterres", ((_d("2017-01-01"), _OPEN),)),
)

# "former President Obama", "then-Prime Minister Johnson", "the late Queen": not current.
_NOT_CURRENT = re.compile(
    r"\b(former|ex-|then-|then|late|past|previous)\s*(?:[A-Z][\w.'-]*\s+){0,2}$", re.IGNORECASE
)


def _pattern(office: Office) -> re.Pattern[str]:
    """The mention, anchored at the start of a window that begins with the title."""
    return re.compile(
        rf"(?:{office.title})\s+(?:(?:{office.first})\s+)?(?:[A-Z]\.\s+)?(?:{office.surname})\b"
    )


# One cheap scan for titles; each title found is then matched against its offices only.
OFFICE_TITLES = (
    "Vice President",
    "Vice-President",
    "President",
    "Prime Minister",
    "Premier",
    "PM",
    "Senate Majority Leader",
    "House Speaker",
    "Speaker",
    "Secretary of State",
    "Treasury Secretary",
    "Chancellor",
    "Secretary-General",
    "Secretary General",
)
_TITLE_RE = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in OFFICE_TITLES) + r")\b")
_BY_TITLE: dict[str, list[tuple[Office, re.Pattern[str]]]] = {
    title: [(o, _pattern(o)) for o in OFFICES if re.fullmatch(o.title, title)]
    for title in OFFICE_TITLES
}
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_WINDOW = 70  # characters after a title that can hold a first name and a surname


@dataclass(frozen=True, slots=True)
class OfficeCue:
    """A title-qualified mention of an office holder as current, with the holder's terms."""

    mention: str
    terms: tuple[tuple[date, date], ...]

    def distance_days(self, day: date) -> int:
        """Days from `day` to the nearest term (0 when `day` falls within one)."""
        best = None
        for start, end in self.terms:
            gap = 0 if start <= day <= end else min(abs((day - start).days), abs((day - end).days))
            best = gap if best is None else min(best, gap)
        return best or 0


def office_cues(
    text: str, claimed: date | None = None, titles: tuple[str, ...] = OFFICE_TITLES
) -> list[OfficeCue]:
    """Office holders the text names as current (one cue per holder).

    A mention whose sentence names an earlier year than `claimed` within the holder's term
    ("In 2015, President Barack Obama signed ...") tells history, not the present, and is skipped.
    `titles`: the `OFFICE_TITLES` (in order) that may occur in `text` (a caller that ruled some out).
    """
    cues: dict[str, OfficeCue] = {}
    for start, title in word_literals(text, titles):  # _TITLE_RE's matches, found faster
        window = text[start : start + _WINDOW]
        for office, pattern in _BY_TITLE[title]:
            m = pattern.match(window)
            if not m:
                continue
            end = start + m.end()
            before = text[max(0, start - 40) : start]
            if _NOT_CURRENT.search(before) or _historical(text, start, end, office, claimed):
                continue
            cues.setdefault(office.surname + office.title, OfficeCue(m.group(0), office.terms))
    return list(cues.values())


def _historical(text: str, start: int, end: int, office: Office, claimed: date | None) -> bool:
    """True when the mention's sentence names a past year within the holder's term."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start))
    right_dot = text.find(".", end)
    sentence = text[left + 1 : right_dot if right_dot > 0 else len(text)]
    for y in _YEAR.findall(sentence):
        year = int(y)
        if claimed is not None and year >= claimed.year:
            continue
        if any(s.year <= year <= e.year for s, e in office.terms):
            return True
    return False
