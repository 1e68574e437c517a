"""Parse + all signals per page on the real HTML corpus, against trafilatura.extract alone.

Run: .venv/bin/python bench/bench_parse.py [--pages 600] [--repeats 3]
Figures: pages/s on one pinned core, from the process's CPU time (`time.process_time`, so other
jobs on a shared machine count less than in wall time), medians over repeats, and the ratio to
trafilatura in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura
from common import iter_real_pages, pin_to_one_core, write_markdown

from detector.features.base import load_all
from detector.page import parse_page

FETCHED = date(2026, 11, 1)


def median_cpu_seconds(fn: Callable[[], object], repeats: int) -> float:
    """Median CPU time of `fn()` over `repeats` runs (this process only)."""
    runs = []
    for _ in range(repeats):
        start = time.process_time()
        fn()
        runs.append(time.process_time() - start)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "parse.md"))
    args = ap.parse_args()
    pin_to_one_core()
    pages = [(r["html"], r["url"] or "") for r in iter_real_pages(args.pages)]
    extractors = [cls() for name, cls in sorted(load_all().items()) if name != "copy_match_v1"]
    warm = parse_page(pages[0][0], url=pages[0][1], fetched=FETCHED)
    for ex in extractors:  # load lazy resources (topic space) before timing
        ex.extract(warm)

    def parse_only() -> None:
        for html, url in pages:
            parse_page(html, url=url or None, fetched=FETCHED)

    def parse_and_signals() -> None:
        for html, url in pages:
            page = parse_page(html, url=url or None, fetched=FETCHED)
            for ex in extractors:
                ex.extract(page)

    def trafilatura_only() -> None:
        for html, _ in pages:
            trafilatura.extract(html)

    n = len(pages)
    t_parse = median_cpu_seconds(parse_only, args.repeats)
    t_all = median_cpu_seconds(parse_and_signals, args.repeats)
    t_traf = median_cpu_seconds(trafilatura_only, max(1, args.repeats - 1))
    rows = [
        ["trafilatura.extract (baseline)", f"{n / t_traf:.0f}", f"{t_traf / n * 1000:.2f}", "1.0x"],
        [
            "parse_page",
            f"{n / t_parse:.0f}",
            f"{t_parse / n * 1000:.2f}",
            f"{t_traf / t_parse:.1f}x",
        ],
        [
            f"parse_page + {len(extractors)} signal families",
            f"{n / t_all:.0f}",
            f"{t_all / n * 1000:.2f}",
            f"{t_traf / t_all:.1f}x",
        ],
    ]
    notes = (
        f"{n} real pages from ../shared/data/html (>= 2 KB each), one pinned core, CPU time "
        f"(process_time), median of {args.repeats} runs (trafilatura: {max(1, args.repeats - 1)}). "
        "copy_match_v1 is timed in bench_originals.py. Measured on a shared 2-core machine: "
        "compare the ratios."
    )
    write_markdown(
        Path(args.out),
        "Parse + signals",
        ["step", "pages/s", "ms/page", "vs trafilatura"],
        rows,
        notes,
    )
    print(Path(args.out).read_text())


if __name__ == "__main__":
    main()
