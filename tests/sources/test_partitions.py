"""Parts of local inputs read on their own give exactly the records of the whole readers."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from detector.config import load_settings
from detector.sources.base import InputRecord
from detector.sources.files import iter_paths, iter_records_file, iter_records_range, line_ranges
from detector.sources.partitions import InputNotShared, Part, plan_parts
from detector.sources.warc import iter_warc, iter_warc_range, record_ranges

from .httpserver import real_pages
from .test_warc import build_warc

WARCIO = Path(load_settings().data_dir) / "warc" / "warcio"


def view(records: list[InputRecord]) -> list[tuple[object, ...]]:
    """What a row is made of: id, input, url, content, type, date and the error."""
    return [
        (r.id, r.input, r.url, r.content, r.content_type, r.fetched,
         (r.error.kind, str(r.error)) if r.error else None)
        for r in records
    ]  # fmt: skip


def messy_jsonl(path: Path) -> Path:
    """Good and bad lines, blank lines, CRLF, a no-break-space line, no final newline."""
    lines = [
        json.dumps({"id": "a", "html": "<p>a</p>", "fetched": "2024-05-01"}),
        "",
        "{broken",
        json.dumps({"id": "b", "text": "plain"}) + "\r",
        "\u00a0\u00a0",
        json.dumps({"id": 123456789012345678901234567890, "html": "<p>big id</p>"}),
        '{"id": "s", "html": "lone \\ud800 surrogate"}',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "é", "html": "<p>ünïcode</p>"}, ensure_ascii=False),
        json.dumps({"url": "http://x.test/no-id", "html": "<p>x</p>"}),
    ]
    path.write_bytes("\n".join(lines).encode("utf-8") + b"\n\xff\xfe bad bytes")
    return path


@pytest.mark.parametrize("per_part", [1, 2, 3, 7, 100])
def test_line_ranges_read_as_the_whole_file(tmp_path: Path, per_part: int) -> None:
    path = messy_jsonl(tmp_path / "r.jsonl")
    whole = list(iter_records_file(path))
    ranges = list(line_ranges(path, per_part))
    assert ranges[-1][1] is None and ranges[0][0] == 0
    assert len(ranges) == -(-11 // per_part)  # 11 lines, the last without a newline
    parts = [r for start, end, first in ranges for r in iter_records_range(path, start, end, first)]
    assert view(parts) == view(whole)


def test_records_are_read_as_json_reads_them(tmp_path: Path) -> None:
    recs = {r.id: r for r in iter_records_file(messy_jsonl(tmp_path / "r.jsonl"))}
    path = tmp_path / "r.jsonl"
    # Ids of lines are editor line numbers: blank and no-break-space lines counted, not read.
    assert list(recs) == ["a", f"{path}:3", "b", "123456789012345678901234567890", "s",
                          f"{path}:8", "é", f"{path}:10", f"{path}:11"]  # fmt: skip
    assert recs["s"].content == "lone \ud800 surrogate"
    assert recs["é"].content == "<p>ünïcode</p>"
    assert recs["b"].content_type == "text/plain"
    assert recs[f"{path}:11"].error is not None and "bad JSON" in str(recs[f"{path}:11"].error)


def test_gzipped_records_file_reads_like_the_plain_one(tmp_path: Path) -> None:
    plain = messy_jsonl(tmp_path / "r.jsonl")
    gz = tmp_path / "r.jsonl.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    strip = [(r.id.replace(str(gz), str(plain)), r.content) for r in iter_records_file(gz)]
    assert strip == [(r.id, r.content) for r in iter_records_file(plain)]


@pytest.mark.parametrize("name", ["real.warc.gz", "real.warc"])
@pytest.mark.parametrize("per_part", [1, 3, 4, 50])
def test_record_ranges_read_as_the_whole_warc(tmp_path: Path, name: str, per_part: int) -> None:
    path = tmp_path / name
    build_warc(path, real_pages(4))  # a response and a conversion record per page
    ranges = record_ranges(path, per_part)
    assert ranges is not None
    ranges = list(ranges)
    assert len(ranges) == -(-8 // per_part)
    parts = [r for start, end in ranges for r in iter_warc_range(path, start, end)]
    assert view(parts) == view(list(iter_warc(path)))


@pytest.mark.parametrize(
    "name,junk",
    [("broken.warc", b"\x00\x01junk bytes\r\n"), ("broken.warc.gz", b"\x1f\x8b\x08\x00junk")],
)
@pytest.mark.parametrize("per_part", [1, 2, 3])
def test_a_warc_broken_part_way_ends_with_its_error_row(
    tmp_path: Path, name: str, junk: bytes, per_part: int
) -> None:
    head, tail = tmp_path / f"head-{name}", tmp_path / f"tail-{name}"
    pages = real_pages(4)
    build_warc(head, pages[:3])
    build_warc(tail, pages[3:])
    path = tmp_path / name
    path.write_bytes(head.read_bytes() + junk + tail.read_bytes())
    ranges = record_ranges(path, per_part)
    assert ranges is not None
    parts = [r for start, end in ranges for r in iter_warc_range(path, start, end)]
    whole = list(iter_warc(path))
    assert view(parts) == view(whole)
    # The six records before the junk, then one error row; the file stops there.
    assert [r.error.kind if r.error else "page" for r in whole] == ["page"] * 6 + ["bad_warc"]


# One gzip member for all records; an ARC file; broken after its first record.
@pytest.mark.parametrize(
    "name", ["example-bad.warc.gz.bad", "example.arc.gz", "example-trunc.warc"]
)
def test_warcs_that_cannot_be_cut_are_not(name: str) -> None:
    assert record_ranges(WARCIO / name, 1) is None


def test_a_plan_reads_as_the_whole_readers(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    for i in range(5):
        (site / f"p{i}.html").write_text(f"<p>page {i}</p>")
    (site / "notes.txt").write_text("plain text")
    build_warc(site / "sub" / "crawl.warc.gz", real_pages(3))
    shutil.copy(WARCIO / "example-bad.warc.gz.bad", site / "sub" / "one-member.warc.gz")
    (site / "sub" / "z.htm").write_text("<p>z</p>")
    jsonl = messy_jsonl(tmp_path / "r.jsonl")
    gz = tmp_path / "r.jsonl.gz"
    gz.write_bytes(gzip.compress(jsonl.read_bytes()))
    warc = tmp_path / "c.warc"
    build_warc(warc, real_pages(2))
    paths = [str(site), "-", str(tmp_path / "missing.html"), str(site / "p1.html")]
    whole = [
        *iter_paths(paths, stdin=io.BytesIO(b"<p>stdin</p>")),
        *iter_records_file(jsonl),
        *iter_records_file(gz),
        *iter_warc(warc),
    ]
    plan = list(plan_parts(paths, [str(jsonl), str(gz)], [str(warc)], per_part=2,
                           stdin=io.BytesIO(b"<p>stdin</p>")))  # fmt: skip
    kinds = {item.kind for item in plan if isinstance(item, Part)}
    assert kinds == {"pages", "records", "warc"}
    read = [r for item in plan for r in (item.read() if isinstance(item, Part) else [item])]
    assert view(read) == view(whole)


def test_a_part_whose_file_changed_or_is_not_here_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>one</p>")
    (part,) = plan_parts([str(page)], [], [], per_part=4)
    assert isinstance(part, Part)
    assert [r.content for r in part.read()] == [b"<p>one</p>"]
    page.write_text("<p>one, edited</p>")
    os.utime(page, ns=(1, 1))
    with pytest.raises(InputNotShared, match=r"p\.html"):
        list(part.read())
    assert [r.content for r in part.read(check=False)] == [b"<p>one, edited</p>"]
