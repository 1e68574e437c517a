"""The Dask engine: chunks of records (or of URLs, fetched on the workers) scored on workers.

Each worker process builds its scorer once (`detector.batch.get_scorer` caches it per process),
so the model and the originals index are loaded once per worker, not once per task. With
`index_backend = "redis"` in the settings every worker queries the same Redis index instead of
holding its own copy. At most `2 x workers x threads` chunks are in flight, so a million inputs
never sit in the scheduler's memory at once.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import Any

from detector.batch import ScorerSpec, chunked, get_scorer, score_chunk, strip_content
from detector.results import ScoreResult
from detector.sources.base import InputRecord
from detector.sources.fetch import Fetcher, FetchOptions

ChunkResult = tuple[list[InputRecord], list[ScoreResult]]
# robots.txt rules per origin, shared by the fetch tasks of one worker process.
_ROBOTS: dict[str, Any] = {}


def score_records_task(spec: ScorerSpec, records: list[InputRecord]) -> ChunkResult:
    """Worker task: score a chunk of records read on the client."""
    results = score_chunk(get_scorer(spec), records)
    return [strip_content(r) for r in records], results


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


def _client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(**local_cluster_kwargs(workers or 2))
    return Client(cluster), cluster


def dask_results(
    spec: ScorerSpec,
    local: Iterator[InputRecord],
    url_items: list[tuple[str, str]],
    *,
    fetch: FetchOptions,
    chunk_size: int,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Iterator[ChunkResult]:
    """Chunk results as workers finish them (order across chunks is not kept)."""
    from distributed import as_completed

    client, cluster = _client(scheduler, workers)
    try:
        n_threads = max(1, sum(client.nthreads().values()))
        limit = 2 * n_threads
        # URL chunks are smaller: a worker fetches them with its own concurrency limit.
        url_chunk = max(1, min(chunk_size, fetch.concurrency))
        tasks: Iterator[tuple[Any, ...]] = _task_args(local, url_items, chunk_size, url_chunk)
        pending = as_completed()
        for _ in range(limit):
            if not _submit(client, pending, spec, fetch, tasks):
                break
        for future in pending:
            result: ChunkResult = future.result()
            future.release()
            yield result
            _submit(client, pending, spec, fetch, tasks)
    finally:
        client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()


def _task_args(
    local: Iterator[InputRecord],
    url_items: list[tuple[str, str]],
    chunk_size: int,
    url_chunk: int,
) -> Iterator[tuple[Any, ...]]:
    for chunk in chunked(local, chunk_size):
        yield ("records", chunk)
    for items in chunked(url_items, url_chunk):
        yield ("urls", items)


def _submit(
    client: Any, pending: Any, spec: ScorerSpec, fetch: FetchOptions, tasks: Iterator[Any]
) -> bool:
    nxt = next(tasks, None)
    if nxt is None:
        return False
    kind, payload = nxt
    # Page bytes go straight to a worker (scatter), not through the scheduler's task graph;
    # the task then runs where its data is.
    [data] = client.scatter([payload], hash=False)
    if kind == "records":
        fut = client.submit(score_records_task, spec, data, pure=False)
    else:
        fut = client.submit(fetch_and_score_task, spec, fetch, data, pure=False)
    pending.add(fut)
    return True
