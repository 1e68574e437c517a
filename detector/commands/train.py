"""`detector train`: rebuild features, train, evaluate, and write model, sidecar, report and card.

    detector train [--manifest M] [--extra labelled.jsonl] --out models/NAME [--make-default]
                   [--seed N]

The model is written to `--out` (a directory: model.joblib, model.json, report.json, plots,
README.md). It becomes the default (settings' `model_path`, with `models/README.md` as its card)
only with `--make-default`. The end of the run prints the new model's held-out metrics beside
the current default's on the same pages.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from detector.config import PROJECT_ROOT, Settings, load_settings
from detector.errors import ConfigError, DetectorError

DEFAULT_MANIFEST = PROJECT_ROOT / "data" / "generated" / "manifest.jsonl"


def register(subparsers: Any) -> None:
    """Add the `train` subcommand."""
    parser = subparsers.add_parser(
        "train",
        help="train a model on the labelled dataset (and optional user-labelled pages)",
        description=(
            "Parse every page of the manifest, extract the registered signals, fit a calibrated "
            "classifier on the train split, choose tier thresholds on validation, report on test "
            "and leave-one-family-out, and write the model with its sidecar, report and card."
        ),
    )
    parser.add_argument(
        "--manifest",
        default=None,
        help=f"dataset manifest JSONL (default: {DEFAULT_MANIFEST.relative_to(PROJECT_ROOT)})",
    )
    parser.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="FILE.jsonl",
        help="user-labelled pages {url, html|text, label}; used for training (repeatable)",
    )
    parser.add_argument("--out", required=True, help="model directory to write, e.g. models/NAME")
    parser.add_argument(
        "--make-default", action="store_true", help="also install the model as the default"
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument(
        "--C", type=float, default=None, help="inverse regularisation strength (default 0.1)"
    )
    parser.add_argument("--signals", help="comma-separated signal names (default: all registered)")
    parser.add_argument("--no-lofo", action="store_true", help="skip the leave-one-family-out runs")
    parser.add_argument(
        "--jobs", type=int, default=1, help="worker processes for parsing and signals (default 1)"
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar on standard error"
    )
    parser.set_defaults(func=run)


def _progress(total: int, desc: str, disable: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="page", file=sys.stderr, disable=disable, leave=False)


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def _same(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def install_default(out: Path, settings: Settings) -> Path:
    """Copy a model directory to settings' `model_path` (replacing the previous default)."""
    target = settings.model_path
    if _same(out, target):
        return target
    tmp = target.with_name(target.name + ".new")
    if tmp.exists():
        shutil.rmtree(tmp)
    shutil.copytree(out, tmp)
    if target.exists():
        shutil.rmtree(target)
    tmp.rename(target)
    return target


def run(args: argparse.Namespace) -> int:
    """Train, evaluate, save, compare."""
    from detector.evaluation import format_lofo, format_table, group_metrics, write_plots
    from detector.evaluation import write_report as write_json
    from detector.model import (
        CLASSIFIER_KIND,
        FREE_PENALTY,
        build_signals,
        load_model,
        save_model,
    )
    from detector.modelcard import render
    from detector.quiet_copies import QUIET_SHARE
    from detector.training import (
        DEFAULT_C,
        TEST_SPLIT,
        URL_DROPOUT,
        data_hash,
        featurize_manifest,
        from_pages,
        load_extra,
        model_version,
        train,
    )

    settings = load_settings(getattr(args, "config", None))
    out = Path(args.out)
    if _same(out, settings.model_path) and not args.make_default:
        raise ConfigError(
            f"--out {out} is the default model's place; add --make-default to replace it"
        )
    manifest = Path(args.manifest) if args.manifest else DEFAULT_MANIFEST
    if manifest.is_dir():
        manifest = manifest / "manifest.jsonl"
    if not manifest.is_file():
        raise ConfigError(
            f"manifest {manifest} does not exist; build the dataset with `detector data build`"
        )
    quiet = args.no_progress or not sys.stderr.isatty()

    def say(msg: str) -> None:
        print(f"detector train: {msg}", file=sys.stderr)

    names = [s.strip() for s in args.signals.split(",")] if args.signals else None
    signals = build_signals(names)
    say(f"signals: {', '.join(n for n, _ in signals.transformer_list)}")
    bar = _progress(_count_lines(manifest), "parsing + signals", quiet)
    data, (feats,) = featurize_manifest(
        manifest,
        settings,
        [signals],
        jobs=max(1, args.jobs),
        progress=bar.update,
        url_dropout=URL_DROPOUT,
        seed=args.seed,
    )
    bar.close()
    extra_paths = [Path(p) for p in args.extra]
    for path in extra_paths:
        rows, pages = load_extra(path)
        more, (more_feats,) = from_pages(rows, pages, [signals])
        data, feats = data.merge(more), feats.merge(more_feats)
        say(f"{len(rows)} user-labelled pages from {path} added to training")
    say(f"{len(data)} pages ({int(data.labels().sum())} republishers); skipped {data.skipped}")
    digest = data_hash([manifest, *extra_paths])
    C = DEFAULT_C if args.C is None else args.C
    result = train(
        data,
        feats,
        signals,
        name=out.name,
        data_hash_hex=digest,
        seed=args.seed,
        C=C,
        lofo=not args.no_lofo,
        status=say,
    )
    report = result.report
    model = result.model
    model.sidecar.update(
        {
            "name": out.name,
            "model_version": model_version(
                out.name, digest, model.linear().fingerprint(model.feature_names)
            ),
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "seed": args.seed,
            "classifier": {
                "kind": CLASSIFIER_KIND,
                "C": C,
                "free_penalty": FREE_PENALTY,
                "quiet_share": QUIET_SHARE,
            },
            "training_data": {
                "hash": digest,
                "manifest": _display(manifest),
                "extra": [_display(p) for p in extra_paths],
                "pages": len(data),
                "by_split": report["data"]["by_split"],
            },
            "metrics": _headline_metrics(report),
        }
    )
    save_model(model, out)
    test_mask = result.data.splits() == TEST_SPLIT
    if test_mask.any():
        test_rows = [r for r, m in zip(result.data.rows, test_mask, strict=True) if m]
        write_plots(test_rows, result.scores[test_mask], out)
    write_json(report, out / "report.json")
    card = render(model.sidecar, report)
    (out / "README.md").write_text(card, encoding="utf-8")
    print(f"model {model.version} written to {out}")
    if report.get("test"):
        default_metrics = None
        if settings.model_path.exists() and not _same(out, settings.model_path):
            try:
                default = load_model(settings.model_path)
                say(f"scoring the test split with the default model {default.version}")
                held, (held_feats,) = featurize_manifest(
                    manifest, settings, [default.signals], splits=[TEST_SPLIT], jobs=args.jobs
                )
                scores = default.linear().proba(held_feats.X)
                default_metrics = group_metrics(held.rows, np.asarray(scores), default.thresholds)
                print(f"\nheld-out test split: new model, then default {default.version}")
            except DetectorError as exc:
                print(f"\n(the current default cannot be compared: {exc})")
        print(format_table(report["test"], other=default_metrics))
    if report.get("lofo"):
        print("\nleave one family out:")
        print(format_lofo(report["lofo"]))
    if report.get("seed"):
        print(f"\nseed page score: {report['seed']['score']}")
    if args.make_default:
        target = install_default(out, settings)
        (settings.models_dir / "README.md").write_text(card, encoding="utf-8")
        print(f"installed as the default model: {target}")
    return 0


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def _headline_metrics(report: dict[str, Any]) -> dict[str, Any]:
    """The numbers worth keeping in the sidecar (the full report is beside it)."""
    out: dict[str, Any] = {}
    for key in ("test", "out_of_fold"):
        block = report.get(key) or {}
        out[key] = {
            k: v for k, v in block.items() if k in ("all", "html", "text") or k.startswith("fp_")
        }
    lofo = report.get("lofo") or {}
    out["lofo"] = {k: v for k, v in lofo.items() if k != "families"}
    if report.get("seed"):
        out["seed_score"] = report["seed"]["score"]
    return out
