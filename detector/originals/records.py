"""The records of the originals index: what an original is and what a match reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Original:
    """One known original article.

    `url` is the article's address when the corpus gives one; the research corpora give none, so
    their readers use a `corpus:<name>/<id>` address that names the record and resolves nowhere.
    """

    id: str
    text: str
    url: str = ""
    site: str = ""  # the publisher's domain, e.g. "reuters.com"
    title: str = ""
    published: date | None = None
    corpus: str = ""

    def meta(self) -> dict[str, Any]:
        """The stored fields (everything but the text), JSON-ready."""
        return {
            "id": self.id,
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "corpus": self.corpus,
        }


@dataclass(frozen=True, slots=True)
class Match:
    """One original a page copies, with the figures behind the verdict.

    `similarity` is the estimated Jaccard similarity of the two shingle sets;
    `containment_of_original` the share of the original's shingles the page holds;
    `containment_of_page` the share of the page's shingles that come from the original;
    `days_earlier` how many days the original predates the page's claimed date (None when
    either date is unknown).
    """

    id: str
    url: str
    site: str
    title: str
    published: date | None
    corpus: str
    similarity: float
    containment_of_original: float
    containment_of_page: float
    days_earlier: int | None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        out = asdict(self)
        out["published"] = self.published.isoformat() if self.published else None
        for key in ("similarity", "containment_of_original", "containment_of_page"):
            out[key] = round(out[key], 4)
        return out
