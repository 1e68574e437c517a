"""Batch scoring with the real `detector.scoring.Scorer` and the shipped model, locally and on a
two-worker Dask cluster: the same rows either way."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from sources.httpserver import real_pages
from sources.test_warc import build_warc

from detector.batch import BatchInputs, BatchOptions, BatchRunner, ScorerSpec, get_scorer
from detector.batch_dask import start_local_cluster
from detector.config import PROJECT_ROOT, load_settings
from detector.results import TIERS

SEED = PROJECT_ROOT / "seeds" / "000_92ec4ba84c87f13f.txt"


@pytest.fixture(scope="module")
def spec() -> ScorerSpec:
    return ScorerSpec(settings=load_settings())


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> BatchInputs:
    tmp = tmp_path_factory.mktemp("real")
    pages = real_pages(8)
    records = tmp / "pages.jsonl"
    with records.open("w") as fh:
        for i, (url, html) in enumerate(pages):
            fh.write(json.dumps({"id": f"p{i}", "url": url, "html": html,
                                 "fetched": "2026-11-01"}) + "\n")  # fmt: skip
        fh.write(json.dumps({"id": "empty", "html": ""}) + "\n")
    warc = tmp / "pages.warc.gz"
    build_warc(warc, pages[:4])
    return BatchInputs(paths=[str(SEED)], records=[str(records)], warcs=[str(warc)])


def run(inputs: BatchInputs, options: BatchOptions, **kw: Any) -> dict[str, dict[str, Any]]:
    out = io.BytesIO()
    BatchRunner(inputs, options, stdout=out, stderr=io.StringIO(), **kw).run()
    return {r["id"]: r for r in map(json.loads, out.getvalue().decode().splitlines())}


@pytest.fixture(scope="module")
def local_rows(inputs: BatchInputs, spec: ScorerSpec) -> dict[str, dict[str, Any]]:
    return run(inputs, BatchOptions(progress=False, chunk_size=4), scorer=get_scorer(spec))


def test_every_input_is_scored_by_the_real_model(local_rows: dict[str, dict[str, Any]]) -> None:
    assert len(local_rows) == 1 + 9 + 8  # the seed, 8 records + an empty one, 4 pages x 2 in WARC
    assert local_rows["empty"]["error"]["kind"] in ("not_a_page", "bad_record")
    scored = [r for r in local_rows.values() if not r["error"]]
    assert len(scored) == 17
    for row in scored:
        assert 0.0 <= row["score"] <= 1.0 and row["tier"] in TIERS
        assert row["reasons"] and row["model"]
    seed = local_rows[str(SEED)]
    assert seed["score"] > max(local_rows[f"p{i}"]["score"] for i in range(8))


@pytest.mark.slow
def test_dask_with_the_real_scorer_equals_the_local_run(
    inputs: BatchInputs, spec: ScorerSpec, local_rows: dict[str, dict[str, Any]]
) -> None:
    with start_local_cluster(2) as cluster:
        opts = BatchOptions(progress=False, chunk_size=4, engine="dask",
                            scheduler=cluster.scheduler_address)  # fmt: skip
        rows = run(inputs, opts, spec=spec)
    assert rows == local_rows
