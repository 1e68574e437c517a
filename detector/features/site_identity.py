"""Site identity: does the page's own markup say it lives on another site?

A cloned page (a scraper that copies a whole real page and serves it from its own domain) keeps
the original's canonical URL and its menus' absolute links, which lead back to the site it was
taken from. Licensed syndication may point its canonical at the story's source too, but then the
source is a news agency or a publisher the page credits; a canonical on an uncredited third site,
or a page whose links mostly lead to one other site, is the cloner's mark.
"""

from __future__ import annotations

import functools
from collections import Counter

from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.features.provenance import registered_domain, same_owner
from detector.features.publisher_credits import site_credited, squash
from detector.features.wire import WireCopy
from detector.page import Page


@functools.lru_cache(maxsize=8192)
def _domain(url: str) -> str:
    """The registered domain, IDN-encoded so that "stössenseer.de" equals its punycode."""
    domain = registered_domain(url)
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain


@register("site_identity_v1")
class SiteIdentity(PageFeatures):
    """Canonical URL and links that lead to another, uncredited site.

    Args:
        min_links: absolute links needed before their hosts are read.
    """

    FEATURES = (
        "ident_canonical_foreign",  # canonical/og:url on another site, not an agency, uncredited
        "ident_links_elsewhere_share",  # share of absolute links going to one other site
        "ident_unobservable",  # no page URL, or a text record: nothing to compare
    )

    def __init__(self, min_links: int = 5) -> None:
        self.min_links = min_links

    def _credited(self, page: Page, domain: str) -> bool:
        """Whether the page credits the site `domain`: an agency's site, a credit to the
        publisher ("Source: BBC News", "Originally published at https://..."), or its brand
        word in a byline, credit line, agency credit or the page's site name."""
        if site_credited(page, domain):
            return True
        brand = squash(domain.split(".")[0])
        if len(brand) < 3:
            return False
        for credit in WireCopy()._credits(page):
            if brand in squash(credit.where) or brand in squash(credit.agency.key):
                return True
        return bool(page.site_name) and brand in squash(page.site_name)

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised: made_elsewhere asks)."""
        return memo(page, ("site_identity_extract", self.min_links), lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        own = _domain(page.url) if page.url else ""
        if page.kind != "html" or not own:
            return (0.0, 0.0, 1.0), ()
        evidence: list[str] = []
        canonical = page.canonical.strip() or page.opengraph.get("og:url", "").strip()
        foreign = 0.0
        other = _domain(canonical) if canonical.startswith("http") else ""
        if (
            other
            and other != own
            and not same_owner(page.url, other)
            and not self._credited(page, other)
        ):
            foreign = 1.0
            evidence.append(f"canonical URL is on {other}, not {own}, and {other} is not credited")
        hosts: Counter[str] = Counter()
        total = 0
        for block in page.link_blocks:
            for anchor in block.anchors:
                if anchor.href.startswith("http"):
                    total += 1
                    domain = _domain(anchor.href)
                    if domain and domain != own and not same_owner(page.url, domain):
                        hosts[domain] += 1
        share = 0.0
        if total >= self.min_links and hosts:
            top, count = hosts.most_common(1)[0]
            share = count / total
            if share > 0.5:
                evidence.append(f"{count} of {total} links lead to {top}, not to {own}")
        return (foreign, share, 0.0), tuple(evidence)
