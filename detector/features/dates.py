"""Date staleness and inconsistency: farms stamp old wire copy with today's date.

The seed is dated 2025-04-24, yet its story names "President Joe Biden" (2021-2025) and "Senate
Majority Leader Chuck Schumer" (2021-2025), says "Tuesday" on a Thursday, and its sidebar shows
a photo gallery of August 2024. Real outlets date a story when it ran; their sidebars are fresh.
"""

from __future__ import annotations

import math
import re
from datetime import date

from detector.features._decades import drop_decades
from detector.features._office import OFFICE_TITLES, OfficeCue, office_cues
from detector.features._redated import redating
from detector.features._textscan import word_years
from detector.features._trigrams import possible
from detector.features.base import PageFeatures, register
from detector.features.link_blocks import RELATED_HEADINGS
from detector.page import Page

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        )
    )
    for m in names.split()
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|-|\.|$)")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday named as the day of the news, not a holiday or a day relative to another week.
# Written to open with the weekday's capital, the look-behinds after it (one character
# longer: "(?<!Black .)" after the capital is "(?<!Black )" before it, "(?<!\w.)" is "\b", and
# "(?<=M)onday" is "Monday"), so that `re` skips to the capitals in C instead of trying eleven
# look-behinds at every position.
_NOT_AFTER = (
    "Black", "Good", "Cyber", "Super", "Easter", "Ash", "Palm", "last", "next", "Last", "Next",
)  # fmt: skip
_WEEKDAY_RE = re.compile(
    r"([MTWFS](?<!\w.)"
    + "".join(rf"(?<!{word} .)" for word in _NOT_AFTER)
    + "(?:"
    + "|".join(f"(?<={w[0].upper()}){w[1:]}" for w in _WEEKDAYS)
    + r"))\b"
)


def _year_windows(text: str, before: int = 24) -> str:
    """The stretches of `text` that end in a year (merged), joined by newlines.

    A written-out date ends in its year; scanning only those stretches keeps the
    case-insensitive month patterns off the rest of a long page.
    """
    spans: list[list[int]] = []
    for m in _ANY_YEAR.finditer(text):
        start, end = max(0, m.start() - before), min(len(text), m.end() + 6)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return "\n".join(text[a:b] for a, b in spans)


def dates_in(text: str) -> list[date]:
    """Calendar dates written out in `text` ("August 7, 2024", "7 Aug 2024", "2024-08-07")."""
    found: list[date] = []
    text = _year_windows(text)
    if not text:
        return found
    for m in _MDY.finditer(text):
        found.extend(_safe(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2))))
    for m in _DMY.finditer(text):
        found.extend(_safe(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))))
    for m in _ISO.finditer(text):
        found.extend(_safe(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return found


def _safe(year: int, month: int, day: int) -> list[date]:
    try:
        return [date(year, month, day)]
    except ValueError:
        return []


_LOWER_TITLES = tuple(t.lower() for t in OFFICE_TITLES)


def _possible_titles(page: Page) -> tuple[str, ...]:
    """The office titles (as written) the page's trigrams do not rule out, in `OFFICE_TITLES` order:
    a title in the story lower-cases to a literal of the page's lower-cased lines."""
    kept = frozenset(possible(page, _LOWER_TITLES))
    return tuple(t for t, low in zip(OFFICE_TITLES, _LOWER_TITLES, strict=True) if low in kept)


def claimed_date(page: Page) -> date | None:
    """The date the page claims for the story: `published`, else the earliest published candidate."""
    if page.published is not None:
        return page.published
    dates = [c.value for c in page.date_candidates if c.kind == "published"]
    return min(dates) if dates else None


def intersect_terms(cues: list[OfficeCue], min_days: int = 30) -> tuple[date, date] | None:
    """The span of dates within a term of every cue, or None when shorter than `min_days`.

    Terms touch at handovers (Obama's ends the day Trump's starts): a one-day overlap is no
    common period.
    """
    spans = list(cues[0].terms)
    for cue in cues[1:]:
        spans = [
            (max(s1, s2), min(e1, e2))
            for s1, e1 in spans
            for s2, e2 in cue.terms
            if (min(e1, e2) - max(s1, s2)).days >= min_days
        ]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def _log_days(days: float) -> float:
    return math.log1p(max(0.0, days))


@register("date_staleness_v1")
class DateStaleness(PageFeatures):
    """The page's claimed date against the story's own temporal cues and the page's other dates."""

    FEATURES = (
        "office_conflict_years",
        "office_cues",
        "years_since_latest_year_mentioned",
        "weekday_lag_days",
        "sidebar_lag_years",
        "published_spread_log_days",
        "modified_before_published",
        "modified_gap_log_days",
        "after_fetched_log_days",
        "date_missing",
        "office_cues_missing",
        "years_missing",
        "weekday_missing",
        "sidebar_dates_missing",
        "redated_copy_log_days",
    )

    def __init__(
        self,
        grace_days: int = 30,
        lead_paragraphs: int = 2,
        sidebar_stale_days: int = 180,
        max_years: float = 30.0,
        spread_days: int = 90,
        redated_days: int = 180,
    ) -> None:
        # Wire copy is often written the day(s) before and holders change at known dates: a
        # conflict counts only beyond 30 days past the end (or before the start) of every term.
        self.grace_days = grace_days
        # The weekday of the news is named in the lead ("expressed hope Tuesday").
        self.lead_paragraphs = lead_paragraphs
        # Sidebar items ("Top photos of the day, August 7, 2024") 180+ days older than the
        # page's date are stale (the seed: 260); real sidebars are filled at serving time
        # (0.6% of 1,914 real pages lag 90+ days).
        self.sidebar_stale_days = sidebar_stale_days
        self.max_years = max_years  # cap for year-valued features
        # Published-date candidates (meta, URL, visible) of real pages often differ by weeks
        # (8.7% of 1,856 real pages by > 2 days, counting every candidate): evidence from 90
        # days on, comparing one date per kind of source.
        self.spread_days = spread_days
        # A page that states a fresh date twice but keeps its story's first date 180+ days
        # earlier (JSON-LD, URL, story meta) re-dates an old story: more than a season, where
        # a licensee's delay or a correction stays within weeks (see `_redated`; 3 of 8,769
        # real page versions fire, all evergreen pieces their outlet re-dated).
        self.redated_days = redated_days

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Office-holder conflicts, year and weekday cues, sidebar dates and date consistency."""
        claimed = claimed_date(page)
        evidence: list[str] = []
        spread, mod_before, mod_gap, after_fetch = self._consistency(page, claimed, evidence)
        redated = self._redated(page, evidence)
        if claimed is None:
            values = (
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                spread,
                mod_before,
                mod_gap,
                0.0,
                1.0,
                1.0,
                1.0,
                1.0,
                1.0,
                redated,
            )
            return values, ("page states no publication date", *evidence)
        text = page.text
        office, n_cues = self._office(text, claimed, evidence, _possible_titles(page))
        years, years_missing = self._years(text, claimed)
        lag, lag_missing = self._weekday(page, claimed, evidence)
        sidebar, sidebar_missing = self._sidebar(page, claimed, evidence)
        if after_fetch > 0:
            evidence.append(f"page dated {claimed} is after it was fetched ({page.fetched})")
        if not evidence:
            evidence.append(f"page dated {claimed}: no conflicting date cues")
        values = (
            office,
            float(n_cues),
            years,
            lag,
            sidebar,
            spread,
            mod_before,
            mod_gap,
            after_fetch,
            0.0,
            float(n_cues == 0),
            years_missing,
            lag_missing,
            sidebar_missing,
            redated,
        )
        return values, tuple(evidence)

    def _office(
        self, text: str, claimed: date, evidence: list[str], titles: tuple[str, ...] = OFFICE_TITLES
    ) -> tuple[float, int]:
        cues = office_cues(text, claimed, titles)
        if not cues:
            return 0.0, 0
        # The story's time lies within every holder's term: measure the claimed date against
        # the intersection. When the cues don't intersect (a past holder named without
        # "former"), the most consistent cue decides, so one current holder clears the page.
        window = intersect_terms(cues, self.grace_days)
        if window is not None:
            start, end = window
            gap = (start - claimed).days if claimed < start else (claimed - end).days
            conflict = max(0, gap)
            informative = sorted(cues, key=lambda c: c.terms[-1][1].year >= 2100)
        else:
            conflict = min(cue.distance_days(claimed) for cue in cues)
            informative = sorted(cues, key=lambda c: c.distance_days(claimed))
            start, end = informative[0].terms[0]
        if conflict > self.grace_days:
            span = f"{start.year}-{end.year}" if end.year < 2100 else f"{start.year} or later"
            names = "; ".join(cue.mention for cue in informative[:3])
            evidence.append(
                f"page dated {claimed} but story cues point to {span} ({names}): "
                f"{conflict} days outside the term"
            )
            return min(conflict / 365.0, self.max_years), len(cues)
        return 0.0, len(cues)

    def _years(self, text: str, claimed: date) -> tuple[float, float]:
        years = [int(y) for y in drop_decades(text, word_years(text))]  # not "années 1970"
        years = [y for y in years if y <= claimed.year + 1]
        if not years:
            return 0.0, 1.0
        return float(min(max(0, claimed.year - max(years)), self.max_years)), 0.0

    def _weekday(self, page: Page, claimed: date, evidence: list[str]) -> tuple[float, float]:
        lead = " ".join(page.paragraphs[: self.lead_paragraphs])
        m = _WEEKDAY_RE.search(lead)
        if not m:
            return 0.0, 1.0
        named = _WEEKDAYS.index(m.group(1).lower())
        lag = (claimed.weekday() - named) % 7
        # In wire copy ("BEIJING (AP) — ... said Tuesday") the lead's weekday is the day of the
        # news; elsewhere it is often an earlier event (1.5% of real pages lag 2+ days).
        if lag >= 2 and page.dateline:
            evidence.append(
                f'story says "{m.group(1)}" but the page is dated '
                f"{_WEEKDAYS[claimed.weekday()].title()} {claimed}"
            )
        return float(lag), 0.0

    def _sidebar(self, page: Page, claimed: date, evidence: list[str]) -> tuple[float, float]:
        # "Related" lists link older stories on purpose: only the other lists (latest, most
        # read, trending) tell when the page was put together.
        anchors = [
            a for b in page.link_blocks if not RELATED_HEADINGS.search(b.heading) for a in b.anchors
        ]
        # Only anchors that hold a year can hold a date: the month patterns are costly.
        with_year = [a.text for a in anchors if _ANY_YEAR.search(a.text)]
        found = dates_in("\n".join(with_year)) if with_year else []
        for a in anchors:
            m = _URL_DATE.search(a.href) if a.href else None
            if m:
                found.extend(_safe(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        if not found:
            return 0.0, 1.0
        newest = max(found)
        lag = (claimed - newest).days
        if lag > self.sidebar_stale_days:
            evidence.append(f"newest sidebar item is dated {newest}, {lag} days before the page")
        return min(max(0, lag) / 365.0, self.max_years), 0.0

    def _redated(self, page: Page, evidence: list[str]) -> float:
        """log1p(days) a re-dated copy's fresh date lies after its story's first date, else 0."""
        found = redating(page, self.redated_days)
        if found is None:
            return 0.0
        evidence.append(f"re-dated copy: {found.evidence()}")
        return _log_days(found.days)

    def _consistency(
        self, page: Page, claimed: date | None, evidence: list[str]
    ) -> tuple[float, float, float, float]:
        # One date per kind of source (meta, JSON-LD, URL, visible line): a page's <time>
        # elements and later JSON-LD objects often belong to sidebar items or comments.
        first: dict[str, tuple[date, str]] = {}
        for c in page.date_candidates:
            kind = c.source.split(":")[0]
            if c.kind == "published" and kind not in ("time", "text"):
                first.setdefault(kind, (c.value, c.source))
        stated = sorted(first.values())
        spread = (stated[-1][0] - stated[0][0]).days if len(stated) > 1 else 0
        if spread > self.spread_days:
            (lo, lo_src), (hi, hi_src) = stated[0], stated[-1]
            evidence.append(f"published dates disagree: {lo} ({lo_src}) vs {hi} ({hi_src})")
        mod_before = mod_gap = 0.0
        if claimed is not None and page.modified is not None:
            gap = (page.modified - claimed).days
            if gap < 0:
                mod_before = 1.0
                if -gap > 2:  # a day or two is time zones and edit stamps
                    evidence.append(f"modified {page.modified} before published {claimed}")
            mod_gap = _log_days(gap)
        after = 0.0
        if claimed is not None and page.fetched is not None:
            after = _log_days((claimed - page.fetched).days)
        return _log_days(spread), mod_before, mod_gap, after
