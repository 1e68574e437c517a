"""The Dask engine: parts of the local inputs read and scored on the workers, URL lists fetched
and scored there, and the rows written on the client in input order.

Local files are planned into parts (`detector.sources.partitions`: runs of page files, line
ranges of a JSONL file, record ranges of a WARC); a worker reads its part from the shared path
and sends back only the result rows, so the client neither reads nor ships the pages and its
core is left to the workers. What cannot be cut (standard input, gzipped JSONL, ARC files, a
WARC gzipped as one member) is read on the client and shipped as before, and so is everything
when a worker does not see the files (a cluster without a shared path): the first part a
worker cannot read switches the run to client reads.

Each worker process builds its scorer once (`detector.batch.get_scorer` caches it per process),
so the model and the originals index are loaded once per worker, not once per task. With
`index_backend = "redis"` in the settings every worker queries the same Redis index instead of
holding its own copy. At most `4 x workers x threads` tasks are in flight (results waiting for
an earlier part count too), so a million inputs never sit in the scheduler's memory at once.
Local rows are emitted in input order, so an id met twice keeps its first row, as in a local
run; URL chunks are emitted as they finish.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from detector.batch import (
    BatchInputs,
    Gate,
    ScorerSpec,
    chunked,
    fill_fetched,
    get_scorer,
    score_chunk,
    strip_content,
)
from detector.results import ScoreResult
from detector.sources.base import InputRecord
from detector.sources.fetch import Fetcher, FetchOptions
from detector.sources.partitions import InputNotShared, Part

ChunkResult = tuple[list[InputRecord], list[ScoreResult]]
# Pages per task at most: ~0.2 s of work, so the last tasks of a run spread over every worker
# (64-page tasks left one of two workers idle for up to 0.8 s at the end of a 400-page run),
# while a task's own cost (~1-2 ms to schedule and return its rows) stays under 1%.
TASK_PAGES = 16
# robots.txt rules per origin, shared by the fetch tasks of one worker process.
_ROBOTS: dict[str, Any] = {}


def score_records_task(spec: ScorerSpec, records: list[InputRecord]) -> ChunkResult:
    """Worker task: score a chunk of records read on the client."""
    results = score_chunk(get_scorer(spec), records)
    return [strip_content(r) for r in records], results


def read_part_task(
    spec: ScorerSpec, part: Part, default_fetched: date | None, done: frozenset[str] | None
) -> tuple[list[InputRecord], list[ScoreResult], int] | None:
    """Worker task: read a part from the shared path, skip the ids already `done` (resume), and
    score the rest: `(records without content, results, ids skipped)`, or None when this worker
    does not see the part's files (the client then reads the part itself)."""
    try:
        read = part.read()
    except InputNotShared:
        return None
    records: list[InputRecord] = []
    skipped = 0
    for record in read:
        if done is not None and record.id in done:
            skipped += 1
        else:
            records.append(fill_fetched(record, default_fetched))
    results = score_chunk(get_scorer(spec), records)
    return [strip_content(r) for r in records], results, skipped


def fetch_and_score_task(
    spec: ScorerSpec, fetch: FetchOptions, items: list[tuple[str, str]]
) -> ChunkResult:
    """Worker task: fetch a chunk of `(id, url)` pairs on the worker, then score them."""

    async def fetch_all() -> list[InputRecord]:
        async with Fetcher(fetch, robots_cache=_ROBOTS) as fetcher:
            return [rec async for rec in fetcher.fetch_many(items)]

    records = asyncio.run(fetch_all())
    return score_records_task(spec, records)


def local_cluster_kwargs(workers: int) -> dict[str, Any]:
    """A local cluster of worker processes (one thread each) on loopback, dashboard off.

    Even without a dashboard the scheduler serves health endpoints over HTTP: on a random
    loopback port here, never on 8787 of every interface.
    """
    return {
        "n_workers": workers,
        "threads_per_worker": 1,
        "processes": True,
        "host": "127.0.0.1",
        "dashboard_address": "127.0.0.1:0",
        "scheduler_kwargs": {"dashboard": False},
    }


# Dask's nanny starts each worker with MALLOC_TRIM_THRESHOLD_=65536, so that glibc hands freed
# memory back to the OS at once. Parsing a page allocates and frees many small blocks, and with
# that setting a worker scored the same pages 1.4-1.5x slower (CPU) than a plain process did
# (150 real pages, measured 2026-12-06); glibc's own adaptive threshold costs nothing here.
WORKER_ENVIRON_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


def start_local_cluster(workers: int) -> Any:
    """A `LocalCluster` of `workers` processes (see `local_cluster_kwargs`), its workers started
    without Dask's eager malloc trimming."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(WORKER_ENVIRON_CONFIG):
        return LocalCluster(**local_cluster_kwargs(workers))


def worker_trim_threshold() -> str | None:
    """On a worker: its MALLOC_TRIM_THRESHOLD_, if set."""
    return os.environ.get("MALLOC_TRIM_THRESHOLD_")


def eagerly_trimming_workers(client: Any) -> dict[str, str]:
    """The workers of `client`'s cluster started with Dask's eager malloc trimming (a
    MALLOC_TRIM_THRESHOLD_ under 1 MB), with their setting."""
    found = client.run(worker_trim_threshold)
    return {w: v for w, v in found.items() if v and v.isdigit() and int(v) < 1 << 20}


def _client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    from distributed import Client

    if scheduler:
        return Client(scheduler), None
    cluster = start_local_cluster(workers or 2)
    return Client(cluster), cluster


def dask_results(
    spec: ScorerSpec,
    inputs: BatchInputs,
    gate: Gate,
    url_items: list[tuple[str, str]],
    *,
    fetch: FetchOptions,
    chunk_size: int,
    scheduler: str | None = None,
    workers: int | None = None,
    worker_reads: bool = True,
    notice: Callable[[str], None] | None = None,
) -> Iterator[ChunkResult]:
    """Chunk results: local inputs in input order (each id once, see `Gate`), then URL chunks
    as workers finish them. `url_items` are already filtered by the gate. `notice` gets advice
    for the user (an existing cluster whose workers trim memory eagerly)."""
    client, cluster = _client(scheduler, workers)
    try:
        if cluster is None and notice is not None:
            trimming = eagerly_trimming_workers(client)
            if trimming:
                notice(
                    f"detector: {len(trimming)} Dask worker(s) run with MALLOC_TRIM_THRESHOLD_="
                    f"{next(iter(trimming.values()))}, which makes scoring about 1.4x slower; start "
                    "them with distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_ set to "
                    "null in the cluster's Dask config"
                )
        yield from _DaskRun(client, spec, inputs, gate, fetch, worker_reads).results(
            url_items, chunk_size
        )
    finally:
        client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()


class _DaskRun:
    """One run's submissions, in-flight window and reorder buffer."""

    def __init__(
        self,
        client: Any,
        spec: ScorerSpec,
        inputs: BatchInputs,
        gate: Gate,
        fetch: FetchOptions,
        worker_reads: bool,
    ) -> None:
        self.client = client
        self.spec = spec
        self.inputs = inputs
        self.gate = gate
        self.fetch = fetch
        self.worker_reads = worker_reads
        self.done: Any = None
        if worker_reads and gate.done:
            # One copy of the resume state per worker, not one per task.
            [self.done] = client.scatter([frozenset(gate.done)], broadcast=True, hash=False)

    def results(self, url_items: list[tuple[str, str]], chunk_size: int) -> Iterator[ChunkResult]:
        from distributed import as_completed

        n_threads = max(1, sum(self.client.nthreads().values()))
        window = 4 * n_threads
        # URL chunks are smaller: a worker fetches them with its own concurrency limit.
        url_chunk = max(1, min(chunk_size, self.fetch.concurrency))
        jobs = self._jobs(url_items, max(1, min(chunk_size, TASK_PAGES)), url_chunk)
        # Bound to this run's client: by default it follows the process's first client, and
        # with another client open (a notebook's, a benchmark's) every result then crossed
        # event loops, which made a run 2.5-4x slower on the wall clock.
        pending = as_completed(loop=self.client.loop)
        where: dict[str, tuple[int | None, Any]] = {}  # future key -> (order, job)
        waiting: dict[int, ChunkResult] = {}  # local results held for an earlier one
        next_out = 0
        in_flight = 0
        order = 0

        def submit(job: tuple[str, Any], seq: int | None) -> None:
            fut = self._submit(job)
            where[fut.key] = (seq, job)
            pending.add(fut)

        def fill() -> None:
            nonlocal in_flight, order
            while in_flight < window and (job := next(jobs, None)) is not None:
                seq = None
                if job[0] != "urls":
                    seq, order = order, order + 1
                submit(job, seq)
                in_flight += 1

        fill()
        for future in pending:
            seq, job = where.pop(future.key)
            out = future.result()
            future.release()
            if out is None:  # this worker does not see the part's files: read it here
                self.worker_reads = False
                submit(self._client_read(job[1]), seq)
                continue
            records, results = out[0], out[1]
            if len(out) == 3:
                self.gate.summary.skipped_done += out[2]
            if seq is None:
                in_flight -= 1
                yield records, results
            else:
                waiting[seq] = (records, results)
                while next_out in waiting:
                    in_flight -= 1
                    yield self._first_only(*waiting.pop(next_out))
                    next_out += 1
            fill()

    def _first_only(self, records: list[InputRecord], results: list[ScoreResult]) -> ChunkResult:
        keep = [k for k, r in enumerate(records) if self.gate.first(r.id)]
        if len(keep) == len(records):
            return records, results
        return [records[k] for k in keep], [results[k] for k in keep]

    def _jobs(
        self, url_items: list[tuple[str, str]], chunk_size: int, url_chunk: int
    ) -> Iterator[tuple[str, Any]]:
        source = self.inputs.parts(chunk_size) if self.worker_reads else self.inputs.local_records()
        held: list[InputRecord] = []
        for item in source:
            if isinstance(item, Part):
                if held:
                    yield "records", held
                    held = []
                yield ("part", item) if self.worker_reads else self._client_read(item)
            elif not self.gate.is_done(item.id):
                held.append(item)
                if len(held) >= chunk_size:
                    yield "records", held
                    held = []
        if held:
            yield "records", held
        for items in chunked(url_items, url_chunk):
            yield "urls", items

    def _client_read(self, part: Part) -> tuple[str, list[InputRecord]]:
        """A part read here (its records shipped to a worker), done ids skipped."""
        default = self.inputs.default_fetched
        records = [fill_fetched(r, default) for r in part.read(check=False)]
        return "records", [r for r in records if not self.gate.is_done(r.id)]

    def _submit(self, job: tuple[str, Any]) -> Any:
        kind, payload = job
        client = self.client
        if kind == "part":
            return client.submit(
                read_part_task, self.spec, payload, self.inputs.default_fetched, self.done,
                pure=False,
            )  # fmt: skip
        # Page bytes go straight to a worker (scatter), not through the scheduler's task
        # graph; the task then runs where its data is.
        [data] = client.scatter([payload], hash=False)
        if kind == "records":
            return client.submit(score_records_task, self.spec, data, pure=False)
        return client.submit(fetch_and_score_task, self.spec, self.fetch, data, pure=False)
