"""Trade site: agency copy on a site whose own chrome sells something else (a casino's, a coupon
site's, a shop's blog).

News agencies license their copy to news outlets. When the title, the menus and the tags of a
page speak of bonuses, free spins, coupons, a shopping cart or loans, and its story is agency
copy (a dateline "JAKARTA (AFP) -", or a sign-off "- AFP"), the page is a trade site running news
to draw search traffic, whether or not the sign-off was copied along. The trade words are read
in the page's chrome only (title, brand, short lines outside the story), never in the story.
"""

from __future__ import annotations

from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.features.wire import WireCopy
from detector.lexicon.stems import CHROME_STEM_SET, TRADE_STEM_SET, chrome_phrases
from detector.lexicon.trades import TRADE_CJK, TRADE_PHRASES, TRADE_WORDS
from detector.page import Page
from detector.parsing.signoffs import find_trailing_code
from detector.wordruns import letter_runs

_SHORT_LINE = 6  # menu items, tags and taglines are short; sentences are not read
# Distinct trade words (by stem) before a page's chrome counts as a trade site's. At 2, real
# templates with a shop and a betting link (giga.de: "Gutscheine", "Sportwetten") running
# agency copy fired; at 3, none of 4,365 real pages nor 800 licensed-copy pages does.
_MIN_WORDS = 3


def _stem_of(word: str) -> str:
    """The stem a trade word counts under: its `TRADE_STEMS` beginning, else the word less a
    plural "s" ("vouchers" -> "voucher")."""
    return TRADE_STEM_SET.stem_of(word) or word.removesuffix("s")


def signed_by(page: Page) -> str:
    """The agency whose code closes a paragraph of the story ("... psów. (PAP)"), or "".

    That closing code is part of the agency's copy as it is sent: licensees print it and so do
    those who copy it, so it shows agency copy without telling whether it was licensed. (A
    record's main text may run on into the footer, so every paragraph is read.)
    """
    for para in page.paragraphs:
        agency = find_trailing_code(para)
        if agency is not None:
            return agency.key
    return ""


def chrome_trade_words(page: Page) -> list[str]:
    """Distinct trade words in the page's title, brands and short lines outside the story."""
    lines = [page.title, page.site_name, *(b for b, _ in page.brand_candidates)]
    # (A line of fewer than 13 characters cannot hold 7 words: its split is skipped.)
    lines += [
        ln
        for ln in page.other_lines[:300]
        if len(ln) <= 2 * _SHORT_LINE or len(ln.split()) <= _SHORT_LINE
    ]
    text = "\n".join(lines).lower()
    # The letter runs cut in C (what `re.findall(r"[^\W\d_]+")` finds); most pages
    # have no trade word at all, so the set test comes first.
    words = letter_runs(text)
    hits = TRADE_WORDS.intersection(words)
    found: list[str] = []
    seen: set[str] = set()  # stems (or words) already counted: "gutschein" = "gutscheine"
    for w in dict.fromkeys(words) if hits else ():
        if w in hits and (key := _stem_of(w)) not in seen:
            seen.add(key)
            found.append(w)
    for stems in (TRADE_STEM_SET, CHROME_STEM_SET):  # the first languages', then the others'
        for w, stem in stems.words_in(words):
            if stem not in seen and w not in found:
                seen.add(stem)
                found.append(w)
    found += [p for p in TRADE_PHRASES if p in text]
    # A phrase counts when none of its words already did ("free spins" after "spins").
    found += [p for p in chrome_phrases(text, words) if not any(w in p.split() for w in found)]
    if not text.isascii():
        found += [w for w in TRADE_CJK if w in text]
    return found


@register("trade_site_v1")
class TradeSite(PageFeatures):
    """Agency copy on a site whose chrome sells something else."""

    FEATURES = (
        "trade_chrome_words",  # distinct trade words in the chrome (capped at 8)
        "agency_copy_on_trade_site",  # an agency dateline or credit, and 3+ trade words
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, "trade_site_extract", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        words = chrome_trade_words(page)
        if not words:
            return (0.0, 0.0), ()
        n = float(min(len(words), 8))
        shown = ", ".join(f'"{w}"' for w in words[:5])
        if len(words) < _MIN_WORDS:
            return (n, 0.0), (f"trade words in the site's chrome: {shown}",)
        agency = (
            page.dateline
            or next((c.agency.key for c in WireCopy().credits(page)), "")
            or signed_by(page)
        )
        if not agency:
            return (n, 0.0), (f"a trade site's chrome ({shown}), no agency copy",)
        return (n, 1.0), (
            f"agency copy ({agency.strip()}) on a site whose chrome sells something else: {shown}",
        )
