"""`detector explain PATH|URL|-`: the parsed page and every signal with its value and evidence."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from detector.config import load_settings
from detector.features.base import Signal, load_all
from detector.inputs import read_one
from detector.page import Page, parse_page


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `explain` subcommand."""
    p = sub.add_parser(
        "explain",
        help="show the parsed page and every signal with its evidence",
        description="Parse one page and print every registered signal with its values and evidence.",
    )
    p.add_argument("input", help="a file (HTML or extracted text), an http(s) URL, or - for stdin")
    p.add_argument("--json", action="store_true", help="one JSON object instead of text")
    p.add_argument("--url", help="the page's URL when reading a file or stdin")
    p.add_argument(
        "--fetched", type=date.fromisoformat, help="the reference 'now' (YYYY-MM-DD); default today"
    )
    p.add_argument("--index", help="originals index to match against (default from settings)")
    p.set_defaults(func=run)


def explain_page(page: Page, *, index_path: str | None = None) -> list[Signal]:
    """Every registered signal on one page, in registry-name order."""
    signals = []
    for _name, cls in sorted(load_all().items()):
        params = cls().get_params()
        extractor = cls(index_path=index_path) if index_path and "index_path" in params else cls()
        signals.append(extractor.signal(page))
    return signals


def page_summary(page: Page) -> dict[str, Any]:
    """The fields of a page a person wants to see first."""
    return {
        "url": page.url,
        "kind": page.kind,
        "language": page.language,
        "title": page.title,
        "headline": page.headline,
        "brands": [f"{b} ({src})" for b, src in page.brand_candidates],
        "breadcrumbs": list(page.breadcrumbs),
        "published": page.published.isoformat() if page.published else None,
        "modified": page.modified.isoformat() if page.modified else None,
        "dates": [f"{c.value} {c.kind} from {c.source}" for c in page.date_candidates],
        "byline": page.byline,
        "authors": list(page.authors),
        "dateline": page.dateline,
        "credit_lines": list(page.credit_lines),
        "paragraphs": len(page.paragraphs),
        "words": page.word_count,
        "link_blocks": [f"{b.heading} ({len(b.anchors)} links)" for b in page.link_blocks],
        "reactions": [r.raw or f"{r.label} ({r.count})" for r in page.reactions],
        "canonical": page.canonical,
        "ad_slots": page.ad_slots,
        "ad_networks": list(page.ad_networks),
        "warnings": list(page.warnings),
    }


def _print_text(source: str, summary: dict[str, Any], signals: list[Signal]) -> None:
    out = sys.stdout
    out.write(f"Page: {source}\n")
    for key, value in summary.items():
        if value in (None, "", [], 0) and key not in ("paragraphs", "words"):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        out.write(f"  {key + ':':14s}{shown}\n")
    out.write("\nSignals\n")
    for sig in signals:
        values = "  ".join(f"{k}={v:g}" for k, v in sig.as_dict().items())
        out.write(f"  {sig.name}\n    {values}\n")
        for line in sig.evidence:
            out.write(f"    - {line}\n")


def run(args: argparse.Namespace) -> int:
    """Handler of `detector explain`."""
    settings = load_settings(args.config)
    record = read_one(args.input, settings)
    if record.error is not None:
        raise record.error
    assert record.content is not None
    page = parse_page(
        record.content,
        url=args.url or record.url or None,
        fetched=args.fetched or record.fetched or date.today(),
        content_type=record.content_type,
        max_bytes=settings.max_page_bytes,
    )
    signals = explain_page(page, index_path=args.index)
    summary = page_summary(page)
    if args.json:
        payload = {
            "input": record.input,
            "page": summary,
            "signals": [
                {"name": s.name, "values": s.as_dict(), "evidence": list(s.evidence)}
                for s in signals
            ],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_text(record.input, summary, signals)
    return 0
