"""The real pages of `html/`: list the usable ones, and read one back by its record id."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from detector.dataset.sources import RealPage, read_jsonl_gz
from detector.errors import RecordError

# Pages below this many words of visible text are error pages, stubs or framesets, not articles
# (checked by eye on the shortest pages of each collection).
MIN_PAGE_WORDS = 80
MAX_PAGE_CHARS = 3_000_000

# A fallback "now" for pages that state no date: roughly when each collection was crawled.
COLLECTION_DATES = {
    "article_extraction_benchmark": date(2019, 6, 1),
    "goose3": date(2015, 6, 1),
    "newspaper": date(2014, 6, 1),
    "postlight": date(2018, 6, 1),
    "trafilatura_eval": date(2020, 6, 1),
    "trafilatura_cache": date(2020, 6, 1),
    "merged_CleanPortalEval-master": date(2016, 6, 1),
    "merged_cleaneval-dev": date(2007, 1, 1),
    "merged_cleaneval-final": date(2007, 1, 1),
    "merged_dragnet_data": date(2012, 6, 1),
    "merged_readability": date(2016, 6, 1),
    "merged_page-signal-master": date(2010, 1, 30),
}
DEFAULT_DATE = date(2015, 1, 1)

# Blocklists of farms, scrapers and cloners: a "real" page whose host is listed is not used as a
# legit example (ambiguous). The fake-news list is left out: partisan outlets are not republishers.
FARM_LISTS = (
    "content_farm_terminator-content-farms.txt",
    "content_farm_terminator-bad-cloners.txt",
    "super_seo_spam_suppressor-slop.txt",
    "super_seo_spam_suppressor-generative_ai.txt",
    "spamdexing_sites.txt",
    "seo_garbage.txt",
    "ai_ublock_blacklist.txt",
    "ubo_dev_filter.txt",
)

_DATE_PATTERNS = (
    re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})'),
    re.compile(r'published_time"\s+content="(\d{4}-\d{2}-\d{2})'),
    re.compile(r'content="(\d{4}-\d{2}-\d{2})[^"]*"\s+(?:property|name)="article:published_time'),
    re.compile(r'<time[^>]+datetime="(\d{4}-\d{2}-\d{2})'),
)
_LANG = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", re.I)


def collection_name(collection_file: str) -> str:
    """`html/goose3.jsonl.gz` -> `goose3`."""
    return Path(collection_file).name.removesuffix(".jsonl.gz")


def page_date(html: str, meta: dict[str, Any]) -> date | None:
    """The date the page states for itself, from the collection's metadata or the HTML head."""
    candidates = [str(meta.get("date") or "")]
    head = html[:200_000]
    candidates += [m.group(1) for p in _DATE_PATTERNS for m in [p.search(head)] if m]
    for c in candidates:
        if re.match(r"^\d{4}-\d{2}-\d{2}", c):
            try:
                d = date.fromisoformat(c[:10])
            except ValueError:
                continue
            if date(1994, 1, 1) <= d <= date(2026, 11, 1):
                return d
    return None


def fallback_date(collection_file: str) -> date:
    """The fixed "now" of a page that states no date."""
    return COLLECTION_DATES.get(collection_name(collection_file), DEFAULT_DATE)


def load_farm_hosts(lists_dir: Path) -> frozenset[str]:
    """Hosts on the farm blocklists (missing lists are skipped: they only filter)."""
    hosts: set[str] = set()
    for name in FARM_LISTS:
        p = lists_dir / name
        if p.is_file():
            hosts.update(h.strip() for h in p.read_text(encoding="utf-8").split() if h.strip())
    return frozenset(hosts)


def is_listed(host: str, listed: frozenset[str]) -> bool:
    """True when the host or one of its parent domains is listed."""
    parts = host.lower().removeprefix("www.").split(".")
    return any(".".join(parts[i:]) in listed for i in range(len(parts) - 1))


def visible_words(html: str) -> int:
    """Words of visible body text (scripts and styles dropped)."""
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript"):
        node.decompose()
    body = tree.body
    return len(body.text(separator=" ").split()) if body is not None else 0


def list_real_pages(
    data_dir: Path,
    files: Iterable[str],
    listed: frozenset[str],
    keep_html: Callable[[RealPage], bool] = lambda _p: False,
) -> tuple[list[RealPage], dict[str, str], dict[str, int]]:
    """List the usable real pages of the given collection files.

    Returns the pages, the HTML of those `keep_html` selects (keyed by record id), and counts of
    the pages dropped by reason.
    """
    pages: list[RealPage] = []
    kept: dict[str, str] = {}
    dropped: dict[str, int] = {}
    for cf in files:
        for r in read_jsonl_gz(data_dir / cf):
            html = r.get("html") or ""
            host = (r.get("host") or "").lower().removeprefix("www.")
            reason = ""
            if not (1000 <= len(html) <= MAX_PAGE_CHARS):
                reason = "size"
            elif host and is_listed(host, listed):
                reason = "host_on_farm_list"
            elif visible_words(html) < MIN_PAGE_WORDS:
                reason = "too_little_text"
            if reason:
                dropped[reason] = dropped.get(reason, 0) + 1
                continue
            m = _LANG.search(html[:5000])
            page = RealPage(
                collection_file=cf,
                record_id=r["id"],
                url=r.get("url") or "",
                host=host,
                published=page_date(html, r.get("meta") or {}),
                wire=bool((r.get("meta") or {}).get("wire_dateline")),
                language=m.group(1).lower() if m else "",
                sha256=hashlib.sha256(html.encode("utf-8")).hexdigest(),
            )
            pages.append(page)
            if keep_html(page):
                kept[page.record_id] = html
    return pages, kept, dropped


@lru_cache(maxsize=2)
def _collection(path: str) -> dict[str, tuple[str, str]]:
    return {r["id"]: (r.get("html") or "", r.get("url") or "") for r in read_jsonl_gz(Path(path))}


def read_record(data_dir: Path, collection_file: str, record_id: str) -> tuple[str, str]:
    """(html, url) of one real page. Keeps the last two collections read in memory."""
    records = _collection(str(data_dir / collection_file))
    if record_id not in records:
        raise RecordError(f"record {record_id!r} is not in {data_dir / collection_file}")
    return records[record_id]
