"""The Dask engine on a real two-worker LocalCluster gives the rows of a local run, in its order,
whether workers read their parts of the inputs or the client ships every page."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sources.httpserver import PageServer
from sources.test_warc import build_warc

from detector.batch import BatchInputs, BatchOptions, BatchRunner, ScorerSpec, Summary
from detector.batch_dask import (
    local_cluster_kwargs,
    read_part_task,
    start_local_cluster,
    worker_trim_threshold,
)
from detector.config import load_settings
from detector.results import ScoreResult
from detector.sources.base import InputRecord
from detector.sources.fetch import FetchOptions
from detector.sources.partitions import Part, plan_parts

from .test_runner import records_file
from .toy import ToyScorer

FAST = FetchOptions(connect_timeout=1, read_timeout=0.8, total_timeout=1.5, retries=1,
                    backoff_base=0.05, backoff_max=2, max_bytes=1_000_000)  # fmt: skip
TOY = "batch.toy:ToyScorer"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with start_local_cluster(2) as c:
        yield c


def test_local_workers_start_without_eager_malloc_trimming(cluster: Any) -> None:
    from distributed import Client

    with Client(cluster) as client:
        environ = client.run(worker_trim_threshold)
    assert len(environ) == 2 and set(environ.values()) == {None}


@pytest.mark.slow
def test_an_existing_cluster_that_trims_memory_eagerly_is_pointed_out(
    cluster: Any, tmp_path: Path
) -> None:
    from distributed import LocalCluster

    inputs = BatchInputs(records=[str(records_file(tmp_path / "in.jsonl", 6))])

    def notices(address: str) -> str:
        said = io.StringIO()
        runner = dask_runner(inputs, address, io.BytesIO())
        runner.stderr = said
        runner.run()
        return said.getvalue()

    # Dask's defaults: the nanny sets MALLOC_TRIM_THRESHOLD_=65536 on each worker.
    with LocalCluster(**local_cluster_kwargs(1)) as default_cluster:
        said = notices(default_cluster.scheduler_address)
    assert "1 Dask worker(s) run with MALLOC_TRIM_THRESHOLD_=65536" in said
    assert "MALLOC_TRIM_THRESHOLD_" not in notices(cluster.scheduler_address)


def rows_of(runner: BatchRunner, out: io.BytesIO) -> list[dict[str, Any]]:
    runner.run()
    return [json.loads(line) for line in out.getvalue().decode().splitlines()]


def local_rows(inputs: BatchInputs, **opts: Any) -> list[dict[str, Any]]:
    out = io.BytesIO()
    runner = BatchRunner(inputs, BatchOptions(progress=False, **opts), scorer=ToyScorer(),
                         fetch=FAST, stdout=out, stderr=io.StringIO())  # fmt: skip
    return rows_of(runner, out)


def dask_runner(inputs: BatchInputs, scheduler: str, out: io.BytesIO, **opts: Any) -> BatchRunner:
    options = BatchOptions(progress=False, engine="dask", scheduler=scheduler, **opts)
    spec = ScorerSpec(settings=load_settings(), factory=TOY)
    return BatchRunner(inputs, options, spec=spec, fetch=FAST, stdout=out, stderr=io.StringIO())


def duplicated_ids(path: Path) -> Path:
    """45 records whose ids come back (d0..d14 twice, with other pages the second time)."""
    with path.open("w") as fh:
        for i in range(45):
            body = "<p>(AP) story</p>" if i < 15 else f"<p>Our story {i}, trending</p>"
            fh.write(json.dumps({"id": f"d{i % 30}", "html": body}) + "\n")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("worker_reads", [True, False])
def test_dask_rows_equal_local_rows(
    cluster: Any, page_server: PageServer, tmp_path: Path, worker_reads: bool
) -> None:
    from distributed import Client

    b = page_server.base
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join([f"{b}/page/{i}" for i in range(6)] + [f"{b}/err500", f"{b}/loop"]))
    warc = tmp_path / "c.warc.gz"
    build_warc(warc, page_server.pages[:4])
    site = tmp_path / "site"
    site.mkdir()
    for i in range(5):
        (site / f"p{i}.html").write_text(f"<p>Page {i} by the Associated Press</p>")
    plain = records_file(tmp_path / "r.jsonl", 150)
    # Read on the client (a gzip stream cannot be cut); its ids r0..r4 repeat those of r.jsonl.
    gz = tmp_path / "g.jsonl.gz"
    gz.write_bytes(gzip.compress(records_file(tmp_path / "g.jsonl", 5).read_bytes()))
    inputs = BatchInputs(paths=[str(site)], records=[str(plain), str(gz),
                         str(duplicated_ids(tmp_path / "dups.jsonl"))],
                         warcs=[str(warc)], url_lists=[str(urls)])  # fmt: skip

    local = local_rows(inputs, chunk_size=16)
    out = io.BytesIO()
    runner = dask_runner(inputs, cluster.scheduler_address, out, chunk_size=16,
                         worker_reads=worker_reads)  # fmt: skip
    distributed = rows_of(runner, out)
    assert len(local) == 5 + 151 + 1 + 30 + 8 + 8
    n_urls = 8
    # Local inputs come in input order; URL chunks as they finish (same rows).
    assert distributed[:-n_urls] == local[:-n_urls]
    assert sorted(distributed[-n_urls:], key=str) == sorted(local[-n_urls:], key=str)
    # An id read twice keeps its first page, as in a local run.
    firsts = {r["id"]: r for r in distributed if r["id"].startswith("d")}
    assert firsts["d0"]["reasons"][0]["evidence"] == "(ap)"  # not the later "trending" page
    assert runner.summary.duplicates == 15 + 5

    with Client(cluster.scheduler_address) as client:
        builds = client.run(lambda: __import__("batch.toy", fromlist=["builds"]).builds())
    # Two workers, each built its scorer exactly once for all the chunks.
    assert len(builds) == 2
    assert all(len(pids) == 1 for pids in builds.values())


@pytest.mark.slow
def test_inputs_the_workers_do_not_see_are_read_by_the_client(
    cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import Client

    # Relative paths from another working directory: the workers (started elsewhere) resolve
    # them to files that do not exist, as on a cluster without a shared volume.
    monkeypatch.chdir(tmp_path)
    records_file(tmp_path / "r.jsonl", 40)
    warc = tmp_path / "c.warc.gz"
    build_warc(warc, [("http://a.test/1", "<p>Trending (AP)</p>")] * 3)
    inputs = BatchInputs(records=["r.jsonl"], warcs=["c.warc.gz"])
    (first, *_) = plan_parts([], ["r.jsonl"], [], per_part=8)
    assert isinstance(first, Part)
    with Client(cluster.scheduler_address) as client:
        seen = client.run(os.path.exists, "r.jsonl")
    assert len(seen) == 2 and not any(seen.values())

    out = io.BytesIO()
    rows = rows_of(dask_runner(inputs, cluster.scheduler_address, out, chunk_size=8), out)
    assert rows == local_rows(inputs, chunk_size=8)
    assert len(rows) == 41 + 6


def test_a_worker_that_does_not_see_the_file_hands_the_part_back(tmp_path: Path) -> None:
    path = records_file(tmp_path / "r.jsonl", 4)
    (part,) = plan_parts([], [str(path)], [], per_part=10)
    assert isinstance(part, Part)
    spec = ScorerSpec(settings=load_settings(), factory=TOY)
    got = read_part_task(spec, part, None, frozenset({"r1"}))
    assert got is not None
    records, results, skipped = got
    assert [r.id for r in records] == ["r0", "r2", "r3", f"{path}:5"]
    assert skipped == 1 and all(r.content is None for r in records)
    assert results[-1].error is not None and results[0].score is not None
    path.write_text(path.read_text() + "\n")  # the file changed since the plan
    assert read_part_task(spec, part, None, None) is None


class _Interrupted(ToyScorer):
    """Stops the run (as Ctrl-C would) after `limit` pages."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.left = limit

    def score_records(self, records: Iterable[InputRecord]) -> Iterator[ScoreResult]:
        for record in records:
            self.left -= 1
            if self.left < 0:
                raise KeyboardInterrupt
            yield self.score_record(record)


@pytest.mark.slow
def test_a_local_run_cut_short_resumes_on_dask(cluster: Any, tmp_path: Path) -> None:
    warc = tmp_path / "c.warc.gz"
    build_warc(warc, [(f"http://a.test/{i}", f"<p>Story {i} (AP)</p>") for i in range(12)])
    inputs = BatchInputs(records=[str(records_file(tmp_path / "r.jsonl", 60))],
                         warcs=[str(warc)])  # fmt: skip
    expected = local_rows(inputs, chunk_size=8)
    out = tmp_path / "out.jsonl"
    cut = BatchRunner(inputs, BatchOptions(out=out, chunk_size=8, progress=False),
                      scorer=_Interrupted(36), stderr=io.StringIO())  # fmt: skip
    with pytest.raises(KeyboardInterrupt):
        cut.run()
    written = len(out.read_text().splitlines())
    assert written == 32  # four chunks confirmed, the fifth cut short

    spec = ScorerSpec(settings=load_settings(), factory=TOY)
    opts = BatchOptions(out=out, resume=True, chunk_size=8, progress=False, engine="dask",
                        scheduler=cluster.scheduler_address)  # fmt: skip
    summary: Summary = BatchRunner(inputs, opts, spec=spec, stderr=io.StringIO()).run()
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in expected]  # no duplicate, no gap
    assert rows == expected
    assert summary.skipped_done == 32 and summary.rows == len(expected) - 32


@pytest.mark.slow
def test_workers_flag_starts_and_stops_a_local_cluster(tmp_path: Path) -> None:
    inputs = BatchInputs(records=[str(records_file(tmp_path / "r.jsonl", 20))])
    spec = ScorerSpec(settings=load_settings(), factory=TOY)
    out = io.BytesIO()
    opts = BatchOptions(progress=False, chunk_size=4, engine="dask", workers=1)
    rows = rows_of(BatchRunner(inputs, opts, spec=spec, stdout=out, stderr=io.StringIO()), out)
    assert len(rows) == 21
    assert sum(1 for r in rows if r["error"]) == 1
