"""One known original, a tiny index holding it, and a farm page copying it (copy-match tests)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from detector.originals.index import build_index
from detector.page import Page

ORIGINAL = (
    "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months "
    "to December, from $639m year-earlier.\nThe firm, which is now one of the biggest investors "
    "in Google, benefited from sales of high-speed internet connections and higher advert sales. "
    "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.\nIts profits were "
    "buoyed by one-off gains which offset a profit dip at Warner Bros, and less users for AOL."
)


def build_original_index(folder: Path) -> Path:
    """An index of the Reuters-style ORIGINAL (2017-11-02) and five unrelated stories."""
    src = folder / "o.jsonl"
    rows = [
        {
            "id": "wire:1",
            "url": "https://www.reuters.com/a/1",
            "site": "reuters.com",
            "title": "Ad sales boost Time Warner profit",
            "published": "2017-11-02",
            "text": ORIGINAL,
        }
    ]
    rows += [{"id": f"other:{i}", "text": f"unrelated story number {i} " * 20} for i in range(5)]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    path = folder / "o.idx"
    build_index([src], path, progress=False)
    return path


def copy_page(**kw: object) -> Page:
    """A farm page whose body is ORIGINAL, dated 2025-04-24 and fetched a week later."""
    base = Page(
        url="https://wealthtrail.example/news/1.html",
        paragraphs=tuple(ORIGINAL.split("\n")),
        published=date(2025, 4, 24),
        fetched=date(2025, 5, 1),
    )
    return replace(base, **kw)  # type: ignore[arg-type]
