"""Training and evaluation runs: labelled pages in, a fitted `Model` and a report out.

The pages come from the dataset manifest (`detector.dataset.load_manifest` and
`load_page_content`) plus optional user-labelled pages (`--extra`). Each page is parsed once and
every signal extracted once (in worker processes with `jobs > 1`); the classifier, the
leave-one-family-out runs and the out-of-fold check all reuse that one feature matrix. Pages are
not kept in memory after extraction: only their labels, URLs, features and evidence.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion

from detector.config import PROJECT_ROOT, Settings
from detector.errors import DetectorError, ModelError, RecordError
from detector.evaluation import (
    OOF_FP_CAPS,
    Row,
    choose_thresholds,
    fp_caps,
    group_metrics,
    is_real_outlet,
    leave_one_family_out,
    raise_to_caps,
)
from detector.explain import reasons
from detector.features.base import PageFeatures
from detector.model import (
    Model,
    assemble,
    extract_one,
    feature_names,
    finite,
    fit_classifier,
    match_columns,
    rebuild_signals,
    registry_of,
)
from detector.page import Page, parse_page
from detector.quiet_copies import QUIET_SHARE

TRAIN_SPLITS = ("train",)
VALIDATION_SPLIT = "validation"
TEST_SPLIT = "test"
SEED_PATH = PROJECT_ROOT / "seeds" / "000_92ec4ba84c87f13f.txt"
WORST_N = 15  # false positives listed in a report, worst first
CHUNK = 200  # manifest rows per worker task (rows of one collection stay together)
# Share of training pages whose copy match is hidden (replaced by "no match"). The generated farm
# pages all copy stories that are in the originals index, but in the wild most copied stories
# are not: the model must learn to catch a farm without a match, and not to lean on the match
# alone. 0.5 keeps both situations equally represented.
MATCH_DROPOUT = 0.5
# Share of training pages parsed without their URL. Real pages without a URL (old benchmark
# collections) are all legitimate, so "no URL" would otherwise read as a sign of a real page;
# but a user's local file or text record (the seed) has no URL either, farm or not.
URL_DROPOUT = 0.15
# Inverse regularisation of the logistic regression. Picked on the Nov 2026 dataset: 0.1 kept
# the held-out metrics of C=1 and raised leave-one-family-out ROC-AUC (pooled 0.89 -> 0.91)
# and the seed's score (0.94 -> 0.97); stronger (0.01-0.03) cost credited-syndication FPs.
# Checked again for the sign-constrained classifier by leave-one-family-out on validation (round
# 4 of bench/results/generalisation.md): 0.03-1 within 0.004 pooled ROC-AUC; 0.1 kept.
DEFAULT_C = 0.1
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


@dataclass
class Dataset:
    """Labelled pages (their metadata and URLs, not their content), in a fixed order."""

    rows: list[Row] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # error kind -> pages

    def __len__(self) -> int:
        return len(self.rows)

    def labels(self) -> np.ndarray:
        """Labels as an int array."""
        return np.array([r.label for r in self.rows], dtype=int)

    def splits(self) -> np.ndarray:
        """Split names as an array."""
        return np.array([r.split for r in self.rows])

    def subset(self, mask: np.ndarray) -> Dataset:
        """The pages where `mask` is true."""
        idx = np.flatnonzero(mask)
        return Dataset([self.rows[i] for i in idx], [self.urls[i] for i in idx], dict(self.skipped))

    def merge(self, other: Dataset) -> Dataset:
        """Both sets, this one first; skip counts added up."""
        skipped = dict(self.skipped)
        for k, v in other.skipped.items():
            skipped[k] = skipped.get(k, 0) + v
        return Dataset(self.rows + other.rows, self.urls + other.urls, skipped)


@dataclass
class Features:
    """A feature matrix (one row per page) and each page's evidence per signal family."""

    X: np.ndarray
    evidence: list[dict[str, tuple[str, ...]]]

    def subset(self, mask: np.ndarray) -> Features:
        """The rows where `mask` is true."""
        idx = np.flatnonzero(mask)
        return Features(self.X[idx], [self.evidence[i] for i in idx])

    def merge(self, other: Features) -> Features:
        """Both matrices stacked, this one first."""
        return Features(np.vstack([self.X, other.X]), self.evidence + other.evidence)


def _width(signals: FeatureUnion) -> int:
    return sum(len(ext.FEATURES) for _, ext in signals.transformer_list)


def _features(
    rows: list[list[float]], evidence: list[dict[str, tuple[str, ...]]], width: int
) -> Features:
    X = np.asarray(rows, dtype=np.float64).reshape(len(rows), width)
    return Features(finite(X), evidence)


def learners(signals: FeatureUnion) -> list[str]:
    """Names of extractors that learn from pages (override `fit`)."""
    return [n for n, ext in signals.transformer_list if type(ext).fit is not PageFeatures.fit]


def _parse(content: bytes | str, url: str, kind: str, fetched: date | None) -> Page:
    return parse_page(
        content,
        url=url or None,
        fetched=fetched,
        content_type="text/plain" if kind == "text" else None,
    )


def from_pages(
    rows: Sequence[Row], pages: Sequence[Page], unions: Sequence[FeatureUnion]
) -> tuple[Dataset, list[Features]]:
    """Extract the signals of already parsed pages (tests, `--extra`, the seed)."""
    data = Dataset(list(rows), [p.url for p in pages])
    out = []
    for union in unions:
        got = [extract_one(union, p) for p in pages]
        out.append(_features([g[0] for g in got], [g[1] for g in got], _width(union)))
    return data, out


ChunkResult = tuple[
    list[Row],
    list[str],
    list[list[list[float]]],
    list[list[dict[str, tuple[str, ...]]]],
    dict[str, int],
]


def drops_url(row_id: str, share: float, seed: int) -> bool:
    """Whether URL dropout hides this row's URL (a stable draw from the seed and the id)."""
    if share <= 0:
        return False
    digest = hashlib.sha256(f"{seed}:url:{row_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def _featurize_chunk(
    manifest_rows: list[Any],
    settings: Settings,
    unions: Sequence[FeatureUnion],
    url_dropout: float = 0.0,
    dropout_splits: tuple[str, ...] = TRAIN_SPLITS,
    seed: int = 0,
) -> ChunkResult:
    """Parse and extract one chunk of manifest rows (runs in a worker process).

    The unions are rebuilt from the registry here, so a worker runs the code it imported even
    when a signal module changed since the parent process built its objects. A page on which
    an extractor crashes is counted as `signal_error:<exception>` and left out.
    """
    from detector.dataset import iter_page_contents

    wanted = [feature_names(u) for u in unions]
    unions = [rebuild_signals(u) for u in unions]
    for names, union in zip(wanted, unions, strict=True):
        if feature_names(union) != names:
            changed = sorted(set(feature_names(union)) ^ set(names))
            raise ModelError(f"signal code changed during the run (features {changed}): run again")

    rows: list[Row] = []
    urls: list[str] = []
    values: list[list[list[float]]] = [[] for _ in unions]
    evidence: list[list[dict[str, tuple[str, ...]]]] = [[] for _ in unions]
    skipped: dict[str, int] = {}
    for mrow, got in iter_page_contents(manifest_rows, settings):
        try:
            if isinstance(got, DetectorError):
                raise got
            content, url, kind, fetched = got
            if mrow.split in dropout_splits and drops_url(mrow.id, url_dropout, seed):
                url = ""
            page = _parse(content, url or "", kind, fetched)
            label = parse_label(mrow.label, f"manifest id {mrow.id}")
            extracted = [extract_one(u, page) for u in unions]
        except DetectorError as exc:
            skipped[exc.kind] = skipped.get(exc.kind, 0) + 1
            continue
        except Exception as exc:  # an extractor bug on one page must not end a long run
            key = f"signal_error:{type(exc).__name__}"
            skipped[key] = skipped.get(key, 0) + 1
            continue
        rows.append(
            Row(
                id=mrow.id,
                label=label,
                family=mrow.family,
                kind=kind,
                site=mrow.site,
                split=mrow.split,
                group=mrow.group,
            )
        )
        urls.append(page.url)
        for k, (v, e) in enumerate(extracted):
            values[k].append(v)
            evidence[k].append(e)
    return rows, urls, values, evidence, skipped


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def featurize_manifest(
    manifest: Path,
    settings: Settings,
    unions: Sequence[FeatureUnion],
    *,
    splits: Sequence[str] | None = None,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    url_dropout: float = 0.0,
    seed: int = 0,
) -> tuple[Dataset, list[Features]]:
    """Parse every page of a manifest (optionally only some splits) and extract each union.

    A page that cannot be read or parsed is counted in `skipped` by error kind, not fatal.
    With `url_dropout`, that share of the train split's pages is parsed without its URL.

    Raises:
        RecordError: the manifest is missing or malformed.
        ModelError: an extractor learns from pages (not supported by this trainer).
    """
    from detector.dataset import load_manifest

    for union in unions:
        if learners(union):
            raise ModelError(
                f"signals {learners(union)} learn from pages; the trainer cannot fit them"
            )
    rows = [r for r in load_manifest(manifest) if splits is None or r.split in splits]
    chunks = list(_chunks(rows, CHUNK))
    if jobs > 1 and len(chunks) > 1:
        from joblib import Parallel, delayed

        results: Iterable[ChunkResult] = Parallel(n_jobs=jobs, return_as="generator")(
            delayed(_featurize_chunk)(c, settings, unions, url_dropout, TRAIN_SPLITS, seed)
            for c in chunks
        )
    else:
        results = (
            _featurize_chunk(c, settings, unions, url_dropout, TRAIN_SPLITS, seed) for c in chunks
        )
    data = Dataset()
    values: list[list[list[float]]] = [[] for _ in unions]
    evidence: list[list[dict[str, tuple[str, ...]]]] = [[] for _ in unions]
    for chunk, (r, u, v, e, s) in zip(chunks, results, strict=True):
        data = data.merge(Dataset(r, u, s))
        for k in range(len(unions)):
            values[k].extend(v[k])
            evidence[k].extend(e[k])
        if progress is not None:
            progress(len(chunk))
    feats = [_features(values[k], evidence[k], _width(u)) for k, u in enumerate(unions)]
    return data, feats


def load_extra(path: Path) -> tuple[list[Row], list[Page]]:
    """User-labelled pages: JSONL lines `{url, html or text, label}`, all used for training.

    Raises:
        RecordError: the file is missing, or a line is not valid (the message names the line).
    """
    if not path.is_file():
        raise RecordError(f"extra labelled file {path} does not exist", kind="io")
    rows: list[Row] = []
    pages: list[Page] = []
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
            when = None
            if obj.get("fetched"):
                try:
                    when = date.fromisoformat(str(obj["fetched"])[:10])
                except ValueError as exc:
                    raise RecordError(f"{where}: 'fetched' is not an ISO date") from exc
            url = str(obj.get("url") or "")
            try:
                page = _parse(content, url, kind, when)
            except DetectorError as exc:
                raise RecordError(f"{where}: {exc}", kind=exc.kind) from exc
            rows.append(
                Row(
                    id=str(obj.get("id") or f"extra:{lineno}"),
                    label=label,
                    family="extra",
                    kind=kind,
                    site=url or f"extra:{lineno}",
                    split="train",
                    group="extra",
                )
            )
            pages.append(page)
    return rows, pages


def data_hash(paths: Iterable[Path]) -> str:
    """SHA-256 over the bytes of the manifest and extra files (in the given order)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def worst_false_positives(
    model: Model,
    data: Dataset,
    feats: Features,
    scores: np.ndarray,
    *,
    n: int = WORST_N,
    only: Callable[[Row], bool] | None = None,
) -> list[dict[str, Any]]:
    """The highest-scoring originals, with the reasons the model gives for each."""
    linear = model.linear()
    features_of = linear.families(registry_of(model.signals))
    idx = [i for i, r in enumerate(data.rows) if r.label == 0 and (only is None or only(r))]
    idx.sort(key=lambda i: -scores[i])
    out = []
    for i in idx[:n]:
        values, contrib, names, said = linear.explained(
            feats.X[i : i + 1], model.feature_names, [feats.evidence[i]]
        )
        why = reasons(names, values[0], contrib[0], said[0], features_of, top_n=4)
        r = data.rows[i]
        out.append(
            {
                "id": r.id,
                "family": r.family,
                "site": r.site,
                "kind": r.kind,
                "url": data.urls[i],
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
    X_fit: np.ndarray,
    X: np.ndarray,
    data: Dataset,
    *,
    C: float,
    seed: int,
    folds: int = 5,
    names: Sequence[str] | None = None,
) -> np.ndarray:
    """A score for every page of `X` from a model (fitted on `X_fit`) that never saw its site."""
    y = data.labels()
    groups = np.array([r.site or r.id for r in data.rows])
    out = np.zeros(len(y), dtype=float)
    n_groups = len(set(groups.tolist()))
    for train_idx, test_idx in GroupKFold(n_splits=min(folds, n_groups)).split(X, y, groups):
        clf = fit_classifier(
            X_fit[train_idx], y[train_idx], C=C, seed=seed, names=names, quiet_share=QUIET_SHARE
        )
        out[test_idx] = clf.predict_proba(X[test_idx])[:, 1]
    return out


def capped_out_of_fold(
    thresholds: dict[str, float],
    X_fit: np.ndarray,
    X: np.ndarray,
    data: Dataset,
    fitted: np.ndarray,
    *,
    C: float,
    seed: int,
    names: Sequence[str] | None = None,
) -> dict[str, float]:
    """`thresholds` raised to `OOF_FP_CAPS` on the `fitted` pages scored out of fold.

    The validation split holds a few hundred real pages: too few to place a 1% cap. The pages
    outside the test split, scored out of fold among themselves (grouped by site), hold
    thousands. Returns `thresholds` unchanged when they cannot be scored so.
    """
    rows = [r for r, m in zip(data.rows, fitted, strict=True) if m]
    try:
        held = out_of_fold_scores(
            X_fit[fitted], X[fitted], data.subset(fitted), C=C, seed=seed, names=names
        )
    except DetectorError:
        return thresholds
    return raise_to_caps(thresholds, held, rows, OOF_FP_CAPS)


def without_match(X: np.ndarray, cols: np.ndarray, values: np.ndarray) -> np.ndarray:
    """The features the pages would have if the originals index knew none of their stories."""
    out = X.copy()
    if len(cols):
        out[:, cols] = values
    return out


def hide_matches(
    X: np.ndarray, cols: np.ndarray, values: np.ndarray, share: float, seed: int
) -> np.ndarray:
    """`X` with the copy match hidden on a seeded random `share` of the rows."""
    out = X.copy()
    if len(cols) and share > 0:
        hide = np.random.default_rng(seed).random(len(X)) < share
        out[np.ix_(np.flatnonzero(hide), cols)] = values
    return out


@dataclass
class TrainResult:
    """A fitted model and everything measured about it."""

    model: Model
    report: dict[str, Any]
    data: Dataset
    features: Features
    scores: np.ndarray  # the model's scores for every page of `data`


def train(
    data: Dataset,
    feats: Features,
    signals: FeatureUnion,
    *,
    name: str,
    data_hash_hex: str,
    seed: int = 0,
    C: float = DEFAULT_C,
    lofo: bool = True,
    oof: bool = True,
    match_dropout: float = MATCH_DROPOUT,
    status: Callable[[str], None] | None = None,
) -> TrainResult:
    """Fit a model on the `train` split, pick thresholds on `validation`, report on `test`.

    Args:
        data: the labelled pages.
        feats: their features, extracted with `signals`.
        signals: the (fitted) union of extractors the model will run.
        name: the model's name.
        data_hash_hex: the training data's hash, for the sidecar.
        seed: random seed of the classifier.
        C: inverse regularisation strength.
        lofo: also run leave-one-family-out.
        oof: also score every page out of fold (grouped by site), for false-positive checks.
        match_dropout: share of pages whose copy match is hidden when fitting.
        status: called with a short message before each stage.

    Raises:
        ModelError: the data lacks a split or a label needed to train.
    """
    say = status or (lambda _msg: None)
    splits = data.splits()
    y = data.labels()
    X = feats.X
    cols, no_match = match_columns(signals)
    X_fit = hide_matches(X, cols, no_match, match_dropout, seed)
    X_none = without_match(X, cols, no_match)
    train_mask = np.isin(splits, TRAIN_SPLITS)
    val_mask = splits == VALIDATION_SPLIT
    test_mask = splits == TEST_SPLIT
    if not train_mask.any():
        raise ModelError("no page in the 'train' split: nothing to train on")
    say(f"fitting the classifier on {int(train_mask.sum())} pages, {X.shape[1]} features")
    names = feature_names(signals)
    classifier = fit_classifier(
        X_fit[train_mask], y[train_mask], C=C, seed=seed, names=names, quiet_share=QUIET_SHARE
    )
    model = Model(assemble(signals, classifier))
    linear = model.linear()
    scores = linear.proba(X)
    fit_scores = linear.proba(X_fit)
    chosen = val_mask if val_mask.any() and len(set(y[val_mask].tolist())) == 2 else train_mask
    threshold_source = "validation" if chosen is val_mask else "train (no usable validation split)"
    chosen_rows = [r for r, m in zip(data.rows, chosen, strict=True) if m]
    thresholds = choose_thresholds(y[chosen], fit_scores[chosen], caps=fp_caps(chosen_rows))
    if oof and (~test_mask).any():
        say("out-of-fold scores outside the test split, for the false-positive caps")
        raised = capped_out_of_fold(
            thresholds, X_fit, X, data, ~test_mask, C=C, seed=seed, names=names
        )
        if raised != thresholds:
            caps = ", ".join(f"{k} {v:.1%}" for k, v in OOF_FP_CAPS.items())
            threshold_source += f" split; republisher raised to out-of-fold caps ({caps})"
        thresholds = raised
    model.sidecar = {"thresholds": thresholds}
    report: dict[str, Any] = {
        "name": name,
        "seed": seed,
        "C": C,
        "match_dropout": match_dropout if len(cols) else None,
        "quiet_share": QUIET_SHARE,
        "signals": sorted(registry_of(signals)),
        "n_features": int(X.shape[1]),
        "data": {
            "hash": data_hash_hex,
            "pages": len(data),
            "skipped": dict(data.skipped),
            "by_split": {s: int((splits == s).sum()) for s in sorted(set(splits.tolist()))},
            "by_family": _family_counts(data.rows),
        },
        "thresholds": thresholds,
        "threshold_source": threshold_source,
        "weights": _weights(model),
    }
    if test_mask.any():
        test_rows = [r for r, m in zip(data.rows, test_mask, strict=True) if m]
        report["test"] = group_metrics(test_rows, scores[test_mask], thresholds)
        if len(cols):
            report["test_no_match"] = group_metrics(
                test_rows, linear.proba(X_none[test_mask]), thresholds
            )
        report["worst_false_positives_test"] = worst_false_positives(
            model, data.subset(test_mask), feats.subset(test_mask), scores[test_mask]
        )
    if lofo:
        say("leave-one-family-out")

        def fit(Xa: np.ndarray, ya: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
            clf = fit_classifier(Xa, ya, C=C, seed=seed, names=names, quiet_share=QUIET_SHARE)
            return lambda Xb: np.asarray(clf.predict_proba(Xb)[:, 1])

        report["lofo"] = leave_one_family_out(
            X_fit,
            data.rows,
            fit,
            views={"with_match": X, "no_match": X_none} if len(cols) else None,
            train_splits=(*TRAIN_SPLITS, VALIDATION_SPLIT),
            test_split=TEST_SPLIT,
            progress=lambda fam: say(f"  without {fam}"),
        )
    if oof:
        say("out-of-fold scores (5 folds grouped by site)")
        try:
            oof_scores = out_of_fold_scores(X_fit, X, data, C=C, seed=seed, names=names)
        except DetectorError as exc:
            say(f"out-of-fold scores skipped: {exc}")
            oof = False
    if oof:
        block = group_metrics(data.rows, oof_scores, thresholds)
        report["out_of_fold"] = {
            k: v for k, v in block.items() if k.startswith("fp_") or k in ("all", "html", "text")
        }
        report["worst_false_positives_real"] = worst_false_positives(
            model, data, feats, oof_scores, only=is_real_outlet
        )
    seed_result = score_seed(model)
    if seed_result is not None:
        report["seed"] = seed_result
    return TrainResult(model, report, data, feats, scores)


def _weights(model: Model) -> dict[str, float]:
    """Each feature's weight on the standardised scale (log-odds per standard deviation)."""
    linear = model.linear()
    pairs = sorted(
        zip(linear.columns(model.feature_names), linear.weights, strict=True),
        key=lambda kv: -abs(kv[1]),
    )
    return {k: round(float(v), 4) for k, v in pairs}


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
    row, evidence = extract_one(model.signals, page)
    X = finite(np.asarray([row], dtype=np.float64))
    linear = model.linear()
    values, contrib, names, said = linear.explained(X, model.feature_names, [evidence])
    features_of = linear.families(registry_of(model.signals))
    why = reasons(names, values[0], contrib[0], said[0], features_of)
    shown = path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path
    return {
        "path": str(shown),
        "score": round(float(linear.proba(X)[0]), 4),
        "reasons": [
            {"signal": r.signal, "value": r.value, "weight": r.weight, "evidence": r.evidence}
            for r in why
        ],
    }


def model_version(
    name: str, data_hash_hex: str, model_hex: str = "", when: datetime | None = None
) -> str:
    """`NAME-YYYYMMDD-<data hash prefix>[-<model fingerprint prefix>]`.

    The data hash alone names two models trained on the same data with different signals alike;
    the fingerprint of the scoring function tells them apart.
    """
    when = when or datetime.now(UTC)
    version = f"{name}-{when:%Y%m%d}-{data_hash_hex[:8]}"
    return f"{version}-{model_hex[:6]}" if model_hex else version
