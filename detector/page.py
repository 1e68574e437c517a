"""The parsed page: `Page` and `parse_page()`, the only entry point that parses HTML or text.

Extractors read a `Page`, never raw HTML. A new DOM signal means a new field here and a parser
test. The parsing itself lives in `detector.parsing` (one module per input kind).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Anchor:
    """One link of a link block."""

    text: str
    href: str = ""
    internal: bool | None = None  # None when the page URL or the href is unknown (text input)


@dataclass(frozen=True, slots=True)
class LinkBlock:
    """A list of links under a heading such as "Related", "Ranking" or "Trending"."""

    heading: str
    anchors: tuple[Anchor, ...] = ()


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A date the page states, with where it was found.

    `source` is one of: `meta:<name>`, `jsonld:<key>`, `time`, `visible`, `url`, `text`.
    `kind` is `published` or `modified`.
    """

    value: date
    source: str
    kind: str = "published"  # "published" or "modified"
    raw: str = ""


@dataclass(frozen=True, slots=True)
class Reaction:
    """An engagement widget: a reaction counter ("veryGood! (5)"), likes, shares or comments."""

    label: str
    count: int | None
    kind: str = "reaction"  # reaction, comments, share, like or vote
    raw: str = ""


@dataclass(frozen=True, slots=True)
class HiddenLink:
    """A link to another site that the page hides (inline style) or marks rel="dofollow"."""

    text: str
    href: str
    how: str  # "display:none", "left:-9999px", "font-size:0", ... or "rel=dofollow" (";"-joined)


@dataclass(frozen=True, slots=True)
class Page:
    """A page parsed once by `parse_page`; extractors read it, never change it.

    Text fields are "" and collections empty when the page does not have them: missing is a
    feature, not an error.
    """

    url: str = ""
    kind: str = "html"  # "html" or "text"
    title: str = ""  # the document title (<title>, or the first line of a text record)
    headline: str = ""  # the story's headline (h1 / og:title / JSON-LD headline)
    site_name: str = ""  # the brand the page gives itself
    brand_candidates: tuple[
        tuple[str, str], ...
    ] = ()  # (brand, source): og:site_name, title_suffix, logo_alt, jsonld_publisher, copyright
    breadcrumbs: tuple[str, ...] = ()
    section: str = ""  # article:section / JSON-LD articleSection
    paragraphs: tuple[str, ...] = ()  # main content, boilerplate removed
    byline: str = ""
    authors: tuple[str, ...] = ()
    date_candidates: tuple[DateCandidate, ...] = ()
    published: date | None = None
    modified: date | None = None
    dateline: str = ""  # e.g. "BEIJING (AP) —" at the head of the story
    credit_lines: tuple[
        str, ...
    ] = ()  # e.g. "Copyright 2023 The Associated Press. All rights reserved."
    link_blocks: tuple[LinkBlock, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    canonical: str = ""
    jsonld: tuple[Mapping[str, Any], ...] = ()
    # Plain dicts (a Page must pickle, to travel between processes); treat them as read-only.
    opengraph: Mapping[str, str] = field(default_factory=dict)
    meta: Mapping[str, str] = field(default_factory=dict)  # <meta name|property>
    ad_slots: int = 0
    ad_networks: tuple[str, ...] = ()
    auto_refresh: bool = False
    pagination: bool = False  # the story is split over pages ("Page 1 of 3", rel=next)
    ad_script_refresh: bool = False  # an inline ad stack refreshes its slots on a timer
    sponsored_links: int = 0  # links marked rel="sponsored" or into affiliate programmes
    hidden_links: tuple[HiddenLink, ...] = ()  # foreign links hidden inline or rel="dofollow"
    redirect_links: tuple[Anchor, ...] = ()  # links to a hop path on another host ("/go/?p=")
    story_links: tuple[Anchor, ...] = ()  # links to other hosts inside the story paragraphs
    language: str = ""
    other_lines: tuple[str, ...] = ()  # visible text lines outside the main content
    n_links: int = 0
    fetched: date | None = None  # the reference "now": features never call today()
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The main content as one string, paragraphs separated by newlines."""
        return "\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        """Words in the main content."""
        return sum(len(p.split()) for p in self.paragraphs)


def parse_page(
    content: bytes | str,
    url: str | None = None,
    fetched: date | None = None,
    content_type: str | None = None,
    *,
    max_bytes: int | None = None,
) -> Page:
    """Parse HTML (bytes or str) or an extracted-text record (like a WET record) into a `Page`.

    Args:
        content: the page as fetched (bytes) or as text.
        url: the page's URL, when known.
        fetched: the reference "now" for date features (when the page was fetched).
        content_type: an HTTP Content-Type header; its charset wins over the page's own, and
            `text/plain` forces text-record parsing.
        max_bytes: read at most this much (default: settings' `max_page_bytes`); a cut page says
            so in its warnings.

    Raises:
        NotAPageError: the input is empty or binary, not a page at all.
    """
    from detector.parsing.dispatch import parse_any

    return parse_any(
        content, url=url, fetched=fetched, content_type=content_type, max_bytes=max_bytes
    )
