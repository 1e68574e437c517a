"""Ad arbitrage by splitting: a short notice spread over pages, or cut by an ad break after
nearly every paragraph.

A real outlet splits a story over pages only when it is long, or makes a photo gallery with
captions; an arbitrage site pages a notice of a few sentences ("1 / 5", "?p=2", "Página 3 de
6") so every click loads fresh ad slots, or puts an ad break ("CONTINUA DEPOIS DA PUBLICIDADE",
"REKLAM", "Advertisement") after each short paragraph. `ad_layout_v1.ad_paginated` reads only
story pages of 80+ words, so the shortest split notices never reach it.
"""

from __future__ import annotations

import re

from detector.features._ad_tells import continuation_link, page_counter
from detector.features._pagememo import text_word_count
from detector.features.base import PageFeatures, register
from detector.page import Page
from detector.parsing.common import ad_lines_and_pagination, schema_types

# Ad-break labels, 14 languages: a short line holding one of these words and little else.
_AD_WORD = re.compile(
    r"\b(advertisements?|advertising|anzeige|werbung|publicit[eé]|publicidade|publicidad|"
    r"pubblicit[aà]|reklam|reklama|reklame|реклама|iklan|quảng cáo|advertentie)\b|"
    r"(광고|广告|広告|โฆษณา|إعلان)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_BREAK_CHARS = 45  # "CONTINUA DEPOIS DA PUBLICIDADE" is 30; a sentence about ads is longer
_BREAK_WORDS = 6
_PROSE_CHARS = 60  # a story paragraph, not a label or a date line
_MIN_BREAKS = 3
# Short: under 150 words of story (a wire brief is ~150; a real split story runs 500+/page).
_SHORT_WORDS = 150
_MIN_WORDS = 15  # an empty shell says nothing
_BREAK_STORY_WORDS = 400  # ad breaks between paragraphs of a story shorter than this
_COLLECTIONS = frozenset({"CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"})
# A real pager's "page 2" link on the story's own URL ("?p=2", "/2/", "-2.html").
_PAGE_PARAM = re.compile(r"[?&](?:p|page|pg|pagina|seite|halaman|sayfa)=[2-9]\b", re.IGNORECASE)


def is_ad_break(line: str) -> bool:
    """A short line that is only an ad label ("Advertisement", "CONTINUA DEPOIS DA PUBLICIDADE")."""
    return (
        len(line) <= _BREAK_CHARS
        and _AD_WORD.search(line) is not None
        and len(line.split()) <= _BREAK_WORDS
        and _DIGIT.search(line) is None
    )


def ad_breaks(page: Page) -> tuple[int, int]:
    """(ad-break lines that follow a story paragraph, story paragraphs) in the story text."""
    breaks = prose = 0
    after_prose = False
    for para in page.paragraphs:
        if len(para) >= _PROSE_CHARS:
            prose += 1
            after_prose = True
        elif after_prose and is_ad_break(para):
            breaks += 1
            after_prose = False
    return breaks, prose


def _pager(page: Page) -> str:
    """What pages the story: a counter, the parser's pager, a "next page" line, a ?p=N link."""
    if counter := page_counter(page):
        return f'counter "{counter}"'
    # (The parser's rel=next pager alone is left out: real short pages carry it, 4 in 4.4k.)
    if link := continuation_link(page):
        return f'"{link}"'
    short = [x for x in page.paragraphs if len(x) < _PROSE_CHARS]  # "Page 1 of 6" in the body
    if short and ad_lines_and_pagination(short)[1]:
        return "a page counter in the story"
    for block in page.link_blocks:
        for a in block.anchors:
            if a.text.strip().isdigit() and _PAGE_PARAM.search(a.href):
                return f'page link "{a.href[:60]}"'
    return ""


def short_split(page: Page) -> str:
    """Why a story of under 150 words is split over pages, or ""."""
    words = text_word_count(page)
    if not _MIN_WORDS <= words < _SHORT_WORDS or not page.headline:
        return ""
    if any(_COLLECTIONS.intersection(schema_types(o)) for o in page.jsonld[:20]):
        return ""
    pager = _pager(page)
    return f"{pager} on a story of {words} words" if pager else ""


@register("split_story_v1")
class SplitStory(PageFeatures):
    """A short story split over pages; ad breaks after most of a short story's paragraphs."""

    FEATURES = (
        "split_short_story",  # a < 150-word story with a page counter, pager or ?p=N links
        "split_ad_breaks",  # 3+ ad-break lines after at least half the paragraphs of a short story
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        evidence: list[str] = []
        split = short_split(page)
        if split:
            evidence.append(f"a short story split over pages: {split}")
        # (The word count is memoised for the page: the cheap gate goes first.)
        breaks, prose = ad_breaks(page) if text_word_count(page) < _BREAK_STORY_WORDS else (0, 0)
        cut = breaks >= _MIN_BREAKS and breaks * 2 >= prose
        if cut:
            evidence.append(f"an ad break after {breaks} of {prose} story paragraphs")
        return (float(bool(split)), float(cut)), tuple(evidence)
