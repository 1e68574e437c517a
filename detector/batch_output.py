"""Row writers for batch scoring: JSONL, CSV, Parquet (pyarrow) and a table for people.

Every writer appends to its file and reports the file size after `flush()`, which the resume
state records. Parquet files cannot be appended to, so rows go to a JSONL journal beside the
output (`OUT.journal.jsonl`) and the Parquet file is written from it when the run ends.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import IO, Any, Protocol

import orjson

from detector.errors import ConfigError

FORMATS = ("jsonl", "csv", "parquet", "table")
CSV_COLUMNS = (
    "id", "input", "url", "score", "tier", "model", "error_kind", "error_message",
    "reasons", "match", "warnings", "list_action", "list_name", "list_rule", "model_tier",
)  # fmt: skip


class RowWriter(Protocol):
    """Appends output rows; `flush()` returns the byte size the output has reached."""

    def write(self, row: dict[str, Any]) -> None: ...
    def flush(self) -> int: ...
    def close(self) -> None: ...


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row with nested fields as JSON strings, for CSV and Parquet columns."""
    err = row.get("error") or {}
    listed = row.get("list") or {}
    return {
        "id": row.get("id"),
        "input": row.get("input"),
        "url": row.get("url"),
        "score": row.get("score"),
        "tier": row.get("tier"),
        "model": row.get("model") or "",
        "error_kind": err.get("kind"),
        "error_message": err.get("message"),
        "reasons": json.dumps(row.get("reasons") or [], ensure_ascii=False),
        "match": json.dumps(row["match"], ensure_ascii=False) if row.get("match") else None,
        "warnings": json.dumps(row.get("warnings") or [], ensure_ascii=False),
        "list_action": listed.get("action"),
        "list_name": listed.get("list"),
        "list_rule": listed.get("rule"),
        "model_tier": row.get("model_tier"),
    }


class _FileWriter:
    def __init__(self, out: Path | None, stream: IO[bytes] | None = None) -> None:
        self.out = out
        self._fh: IO[bytes] = out.open("ab") if out is not None else (stream or sys.stdout.buffer)

    def _put(self, data: bytes) -> None:
        self._fh.write(data)

    def flush(self) -> int:
        self._fh.flush()
        return self._fh.tell() if self.out is not None else 0

    def close(self) -> None:
        self._fh.flush()
        if self.out is not None:
            self._fh.close()


def jsonl_line(row: dict[str, Any]) -> bytes:
    """One row as a line of UTF-8 JSON (orjson: ~20x faster than `json.dumps` on a row).

    A row orjson refuses (a lone surrogate from a JSON escape in the input, a number type it
    does not know) is written by `json` with non-ASCII escaped, which always gives valid UTF-8.
    """
    try:
        return orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE | orjson.OPT_SERIALIZE_NUMPY)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return (json.dumps(row, ensure_ascii=True) + "\n").encode("ascii")


class JsonlWriter(_FileWriter):
    """One JSON object a line (the default)."""

    def write(self, row: dict[str, Any]) -> None:
        """Append one row."""
        self._put(jsonl_line(row))


class CsvWriter(_FileWriter):
    """CSV with a header line (written only when the file is new or empty)."""

    def __init__(self, out: Path | None, stream: IO[bytes] | None = None) -> None:
        super().__init__(out, stream)
        if out is None or self._fh.tell() == 0:
            self._put(self._line(dict(zip(CSV_COLUMNS, CSV_COLUMNS, strict=True))))

    @staticmethod
    def _line(values: dict[str, Any]) -> bytes:
        buf = io.StringIO()
        csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n").writerow(values)
        return buf.getvalue().encode("utf-8")

    def write(self, row: dict[str, Any]) -> None:
        """Append one row."""
        self._put(self._line(flat_row(row)))


class TableWriter(_FileWriter):
    """Aligned columns for reading in a terminal: tier, score, input, top reason or error."""

    def __init__(self, out: Path | None, stream: IO[bytes] | None = None) -> None:
        super().__init__(out, stream)
        self._put(f"{'TIER':<19} {'SCORE':>5}  {'INPUT':<60} WHY\n".encode())

    def write(self, row: dict[str, Any]) -> None:
        """Append one row."""
        score = "" if row.get("score") is None else f"{row['score']:.2f}"
        if row.get("error"):
            tier, why = "error", f"{row['error']['kind']}: {row['error']['message']}"
        else:
            tier = str(row.get("tier"))
            reasons = row.get("reasons") or []
            why = reasons[0]["evidence"] if reasons else ""
        where = str(row.get("url") or row.get("input") or row.get("id"))
        self._put(f"{tier:<19} {score:>5}  {where[:60]:<60} {why[:120]}\n".encode())


class ParquetWriter(JsonlWriter):
    """Rows journalled as JSONL beside the output; `finish()` writes the Parquet file."""

    def __init__(self, out: Path) -> None:
        self.target = out
        super().__init__(journal_path(out))

    def finish(self) -> None:
        """Write the Parquet file from the journal, in row groups (the journal stays)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema(
            [(c, pa.float64() if c == "score" else pa.string()) for c in CSV_COLUMNS]
        )
        tmp = self.target.with_name(self.target.name + ".tmp")
        with pq.ParquetWriter(tmp, schema) as pw, journal_path(self.target).open("rb") as fh:
            batch: list[dict[str, Any]] = []
            for line in fh:
                batch.append(flat_row(json.loads(line)))
                if len(batch) >= 10_000:
                    pw.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch:
                pw.write_table(pa.Table.from_pylist(batch, schema=schema))
        tmp.replace(self.target)


def journal_path(out: Path) -> Path:
    """Where a Parquet output's rows are journalled while the run goes."""
    return out.with_name(out.name + ".journal.jsonl")


def resumable_path(out: Path, fmt: str) -> Path:
    """The file whose size the resume state tracks (the journal for Parquet)."""
    return journal_path(out) if fmt == "parquet" else out


def open_writer(fmt: str, out: Path | None, stream: IO[bytes] | None = None) -> RowWriter:
    """A writer for `fmt` appending to `out` (standard output when None).

    Raises:
        ConfigError: unknown format, or Parquet without an output file.
    """
    if fmt == "jsonl":
        return JsonlWriter(out, stream)
    if fmt == "csv":
        return CsvWriter(out, stream)
    if fmt == "table":
        return TableWriter(out, stream)
    if fmt == "parquet":
        if out is None:
            raise ConfigError("--format parquet needs --out FILE")
        return ParquetWriter(out)
    raise ConfigError(f"unknown output format {fmt!r}; known: {', '.join(FORMATS)}")


def unflatten(flat: dict[str, str]) -> dict[str, Any]:
    """A CSV row back into the fields the site roll-up reads."""
    row: dict[str, Any] = {
        "id": flat.get("id"),
        "input": flat.get("input"),
        "url": flat.get("url"),
        "tier": flat.get("tier") or None,
        "score": float(flat["score"]) if flat.get("score") else None,
        "match": json.loads(flat["match"]) if flat.get("match") else None,
        "error": {"kind": flat["error_kind"]} if flat.get("error_kind") else None,
    }
    if flat.get("list_action"):
        row["list"] = {
            "action": flat["list_action"],
            "list": flat.get("list_name"),
            "rule": flat.get("list_rule"),
        }
    return row


def open_site_writer(fmt: str, target: Path | None, stdout: IO[bytes] | None) -> Any:
    """The writer of the `--by-site` report: `target` (`--sites-out`), else standard output.

    JSONL runs get JSONL site rows; CSV and Parquet runs get CSV; table runs get a table.
    """
    if fmt in ("csv", "parquet", "table"):
        return _SiteTable(target, stdout, fmt)
    if target is not None and target.exists():
        target.unlink()
    return JsonlWriter(target, stdout)


class _SiteTable:
    """Site rows as CSV (also for Parquet runs) or an aligned table."""

    def __init__(self, out: Path | None, stdout: IO[bytes] | None, fmt: str) -> None:
        self.fh: IO[bytes] = out.open("wb") if out is not None else (stdout or sys.stdout.buffer)
        self.own = out is not None
        self.fmt = fmt
        self.rows: list[dict[str, Any]] = []

    def write(self, row: dict[str, Any]) -> None:
        """Keep a site row (written at close: a table needs every row for its layout)."""
        self.rows.append(row)

    def close(self) -> None:
        """Write the rows and close the file."""
        buf = io.StringIO()
        if self.fmt == "table":
            buf.write(f"{'VERDICT':<19} {'PAGES':>5} {'COPIES':>6}  {'SITE':<40} RULE\n")
            for r in self.rows:
                share = "" if r["copy_share"] is None else f"{r['copy_share']:.0%}"
                buf.write(
                    f"{r['verdict'] or 'no verdict':<19} {r['pages']:>5} {share:>6}  "
                    f"{r['site'][:40]:<40} {r['rule']}\n"
                )
        else:
            cols = ["site", "level", "verdict", "rule", "pages", "scored", "errors",
                    "copy_share", "republisher_share", "mean_score"]  # fmt: skip
            w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(self.rows)
        self.fh.write(buf.getvalue().encode("utf-8"))
        self.fh.flush()
        if self.own:
            self.fh.close()
