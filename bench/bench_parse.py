"""Parse + all signals per page on the real HTML corpus, against trafilatura.extract alone.

Run: .venv/bin/python bench/bench_parse.py [--pages 600] [--repeats 3] [--baseline DIR]
`--baseline DIR` also times the parse_page of another source tree (e.g. an older commit:
`git archive <commit> detector | tar -x -C DIR`) against this one, each in a fresh pinned process,
alternating, so both see the same machine load.
Figures: pages/s on one pinned core, from the process's CPU time (`time.process_time`, so other
jobs on a shared machine count less than in wall time), medians over repeats, and the ratio to
trafilatura in the same run.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura
from common import iter_real_pages, pin_to_one_core, run_in_tree, write_markdown

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


# Runs with cwd = a source tree, so `import detector` finds that tree's package first.
_PARSE_WORKER = """
import json, os, pickle, sys, time
from datetime import date
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
import detector
from detector.page import parse_page
pages = pickle.load(open(sys.argv[1], "rb"))
fetched = date(2026, 11, 1)
for html, url in pages[:20]:
    parse_page(html, url=url or None, fetched=fetched)
start = time.process_time()
for html, url in pages:
    parse_page(html, url=url or None, fetched=fetched)
print(json.dumps({"seconds": time.process_time() - start, "package": detector.__file__}))
"""


def parse_cpu_seconds_by_tree(
    trees: list[Path], pages: list[tuple[str, str]], repeats: int
) -> list[list[float]]:
    """CPU seconds of parse_page over `pages`, every run, per source tree: fresh processes
    taking turns (tree 1, tree 2, tree 1, ...), so each sees the same machine load."""
    runs: list[list[float]] = [[] for _ in trees]
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.pkl"
        pages_file.write_bytes(pickle.dumps(pages))
        for _ in range(repeats):
            for i, tree in enumerate(trees):
                runs[i].append(run_in_tree(tree, _PARSE_WORKER, str(pages_file))["seconds"])
    return runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "parse.md"))
    ap.add_argument("--baseline", type=Path, help="another source tree to time parse_page of")
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
    if args.baseline:
        here = Path(__file__).resolve().parent.parent
        old_runs, new_runs = parse_cpu_seconds_by_tree([args.baseline, here], pages, args.repeats)
        t_old, t_new = statistics.median(old_runs), statistics.median(new_runs)
        for label, t in (("parse_page, baseline tree", t_old), ("parse_page, this tree", t_new)):
            rows.append(
                [label, f"{n / t:.0f}", f"{t / n * 1000:.2f}", f"{t_old / t:.2f}x baseline"]
            )
        notes += (
            f" The last two rows time parse_page alone in fresh pinned processes taking turns, "
            f"this tree against the baseline tree {args.baseline.name!r} ({args.repeats} runs "
            "each); their last column is the speed-up over the baseline. Runs (ms/page), "
            f"baseline: {', '.join(f'{t / n * 1000:.2f}' for t in old_runs)}; "
            f"this tree: {', '.join(f'{t / n * 1000:.2f}' for t in new_runs)}."
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
