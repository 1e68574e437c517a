"""`detector serve`: run the HTTP scoring service (detector.api) on uvicorn."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

from detector.config import load_settings


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
        help="worker processes, each with its own model copy (default 1; 2 on 2 cores: ~1.5x pages/s)",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["debug", "info", "warning", "error"]
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the scorer and serve until interrupted."""
    import uvicorn

    from detector.api import create_app, warm_up
    from detector.scoring import Scorer

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
    common: dict[str, Any] = {
        "host": settings.serve_host,
        "port": settings.serve_port,
        "access_log": False,  # detector.access logs each request without page content
        "log_level": args.log_level,
        "timeout_graceful_shutdown": 5,
        "http": "detector.api:NoDelayHTTPProtocol",  # TCP_NODELAY in every mode
    }
    where = f"http://{settings.serve_host}:{settings.serve_port}"
    if args.workers > 1:
        # Worker processes rebuild the settings from the environment: pass the flags on.
        for name, value in (("MODEL_PATH", args.model), ("INDEX_PATH", args.index)):
            if value:
                os.environ[f"DETECTOR_{name}"] = str(value)
        if getattr(args, "config", None):
            os.environ["DETECTOR_CONFIG"] = str(args.config)
        print(f"detector: serving on {where} with {args.workers} workers", file=sys.stderr)
        uvicorn.run("detector.api:app_from_env", factory=True, workers=args.workers, **common)
        return 0
    scorer = Scorer.from_settings(settings, model_path=args.model, index_path=args.index)
    warm_up(scorer)  # the index and topic space load lazily: load them now, not on request 1
    app = create_app(settings, scorer)
    print(f"detector: serving on {where}", file=sys.stderr)
    uvicorn.run(app, **common)
    return 0
