"""`detector topic`: build, evaluate and query the topic space (models/topic_space.joblib)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from detector.config import load_settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `detector topic build|eval|sim|label`."""
    parser = subparsers.add_parser("topic", help="build or query the news topic space")
    sub = parser.add_subparsers(dest="topic_command", metavar="ACTION", required=True)
    build = sub.add_parser("build", help="fit the space on the training split and save it")
    build.add_argument("--out", type=Path, help="artifact path (default: settings)")
    build.add_argument("--dims", type=int, default=128, help="LSA dimensions (default 128)")
    build.add_argument("--max-vocab", type=int, default=20000, help="vocabulary cap")
    build.add_argument("--alpha", type=float, default=0.5, help="LSA weight in similarity")
    build.set_defaults(func=_build)
    ev = sub.add_parser("eval", help="AUCs and accuracies on the held-out split")
    ev.add_argument("--model", type=Path, help="artifact path (default: settings)")
    ev.set_defaults(func=_eval)
    sim = sub.add_parser("sim", help="similarity of two texts")
    sim.add_argument("a")
    sim.add_argument("b")
    sim.set_defaults(func=_sim)
    lab = sub.add_parser("label", help="news category of a text")
    lab.add_argument("text")
    lab.set_defaults(func=_label)


def _build(args: argparse.Namespace) -> int:
    from detector.topic import build_topic_space, evaluate_topic_space

    settings = load_settings(args.config)
    out = args.out or settings.topic_model_path
    space = build_topic_space(
        settings.data_dir, dims=args.dims, max_vocab=args.max_vocab, alpha=args.alpha
    )
    space.info["metrics_held_out"] = evaluate_topic_space(space, settings.data_dir)
    space.save(out)
    print(json.dumps({"path": str(out), **space.info["metrics_held_out"]}, indent=2))
    return 0


def _eval(args: argparse.Namespace) -> int:
    from detector.topic import evaluate_topic_space, load_topic_space

    settings = load_settings(args.config)
    space = load_topic_space(args.model or settings.topic_model_path)
    print(json.dumps(evaluate_topic_space(space, settings.data_dir), indent=2))
    return 0


def _sim(args: argparse.Namespace) -> int:
    from detector.topic import load_topic_space

    space = load_topic_space(load_settings(args.config).topic_model_path)
    print(f"{space.similarity(args.a, args.b):.3f}")
    return 0


def _label(args: argparse.Namespace) -> int:
    from detector.topic import load_topic_space

    space = load_topic_space(load_settings(args.config).topic_model_path)
    category, prob = space.label(args.text)
    print(f"{category}\t{prob:.3f}\tcoverage {space.coverage(args.text):.2f}")
    return 0
