"""CPU time of each signal family per page, this source tree against a baseline tree.

Run: .venv/bin/python bench/bench_signals.py --baseline DIR [--pages 600] [--repeats 5]
(a baseline tree: `git archive <commit> | tar -x -C DIR`, with `models/` reachable from it).
Each tree is timed in fresh processes pinned to one core, taking turns (baseline, this tree,
baseline, ...), so both see the same machine load. A process parses the pages first (not
timed), then runs every family but copy_match_v1 on each page in registry order, three passes;
a family's figure is its CPU time (`time.process_time`) per page, including what it computes
first for the others through the per-page memo (the first family to ask pays). Figures are
medians over the processes; the last column is the speed-up over the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import run_in_tree, write_markdown

# Runs with cwd = a source tree, so `import detector` finds that tree's package first.
_WORKER = """
import collections, json, os, sys, time
from datetime import date
sys.path.insert(0, "bench")
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
import detector
from common import iter_real_pages
from detector.features.base import load_all
from detector.page import parse_page
fetched = date(2026, 11, 1)
pages = [
    parse_page(r["html"], url=r.get("url") or None, fetched=fetched)
    for r in iter_real_pages(int(sys.argv[1]))
]
extractors = [(n, c()) for n, c in sorted(load_all().items()) if n != "copy_match_v1"]
for _, ex in extractors:  # lazy resources (topic space, index) before timing
    ex.extract(pages[0])
spent = collections.Counter()
passes = 3
for _ in range(passes):
    for page in pages:
        for name, ex in extractors:
            start = time.process_time()
            ex.extract(page)
            spent[name] += time.process_time() - start
n = passes * len(pages)
print(json.dumps({"ms": {k: v / n * 1000 for k, v in spent.items()}, "package": detector.__file__}))
"""


def family_ms(tree: Path, pages: int) -> dict[str, float]:
    """ms per page of each family in one fresh process running `tree`'s package."""
    ms: dict[str, float] = run_in_tree(tree, _WORKER, str(pages))["ms"]
    return ms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--baseline", type=Path, required=True, help="source tree to compare with")
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "signals.md"))
    args = ap.parse_args()
    here = Path(__file__).resolve().parent.parent
    runs: dict[str, list[dict[str, float]]] = {"base": [], "this": []}
    for _ in range(args.repeats):
        runs["base"].append(family_ms(args.baseline, args.pages))
        runs["this"].append(family_ms(here, args.pages))

    def med(side: str, name: str | None) -> float:
        return statistics.median(
            r[name] if name else sum(r.values()) for r in runs[side] if name is None or name in r
        )

    names = sorted(runs["base"][0], key=lambda k: -med("base", k))
    rows = [
        [name, f"{med('base', name):.3f}", f"{med('this', name):.3f}",
         f"{med('base', name) / max(med('this', name), 1e-9):.2f}x"]
        for name in names
    ]  # fmt: skip
    total_base, total_this = med("base", None), med("this", None)
    rows.append(
        ["**all signals**", f"{total_base:.3f}", f"{total_this:.3f}",
         f"{total_base / total_this:.2f}x"]
    )  # fmt: skip
    totals = ", ".join(
        f"{side}: " + " ".join(f"{sum(r.values()):.2f}" for r in runs[side]) for side in runs
    )
    notes = (
        f"{args.pages} real pages from ../shared/data/html (>= 2 KB each), parsed first (not "
        f"timed); ms of CPU per page (process_time) of each family, on one pinned core, median "
        f"of {args.repeats} fresh processes per tree taking turns; baseline tree "
        f"{args.baseline.name!r}. A family's figure includes what it computes first for the "
        f"others (per-page memo). All-signals runs (ms/page), {totals}. Measured on a shared "
        "2-core machine under load from other jobs: compare the ratios."
    )
    write_markdown(
        Path(args.out),
        "Signal families: CPU per page",
        ["family", "baseline ms/page", "this tree ms/page", "speed-up"],
        rows,
        notes,
    )
    print(Path(args.out).read_text())


if __name__ == "__main__":
    main()
