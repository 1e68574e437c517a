"""Dask speed-up from 1 to 2 workers, one cluster alive at a time.

bench_batch.py keeps a 1-worker and a 2-worker cluster up side by side so its rounds can
interleave every configuration; on a 2-core machine the idle cluster's processes then share
the cores with the timed one. Here each round starts a cluster, warms it (every worker loads the
model and the index), times one run per input, and closes it before the next cluster starts;
rounds alternate 1 and 2 workers so machine load drifts over both alike. Wall-clock seconds,
medians over rounds. Inputs: the real pages of ../shared/data/html as records JSONL and as a
gzipped WARC (as in bench_batch.py).

Run: .venv/bin/python bench/bench_dask_scaling.py [--pages 400] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import run_batch, write_inputs
from common import iter_real_pages, write_markdown

from detector.batch import BatchInputs, ScorerSpec
from detector.batch_dask import start_local_cluster
from detector.config import load_settings

HEADER = [
    "input",
    "1 worker, pages/s",
    "2 workers, pages/s",
    "speed-up",
    "1 worker runs (s)",
    "2 workers runs (s)",
]


def timed_run(inputs: BatchInputs, out: Path, spec: ScorerSpec, scheduler: str) -> float:
    """Wall seconds of one Dask batch run writing JSONL."""
    start = time.perf_counter()
    run_batch(inputs, out, spec=spec, scheduler=scheduler)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "dask_scaling.md"))
    args = ap.parse_args()

    spec = ScorerSpec(settings=load_settings(), factory="detector.scoring:Scorer")
    pages = list(iter_real_pages(args.pages))
    n = len(pages)
    times: dict[tuple[int, str], list[float]] = {}
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp_name:
        tmp = Path(tmp_name)
        records, warc = write_inputs(pages, tmp)
        sources = {
            "records JSONL": BatchInputs(records=[str(records)]),
            "WARC (gzip)": BatchInputs(warcs=[str(warc)]),
        }
        for _ in range(args.rounds):
            for workers in (1, 2):
                with start_local_cluster(workers) as cluster:
                    address = cluster.scheduler_address
                    timed_run(sources["records JSONL"], tmp / "warm.jsonl", spec, address)
                    for name, inputs in sources.items():
                        t = timed_run(inputs, tmp / "out.jsonl", spec, address)
                        times.setdefault((workers, name), []).append(t)
    load_end = os.getloadavg()[0]
    rows = []
    for name in ("records JSONL", "WARC (gzip)"):
        one = statistics.median(times[(1, name)])
        two = statistics.median(times[(2, name)])
        rows.append([name, f"{n / one:.0f}", f"{n / two:.0f}", f"{one / two:.2f}x",
                     " / ".join(f"{t:.2f}" for t in times[(1, name)]),
                     " / ".join(f"{t:.2f}" for t in times[(2, name)])])  # fmt: skip
    notes = (
        f"{n} real pages, wall clock, medians over {args.rounds} rounds; one cluster alive at a "
        f"time (started, warmed, timed, closed), 1 and 2 workers alternating. Workers read their "
        f"parts of the input from the shared path. Load average {load_start:.1f} at the start, "
        f"{load_end:.1f} at the end, on a 2-core machine where the client and the scheduler share "
        f"the cores with the workers. Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}."
    )
    write_markdown(
        Path(args.out),
        "Dask speed-up, 1 -> 2 workers",
        HEADER,
        rows,
        notes,
    )
    print(Path(args.out).read_text())


if __name__ == "__main__":
    main()
