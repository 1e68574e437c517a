"""Stories in other languages than English, taken from the real pages, for sites that are not in
English.

The source corpora of `originals/` are English only. Without this, every generated farm page
carries an English story, while hundreds of the real (legitimate) pages are German, Spanish or
French: "a story the English topic space cannot read" would then stand for "legitimate", and a
German farm would pass. So a generated site whose language is not English takes, most of the
time, a story from a real page in its own language and of its own split, as a farm that scrapes
the outlets of its own country does.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import trafilatura

from detector.dataset.farms.skeleton import site_key
from detector.dataset.realpages import fallback_date, read_record
from detector.dataset.rng import split_of
from detector.dataset.sources import MIN_ARTICLE_WORDS, Article, RealPage

# Share of the pages of a non-English site that carry a story in the site's language.
FOREIGN_STORY_SHARE = 0.7
_MIN_PARAGRAPH_CHARS = 40

ForeignPools = dict[tuple[str, str], list[Article]]  # (split, language) -> stories


def outlet_name(host: str) -> str:
    """A display name for the outlet of a host ("www.lemonde.fr" -> "Lemonde")."""
    labels = [x for x in host.lower().split(".") if x and x != "www"]
    return labels[-2].title() if len(labels) >= 2 else "Agence"


def story_of(
    html: str, record_id: str, host: str, language: str, published: date
) -> Article | None:
    """The story of a real page as an `Article` (headline, paragraphs, date), or None when thin.

    Read with trafilatura, not with the detector's parser: the dataset must not change when the
    parser does.
    """
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return None
    fields = doc if isinstance(doc, dict) else doc.as_dict()
    title, text = fields.get("title") or "", fields.get("text") or ""
    if not title or not text:
        return None
    paragraphs = tuple(
        " ".join(line.split())
        for line in text.splitlines()
        if len(line.strip()) >= _MIN_PARAGRAPH_CHARS
    )
    if sum(len(p.split()) for p in paragraphs) < MIN_ARTICLE_WORDS:
        return None
    return Article(
        id=f"real:{record_id}",
        corpus=f"real-{language}",
        title=" ".join(title.split())[:300],
        paragraphs=paragraphs,
        city="",
        agency=outlet_name(host),
        published=published,
        topic="world",
    )


def foreign_pools(
    pages: Iterable[RealPage], data_dir: Path, seed: int, languages: frozenset[str]
) -> ForeignPools:
    """Stories of the real pages in `languages`, grouped by (split of their site, language).

    A story keeps the split of the real page it comes from, so a story and its real page are never
    on both sides of a split.
    """
    pools: ForeignPools = {}
    for page in pages:
        if page.language not in languages:
            continue
        html, _url = read_record(data_dir, page.collection_file, page.record_id)
        published = page.published or fallback_date(page.collection_file)
        story = story_of(html, page.record_id, page.host, page.language, published)
        if story is not None:
            split = split_of(seed, "site", site_key(page.host, page.record_id))
            pools.setdefault((split, page.language), []).append(story)
    return pools
