"""Clone seams: a page whose own identity says it is a look-alike site's page.

A scraper that clones a whole real page serves it from a domain made to look like the
original's ("vox-today.top" for vox.com, "nytimesdaily.info" for nytimes.com) and forgets to
rewrite the page's identity: its canonical and og:url, its JSON-LD url/@id/publisher/logo, its
menus' absolute links and its brand still name the original. A real site may declare another
domain too, but that domain is its owner's (a local paper's parent company, a network's
shared CMS), whose name does not look like a variant of its own; and honest syndication
credits the site it copies from. So this family fires only when a declared domain is a
look-alike of the page's host (one registrable label contains the other, or they differ by a
typo) and the page credits nobody on that domain.

Read only from `Page` fields (canonical, opengraph, meta, jsonld, link_blocks, brand names).
It does not repeat `site_identity_v1` (a canonical or most links on any other uncredited site):
it adds the look-alike test, the JSON-LD and meta declarations and the brand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.features.brand import brand_domain_similarity, domain_labels
from detector.features.provenance import registered_domain
from detector.features.publisher_credits import site_credited
from detector.page import Page

# JSON-LD keys whose value (a URL, or an object with "url"/"@id") names the page's own site.
# Logos and images are left out: they are served from the site's CDN ("vox-cdn.com").
_JSONLD_KEYS = ("url", "@id", "mainEntityOfPage", "publisher", "isPartOf", "sourceOrganization")
# <meta> names and properties whose value is a URL of the page itself.
_META_KEYS = ("twitter:url", "al:web:url", "parsely-link", "sailthru.url", "twitter:domain")
_HOST = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}")
_IP = re.compile(r"[0-9.]+|[0-9a-f:]+")
_WAYBACK = re.compile(r"https?://web\.archive\.org/web/[0-9a-z_]+/(.+)", re.I)
# Where the page names its brand (brand_candidates sources); title suffixes are too often
# section names to count.
_BRAND_SOURCES = ("og:site_name", "jsonld_publisher", "application-name", "logo_alt")


def _urls(value: Any, depth: int = 0) -> Iterator[str]:
    """Absolute URLs in a JSON-LD value: a string, {"url"/"@id": ...}, or a list of those."""
    if depth > 3:
        return
    if isinstance(value, str):
        if value.startswith(("http://", "https://", "//")):
            yield value
    elif isinstance(value, Mapping):
        for key in ("url", "@id"):
            if key in value:
                yield from _urls(value[key], depth + 1)
    elif isinstance(value, list | tuple):
        for item in value[:10]:
            yield from _urls(item, depth + 1)


def _objects(items: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    """JSON-LD objects, descending into lists and "@graph"."""
    if depth > 3:
        return
    for item in items if isinstance(items, list | tuple) else (items,):
        if isinstance(item, Mapping):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from _objects(graph, depth + 1)
        elif isinstance(item, list):
            yield from _objects(item, depth + 1)


def declarations(page: Page) -> Iterator[tuple[str, str]]:
    """(where, url) for every place the page's markup names its own URL or site."""
    if page.canonical:
        yield "canonical", page.canonical
    og = page.opengraph.get("og:url", "")
    if og:
        yield "og:url", og
    for key in _META_KEYS:
        value = page.meta.get(key, "").strip().lower()
        if value.startswith(("http://", "https://")) or _HOST.fullmatch(value):
            yield key, value if "/" in value else f"//{value}"
    for obj in _objects(page.jsonld):
        for key in _JSONLD_KEYS:
            if key in obj:
                for url in _urls(obj[key]):
                    yield f"JSON-LD {key}", url


def own_url(url: str) -> str:
    """The page's URL as a web address on a named host ("" when it is not one), unwrapped
    from a Wayback Machine capture (an archived page declares the archived site)."""
    m = _WAYBACK.match(url)
    if m:
        url = m.group(1)
    if not url.startswith(("http://", "https://")):
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    if "." not in host or _IP.fullmatch(host):
        return ""  # localhost, a dev server or a proxy by address: a copy, but not a site
    return url


@functools.lru_cache(maxsize=4096)
def _label(url_or_host: str) -> str:
    """The registrable domain's label without its suffix ("www.vox.com" -> "vox")."""
    labels = domain_labels(url_or_host)
    return labels[0] if labels else ""


@functools.lru_cache(maxsize=8192)
def _edits(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance of two short strings, stopped at `cap`."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) >= cap:
            return cap
        prev = cur
    return min(prev[-1], cap)


@functools.lru_cache(maxsize=8192)
def lookalike(own: str, other: str, min_len: int = 3, max_affix: int = 8) -> str:
    """How the label `own` imitates the label `other` ("" when it does not).

    A look-alike host wraps the other label in a short affix ("the" + "vox", "nytimes" + "daily") or
    changes one letter. Equal labels on other suffixes ("bbc.co.uk", "bbc.com") are one owner's
    country sites, and a host shorter than the other ("sky" for "skysports") is the
    original, not the imitation; a contained label must be `min_len` long ("ap" is not in "snap") and at an
    edge, with at most `max_affix` letters around it ("sky" is not imitated by
    "skynewsinternational").
    """
    if not own or not other or own == other:
        return ""
    short, long_ = sorted((own, other), key=len)
    affix = len(long_) - len(short)
    if own != long_ or len(short) < min_len or affix > max_affix:
        pass  # a host shorter than the other name is the original, not its imitation
    elif own.startswith(other):
        return f'"{own}" is "{other}" + "{own[len(other) :]}"'
    elif own.endswith(other):
        return f'"{own}" is "{own[:affix]}" + "{other}"'
    if min(len(own), len(other)) >= 5 and _edits(own, other) <= 1:
        return f'"{own}" is one letter from "{other}"'
    return ""


@register("clone_seams_v1")
class CloneSeams(PageFeatures):
    """The page's own identity (canonical, JSON-LD, meta, menus, brand) names another,
    uncredited site it imitates: the seams of a cloned page.

    Args:
        min_links: absolute links needed before their share is read.
        min_link_hits: links to one look-alike needed before it counts (a lone link to a
            sister site is a footer credit, not a cloned menu).
        min_link_share: share of the absolute links needed: a cloned menu leads mostly to
            the original (median share 1.0 on generated clones), a real site links its
            sister sites among many others (oecdobserver.org: 2 of 11 to oecd.org).
    """

    FEATURES = (
        "clone_declared_lookalike",  # canonical/og/JSON-LD/meta names a look-alike, uncredited
        "clone_declarations",  # how many kinds of declaration name it (capped at 5)
        "clone_links_lookalike_share",  # share of absolute menu/list links going to it
        "clone_brand_elsewhere",  # the page's brand is a declared other site's, not the host's
        "clone_unobservable",  # a text record or no page URL: nothing to compare
    )

    def __init__(
        self, min_links: int = 5, min_link_hits: int = 2, min_link_share: float = 0.25
    ) -> None:
        self.min_links = min_links
        self.min_link_hits = min_link_hits
        self.min_link_share = min_link_share

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        key = ("clone_seams", self.min_links, self.min_link_hits, self.min_link_share)
        return memo(page, key, lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        own_domain = registered_domain(own_url(page.url))
        own = _label(own_domain) if own_domain else ""
        if page.kind != "html" or not own:
            return (0.0, 0.0, 0.0, 0.0, 1.0), ()
        if page.url in (page.canonical, page.opengraph.get("og:url")):
            # Parsed without a URL, the page took its canonical's: its host is what it
            # declares, so there is no host to compare its declarations with.
            return (0.0, 0.0, 0.0, 0.0, 0.0), ()
        # Every other domain the page declares itself on -> where; look-alikes are a subset.
        declared: dict[str, list[str]] = {}
        for where, url in declarations(page):
            domain = registered_domain(url)
            if domain and domain != own_domain:
                places = declared.setdefault(domain, [])
                if where not in places:
                    places.append(where)
        links: dict[str, int] = {}
        total = 0
        for block in page.link_blocks:
            for anchor in block.anchors:
                if anchor.href.startswith(("http://", "https://")):
                    total += 1
                    domain = registered_domain(anchor.href)
                    if domain and domain != own_domain and lookalike(own, _label(domain)):
                        links[domain] = links.get(domain, 0) + 1
        least = max(self.min_link_hits, self.min_link_share * total)
        links = {d: n for d, n in links.items() if n >= least}
        uncredited = {d for d in {*declared, *links} if not site_credited(page, d)}
        evidence: list[str] = []
        alike = {d: w for d, w in declared.items() if d in uncredited and lookalike(own, _label(d))}
        is_declared, kinds = 0.0, 0.0
        if alike:
            top = max(alike, key=lambda d: len(alike[d]))
            is_declared, kinds = 1.0, float(min(len(alike[top]), 5))
            evidence.append(
                f"{', '.join(alike[top][:4])} name {top}, not {own_domain}: a look-alike "
                f"({lookalike(own, _label(top))}) that the page does not credit"
            )
        share = 0.0
        links = {d: n for d, n in links.items() if d in uncredited}
        if total >= self.min_links and links:
            top_l = max(links, key=lambda d: links[d])
            share = links[top_l] / total
            evidence.append(
                f"{links[top_l]} of {total} links lead to {top_l}, a look-alike of {own_domain}"
            )
        others = {d: d in alike or d in links for d in declared if d in uncredited}
        others.update({d: True for d in links})
        brand = self._brand(page, own, others, evidence)
        return (is_declared, kinds, share, brand, 0.0), tuple(evidence)

    @staticmethod
    def _brand(page: Page, own: str, others: dict[str, bool], evidence: list[str]) -> float:
        """1.0 when a declared brand spells another declared site's label and not the host's.

        `others` maps each uncredited other domain to whether it is a look-alike; a look-alike
        host ("voxnews") may itself be spelled by the brand ("Vox" + filler), so for it the
        brand only has to spell the other site's label.
        """
        if not others:
            return 0.0
        names = {b for b, src in page.brand_candidates if src in _BRAND_SOURCES}
        if page.site_name:
            names.add(page.site_name)
        own_spelled = any(brand_domain_similarity(n, own) >= 1.0 for n in names)
        for name in sorted(names):
            for domain, alike in sorted(others.items()):
                label = _label(domain)
                if (alike or not own_spelled) and brand_domain_similarity(name, label) >= 1.0:
                    evidence.append(f'the page calls itself "{name}", the brand of {domain}')
                    return 1.0
        return 0.0
