"""Links to a redirect-looking path on another site: the exit door of a click-arbitrage page.

A teaser page sends its reader on through a tracking hop on another host ("/go/?p=88231",
"/out/123", "/r/abc", "?url=https://..."), where the visit is counted and sold again. The test
reads the absolute links the parser has already listed (`monetise.link_hosts`): a link to
another host whose path opens with a hop word or whose query carries a target, and the text of
the link (a few bytes after the tag).
"""

from __future__ import annotations

import html
import re

from detector.page import Anchor
from detector.parsing.common import is_other_site

# Hop paths and target queries (lower-cased path and query of the href).
_HOP = re.compile(
    r"^/(?:go|goto|out|r|rd|redir|redirect|link|links|away|click|visit|jump|exit|leave)"
    r"(?:/|\.php|\?|$)|[?&](?:url|u|to|target|dest|destination|goto|redirect|link|out|p)="
)
# The same test on the markup just after a link's host (one C-level match a link): a hop path,
# or a target query within the href.
_HOP_AFTER_HOST = re.compile(
    rb"(?::\d+)?(?:/(?:go|goto|out|r|rd|redir|redirect|link|links|away|click|visit|jump|exit|leave)"
    rb"""(?:[/?"'\s>#]|\.php)|[^"'\s>?]{0,300}\?(?:[^"'\s>]{0,300}?&)?"""
    rb"(?:url|u|to|target|dest|destination|goto|redirect|link|out|p)=)",
    re.IGNORECASE,
)
_REST = re.compile(rb"""(?::\d+)?([^"'\s>]{0,300})""")
_TAGS = re.compile(r"<[^>]*>")
_TEXT_BYTES = 400  # an anchor's text: a button label, not a block
_MAX_LINKS = 10


def is_hop(path: str) -> bool:
    """Whether a lower-cased path and query ("/go/?p=1") opens with a hop word or names a target."""
    return bool(_HOP.search(path))


def _text(raw: bytes, end: int) -> str:
    """The text of the link whose href ends before `end` (tags dropped, entities decoded)."""
    start = raw.find(b">", end)
    if start < 0:
        return ""
    close = raw.find(b"</a", start, start + _TEXT_BYTES)
    if close < 0:
        return ""
    inner = raw[start + 1 : close].decode("utf-8", "replace")
    return " ".join(html.unescape(_TAGS.sub(" ", inner)).split())


def redirect_links(raw: bytes, hosts: list[tuple[str, int]], page_host: str) -> tuple[Anchor, ...]:
    """Links of `raw` to a hop path on another host, with their text.

    Args:
        raw: the page's UTF-8 markup.
        hosts: `monetise.link_hosts(raw)`: (lower-cased host, end offset) of each absolute link.
        page_host: the page's host without "www." ("" when unknown: every host is another).
    """
    found: list[Anchor] = []
    for host, end in hosts:
        bare = host.removeprefix("www.")
        if bare and not is_other_site(bare, page_host):
            continue
        if not _HOP_AFTER_HOST.match(raw, end):
            continue
        m = _REST.match(raw, end)
        rest = m[1].decode("utf-8", "replace").lower() if m else ""
        if not rest or not is_hop(rest):
            continue
        found.append(Anchor(_text(raw, end), f"//{host}{rest}", internal=False))
        if len(found) >= _MAX_LINKS:
            break
    return tuple(found)
