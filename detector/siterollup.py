"""Roll page scores up per site: registrable domain first, split where parts of a site differ.

The registrable domain comes from tldextract's bundled public-suffix snapshot, configured never
to fetch. A site whose hosts (or, within one host, first path segments) get different verdicts
is reported per host (or per host/path), so that `blog.example.com` or `example.com/sponsored`
is not hidden inside an otherwise clean domain.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import tldextract

from detector.results import TIERS

# A site is a republisher when at least half its scored pages are (a majority of what we saw),
# uncertain when at least a fifth are, or when half its pages are copies of known originals.
REPUBLISHER_SHARE = 0.5
UNCERTAIN_SHARE = 0.2
COPY_SHARE = 0.5
# ...and uncertain when most of its pages are at least uncertain: the model doubts the site.
DOUBT_SHARE = 0.5


@functools.lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() and cache_dir=None: the bundled snapshot only, never the network.
    # Private suffixes count: every someone.blogspot.com or someone.github.io is its own site.
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def registrable_domain(host: str) -> str:
    """`news.example.co.uk` -> `example.co.uk`; hosts without a public suffix stay as they are."""
    ext = _extractor()(host)
    if ext.domain and ext.suffix:
        return f"{ext.domain}.{ext.suffix}"
    return host


@dataclass
class _Group:
    pages: int = 0
    errors: int = 0
    copies: int = 0
    score_sum: float = 0.0
    tiers: Counter[str] = field(default_factory=Counter)
    lists: Counter[str] = field(default_factory=Counter)

    def add(self, row: dict[str, Any]) -> None:
        self.pages += 1
        if row.get("error"):
            self.errors += 1
            return
        self.tiers[str(row.get("tier"))] += 1
        if row.get("score") is not None:
            self.score_sum += float(row["score"])
        if row.get("match"):
            self.copies += 1
        listed = row.get("list")
        if listed:
            self.lists[f"{listed['action']} list {listed['list']} rule {listed['rule']!r}"] += 1

    def merge(self, other: _Group) -> None:
        self.pages += other.pages
        self.errors += other.errors
        self.copies += other.copies
        self.score_sum += other.score_sum
        self.tiers.update(other.tiers)
        self.lists.update(other.lists)

    def verdict(self) -> tuple[str | None, str]:
        scored = self.pages - self.errors
        if scored == 0:
            return None, "no page could be scored"
        if self.lists:
            rule, n = self.lists.most_common(1)[0]
            action = rule.split(" ", 1)[0]
            tier = TIERS[0] if action == "deny" else TIERS[2]
            return tier, f"{rule} ({n} of {scored} scored pages listed)"
        rep = self.tiers[TIERS[0]] / scored
        copies = self.copies / scored
        if rep >= REPUBLISHER_SHARE:
            return TIERS[0], f"{rep:.0%} of pages likely-republisher (>= {REPUBLISHER_SHARE:.0%})"
        if rep >= UNCERTAIN_SHARE:
            return TIERS[1], f"{rep:.0%} of pages likely-republisher (>= {UNCERTAIN_SHARE:.0%})"
        if copies >= COPY_SHARE:
            return TIERS[1], f"{copies:.0%} of pages copy a known original (>= {COPY_SHARE:.0%})"
        doubtful = (self.tiers[TIERS[0]] + self.tiers[TIERS[1]]) / scored
        if doubtful >= DOUBT_SHARE:
            return TIERS[1], (
                f"{doubtful:.0%} of pages uncertain or likely-republisher (>= {DOUBT_SHARE:.0%})"
            )
        return TIERS[2], f"{rep:.0%} of pages likely-republisher (< {UNCERTAIN_SHARE:.0%})"

    def to_row(self, site: str, level: str) -> dict[str, Any]:
        scored = self.pages - self.errors
        tier, rule = self.verdict()
        return {
            "site": site,
            "level": level,
            "verdict": tier,
            "rule": rule,
            "pages": self.pages,
            "scored": scored,
            "errors": self.errors,
            "copy_share": round(self.copies / scored, 4) if scored else None,
            "republisher_share": round(self.tiers[TIERS[0]] / scored, 4) if scored else None,
            "mean_score": round(self.score_sum / scored, 4) if scored else None,
            "tiers": {t: self.tiers[t] for t in TIERS if self.tiers[t]},
        }


class SiteRollup:
    """Accumulates page rows (dicts as written by batch output) and reports per site."""

    def __init__(self) -> None:
        # domain -> host -> first path segment -> group
        self._groups: dict[str, dict[str, dict[str, _Group]]] = {}

    def add(self, row: dict[str, Any]) -> None:
        """Count one page row (a `ScoreResult.to_dict()`, plus `list` when lists are used)."""
        url = str(row.get("url") or row.get("input") or "")
        parts = urlsplit(url if "://" in url else f"http://{url}")
        host = (parts.hostname or "").lower().removeprefix("www.")
        if not host:
            host = "(no host)"
        segment = parts.path.strip("/").split("/", 1)[0]
        domain = registrable_domain(host) if host != "(no host)" else host
        by_host = self._groups.setdefault(domain, {})
        by_path = by_host.setdefault(host, {})
        by_path.setdefault(segment, _Group()).add(row)

    def report(self) -> list[dict[str, Any]]:
        """One row per site, largest first; differing hosts and paths reported apart."""
        rows: list[dict[str, Any]] = []
        for domain, hosts in self._groups.items():
            host_groups = {host: _merged(paths.values()) for host, paths in hosts.items()}
            split_paths = {host for host, paths in hosts.items() if _differ(paths.values())}
            if not split_paths and not _differ(host_groups.values(), min_scored=1):
                rows.append(_merged(host_groups.values()).to_row(domain, "domain"))
                continue
            for host, group in host_groups.items():
                if host not in split_paths:
                    rows.append(group.to_row(host, "host"))
                    continue
                for seg, pg in hosts[host].items():
                    rows.append(pg.to_row(f"{host}/{seg}" if seg else f"{host}/", "path"))
        rows.sort(key=lambda r: (-r["pages"], r["site"]))
        return rows


# A path group needs this many scored pages before its verdict can split a host: one odd page
# under /2024/ is noise, three pages that agree are a section.
MIN_PATH_PAGES = 3


def _merged(groups: Any) -> _Group:
    total = _Group()
    for g in groups:
        total.merge(g)
    return total


def _differ(groups: Any, min_scored: int = MIN_PATH_PAGES) -> bool:
    verdicts = {
        g.verdict()[0] for g in groups if g.pages - g.errors >= min_scored and g.verdict()[0]
    }
    return len(verdicts) > 1
