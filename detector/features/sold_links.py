"""Sold links: links the page hides from readers, marks rel="dofollow", or offers for sale.

Farms earn from the links they sell to casinos, lenders, pharmacies and SEO buyers, and those
buyers want the link seen by crawlers and passing rank, not seen by readers or labelled as paid.
So the links sit in a block hidden by its inline style ("display:none", "left:-9999px",
"font-size:0", "height:1px;overflow:hidden"), carry rel="dofollow" (no such rel value exists:
only sellers' plugins write it), and the site's footer offers "sponsored articles, dofollow
links, no 'sponsored' label, from 150 zł". A newsroom hides its menus, share buttons and
screen-reader links in its stylesheet; what it hides inline is a dropdown of its own or its
sister sites' pages, a share menu, a browser notice: none of them a casino link. So a hidden
link counts when its words or host name a trade that buys links, or when several other sites'
links are pushed off-screen or shrunk to nothing (a dropdown is display:none, not -9999px).
"""

from __future__ import annotations

import functools

from detector.features._filler import build_index, match, slug_text
from detector.features._trigrams import lower_joined, lower_map, possible
from detector.features.base import PageFeatures, register
from detector.features.provenance import own_domains, registered_domain
from detector.lexicon.sold_links import AMOUNT, COVERT, PRICE_LISTS, VICE, WARES
from detector.page import HiddenLink, Page
from detector.parsing.hidden_links import DOFOLLOW
from detector.parsing.patterns import AD_NETWORKS

_VICE_INDEX = build_index(VICE)
# Hiding a dropdown, a modal or a tab: what a site does to its own menus (and its sister sites'
# and share links). Off-screen, zero-font and zero-size blocks are kept for the stash test.
_TOGGLED = ("display:none", "visibility:hidden", "opacity:0")
# Hosts of share, bookmark, login and browser links that themes hide in menus and notices, and
# (below) ad servers: an ad's click link in a hidden ad slot is an ad, not a sold link.
_UTILITY = (
    "facebook.com", "twitter.com", "x.com", "instagram.com", "youtube.com", "youtu.be",
    "linkedin.com", "pinterest.com", "tiktok.com", "reddit.com", "digg.com", "del.icio.us",
    "delicious.com", "stumbleupon.com", "tumblr.com", "t.me", "telegram.me", "telegram.org",
    "whatsapp.com", "wa.me", "vk.com", "ok.ru", "line.me", "weibo.com", "qq.com", "google.com",
    "goo.gl", "apple.com", "microsoft.com", "mozilla.org", "opera.com", "blogger.com",
    "blogspot.com", "typepad.com", "typekey.com", "wordpress.com", "wordpress.org",
    "gravatar.com", "disqus.com", "addthis.com", "sharethis.com", "feedburner.com",
    "netvibes.com", "newsgator.com", "yahoo.com", "bing.com", "myspace.com", "flipboard.com",
    "getpocket.com", "mix.com", "threads.net", "bsky.app", "mastodon.social", "xing.com",
    "naver.com", "kakao.com",
)  # fmt: skip
_UTILITY_DOMAINS = frozenset(_UTILITY) | frozenset(AD_NETWORKS)
# Distinct other sites whose links an off-screen block must hold (one may be a logo link).
_MIN_STASH_DOMAINS = 2
_THEME_WORDS = ("templat", "theme")  # a theme designer's name or host ("Gooyaabi Templates")
_ANCHOR = 3  # characters of anchor text a sold link carries at least
_CAP = 20.0  # link counts are capped: 20 hidden links say what 200 do
# A seller's offer is a short line of chrome or a short paragraph, not a story's sentence.
_OFFER_LINE_CHARS = 220


@functools.lru_cache(maxsize=4096)
def vice_term(text: str, href: str) -> str:
    """The link-buying trade a link's text, host or path names ("gambling: slot"), or ""."""
    host = registered_domain(href).replace("-", " ").replace(".", " ")
    for part in (text, host, slug_text(href)):
        if part and (found := match(part, _VICE_INDEX)):
            return f"{found[0]}: {found[1]}"
    return ""


def _foreign(page: Page) -> list[tuple[HiddenLink, str]]:
    """(link, its registrable domain) of the page's hidden/dofollow links to other sites."""
    own = own_domains(page)
    out = []
    for link in page.hidden_links:
        domain = registered_domain(link.href)
        if domain and domain not in own:
            out.append((link, domain))
    return out


def _trade_and_plain(
    links: list[tuple[HiddenLink, str]],
) -> tuple[list[tuple[HiddenLink, str]], list[tuple[HiddenLink, str]]]:
    """Other sites' links split into those naming a link-buying trade, (link, "trade: term"),
    and the rest with words to rank for, (link, domain); share and ad-server links dropped."""
    trade: list[tuple[HiddenLink, str]] = []
    plain: list[tuple[HiddenLink, str]] = []
    for link, domain in links:
        if domain in _UTILITY_DOMAINS:
            continue
        if term := vice_term(link.text, link.href):
            trade.append((link, term))
        elif len(link.text) >= _ANCHOR:
            plain.append((link, domain))
    return trade, plain


def _sold(links: list[tuple[HiddenLink, str]]) -> list[tuple[HiddenLink, str]]:
    """The links that read as sold: a trade's, and the others when they go to two sites or
    more (one alone is most often a theme's or a partner's credit)."""
    trade, plain = _trade_and_plain(links)
    if len({d for _, d in plain}) >= _MIN_STASH_DOMAINS:
        return trade + plain
    return trade


def hidden_stash(page: Page) -> list[tuple[HiddenLink, str]]:
    """Other sites' links in inline-hidden blocks that read as sold: (link, why). In a block
    hidden as a dropdown, modal or tab is (display:none ...) only a trade's links count."""
    hidden = [(x, d) for x, d in _foreign(page) if x.how != DOFOLLOW]
    toggled = [(x, d) for x, d in hidden if x.how.startswith(_TOGGLED)]
    away = [(x, d) for x, d in hidden if not x.how.startswith(_TOGGLED)]
    return _trade_and_plain(toggled)[0] + _sold(away)


def _credit(link: HiddenLink, chrome: str) -> bool:
    """Whether a link is a theme's credit: it names a template or theme, or a line of the
    page's chrome reads "... by <its text>" ("Crafted with love by TemplatesYard")."""
    low = link.text.lower()
    if any(w in low or w in link.href.lower() for w in _THEME_WORDS):
        return True
    return f"by {low}" in chrome


def dofollow_links(page: Page) -> list[tuple[HiddenLink, str]]:
    """Other sites' links marked rel="dofollow" that read as sold: (link, why). (Blogger
    themes mark their designers' credits so: "Crafted by TemplatesYard | Designed by X".)"""
    marked = [(x, d) for x, d in _foreign(page) if DOFOLLOW in x.how]
    if not marked:
        return []
    chrome = lower_joined(page, page.other_lines)
    return _sold([(x, d) for x, d in marked if not _credit(x, chrome)])


def _priced(text: str) -> bool:
    return bool(AMOUNT.search(text)) or any(w in text for w in PRICE_LISTS)


def _offer_in(lines: list[str], low: list[str], triggers: tuple[str, ...]) -> str:
    """The first short line with a seller's term and a price, on it or on a neighbour that
    names the ware too ("Publikacja artykułu sponsorowanego – od 150 zł" / "Linki dofollow")."""
    for i, line in enumerate(low):
        if len(line) > _OFFER_LINE_CHARS or not any(t in line for t in triggers):
            continue
        if _priced(line):
            return lines[i]
        for near in (low[i - 1] if i else "", low[i + 1] if i + 1 < len(low) else ""):
            if len(near) <= _OFFER_LINE_CHARS and _priced(near) and any(w in near for w in WARES):
                return lines[i]
    return ""


def link_offer(page: Page) -> str:
    """A line offering dofollow links, backlinks or unlabelled sponsored articles for a price
    (a seller's term and a price on the line, or a neighbour naming the ware and its price), or
    ""."""
    triggers = possible(page, COVERT)  # the page's trigrams rule out most pages
    if triggers:
        lower = lower_map(page)
        for lines in (list(page.other_lines), list(page.paragraphs)):
            if found := _offer_in(lines, [lower[ln] for ln in lines], triggers):
                return found
    if page.kind == "text":
        # A text record's footer lines may have been read as a link list's items (a "Kategorie"
        # list runs on into "Współpraca" and its offer): not among the page's lines above.
        items = [a.text for b in page.link_blocks for a in b.anchors]
        low = "\n".join(items).lower()
        if len(low) == sum(map(len, items)) + max(len(items) - 1, 0):
            triggers = tuple(t for t in COVERT if t in low)
            if triggers:
                return _offer_in(items, low.split("\n"), triggers)
    return ""


def _shown(links: list[tuple[HiddenLink, str]]) -> str:
    parts = [f'"{link.text[:40]}" ({why}) -> {link.href[:60]}' for link, why in links[:3]]
    return "; ".join(parts) + (f" and {len(links) - 3} more" if len(links) > 3 else "")


@register("sold_links_v1")
class SoldLinks(PageFeatures):
    """Links hidden from readers, marked rel="dofollow", or offered for sale on the page."""

    FEATURES = (
        "sold_hidden_links",  # other sites' links hidden inline: a trade's anchor, or 2+ sites off-screen
        "sold_dofollow_links",  # rel="dofollow" links: a trade's anchor, or 2+ sites (no credits)
        "sold_link_offer",  # the page offers dofollow links / unlabelled sponsored posts for a price
        "sold_unobservable",  # a text record: inline styles and rel values are gone
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        evidence: list[str] = []
        stash = hidden_stash(page) if page.hidden_links else []
        if stash:
            styles = sorted({link.how.split(";")[0] for link, _ in stash})
            evidence.append(
                f"{len(stash)} links to other sites hidden by an inline style "
                f"({', '.join(styles)}): {_shown(stash)}"
            )
        marked = dofollow_links(page) if page.hidden_links else []
        if marked:
            evidence.append(
                f'{len(marked)} links to other sites marked rel="dofollow": {_shown(marked)}'
            )
        offer = link_offer(page)
        if offer:
            evidence.append(f'the page sells links or unlabelled sponsored posts: "{offer[:120]}"')
        values = (
            min(float(len(stash)), _CAP),
            min(float(len(marked)), _CAP),
            float(bool(offer)),
            float(page.kind == "text"),
        )
        return values, tuple(evidence)
