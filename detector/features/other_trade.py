"""Other trade: a news story on a domain that still says it is a business's, or is for sale.

When a clinic, a garage or a plumber lets its domain lapse, a buyer (or the registrar's parking
service) may fill it with copied news to sell ads or links. The old owner's markup often stays:
the schema.org type its theme wrote (`"@type": "Dentist"`), its menu ("Book an appointment",
"Opening hours", "Our services"), or the registrar's banner ("This domain may be for sale").
A newsroom's markup says none of these things; `trade_site_v1` reads shops' and casinos' trade
words, this family the business's own template and the domain trade.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from detector.features._pagememo import memo, text_word_count
from detector.features._trigrams import lower_map, possible
from detector.features.base import PageFeatures, register
from detector.lexicon.parked import (
    BUSINESS_TYPES,
    DOMAIN_WORDS,
    PARKING_HOSTS,
    SALE_WORDS,
    SERVICE_NAV,
)
from detector.page import Page
from detector.parsing.common import schema_types

_PRODUCT_TYPES = frozenset(
    ("Product", "Offer", "AggregateOffer", "IndividualProduct", "ProductModel")
)
_STORY_TYPES = frozenset(("NewsArticle", "ReportageNewsArticle", "Article", "BlogPosting"))
# A story of this many words is a news story, whatever the markup says (a brief is ~100).
_STORY_WORDS = 150
# Chrome lines read: a banner or a menu item is short; a sentence of the story is not read.
_MAX_LINE_CHARS = 200
_MENU_WORDS = 8
# Two kinds of a business's menu (booking and hours, services and a call-us line): one alone
# is a newsroom's too (a paper's office hours, a municipal page's "Ügyfélfogadás").
_MIN_SERVICE_KINDS = 2


def _is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of literal words, each starting at a word start (CJK: anywhere)."""
    return "|".join(
        re.escape(w) if _is_cjk(w[0]) else rf"(?<!\w){re.escape(w.strip())}"
        for w in sorted(words, key=len, reverse=True)
    )


# "This domain may be for sale", "Domain kaufen", "Цей домен може бути продано": a domain word
# and a sale word within a few words of each other, in either order.
_DOMAIN = _alternation(DOMAIN_WORDS)
_SALE = _alternation(SALE_WORDS)
_FOR_SALE = re.compile(rf"(?:{_DOMAIN}).{{0,60}}?(?:{_SALE})|(?:{_SALE}).{{0,60}}?(?:{_DOMAIN})")


def _ld_objects(page: Page) -> Iterator[Mapping[str, Any]]:
    """The page's JSON-LD objects and their publisher/author/provider objects."""
    for obj in page.jsonld:
        yield obj
        for key in ("publisher", "author", "provider"):
            sub = obj.get(key)
            for item in sub if isinstance(sub, list) else [sub]:
                if isinstance(item, Mapping):
                    yield item


def carries_story(page: Page) -> bool:
    """A news story on the page: a NewsArticle, a dateline, or a full story's text."""
    if page.dateline or any(_STORY_TYPES.intersection(schema_types(o)) for o in page.jsonld):
        return True
    return text_word_count(page) >= _STORY_WORDS  # `Page.word_count`, counted in C


def business_types(page: Page) -> list[str]:
    """The business schema.org types the page's JSON-LD declares ("Dentist", "Product")."""
    found: list[str] = []
    reviewed = False
    for obj in _ld_objects(page):
        types = schema_types(obj)
        reviewed = reviewed or "Review" in types or "review" in obj or "itemReviewed" in obj
        found += [t for t in types if t in BUSINESS_TYPES and t not in found]
    if reviewed:  # a review of a product (pcgamer.com) names the product, not the site
        found = [t for t in found if t not in _PRODUCT_TYPES]
    return found


def chrome_lines(page: Page) -> list[str]:
    """Short lines outside the story, and the story's first and last two (a text record puts a
    banner or a footer there), lower-cased."""
    low = lower_map(page)  # the page's one lower-casing, shared with the other families
    lines = [*page.other_lines[:300], *page.paragraphs[:2], *page.paragraphs[-2:]]
    return [low[ln] for ln in lines if len(ln) <= _MAX_LINE_CHARS]


def for_sale_lines(page: Page, lines: list[str]) -> list[str]:
    """Lines of a registrar's sale or parking banner, and links to a domain marketplace."""
    # The page's trigrams rule out the domain words on almost every page: no line is read.
    words = possible(page, DOMAIN_WORDS)
    if words:
        joined = "\n".join(lines)
        words = tuple(w for w in words if w in joined)
    found = [ln for ln in lines if words and any(w in ln for w in words) and _FOR_SALE.search(ln)]
    for block in page.link_blocks:
        for a in block.anchors:
            href = a.href.lower()
            if href.startswith("http") and a.internal is False:
                host = href.split("/")[2]
                if any(h in host for h in PARKING_HOSTS):
                    found.append(f"link to {host}: {a.text}")
    return list(dict.fromkeys(found))


def service_kinds(page: Page, lines: list[str]) -> dict[str, str]:
    """The kinds of a business's menu among short lines, each with the first line showing it."""
    # The phrases the page may hold at all (its trigrams), then those the lines hold.
    present = {k: possible(page, ps) for k, ps in SERVICE_NAV.items()}
    present = {k: ps for k, ps in present.items() if ps}
    kinds: dict[str, str] = {}
    if len(present) < _MIN_SERVICE_KINDS:
        return kinds
    joined = "\n".join(lines)
    present = {k: tuple(p for p in ps if p in joined) for k, ps in present.items()}
    present = {k: ps for k, ps in present.items() if ps}
    if len(present) < _MIN_SERVICE_KINDS:
        return kinds
    for ln in lines:
        if len(ln.split()) > _MENU_WORDS:
            continue
        spaced = f" {ln}"
        for kind, phrases in present.items():
            if kind not in kinds and any(f" {p}" in spaced for p in phrases):
                kinds[kind] = ln
    return kinds


@register("other_trade_v1")
class OtherTrade(PageFeatures):
    """A news story on a domain whose markup is a business's, or a registrar's sale banner."""

    FEATURES = (
        "trade_schema_type",  # JSON-LD declares a business/product type, on a news story page
        "trade_domain_for_sale",  # a "this domain is for sale / parked" banner or lander link
        "trade_service_nav",  # kinds of a business's menu (booking, services, hours...), 0 or 2+
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, "other_trade_extract", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        evidence: list[str] = []
        story = carries_story(page)
        types = business_types(page) if story and page.jsonld else []
        if types:
            evidence.append(
                f"the page's JSON-LD declares a business ({', '.join(types[:3])}) "
                "on a page carrying a news story"
            )
        lines = chrome_lines(page)
        sale = for_sale_lines(page, lines)
        if sale:
            evidence.append(f'a domain-for-sale or parking banner: "{sale[0][:100]}"')
        kinds = service_kinds(page, lines) if story else {}
        n_kinds = len(kinds) if len(kinds) >= _MIN_SERVICE_KINDS and story else 0
        if n_kinds:
            shown = ", ".join(f'"{ln[:40]}" ({k})' for k, ln in kinds.items())
            evidence.append(f"a business's menu beside a news story: {shown}")
        values = (float(bool(types)), float(bool(sale)), float(n_kinds))
        return values, tuple(evidence)
