"""Corpus readers (shared corpora, JSONL, CSV, HTML directories, WARC) and the `index` CLI."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from detector.cli import main
from detector.errors import RecordError
from detector.originals.corpora import (
    default_sources,
    parse_reuters_date,
    read_source,
    reuters_paragraphs,
)
from detector.originals.records import Original


def _first(path: Path) -> Original:
    return next(o for o in read_source(path) if isinstance(o, Original))


def test_shared_corpora_readers(data_dir: Path) -> None:
    reuters, isot, bbc = default_sources(data_dir)
    r = _first(reuters)
    assert (r.id, r.site, r.published) == ("reuters21578:1", "reuters.com", date(1987, 2, 26))
    assert r.url == "corpus:reuters21578/1" and "\n" in r.text and not r.text.endswith("Reuter")
    i = _first(isot)
    assert i.id == "isot:isot_true_0000" and i.published == date(2017, 12, 31)
    b = _first(bbc)
    assert b.id == "bbc:business/001" and b.published is None and b.site == "bbc.co.uk"
    ag = _first(data_dir / "originals" / "ag_news_test.jsonl.gz")
    assert ag.id.startswith("agnews:") and ag.text


def test_reuters_formats() -> None:
    assert parse_reuters_date("19-OCT-1987 13:30:41.59") == date(1987, 10, 19)
    assert parse_reuters_date("garbage") is None
    body = "First line\nwraps here.\n    Second para\ngoes on.\n\n Reuter\n"
    assert reuters_paragraphs(body) == "First line wraps here.\nSecond para goes on."


def test_jsonl_bad_records_are_counted_not_fatal(tmp_path: Path) -> None:
    src = tmp_path / "mixed.jsonl.gz"
    lines = [
        json.dumps({"id": "a", "url": "https://www.example.com/a", "text": "alpha beta gamma delta",
                    "published": "2024-05-01"}),
        "{not json",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"id": "c", "text": "some text", "published": "not a date"}),
        json.dumps(["a list"]),
    ]  # fmt: skip
    with gzip.open(src, "wt") as f:
        f.write("\n".join(lines) + "\n")
    items = list(read_source(src))
    good = [i for i in items if isinstance(i, Original)]
    kinds = sorted(i.kind for i in items if isinstance(i, RecordError))
    assert [g.site for g in good] == ["example.com"] and good[0].published == date(2024, 5, 1)
    assert kinds == ["bad_date", "bad_json", "bad_json", "no_text"]


def test_csv_reader(tmp_path: Path) -> None:
    src = tmp_path / "o.csv"
    src.write_text(
        'id,url,title,text,published,site\n1,https://x.org/1,T,"Body, with comma",2020-01-02,\n'
    )
    (o,) = list(read_source(src))
    assert isinstance(o, Original) and o.text == "Body, with comma" and o.site == "x.org"
    bad = tmp_path / "b.csv"
    bad.write_text("id,body\n1,x\n")
    assert [e.kind for e in read_source(bad)] == ["bad_csv"]


def test_html_dir_and_warc_readers(tmp_path: Path, data_dir: Path) -> None:
    d = tmp_path / "pages"
    d.mkdir()
    para = "The committee approved the new budget after a long debate on Tuesday evening."
    (d / "one.html").write_text(
        '<html><head><title>Budget</title><link rel="canonical" href="https://news.example.com/b">'
        f"</head><body><article><h1>Budget approved</h1><p>{para}</p><p>{para}</p></article>"
        "</body></html>"
    )
    (d / "empty.html").write_text("")
    items = list(read_source(d))
    good = [i for i in items if isinstance(i, Original)]
    assert (
        len(good) == 1
        and good[0].url == "https://news.example.com/b"
        and "committee" in good[0].text
    )
    assert len(items) == 2
    warcs = sorted((data_dir / "warc" / "dolma").glob("*.warc.gz"))
    assert warcs, "dolma WARC fixtures missing from the shared data"
    got = list(read_source(warcs[0]))
    assert any(isinstance(i, Original) and i.url.startswith("http") for i in got)


def test_unknown_source_format(tmp_path: Path) -> None:
    src = tmp_path / "x.parquet"
    src.write_bytes(b"PAR1")
    assert [e.kind for e in read_source(src)] == ["unknown_format"]
    assert [e.kind for e in read_source(tmp_path / "missing.jsonl")] == ["missing_source"]


def test_cli_build_add_query_stats(tmp_path: Path, corpus: list[Original], capsys) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(
        "".join(json.dumps(o.meta() | {"text": o.text}) + "\n" for o in corpus[:300]) + "oops\n"
    )
    b.write_text("".join(json.dumps(o.meta() | {"text": o.text}) + "\n" for o in corpus[300:400]))
    idx = tmp_path / "o.idx"
    assert main(["index", "build", str(a), "--index", str(idx), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "added 300 originals" in err and "bad_json 1" in err
    assert main(["index", "add", str(b), "--index", str(idx), "--no-progress"]) == 0
    assert main(["index", "stats", "--index", str(idx), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["originals"] == 400 and stats["params"]["shingle"] == 3

    target = corpus[350]
    page = tmp_path / "page.html"
    paras = "".join(f"<p>{p}</p>" for p in target.text.split("\n"))
    page.write_text(f"<html><body><article><h1>Copied</h1>{paras}</article></body></html>")
    assert (
        main(
            [
                "index",
                "query",
                str(page),
                str(tmp_path / "nope.html"),
                "--index",
                str(idx),
                "--json",
            ]
        )
        == 1
    )
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["matches"][0]["id"] == target.id
    assert rows[0]["matches"][0]["containment_of_original"] > 0.8
    assert rows[1]["error"]["kind"] == "io"
    assert main(["index", "query", str(page), "--index", str(idx)]) == 0
    assert target.id.split(":")[0] in capsys.readouterr().out or target.site


def test_cli_build_needs_sources(tmp_path: Path) -> None:
    assert main(["index", "build", "--index", str(tmp_path / "x.idx")]) == 2


@pytest.mark.parametrize("flag", ["--default"])
def test_cli_default_flag_is_known(flag: str) -> None:
    from detector.cli import build_parser

    args = build_parser().parse_args(["index", "build", flag, "--index", "/tmp/x.idx"])
    assert args.default is True
