"""Leave-one-family-out (LOFO) study of the signals, with a page and feature cache (not a test).

Parses every manifest row once (URL dropout as `detector train` does) and caches the parsed
pages under /tmp, keyed by the parser's code; each signal family's columns are cached keyed by
its own module's code, so after a change to one family only that family is extracted again.
Then it runs LOFO with the trainer's classifier and copy-match dropout, and prints, per held-out
family, the features that separate it from the held-out originals and those that do not, and the
worst false positives among real and credited pages with their evidence.

    .venv/bin/python bench/generalisation.py [--manifest data/generated] [--jobs 2]
        [--splits train,validation]  # choices are made on these; add test only for the final run
        [--json out.json] [--C 0.1] [--unsigned] [--free-penalty 30]
"""

from __future__ import annotations

import argparse
import copyreg
import hashlib
import inspect
import json
import pickle
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detector.config import load_settings  # noqa: E402
from detector.evaluation import Row, binary_metrics, choose_thresholds  # noqa: E402
from detector.features.base import REGISTRY, load_all  # noqa: E402
from detector.model import (  # noqa: E402
    FREE_PENALTY,
    SPECIFIC_PENALTY,
    LinearScorer,
    build_signals,
    fit_classifier,
    match_columns,
)
from detector.training import (  # noqa: E402
    DEFAULT_C,
    MATCH_DROPOUT,
    TRAIN_SPLITS,
    URL_DROPOUT,
    drops_url,
    hide_matches,
    parse_label,
    without_match,
)

CACHE = Path("/tmp/gen_cache")


def _picklable() -> None:
    """Let read-only mappings of a Page pickle (they come back as plain dicts)."""
    copyreg.pickle(MappingProxyType, lambda proxy: (dict, (dict(proxy),)))


CHUNK = 400


def _hash_files(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for p in sorted(paths):
        digest.update(p.name.encode())
        digest.update(p.read_bytes())
    return digest.hexdigest()[:12]


def parser_key(manifest: Path) -> str:
    """Hash of the parser, Page and dataset code and of the manifest."""
    files = [*(ROOT / "detector" / "parsing").glob("*.py"), ROOT / "detector" / "page.py"]
    files += list((ROOT / "detector" / "dataset").glob("*.py"))
    files.append(manifest)
    return _hash_files(files)


_FEATURE_IMPORT = re.compile(r"^from detector\.features\.(\w+) import", re.MULTILINE)


def feature_modules(module: Path) -> list[Path]:
    """`module` and every detector.features module it imports, directly or through others."""
    found: dict[Path, None] = {}
    todo = [module]
    while todo:
        path = todo.pop()
        if path in found or not path.exists():
            continue
        found[path] = None
        todo += [path.parent / f"{m}.py" for m in _FEATURE_IMPORT.findall(path.read_text())]
    return list(found)


def family_key(name: str) -> str:
    """Hash of a signal family's module, the feature modules it imports (a family may read
    another's answers), the shared helper modules, the word lists and the topic space."""
    load_all()
    module = Path(inspect.getfile(REGISTRY[name]))
    feat = ROOT / "detector" / "features"
    files = [*feature_modules(module), feat / "base.py", ROOT / "detector" / "topic.py"]
    files += [p for p in feat.glob("*.py") if p.name.startswith("_") or "patterns" in p.name]
    files += list((ROOT / "detector" / "originals").glob("*.py"))
    files += sorted((ROOT / "detector" / "lexicon").glob("*.*"))
    extra = ""
    if "copy" in name:
        idx = load_settings().index_path
        extra = f"{idx}:{idx.stat().st_mtime if idx.exists() else 0}"
    return _hash_files(list(dict.fromkeys(files))) + hashlib.sha256(extra.encode()).hexdigest()[:6]


def _parse_chunk(rows: list[Any], out: Path, seed: int = 0) -> int:
    from detector.dataset import iter_page_contents
    from detector.errors import DetectorError
    from detector.page import parse_page

    _picklable()
    settings = load_settings()
    kept: list[tuple[Row, Any]] = []
    for mrow, got in iter_page_contents(rows, settings):
        if isinstance(got, DetectorError):
            continue
        content, url, kind, fetched = got
        if mrow.split in TRAIN_SPLITS and drops_url(mrow.id, URL_DROPOUT, seed):
            url = ""
        try:
            page = parse_page(
                content,
                url=url or None,
                fetched=fetched,
                content_type="text/plain" if kind == "text" else None,
            )
        except DetectorError:
            continue
        row = Row(
            id=mrow.id,
            label=parse_label(mrow.label, mrow.id),
            family=mrow.family,
            kind=kind,
            site=mrow.site,
            split=mrow.split,
            group=mrow.group,
        )
        kept.append((row, page))
    with out.open("wb") as fh:
        pickle.dump(kept, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return len(kept)


def page_chunks(manifest: Path, jobs: int) -> list[Path]:
    """Chunk files of parsed pages (built when missing)."""
    from joblib import Parallel, delayed

    from detector.dataset import load_manifest

    folder = CACHE / f"pages_{parser_key(manifest)}"
    folder.mkdir(parents=True, exist_ok=True)
    rows = list(load_manifest(manifest))
    chunks = [rows[i : i + CHUNK] for i in range(0, len(rows), CHUNK)]
    paths = [folder / f"{k:04d}.pkl" for k in range(len(chunks))]
    todo = [(c, p) for c, p in zip(chunks, paths, strict=True) if not p.exists()]
    if todo:
        t0 = time.time()
        Parallel(n_jobs=jobs)(delayed(_parse_chunk)(c, p) for c, p in todo)
        print(f"parsed {len(todo)} chunks in {time.time() - t0:.0f}s", file=sys.stderr)
    return paths


def _extract_chunk(path: Path, name: str) -> tuple[list[list[float]], list[tuple[str, ...]]]:
    load_all()
    ext = REGISTRY[name]()
    with path.open("rb") as fh:
        kept = pickle.load(fh)
    vals: list[list[float]] = []
    evs: list[tuple[str, ...]] = []
    for _, page in kept:
        try:
            v, e = ext.extract(page)
        except Exception as exc:  # report, keep going
            v, e = [0.0] * len(ext.FEATURES), (f"CRASH {type(exc).__name__}: {exc}",)
        vals.append([float(x) for x in v])
        evs.append(tuple(e))
    return vals, evs


def rows_of(paths: list[Path]) -> list[Row]:
    """Every cached page's Row, in order."""
    out: list[Row] = []
    for p in paths:
        with p.open("rb") as fh:
            out.extend(r for r, _ in pickle.load(fh))
    return out


def family_matrix(
    name: str, paths: list[Path], jobs: int
) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    """One family's columns and evidence for every cached page (cached by code version)."""
    from joblib import Parallel, delayed

    key = family_key(name)
    cache = CACHE / f"feat_{name}_{paths[0].parent.name}_{key}.pkl"
    if cache.exists():
        with cache.open("rb") as fh:
            got: tuple[np.ndarray, list[tuple[str, ...]]] = pickle.load(fh)
            return got
    t0 = time.time()
    parts = Parallel(n_jobs=jobs)(delayed(_extract_chunk)(p, name) for p in paths)
    vals = [v for part in parts for v in part[0]]
    evs = [e for part in parts for e in part[1]]
    X = np.nan_to_num(np.asarray(vals, dtype=np.float64), nan=0.0, posinf=1e6, neginf=-1e6)
    with cache.open("wb") as fh:
        pickle.dump((X, evs), fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"extracted {name} in {time.time() - t0:.0f}s", file=sys.stderr)
    return X, evs


def single_auc(y: np.ndarray, x: np.ndarray) -> float:
    """ROC-AUC of one feature alone, oriented (>= 0.5)."""
    if len(set(y.tolist())) < 2 or np.ptp(x) == 0:
        return 0.5
    a = float(roc_auc_score(y, x))
    return max(a, 1 - a)


def print_fire_rates(
    X: np.ndarray, fnames: list[str], fam: np.ndarray, kind: np.ndarray, wanted: list[str]
) -> None:
    """Share of pages where each wanted feature is > 0, per family and input kind."""
    cols = [j for j, f in enumerate(fnames) if any(w in f for w in wanted)]
    print("fire rates (value > 0), html / text:")
    for family in sorted(set(fam.tolist())):
        cells = []
        for j in cols:
            rates = []
            for k in ("html", "text"):
                m = (fam == family) & (kind == k)
                rates.append(f"{(X[m, j] > 0).mean():.3f}" if m.any() else "  -  ")
            cells.append(f"{fnames[j].split('__')[1]} {'/'.join(rates)}")
        print(f"  {family:12} " + "  ".join(cells))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the study; print a report (and write JSON when asked)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--manifest", default=str(ROOT / "data" / "generated" / "manifest.jsonl"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument(
        "--eval-split",
        default="validation",
        help="held-out originals of each LOFO run come from this split (test: final run only)",
    )
    ap.add_argument("--diagnose", action="store_true", help="per-family feature diagnostics")
    ap.add_argument("--worst", type=int, default=8)
    ap.add_argument("--json", default="")
    ap.add_argument("--drop", default="", help="comma-separated feature names to leave out")
    ap.add_argument("--fire", default="", help="print fire rates of these features and go on")
    ap.add_argument(
        "--families", default="", help="comma-separated families to hold out (default: all)"
    )
    ap.add_argument("--C", type=float, default=DEFAULT_C, help="inverse regularisation")
    ap.add_argument(
        "--unsigned",
        action="store_true",
        help="plain logistic regression (no known signs, no extra penalty on free features)",
    )
    ap.add_argument("--free-penalty", type=float, default=FREE_PENALTY)
    ap.add_argument(
        "--specific-penalty",
        type=float,
        default=SPECIFIC_PENALTY,
        help="penalty factor of every feature but the rare-signs column (detector.model)",
    )
    args = ap.parse_args(argv)

    manifest = Path(args.manifest)
    paths = page_chunks(manifest, args.jobs)
    rows = rows_of(paths)
    signals = build_signals()
    names = [n for n, _ in signals.transformer_list]
    blocks, evidence = [], []
    fnames: list[str] = []
    for n in names:
        X_n, ev = family_matrix(n, paths, args.jobs)
        blocks.append(X_n)
        evidence.append(ev)
        fnames += [f"{n}__{f}" for f in REGISTRY[n].FEATURES]
    X = np.hstack(blocks)
    drop = {d for d in args.drop.split(",") if d}
    keep = np.array([not any(d in f for d in drop) for f in fnames])
    cols, no_match = match_columns(signals)
    X_fit = hide_matches(X, cols, no_match, MATCH_DROPOUT, 0)
    X_none = without_match(X, cols, no_match)
    X_fit, X, X_none = X_fit[:, keep], X[:, keep], X_none[:, keep]
    fnames = [f for f, k in zip(fnames, keep, strict=True) if k]

    def fit(Xa: np.ndarray, ya: np.ndarray) -> Any:
        names = None if args.unsigned else fnames
        return fit_classifier(
            Xa,
            ya,
            C=args.C,
            names=names,
            free_penalty=args.free_penalty,
            specific_penalty=args.specific_penalty,
        )

    y = np.array([r.label for r in rows])
    fam = np.array([r.family for r in rows])
    split = np.array([r.split for r in rows])
    group = np.array([r.group for r in rows])
    if args.fire:
        kind = np.array([r.kind for r in rows])
        print_fire_rates(X, fnames, fam, kind, [f for f in args.fire.split(",") if f])
    # Training pool: train split (+ validation when evaluating on test), never the eval split.
    train_splits = ("train",) if args.eval_split == "validation" else ("train", "validation")
    trainable = np.isin(split, train_splits)
    held_neg = (split == args.eval_split) & (y == 0)
    report: dict[str, Any] = {"eval_split": args.eval_split, "families": {}}
    farm_fams = sorted({f for f, lab in zip(fam, y, strict=True) if lab == 1} - {"seed"})
    neg_fams = sorted({f for f, lab in zip(fam, y, strict=True) if lab == 0})
    kind = "plain" if args.unsigned else f"signed (free penalty {args.free_penalty:g})"
    print(
        f"{len(rows)} pages, {X.shape[1]} features; eval split {args.eval_split}; C {args.C:g}, {kind}"
    )
    print(f"{'family':12} {'view':9} {'n':>5} {'auc':>6} {'r@p97':>6} {'r@th':>6}")
    only = {f for f in args.families.split(",") if f}
    pooled: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
    for family in farm_fams + neg_fams:
        if only and family not in only:
            continue
        train = trainable & (fam != family)
        clf = fit(X_fit[train], y[train])
        th = choose_thresholds(y[train], clf.predict_proba(X_fit[train])[:, 1])["republisher"]
        in_f = (fam == family) & (split == args.eval_split if family in neg_fams else True)
        if family in neg_fams:
            in_f = fam == family
            p = clf.predict_proba(X[in_f])[:, 1]
            fp = float((p >= th).mean())
            report["families"][family] = {"fp_rate": fp, "n": int(in_f.sum())}
            print(f"{family:12} {'':9} {int(in_f.sum()):5d}  fp rate at th {th:.2f}: {fp:.4f}")
            continue
        test = in_f | (held_neg & (fam != family))
        out: dict[str, Any] = {}
        for view, V in (("match", X), ("no_match", X_none)):
            p = clf.predict_proba(V[test])[:, 1]
            pooled.setdefault(view, []).append((y[test], p))
            m = binary_metrics(y[test], p, th)
            out[view] = {k: m[k] for k in ("roc_auc", "recall_at_p97", "recall")}
            print(
                f"{family:12} {view:9} {int(in_f.sum()):5d} {m['roc_auc']:.3f}  "
                f"{m['recall_at_p97']:.3f}  {m['recall']:.3f}"
            )
        report["families"][family] = out
        if args.diagnose:
            yt = y[test]
            V = X[test]
            aucs = [(single_auc(yt, V[:, j]), fnames[j]) for j in range(V.shape[1])]
            aucs.sort(reverse=True)
            print("   separating:", ", ".join(f"{n.split('__')[1]} {a:.2f}" for a, n in aucs[:8]))
            # Contributions (log-odds) of the LOFO model on the held-out family's pages.
            linear = LinearScorer(clf)
            cols = linear.columns(fnames)
            mean_c = linear.contributions(X[in_f]).mean(axis=0)
            order = np.argsort(mean_c)
            print(
                "   pull down:",
                ", ".join(f"{cols[j].split('__')[1]} {mean_c[j]:+.2f}" for j in order[:6]),
            )
            print(
                "   push up:",
                ", ".join(f"{cols[j].split('__')[1]} {mean_c[j]:+.2f}" for j in order[-6:]),
            )
    for view, parts in pooled.items():
        yp = np.concatenate([a for a, _ in parts])
        pp = np.concatenate([b for _, b in parts])
        m = binary_metrics(yp, pp, 0.5)
        print(f"pooled       {view:9} {len(yp):5d} {m['roc_auc']:.3f}  {m['recall_at_p97']:.3f}")
    # Worst false positives of a model trained on the train split, on eval-split real/credited.
    clf = fit(X_fit[trainable], y[trainable])
    th = choose_thresholds(y[trainable], clf.predict_proba(X_fit[trainable])[:, 1])["republisher"]
    p_all = clf.predict_proba(X)[:, 1]
    ev_split = split == args.eval_split
    for name, mask in (
        ("real", ev_split & np.isin(group, ["real"])),
        ("credited", ev_split & np.isin(fam, ["syndication", "real_wire", "licensed"])),
        ("hard_negative", ev_split & (group == "hard_negative")),
    ):
        fp_rate = float((p_all[mask] >= th).mean()) if mask.any() else 0.0
        report[f"fp_{name}"] = fp_rate
        print(f"\nfull model, {name} ({int(mask.sum())} pages): fp rate {fp_rate:.4f} at {th:.2f}")
        idx = np.flatnonzero(mask)
        idx = idx[np.argsort(-p_all[idx])][: args.worst]
        linear = LinearScorer(clf)
        cols = linear.columns(fnames)
        for i in idx:
            z = linear.contributions(X[i : i + 1])[0]
            v = linear.augment(X[i : i + 1])[0]
            top = np.argsort(-z)[:4]
            why = ", ".join(f"{cols[j].split('__')[1]}={v[j]:.2f}({z[j]:+.1f})" for j in top)
            print(f"  {p_all[i]:.3f} {rows[i].id} {rows[i].site}: {why}")
            fams_top = {cols[j].split("__")[0] for j in top}
            for k, n in enumerate(names):
                if n in fams_top and evidence[k][i]:
                    print(f"      {n}: {' | '.join(evidence[k][i])[:220]}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, default=float) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
