"""Helpers shared by the benchmarks: corpus loading, repeated timing, markdown tables."""

from __future__ import annotations

import gzip
import json
import os
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from detector.config import load_settings


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
