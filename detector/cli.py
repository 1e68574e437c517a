"""The `detector` command line: thin, it parses flags and calls the library.

Each subcommand lives in its own module under `detector.commands` and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int` as the handler.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from detector import __version__
from detector.errors import DetectorError


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand module registered."""
    import detector.commands as commands

    parser = argparse.ArgumentParser(
        prog="detector",
        description="Tell whether a web page is a low-quality republisher (content farm / scraper).",
    )
    parser.add_argument("--version", action="version", version=f"detector {__version__}")
    parser.add_argument("--config", help="a TOML settings file (default: ./detector.toml)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"detector.commands.{info.name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `detector` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except DetectorError as exc:
        print(f"detector: error ({exc.kind}): {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("detector: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
