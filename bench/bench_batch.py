"""Batch scoring end to end (read, parse, signals, copy match, classify, write) in pages/s.

Inputs: real pages from ../shared/data/html/ as a `--records` JSONL file and as a gzipped WARC
built from the same pages (written to a temp dir). Engines: local (this process) and Dask with
1 and 2 worker processes (one thread each), timed after a warm-up that loads the model and
index on every worker. Baseline in the same run: `trafilatura.extract` alone on the same pages.
Also: FastWARC against warcio reading the same WARC.

Run: .venv/bin/python bench/bench_batch.py [--pages 400] [--repeats 3]
Writes bench/results/batch.md (figures and README text for large runs).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import iter_real_pages, median_seconds

from detector.batch import BatchInputs, BatchOptions, BatchRunner, ScorerSpec, get_scorer
from detector.batch_dask import start_local_cluster
from detector.config import load_settings

FETCHED = "2026-11-01"


def write_inputs(pages: list[dict[str, Any]], tmp: Path) -> tuple[Path, Path]:
    """The pages as a records JSONL file and as a gzipped WARC of response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = tmp / "pages.jsonl"
    with records.open("w", encoding="utf-8") as fh:
        for i, p in enumerate(pages):
            url = p["url"] or f"http://corpus.invalid/{p['collection']}/{i}"
            fh.write(json.dumps({"id": f"p{i}", "url": url, "html": p["html"],
                                 "fetched": FETCHED}) + "\n")  # fmt: skip
    warc = tmp / "pages.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, p in enumerate(pages):
            url = p["url"] or f"http://corpus.invalid/{p['collection']}/{i}"
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            body = io.BytesIO(p["html"].encode("utf-8"))
            writer.write_record(
                writer.create_warc_record(url, "response", payload=body, http_headers=http)
            )
    return records, warc


def run_batch(inputs: BatchInputs, out: Path, *, spec: ScorerSpec, scheduler: str | None) -> int:
    """One batch run writing JSONL; returns the number of rows."""
    options = BatchOptions(
        out=out,
        engine="dask" if scheduler else "local",
        scheduler=scheduler,
        progress=False,
        summary=False,
    )
    scorer = None if scheduler else get_scorer(spec)
    summary = BatchRunner(inputs, options, scorer=scorer, spec=spec, stderr=io.StringIO()).run()
    return summary.rows


def _cpu_seconds(client: Any | None) -> tuple[float, dict[str, float]]:
    """CPU seconds used so far by this process (the client, and the scheduler of a local
    cluster) and by each worker of `client`'s cluster (none without one)."""
    here = time.process_time()
    return here, (client.run(time.process_time) if client is not None else {})


def free_core_seconds(client_cpu: float, worker_cpu: list[float], cores: int) -> float:
    """The wall time a run would take with `cores` cores to itself, from its CPU times: its
    busiest worker's CPU time, or all the CPU time spread over the cores if that is longer."""
    return max(max(worker_cpu, default=0.0), (client_cpu + sum(worker_cpu)) / cores)


def warc_read_speed(path: Path, repeats: int) -> dict[str, float]:
    """Seconds to read every record's payload with FastWARC and with warcio (medians)."""
    from fastwarc.warc import ArchiveIterator as FastIterator
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator

    def fast() -> None:
        with path.open("rb") as fh:
            for rec in FastIterator(fh, parse_http=True):
                rec.reader.read()

    def slow() -> None:
        with path.open("rb") as fh:
            for rec in WarcioIterator(fh):
                rec.content_stream().read()

    return {
        "fastwarc": median_seconds(fast, repeats)[0],
        "warcio": median_seconds(slow, repeats)[0],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--scorer", default="detector.scoring:Scorer", help="module:Class")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "batch.md"))
    args = ap.parse_args()

    import trafilatura
    from distributed import Client

    settings = load_settings()
    spec = ScorerSpec(settings=settings, factory=args.scorer)
    pages = list(iter_real_pages(args.pages))
    n = len(pages)
    total_mb = sum(len(p["html"].encode()) for p in pages) / 1e6
    results: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp_name:
        tmp = Path(tmp_name)
        records, warc = write_inputs(pages, tmp)
        by_source = {
            "records JSONL": BatchInputs(records=[str(records)]),
            "WARC (gzip)": BatchInputs(warcs=[str(warc)]),
        }

        def trafilatura_only() -> None:
            for p in pages:
                trafilatura.extract(p["html"])

        get_scorer(spec)  # load the model and index before timing
        engines: dict[str, str | None] = {"local": None}
        clients: dict[str, Any] = {"local": None}
        times: dict[tuple[str, str], list[float]] = {}
        cpu: dict[tuple[str, str], list[float]] = {}
        client_cpu: dict[tuple[str, str], list[float]] = {}
        free_wall: dict[tuple[str, str], list[float]] = {}
        traf: list[float] = []
        traf_cpu: list[float] = []

        def timed_rounds(names: list[str], with_baseline: bool) -> None:
            """Warm up, then rounds: every configuration once per round (and trafilatura), so
            that the load of this shared machine drifts over all of them alike."""
            configs = [(e, s) for e in names for s in by_source]
            for engine, source in configs:  # warm-up: workers load the model and the index
                rows = run_batch(by_source[source], tmp / "out.jsonl", spec=spec,
                                 scheduler=engines[engine])  # fmt: skip
                assert rows == n, (engine, source, rows, n)
            for c in configs:
                times[c], cpu[c], client_cpu[c], free_wall[c] = [], [], [], []
            for _ in range(args.repeats):
                if with_baseline:
                    c0 = time.process_time()
                    traf.append(median_seconds(trafilatura_only, 1)[0])
                    traf_cpu.append(time.process_time() - c0)
                for engine, source in configs:
                    here0, workers0 = _cpu_seconds(clients[engine])
                    t, _ = median_seconds(
                        lambda e=engine, s=source: run_batch(
                            by_source[s], tmp / "out.jsonl", spec=spec, scheduler=engines[e]
                        ),
                        1,
                    )
                    here1, workers1 = _cpu_seconds(clients[engine])
                    per_worker = [workers1[w] - workers0[w] for w in workers1]
                    times[(engine, source)].append(t)
                    cpu[(engine, source)].append(here1 - here0 + sum(per_worker))
                    client_cpu[(engine, source)].append(here1 - here0)
                    free_wall[(engine, source)].append(
                        free_core_seconds(here1 - here0, per_worker, os.cpu_count() or 1)
                    )

        load_start = os.getloadavg()[0]
        # The local engine and the baseline first, before any cluster exists: the idle event
        # loops of a local cluster's scheduler and client run in this process and would be
        # counted in its CPU time.
        timed_rounds(["local"], with_baseline=True)
        # Then one cluster at a time: the idle processes of a second cluster would take CPU from
        # the timed one on a small machine.
        for workers in (1, 2):
            with start_local_cluster(workers) as cluster, Client(cluster.scheduler_address) as c:
                engines[f"dask-{workers}"] = cluster.scheduler_address
                clients[f"dask-{workers}"] = c
                timed_rounds([f"dask-{workers}"], with_baseline=False)
        load_end = os.getloadavg()[0]

        base = n / statistics.median(traf)
        base_cpu = n / statistics.median(traf_cpu)
        results.append(["trafilatura.extract alone (baseline)", "-", "1 process",
                        f"{base:.0f}", f"{base:.0f}", f"{base_cpu:.0f}", "-", "1.0x",
                        "1.0x"])  # fmt: skip
        rate = {c: n / statistics.median(ts) for c, ts in times.items()}
        for (engine, source), r in rate.items():
            workers = 1 if engine in ("local", "dask-1") else 2
            label = "detector batch, local engine" if engine == "local" else "detector batch, Dask"
            where = "1 process" if engine == "local" else f"{workers} worker(s)"
            per_cpu = n / statistics.median(cpu[(engine, source)])
            client_ms = (
                "-"
                if engine == "local"
                else f"{statistics.median(client_cpu[(engine, source)]) * 1000 / n:.2f}"
            )
            results.append([label, source, where, f"{r:.0f}", f"{r / workers:.0f}",
                            f"{per_cpu:.0f}", client_ms, f"{r / base:.1f}x",
                            f"{per_cpu / base_cpu:.1f}x"])  # fmt: skip
        dask_rate = {(1, s): rate[("dask-1", s)] for s in by_source}
        dask_rate.update({(2, s): rate[("dask-2", s)] for s in by_source})
        reads = warc_read_speed(warc, args.repeats)
        shared = sorted((settings.data_dir / "warc" / "dolma").glob("*.warc.gz"))
        shared_reads = [(p.name, warc_read_speed(p, max(5, args.repeats))) for p in shared]

    speedup = {s: dask_rate[(2, s)] / dask_rate[(1, s)] for s in by_source}
    free_speedup = {
        s: statistics.median(free_wall[("dask-1", s)]) / statistics.median(free_wall[("dask-2", s)])
        for s in by_source
    }
    header = ["run", "input", "workers", "pages/s", "pages/s per worker", "pages per CPU-second",
              "client CPU ms/page", "vs trafilatura (wall)", "vs trafilatura (CPU)"]  # fmt: skip
    lines = ["# Batch scoring throughput", "",
             "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]  # fmt: skip
    lines += ["| " + " | ".join(r) + " |" for r in results]
    lines += [
        "",
        f"- {n} real pages from `../shared/data/html/` ({total_mb:.1f} MB of HTML, every "
        f"collection in file order, pages of 2 KB or more); medians over {args.repeats} runs "
        "(trafilatura too), configurations interleaved in each round (trafilatura and the local "
        "engine before any Dask cluster starts, then each cluster size with only its own "
        "cluster alive). End to "
        "end = read the "
        "input, parse, all signals (copy match against the shipped originals index included), classify, "
        "apply nothing else, write JSONL.",
        "- Speed-up from 1 to 2 Dask workers (wall clock, on this shared machine): "
        + ", ".join(f"{s} {v:.2f}x" for s, v in speedup.items())
        + "; with a free core per worker, estimated from the CPU times of the same runs (the "
        "busiest worker's CPU time, or all CPU time over the cores if longer): "
        + ", ".join(f"{s} {v:.2f}x" for s, v in free_speedup.items())
        + ". Workers read their parts of the input (line ranges of the JSONL file, record "
        "ranges of the WARC) from the shared path, parse and score; the client plans the parts "
        "and writes the rows (its CPU, the local cluster's scheduler included, is the client "
        "column; the pages per CPU-second column counts it with the workers')."
        + (
            f" With a load average of {min(load_start, load_end):.1f} or more on "
            f"{os.cpu_count()} cores the second worker had no free core to run on, so this "
            "run cannot show the speed-up; the CPU-second column is the figure to plan by."
            if min(load_start, load_end) >= (os.cpu_count() or 1)
            else ""
        ),
        f"- Reading the {n}-record WARC (gzip) with payloads: FastWARC "
        f"{reads['fastwarc'] * 1000:.0f} ms, warcio {reads['warcio'] * 1000:.0f} ms "
        f"({reads['warcio'] / reads['fastwarc']:.1f}x): the reader uses FastWARC and keeps "
        "warcio for ARC files only (FastWARC also reads the malformed fixtures warcio refuses).",
        "- The shared WARCs (`../shared/data/warc/dolma/`, read with payloads): "
        + "; ".join(
            f"{name}: FastWARC {r['fastwarc'] * 1000:.1f} ms, warcio {r['warcio'] * 1000:.1f} ms "
            f"({r['warcio'] / r['fastwarc']:.1f}x)"
            for name, r in shared_reads
        )
        + ".",
        "- Pages per CPU-second counts the CPU time of every process of the run (the client and "
        "the workers): it is what one dedicated core does, and the figure to plan by on a "
        "loaded machine, where wall-clock rates depend on what else runs.",
        f"- Machine: {platform.machine()}, {os.cpu_count()} cores shared with other jobs "
        f"(load average {load_start:.1f} at the start of the timed rounds, {load_end:.1f} at "
        f"the end: other sessions were running), Python "
        f"{platform.python_version()}; scorer `{args.scorer}`; measured "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Absolute figures drift on "
        "this shared machine; the ratios measured side by side hold better.",
    ]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines) + "\n\n" + README_TEXT.strip() + "\n")
    print("\n".join(lines))


README_TEXT = """
## Scoring many pages (`detector score --urls / --warc / --records`)

```sh
# A URL list (one a line, or a CSV with a url column), resumable, with a progress bar on stderr
detector score --urls urls.txt --out scores.jsonl --resume
# WARC/WET files, gzipped or not (response, resource and conversion records)
detector score --warc crawl-*.warc.gz --format parquet --out scores.parquet
# One verdict per site (registrable domain; hosts or sections that differ are kept apart)
detector score --urls urls.txt --out pages.jsonl --by-site --sites-out sites.csv --format csv
# Your own allow/deny lists (plain domains, hosts files, uBlacklist, adblock `||domain^`)
detector score --urls urls.txt --deny my-blocklist.txt --allow partners.txt --out scores.jsonl
```

Every input gets exactly one row: its score, or an error row whose `error.kind` says why
(`dns`, `connect`, `timeout`, `http_status`, `too_large`, `not_html`, `robots`, `redirects`,
`bad_url`, `bad_record`, `bad_warc`, ...). If a run stops (crash, Ctrl-C, a killed job), run the
same command again with `--resume`: rows already confirmed in `OUT.state` are skipped, a row
half-written at the moment of the crash is cut away and scored again, so the output ends with no
duplicate and no gap. The fetcher honours robots.txt (`--no-robots` turns that off), waits
between retries (and as long as a `Retry-After` asks, up to 30 s), and limits requests per host
(`--per-host`, default 4) and in all (`--concurrency`, default 32).

## On a Dask cluster

```sh
# A local cluster of N worker processes on this machine
detector score --warc crawl.warc.gz --workers 4 --out scores.jsonl
# An existing cluster: every worker needs this package installed, the model files at the same
# path (or a shared volume), and the originals index in Redis so all workers share one copy
DETECTOR_INDEX_BACKEND=redis DETECTOR_REDIS_URL=redis://index-host:6379/0 \\
    detector index build --default                                    # once
detector score --urls urls.txt --engine dask --scheduler tcp://scheduler:8786 \\
    --index-backend redis --redis-url redis://index-host:6379/0 --out scores.jsonl --resume
```

With `--index-backend redis`, every worker's Scorer opens the one index kept in Redis
(`redis://host:port/db#prefix`, the copy-match families share it; tested against the file index
in `tests/originals/test_scorer_backends.py`). Without it, each worker opens
`models/originals.idx` (33 MB, memory-mapped once per worker process) from a shared path.

Each worker loads the model (and opens the index) once per process. Local files are not read
by the client: it cuts them into parts of 16 pages (line ranges of a `--records` JSONL file,
record ranges of a WARC/WET file, runs of page files) and each worker reads its part from the
same path and sends back only the rows, so the client's core stays free for scoring. The
inputs must therefore be on a path every worker sees (a shared volume, or a local cluster). A
worker that does not see a file (checked by size and modification time) hands its part back;
the client then reads that part and the rest of the run itself and ships the pages, as it
always does for standard input, gzipped JSONL files, ARC files and WARCs gzipped as one member.
The client writes and confirms the rows in input order (an id met twice keeps its first row, as
in a local run), so `--resume` works the same way; on resume the ids already written go to each
worker once and are skipped there.
URL lists are fetched on the workers (each chunk with the fetcher's limits), not on the client;
the per-host limit then holds per task, so up to `4 x workers` tasks may reach one host at once:
lower `--per-host` for big clusters, or give each host's URLs to one job.

## Planning a large run

Plan with the *pages per CPU-second* column above (what one dedicated core does; with Dask,
the client and scheduler add the small cost in the client column):

- **A million URLs**: at P pages/s per core and C cores, scoring takes about
  1,000,000 / (P x C) seconds; fetching usually dominates: with 32 requests in flight per worker
  and a typical 0.5-1 s per page, one worker fetches 30-60 pages/s, so use `--concurrency` and
  more workers rather than more threads, keep `--per-host` low to be polite, and split the list
  into files of ~100k URLs with one `--out` each, so that each part resumes on its own.
- **A Common Crawl segment** (about 800 WARC files of ~1 GB, ~35-45k HTML responses each): read
  WET files (`--warc *.warc.wet.gz`, text only, much smaller) when the HTML signals are not
  needed, or WARC files for the full signal set. One file per job (`--warc FILE --out FILE.jsonl
  --resume`) spreads well over a batch scheduler; inside one job, `--workers N` uses N cores.
  At P pages/s per core a WARC file of 40k pages takes 40,000 / P core-seconds.
- Memory: the reader streams records (a WARC is never read whole), at most four parts per
  worker thread are in flight, and a worker holds one model; the originals index is the
  largest part (in Redis for clusters).
- The client finds the WARC parts by reading the record headers (a gzipped WARC is inflated
  once on the client for that, about 0.15 ms a page): past a few dozen workers, give each job
  its own WARC files rather than one client many workers.
"""

if __name__ == "__main__":
    main()
