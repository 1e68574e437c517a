"""`detector index build|add|query|stats`: the known-originals index from the command line.

`build SOURCE... --index PATH` (or `--default` for the shared corpora), `add SOURCE...`,
`query PATH|URL|- [--json]` (the best matches of each input with their figures), `stats`.
Sources: JSONL (`{id,url,title,text,published,site}`), CSV, WARC, directories of HTML files,
and the shared research corpora by name. Bad records are counted and reported, never fatal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from detector.config import Settings, load_settings
from detector.errors import ConfigError, DetectorError
from detector.sources.base import InputRecord


def register(subparsers: Any) -> None:
    """Add the `index` subcommand and its actions."""
    parser = subparsers.add_parser(
        "index",
        help="build, extend, query and describe the known-originals index",
        description="The known-originals index: MinHash/LSH copy matching.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--index", metavar="PATH", help="index file (default: settings index_path)")

    build = actions.add_parser("build", help="build a new index from sources (replaces PATH)")
    build.add_argument("sources", nargs="*", metavar="SOURCE")
    build.add_argument("--default", action="store_true", help="build from the shared corpora")
    build.add_argument("--no-progress", action="store_true", help="no progress bar")
    common(build)
    build.set_defaults(func=_build)

    add = actions.add_parser("add", help="add the originals of sources to an existing index")
    add.add_argument("sources", nargs="+", metavar="SOURCE")
    add.add_argument("--no-progress", action="store_true", help="no progress bar")
    common(add)
    add.set_defaults(func=_add)

    query = actions.add_parser("query", help="find the originals that pages copy")
    query.add_argument("inputs", nargs="+", metavar="PATH|URL|-")
    query.add_argument("--json", action="store_true", help="one JSON object per input")
    query.add_argument("--top", type=int, default=3, help="matches shown per input (default 3)")
    common(query)
    query.set_defaults(func=_query)

    stats = actions.add_parser("stats", help="what an index holds")
    stats.add_argument("--json", action="store_true", help="JSON output")
    common(stats)
    stats.set_defaults(func=_stats)


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(getattr(args, "config", None))


def _index_path(args: argparse.Namespace, settings: Settings) -> Path:
    return Path(args.index) if args.index else Path(settings.index_path)


def _print_report(report: Any, path: Path | str) -> None:
    print(f"{path}: {report.summary()}", file=sys.stderr)
    for example in report.examples:
        print(f"  e.g. {example}", file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    from detector.originals.corpora import default_sources
    from detector.originals.index import build_index

    settings = _settings(args)
    sources = [Path(s) for s in args.sources]
    if args.default:
        sources = default_sources(settings.data_dir) + sources
    if not sources:
        raise ConfigError("index build: give SOURCE paths or --default")
    if settings.index_backend == "redis" and not args.index:
        return _redis_add(settings, sources, progress=not args.no_progress)
    path = _index_path(args, settings)
    report = build_index(sources, path, progress=not args.no_progress)
    _print_report(report, path)
    return 0 if report.added else 1


def _add(args: argparse.Namespace) -> int:
    from detector.originals.index import build_index

    settings = _settings(args)
    sources = [Path(s) for s in args.sources]
    if settings.index_backend == "redis" and not args.index:
        return _redis_add(settings, sources, progress=not args.no_progress)
    path = _index_path(args, settings)
    report = build_index(sources, path, progress=not args.no_progress, add_to_existing=True)
    _print_report(report, path)
    return 0


def _redis_add(settings: Settings, sources: list[Path], progress: bool) -> int:
    from detector.originals.index import redis_build

    report = redis_build(settings, sources, progress=progress)
    _print_report(report, settings.redis_url)
    return 0


def _inputs(items: list[str], settings: Settings) -> Iterator[InputRecord]:
    from detector.sources.files import read_path

    urls = [(u, u) for u in items if u.startswith(("http://", "https://"))]
    for item in items:
        if item == "-":
            yield InputRecord(id="stdin", input="stdin", content=sys.stdin.buffer.read())
        elif not item.startswith(("http://", "https://")):
            yield read_path(Path(item), max_bytes=settings.max_page_bytes)
    if urls:
        from detector.sources.fetch import FetchOptions, iter_fetched

        yield from iter_fetched(urls, FetchOptions.from_settings(settings))


def _query(args: argparse.Namespace) -> int:
    from detector.originals.index import ensure_default_index, open_from_settings
    from detector.page import parse_page

    settings = _settings(args)
    if not args.index and settings.index_backend == "file":
        ensure_default_index(settings)
    index = open_from_settings(settings, args.index)
    failures = 0
    for rec in _inputs(args.inputs, settings):
        out: dict[str, Any] = {"input": rec.input, "url": rec.url}
        try:
            if rec.error is not None:
                raise rec.error
            page = parse_page(
                rec.content or b"", url=rec.url or None, content_type=rec.content_type
            )
            out["words"] = page.word_count
            out["matches"] = [m.as_dict() for m in index.match_page(page, top=args.top)]
        except DetectorError as exc:
            failures += 1
            out["error"] = {"kind": exc.kind, "message": str(exc)}
        _emit(out, args.json)
    return 1 if failures else 0


def _emit(out: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(out, ensure_ascii=False))
        return
    if "error" in out:
        print(f"{out['input']}: error ({out['error']['kind']}): {out['error']['message']}")
        return
    matches = out["matches"]
    print(f"{out['input']}: {len(matches)} match(es) ({out['words']} words)")
    for m in matches:
        when = m["published"] or "date unknown"
        gap = (
            f", {m['days_earlier']:,} days before the page" if m["days_earlier"] is not None else ""
        )
        print(
            f"  {m['site'] or '?'} {m['title'][:70]!r} ({when}) {m['url']}\n"
            f"    similarity {m['similarity']:.2f}, holds {m['containment_of_original']:.0%} of "
            f"the original, {m['containment_of_page']:.0%} of the page is the original{gap}"
        )


def _stats(args: argparse.Namespace) -> int:
    from collections import Counter

    from detector.originals.filestore import load_index

    settings = _settings(args)
    path = _index_path(args, settings)
    store, header = load_index(path)
    corpora = Counter(store.meta(i).get("corpus", "") for i in range(len(store)))
    out = {
        "path": str(path),
        "originals": len(store),
        "file_bytes": path.stat().st_size,
        "created": header.get("created"),
        "params": header.get("params"),
        "versions": header.get("versions"),
        "corpora": dict(corpora.most_common()),
        "lsh_entries": len(store.arrays.keys),
    }
    if args.json:
        print(json.dumps(out))
    else:
        for key, value in out.items():
            print(f"{key}: {value}")
    return 0
