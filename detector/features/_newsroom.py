"""Does the site have a newsroom? Whether its menus name any hard-news section.

Agency copy is licensed to news outlets, and a news outlet's menus, breadcrumbs and list headings
name its beats ("Politics", "World", "Wirtschaft", "国际"). A site whose chrome names none of
them (a webshop, a SaaS vendor, a clinic, a game portal) runs agency copy as bait. Half of real
outlet pages show too little chrome for the question, or none of these words, so the answer only
counts together with uncredited agency copy (`made_elsewhere_v1`); over 4,395 real pages one
page with uncredited agency copy has no such section (a science video blog).
"""

from __future__ import annotations

from detector.features._pagememo import memo
from detector.lexicon.sections import NEWS_SECTION_PHRASES, NEWS_SECTION_WORDS
from detector.page import Page
from detector.wordruns import letter_runs

# Menu items, crumbs and list headings are short; longer lines are sentences.
_CHROME_CHARS = 40
# Fewer chrome lines than this (a bare text record, a print view) say nothing of the site.
_MIN_CHROME_LINES = 6


def chrome_lines(page: Page) -> list[str]:
    """The page's short lines outside the story, its breadcrumbs and its link lists' headings."""
    lines = [ln for ln in page.other_lines[:300] if len(ln) <= _CHROME_CHARS]
    lines += page.breadcrumbs
    lines += [block.heading for block in page.link_blocks if block.heading]
    return lines


def names_news_sections(page: Page) -> bool | None:
    """Whether the chrome names a hard-news section; None when there is too little chrome."""
    return memo(page, ("names_news_sections",), lambda: _names_news_sections(page))


def _names_news_sections(page: Page) -> bool | None:
    lines = chrome_lines(page)
    if len(lines) < _MIN_CHROME_LINES:
        return None
    text = "\n".join(lines).lower()
    if NEWS_SECTION_WORDS.intersection(letter_runs(text)):
        return True
    return any(phrase in text for phrase in NEWS_SECTION_PHRASES)
