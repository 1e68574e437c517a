"""The batch flags of `detector score`, through the real argument parser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sources.httpserver import PageServer

from detector.cli import build_parser, main
from detector.commands import batch_options


def parse(*argv: str) -> Any:
    return build_parser().parse_args(["score", *argv])


def test_batch_flags_only_when_batch_features_are_asked_for(tmp_path: Path) -> None:
    assert not batch_options.uses_batch(parse("page.html"))
    assert not batch_options.uses_batch(parse("--records", "r.jsonl", "--format", "csv"))
    assert batch_options.uses_batch(parse("--urls", "u.txt"))
    assert batch_options.uses_batch(parse("--warc", "a.warc.gz", "b.warc.gz"))
    assert batch_options.uses_batch(parse("page.html", "--out", "o.jsonl"))
    assert batch_options.uses_batch(parse("page.html", "--format", "parquet", "--out", "o.pq"))
    assert batch_options.uses_batch(parse("page.html", "--engine", "dask"))


def test_flags_reach_settings_fetcher_and_runner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    class Capture:
        def __init__(self, inputs: Any, options: Any, **kw: Any) -> None:
            seen.update(inputs=inputs, options=options, **kw)

        def run(self) -> Any:
            from detector.batch import Summary

            return Summary()

    monkeypatch.setattr(batch_options, "BatchRunner", Capture)
    args = parse(
        "a.html", "--urls", "u.txt", "--warc", "c.warc.gz", "--records", "r.jsonl",
        "--out", str(tmp_path / "o.csv"), "--format", "csv", "--resume", "--by-site",
        "--engine", "dask", "--scheduler", "tcp://10.0.0.1:8786", "--no-robots",
        "--user-agent", "audit/1.0", "--concurrency", "7", "--per-host", "2", "--timeout", "9",
        "--retries", "1", "--index-backend", "redis", "--redis-url", "redis://10.0.0.2:6379/1",
        "--scorer", "batch.toy:ToyScorer", "--fetched", "2025-01-02",
    )  # fmt: skip
    assert batch_options.run_batch(args) == 0
    inputs, options, spec, fetch = seen["inputs"], seen["options"], seen["spec"], seen["fetch"]
    assert (inputs.paths, inputs.url_lists, inputs.warcs, inputs.records) == (
        ["a.html"], ["u.txt"], ["c.warc.gz"], ["r.jsonl"],
    )  # fmt: skip
    assert inputs.default_fetched.isoformat() == "2025-01-02"
    assert (options.fmt, options.resume, options.by_site) == ("csv", True, True)
    assert (options.engine, options.scheduler) == ("dask", "tcp://10.0.0.1:8786")
    assert seen["scorer"] is None  # on Dask each worker builds its own from the spec
    assert spec.settings.index_backend == "redis"
    assert spec.settings.redis_url == "redis://10.0.0.2:6379/1"
    assert spec.factory == "batch.toy:ToyScorer"
    assert (fetch.user_agent, fetch.concurrency, fetch.per_host) == ("audit/1.0", 7, 2)
    assert (fetch.total_timeout, fetch.retries, fetch.respect_robots) == (9.0, 1, False)


def test_detector_score_urls_end_to_end(
    page_server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    b = page_server.base
    urls = tmp_path / "urls.csv"
    urls.write_text(f"url,source\n{b}/page/0,a\n{b}/page/1,b\n{b}/png,c\n")
    out = tmp_path / "out.jsonl"
    code = main(["score", "--urls", str(urls), "--out", str(out), "--scorer",
                 "batch.toy:ToyScorer", "--no-progress", "--timeout", "2", "--retries", "0"])  # fmt: skip
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["id"] for r in rows) == [f"{b}/page/0", f"{b}/page/1", f"{b}/png"]
    assert code == 1  # as `detector score`: 1 when some row is an error
    err = capsys.readouterr().err
    assert "errors: not_html 1" in err and "3 rows" in err
