"""WARC/WET reading: the shared fixtures (some malformed on purpose) and a WARC of real pages."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detector.config import load_settings
from detector.sources.warc import decode_chunked, iter_warc

from .httpserver import real_pages

WARCIO = Path(load_settings().data_dir) / "warc" / "warcio"


@pytest.mark.parametrize("name", sorted(p.name for p in WARCIO.iterdir()))
def test_no_fixture_raises(name: str) -> None:
    recs = list(iter_warc(WARCIO / name))
    for r in recs:
        assert (r.content is None) != (r.error is None)
        assert r.id and r.input


def test_good_and_malformed_fixtures_give_the_expected_rows() -> None:
    def summary(name: str) -> list[str]:
        return [r.error.kind if r.error else "page" for r in iter_warc(WARCIO / name)]

    assert summary("example.warc.gz") == ["page"]
    assert summary("example.warc") == ["page"]
    # FastWARC reads what warcio refuses (non-chunked gzip, wrong chunks).
    assert summary("example-bad-non-chunked.warc.gz") == ["page"]
    # One gzip member for the whole file: records share an offset, ids stay unique.
    bad = list(iter_warc(WARCIO / "example-bad.warc.gz.bad"))
    assert [r.error.kind if r.error else "page" for r in bad] == ["page", "http_status"]
    assert bad[0].id != bad[1].id and bad[1].id.endswith("#1")
    assert summary("example-wrong-chunks.warc.gz") == ["page"]
    # A truncated WARC: the good record is kept, the rest is one error row.
    assert summary("example-trunc.warc") == ["page", "bad_warc"]
    # Chunked transfer coding stored raw is undone.
    (iana,) = iter_warc(WARCIO / "example-iana.org-chunked.warc")
    assert isinstance(iana.content, bytes) and iana.content.startswith(b"<!doctype html>")
    # ARC files go through warcio.
    assert summary("example.arc.gz") == ["page"]
    # Non-page responses are error rows named not_html.
    assert set(summary("post-test.warc.gz")) == {"not_html"}


def test_cc_net_wet_sample_with_bare_newlines() -> None:
    path = Path(load_settings().data_dir) / "warc" / "cc_net" / "sample.warc.txt"
    recs = list(iter_warc(path))
    assert [r.url for r in recs] == [
        "http://sample_english.com", "http://sample_chinese.zh", "http://sample_russian.ru",
    ]  # fmt: skip
    assert all(r.content_type == "text/plain" for r in recs)
    assert isinstance(recs[0].content, bytes)
    assert recs[0].content.startswith(b"Famous Mark Twain Quotes")
    assert len({r.id for r in recs}) == 3  # the file repeats one Record-ID: ids are offsets


def build_warc(path: Path, pages: list[tuple[str, str]], *, gzip_payload: bool = False) -> None:
    """A WARC of response records (and a conversion record per page) written with warcio."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        for i, (url, html) in enumerate(pages):
            url = url or f"http://example.test/{i}"
            body = html.encode("utf-8")
            headers = [("Content-Type", "text/html; charset=utf-8")]
            if gzip_payload:
                body = gzip.compress(body)
                headers.append(("Content-Encoding", "gzip"))
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http
                )
            )
            text = "\n".join(line for line in html.splitlines() if line.strip())[:500].encode()
            writer.write_record(
                writer.create_warc_record(url, "conversion", payload=io.BytesIO(text),
                                          warc_content_type="text/plain")
            )  # fmt: skip


@pytest.mark.parametrize("name,gz_payload", [("real.warc.gz", False), ("real.warc", True)])
def test_warc_of_real_pages_round_trips(tmp_path: Path, name: str, gz_payload: bool) -> None:
    pages = real_pages(5)
    path = tmp_path / name
    build_warc(path, pages, gzip_payload=gz_payload)
    recs = list(iter_warc(path))
    kinds = Counter(r.content_type.split(";")[0] if r.content_type else None for r in recs)
    assert kinds == {"text/html": 5, "text/plain": 5}
    html = [r for r in recs if r.content_type and r.content_type.startswith("text/html")]
    assert [r.content for r in html] == [p[1].encode("utf-8") for p in pages]
    assert all(r.fetched is not None for r in recs)
    assert len({r.id for r in recs}) == 10


def test_decode_chunked() -> None:
    assert decode_chunked(b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n") == b"hello world"
    assert decode_chunked(b"<html>not chunked</html>") == b"<html>not chunked</html>"
