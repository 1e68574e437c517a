"""Commerce spliced into a news story: offers in the story's own paragraphs, and partner blocks
of gambling and loan sites.

Link sellers and affiliate farms take a news story and splice their buyer into it: a slot-site
or payday-loan term in a paragraph about a bridge or a strike ("Untuk informasi lebih lengkap
seputar situs toto ..."), or a "bridge" sentence after the news that turns to an offer ("Prace
budowlane w mieście to dobry moment ... warto sprawdzić ofertę", "save with our ferry promo
codes", "[쿠마켓] ... 최저가 보러가기"), and a footer block of "Link Partner" gambling hosts. A
newsroom's commerce is either the whole page (a review or a deals post, offers from the lead
on) or a labelled slot ("Sponsored"); a story *about* gambling or credit names it in its
headline or lead. So an offer counts only after a commerce-free headline and lead, in a page
where few paragraphs carry it, and a partner block only when two of its links name a trade
that buys links (`sold_links.vice_term`).
"""

from __future__ import annotations

import functools
import re

from detector.features._filler import fold
from detector.features._textscan import cut
from detector.features._trigrams import lower_map, possible
from detector.features.base import PageFeatures, register
from detector.features.sold_links import vice_term
from detector.lexicon.commerce import (
    CALLS_TO_BUY,
    COMMERCE_HEADLINE,
    LABELLED,
    LOAN_OFFERS,
    PARTNER_LABELS,
    SPAM_GAMBLING,
)
from detector.page import Page

_TRADE = SPAM_GAMBLING + LOAN_OFFERS
_PROSE = 80  # characters of a story paragraph (shorter lines are labels, captions, bylines)
# Clean prose paragraphs before the offer: one for a trade term (a slot site named in a news
# paragraph is never news), three for a call to buy (a short commerce post opens with it).
_LEAD_TRADE = 1
_LEAD_CALL = 3
# A story naming a trade term in more paragraphs than this is about the trade.
_MAX_TRADE_PARAGRAPHS = 2
_LABEL_CHARS = 30
_BLOCK_LINES = 10  # lines read under a partner label
_ITEM_CHARS = 80
_MIN_PARTNER_VICE = 2
_CAP = 10.0


def _first(low: str, terms: tuple[str, ...]) -> str:
    """The first term standing in `low` as a word or words ("workshop now" is no "shop now")."""
    for term in terms:
        i = low.find(term)
        while i >= 0:
            if i == 0 or not low[i - 1].isalpha() or not term[0].isalpha():
                return term
            i = low.find(term, i + 1)
    return ""


def _spliced(page: Page, terms: tuple[str, ...], lead: int) -> list[tuple[str, str]]:
    """(paragraph, term) of story paragraphs carrying one of `terms` after at least `lead`
    clean prose paragraphs; none when the headline or title carries one."""
    low = lower_map(page)
    if _first(f"{low.get(page.headline, '')}\n{low.get(page.title, '')}", terms):
        return []
    clean = 0
    hits: list[tuple[str, str]] = []
    for para in page.paragraphs:
        lowered = low.get(para) or para.lower()
        term = _first(lowered, terms)
        if term and _first(lowered, LABELLED):
            continue  # a labelled ad or the outlet's own subscription offer
        if term and clean >= lead:
            hits.append((para, term))
        elif term and not hits:
            return []  # the lead itself sells: a commerce page, not a spliced story
        elif len(para) >= _PROSE and not hits:
            clean += 1
    return hits


def trade_terms(page: Page) -> list[tuple[str, str]]:
    """Story paragraphs that name a gambling site or a loan offer after a clean lead."""
    terms = possible(page, _TRADE)
    if not terms:
        return []
    hits = _spliced(page, terms, _LEAD_TRADE)
    return hits if len(hits) <= _MAX_TRADE_PARAGRAPHS else []


def offer_bridge(page: Page) -> tuple[str, str] | None:
    """The first story paragraph that turns to a call to buy after a clean news lead."""
    terms = possible(page, CALLS_TO_BUY)
    if not terms:
        return None
    low = lower_map(page)
    head = f"{low.get(page.headline, '')}\n{low.get(page.title, '')}"
    if _first(head, COMMERCE_HEADLINE):
        return None  # a deal, review or price page: its calls to buy are its subject
    hits = [h for h in _spliced(page, terms, _LEAD_CALL) if len(h[0]) >= _PROSE]
    return hits[0] if hits else None


# Hosts of public bodies: a story about a lottery, a regulator or a state loan links to them.
_OFFICIAL_HOST = re.compile(
    r"(?:^|\.)(?:gov|gob|gouv|govt|go|gc|mil|edu|ac|int|europa)(?:\.[a-z]{2})?$"
    r"|(?:^|\.)(?:gov|gob|gouv|govt)\.|\.(?:gov|edu|int|mil)$"
)
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/?#]*@)?([^:/?#]+)", re.IGNORECASE)


# Ad servers and affiliate networks: real outlets route their labelled betting partners
# through them (two UK sports pages of the real set); a link seller links the buyer itself.
_AD_TECH = (
    "doubleclick.net", "tradedoubler.com", "awin1.com", "prf.hn", "anrdoezrs.net",
    "skimresources.com", "redirectingat.com", "go2cloud.org", "adform.net",
)  # fmt: skip


# A seller splices one to three offers into a story (probe farms: 1-3); a real sports page of
# the shared set links six of its group's betting brands in a paragraph-like row.
_MAX_STORY_ANCHORS = 4


def _sister(host: str, own: str) -> bool:
    """Whether two hosts' first labels open alike ("skybet" on "skysports"): a sister brand."""
    a = host.removeprefix("www.").split(".")[0]
    b = own.split(".")[0]
    return len(a) >= 3 and len(b) >= 3 and a[:3] == b[:3]


def commerce_anchors(page: Page) -> list[str]:
    """Story-paragraph links to another site that name a gambling or loan trade in their text,
    host or path ("ставки на футбол онлайн" -> top-bukmekery...), on a story whose headline
    is not about the trade; links to public bodies (a regulator, a state lender) left out."""
    if not page.story_links:
        return []
    found: list[str] = []
    m = _HOST.match(page.url)
    own = m[1].lower().removeprefix("www.") if m else ""
    for a in page.story_links:
        m = _HOST.match(a.href)
        host = m[1].lower() if m else ""
        if not host or _OFFICIAL_HOST.search(host):
            continue
        if host.endswith(_AD_TECH) or _sister(host, own):
            continue  # an outlet's own betting partner, through its ad server or a sister brand
        # The text or the host: a path names words of a story's slug ("bet" in a news URL).
        # A loan named only in the text is a story's link to a bank or a charity: a lender's
        # own host names it. Adult and pill words are left out (they hit news slugs too).
        on_host = vice_term("", f"https://{host}/")
        term = on_host or vice_term(a.text, "")
        if term.startswith("gambling") or on_host.startswith("loans"):
            found.append(f'"{cut(a.text, 50)}" -> {host} ({term})')
    if len(found) > _MAX_STORY_ANCHORS:
        return []  # a network's row of its betting brands, not an offer spliced into prose
    if found and vice_term(f"{page.headline.lower()} {page.title.lower()}", ""):
        return []  # a story about betting or credit links its subject
    return found


@functools.lru_cache(maxsize=1 << 14)  # short lines: a site's menus come back on every page
def _is_partner_label(line: str) -> bool:
    if len(line) > _LABEL_CHARS:
        return False
    return line.lower().strip(" :|-–—»›").strip() in PARTNER_LABELS or (
        fold(line).strip(" :") in PARTNER_LABELS
    )


def partner_vice(page: Page) -> list[str]:
    """Items under a partner label ("Link Partner", "Blogroll") that name a link-buying trade."""
    if not possible(page, PARTNER_LABELS):
        return []
    found: list[str] = []
    for block in page.link_blocks:
        if _is_partner_label(block.heading):
            found += [a.text for a in block.anchors if vice_term(a.text, a.href)]
    lines = page.other_lines if page.kind == "html" else (*page.paragraphs, *page.other_lines)
    for i, line in enumerate(lines):
        if len(line) <= _LABEL_CHARS and _is_partner_label(line):  # the length test inlined
            items = [x for x in lines[i + 1 : i + 1 + _BLOCK_LINES] if len(x) <= _ITEM_CHARS]
            found += [x for x in items if vice_term(x, "") and x not in found]
    return found if len(found) >= _MIN_PARTNER_VICE else []


@register("story_commerce_v1")
class StoryCommerce(PageFeatures):
    """Gambling and loan terms or calls to buy spliced into a news story; partner blocks of
    gambling and loan links."""

    FEATURES = (
        "commerce_story_trade",  # story paragraphs naming a slot site / loan offer after a clean lead
        "commerce_story_bridge",  # a story paragraph turning to a call to buy after 3 clean ones
        "commerce_partner_vice",  # links under a partner label naming gambling/loan/pill sites
        "commerce_story_anchor",  # story-paragraph links to other sites naming gambling/loans
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        evidence: list[str] = []
        trade = trade_terms(page)
        if trade:
            evidence.append(
                f"{len(trade)} story paragraph(s) splice in a gambling/loan term: "
                + "; ".join(f'"{t}" in "{cut(p)}"' for p, t in trade)
            )
        bridge = offer_bridge(page)
        if bridge:
            evidence.append(f'the story turns to an offer ("{bridge[1]}"): "{cut(bridge[0])}"')
        partners = partner_vice(page)
        if partners:
            evidence.append(
                f"{len(partners)} gambling/loan links under a partner label: "
                + "; ".join(f'"{cut(x, 40)}"' for x in partners[:4])
            )
        anchors = commerce_anchors(page)
        if anchors:
            evidence.append("gambling/loan links inside the story: " + "; ".join(anchors[:3]))
        values = (
            min(float(len(trade)), _CAP),
            float(bridge is not None),
            min(float(len(partners)), _CAP),
            min(float(len(anchors)), _CAP),
        )
        return values, tuple(evidence)
