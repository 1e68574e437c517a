"""Missing provenance: no author, no canonical (or one pointing at another site), no publisher.

A real outlet names who wrote the story and who publishes it, in the page and in its metadata; a
republisher drops the author, and often the canonical and publisher metadata too, or keeps a
canonical that still points at the site it copied from. A canonical pointing at the site the page
credits for the story (an agency's site, "Source: BBC News" with a canonical on bbc.co.uk) is
honest syndication and does not count.

Text records (WET records, extracted text) carry no `<head>`: their canonical, JSON-LD and
OpenGraph are not missing, they are unobservable. For them the HTML-only indicators stay 0 and
`prov_metadata_unobservable` is 1, so a model never reads "text record" as "stripped metadata".
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from detector.features._suffixes import suffix_extractor
from detector.features.base import PageFeatures, register
from detector.features.publisher_credits import site_credited
from detector.page import Page

_AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
)
_PUBLISHER_META = ("dc.publisher", "publisher", "application-name")


def _names(value: Any, depth: int = 0) -> Iterator[str]:
    """Names in a JSON-LD value: a string, {"name": ...}, or a list of those."""
    if depth > 3:
        return
    if isinstance(value, str):
        if value.strip():
            yield value.strip()
    elif isinstance(value, Mapping):
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            yield name.strip()
        elif isinstance(name, list | Mapping):
            yield from _names(name, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value[:20]:
            yield from _names(item, depth + 1)


def _objects(items: Iterable[Any], depth: int = 0) -> Iterator[Mapping[str, Any]]:
    """JSON-LD objects, descending into lists and "@graph"."""
    if depth > 3:
        return
    for item in items:
        if isinstance(item, Mapping):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from _objects(graph, depth + 1)
            main = item.get("mainEntity")
            if isinstance(main, Mapping):
                yield from _objects([main], depth + 1)
        elif isinstance(item, list):
            yield from _objects(item, depth + 1)


def jsonld_names(page: Page, keys: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(key, name) for every JSON-LD `keys` entry of the page, e.g. ("author", "Jane Doe")."""
    keys = tuple(keys)
    for obj in _objects(page.jsonld):
        for key in keys:
            if key in obj:
                for name in _names(obj[key]):
                    yield key, name


@functools.lru_cache(maxsize=8192)
def registered_domain(url_or_host: str) -> str:
    """The registrable domain of a URL or host ("uk.reuters.com" -> "reuters.com"), or ""."""
    if not url_or_host:
        return ""
    try:
        host = urlsplit(url_or_host if "//" in url_or_host else "//" + url_or_host).hostname or ""
    except ValueError:
        return ""
    return _host_domain(host) if host else ""


def own_domains(page: Page) -> set[str]:
    """The registrable domains the page calls its own: its URL, canonical and og:url."""
    urls = (page.url, page.canonical, page.opengraph.get("og:url", ""))
    return {d for u in urls if u and (d := registered_domain(u))}


# A name this short is a word many owners use ("news", "times"), not one owner's name.
_OWNER_MIN = 5


@functools.lru_cache(maxsize=8192)
def same_owner(page_url: str, domain: str) -> bool:
    """Whether `domain` is another domain of the page's own outlet: its name on another suffix
    ("jaraguadosul.com.br" and "jaraguadosul.sc.gov.br"), or the outlet's name as the page's
    subdomain on a group platform ("seattlepi.nwsource.com" and "seattlepi.com")."""
    own = registered_domain(page_url)
    other = registered_domain(domain)
    if not own or not other or own == other:
        return False
    name = other.split(".")[0]
    if len(name) < _OWNER_MIN:
        return False
    try:
        host = urlsplit(page_url if "//" in page_url else "//" + page_url).hostname or ""
    except ValueError:
        return False
    return name == own.split(".")[0] or name in host.removesuffix(own).split(".")


@functools.lru_cache(maxsize=8192)  # pages' URLs differ, their hosts repeat
def _host_domain(host: str) -> str:
    result = suffix_extractor()(host)
    if hasattr(result, "top_domain_under_public_suffix"):  # tldextract >= 5.3
        domain = result.top_domain_under_public_suffix
    else:
        domain = result.registered_domain
    return str(domain or host)


def _has_author(page: Page) -> str:
    """Where the page names an author ("" when nowhere)."""
    if page.byline.strip():
        return "byline"
    if any(a.strip() for a in page.authors):
        return "authors"
    for key in _AUTHOR_META:
        if page.meta.get(key, "").strip() or page.opengraph.get(key, "").strip():
            return f"meta {key}"
    for key, _ in jsonld_names(page, ("author", "creator")):
        return f"JSON-LD {key}"
    return ""


def _publisher(page: Page) -> str:
    """Where the page names its publisher ("" when nowhere in its metadata)."""
    if page.opengraph.get("og:site_name", "").strip():
        return "og:site_name"
    for key, _ in jsonld_names(page, ("publisher", "sourceOrganization")):
        return f"JSON-LD {key}"
    for key in _PUBLISHER_META:
        if page.meta.get(key, "").strip():
            return f"meta {key}"
    return ""


def _legacy(page: Page) -> bool:
    """No modern metadata at all: no OpenGraph, JSON-LD or Twitter card."""
    if page.opengraph or page.jsonld:
        return False
    return not any(key.startswith(("og:", "twitter:", "article:")) for key in page.meta)


@register("provenance_v1")
class Provenance(PageFeatures):
    """No author, no canonical or an off-site canonical, no publisher metadata."""

    FEATURES = (
        "prov_author_missing",  # HTML: no byline, author meta, or JSON-LD author
        "prov_text_author_missing",  # text record: no byline line
        "prov_canonical_missing",  # HTML with modern metadata but no rel=canonical / og:url
        "prov_canonical_offsite",  # the canonical points at another registered domain
        "prov_publisher_missing",  # HTML with modern metadata but no og:site_name / publisher
        "prov_legacy_markup",  # HTML with no OpenGraph, JSON-LD, Twitter card or canonical
        "prov_metadata_unobservable",  # a text record: no <head> to look at
        "prov_missing_count",  # how many of the HTML indicators fired (0-3)
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        evidence: list[str] = []
        is_html = page.kind == "html"
        author_where = _has_author(page)
        author_missing = is_html and not author_where
        text_author_missing = not is_html and not author_where
        if author_missing:
            evidence.append("no author: no byline, no author meta, no JSON-LD author")
        elif text_author_missing:
            evidence.append("text record: no byline or author line")
        canonical = page.canonical.strip() or page.opengraph.get("og:url", "").strip()
        # Pages from before OpenGraph and rel=canonical (2009-10) have none of them: there the
        # absence says "old page", not "stripped", so it gets its own indicator.
        legacy = is_html and not canonical and _legacy(page)
        if legacy:
            evidence.append("no OpenGraph, JSON-LD or canonical at all (legacy markup)")
        canonical_missing = is_html and not legacy and not canonical
        if canonical_missing:
            evidence.append("no canonical URL (no rel=canonical, no og:url)")
        offsite = False
        if canonical and page.url:
            page_domain, canon_domain = registered_domain(page.url), registered_domain(canonical)
            if (
                page_domain
                and canon_domain
                and page_domain != canon_domain
                and not same_owner(page.url, canon_domain)
            ):
                credited = site_credited(page, canon_domain)
                offsite = not credited
                if offsite:
                    evidence.append(
                        f"canonical points at another site: {canon_domain} (page on {page_domain})"
                    )
                else:
                    evidence.append(f"canonical on {canon_domain}, the site it credits: {credited}")
        publisher_missing = is_html and not legacy and not _publisher(page)
        if publisher_missing:
            evidence.append("no publisher metadata (no og:site_name, no JSON-LD publisher)")
        if not is_html:
            evidence.append("text record: canonical and publisher metadata not observable")
        missing = int(author_missing) + int(canonical_missing) + int(publisher_missing)
        values = (
            float(author_missing),
            float(text_author_missing),
            float(canonical_missing),
            float(offsite),
            float(publisher_missing),
            float(legacy),
            float(not is_html),
            float(missing),
        )
        return values, tuple(evidence)
