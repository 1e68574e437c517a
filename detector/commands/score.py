"""`detector score PATH...|-` and `detector score --records FILE.jsonl`: one result per input.

Output rows: `{"id", "input", "url", "score", "tier", "reasons": [...], "match", "model"}`, or
the same with an `error` for an input that could not be scored (the run goes on). Formats:
`jsonl`, `csv`, `table` (the default on a terminal). Exit status 0 when every input was scored,
1 when some got an error row, 2 on a fatal error (no model, bad flags).
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, TextIO

from detector.config import load_settings
from detector.errors import ConfigError
from detector.results import ScoreResult
from detector.sources.base import InputRecord

FORMATS = ("jsonl", "csv", "table")
CSV_FIELDS = (
    "id",
    "input",
    "url",
    "score",
    "tier",
    "reasons",
    "match_source",
    "match_similarity",
    "model",
    "error_kind",
    "error_message",
)


def _batch_module() -> Any | None:
    """`detector.commands.batch_options` when the batch helper's module exists."""
    try:
        return importlib.import_module("detector.commands.batch_options")
    except ModuleNotFoundError:
        return None


def register(subparsers: Any) -> None:
    """Add the `score` subcommand."""
    parser = subparsers.add_parser(
        "score",
        help="score pages: how likely each is a low-quality republisher, and why",
        description=(
            "Score local pages (files, directories, '-' for standard input) or a JSONL file of "
            "records ({id, url, html|text, fetched?}). Each input gets one row: its score, tier, "
            "top reasons and best copy match, or an error row."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, directories or '-'")
    parser.add_argument(
        "--records",
        action="append",
        default=[],
        metavar="FILE.jsonl",
        help="a JSONL file of page records (repeatable)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: table on a terminal, jsonl otherwise)",
    )
    parser.add_argument("--index", metavar="PATH", help="another originals index")
    parser.add_argument("--model", metavar="PATH", help="another model (directory or .joblib)")
    parser.add_argument("--top", type=int, default=5, help="reasons per page (default 5)")
    parser.add_argument(
        "--fetched",
        metavar="YYYY-MM-DD",
        help="when the pages were seen (the date features' 'now'; default: today for files)",
    )
    batch = _batch_module()
    if batch is not None:
        batch.add_batch_arguments(parser)
    parser.set_defaults(func=run)


def _uses_batch(args: argparse.Namespace, batch: Any) -> bool:
    probe = getattr(batch, "uses_batch", None)
    if callable(probe):
        return bool(probe(args))
    names = ("urls", "warc", "out", "resume", "by_site", "engine", "workers")
    return any(getattr(args, n, None) not in (None, False, [], "") for n in names)


def _fetched(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"--fetched: {value!r} is not a YYYY-MM-DD date") from exc


def iter_inputs(args: argparse.Namespace) -> Iterator[InputRecord]:
    """Records from `--records` and the paths, with the default fetch date filled in."""
    from dataclasses import replace

    from detector.sources.files import iter_paths, iter_records_file

    when = _fetched(args.fetched)
    for path in args.records:
        for record in iter_records_file(path):
            yield record if record.error else replace(record, fetched=record.fetched or when)
    for record in iter_paths(list(args.paths)):
        yield record if record.error else replace(record, fetched=record.fetched or when)


def _reason_text(row: ScoreResult, n: int = 3) -> str:
    return "; ".join(f"{r.signal} {r.weight:+.2f}" for r in row.reasons[:n])


def write_jsonl(rows: Iterable[ScoreResult], out: TextIO) -> int:
    """One JSON object per line; returns the number of error rows."""
    errors = 0
    for row in rows:
        errors += row.error is not None
        out.write(json.dumps(row.to_dict(), ensure_ascii=False, default=str) + "\n")
        out.flush()
    return errors


def write_csv(rows: Iterable[ScoreResult], out: TextIO) -> int:
    """CSV with the top reasons folded into one cell; returns the number of error rows."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    errors = 0
    for row in rows:
        errors += row.error is not None
        match = row.match or {}
        writer.writerow(
            {
                "id": row.id,
                "input": row.input,
                "url": row.url,
                "score": "" if row.score is None else f"{row.score:.4f}",
                "tier": row.tier or "",
                "reasons": _reason_text(row, 5),
                "match_source": match.get("source_id") or match.get("id") or "",
                "match_similarity": match.get("similarity") or match.get("jaccard") or "",
                "model": row.model,
                "error_kind": (row.error or {}).get("kind", ""),
                "error_message": (row.error or {}).get("message", ""),
            }
        )
    return errors


def write_table(rows: Iterable[ScoreResult], out: TextIO) -> int:
    """A table for people: score, tier, input and the top reasons; returns error rows."""
    errors = 0
    out.write(f"{'score':>6}  {'tier':<18}  input\n")
    for row in rows:
        if row.error is not None:
            errors += 1
            out.write(f"{'-':>6}  {'error':<18}  {row.input}\n")
            out.write(f"{'':>28}{row.error['kind']}: {row.error['message'][:200]}\n")
            continue
        out.write(f"{row.score:>6.3f}  {row.tier:<18}  {row.input}\n")
        for r in row.reasons:  # as many as --top asked for
            out.write(f"{'':>28}{r.weight:+.2f} {r.signal} = {r.value:g}: {r.evidence[:90]}\n")
        if row.match:
            out.write(f"{'':>28}copy of: {_match_text(row.match)}\n")
    return errors


def _match_text(match: dict[str, Any]) -> str:
    """`site "title" (id), similarity 0.97, 1,234 days earlier` from a match dict."""
    where = match.get("site") or match.get("url") or ""
    title = str(match.get("title") or "")[:70]
    text = f'{where} "{title}" ({match.get("id", "?")})'
    if isinstance(match.get("similarity"), int | float):
        text += f", similarity {match['similarity']:.2f}"
    if isinstance(match.get("days_earlier"), int) and match["days_earlier"] > 0:
        text += f", {match['days_earlier']:,} days earlier"
    return text


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "table": write_table}


def run(args: argparse.Namespace) -> int:
    """Score every input and print one row each."""
    batch = _batch_module()
    if batch is not None and _uses_batch(args, batch):
        return int(batch.run_batch(args))
    if not args.paths and not args.records:
        raise ConfigError("give PATH..., '-' for standard input, or --records FILE.jsonl")
    from detector.scoring import Scorer

    settings = load_settings(getattr(args, "config", None))
    scorer = Scorer.from_settings(settings, model_path=args.model, index_path=args.index)
    scorer.top_n = max(0, args.top)
    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    errors = WRITERS[fmt](scorer.score_records(iter_inputs(args)), sys.stdout)
    return 1 if errors else 0
