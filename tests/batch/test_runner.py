"""The batch runner end to end with the toy scorer: sources, formats, lists, site report."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from sources.httpserver import PageServer
from sources.test_warc import build_warc

from detector.batch import BatchInputs, BatchOptions, BatchRunner, score_chunk
from detector.errors import ConfigError
from detector.lists import ListSet
from detector.sources.base import InputRecord
from detector.sources.fetch import FetchOptions

from .toy import ToyScorer

FAST = FetchOptions(connect_timeout=1, read_timeout=0.8, total_timeout=1.5, retries=1,
                    backoff_base=0.05, backoff_max=2, max_bytes=1_000_000)  # fmt: skip


def records_file(path: Path, n: int) -> Path:
    lines = []
    for i in range(n):
        body = (
            "<p>Story by The Associated Press (AP).</p>" if i % 3 == 0 else "<p>Our own story.</p>"
        )
        lines.append(
            json.dumps({"id": f"r{i}", "url": f"https://site{i % 4}.example/p/{i}", "html": body})
        )
    lines.append("{broken")
    path.write_text("\n".join(lines) + "\n")
    return path


def run(inputs: BatchInputs, tmp_path: Path, **opts: Any) -> tuple[list[dict[str, Any]], str]:
    err = io.StringIO()
    out = io.BytesIO()
    options = BatchOptions(progress=False, **opts)
    BatchRunner(inputs, options, scorer=ToyScorer(), fetch=FAST, stderr=err, stdout=out).run()
    text = out.getvalue().decode() if options.out is None else options.out.read_text()
    return [json.loads(line) for line in text.splitlines() if line.strip()], err.getvalue()


def test_every_input_of_every_source_gets_one_row(page_server: PageServer, tmp_path: Path) -> None:
    b = page_server.base
    urls = tmp_path / "urls.txt"
    url_list = [f"{b}/page/0", f"{b}/page/1", f"{b}/err500", f"{b}/png", f"{b}/page/0"]
    urls.write_text("\n".join(url_list) + "\n")
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Trending now (AP)</p></body></html>")
    warc = tmp_path / "crawl.warc.gz"
    build_warc(warc, page_server.pages[:3])
    inputs = BatchInputs(paths=[str(page)], records=[str(records_file(tmp_path / "r.jsonl", 10))],
                         warcs=[str(warc)], url_lists=[str(urls)])  # fmt: skip
    rows, err = run(inputs, tmp_path)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 1 + 11 + 6 + 4  # the repeated URL is scored once
    by_id = {r["id"]: r for r in rows}
    assert by_id[f"{b}/err500"]["error"]["kind"] == "http_status"
    assert by_id[f"{b}/png"]["error"]["kind"] == "not_html"
    assert by_id[f"{b}/page/0"]["tier"] in ("likely-original", "uncertain", "likely-republisher")
    assert by_id[str(page)]["score"] == pytest.approx(2 / 3, abs=1e-3)
    assert by_id[f"{tmp_path / 'r.jsonl'}:11"]["error"]["kind"] == "bad_record"
    assert "http_status 1" in err and "not_html 1" in err and "bad_record 1" in err
    assert "1 duplicate inputs" in err
    assert "slowest hosts: 127.0.0.1" in err
    assert "likely-republisher" in err


def test_formats_carry_the_same_rows(tmp_path: Path) -> None:
    inputs = BatchInputs(records=[str(records_file(tmp_path / "r.jsonl", 12))])
    rows, _ = run(inputs, tmp_path, out=tmp_path / "o.jsonl")
    BatchRunner(inputs, BatchOptions(fmt="csv", out=tmp_path / "o.csv", progress=False),
                scorer=ToyScorer(), stderr=io.StringIO()).run()  # fmt: skip
    BatchRunner(inputs, BatchOptions(fmt="parquet", out=tmp_path / "o.parquet", progress=False),
                scorer=ToyScorer(), stderr=io.StringIO()).run()  # fmt: skip
    with (tmp_path / "o.csv").open(newline="") as fh:
        csv_rows = list(csv.DictReader(fh))
    table = pq.read_table(tmp_path / "o.parquet").to_pylist()
    assert [r["id"] for r in csv_rows] == [r["id"] for r in rows] == [r["id"] for r in table]
    for j, c, p in zip(rows, csv_rows, table, strict=True):
        assert (c["tier"] or None) == j["tier"] == p["tier"]
        assert (float(c["score"]) if c["score"] else None) == j["score"] == p["score"]
        assert json.loads(p["reasons"]) == j["reasons"]
        assert (json.loads(c["match"]) if c["match"] else None) == j["match"]
        assert (c["error_kind"] or None) == (j["error"] or {}).get("kind") == p["error_kind"]


def test_lists_override_the_tier_and_keep_the_models_evidence(tmp_path: Path) -> None:
    deny = tmp_path / "deny.txt"
    deny.write_text("# my deny list\nsite1.example\n")
    allow = tmp_path / "allow.txt"
    allow.write_text("0.0.0.0 site0.example\n")
    inputs = BatchInputs(records=[str(records_file(tmp_path / "r.jsonl", 8))])
    err = io.StringIO()
    out = io.BytesIO()
    BatchRunner(inputs, BatchOptions(progress=False), scorer=ToyScorer(), stderr=err, stdout=out,
                lists=ListSet.load(deny=[deny], allow=[allow])).run()  # fmt: skip
    rows = {r["id"]: r for r in map(json.loads, out.getvalue().decode().splitlines())}
    denied = rows["r1"]  # site1, the model said likely-original
    assert denied["tier"] == "likely-republisher" and denied["model_tier"] == "likely-original"
    assert denied["list"] == {"action": "deny", "verdict": "likely-republisher",
                              "list": "deny.txt", "line": 2, "rule": "site1.example"}  # fmt: skip
    assert denied["reasons"][0]["signal"] == "list__deny"
    assert "deny.txt line 2: site1.example" in denied["reasons"][0]["evidence"]
    assert denied["reasons"][1]["signal"] == "toy__phrases"  # the model's own evidence stays
    allowed = rows["r0"]  # site0, the model said republisher-ish (AP copy)
    assert allowed["tier"] == "likely-original" and allowed["model_tier"] != "likely-original"
    assert rows["r2"]["list"] is None and "model_tier" not in rows["r2"]
    assert "deny 2" in err.getvalue() and "allow 2" in err.getvalue()


def test_by_site_report(tmp_path: Path) -> None:
    inputs = BatchInputs(records=[str(records_file(tmp_path / "r.jsonl", 12))])
    err = io.StringIO()
    out = io.BytesIO()
    BatchRunner(inputs, BatchOptions(by_site=True, progress=False, out=tmp_path / "pages.jsonl"),
                scorer=ToyScorer(), stderr=err, stdout=out).run()  # fmt: skip
    sites = {s["site"]: s for s in map(json.loads, out.getvalue().decode().splitlines())}
    assert len((tmp_path / "pages.jsonl").read_text().splitlines()) == 13
    assert set(sites) == {"site0.example", "site1.example", "site2.example", "site3.example",
                          "(no host)"}  # fmt: skip
    # site0 has pages 0, 4 and 8; only page 0 names the AP (i % 3 == 0): a third are copies.
    assert sites["site0.example"]["copy_share"] == pytest.approx(1 / 3, abs=1e-3)
    assert sites["site0.example"]["pages"] == 3
    assert sites["(no host)"]["errors"] == 1


def test_scorer_failure_on_a_batch_falls_back_to_one_by_one() -> None:
    class Flaky(ToyScorer):
        def score_records(self, records: Any) -> Any:
            raise RuntimeError("batch path broken")

        def score_record(self, record: InputRecord) -> Any:
            if record.id == "bad":
                raise ValueError("this page breaks the scorer")
            return super().score_record(record)

    recs = [InputRecord(id=i, input=i, content="<p>(AP)</p>") for i in ("a", "bad", "c")]
    out = score_chunk(Flaky(), recs)
    assert [r.id for r in out] == ["a", "bad", "c"]
    assert out[1].error == {"kind": "scoring", "message": "ValueError: this page breaks the scorer"}
    assert out[0].score is not None and out[2].score is not None


def test_bad_option_combinations_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--resume needs --out"):
        BatchRunner(BatchInputs(), BatchOptions(resume=True), scorer=ToyScorer())
    with pytest.raises(ConfigError, match="parquet needs --out"):
        BatchRunner(BatchInputs(), BatchOptions(fmt="parquet"), scorer=ToyScorer()).run()


def test_progress_bar_shows_rate_total_and_errors(tmp_path: Path) -> None:
    inputs = BatchInputs(records=[str(records_file(tmp_path / "r.jsonl", 40))])
    err = io.StringIO()
    BatchRunner(inputs, BatchOptions(progress=True, chunk_size=8), scorer=ToyScorer(),
                stderr=err, stdout=io.BytesIO()).run()  # fmt: skip
    text = err.getvalue()
    assert "41/41" in text  # the total is known: 40 records and a broken line
    assert "page/s" in text and "errors=1" in text


def test_by_site_csv_to_its_own_file_and_resumed_rollup(tmp_path: Path) -> None:
    inputs = BatchInputs(records=[str(records_file(tmp_path / "r.jsonl", 12))])
    sites = tmp_path / "sites.csv"
    opts = BatchOptions(fmt="csv", out=tmp_path / "pages.csv", by_site=True, sites_out=sites,
                        progress=False)  # fmt: skip
    BatchRunner(inputs, opts, scorer=ToyScorer(), stderr=io.StringIO()).run()
    first = sites.read_text()
    # A resumed run with nothing left still reports every site, from the rows on disk.
    opts.resume = True
    BatchRunner(inputs, opts, scorer=ToyScorer(), stderr=io.StringIO()).run()
    assert sites.read_text() == first
    with sites.open(newline="") as fh:
        rows = {r["site"]: r for r in csv.DictReader(fh)}
    assert set(rows) == {f"site{i}.example" for i in range(4)} | {"(no host)"}
    assert rows["site1.example"]["pages"] == "3" and rows["site1.example"]["verdict"]


def test_missing_input_files_fail_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    inputs = BatchInputs(records=[str(tmp_path / "nope.jsonl")], warcs=[str(tmp_path / "x.warc")])
    with pytest.raises(ConfigError, match=r"nope\.jsonl, .*x\.warc"):
        BatchRunner(inputs, BatchOptions(out=out), scorer=ToyScorer()).run()
    assert not out.exists()
