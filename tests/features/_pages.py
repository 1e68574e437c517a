"""Pages for the topic-signal tests: hand-built `Page`s, the seed, and a sample of real pages."""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.base import clone

from detector.config import load_settings
from detector.features.base import PageFeatures
from detector.page import Anchor, DateCandidate, LinkBlock, Page, parse_page

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_92ec4ba84c87f13f.txt"

POLITICS_STORY = (
    "A group of U.S. senators visiting Beijing expressed hope that they had opened the door to "
    "government talks with China on its role in the fentanyl crisis ravaging America.",
    "The senators made trade and fentanyl their main focus in their meetings with Chinese "
    "government officials, and the White House said diplomats would meet again next month.",
    "Republican and Democratic lawmakers said the talks on sanctions and trade restrictions "
    "were difficult but that both governments wanted to stabilise relations.",
)
SPORT_STORY = (
    "Manchester United beat Arsenal 2-1 in the Premier League on Sunday, with a late goal from "
    "their striker sealing the win in front of a full stadium.",
    "The manager praised his players after the match and said the team would fight for the "
    "title, while the defeated coach complained about the referee.",
)


def politics_page(**changes: object) -> Page:
    """A hand-built English politics page; keyword arguments replace fields."""
    base = Page(
        url="https://www.example-news.com/world/senators-china-fentanyl",
        title="Senators see hope for fentanyl talks with China - Example News",
        headline="US senators see hope for fentanyl talks with China",
        site_name="Example News",
        brand_candidates=(("Example News", "og:site_name"), ("Example News", "title_suffix")),
        paragraphs=POLITICS_STORY,
        published=date(2023, 10, 10),
        date_candidates=(DateCandidate(date(2023, 10, 10), "meta:article:published_time"),),
        language="en",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def block(heading: str, *texts: str, internal: bool | None = None) -> LinkBlock:
    """A link block of headline anchors."""
    return LinkBlock(heading, tuple(Anchor(t, internal=internal) for t in texts))


@functools.cache
def seed_page() -> Page:
    """The seed farm page, parsed as the extracted-text record it is."""
    return parse_page(SEED.read_text(encoding="utf-8"), content_type="text/plain")


@functools.cache
def real_pages(limit: int = 80) -> tuple[Page, ...]:
    """The first `limit` pages of the article-extraction benchmark (real outlets), parsed."""
    path = load_settings().data_dir / "html" / "article_extraction_benchmark.jsonl.gz"
    pages = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            pages.append(parse_page(rec["html"], url=rec["url"]))
            if len(pages) >= limit:
                break
    return tuple(pages)


def check_contract(extractor: PageFeatures, pages: list[Page]) -> np.ndarray:
    """Assert the registry contract on `pages` and return X."""
    est = clone(extractor)
    X = est.fit_transform(pages)
    assert X.shape == (len(pages), len(est.get_feature_names_out()))
    assert np.isfinite(X).all()
    for page in pages:
        values, evidence = est.extract(page)
        assert len(values) == len(est.FEATURES)
        assert evidence and all(isinstance(e, str) and 0 < len(e) < 300 for e in evidence)
    return X


def fire_share(
    extractor: PageFeatures, feature: str, pages: tuple[Page, ...], above: float = 0.0
) -> float:
    """Share of `pages` where `feature` is above `above`."""
    idx = extractor.FEATURES.index(feature)
    X = extractor.transform(pages)
    return float((X[:, idx] > above).mean())
