"""`detector serve`: run the HTTP scoring service (detector.api) on uvicorn."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from typing import TYPE_CHECKING, Any

from detector.config import Settings, load_settings

if TYPE_CHECKING:
    from fastapi import FastAPI


def register(subparsers: Any) -> None:
    """Add the `serve` subcommand."""
    parser = subparsers.add_parser(
        "serve",
        help="run the HTTP scoring service for the browser extension",
        description=(
            "Serve POST /v1/score, /v1/score/batch, /v1/feedback, GET /v1/health and /v1/version. "
            "The model and the originals index are loaded once, at start."
        ),
    )
    parser.add_argument("--host", help="address to listen on (default: settings' serve_host)")
    parser.add_argument("--port", type=int, help="port (default: settings' serve_port)")
    parser.add_argument("--index", help="originals index to match against")
    parser.add_argument("--model", help="model directory or file")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="scoring processes behind one HTTP process, forked after the model is loaded "
        "(default 1: score in threads of the HTTP process; use the number of cores)",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["debug", "info", "warning", "error"]
    )
    parser.set_defaults(func=run)


def build_app(
    settings: Settings,
    *,
    model: str | None = None,
    index: str | None = None,
    processes: int = 0,
    bench_noop: bool = False,
) -> FastAPI:
    """Load the scorer once, warm it up and build the app.

    With `processes` > 0 pages are scored in that many processes forked from this one (they
    share the loaded model); with 0, in threads of this process.
    """
    from detector.api import create_app, warm_up
    from detector.score_pool import ScorePool
    from detector.scoring import Scorer

    scorer = Scorer.from_settings(settings, model_path=model, index_path=index)
    warm_up(scorer)  # the index and topic space load lazily: load them now, not on request 1
    # Everything loaded so far lives as long as the server: keep it out of the collector's
    # full passes (one took ~300 ms over the model and index, a pause in some request) and,
    # in forked scoring processes, from writing to the pages they share with this one.
    gc.freeze()
    pool = ScorePool(scorer, processes) if processes > 0 else None
    return create_app(settings, scorer, pool=pool, bench_noop=bench_noop)


def run(args: argparse.Namespace) -> int:
    """Load the scorer and serve until interrupted."""
    import uvicorn

    settings = load_settings(
        getattr(args, "config", None),
        serve_host=args.host,
        serve_port=args.port,
        index_path=args.index,
        model_path=args.model,
    )
    log = logging.getLogger("detector")
    if not log.handlers:  # access logs: one JSON object per line on stderr
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
    log.setLevel(args.log_level.upper())
    processes = args.workers if args.workers > 1 else 0
    app = build_app(settings, model=args.model, index=args.index, processes=processes)
    where = f"http://{settings.serve_host}:{settings.serve_port}"
    workers = f" with {args.workers} scoring processes" if processes else ""
    print(f"detector: serving on {where}{workers}", file=sys.stderr)
    uvicorn.run(
        app,
        host=settings.serve_host,
        port=settings.serve_port,
        access_log=False,  # detector.access logs each request without page content
        log_level=args.log_level,
        timeout_graceful_shutdown=5,
        http="detector.api:NoDelayHTTPProtocol",  # TCP_NODELAY in every mode
    )
    return 0
