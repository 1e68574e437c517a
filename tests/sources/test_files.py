"""Local readers: paths, directories, standard input, `--records` JSONL, URL lists."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from detector.errors import RecordError
from detector.sources.base import InputRecord
from detector.sources.files import iter_paths, iter_records_file, parse_record_line
from detector.sources.urls import iter_url_list


def test_paths_directories_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "site" / "sub").mkdir(parents=True)
    (tmp_path / "site" / "b.html").write_text("<p>b</p>")
    (tmp_path / "site" / "sub" / "a.htm").write_text("<p>a</p>")
    (tmp_path / "site" / "notes.txt").write_text("plain text")
    (tmp_path / "site" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "site" / ".hidden.html").write_text("<p>h</p>")
    one = tmp_path / "one.html"
    one.write_bytes(b"<p>one</p>")
    recs = list(
        iter_paths([str(one), str(tmp_path / "site"), "-", str(tmp_path / "nope.html")],
                   stdin=io.BytesIO(b"<p>stdin</p>"))
    )  # fmt: skip
    ids = [r.id for r in recs]
    assert ids == [
        str(one),
        str(tmp_path / "site" / "b.html"),
        str(tmp_path / "site" / "notes.txt"),
        str(tmp_path / "site" / "sub" / "a.htm"),
        "stdin",
        str(tmp_path / "nope.html"),
    ]
    assert recs[0].content == b"<p>one</p>"
    assert recs[2].content_type == "text/plain"
    assert recs[4].content == b"<p>stdin</p>"
    assert recs[5].error is not None and "nope.html" in str(recs[5].error)


def test_big_file_is_read_only_up_to_the_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"x" * 5000)
    (rec,) = iter_paths([str(big)], max_bytes=1000)
    assert rec.content is not None and len(rec.content) == 1001  # one byte tells it was cut


def test_records_file_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    lines = [
        json.dumps(
            {"id": "a", "url": "http://x.test/a", "html": "<p>a</p>", "fetched": "2024-05-01"}
        ),
        "{not json",
        json.dumps({"id": "b", "text": "just text"}),
        json.dumps({"id": "c", "url": "http://x.test/c"}),
        json.dumps({"id": "d", "html": "<p>d</p>", "fetched": "yesterday"}),
        json.dumps(["a", "list"]),
        "",
    ]
    path.write_text("\n".join(lines))
    recs = list(iter_records_file(path))
    assert [r.id for r in recs] == ["a", f"{path}:2", "b", "c", "d", f"{path}:6"]
    assert recs[0].fetched is not None and recs[0].fetched.isoformat() == "2024-05-01"
    assert recs[2].content_type == "text/plain" and recs[2].content == "just text"
    assert [r.error.kind if r.error else None for r in recs] == [
        None, "bad_record", None, "bad_record", "bad_record", "bad_record",
    ]  # fmt: skip
    assert "'html' or a 'text'" in str(recs[3].error)


def _fields(rec: InputRecord) -> tuple[object, ...]:
    err = (rec.error.kind, str(rec.error)) if rec.error else None
    return (rec.id, rec.input, rec.url, rec.content, rec.content_type, rec.fetched, err)


def test_records_file_reads_every_line_as_json_loads_would(tmp_path: Path) -> None:
    # The file reader parses lines with orjson; these are the lines where orjson and `json`
    # disagree (or might): each must give the record `json.loads` of the decoded line gives.
    lines = [
        b'{"id": 123456789012345678901234567890, "html": "<p>big</p>"}',
        b'{"id": -9223372036854775809, "text": "t"}',
        b'{"id": 18446744073709551616, "url": 1e400, "html": "x"}',
        b'{"id": 1.5, "html": "<p>f</p>", "fetched": 20240101}',
        b'{"id": "n", "html": "x", "fetched": NaN}',
        b'{"id": "s", "html": "lone \\ud800 surrogate"}',
        b'{"id": "e", "html": "emoji \\ud83d\\ude00"}',
        b'{"id": "u", "html": "caf\xe9 \xff"}',
        b'{"id": "raw", "html": "\xed\xa0\x80"}',
        b'\xef\xbb\xbf{"id": "bom", "html": "x"}',
        b'{"id": "dup", "id": "dup2", "html": "x"}',
        b'{"id": 0, "url": -0.0, "html": "\\u0000"}',
        b'{"id": "cr", "text": "t"}\r',
        b'{"id": "ff", "text": "t"}\x0c',
        b"[1, 2]",
        b'"just a string"',
        b"  \xc2\xa0 ",
        b"",
        b'{"id": "ok", "url": "http://x.test/", "html": "<p>\xc3\xa9</p>", "fetched": "2024-05-01"}',
    ]
    path = tmp_path / "r.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    want = [
        parse_record_line(line.decode("utf-8", "replace"), source=str(path), lineno=i)
        for i, line in enumerate(lines, start=1)
        if line.decode("utf-8", "replace").strip()
    ]
    got = list(iter_records_file(path))
    assert [_fields(r) for r in got] == [_fields(r) for r in want]
    assert got[0].id == "123456789012345678901234567890"  # not a float's digits


def test_missing_records_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="does not exist"):
        list(iter_records_file(tmp_path / "nope.jsonl"))


def test_url_lists_plain_and_csv(tmp_path: Path) -> None:
    plain = tmp_path / "urls.txt"
    plain.write_text("# my list\nhttp://a.test/1\n\n  http://b.test/2  \n#http://skip.test\n")
    assert list(iter_url_list(plain)) == ["http://a.test/1", "http://b.test/2"]
    table = tmp_path / "urls.csv"
    table.write_text('site,URL,note\nA,http://a.test/1,"x, y"\nB,http://b.test/2,\nC,,empty\n')
    assert list(iter_url_list(table)) == ["http://a.test/1", "http://b.test/2"]
    bad = tmp_path / "bad.csv"
    bad.write_text("site,link\nA,http://a.test\n")
    with pytest.raises(RecordError, match="no 'url' column"):
        list(iter_url_list(bad))
