"""Helpers shared by the benchmarks: corpus loading, repeated timing, markdown tables."""

from __future__ import annotations

import gzip
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from detector.config import load_settings
from detector.errors import DetectorError
from detector.page import Page, parse_page


def iter_real_pages(limit: int | None = None, *, min_bytes: int = 2000) -> Iterator[dict[str, Any]]:
    """Real pages from the shared HTML corpora (every collection, file order), `limit` at most."""
    html_dir = load_settings().data_dir / "html"
    n = 0
    for path in sorted(html_dir.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if len(rec["html"]) < min_bytes:
                    continue
                yield rec
                n += 1
                if limit is not None and n >= limit:
                    return


def iter_parsed_real_pages(per_collection: int) -> Iterator[tuple[dict[str, Any], Page]]:
    """(record, parsed page) for the first `per_collection` records of every shared HTML
    collection; records the parser refuses are skipped."""
    for path in sorted((load_settings().data_dir / "html").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= per_collection:
                    break
                rec = json.loads(line)
                try:
                    page = parse_page(rec["html"], url=rec.get("url"))
                except DetectorError:
                    continue
                yield rec, page


def run_in_tree(tree: Path, code: str, *args: str) -> dict[str, Any]:
    """Run `code` (`python -c`) in a fresh process importing `tree`'s `detector` package, and
    return the JSON object its last output line holds. The object must name the imported
    package (`"package": detector.__file__`), which is checked to lie in `tree`."""
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    if not Path(result["package"]).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"{tree}: imported detector from {result['package']}")
    return result


def pin_to_one_core() -> None:
    """Run this process on one core, so 'per core' figures mean what they say."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def median_seconds(fn: Callable[[], object], repeats: int) -> tuple[float, list[float]]:
    """Median wall time of `fn()` over `repeats` runs, and all the runs."""
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), runs


def write_markdown(
    path: Path, title: str, header: list[str], rows: list[list[Any]], notes: str
) -> None:
    """Write a small markdown report (a table and notes) for the README."""
    lines = [f"# {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n\n" + notes.strip() + "\n", encoding="utf-8")
