"""Newsless site: uncredited hard news of the wider world on a site with no newsroom.

A newsroom shows itself in its chrome: news sections in its menus ("Politik", "World"), a
newsroom brand, a masthead or an editor-in-chief, its reporters' names on the story. A shop,
an affiliate, a clinic or a "regional" portal that pastes a cabinet decision, a court ruling or
an outbreak report shows none of them, and its chrome sells something else or is too thin to be
an outlet's. The story names the state's actors (two, or one who is quoted), and the page
credits no agency or publisher, so the copy is passed off as the site's own.

A small local paper has reporters' bylines and news sections; a ministry, party or NGO publishing
its own release is the actor itself (its brand names it: the brand is then a state actor); a
blogger's political opinion quotes no official; an aggregator's snippets are no full story.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from detector.features._newsroom import chrome_lines, names_news_sections
from detector.features._pagememo import memo
from detector.features._uncredited import credits_nothing
from detector.features.base import PageFeatures, register
from detector.features.brand import brand_offworld_words, brand_words, pick_brand, tagline_trade
from detector.features.other_trade import OtherTrade
from detector.features.persona_byline import person_names
from detector.features.site_niche import (
    SiteNiche,
    brand_is_newsroom,
    lead_actors,
    state_actors,
)
from detector.features.trade_site import chrome_trade_words
from detector.lexicon.mastheads import MASTHEAD_PHRASES
from detector.lexicon.niches import STATE_STEMS
from detector.page import Page

# A full story, not an aggregator's snippet: three paragraphs or 120 words (a wire story runs
# 300-600 words; a teaser is one paragraph).
_MIN_PARAGRAPHS = 3
_MIN_WORDS = 120
# Masthead lines are short ("Redaktor naczelny: Jan Kowalski"); longer lines are prose.
_MASTHEAD_CHARS = 120
_MASTHEAD_LINES = 400
# Fewer chrome lines than this say nothing of the site (as in `_newsroom`).
_MIN_CHROME_LINES = 6
# A trade's chrome: two trade words ("Warenkorb" alone is also a ministry's brochure cart, a
# blog's "followers" a widget) or two words of a non-news niche (one is common on outlets'
# menus: "Jobs", "Fixtures"; as in `site_niche`).
_MIN_TRADE_WORDS = 2
_MIN_NICHE_WORDS = 2
# Actors that alone say nothing of a wider world: the town's police and judges, a company's or a
# club's president, unnamed "officials" and "authorities". One actor counts beside a quotation
# only when it is a government's, a ministry's, a parliament's or an army's.
_LOCAL_ACTORS = frozenset(
    (
        "police", "polizei", "politie", "policj", "polici", "поліці", "полици", "polisi",
        "polisen", "politiet", "poliisi", "poliți", "rendőr", "αστυνομ", "emniyet",
        "gendarmerie", "carabinieri", "polícia", "policía", "polizia", "警察", "警方", "경찰",
        "công an", "ตำรวจ", "पुलिस", "الشرطة", "پلیس", "presiden", "président", "prezydent",
        "президент", "judge", "juez", "officials", "authorities", "autoridades", "властей",
        "власти", "behörde",
    )
)  # fmt: skip
# A government's own host: .gov, .gov.uk, .gouv.fr, .gob.mx, .go.id, .go.kr, .mil, .govt.nz.
_GOV_HOST = re.compile(r"\.(?:gov|gouv|gob|go|govt|mil|gv)(?:\.[a-z]{2})?$")
# State stems long enough to be read inside a brand's compound words.
_BRAND_STEMS = tuple(stem for stem in STATE_STEMS if len(stem) >= 6)
# A quotation of a sentence's length in any of the usual quote marks: an official is quoted.
_QUOTE = re.compile(r"[«“„\"「『][^«»“”„\"「」『』]{20,}?[»”“\"」』]")


def has_masthead(page: Page) -> str:
    """The first masthead phrase in the page's short lines outside the story, or ""."""
    lines = [ln for ln in page.other_lines[:_MASTHEAD_LINES] if len(ln) <= _MASTHEAD_CHARS]
    text = "\n".join(lines).lower()
    return next((p for p in MASTHEAD_PHRASES if p in text), "")


# How `trade_signs` words a site whose menus name a non-news niche (callers may leave it out).
NICHE_MENUS = "menus of a non-news niche"


def trade_signs(page: Page) -> list[str]:
    """Signs that the site trades in something else: its schema, menus, brand or tagline."""
    signs: list[str] = []
    if any(OtherTrade().extract(page)[0]):
        signs.append("business markup or menus")
    words = chrome_trade_words(page)
    if len(words) >= _MIN_TRADE_WORDS:
        signs.append(f"trade words in the chrome ({', '.join(words[:3])})")
    brand, source = pick_brand(page)
    off = brand_offworld_words(brand, source, brand_words(brand)) if brand else []
    off = off or list(tagline_trade(page, brand)[1])
    if off:
        signs.append(f"brand of a trade ({', '.join(off[:3])})")
    if SiteNiche().extract(page)[0][0] >= _MIN_NICHE_WORDS:
        signs.append(NICHE_MENUS)
    return signs


def site_is_actor(page: Page) -> bool:
    """Whether the site's brand names a state actor: a ministry's or a party's own release."""
    host = urlsplit(page.url).hostname or ""
    if _GOV_HOST.search(host):
        return True
    brand = (pick_brand(page)[0] or page.site_name).lower()
    # Inside compounds too ("Bundesministerium", "Staatsministerium"): a brand is short.
    return bool(brand) and (
        any(stem in brand for stem in _BRAND_STEMS) or bool(state_actors(brand))
    )


def _full_story(page: Page) -> bool:
    if len(page.paragraphs) < _MIN_PARAGRAPHS:
        return False
    words = 0
    for para in page.paragraphs:  # enough words is enough: most stories pass early
        words += len(para.split())
        if words >= _MIN_WORDS:
            return True
    return False


@register("newsless_site_v1")
class NewslessSite(PageFeatures):
    """Whether uncredited hard news of the wider world sits on a site with no newsroom."""

    FEATURES = (
        # no news section, newsroom brand, masthead or reporter's byline; the chrome is a
        # trade's or too thin for an outlet; the story names two state actors (or one and a
        # quotation); the page credits no agency or publisher
        "newsless_hard_news",
    )

    def __init__(self, min_actors: int = 2) -> None:
        # min_actors: one state actor is named by much soft news (as in `site_niche`); one
        # counts beside a quotation (an official is quoted).
        self.min_actors = min_actors

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        return memo(page, ("newsless_site", self.min_actors), lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        if not _full_story(page) or names_news_sections(page) or brand_is_newsroom(page):
            return (0.0,), ()
        lead, actors = lead_actors(page)
        quoted = _QUOTE.search(lead) is not None
        many = len(actors) >= self.min_actors
        if not (many or (quoted and set(actors) - _LOCAL_ACTORS)):
            return (0.0,), ()
        if site_is_actor(page) or has_masthead(page) or person_names(page):
            return (0.0,), ()
        if not credits_nothing(page):
            return (0.0,), ()
        # With too little chrome (a text record) the site is unknown: only a story in the wire's
        # shape counts, two state actors and a quotation (a blog post names them unquoted).
        thin = len(chrome_lines(page)) < _MIN_CHROME_LINES
        if thin and not (many and quoted):
            return (0.0,), ()
        signs = ["too little chrome for an outlet"] if thin else trade_signs(page)
        if not signs:
            return (0.0,), ()
        evidence = (
            f"uncredited hard news ({', '.join(actors[:4])}{', quoted' if quoted else ''}) on a "
            f"site with no newsroom: no news section, masthead or reporter; {signs[0]}",
        )
        return (1.0,), evidence
