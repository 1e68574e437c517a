"""`detector data build`: build the labelled training and evaluation pages and their manifest."""

from __future__ import annotations

import argparse
import json

from detector.config import load_settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `data build`."""
    parser = subparsers.add_parser("data", help="build the labelled dataset (see data/README.md)")
    sub = parser.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    build = sub.add_parser(
        "build", help="generate farm and hard-negative pages, list real pages, write the manifest"
    )
    build.add_argument(
        "--out", default="data/generated", help="output folder (default: data/generated)"
    )
    build.add_argument(
        "--seed",
        type=int,
        default=0,
        help="build seed: same seed, byte-identical output (default 0)",
    )
    build.add_argument(
        "--per-family",
        type=int,
        default=None,
        help="pages per generated farm family; hard-negative families get twice that (default 400; 8 with --small)",
    )
    build.add_argument(
        "--small",
        action="store_true",
        help="a small pinned held-out set: test split only, ~307 rows",
    )
    build.add_argument("--quiet", action="store_true", help="no progress lines")
    build.set_defaults(func=_build)


def _build(args: argparse.Namespace) -> int:
    from detector.dataset.builder import build_dataset, print_progress

    settings = load_settings(getattr(args, "config", None))
    summary = build_dataset(
        settings,
        args.out,
        seed=args.seed,
        per_family=args.per_family,
        small=args.small,
        progress=None if args.quiet else print_progress,
    )
    report = summary.to_dict() | {
        "manifest": str(summary.manifest),
        "seconds": round(summary.seconds, 1),
    }
    print(json.dumps(report, indent=2, sort_keys=True))
    return 0
