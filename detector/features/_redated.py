"""A re-dated copy: the page presents an old story as new and keeps the old date somewhere.

Farms re-post old stories with a fresh date, but templates and scrapers carry the story's first
date along: the JSON-LD `datePublished` of the article, a `/2021/11/` in the URL, or an
`article:published_time` left as it was while the date line and `article:modified_time` say
today. Real outlets re-date too, honestly: they stamp the update ("Updated ..."), keep the
original date visible, or add news newer than the old date. This module looks for a fresh date
that two of the page's sources state, an older published date of the same story from another,
and none of those honesty marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from detector.features._textscan import word_years
from detector.page import DateCandidate, Page
from detector.parsing.common import schema_types
from detector.parsing.dates import parse_date, standalone_date
from detector.parsing.patterns import MODIFIED_LABEL

_SHOWN = ("line", "visible")  # a date line the reader sees
_SEEN = (*_SHOWN, "time")  # a date the page shows anywhere (<time> too)
_NEAR_DAYS = 2  # time zones and edit stamps: two dates this close are one
_MONTH_DAYS = 31  # a URL's month-only date agrees with a day of its month
# Meta keys that date the story itself. Not "date", "dc.*", "dcterms.created" or "sailthru.date":
# on real pages they date the section, the template or a newsletter (bbc.co.uk's sections carry
# dcterms.created 2010 on pages of 2013).
_STORY_META = frozenset(
    (
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "article.published",
        "parsely-pub-date",
        "original-publish-date",
    )
)
_FULL_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")  # not a bare year ("datePublished": "1988")
# A URL date of a story path: /2021/11/slug, /2021/11/18/slug, /2021-11-18-slug. Not a section
# or a slug that opens with a number ("/2020/11-things-to-know").
_STORY_URL_DATE = re.compile(r"/(?:19|20)\d\d(?:/\d\d?/(?:\d\d?/)?|-\d\d-\d\d[/-])[^/?#]")
_URL_KEY = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\.)?|[?#].*$|/+$|\.html?$", re.IGNORECASE)
# The page's own article: JSON-LD types of a story or the page itself. A related item nested in
# another object (an ItemList, `hasPart`) is no top-level object: the parser never lists it.
_OWN_TYPES = frozenset(
    {
        *("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "Article"),
        *("BlogPosting", "WebPage", "ItemPage"),
    }
)
_URL_FIELDS = ("url", "@id", "mainEntityOfPage")
_HEAD_ROWS = 4  # a theme's date row may open the story's text (the parser reads 3 rows there)
_STORY_LINE = 80  # shorter paragraphs are date rows, captions and labels, not the story's words


@dataclass(frozen=True, slots=True)
class Redating:
    """The fresh date a page presents and the older date of the same story it also carries."""

    fresh: date
    fresh_sources: tuple[str, ...]  # where the fresh date is stated: two kinds of source or more
    old: date
    old_sources: tuple[str, ...]  # "2021-11-18 (jsonld:datePublished)": the old dates that agree

    @property
    def days(self) -> int:
        """Days from the old date to the fresh one."""
        return (self.fresh - self.old).days

    def evidence(self) -> str:
        """Both dates and where each comes from."""
        return (
            f"page presents the story as of {self.fresh} ({', '.join(self.fresh_sources)}) but "
            f"also dates it {'; '.join(self.old_sources)}, {self.days:,} days earlier; no "
            "update stamp, original date shown or newer news"
        )


def _url_key(url: str) -> str:
    """A URL without scheme, www, query, fragment, trailing slash or .html: for comparing."""
    return _URL_KEY.sub("", url.strip()).lower()


def _links(obj: Mapping[str, Any]) -> Iterable[str]:
    """The URLs a JSON-LD object names itself by (url, @id, mainEntityOfPage)."""
    for key in _URL_FIELDS:
        value = obj.get(key)
        if isinstance(value, Mapping):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.startswith("http"):
            yield value


def own_published_raw(page: Page) -> str:
    """The raw `datePublished` of the page's own JSON-LD article object, else "".

    An object is the page's own when it names the page's URL or canonical, or carries its
    headline; failing both, when the dated article objects agree and the first names no page.
    """
    dated = [
        o
        for o in page.jsonld
        if isinstance(o.get("datePublished"), str) and _OWN_TYPES.intersection(schema_types(o))
    ]
    if not dated:
        return ""
    here = {_url_key(u) for u in (page.url, page.canonical) if u}
    headline = page.headline.strip().casefold()
    for obj in dated:
        named = obj.get("headline")
        if any(_url_key(u) in here for u in _links(obj)) or (
            headline and isinstance(named, str) and named.strip().casefold() == headline
        ):
            return str(obj["datePublished"])
    if len({str(o["datePublished"]) for o in dated}) == 1 and not any(_links(dated[0])):
        return str(dated[0]["datePublished"])
    return ""


def _sources(page: Page) -> tuple[list[DateCandidate], list[DateCandidate]]:
    """(dates that may present the story as new, dates that may keep its first date).

    Fresh: any published meta, the own JSON-LD `datePublished`, the first date line, and any
    modified date (as support only). Old: the own JSON-LD date, a story URL's date, a story meta.
    """
    own_ld = own_published_raw(page)
    fresh: list[DateCandidate] = []
    old: list[DateCandidate] = []
    shown = False
    for c in page.date_candidates:
        kind, _, key = c.source.partition(":")
        if c.kind == "modified":
            if kind in ("meta", "jsonld"):
                fresh.append(c)
        elif kind in _SHOWN:
            if not shown:
                fresh.append(c)
                shown = True
        elif kind == "jsonld":
            if own_ld and c.raw == own_ld:
                fresh.append(c)
                old.append(c)
        elif kind == "meta":
            fresh.append(c)
            if key in _STORY_META and _FULL_DATE.search(c.raw):
                old.append(c)
        elif kind == "url" and _STORY_URL_DATE.search(c.raw):
            old.append(c)
    return fresh, old


def _group(c: DateCandidate) -> str:
    """The independent source a candidate speaks for: meta, JSON-LD, date line or modified."""
    if c.kind == "modified":
        return "modified"
    kind = c.source.partition(":")[0]
    return "shown" if kind in _SHOWN else kind


def _label(c: DateCandidate) -> str:
    kind = c.source.partition(":")[0]
    if kind in _SHOWN:
        return f'date line "{c.raw.strip()[:60]}"'
    return "URL" if kind == "url" else c.source


def _fresh_date(fresh: list[DateCandidate]) -> tuple[date, list[DateCandidate]] | None:
    """The newest published date that another kind of source (or a modified date) backs."""
    claims = sorted((c for c in fresh if c.kind == "published"), key=lambda c: c.value)
    for claim in reversed(claims):
        backing = [c for c in fresh if abs((c.value - claim.value).days) <= _NEAR_DAYS]
        if len({_group(c) for c in backing}) >= 2:
            return claim.value, backing
    return None


def redating(page: Page, min_days: int = 180) -> Redating | None:
    """The page's re-dating, when a fresh date two sources state is `min_days`+ after an older
    published date of the story (own JSON-LD, story URL, story meta), else None."""
    fresh_pool, old_pool = _sources(page)
    if not old_pool or len(fresh_pool) < 2:
        return None
    found = _fresh_date(fresh_pool)
    if found is None:
        return None
    fresh, backing = found
    older = [c for c in old_pool if (fresh - c.value).days >= min_days]
    if not older:
        return None
    old = min(older, key=lambda c: c.value)
    if _shows(page, old) or _update_stamp(page, fresh, backing) or _newer_news(page, old.value):
        return None
    labels = tuple(dict.fromkeys(_label(c) for c in backing))
    # The other old sources that agree (a URL's month and the JSON-LD day): all are evidence.
    agree = [c for c in older if abs((c.value - old.value).days) <= _MONTH_DAYS]
    olds = tuple(dict.fromkeys(f"{c.value} ({_label(c)})" for c in agree))
    return Redating(fresh, labels, old.value, olds)


def _shows(page: Page, old: DateCandidate) -> bool:
    """Whether the page shows the old date (the original kept visible): a date it shows, or a
    short line of its head rows ("Veröffentlicht: 1. März 2021") that reads as that date."""
    month_only = old.source == "url" and old.value.day == 1
    for c in page.date_candidates:
        if c.source.partition(":")[0] in _SEEN and _same(c.value, old.value, month_only):
            return True
    year = str(old.value.year)
    for line in (*page.other_lines[:200], *page.paragraphs[:_HEAD_ROWS]):
        if len(line) <= _STORY_LINE and year in line:
            shown = parse_date(line) or standalone_date(line)
            if shown is not None and _same(shown, old.value, month_only, swapped=True):
                return True
    return False


def _same(shown: date, old: date, month_only: bool, swapped: bool = False) -> bool:
    """Whether a shown date is the old one: within two days, in the month of a month-only URL
    date, or (`swapped`, for a line read without its locale) with day and month swapped."""
    if month_only and (shown.year, shown.month) == (old.year, old.month):
        return True
    if abs((shown - old).days) <= _NEAR_DAYS:
        return True
    return (
        swapped
        and shown.day <= 12
        and (shown.year, shown.day, shown.month)
        == (
            old.year,
            old.month,
            old.day,
        )
    )


def _update_stamp(page: Page, fresh: date, backing: list[DateCandidate]) -> bool:
    """Whether the page labels the fresh date an update: a visible "Updated ..." stamp, or an
    update word on its date line or the line before it (Vox: "Updated" / "Jul 24, 2018")."""
    for c in page.date_candidates:
        if (
            c.kind == "modified"
            and c.source == "visible"
            and abs((c.value - fresh).days) <= _NEAR_DAYS
        ):
            return True
    for c in backing:
        if c.source.partition(":")[0] not in _SHOWN:
            continue
        before = _line_before(page, c.raw)
        if MODIFIED_LABEL.search(c.raw) or (len(before) <= 40 and MODIFIED_LABEL.search(before)):
            return True
    return False


def _line_before(page: Page, line: str) -> str:
    """The line above a date line, in the page's other lines or its story's head, else ""."""
    for lines in (page.other_lines[:200], page.paragraphs[:_HEAD_ROWS]):
        if line in lines:
            i = lines.index(line)
            return lines[i - 1] if i else ""
    return ""


def _newer_news(page: Page, old: date) -> bool:
    """Whether the story names a year after the old date's: the copy was brought up to date."""
    story = "\n".join(p for p in page.paragraphs if len(p) > _STORY_LINE)
    return any(int(y) > old.year for y in word_years(story))
