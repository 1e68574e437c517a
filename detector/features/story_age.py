"""Story age without an index: how old is the story, by its own words, when the page runs it?

A farm stamps old wire copy with a fresh date. Without the original at hand, the story still
dates itself: the newest calendar date or year it mentions. This family measures the page's own
time (claimed date, else a visible date line, else its copyright year: see `_pagetime`) against
that, and states the combination "agency dateline without credit + a story a year or more older
than the page", which legitimate pages rarely show. A dated dateline ("SINGAPORE, Jan 22
(Reuters) -") dates the story to the day, credited or not: licensees run it the same day.
"""

from __future__ import annotations

import math
import re
from datetime import date

from detector.features._dateline_day import gap_days, story_dateline_day
from detector.features._decades import drop_decades
from detector.features._pagememo import memo
from detector.features._pagetime import page_time
from detector.features._textscan import digit_years
from detector.features.base import PageFeatures, register
from detector.features.dates import dates_in
from detector.features.wire import WireCopy
from detector.page import Page

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_DATELINE_NEAR_DAYS = 7  # a weekly paper may run agency copy days later


@register("story_age_v1")
class StoryAge(PageFeatures):
    """The page's time against the newest date or year the story mentions.

    Args:
        stale_days: a story this many days older than the page is stale.
        story_paragraphs: paragraphs of the story read for dates.
    """

    FEATURES = (
        "age_story_log_days",  # log1p(days from the story's newest date cue to the page's time)
        "age_from_year_only",  # the story cue is a bare year (counted from its 31 December)
        "age_missing",  # no page time or no date cue in the story
        "age_page_time_inferred",  # page time from a date line or copyright, not a claimed date
        "age_uncredited_dateline_stale",  # an uncredited wire dateline on a stale story
        "age_dateline_gap_log_days",  # log1p(days from a dated dateline's day to the page's date)
        "age_dateline_undated",  # no dateline naming a day, or no page date to set it against
    )

    def __init__(self, stale_days: int = 365, story_paragraphs: int = 30) -> None:
        self.stale_days = stale_days
        self.story_paragraphs = story_paragraphs

    def story_time(self, page: Page, limit: date) -> tuple[date | None, bool]:
        """The newest date (else year, as its 31 December) the story mentions, up to `limit`."""
        key = ("story_time", self.story_paragraphs, limit)
        return memo(page, key, lambda: self._story_time(page, limit))

    def _story_time(self, page: Page, limit: date) -> tuple[date | None, bool]:
        text = "\n".join(page.paragraphs[: self.story_paragraphs])
        if not text:
            return None, False
        found = drop_decades(text, digit_years(text))  # _YEAR.findall(text), not "the 1970s"
        full = [d for d in dates_in(text) if d <= limit] if found else []
        years = [int(y) for y in found if int(y) <= limit.year]
        newest_full = max(full) if full else None
        if years:
            year_end = date(max(years), 12, 31)
            if newest_full is None or year_end.year > newest_full.year:
                return min(year_end, limit), True
        return newest_full, False

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        when, source = page_time(page)
        if when is None:
            return (0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0), ()
        inferred = float(source != "claimed date")
        gap, gap_evidence = self._dateline_gap(page, when, source)
        dateline = (math.log1p(gap), 0.0) if gap is not None else (0.0, 1.0)
        story, year_only = self.story_time(page, date(when.year + 1, 12, 31))
        if story is None:
            return (0.0, 0.0, 1.0, inferred, 0.0, *dateline), gap_evidence
        age = max(0, (when - story).days)
        evidence: list[str] = []
        uncredited = bool(WireCopy().extract(page)[0][3])
        stale = age >= self.stale_days
        if stale:
            cue = f"year {story.year}" if year_only else str(story)
            evidence.append(
                f"story's newest date cue is {cue}, {age:,} days before the page's {source} {when}"
            )
            if uncredited:
                evidence.append("and its agency dateline carries no credit")
        values = (
            math.log1p(age),
            float(year_only),
            0.0,
            inferred,
            float(stale and uncredited),
            *dateline,
        )
        return values, (*evidence, *gap_evidence)

    @staticmethod
    def _dateline_gap(page: Page, when: date, source: str) -> tuple[int | None, tuple[str, ...]]:
        """Days from the dateline's day to the page's date (claimed or shown, not a copyright
        year), and the evidence when they are more than a week apart."""
        if not page.dateline or source not in ("claimed date", "date line"):
            return None, ()
        day = story_dateline_day(page.dateline, page.paragraphs[0] if page.paragraphs else "")
        gap = gap_days(when, *day) if day else None
        if gap is None or gap <= _DATELINE_NEAR_DAYS:
            return gap, ()
        return gap, (
            f'dateline "{page.dateline}" dates the story {gap:,} days before the page\'s '
            f"{source} {when}",
        )
