"""Readers of originals: the shared research corpora, JSONL, CSV, HTML directories and WARC files.

Every reader yields `Original` records or `RecordError`s (a bad record is reported, never fatal),
so a build counts bad records by reason and carries on.

The research corpora carry no article URLs. Their readers give each record an id such as
`reuters21578:1234` and a `corpus:reuters21578/1234` address that names the record honestly
(it resolves nowhere), with the publisher's real domain as `site`.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from detector.errors import DetectorError, RecordError
from detector.originals.records import Original

Item = Original | RecordError

_REUTERS_PARA = re.compile(r"\n[ \t]{2,}|\n\s*\n")
_TRAILER = re.compile(r"\s*\bReuter\s*\Z")


def _open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open("r", encoding="utf-8", errors="replace")


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any] | RecordError]]:
    with _open_text(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, RecordError(f"{path.name}:{n}: not JSON ({exc.msg})", kind="bad_json")
                continue
            if not isinstance(rec, dict):
                yield n, RecordError(f"{path.name}:{n}: not a JSON object", kind="bad_json")
                continue
            yield n, rec


def reuters_paragraphs(body: str) -> str:
    """Reuters-21578 body -> paragraphs (indented lines start one), wraps joined, trailer cut."""
    body = _TRAILER.sub("", body.replace("\r", ""))
    paras = (" ".join(p.split()) for p in _REUTERS_PARA.split(body))
    return "\n".join(p for p in paras if p)


def parse_reuters_date(value: str) -> date | None:
    """`26-FEB-1987 15:01:01.79` -> date(1987, 2, 26); None when unreadable."""
    try:
        return datetime.strptime(value.strip()[:11], "%d-%b-%Y").date()
    except ValueError:
        return None


def parse_date(value: Any) -> date | None:
    """An ISO date or datetime string (or a date) -> date; None when missing or unreadable."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in ("%B %d, %Y", "%d-%b-%Y", "%b %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _need_text(text: str, where: str) -> RecordError | None:
    if not text.strip():
        return RecordError(f"{where}: no article text", kind="no_text")
    return None


def read_reuters21578(path: Path) -> Iterator[Item]:
    """Reuters-21578 (`newid`, `date` like `26-FEB-1987 15:01:01.79`, `title`, `body`)."""
    for n, rec in _json_lines(path):
        if isinstance(rec, RecordError):
            yield rec
            continue
        newid = rec.get("newid")
        text = reuters_paragraphs(rec.get("body") or "")
        bad = _need_text(text, f"{path.name}:{n} (newid {newid})")
        if bad:
            yield bad
            continue
        yield Original(
            id=f"reuters21578:{newid}",
            url=f"corpus:reuters21578/{newid}",
            site="reuters.com",
            title=" ".join(str(rec.get("title") or "").split()),
            published=parse_reuters_date(str(rec.get("date") or "")),
            corpus="reuters21578",
            text=text,
        )


def read_isot(path: Path) -> Iterator[Item]:
    """ISOT "True" Reuters stories of 2017 (`id`, `title`, `text`, ISO `published`)."""
    for n, rec in _json_lines(path):
        if isinstance(rec, RecordError):
            yield rec
            continue
        rid = str(rec.get("id") or n)
        text = str(rec.get("text") or "").strip()
        bad = _need_text(text, f"{path.name}:{n} ({rid})")
        if bad:
            yield bad
            continue
        yield Original(
            id=f"isot:{rid}",
            url=f"corpus:isot/{rid}",
            site="reuters.com",
            title=str(rec.get("title") or "").strip(),
            published=parse_date(rec.get("published")) or parse_date(rec.get("date")),
            corpus="isot",
            text=text,
        )


def read_bbc(path: Path) -> Iterator[Item]:
    """BBC News 2004-05 (`id` like `business/001.txt`, `title`, `body`; no per-article date)."""
    for n, rec in _json_lines(path):
        if isinstance(rec, RecordError):
            yield rec
            continue
        rid = str(rec.get("id") or n).removesuffix(".txt")
        body = str(rec.get("body") or "")
        text = "\n".join(" ".join(p.split()) for p in body.split("\n") if p.strip())
        bad = _need_text(text, f"{path.name}:{n} ({rid})")
        if bad:
            yield bad
            continue
        yield Original(
            id=f"bbc:{rid}",
            url=f"corpus:bbc/{rid}",
            site="bbc.co.uk",
            title=str(rec.get("title") or "").strip(),
            published=None,
            corpus="bbc",
            text=text,
        )


def read_ag_news(path: Path) -> Iterator[Item]:
    """AG news rows (`title`, `description`; no id, date or URL: ids are row numbers)."""
    for n, rec in _json_lines(path):
        if isinstance(rec, RecordError):
            yield rec
            continue
        text = str(rec.get("description") or "").replace("\\", " ").strip()
        bad = _need_text(text, f"{path.name}:{n}")
        if bad:
            yield bad
            continue
        yield Original(
            id=f"agnews:{n}",
            url=f"corpus:agnews/{n}",
            site="",
            title=str(rec.get("title") or "").strip(),
            corpus="agnews",
            text=text,
        )


def _site_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _from_fields(rec: dict[str, Any], where: str, corpus: str) -> Item:
    """A generic record {id, url, title, text, published, site} -> Original."""
    text = str(rec.get("text") or rec.get("body") or "").strip()
    bad = _need_text(text, where)
    if bad:
        return bad
    url = str(rec.get("url") or "").strip()
    rid = str(rec.get("id") or url or "").strip()
    if not rid:
        return RecordError(f"{where}: neither id nor url", kind="no_id")
    published = rec.get("published")
    pub = parse_date(published)
    if published not in (None, "") and pub is None:
        return RecordError(f"{where}: unreadable published date {published!r}", kind="bad_date")
    return Original(
        id=rid,
        url=url,
        site=str(rec.get("site") or "").strip() or _site_of(url),
        title=str(rec.get("title") or "").strip(),
        published=pub,
        corpus=corpus,
        text=text,
    )


def read_jsonl(path: Path) -> Iterator[Item]:
    """JSON Lines of `{id, url, title, text, published, site}` (gzip when named `.gz`)."""
    for n, rec in _json_lines(path):
        yield (
            rec
            if isinstance(rec, RecordError)
            else _from_fields(rec, f"{path.name}:{n}", path.stem)
        )


def read_csv(path: Path) -> Iterator[Item]:
    """CSV with a header row naming the columns id, url, title, text, published, site."""
    with _open_text(path) as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or "text" not in reader.fieldnames:
            yield RecordError(f"{path}: CSV header has no 'text' column", kind="bad_csv")
            return
        try:
            for n, row in enumerate(reader, 2):
                yield _from_fields(dict(row), f"{path.name}:{n}", path.stem)
        except csv.Error as exc:
            yield RecordError(f"{path.name}: CSV error ({exc})", kind="bad_csv")


def _original_from_html(content: bytes | str, url: str, where: str, corpus: str) -> Item:
    from detector.page import parse_page

    try:
        page = parse_page(content, url=url or None)
    except DetectorError as exc:
        return RecordError(f"{where}: {exc}", kind=exc.kind)
    text = page.text.strip()
    bad = _need_text(text, where)
    if bad:
        return bad
    url = url or page.canonical
    return Original(
        id=url or where,
        url=url,
        site=_site_of(url) or page.site_name,
        title=page.headline or page.title,
        published=page.published,
        corpus=corpus,
        text=text,
    )


def read_html_dir(path: Path) -> Iterator[Item]:
    """A directory of `.html`/`.htm` files; a file's URL is its `<link rel=canonical>` if any."""
    for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in {".html", ".htm"}):
        try:
            content = file.read_bytes()
        except OSError as exc:
            yield RecordError(f"{file}: cannot read ({exc})", kind="io")
            continue
        yield _original_from_html(content, "", str(file.relative_to(path)), path.name)


def read_warc(path: Path) -> Iterator[Item]:
    """HTML responses of a WARC file, read by `detector.sources.warc` (status, type, codings)."""
    from detector.sources.warc import iter_warc

    try:
        for rec in iter_warc(path):
            if rec.error is not None:
                yield RecordError(f"{rec.input}: {rec.error}", kind=rec.error.kind)
                continue
            yield _original_from_html(rec.content or b"", rec.url, rec.input, path.name)
    except DetectorError as exc:
        yield RecordError(f"{path}: WARC read stopped ({exc})", kind=exc.kind)


_NAMED = {
    "reuters21578": read_reuters21578,
    "isot": read_isot,
    "bbc": read_bbc,
    "ag_news": read_ag_news,
}


def reader_for(path: Path) -> tuple[str, Any]:
    """The (format name, reader) for a source path: named corpus, JSONL, CSV, WARC or HTML dir."""
    if path.is_dir():
        return "html-dir", read_html_dir
    name = path.name.lower()
    for prefix, reader in _NAMED.items():
        if name.startswith(prefix) and ".jsonl" in name:
            return prefix, reader
    if ".jsonl" in name or name.endswith((".json.gz", ".ndjson")):
        return "jsonl", read_jsonl
    if name.endswith((".csv", ".csv.gz")):
        return "csv", read_csv
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc", read_warc
    raise RecordError(
        f"{path}: unknown source format (want .jsonl[.gz], .csv[.gz], .warc[.gz] or a directory "
        "of .html files)",
        kind="unknown_format",
    )


def read_source(path: str | Path) -> Iterator[Item]:
    """Every original (or bad record) of one source path."""
    p = Path(path)
    if not p.exists():
        yield RecordError(f"{p}: no such file or directory", kind="missing_source")
        return
    try:
        _, reader = reader_for(p)
    except RecordError as exc:
        yield exc
        return
    yield from reader(p)


def default_sources(data_dir: Path) -> list[Path]:
    """The shared corpora the default index is built from (Reuters-21578, ISOT 2017, BBC)."""
    base = Path(data_dir) / "originals"
    return [
        base / "reuters21578.jsonl.gz",
        base / "isot_reuters_2017.jsonl.gz",
        base / "bbc.jsonl.gz",
    ]
