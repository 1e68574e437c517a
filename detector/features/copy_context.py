"""Copy in context: is the copied story credited, and how old was it when this page ran it?

The core tell of a scraped republisher is the combination "a known original's text + no credit
to its publisher + a page dated long after the story". Each part alone is common on legitimate
pages (licensed wire copy is verbatim; archives are old), so this family states the combinations
themselves, which a linear model cannot build from the parts. The story's age is measured from
the original's date to the page's own time (claimed date, else a visible date line, else its
copyright year: see `_pagetime`).

The family exposes `best_match`, so the trainer's copy-match dropout hides it together with
`copy_match_v1` (a farm must also be caught when its story is not in the index).
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from detector.features._licensee import discounted_credit
from detector.features._pagetime import page_time
from detector.features.base import PageFeatures, register
from detector.features.copy_match import CopyMatch
from detector.features.publisher_credits import publisher_credits, squash
from detector.features.story_age import StoryAge
from detector.features.wire import WireCopy
from detector.originals.records import Match
from detector.page import Page
from detector.parsing.datelines import find_dateline

STALE_DAYS = 365  # a story run a year or more after it was published is stale copy
FRESH_DAYS = 7  # licensed copy runs the story's day or the next few
_CREDIT_LINE = re.compile(
    r"^\s*(?:by\b|source\b|via\b|courtesy\b|©|copyright\b|reporting\b|this (?:article|story)\b)"
    r"|originally (?:appeared|published)",
    re.I,
)
NAME_LINE = 40  # a line this short naming the publisher is a byline ("BBC News")
CREDIT_CHARS = 200  # credit lines are short


def _domain(site: str) -> str:
    """The registered domain of a matched site ("uk.reuters.com" -> "reuters.com")."""
    from detector.features.provenance import registered_domain

    return (registered_domain(site) or site).lower()


def _brand_word(site: str) -> str:
    """The publisher's name in its domain: reuters.com -> reuters, bbc.co.uk -> bbc."""
    domain = _domain(site)
    return domain.split(".")[0] if domain else ""


@register("copy_context_v1")
class CopyContext(PageFeatures):
    """A copy match read with its credit and its age.

    Args:
        index_path: the originals index (None: the settings' `index_path`), as `copy_match_v1`.
        stale_days: a copy this many days older than the page is stale.
        fresh_days: a credited copy at most this many days old is licensed-style.
    """

    FEATURES = (
        "ctx_copy_uncredited",  # a copy of a known original, with no credit to its publisher
        "ctx_copy_credited",  # a copy that credits its publisher or an agency
        "ctx_copy_age_log_days",  # log1p(days from the original to the page's time)
        "ctx_copy_age_missing",  # a copy whose age cannot be measured (either date unknown)
        "ctx_uncredited_stale",  # uncredited copy, a year or more old: the core tell
        "ctx_credited_fresh",  # credited copy run within days of the story: licensed-style
        # How much of the original the page holds, split by credit: verbatim copy is licensed
        # syndication when credited and a scrape when not (the copy share alone says neither).
        "ctx_uncredited_containment",
        "ctx_credited_containment",
    )

    def __init__(
        self,
        index_path: str | Path | None = None,
        stale_days: int = STALE_DAYS,
        fresh_days: int = FRESH_DAYS,
    ) -> None:
        self.index_path = index_path
        self.stale_days = stale_days
        self.fresh_days = fresh_days

    def __getstate__(self) -> dict[str, Any]:
        """Pickle hyperparameters only (never the inner matcher or its last page)."""
        state: dict[str, Any] = super().__getstate__()
        state.pop("_matcher", None)
        return state

    def _match(self, page: Page) -> Match | None:
        matcher = getattr(self, "_matcher", None)
        if matcher is None or matcher.index_path != self.index_path:
            matcher = self._matcher = CopyMatch(index_path=self.index_path)
        found = matcher.matches(page, top=1)
        return found[0] if found else None

    def best_match(self, page: Page) -> dict[str, Any] | None:
        """The best match, as `copy_match_v1` gives it (marks this family as copy-derived)."""
        self._match(page)  # (re)makes the matcher for the current `index_path`; cached per page
        return self._matcher.best_match(page)

    def credit(self, page: Page, match: Match) -> str:
        """Where the page credits the copied story's publisher or an agency ("" when nowhere).

        An agency credit, a credit to another publisher ("Source: BBC News", "Originally
        published at https://..."; the one naming the matched site first), or the matched
        site's brand word in a byline or a short line ("The Conversation" for
        theconversation.com).
        """
        if discounted_credit(page):
            return ""  # a casino's credit to the story's publisher licenses nothing
        credits = WireCopy()._credits(page)
        if credits:
            return credits[0].where
        others = publisher_credits(page)
        if others:
            domain = _domain(match.site)
            first = next((c for c in others if domain and c.names_site(domain)), others[0])
            return f'{first.kind} "{first.text}"'
        brand = squash(_brand_word(match.site))
        if len(brand) < 3:
            return ""
        # Every short line: text records carry the story inside the page's chrome, so a byline
        # ("Reuters") or a closing notice can stand anywhere among the paragraphs.
        edges = (*page.paragraphs, *page.other_lines)
        named = [page.byline, *page.authors, *page.credit_lines]
        named += [
            line
            for line in edges
            if len(line) <= NAME_LINE or (len(line) <= CREDIT_CHARS and _CREDIT_LINE.search(line))
        ]
        for text in named:
            # A dateline ("LONDON (Reuters) -") is the copied story's, not a credit by the page.
            if text and brand in squash(text) and find_dateline(text) is None:
                return f'"{text.strip()[:80]}"'
        return ""

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        m = self._match(page) if page.paragraphs else None
        if m is None:
            return (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), ()
        where = m.site or m.id
        credit = self.credit(page, m)
        when, source = page_time(page)
        if when is None and page.fetched is not None:
            when, source = page.fetched, "fetch date"
        story, story_source = m.published, "original"
        if story is None and when is not None:
            # Corpora without per-article dates (BBC, AG news): the story's own date cues.
            # A bare year is only a lower bound of the story's date: it would overstate the age.
            cue, year_only = StoryAge().story_time(page, when)
            story = None if year_only else cue
            story_source = "story's newest date cue"
        age = (when - story).days if when is not None and story is not None else None
        evidence: list[str] = []
        if credit:
            evidence.append(f"copies {where} and credits it: {credit}")
        else:
            evidence.append(f"copies {where} with no credit to {where} or any agency")
        if age is not None:
            evidence.append(
                f"story of {story} ({story_source}) run {age:,} days later "
                f"(page time from its {source})"
            )
        stale = age is not None and age >= self.stale_days
        fresh = age is not None and 0 <= age <= self.fresh_days
        values = (
            float(not credit),
            float(bool(credit)),
            math.log1p(max(0, age)) if age is not None else 0.0,
            float(age is None),
            float(not credit and stale),
            float(bool(credit) and fresh),
            0.0 if credit else m.containment_of_original,
            m.containment_of_original if credit else 0.0,
        )
        return values, tuple(evidence)
