"""Links a page hides from its readers or marks for crawlers only: the marks of sold links.

Link sellers put paid links where crawlers read them and readers do not: in a block whose
inline style hides it (display:none, visibility:hidden, pushed off-screen, a zero font, a zero
height with overflow hidden), and they mark them rel="dofollow", which is no rel value at all
(a seller's plugin writes it to show the buyer the link passes rank). Only inline styles are
read, not computed CSS: a theme's stylesheet hides menus and screen-reader text, an inline
style on a block of foreign links is someone's choice for this page.

One DOM query lists the elements with a style attribute (20 on an average page), a few
substring tests pick the hiding ones (tried: a raw-markup gate first, and lexbor's substring
selectors, each cost more); rel="dofollow" is looked for only when the word occurs.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from detector.page import HiddenLink
from detector.parsing.common import is_other_site

# Words one of which every hiding style value holds: a cheap test before `hiding`.
_HINTS = ("none", "hidden", "-", "font", "opacity", "NONE", "HIDDEN", "FONT")
# How a style value (lower-cased, spaces removed) hides its block. Off-screen: 999px or more to
# the left/top ("-9999px" is the sellers' habit; hover menus sit a few hundred px out, as an
# Economic Times mega-menu at -506px).
_OFFSCREEN = re.compile(
    r"(?:^|;)(?:left|top|right|text-indent|margin-left|margin-top):-(\d{3,6})(?:\.\d+)?(px|em|rem)?"
)
_ZERO_SIZE = re.compile(r"(?:^|;)(?:height|max-height|width):(?:0|1px|0px)(?:;|$|!)")
_ZERO_FONT = re.compile(r"(?:^|;)font-size:0(?:px|pt|em|rem)?(?:;|$|!)")
_ZERO_OPACITY = re.compile(r"(?:^|;)opacity:0(?:;|$|!)")
_OFFSCREEN_PX = 999
_OFFSCREEN_EM = 60
# The mark as sellers' plugins write it (one find: ~0.1 ms a page; other spellings are rare).
_DOFOLLOW_RAW = b"dofollow"
_URL_HOST = re.compile(r"^(?:https?:)?//(?:[^@/?#]*@)?([^:/?#]+)", re.IGNORECASE)
_NOT_PAGES = ("#", "javascript:", "mailto:", "tel:")  # toggles and contacts, not pages
DOFOLLOW = "rel=dofollow"  # the `how` of a link marked so
_MAX_LINKS = 40  # recorded per page: enough to show the stash, a bounded Page


def hiding(style: str) -> str:
    """How an inline style value hides its block ("display:none", "left:-9999px" ...), or ""."""
    s = style.lower().replace(" ", "").replace("\n", "").replace("\t", "")
    if "display:none" in s:
        return "display:none"
    if "visibility:hidden" in s:
        return "visibility:hidden"
    if ":-" in s and (m := _OFFSCREEN.search(s)):  # (every match has ":-")
        limit = _OFFSCREEN_PX if m[2] in (None, "px") else _OFFSCREEN_EM
        if int(m[1]) >= limit:
            return m.group(0).lstrip(";")
    if "font-size" in s and (m := _ZERO_FONT.search(s)):
        return m.group(0).strip(";!")
    if "overflow:hidden" in s and (m := _ZERO_SIZE.search(s)):
        return m.group(0).strip(";!") + ";overflow:hidden"
    if "opacity" in s and _ZERO_OPACITY.search(s):
        return "opacity:0"
    return ""


def _foreign_host(href: str, page_host: str) -> str:
    """The host of an absolute `href` that is not the page's own (nor a subdomain), or ""."""
    m = _URL_HOST.match(href)
    if m is None:
        return ""
    host = m[1].lower().removeprefix("www.")
    return host if is_other_site(host, page_host) else ""


def _is_dofollow(a: LexborNode) -> bool:
    rel = (a.attributes.get("rel") or "").lower()
    return "follow" in rel and "dofollow" in rel.replace("-", "").split()


def _link(a: LexborNode, page_host: str, how: str) -> HiddenLink | None:
    href = (a.attributes.get("href") or "").strip()
    if not _foreign_host(href, page_host):
        return None
    return _hidden_link(a, href, how)


def _hidden_link(a: LexborNode, href: str, how: str) -> HiddenLink:
    """The record of a link to another site (`href`: its stripped href)."""
    if how != DOFOLLOW and _is_dofollow(a):
        how = f"{how};{DOFOLLOW}"
    text = " ".join((a.text(deep=True, separator=" ") or "").split())
    return HiddenLink(text[:200], href[:300], how)


def _hidden_block_links(tree: LexborHTMLParser, page_host: str) -> list[HiddenLink]:
    """Other sites' links of hidden blocks that hold at least as many of them as of the site's
    own pages (a hidden menu or dropdown lists the site's own sections)."""
    found: list[HiddenLink] = []
    seen: set[int] = set()
    for box in tree.css("[style]"):
        style = box.attrs.get("style") or ""
        if not any(hint in style for hint in _HINTS) or not (how := hiding(style)):
            continue
        # A link inside two hidden blocks counts once, for the outer one.
        anchors = [a for a in box.css("a[href]") if a.mem_id not in seen]
        seen.update(a.mem_id for a in anchors)
        # Each link read once: another site's, or one of the site's own pages (not a toggle
        # or a contact).
        links: list[HiddenLink] = []
        own = 0
        for a in anchors:
            href = (a.attributes.get("href") or "").strip()
            if _foreign_host(href, page_host):
                links.append(_hidden_link(a, href, how))
            elif href and not href.startswith(_NOT_PAGES):
                own += 1
        if links and len(links) >= own:
            found.extend(links)
            if len(found) >= _MAX_LINKS:
                break
    return found


def _dofollow_links(tree: LexborHTMLParser, page_host: str) -> list[HiddenLink]:
    found: list[HiddenLink] = []
    for a in tree.css('a[rel*="follow" i]'):
        if _is_dofollow(a) and (link := _link(a, page_host, DOFOLLOW)):
            found.append(link)
            if len(found) >= _MAX_LINKS:
                break
    return found


def scan(tree: LexborHTMLParser, raw: bytes, page_host: str) -> tuple[HiddenLink, ...]:
    """Foreign links of the page inside inline-hidden blocks, then its rel="dofollow" links.

    Args:
        tree: the parsed page, with script, style, noscript and template elements stripped
            (a noscript's hidden tracking pixel is no hidden link).
        raw: the page's UTF-8 markup.
        page_host: the page's host without "www." ("" when unknown: every absolute link is
            then foreign; the feature compares registrable domains).
    """
    found = _hidden_block_links(tree, page_host)
    if raw.find(_DOFOLLOW_RAW) >= 0:
        taken = {(link.href, link.text) for link in found if DOFOLLOW in link.how}
        found.extend(
            link for link in _dofollow_links(tree, page_host) if (link.href, link.text) not in taken
        )
    return tuple(found[:_MAX_LINKS])
