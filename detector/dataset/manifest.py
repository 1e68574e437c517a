"""The manifest: one JSON line per labelled page, and the functions that read it back.

A row points either at a generated file (`path`, relative to the manifest's folder) or at a real
page of the shared data (`record`: `{"collection_file", "record_id"}`, relative to
`settings.data_dir`). `load_page_content` returns what to feed to `detector.page.parse_page`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from detector.config import Settings
from detector.errors import RecordError

MANIFEST_NAME = "manifest.jsonl"
FIELDS = (
    "id", "kind", "label", "family", "group", "source", "site", "split", "path", "record",
    "url", "fetched", "claimed", "language", "tells", "sha256", "template",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled page of the manifest.

    `label` is 1 for a republisher, 0 for a legitimate page. `group` says where the page comes
    from: `farm` (generated republisher), `hard_negative` (generated legit look-alike), `real`
    (a real page of the shared data) or `seed`. `source` is the source article id (or the real
    record id); `site` the (fake or real) site's domain. `fetched` is the reference "now".
    """

    id: str
    kind: str  # html | text
    label: int
    family: str
    group: str
    source: str
    site: str
    split: str  # train | validation | test
    path: str | None = None
    record: dict[str, str] | None = None
    url: str = ""
    fetched: str = ""  # ISO date
    claimed: str | None = None  # the date the page shows, ISO, when it shows one
    language: str = ""
    tells: tuple[str, ...] = ()
    sha256: str = ""  # of the generated file, or of the real record's HTML
    template: str | None = None  # skeleton family: "<collection file>#<record id>" it clones
    base_dir: str = field(default="", compare=False)  # the manifest's folder (not written)

    def to_json(self) -> str:
        """The row as one canonical JSON line (sorted keys, no base_dir)."""
        d = asdict(self)
        d.pop("base_dir")
        d["tells"] = list(self.tells)
        return json.dumps(d, sort_keys=True, ensure_ascii=False)

    @property
    def fetched_date(self) -> date:
        """`fetched` as a date."""
        return date.fromisoformat(self.fetched)


def write_manifest(rows: Iterable[Row], path: Path) -> str:
    """Write the rows as JSONL; returns the SHA-256 of the file."""
    text = "".join(r.to_json() + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _row(d: dict[str, Any], base_dir: str, where: str) -> Row:
    missing = [
        k
        for k in ("id", "kind", "label", "family", "source", "site", "split", "fetched")
        if k not in d
    ]
    if missing:
        raise RecordError(f"{where}: manifest row lacks {missing}")
    if d["kind"] not in ("html", "text"):
        raise RecordError(f"{where}: kind must be html or text, not {d['kind']!r}")
    if (d.get("path") is None) == (d.get("record") is None):
        raise RecordError(f"{where}: a row needs exactly one of 'path' and 'record'")
    unknown = sorted(set(d) - set(FIELDS))
    if unknown:
        raise RecordError(f"{where}: unknown manifest field(s) {unknown}")
    d = dict(d)
    d["tells"] = tuple(d.get("tells") or ())
    d.setdefault("group", "")
    return Row(**d, base_dir=base_dir)


def load_manifest(path: str | Path) -> list[Row]:
    """Read a manifest (a file, or a folder holding `manifest.jsonl`).

    Raises:
        RecordError: a line is not JSON or not a valid row (the message names the line).
    """
    p = Path(path)
    if p.is_dir():
        p = p / MANIFEST_NAME
    if not p.is_file():
        raise RecordError(f"manifest {p} does not exist (build it with `detector data build`)")
    rows = []
    base = str(p.parent.resolve())
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordError(f"{p}:{n}: not JSON ({exc})") from exc
            rows.append(_row(d, base, f"{p}:{n}"))
    return rows


def load_page_content(row: Row, settings: Settings) -> tuple[str, str | None, str, date]:
    """What to feed to `parse_page` for a row: (content, url, kind, fetched).

    For `kind == "text"`, pass `content_type="text/plain"` to `parse_page`. Real pages are read
    from `settings.data_dir` (the last two collection files stay in memory: iterate rows grouped
    by collection, as the manifest is written, or use `iter_page_contents`).

    Raises:
        RecordError: the file or record is missing.
    """
    from detector.dataset.realpages import read_record
    from detector.dataset.wet import html_to_text

    if row.path is not None:
        f = Path(row.base_dir) / row.path
        if not f.is_file():
            raise RecordError(f"page file {f} of row {row.id} is missing (rebuild the data)")
        content = f.read_text(encoding="utf-8")
    else:
        assert row.record is not None
        html, _url = read_record(
            Path(settings.data_dir), row.record["collection_file"], row.record["record_id"]
        )
        content = html if row.kind == "html" else html_to_text(html)
    return content, (row.url or None), row.kind, row.fetched_date


def iter_page_contents(
    rows: Iterable[Row], settings: Settings
) -> Iterator[tuple[Row, tuple[str, str | None, str, date] | RecordError]]:
    """Yield (row, content tuple) in manifest order, or (row, error) for a row that cannot be read."""
    for row in rows:
        try:
            yield row, load_page_content(row, settings)
        except RecordError as exc:
            yield row, exc


def content_hash(rows: Iterable[Row]) -> str:
    """A hash over every row (each row carries its content's SHA-256): the dataset's identity."""
    h = hashlib.sha256()
    for r in rows:
        h.update(r.to_json().encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()
