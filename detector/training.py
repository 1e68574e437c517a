"""Training and evaluation runs: labelled pages in, a fitted `Model` and a report out.

The pages come from the dataset manifest (`detector.dataset.load_manifest` and
`load_page_content`) plus optional user-labelled pages (`--extra`). Each page is parsed once and
every signal extracted once; the classifier, the leave-one-family-out runs and the out-of-fold
check all reuse that one feature matrix.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion

from detector.config import PROJECT_ROOT, Settings
from detector.errors import DetectorError, ModelError, RecordError
from detector.evaluation import (
    Row,
    choose_thresholds,
    group_metrics,
    is_real_outlet,
    leave_one_family_out,
)
from detector.explain import reasons
from detector.model import (
    Model,
    assemble,
    build_signals,
    extract,
    fit_classifier,
    registry_of,
)
from detector.page import Page, parse_page

TRAIN_SPLITS = ("train",)
VALIDATION_SPLIT = "validation"
TEST_SPLIT = "test"
SEED_PATH = PROJECT_ROOT / "seeds" / "000_92ec4ba84c87f13f.txt"
WORST_N = 15  # false positives listed in a report, worst first
POSITIVE_LABELS = {"1", "true", "republisher", "farm", "scraper", "positive", "yes"}
NEGATIVE_LABELS = {"0", "false", "original", "legit", "legitimate", "negative", "no"}


def parse_label(value: Any, where: str) -> int:
    """1 (republisher) or 0 (original) from a manifest or user label.

    Raises:
        RecordError: the label is not one of the known spellings.
    """
    text = str(value).strip().lower()
    if text in POSITIVE_LABELS:
        return 1
    if text in NEGATIVE_LABELS:
        return 0
    raise RecordError(
        f"{where}: label {value!r} is not one of {sorted(POSITIVE_LABELS | NEGATIVE_LABELS)}"
    )


def _get(row: Any, key: str, default: Any = "") -> Any:
    if isinstance(row, dict):
        return row.get(key, default)
    return getattr(row, key, default)


@dataclass
class Labelled:
    """Pages with labels and metadata, in a fixed order; `pages[i]` goes with `rows[i]`."""

    rows: list[Row] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # error kind -> count

    def add(self, row: Row, page: Page) -> None:
        """Append one labelled page."""
        self.rows.append(row)
        self.pages.append(page)

    def skip(self, kind: str) -> None:
        """Count a page that could not be read or parsed."""
        self.skipped[kind] = self.skipped.get(kind, 0) + 1

    def subset(self, mask: np.ndarray) -> Labelled:
        """The pages where `mask` is true."""
        idx = np.flatnonzero(mask)
        return Labelled(
            [self.rows[i] for i in idx], [self.pages[i] for i in idx], dict(self.skipped)
        )

    def labels(self) -> np.ndarray:
        """Labels as an int array."""
        return np.array([r.label for r in self.rows], dtype=int)

    def splits(self) -> np.ndarray:
        """Split names as an array."""
        return np.array([r.split for r in self.rows])


def _parse(content: bytes | str, url: str, kind: str, fetched: Any) -> Page:
    return parse_page(
        content,
        url=url or None,
        fetched=fetched,
        content_type="text/plain" if kind == "text" else None,
    )


def load_labelled(
    manifest: Path,
    settings: Settings,
    *,
    splits: Sequence[str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Labelled:
    """Parse every page of a dataset manifest (optionally only some splits).

    A page that cannot be read or parsed is counted in `skipped` by error kind, not fatal.
    """
    from detector.dataset import load_manifest, load_page_content

    out = Labelled()
    for row in load_manifest(manifest):
        split = str(_get(row, "split"))
        if splits is not None and split not in splits:
            continue
        rid = str(_get(row, "id"))
        try:
            content, url, kind, fetched = load_page_content(row, settings)
            page = _parse(content, url, kind, fetched)
            label = parse_label(_get(row, "label"), f"{manifest} id {rid}")
        except DetectorError as exc:
            out.skip(exc.kind)
            continue
        finally:
            if progress is not None:
                progress(1)
        out.add(
            Row(
                id=rid,
                label=label,
                family=str(_get(row, "family")),
                kind=str(kind),
                site=str(_get(row, "site")),
                split=split,
            ),
            page,
        )
    return out


def load_extra(path: Path) -> Labelled:
    """User-labelled pages: JSONL lines `{url, html or text, label}`, all used for training.

    Raises:
        RecordError: the file is missing, or a line is not valid (the message names the line).
    """
    if not path.is_file():
        raise RecordError(f"extra labelled file {path} does not exist", kind="io")
    out = Labelled()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordError(f"{where}: bad JSON ({exc})") from exc
            if not isinstance(obj, dict) or "label" not in obj:
                raise RecordError(f"{where}: a line needs a 'label' and an 'html' or 'text' field")
            html, text = obj.get("html"), obj.get("text")
            if not isinstance(html, str) and not isinstance(text, str):
                raise RecordError(f"{where}: a line needs an 'html' or a 'text' string")
            kind = "html" if isinstance(html, str) else "text"
            content = html if isinstance(html, str) else str(text)
            label = parse_label(obj["label"], where)
            fetched = obj.get("fetched")
            when = None
            if fetched:
                try:
                    when = datetime.fromisoformat(str(fetched)[:10]).date()
                except ValueError as exc:
                    raise RecordError(f"{where}: 'fetched' is not an ISO date") from exc
            page = _parse(content, str(obj.get("url") or ""), kind, when)
            row = Row(
                id=str(obj.get("id") or f"extra:{lineno}"),
                label=label,
                family="extra",
                kind=kind,
                site=str(obj.get("url") or f"extra:{lineno}"),
                split="train",
            )
            out.add(row, page)
    return out


def data_hash(paths: Iterable[Path]) -> str:
    """SHA-256 over the bytes of the manifest and extra files (in the given order)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Features:
    """The feature matrix of a `Labelled` set, with the evidence for explanations."""

    X: np.ndarray
    evidence: list[dict[str, tuple[str, ...]]]


def featurize(
    signals: FeatureUnion, data: Labelled, progress: Callable[[int], None] | None = None
) -> Features:
    """Extract every signal of every page once."""
    got = extract(signals, data.pages, progress)
    return Features(got.X, got.evidence)


def scores_of(model: Model, X: np.ndarray) -> np.ndarray:
    """The model's scores for a feature matrix extracted with its own signals."""
    return model.linear().proba(X)


def worst_false_positives(
    model: Model,
    data: Labelled,
    feats: Features,
    scores: np.ndarray,
    *,
    n: int = WORST_N,
    only: Callable[[Row], bool] | None = None,
) -> list[dict[str, Any]]:
    """The highest-scoring originals, with the reasons the model gives for each."""
    linear = model.linear()
    names = model.feature_names
    features_of = registry_of(model.signals)
    idx = [i for i, r in enumerate(data.rows) if r.label == 0 and (only is None or only(r))]
    idx.sort(key=lambda i: -scores[i])
    out = []
    for i in idx[:n]:
        contrib = linear.contributions(feats.X[i : i + 1])[0]
        why = reasons(names, feats.X[i], contrib, feats.evidence[i], features_of, top_n=4)
        r = data.rows[i]
        out.append(
            {
                "id": r.id,
                "family": r.family,
                "site": r.site,
                "kind": r.kind,
                "url": data.pages[i].url,
                "score": round(float(scores[i]), 4),
                "reasons": [
                    {
                        "signal": x.signal,
                        "value": x.value,
                        "weight": x.weight,
                        "evidence": x.evidence,
                    }
                    for x in why
                ],
            }
        )
    return out


def out_of_fold_scores(
    X: np.ndarray, data: Labelled, *, C: float, seed: int, folds: int = 5
) -> np.ndarray:
    """A score for every page from a model that never saw its site (GroupKFold by site)."""
    y = data.labels()
    groups = np.array([r.site or r.id for r in data.rows])
    out = np.zeros(len(y), dtype=float)
    n_groups = len(set(groups.tolist()))
    for train, test in GroupKFold(n_splits=min(folds, n_groups)).split(X, y, groups):
        clf = fit_classifier(X[train], y[train], C=C, seed=seed)
        out[test] = clf.predict_proba(X[test])[:, 1]
    return out


@dataclass
class TrainResult:
    """A fitted model and everything measured about it."""

    model: Model
    report: dict[str, Any]
    data: Labelled
    features: Features
    test_scores: np.ndarray


def train(
    data: Labelled,
    *,
    name: str,
    data_hash_hex: str,
    seed: int = 0,
    C: float = 1.0,
    lofo: bool = True,
    oof: bool = True,
    signal_names: Sequence[str] | None = None,
    progress: Callable[[int], None] | None = None,
    status: Callable[[str], None] | None = None,
) -> TrainResult:
    """Fit a model on the `train` split, pick thresholds on `validation`, report on `test`.

    Raises:
        ModelError: the data lacks a split or a label needed to train.
    """
    say = status or (lambda _msg: None)
    splits = data.splits()
    y = data.labels()
    train_mask = np.isin(splits, TRAIN_SPLITS)
    val_mask = splits == VALIDATION_SPLIT
    test_mask = splits == TEST_SPLIT
    if not train_mask.any():
        raise ModelError("no page in the 'train' split: nothing to train on")
    signals = build_signals(signal_names)
    train_pages = [p for p, m in zip(data.pages, train_mask, strict=True) if m]
    signals.fit(train_pages, y[train_mask])
    say(f"extracting {len(signals.transformer_list)} signal families from {len(data.pages)} pages")
    feats = featurize(signals, data, progress)
    X = feats.X
    say("fitting the classifier")
    classifier = fit_classifier(X[train_mask], y[train_mask], C=C, seed=seed)
    model = Model(assemble(signals, classifier))
    linear = model.linear()
    scores = linear.proba(X)
    if val_mask.any() and len(set(y[val_mask].tolist())) == 2:
        thresholds = choose_thresholds(y[val_mask], scores[val_mask])
        threshold_source = "validation"
    else:
        thresholds = choose_thresholds(y[train_mask], scores[train_mask])
        threshold_source = "train (no usable validation split)"
    model.sidecar = {"thresholds": thresholds}
    test_rows = [r for r, m in zip(data.rows, test_mask, strict=True) if m]
    report: dict[str, Any] = {
        "name": name,
        "seed": seed,
        "C": C,
        "signals": sorted(registry_of(signals)),
        "n_features": int(X.shape[1]),
        "data": {
            "hash": data_hash_hex,
            "pages": len(data.rows),
            "skipped": dict(data.skipped),
            "by_split": {s: int((splits == s).sum()) for s in sorted(set(splits.tolist()))},
            "by_family": _family_counts(data.rows),
        },
        "thresholds": thresholds,
        "threshold_source": threshold_source,
    }
    if test_rows:
        report["test"] = group_metrics(test_rows, scores[test_mask], thresholds)
        report["worst_false_positives_test"] = worst_false_positives(
            model, data.subset(test_mask), _sub(feats, test_mask), scores[test_mask]
        )
    if lofo:
        say("leave-one-family-out")

        def fit_predict(Xa: np.ndarray, ya: np.ndarray, Xb: np.ndarray) -> np.ndarray:
            clf = fit_classifier(Xa, ya, C=C, seed=seed)
            proba: np.ndarray = clf.predict_proba(Xb)[:, 1]
            return proba

        report["lofo"] = leave_one_family_out(
            X,
            data.rows,
            fit_predict,
            train_splits=(*TRAIN_SPLITS, VALIDATION_SPLIT),
            test_split=TEST_SPLIT,
        )
    if oof:
        say("out-of-fold scores (grouped by site)")
        oof_scores = out_of_fold_scores(X, data, C=C, seed=seed)
        real = np.array([r.label == 0 and is_real_outlet(r.family) for r in data.rows])
        oof_report = group_metrics(data.rows, oof_scores, thresholds)
        report["out_of_fold"] = {
            k: v
            for k, v in oof_report.items()
            if k.startswith("fp_") or k in ("all", "html", "text")
        }
        report["worst_false_positives_real"] = worst_false_positives(
            model, data, feats, oof_scores, only=lambda r: is_real_outlet(r.family)
        )
        report["out_of_fold"]["n_real"] = int(real.sum())
    seed_result = score_seed(model)
    if seed_result is not None:
        report["seed"] = seed_result
    return TrainResult(model, report, data, feats, scores[test_mask])


def _sub(feats: Features, mask: np.ndarray) -> Features:
    idx = np.flatnonzero(mask)
    return Features(feats.X[idx], [feats.evidence[i] for i in idx])


def _family_counts(rows: Sequence[Row]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for r in rows:
        entry = out.setdefault(r.family, {"label": r.label, "pages": 0})
        entry["pages"] += 1
    return dict(sorted(out.items()))


def score_seed(model: Model, path: Path = SEED_PATH) -> dict[str, Any] | None:
    """The model's score and top reasons on the seed page (the farm page that started it all)."""
    if not path.is_file():
        return None
    page = _parse(path.read_bytes(), "", "text", None)
    got = extract(model.signals, [page])
    linear = model.linear()
    contrib = linear.contributions(got.X)[0]
    why = reasons(
        model.feature_names, got.X[0], contrib, got.evidence[0], registry_of(model.signals)
    )
    return {
        "path": str(path.relative_to(PROJECT_ROOT))
        if path.is_relative_to(PROJECT_ROOT)
        else str(path),
        "score": round(float(linear.proba(got.X)[0]), 4),
        "reasons": [{"signal": r.signal, "value": r.value, "weight": r.weight} for r in why],
    }


def model_version(name: str, data_hash_hex: str, when: datetime | None = None) -> str:
    """`NAME-YYYYMMDD-<data hash prefix>`."""
    when = when or datetime.now(UTC)
    return f"{name}-{when:%Y%m%d}-{data_hash_hex[:8]}"


def compare_on(model: Model, data: Labelled, mask: np.ndarray) -> np.ndarray:
    """Another model's scores on the same pages (it runs its own signals)."""
    pages = [p for p, m in zip(data.pages, mask, strict=True) if m]
    got = extract(model.signals, pages)
    return model.linear().proba(got.X)


def with_split(data: Labelled, split: str) -> Labelled:
    """Every page moved to one split (used for `--extra` pages and evaluation sets)."""
    return Labelled(
        [replace(r, split=split) for r in data.rows], list(data.pages), dict(data.skipped)
    )


def merge(a: Labelled, b: Labelled) -> Labelled:
    """Concatenate two labelled sets."""
    skipped = dict(a.skipped)
    for k, v in b.skipped.items():
        skipped[k] = skipped.get(k, 0) + v
    return Labelled(a.rows + b.rows, a.pages + b.pages, skipped)
