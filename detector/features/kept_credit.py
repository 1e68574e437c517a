"""Kept credit: a full story credited to another outlet, on a site that cannot be its licensee.

A licensee runs an agency's or a paper's copy with the credit it was sold with ("Source:
Reuters", "Fuente: EFE", "Bron: NOS", "Theo báo Tuổi Trẻ", © AFP) and shows a newsroom of its
own: news sections in its menus, a masthead, its reporters' bylines. An aggregator, an autoblog
or a shop that pastes the whole text keeps the credit line that came with it, but has no newsroom
to run it under: its chrome is a trade's or too thin for an outlet's, or its own footer says the
stories are collected automatically. The credit then marks the copy as taken, not licensed.

A small paper running credited agency copy has news sections and bylines; a ministry, NGO or
company quoting a story quotes a paragraph, not the whole text; an aggregator's snippet is no
full story; a press release names a company, not an outlet.
"""

from __future__ import annotations

from detector.features._automated import automation_disclaimer
from detector.features._bare_credit import names_own, own_keys
from detector.features._newsroom import chrome_lines, names_news_sections
from detector.features._pagememo import memo
from detector.features._trigrams import possible
from detector.features.base import PageFeatures, register
from detector.features.newsless_site import NICHE_MENUS, has_masthead, site_is_actor, trade_signs
from detector.features.persona_byline import person_names
from detector.features.site_niche import brand_is_newsroom
from detector.features.wire import WireCopy, host_of
from detector.page import Page
from detector.parsing.agencies import agency_for_host
from detector.parsing.source_lines import LITERALS, MAX_LINE, find_source_lines

# A full copied story, not a quotation or a snippet: three prose paragraphs (a wire story runs
# 300-600 words; an NGO's quote or an aggregator's teaser is one or two).
_MIN_PROSE = 3
_PROSE_CHARS = 80
# The credit closes the story: its last paragraphs (probe credits stand in the last 1-3).
_TAIL = 4
# Fewer chrome lines than this say nothing of the site (as in `_newsroom`).
_MIN_CHROME_LINES = 6


def _full_story(page: Page) -> bool:
    prose = 0
    for para in page.paragraphs:
        prose += len(para) >= _PROSE_CHARS
        if prose >= _MIN_PROSE:
            return True
    return False


def _credit_lines(page: Page) -> tuple[str, ...]:
    """The story's credit lines and last paragraphs, and its short lines after the lead."""
    paras = page.paragraphs
    short = [p for p in paras[1:] if len(p) <= MAX_LINE]
    return tuple(dict.fromkeys((*page.credit_lines, *paras[-_TAIL:], *short)))


def kept_credit(page: Page) -> str:
    """The story's credit to another outlet or agency, as "line (names)" ("" if none)."""
    return memo(page, ("kept_credit",), lambda: _kept_credit(page))


def _kept_credit(page: Page) -> str:
    own = own_keys(page)
    lines = _credit_lines(page)
    for hit in find_source_lines(lines, possible(page, LITERALS), any_name=True):
        names = [n for n in hit.names if not names_own(n, own)]
        if names:
            return f'"{hit.text[:80]}" ({", ".join(names)})'
    for credit in WireCopy().credits(page):
        if not names_own(credit.agency.key, own):
            return f"{credit.agency.key}: {credit.where[:80]}"
    return ""


def no_licensee(page: Page) -> str:
    """Why the site cannot be a licensee of news copy ("" when it may be one)."""
    note = automation_disclaimer(page)
    if note:
        return f'its note "{note[:60]}" says its stories are collected automatically'
    if names_news_sections(page) or brand_is_newsroom(page) or site_is_actor(page):
        return ""
    if has_masthead(page) or person_names(page):
        return ""
    if len(chrome_lines(page)) < _MIN_CHROME_LINES:
        return ""  # a text record: a licensee's copy shows no chrome either (6 legit probes)
    # A niche's menus alone are also a paper's sports or travel pages (Toledo Blade's "Athletics",
    # WPXI's "Travel" on real pages): the site must trade in something.
    signs = [s for s in trade_signs(page) if s != NICHE_MENUS]
    return f"no news section, masthead or reporter; {signs[0]}" if signs else ""


@register("kept_credit_v1")
class KeptCredit(PageFeatures):
    """Whether a full story credited to another outlet sits on a site that cannot license it."""

    FEATURES = (
        # three prose paragraphs; a source line or agency credit naming another outlet; the site
        # shows no newsroom (no news section, masthead or reporter, and a trade's or thin
        # chrome) or says its stories are collected automatically
        "credit_kept_offsite",
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        return memo(page, ("kept_credit_v1",), lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        if not _full_story(page):
            return (0.0,), ()
        host = host_of(page.url) or host_of(page.canonical)
        if host and agency_for_host(host) is not None:
            return (0.0,), ()
        credit = kept_credit(page)
        if not credit:
            return (0.0,), ()
        why = no_licensee(page)
        if not why:
            return (0.0,), ()
        return (1.0,), (f"full story credited to {credit} on a site that cannot license it: {why}",)
