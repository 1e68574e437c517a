"""Stream WARC response/resource records and WET conversion records as `InputRecord`s.

FastWARC reads the file (gzipped or not, detected from the bytes): it was about 5x faster than
warcio on the shared WARCs (see bench/results/batch.md) and, unlike warcio, reads the
non-chunked gzip and wrong-chunk fixtures. warcio is kept for what FastWARC does not read:
ARC files. WARC files whose header lines end in a bare LF (seen in cc_net's sample) go through a
small lenient reader. A record that cannot be read becomes an error row and the file stops
there (a broken WARC cannot be resynchronised); the records before it are kept.
"""

from __future__ import annotations

import gzip
import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, Any

from fastwarc.warc import ArchiveIterator, WarcRecordType

from detector.errors import DetectorError, FetchError, RecordError
from detector.parsing.warc_header import clean_uri, header_fields, warc_day
from detector.sources.base import InputRecord
from detector.sources.fetch import PAGE_TYPES, BoundedBody

DEFAULT_MAX_BYTES = 5_000_000
_PAGE_RECORDS = WarcRecordType.response | WarcRecordType.resource | WarcRecordType.conversion


def decode_chunked(data: bytes) -> bytes:
    """Undo HTTP chunked transfer coding; the input is returned as is when it is not chunked."""
    out = bytearray()
    pos = 0
    while True:
        eol = data.find(b"\r\n", pos)
        if eol < 0:
            return data
        try:
            size = int(data[pos:eol].split(b";")[0].strip(), 16)
        except ValueError:
            return data if not out else bytes(out)
        if size == 0:
            return bytes(out)
        start = eol + 2
        out += data[start : start + size]
        pos = start + size + 2
        if pos >= len(data):
            return bytes(out)


def payload_record(
    *,
    rid: str,
    where: str,
    url: str,
    body: bytes,
    content_type: str | None,
    headers: dict[str, str],
    status: int | None,
    fetched: date | None,
    max_bytes: int,
) -> InputRecord:
    """An InputRecord from an HTTP payload stored in a WARC: status, type and codings checked."""
    if status is not None and status != 200:
        err = FetchError(f"stored HTTP status {status}", kind="http_status")
        return InputRecord(id=rid, input=where, url=url, error=err, fetched=fetched)
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and mime not in PAGE_TYPES:
        err = FetchError(f"content type {mime!r} is not a page", kind="not_html")
        return InputRecord(id=rid, input=where, url=url, error=err, fetched=fetched)
    lower = {k.lower(): v for k, v in headers.items()} if headers else {}
    coding = lower.get("content-encoding", "")
    try:
        if "chunked" in lower.get("transfer-encoding", "").lower():
            body = decode_chunked(body)
        if coding.strip().lower() in ("", "identity"):
            # Nothing to decode: the payload itself (cut one byte past the cap, as below), not
            # two copies of it.
            content = body[: max_bytes + 1] if len(body) > max_bytes else body
        else:
            decoded = BoundedBody(coding, max_bytes)
            try:
                decoded.feed(body)
            finally:
                content = bytes(decoded.out[: max_bytes + 1])
    except DetectorError as exc:
        if exc.kind != "too_large":
            return InputRecord(id=rid, input=where, url=url, error=exc, fetched=fetched)
        # Over the cap: keep the first max_bytes + 1 bytes, parse_page cuts and warns.
    return InputRecord(
        id=rid,
        input=where,
        url=url,
        content=content,
        content_type=content_type,
        fetched=fetched,
    )


def _sniff(path: Path) -> bytes:
    with path.open("rb") as fh:
        head = fh.read(512)
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as gz:
                return gz.read(512)
        except (OSError, EOFError):
            return head
    return head


def _reader_of(p: Path) -> str:
    """Which reader a file needs: `fastwarc`, `warcio` (ARC and what FastWARC cannot start) or
    `lenient` (bare-LF header lines). Raises OSError when the file cannot be read."""
    head = _sniff(p)
    if not head.startswith(b"WARC/"):
        return "warcio"
    return "fastwarc" if head.split(b"\n", 1)[0].endswith(b"\r") else "lenient"


def iter_warc(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputRecord]:
    """Page records of one WARC/WET/ARC file, streamed; never raises for a malformed file."""
    p = Path(path)
    try:
        reader = _reader_of(p)
    except OSError as exc:
        err = RecordError(f"cannot read {p}: {exc.strerror or exc}", kind="io")
        yield InputRecord(id=str(p), input=str(p), error=err)
        return
    if reader == "warcio":
        yield from _iter_warcio(p, max_bytes)
    elif reader == "lenient":
        yield from _iter_lenient(p, max_bytes)
    else:
        yield from _iter_fastwarc(p, max_bytes)


def record_ranges(path: str | Path, records: int) -> Iterator[tuple[int, int | None]] | None:
    """Split a WARC into `(start, end)` byte ranges of about `records` page records each, that
    `iter_warc_range` reads on their own (the last range ends at None: the end of the file).

    Only record headers are read (a gzipped file is still inflated to find them). None when the
    file cannot be split: an ARC file, bare-LF headers, one gzip member for the whole file (its
    records share one offset), or a file that cannot be opened; `iter_warc` reads those whole.
    A file that breaks part-way ends with a range to its end: reading it gives the error row.
    """
    p = Path(path)
    try:
        if _reader_of(p) != "fastwarc":
            return None
        starts = _page_offsets(p)
        head = list(itertools.islice(starts, 2))
    except OSError:
        return None
    if -1 in head:
        return None  # one gzip member, or broken at once: read whole (it gives the error row)
    if not head:
        return iter([(0, None)])
    return _split(itertools.chain(head, starts), max(1, records))


def _page_offsets(p: Path) -> Iterator[int]:
    """Offsets of the page records, then -1 if the file breaks or its offsets stop growing."""
    with p.open("rb") as fh:
        last = -1
        try:
            for rec in ArchiveIterator(fh, record_types=_PAGE_RECORDS, parse_http=False):
                if rec.stream_pos <= last:
                    yield -1  # records inside one gzip member share its offset
                    return
                last = rec.stream_pos
                yield last
        except Exception:
            yield -1


def _split(starts: Iterator[int], records: int) -> Iterator[tuple[int, int | None]]:
    begin, n = 0, 0  # the first range starts at 0: leading warcinfo records are skipped alike
    for pos in starts:
        if pos == -1:
            break  # the rest is read as one range, whose reader meets the same break
        if n == records:
            yield begin, pos
            begin, n = pos, 0
        n += 1
    yield begin, None


def iter_warc_range(
    path: str | Path, start: int, end: int | None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[InputRecord]:
    """The page records of a range from `record_ranges`: the rows `iter_warc` gives for them."""
    yield from _iter_fastwarc(Path(path), max_bytes, start=start, end=end)


def _broken(p: Path, where: str, exc: BaseException) -> InputRecord:
    err = RecordError(f"{p}: malformed WARC data at {where}: {exc}", kind="bad_warc")
    return InputRecord(id=f"{p}@{where}", input=f"{p}@{where}", error=err)


def _iter_fastwarc(
    p: Path, max_bytes: int, *, start: int = 0, end: int | None = None
) -> Iterator[InputRecord]:
    last = 0
    with p.open("rb") as fh:
        fh.seek(start)  # FastWARC's stream_pos counts from the start of the file all the same
        try:
            seen: dict[int, int] = {}
            for rec in ArchiveIterator(fh, record_types=_PAGE_RECORDS, parse_http=False):
                if end is not None and rec.stream_pos >= end:
                    return
                last = rec.stream_pos
                out = _from_fastwarc(rec, p, max_bytes)
                if out is None:
                    continue
                # In a WARC gzipped as one member every record has the member's offset:
                # number the repeats so that ids stay unique (and stable for resume).
                k = seen[last] = seen.get(last, -1) + 1
                if k:
                    out = replace(out, id=f"{out.id}#{k}", input=f"{out.input}#{k}")
                yield out
        except Exception as exc:
            yield _broken(p, f"after-{last}", exc)


def _from_fastwarc(rec: Any, p: Path, max_bytes: int) -> InputRecord | None:
    """The record as an InputRecord, or None for a resource that is not a web page (a log)."""
    where = f"{p}@{rec.stream_pos}"
    rid = where  # Record-IDs are not always unique (cc_net's sample repeats one)
    url = clean_uri(rec.headers.get("WARC-Target-URI"))
    record_date = rec.record_date
    fetched = record_date.date() if record_date else None
    if rec.record_type == WarcRecordType.conversion:
        text = rec.reader.read(max_bytes + 1)
        return InputRecord(
            id=rid, input=where, url=url, content=text, content_type="text/plain", fetched=fetched
        )
    if rec.record_type == WarcRecordType.resource:
        if not url.startswith(("http://", "https://")):
            return None
        return payload_record(
            rid=rid,
            where=where,
            url=url,
            body=rec.reader.read(max_bytes * 4),
            content_type=rec.headers.get("Content-Type"),
            headers={},
            status=None,
            fetched=fetched,
            max_bytes=max_bytes,
        )
    try:
        rec.parse_http()
        headers = dict(rec.http_headers.items())
        status = rec.http_headers.status_code
    except Exception as exc:
        return InputRecord(id=rid, input=where, url=url, error=_bad_http(exc), fetched=fetched)
    return payload_record(
        rid=rid,
        where=where,
        url=url,
        # Compressed payloads are read up to 4x the cap; the decoded bytes are capped again.
        body=rec.reader.read(max_bytes * 4),
        content_type=next((v for k, v in headers.items() if k.lower() == "content-type"), None),
        headers=headers,
        status=status,
        fetched=fetched,
        max_bytes=max_bytes,
    )


def _bad_http(exc: BaseException) -> RecordError:
    return RecordError(f"unreadable HTTP headers in a response record: {exc}", kind="bad_warc")


def _iter_warcio(p: Path, max_bytes: int) -> Iterator[InputRecord]:
    from warcio.archiveiterator import ArchiveIterator as WarcioIterator

    last = 0
    with p.open("rb") as fh:
        try:
            it = WarcioIterator(fh, arc2warc=True)
            seen: dict[int, int] = {}
            for rec in it:
                if rec.rec_type not in ("response", "resource", "conversion"):
                    continue
                url = clean_uri(rec.rec_headers.get_header("WARC-Target-URI"))
                if rec.rec_type == "resource" and not url.startswith(("http://", "https://")):
                    continue
                # Read before asking the offset: get_record_offset() would consume the payload.
                body = rec.content_stream().read(max_bytes + 1)  # decodes transfer/content coding
                last = it.get_record_offset()
                k = seen[last] = seen.get(last, -1) + 1
                where = f"{p}@{last}" + (f"#{k}" if k else "")
                fetched = warc_day(rec.rec_headers.get_header("WARC-Date"))
                if rec.rec_type == "conversion":
                    yield InputRecord(
                        id=where, input=where, url=url, content=body, content_type="text/plain"
                    )
                    continue
                http = rec.http_headers
                ctype = http.get_header("Content-Type") if http else None
                yield payload_record(
                    rid=where,
                    where=where,
                    url=url,
                    body=body,
                    content_type=ctype or rec.rec_headers.get_header("Content-Type"),
                    headers={},
                    status=int(http.get_statuscode())
                    if http and rec.rec_type == "response"
                    else None,
                    fetched=fetched,
                    max_bytes=max_bytes,
                )
        except Exception as exc:
            yield _broken(p, f"after-{last}", exc)


def _iter_lenient(p: Path, max_bytes: int) -> Iterator[InputRecord]:
    """WARC with bare-LF lines (its Content-Length no longer fits): split at version lines."""
    with p.open("rb") as raw:
        fh: IO[bytes] = gzip.GzipFile(fileobj=raw) if _is_gzip(raw) else raw  # type: ignore[assignment]
        offset = 0
        start = 0
        lines: list[bytes] = []
        prev_blank = True
        for line in fh:
            if prev_blank and line.startswith((b"WARC/1.0", b"WARC/1.1")) and lines:
                yield from _lenient_record(p, start, lines, max_bytes)
                lines, start = [], offset
            lines.append(line)
            offset += len(line)
            prev_blank = line in (b"\n", b"\r\n")
        if lines:
            yield from _lenient_record(p, start, lines, max_bytes)


def _lenient_record(
    p: Path, start: int, lines: list[bytes], max_bytes: int
) -> Iterator[InputRecord]:
    i = 1
    while i < len(lines) and lines[i] not in (b"\n", b"\r\n"):
        i += 1
    headers = header_fields(line.decode("utf-8", "replace") for line in lines[1:i])
    block = b"".join(lines[i + 1 :]).rstrip(b"\r\n")
    kind = headers.get("warc-type", "")
    where = f"{p}@{start}"
    url = clean_uri(headers.get("warc-target-uri"))
    fetched = warc_day(headers.get("warc-date"))
    if kind == "conversion":
        yield InputRecord(
            id=where,
            input=where,
            url=url,
            content=block[: max_bytes + 1],
            content_type="text/plain",
            fetched=fetched,
        )
    elif kind == "resource" and url.startswith(("http://", "https://")):
        yield payload_record(
            rid=where,
            where=where,
            url=url,
            body=block,
            content_type=headers.get("content-type"),
            headers={},
            status=None,
            fetched=fetched,
            max_bytes=max_bytes,
        )


def _is_gzip(fh: IO[bytes]) -> bool:
    magic = fh.read(2)
    fh.seek(0)
    return magic == b"\x1f\x8b"
