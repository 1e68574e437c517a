"""How the shipped model does on hand-written probe pages: farm kinds and languages that the
dataset generator does not make, written by people who did not see the model.

Run: .venv/bin/python bench/probes.py [--model DIR] [--set NAME ...]

Each set is a folder under bench/probes/ with pages (.txt like a WET record, or .html) and a
`labels.csv` (file, label 1 = republisher / 0 = legitimate, kind, language, ...); see
bench/probes/README.md for who wrote each set and how far it is held out. Reported per set:
recall and false positives at the `likely-republisher` threshold, ROC-AUC over the set's pages,
and the median score of each label; then every page with its score and top positive reasons.
Sets holding an `UNSCORED` file are left out unless named with --set: they are kept blind for
the next change (score the previous and the new model on them once, then delete the file).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import write_markdown

from detector.config import load_settings
from detector.inputs import read_one
from detector.scoring import Scorer

PROBES = Path(__file__).parent / "probes"


def auc(positives: list[float], negatives: list[float]) -> float:
    """Share of (republisher, legitimate) pairs ranked the right way, ties counting half."""
    pairs = len(positives) * len(negatives)
    if not pairs:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / pairs


def score_set(scorer: Scorer, folder: Path) -> list[dict[str, str | float]]:
    """One row per labelled page of the folder: its label, language, kind, score and reasons."""
    settings = load_settings()
    rows: list[dict[str, str | float]] = []
    with open(folder / "labels.csv", encoding="utf-8", newline="") as fh:
        for lab in csv.DictReader(fh):
            result = scorer.score_record(read_one(str(folder / lab["file"]), settings))
            reasons = [r.signal.split("__")[-1] for r in result.reasons if r.weight > 0][:3]
            rows.append(
                {
                    "file": lab["file"],
                    "label": lab["label"],
                    "language": lab.get("language", ""),
                    "kind": lab.get("kind", ""),
                    "score": result.score if result.score is not None else float("nan"),
                    "error": (result.error or {}).get("message", ""),
                    "reasons": ", ".join(reasons),
                }
            )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    ap.add_argument(
        "--set", action="append", help="probe set folder name (default: all but the unscored)"
    )
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "probes.md"))
    args = ap.parse_args()
    settings = load_settings()
    scorer = Scorer.from_settings(settings, model_path=args.model)
    cut = scorer.model.thresholds["republisher"]
    # A set with an UNSCORED file is kept blind for the next change: scored only when named.
    names = args.set or sorted(
        p.name
        for p in PROBES.iterdir()
        if (p / "labels.csv").exists() and not (p / "UNSCORED").exists()
    )
    summary: list[list[object]] = []
    detail: list[str] = []
    for name in names:
        rows = score_set(scorer, PROBES / name)
        pos = [float(r["score"]) for r in rows if r["label"] == "1"]
        neg = [float(r["score"]) for r in rows if r["label"] == "0"]
        hits, fps = sum(s >= cut for s in pos), sum(s >= cut for s in neg)
        foreign = [
            float(r["score"]) >= cut for r in rows if r["label"] == "1" and r["language"] != "en"
        ]
        summary.append(
            [
                name,
                f"{hits}/{len(pos)}",
                f"{sum(foreign)}/{len(foreign)}",
                f"{fps}/{len(neg)}",
                f"{auc(pos, neg):.3f}",
                f"{statistics.median(pos):.3f} / {statistics.median(neg):.3f}",
            ]
        )
        detail.append(
            f"\n## {name}\n\n| file | label | language | score | kind | top reasons |\n|---|---|---|---|---|---|"
        )
        for r in sorted(rows, key=lambda r: (r["label"], r["score"])):
            err = f" (error: {r['error']})" if r["error"] else ""
            detail.append(
                f"| {r['file']} | {r['label']} | {r['language']} | {float(r['score']):.3f} | "
                f"{r['kind']}{err} | {r['reasons']} |"
            )
        print(name, *summary[-1][1:], flush=True)
    notes = (
        f"Model `{scorer.version}`, `likely-republisher` threshold {cut:.3f}. Recall and false "
        "positives at that threshold; ROC-AUC over the set's pages; median score of republisher / "
        "legitimate pages. The sets and who wrote them: bench/probes/README.md. "
        "Run: `.venv/bin/python bench/probes.py`\n" + "\n".join(detail)
    )
    write_markdown(
        Path(args.out),
        "Hand-written probe pages",
        [
            "set",
            "recall",
            "recall, not English",
            "false positives",
            "ROC-AUC",
            "median score 1 / 0",
        ],
        summary,
        notes,
    )


if __name__ == "__main__":
    main()
