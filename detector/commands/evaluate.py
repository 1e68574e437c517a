"""`detector evaluate MANIFEST`: a model's metrics on a labelled set, a table, a report, plots.

Prints the metrics overall and for HTML and text inputs separately, false-positive rates on
real outlet pages and credited syndication, and the worst false positives with their reasons;
writes `report.json`, `reliability.png` and `curves.png` to `--out`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from detector.config import load_settings
from detector.errors import ConfigError


def register(subparsers: Any) -> None:
    """Add the `evaluate` subcommand."""
    parser = subparsers.add_parser(
        "evaluate",
        help="measure a model on a labelled manifest (table, JSON report, PNG plots)",
        description="Score the pages of a dataset manifest with a model and report its metrics.",
    )
    parser.add_argument("manifest", metavar="MANIFEST", help="dataset manifest JSONL")
    parser.add_argument("--model", help="model directory or file (default: the default model)")
    parser.add_argument(
        "--split",
        default="test",
        help="split(s) to evaluate, comma-separated, or 'all' (default: test)",
    )
    parser.add_argument(
        "--out", default="evaluation", help="report directory (default ./evaluation)"
    )
    parser.add_argument(
        "--lofo",
        action="store_true",
        help="also retrain without each family in turn (leave-one-family-out; needs all splits)",
    )
    parser.add_argument("--worst", type=int, default=10, help="worst false positives to list")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print."""
    from detector.evaluation import (
        format_lofo,
        format_table,
        group_metrics,
        is_real_outlet,
        leave_one_family_out,
        write_plots,
        write_report,
    )
    from detector.model import CLASSIFIER_KIND, fit_classifier, load_model
    from detector.training import featurize_manifest, worst_false_positives

    settings = load_settings(getattr(args, "config", None))
    manifest = Path(args.manifest)
    if manifest.is_dir():
        manifest = manifest / "manifest.jsonl"
    if not manifest.is_file():
        raise ConfigError(f"manifest {manifest} does not exist")
    model = load_model(Path(args.model) if args.model else settings.model_path)
    wanted = None if args.split == "all" or args.lofo else [s for s in args.split.split(",") if s]
    data, (feats,) = featurize_manifest(
        manifest, settings, [model.signals], splits=wanted, jobs=max(1, args.jobs)
    )
    if not len(data):
        raise ConfigError(f"no readable page of split {args.split!r} in {manifest}")
    scores = model.linear().proba(feats.X)
    chosen = (
        np.ones(len(data), dtype=bool)
        if args.split == "all"
        else np.isin(data.splits(), args.split.split(","))
    )
    rows = [r for r, m in zip(data.rows, chosen, strict=True) if m]
    if not rows:
        raise ConfigError(f"no readable page of split {args.split!r} in {manifest}")
    report: dict[str, Any] = {
        "model": model.version,
        "manifest": str(manifest),
        "split": args.split,
        "skipped": data.skipped,
        "thresholds": model.thresholds,
        "metrics": group_metrics(rows, scores[chosen], model.thresholds),
    }
    sub, sub_feats = data.subset(chosen), feats.subset(chosen)
    report["worst_false_positives"] = worst_false_positives(
        model, sub, sub_feats, scores[chosen], n=args.worst
    )
    report["worst_false_positives_real"] = worst_false_positives(
        model, sub, sub_feats, scores[chosen], n=args.worst, only=is_real_outlet
    )
    if args.lofo:
        C = float((model.sidecar.get("classifier") or {}).get("C", 1.0))
        seed = int(model.sidecar.get("seed", 0))
        signed = (model.sidecar.get("classifier") or {}).get("kind") == CLASSIFIER_KIND
        names = model.feature_names if signed else None
        quiet = float((model.sidecar.get("classifier") or {}).get("quiet_share", 0.0))

        def fit(Xa: np.ndarray, ya: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
            clf = fit_classifier(Xa, ya, C=C, seed=seed, names=names, quiet_share=quiet)
            return lambda Xb: np.asarray(clf.predict_proba(Xb)[:, 1])

        report["lofo"] = leave_one_family_out(feats.X, data.rows, fit)
    out = Path(args.out)
    write_report(report, out / "report.json")
    plots = write_plots(rows, scores[chosen], out)
    print(f"model {model.version} on {manifest} ({args.split}): {len(rows)} pages")
    print(format_table(report["metrics"]))
    if report.get("lofo"):
        print("\nleave one family out:")
        print(format_lofo(report["lofo"]))
    worst = report["worst_false_positives"][: min(5, args.worst)]
    if worst:
        print("\nworst false positives:")
        for w in worst:
            print(f"  {w['score']:.3f} {w['family']} {w['id']} {w['url']}")
            for r in w["reasons"][:3]:
                print(
                    f"        {r['weight']:+.2f} {r['signal']} = {r['value']:g}: "
                    f"{r['evidence'][:80]}"
                )
    print(f"\nwrote {out / 'report.json'} and {', '.join(str(p) for p in plots)}", file=sys.stderr)
    return 0
