"""Cost of the four topic-space signals per page, against `parse_page` on the same pages.

Run: .venv/bin/python bench/bench_topic_signals.py [--pages 400] [--repeats 5]
Signals: breadcrumb_topic_v1, link_blocks_v1, date_staleness_v1, brand_mismatch_v1, timed
together and one by one on pages parsed beforehand (the story-topic cache is cleared before every
repeat, so each repeat pays for every story once). Baseline in the same run: `parse_page` alone.
Figures: ms/page (medians over repeats) and the ratio to parsing. Budget: the four together
< ~1.5 ms/page, so that parse + all signals stays near 200 pages/s on one core.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import iter_real_pages, median_seconds, pin_to_one_core, write_markdown

from detector.features import _story
from detector.features.base import PageFeatures
from detector.features.brand import BrandMismatch
from detector.features.breadcrumbs import BreadcrumbTopic
from detector.features.dates import DateStaleness
from detector.features.link_blocks import LinkBlocksTopic
from detector.page import Page, parse_page

FETCHED = date(2026, 11, 1)


def run(extractors: list[PageFeatures], pages: list[Page]) -> None:
    """Extract every signal of `extractors` from every page, with a cold story cache."""
    _story._story_topic.cache_clear()
    for page in pages:
        for ex in extractors:
            ex.extract(page)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "topic_signals.md"))
    args = ap.parse_args()
    pin_to_one_core()
    raw = [(r["html"], r["url"] or None) for r in iter_real_pages(args.pages)]
    pages = [parse_page(html, url=url, fetched=FETCHED) for html, url in raw]
    families: list[PageFeatures] = [
        BreadcrumbTopic(),
        LinkBlocksTopic(),
        DateStaleness(),
        BrandMismatch(),
    ]
    run(families, pages[:5])  # load the topic space and tldextract's snapshot before timing

    def parse_all() -> None:
        for html, url in raw:
            parse_page(html, url=url, fetched=FETCHED)

    n = len(pages)
    parse_s, _ = median_seconds(parse_all, args.repeats)
    all_s, _ = median_seconds(lambda: run(families, pages), args.repeats)
    rows = [["parse_page (baseline)", f"{parse_s / n * 1e3:.3f}", "1.00"]]
    rows.append(["four topic signals", f"{all_s / n * 1e3:.3f}", f"{all_s / parse_s:.3f}"])
    for ex in families:
        # One family alone pays for the story topic itself (the others share it in a page).
        secs, _ = median_seconds(lambda ex=ex: run([ex], pages), args.repeats)
        rows.append([ex.registry_name, f"{secs / n * 1e3:.3f}", f"{secs / parse_s:.3f}"])
    for row in rows:
        print(" | ".join(row))
    write_markdown(
        Path(args.out),
        "Topic-space signals: cost per page",
        ["step", "ms/page (median)", "ratio to parse_page"],
        rows,
        f"{n} real pages from the shared HTML corpora, {args.repeats} repeats, one core "
        "(shared machine: ratios hold better than absolute times).",
    )


if __name__ == "__main__":
    main()
