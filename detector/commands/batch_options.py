"""The batch options of `detector score`: URL lists, WARCs, output files, resume, lists, Dask.

`detector.commands.score` calls `add_batch_arguments(parser)` and hands batch runs to
`run_batch(args)`. Options the score parser already defines (paths, `--records`, `--format`,
`--model`, `--index`) are left as they are.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from detector.batch import BatchInputs, BatchOptions, BatchRunner, ScorerSpec, get_scorer
from detector.batch_output import FORMATS
from detector.config import load_settings
from detector.errors import ConfigError
from detector.lists import ListSet
from detector.sources.fetch import FetchOptions


def _has(parser: argparse.ArgumentParser, option: str) -> bool:
    return option in parser._option_string_actions


def _has_dest(parser: argparse.ArgumentParser, dest: str) -> bool:
    return any(a.dest == dest for a in parser._actions)


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the batch flags to `parser`, skipping any it already has."""

    def add(*flags: str, **kwargs: Any) -> None:
        if not any(_has(parser, f) for f in flags):
            parser.add_argument(*flags, **kwargs)

    if not _has_dest(parser, "paths"):
        parser.add_argument(
            "paths", nargs="*", default=[], help="files, directories or - (standard input)"
        )
    add("--records", action="append", default=[], metavar="FILE",
        help="JSONL records {id, url, html|text, fetched?} (repeatable)")  # fmt: skip
    add("--urls", action="append", default=[], metavar="FILE",
        help="URLs to fetch: one a line, or CSV with a url column (repeatable)")  # fmt: skip
    add("--warc", nargs="+", action="extend", default=[], metavar="FILE",
        help="WARC/WET files (gzipped or not): response, resource and conversion records")  # fmt: skip
    add("--out", type=Path, metavar="FILE", help="write rows here (default: standard output)")
    add("--format", choices=FORMATS, default=None,
        help="jsonl (default), csv, parquet (needs --out) or table (default on a terminal)")  # fmt: skip
    fmt = parser._option_string_actions.get("--format")
    if fmt is not None and fmt.choices is not None and "parquet" not in fmt.choices:
        fmt.choices = [*fmt.choices, "parquet"]
    add("--resume", action="store_true",
        help="continue an interrupted run of the same command: no duplicate, no missing row")  # fmt: skip
    add("--by-site", action="store_true",
        help="report per site (registrable domain; differing hosts/paths apart)")  # fmt: skip
    add("--sites-out", type=Path, metavar="FILE",
        help="write the --by-site report here (default: standard output)")  # fmt: skip
    add("--allow", action="append", default=[], metavar="FILE",
        help="allow list: listed sites get likely-original (hosts, domains, uBlacklist, adblock)")  # fmt: skip
    add("--deny", action="append", default=[], metavar="FILE",
        help="deny list: listed sites get likely-republisher, naming the list and rule")  # fmt: skip
    add("--engine", choices=("local", "dask"), default="local", help="where to score")
    add("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler (tcp://host:8786)")
    add("--workers", type=int, metavar="N", help="start a local Dask cluster of N processes")
    add("--chunk-size", type=int, default=64, metavar="N", help="records per scoring task")
    add("--model", type=Path, metavar="PATH", help="another model")
    add("--index", type=Path, metavar="PATH", help="another originals index")
    add("--index-backend", choices=("file", "redis"), help="where the originals index lives")
    add("--redis-url", metavar="URL", help="the Redis holding the originals index")
    add("--no-robots", action="store_true", help="do not honour robots.txt")
    add("--user-agent", metavar="UA", help="User-Agent of the fetcher")
    add("--concurrency", type=int, metavar="N", help="requests in flight at once")
    add("--per-host", type=int, metavar="N", help="requests in flight per host")
    add("--timeout", type=float, metavar="SECONDS", help="total time for one fetch attempt")
    add("--retries", type=int, metavar="N", help="retries on 5xx, 429 and timeouts")
    add("--max-bytes", type=int, metavar="N", help="largest page read")
    add("--no-progress", action="store_true", help="no progress bar")
    add("--scorer", default="detector.scoring:Scorer", metavar="MODULE:CLASS",
        help=argparse.SUPPRESS)  # fmt: skip


BATCH_FLAGS = ("urls", "warc", "out", "resume", "by_site", "sites_out", "allow", "deny",
               "scheduler", "workers")  # fmt: skip


def uses_batch(args: argparse.Namespace) -> bool:
    """True when the arguments ask for anything only the batch runner does."""
    if any(getattr(args, name, None) not in (None, False, [], "") for name in BATCH_FLAGS):
        return True
    return getattr(args, "engine", "local") == "dask" or getattr(args, "format", None) == "parquet"


def run_batch(args: argparse.Namespace) -> int:
    """Run a batch from parsed arguments; returns the exit status (0, or 1 if rows failed)."""
    overrides: dict[str, Any] = {
        "index_backend": getattr(args, "index_backend", None),
        "redis_url": getattr(args, "redis_url", None),
        "user_agent": getattr(args, "user_agent", None),
        "fetch_concurrency": getattr(args, "concurrency", None),
        "fetch_per_host": getattr(args, "per_host", None),
        "fetch_total_timeout": getattr(args, "timeout", None),
        "fetch_retries": getattr(args, "retries", None),
        "fetch_max_bytes": getattr(args, "max_bytes", None),
        "max_page_bytes": getattr(args, "max_bytes", None),
    }
    if getattr(args, "no_robots", False):
        overrides["respect_robots"] = False
    settings = load_settings(getattr(args, "config", None), **overrides)
    out: Path | None = getattr(args, "out", None)
    fmt = getattr(args, "format", None) or (
        "table" if out is None and sys.stdout.isatty() else "jsonl"
    )
    inputs = BatchInputs(
        paths=list(getattr(args, "paths", None) or []),
        records=_as_list(getattr(args, "records", None)),
        warcs=list(getattr(args, "warc", None) or []),
        url_lists=_as_list(getattr(args, "urls", None)),
        max_bytes=settings.max_page_bytes,
        default_fetched=_date(getattr(args, "fetched", None)),
    )
    options = BatchOptions(
        fmt=fmt,
        out=out,
        resume=bool(getattr(args, "resume", False)),
        by_site=bool(getattr(args, "by_site", False)),
        sites_out=getattr(args, "sites_out", None),
        engine="dask" if getattr(args, "workers", None) else getattr(args, "engine", "local"),
        scheduler=getattr(args, "scheduler", None),
        workers=getattr(args, "workers", None),
        chunk_size=getattr(args, "chunk_size", 64) or 64,
        progress=False if getattr(args, "no_progress", False) else None,
    )
    if getattr(args, "scheduler", None):
        options.engine = "dask"
    spec = ScorerSpec(
        settings=settings,
        model_path=getattr(args, "model", None),
        index_path=getattr(args, "index", None),
        factory=getattr(args, "scorer", None) or "detector.scoring:Scorer",
    )
    deny, allow = _as_list(getattr(args, "deny", None)), _as_list(getattr(args, "allow", None))
    lists = ListSet.load(deny=deny, allow=allow) if deny or allow else None
    scorer = get_scorer(spec) if options.engine == "local" else None
    top = getattr(args, "top", None)
    if scorer is not None and top is not None and hasattr(scorer, "top_n"):
        scorer.top_n = max(0, int(top))
    runner = BatchRunner(
        inputs,
        options,
        scorer=scorer,
        spec=spec,
        fetch=FetchOptions.from_settings(settings),
        lists=lists,
    )
    summary = runner.run()
    return 1 if sum(summary.errors.values()) else 0  # as `detector score`: 1 when rows failed


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"--fetched: {value!r} is not a YYYY-MM-DD date") from exc


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | Path):
        return [str(value)]
    return [str(v) for v in value]


def register(subparsers: Any) -> None:
    """Nothing to register: these options belong to `detector score` (see module docstring)."""
