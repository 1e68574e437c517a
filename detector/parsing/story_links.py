"""Links inside the story's own paragraphs ("Baca juga: <a href=…>", "Read also: …").

A copied story keeps the links its newsroom put in its paragraphs; they point at the original
outlet's host. Only links to another host are kept: the page's own links say nothing of origin.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode

from detector.page import Anchor

_MAX = 20  # a story has a handful of in-text links; more is a link list, not prose
_UP = 3  # <p><strong><a>: the paragraph is at most a few levels above the link


def _paragraph_text(a: LexborNode) -> str:
    node = a.parent
    for _ in range(_UP):
        if node is None:
            return ""
        if node.tag == "p":
            return " ".join((node.text() or "").split())
        node = node.parent
    return ""


def story_links(
    tree: LexborHTMLParser,
    paragraphs: Sequence[str],
    anchor: Callable[[LexborNode, str, str], Anchor],
    page_host: str,
) -> tuple[Anchor, ...]:
    """External links whose paragraph is one of the story's `paragraphs` (each with its
    whitespace collapsed to single spaces, as `html._main_paragraphs` gives them)."""
    main: set[str] | None = None
    found: list[Anchor] = []
    # Absolute links only (a relative one is the site's own); menus' <li> links are left out.
    # (One selector: each one more walks the whole tree again, ~0.15 ms a page.)
    for a in tree.css('p a[href^="http"]'):
        link = anchor(a, page_host, " ".join((a.text() or "").split()))
        if link.internal:
            continue
        if main is None:
            main = set(paragraphs)  # already collapsed: no second split and join of each
        if _paragraph_text(a) not in main:
            continue
        found.append(link)
        if len(found) >= _MAX:
            break
    return tuple(found)
