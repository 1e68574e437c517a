"""Pages for the republisher-signal tests (wire, engagement, provenance, leftovers, ad layout).

Hand-built `Page`s for unit tests, the seed farm page, single real L3S Google-News pages by id,
and a mixed sample of real outlet pages from `shared/data/html/` (read in place by path).
"""

from __future__ import annotations

import functools
import gzip
import itertools
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from detector.config import load_settings
from detector.features.base import PageFeatures
from detector.page import Page, parse_page

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_92ec4ba84c87f13f.txt"

STORY = (
    "A group of U.S. senators visiting Beijing expressed hope Tuesday that they had opened the "
    "door ever so slightly to government talks with China on its role in the fentanyl crisis.",
    "Senate Majority Leader Chuck Schumer said Chinese President Xi Jinping had indicated he "
    "would consider a request to appoint a high-level official for talks on the issue.",
    "China has refused to hold talks on fentanyl unless the U.S. lifts trade restrictions placed "
    "on a Chinese police forensics science institute in 2020, officials said.",
)

# Real-page sample: (file, how many records from its head). About 200 pages in all, from
# different collections, years (1990s-2020s), languages and site kinds, incl. wire sites.
REAL_SAMPLE = (
    ("article_extraction_benchmark.jsonl.gz", 50),
    ("merged_page-signal-master.jsonl.gz", 60),
    ("trafilatura_eval.jsonl.gz", 50),
    ("newspaper.jsonl.gz", 30),
    ("merged_dragnet_data.jsonl.gz", 30),
)


def story_page(**changes: Any) -> Page:
    """A hand-built HTML news page with a story and nothing else; keyword args replace fields."""
    base = Page(
        url="https://www.example-news.com/world/senators-china-fentanyl",
        kind="html",
        title="Senators see hope for fentanyl talks - Example News",
        headline="Senators see hope for fentanyl talks",
        paragraphs=STORY,
        language="en",
    )
    return replace(base, **changes)


def html_dir() -> Path:
    """Where the real HTML corpora live (settings' data_dir)."""
    return load_settings().data_dir / "html"


def _records(name: str) -> Iterator[dict[str, Any]]:
    with gzip.open(html_dir() / name, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def parsed_pages(name: str) -> Iterator[Page]:
    """The pages of one real HTML collection (e.g. "trafilatura_eval.jsonl.gz"), parsed in order."""
    for rec in _records(name):
        yield parse_page(rec["html"], url=rec.get("url"))


@functools.cache
def seed_page() -> Page:
    """The seed farm page, parsed as the extracted-text record it is."""
    return parse_page(SEED.read_text(encoding="utf-8"), content_type="text/plain")


@functools.cache
def l3s_page(id_prefix: str) -> tuple[Page, dict[str, Any]]:
    """One L3S Google-News page by the start of its id, parsed, with its record's `meta`."""
    for rec in _records("merged_page-signal-master.jsonl.gz"):
        if rec["id"].split("/")[-1].startswith(id_prefix):
            return parse_page(rec["html"], url=rec["url"]), rec["meta"]
    raise LookupError(f"no L3S page with id {id_prefix}")


@functools.cache
def real_sample() -> tuple[Page, ...]:
    """About 200 real outlet pages from several collections, parsed."""
    pages: list[Page] = []
    for name, count in REAL_SAMPLE:
        pages.extend(itertools.islice(parsed_pages(name), count))
    return tuple(pages)


def fire_share(extractor: PageFeatures, feature: str, pages: tuple[Page, ...]) -> float:
    """Share of `pages` where `feature` is > 0."""
    idx = extractor.FEATURES.index(feature)
    X = extractor.transform(pages)
    return float((X[:, idx] > 0).mean())


def values(extractor: PageFeatures, page: Page) -> dict[str, float]:
    """Feature name -> value for one page."""
    return extractor.signal(page).as_dict()


def evidence(extractor: PageFeatures, page: Page) -> str:
    """All evidence for one page as one string."""
    return " | ".join(extractor.extract(page)[1])


def finite(X: np.ndarray) -> bool:
    """True when every value is finite."""
    return bool(np.isfinite(X).all())
