"""Which of the parser's rarer CSS queries can match a page, from one query for all of them.

Each query is a traversal of the whole DOM (0.05-0.09 ms a page with lexbor, measured), and most
pages have no logo image, byline, breadcrumb trail or in-post page links (of the 600 bench pages
81%, 60%, 89% and 100% had none). One query for the union finds the few candidate nodes; a
group's own query then runs only when a candidate *could* belong to it. The checks are
supersets of the selectors (lower-cased substrings of the same attributes), so a skipped group
has no match and the parser's results are those of the plain queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

LOGO = "[class*=logo] img[alt], img[class*=logo][alt], img[id*=logo][alt]"
BYLINE = "[rel=author], [class*=byline], [class*=author-name], [itemprop=author], [class~=author]"
BREADCRUMB = (
    "[class*=breadcrumb], [id*=breadcrumb], [class*=Breadcrumb], nav[aria-label*=readcrumb], "
    "[itemtype*=BreadcrumbList]"
)
PAGE_LINKS = ".page-links, [class*=post-pages]"
# A superset of the four, in fewer selectors (each `*=` test costs ~0.013 ms a page):
# `[class*=author]` covers `[class*=author-name]` and `[class~=author]`, `[class*=readcrumb]`
# covers `[class*=breadcrumb]` and `[class*=Breadcrumb]`. A node only the wider ones find can
# set a flag, and then the exact query runs and finds nothing: the results do not change.
_UNION = (
    f"{LOGO}, [rel=author], [class*=byline], [class*=author], [itemprop=author], "
    "[class*=readcrumb], [id*=breadcrumb], nav[aria-label*=readcrumb], "
    f"[itemtype*=BreadcrumbList], {PAGE_LINKS}"
)


@dataclass(frozen=True, slots=True)
class Candidates:
    """Whether each query may match (False: it certainly does not)."""

    logo: bool = False
    byline: bool = False
    breadcrumbs: bool = False
    page_links: bool = False


def _lower(value: str | None) -> str:
    return value.lower() if value else ""


# What `candidates` queries, for a caller that runs it as part of a wider selector list.
UNION = _UNION


def candidates(tree: LexborHTMLParser) -> Candidates:
    """Which of LOGO, BYLINE, BREADCRUMB and PAGE_LINKS may match in `tree`."""
    return candidates_of(tree.css(_UNION))


def candidates_of(nodes: Iterable[LexborNode]) -> Candidates:
    """`candidates` from the nodes `UNION` matches (more nodes may only set more flags)."""
    logo = byline = crumbs = pages = False
    for node in nodes:
        attrs = node.attributes
        cls = _lower(attrs.get("class"))
        logo = logo or node.tag == "img"  # every LOGO selector ends in img[alt]
        byline = byline or (
            "byline" in cls
            or "author" in cls
            or "author" in _lower(attrs.get("rel"))
            or "author" in _lower(attrs.get("itemprop"))
        )
        crumbs = crumbs or (
            "breadcrumb" in cls
            or "breadcrumb" in _lower(attrs.get("id"))
            or "readcrumb" in _lower(attrs.get("aria-label"))
            or "breadcrumblist" in _lower(attrs.get("itemtype"))
        )
        pages = pages or "page-links" in cls or "post-pages" in cls
    return Candidates(logo, byline, crumbs, pages)
