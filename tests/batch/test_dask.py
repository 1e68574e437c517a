"""The Dask engine on a real two-worker LocalCluster gives the rows of a local run."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sources.httpserver import PageServer
from sources.test_warc import build_warc

from detector.batch import BatchInputs, BatchOptions, BatchRunner, ScorerSpec
from detector.batch_dask import local_cluster_kwargs
from detector.config import load_settings
from detector.sources.fetch import FetchOptions

from .test_runner import records_file
from .toy import ToyScorer

FAST = FetchOptions(connect_timeout=1, read_timeout=0.8, total_timeout=1.5, retries=1,
                    backoff_base=0.05, backoff_max=2, max_bytes=1_000_000)  # fmt: skip


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(**local_cluster_kwargs(2)) as c:
        yield c


def rows_of(runner: BatchRunner, out: io.BytesIO) -> dict[str, dict[str, Any]]:
    runner.run()
    return {r["id"]: r for r in map(json.loads, out.getvalue().decode().splitlines())}


@pytest.mark.slow
def test_dask_rows_equal_local_rows(cluster: Any, page_server: PageServer, tmp_path: Path) -> None:
    from distributed import Client

    b = page_server.base
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join([f"{b}/page/{i}" for i in range(6)] + [f"{b}/err500", f"{b}/loop"]))
    warc = tmp_path / "c.warc.gz"
    build_warc(warc, page_server.pages[:4])
    inputs = BatchInputs(records=[str(records_file(tmp_path / "r.jsonl", 150))],
                         warcs=[str(warc)], url_lists=[str(urls)])  # fmt: skip
    spec = ScorerSpec(settings=load_settings(), factory="batch.toy:ToyScorer")

    local_out = io.BytesIO()
    local = rows_of(BatchRunner(inputs, BatchOptions(progress=False, chunk_size=16),
                                scorer=ToyScorer(), fetch=FAST, stdout=local_out,
                                stderr=io.StringIO()), local_out)  # fmt: skip
    dask_out = io.BytesIO()
    opts = BatchOptions(progress=False, chunk_size=16, engine="dask",
                        scheduler=cluster.scheduler_address)  # fmt: skip
    distributed = rows_of(BatchRunner(inputs, opts, spec=spec, fetch=FAST, stdout=dask_out,
                                      stderr=io.StringIO()), dask_out)  # fmt: skip
    assert len(local) == 151 + 8 + 8
    assert distributed == local

    with Client(cluster.scheduler_address) as client:
        builds = client.run(lambda: __import__("batch.toy", fromlist=["builds"]).builds())
    # Two workers, each built its scorer exactly once for 20 chunks.
    assert len(builds) == 2
    assert all(len(pids) == 1 for pids in builds.values())


@pytest.mark.slow
def test_workers_flag_starts_and_stops_a_local_cluster(tmp_path: Path) -> None:
    inputs = BatchInputs(records=[str(records_file(tmp_path / "r.jsonl", 20))])
    spec = ScorerSpec(settings=load_settings(), factory="batch.toy:ToyScorer")
    out = io.BytesIO()
    opts = BatchOptions(progress=False, chunk_size=4, engine="dask", workers=1)
    rows = rows_of(BatchRunner(inputs, opts, spec=spec, stdout=out, stderr=io.StringIO()), out)
    assert len(rows) == 21
    assert sum(1 for r in rows.values() if r["error"]) == 1
