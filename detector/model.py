"""The classifier: build the pipeline over the registered signals, train, calibrate, save and load.

The model sees the signals only (a `FeatureUnion` of every registered extractor), never the
page's tokens, so that it cannot learn a template's strings. The classifier is a standardised,
clipped, sign-constrained logistic regression (`detector.signed_logistic`, the signs from
`detector.signs`) inside `CalibratedClassifierCV` (sigmoid, `ensemble=False`): one linear model
and one sigmoid, so every score is an exact sum of per-feature contributions to the
log-odds, which `detector.explain` turns into reasons and `detector.scoring` computes as a plain
dot product.

On disk a model is a directory `models/NAME/` holding `model.joblib` (the fitted pipeline) and
`model.json` (the sidecar: model version, registry and feature names, library versions,
training-data hash, metrics, thresholds). `load_model` checks the sidecar against this code and
refuses a mismatch with a `ModelError` that says what differs.
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

from detector.errors import DetectorError, ModelError
from detector.features.base import REGISTRY, PageFeatures, load_all
from detector.page import Page
from detector.quiet_copies import quiet_copies
from detector.signed_logistic import SignedLogisticRegression
from detector.signs import feature_signs

# Bump when the on-disk layout or the pipeline's shape changes. Format 2: the classifier is a
# `SignedLogisticRegression` (format 1 held sklearn's `LogisticRegression`, same layout: a
# format-1 model still loads and scores the same way, see `READABLE_FORMATS`). Format 3: the
# classifier may begin with a `RareSigns` step that appends one column (`RARE_SIGNS_NAME`).
MODEL_FORMAT = 3
READABLE_FORMATS = (1, 2, 3)
CLASSIFIER_KIND = "signed_logistic_regression+sigmoid"
MODEL_FILE = "model.joblib"
SIDECAR_FILE = "model.json"
# A standardised feature is clipped to +-CLIP: real pages sometimes carry counts far outside the
# training range (a portal with 2,000 links), and one such value must not outvote every other
# signal. 6 standard deviations leaves every training value of a normal-ish feature untouched.
CLIP = 6.0
# Libraries whose version is recorded; the ones in STRICT must match on load (major.minor),
# because a pickled estimator or a MinHash from another version is not guaranteed to behave.
LIBRARIES = ("scikit-learn", "numpy", "scipy", "joblib", "datasketch", "rensa", "selectolax")
STRICT = ("scikit-learn", "numpy", "datasketch")
# Default tier thresholds, used only when a model is trained without validation data.
DEFAULT_THRESHOLDS = {"republisher": 0.8, "original": 0.3}
# L2 penalty factor of a feature whose direction is not known (`detector.signs`), relative to a
# signed one's. Picked by leave-one-family-out on validation (bench/results/generalisation.md,
# round 4): the free features are where a held-out family's look-alikes teach the wrong lesson
# ("date missing" read as "original" when skeleton is held out); 30 raised pooled LOFO ROC-AUC
# 0.952 -> 0.962 over the signs alone, 100 gave no more and cost mfa.
FREE_PENALTY = 30.0
# Methods a copy-match extractor exposes that return the best structured match for a Page.
MATCH_METHODS = ("best_match",)
# The shared column (`detector.rarity.RareSigns`): the page's republisher signs at values few
# originals reach, graded from 1 in 100. Its penalty is RARE_PENALTY and every other feature's
# is SPECIFIC_PENALTY times what it would be. A factor above 1 makes the fit explain what the
# signs share through the one column and keep per-feature weights for what is specific, so a
# farm family whose own tell no family in training shows still scores through it: at 5x,
# leave-one-family-out pooled ROC-AUC / recall at p >= 0.97 went 0.948 / 0.745 -> 0.954 / 0.752
# (skeleton 0.833 -> 0.878), but the test split without a copy match lost recall at the tier
# threshold (0.769 -> 0.725), the evaluation gate fell under its floors (recall 0.75 -> 0.68,
# ROC-AUC 0.961 -> 0.952) and the hand-written probe sets did not gain (bench/results/
# generalisation.md, round 5). So the shipped factor is 1: the column is one more feature,
# lightly penalised (weight 0.44 per standard deviation), and a reason a person can read.
RARE_SIGNS_NAME = "rare_signs_v1__rare_signs"
RARE_RATE = 0.01
RARE_MODE = "graded"
RARE_PENALTY = 0.01
SPECIFIC_PENALTY = 1.0


def _clip(x: np.ndarray) -> np.ndarray:
    """Clip standardised features to +-CLIP (a module-level function, so the model pickles)."""
    return np.clip(x, -CLIP, CLIP)


def build_signals(names: Sequence[str] | None = None) -> FeatureUnion:
    """A `FeatureUnion` of the registered extractors (all of them by default), in name order.

    Raises:
        ModelError: no signal is registered, or a requested name is unknown.
    """
    load_all()
    chosen = sorted(REGISTRY) if names is None else list(names)
    unknown = [n for n in chosen if n not in REGISTRY]
    if unknown:
        raise ModelError(f"unknown signal(s) {unknown}; known: {sorted(REGISTRY)}")
    if not chosen:
        raise ModelError("no signal is registered in detector.features: nothing to train on")
    return FeatureUnion([(name, REGISTRY[name]()) for name in chosen])


def build_classifier(
    *,
    C: float = 1.0,
    seed: int = 0,
    cv: int = 5,
    signs: np.ndarray | None = None,
    free_penalty: float = FREE_PENALTY,
    rare_signs: bool = False,
    specific_penalty: float = SPECIFIC_PENALTY,
) -> Pipeline:
    """Standardise, clip, and a sign-constrained logistic regression calibrated with a sigmoid.

    `signs` (+1, -1, 0 per feature; see `detector.signs`) keeps a known sign's weight on its
    side of zero; a free (0) feature's weight is penalised `free_penalty` times harder. With
    `signs=None` every feature is free and unpenalised: plain logistic regression.
    `ensemble=False` keeps one linear model and one sigmoid, so the score is an exact function of
    a dot product (see `LinearScorer`). `class_weight="balanced"` because the negatives
    outnumber each republisher family; the sigmoid is then fitted on out-of-fold predictions,
    which puts the probabilities back on the data's own scale. `seed` is kept for the record:
    the fit is deterministic. With `rare_signs` (and `signs` with a +1), a first step appends the
    `RareSigns` column of the republisher-signed features, held >= 0 and nearly unpenalised,
    and every other feature's penalty is `specific_penalty` times heavier.
    """
    del seed
    penalty = None
    steps: list[tuple[str, Any]] = []
    if signs is not None:
        signs = np.asarray(signs, dtype=np.int8)
        penalty = np.where(signs != 0, 1.0, float(free_penalty))
        if rare_signs and (signs > 0).any():
            from detector.rarity import RareSigns

            columns = tuple(int(j) for j in np.flatnonzero(signs > 0))
            steps.append(("rare", RareSigns(columns, RARE_RATE, RARE_MODE)))
            signs = np.append(signs, np.int8(1))
            penalty = np.append(penalty * float(specific_penalty), RARE_PENALTY)
    logistic = SignedLogisticRegression(C=C, signs=signs, penalty=penalty)
    calibrated = CalibratedClassifierCV(logistic, method="sigmoid", cv=cv, ensemble=False)
    return Pipeline(
        [
            *steps,
            ("scale", StandardScaler()),
            ("clip", FunctionTransformer(_clip)),
            ("calibrated", calibrated),
        ]
    )


def _learns(extractor: PageFeatures) -> bool:
    return type(extractor).fit is not PageFeatures.fit


def fresh_extractor(name: str, params: dict[str, Any]) -> PageFeatures:
    """A new extractor of the registered class `name` with the hyperparameters it still takes.

    Signals change while models live on disk: rebuilding from the registry and the stored
    hyperparameters (instead of trusting a pickled object) runs the current code, and a
    hyperparameter added since takes its default.
    """
    import inspect

    load_all()
    cls = REGISTRY[name]
    accepted = set(inspect.signature(cls.__init__).parameters) - {"self"}
    return cls(**{k: v for k, v in params.items() if k in accepted})


def signal_specs(signals: FeatureUnion) -> list[tuple[str, dict[str, Any]]]:
    """(registry name, hyperparameters) of each extractor: enough to rebuild the union."""
    return [(name, ext.get_params(deep=False)) for name, ext in signals.transformer_list]


def rebuild_signals(signals: FeatureUnion) -> FeatureUnion:
    """The same union built afresh from the registry (extractors that learn are kept as is)."""
    parts = [
        (name, ext if _learns(ext) else fresh_extractor(name, ext.__dict__))
        for name, ext in signals.transformer_list
    ]
    return FeatureUnion(parts)


def feature_names(signals: FeatureUnion) -> list[str]:
    """The union's feature names, `family__feature`."""
    return [str(n) for n in signals.get_feature_names_out()]


def registry_of(signals: FeatureUnion) -> dict[str, list[str]]:
    """Registry name -> the features it gives, for the extractors of `signals`."""
    return {name: list(ext.FEATURES) for name, ext in signals.transformer_list}


@dataclass(frozen=True, slots=True)
class Extraction:
    """Signals of a batch of pages: a feature matrix and, per page, the evidence of each family."""

    X: np.ndarray
    evidence: list[dict[str, tuple[str, ...]]]


def extract_one(
    signals: FeatureUnion, page: Page
) -> tuple[list[float], dict[str, tuple[str, ...]]]:
    """Run every extractor of `signals` once on `page`: its row of values and its evidence."""
    row: list[float] = []
    evidence: dict[str, tuple[str, ...]] = {}
    for name, extractor in signals.transformer_list:
        values, said = extractor.extract(page)
        if len(values) != len(extractor.FEATURES):
            raise DetectorError(
                f"signal {name}: {len(values)} values for {len(extractor.FEATURES)} features",
                kind="signal",
            )
        row.extend(map(float, values))
        evidence[name] = tuple(map(str, said))
    return row, evidence


def match_columns(signals: FeatureUnion) -> tuple[np.ndarray, np.ndarray]:
    """Columns of the copy-match families and their values when nothing matches.

    A copy-match family is an extractor with a `best_match` method; its "no match" values are
    what it says about an empty page.
    """
    cols: list[int] = []
    values: list[float] = []
    offset = 0
    for _, extractor in signals.transformer_list:
        width = len(extractor.FEATURES)
        if any(callable(getattr(extractor, m, None)) for m in MATCH_METHODS):
            cols.extend(range(offset, offset + width))
            values.extend(float(v) for v in extractor.extract(Page())[0])
        offset += width
    return np.asarray(cols, dtype=int), np.asarray(values, dtype=np.float64)


def finite(X: np.ndarray) -> np.ndarray:
    """Replace NaN and infinities the way `PageFeatures.transform` does."""
    return np.nan_to_num(X, nan=0.0, posinf=1e6, neginf=-1e6)


def extract(
    signals: FeatureUnion, pages: Iterable[Page], progress: Callable[[int], None] | None = None
) -> Extraction:
    """The signals of many pages (each extractor runs once per page, evidence kept)."""
    rows: list[list[float]] = []
    evidence: list[dict[str, tuple[str, ...]]] = []
    for page in pages:
        row, said = extract_one(signals, page)
        rows.append(row)
        evidence.append(said)
        if progress is not None:
            progress(1)
    width = sum(len(ext.FEATURES) for _, ext in signals.transformer_list)
    X = np.asarray(rows, dtype=np.float64).reshape(len(rows), width)
    return Extraction(finite(X), evidence)


class LinearScorer:
    """The fitted classifier as numbers: score = sigmoid(sum of contributions + bias).

    contribution_j = slope * coef_j * clip((x_j - mean_j) / scale_j), where `slope` is the
    calibration sigmoid's (negated) slope. It reproduces `classifier.predict_proba` exactly and
    costs one small matrix product per batch.
    """

    def __init__(self, classifier: Pipeline) -> None:
        scaler: StandardScaler = classifier.named_steps["scale"]
        calibrated: CalibratedClassifierCV = classifier.named_steps["calibrated"]
        if len(calibrated.calibrated_classifiers_) != 1:
            raise ModelError("the calibrated classifier must be fitted with ensemble=False")
        inner = calibrated.calibrated_classifiers_[0]
        logistic = inner.estimator
        sigmoid = inner.calibrators[0]
        self.mean = np.asarray(scaler.mean_, dtype=np.float64)
        self.scale = np.asarray(scaler.scale_, dtype=np.float64)
        a, b = float(sigmoid.a_), float(sigmoid.b_)
        # p = expit(-(a * (w.z + c) + b)) = expit((-a w).z + (-a c - b))
        self.weights = -a * np.asarray(logistic.coef_[0], dtype=np.float64)
        self.bias = -a * float(logistic.intercept_[0]) - b
        self.positive_first = bool(calibrated.classes_[1] == 1)
        if not self.positive_first:
            raise ModelError("the classifier's positive class must be 1 (republisher)")
        # A model of format 3 or later may compute a shared column first (`RareSigns`).
        self.rare = classifier.named_steps.get("rare")

    def columns(self, names: Sequence[str]) -> list[str]:
        """The names of the columns the classifier weighs: the signals' and any it adds."""
        return [*names, RARE_SIGNS_NAME] if self.rare is not None else list(names)

    def families(self, features_of: dict[str, list[str]]) -> dict[str, list[str]]:
        """Family -> features, the computed column's family included (see `registry_of`)."""
        if self.rare is None:
            return dict(features_of)
        family, feature = RARE_SIGNS_NAME.split("__")
        return {**features_of, family: [feature]}

    def explained(
        self,
        X: np.ndarray,
        names: Sequence[str],
        evidence: Sequence[dict[str, tuple[str, ...]]],
    ) -> tuple[np.ndarray, np.ndarray, list[str], list[dict[str, tuple[str, ...]]]]:
        """Per page: the values and contributions of every column the classifier weighs, the
        columns' names, and the evidence by family (the computed column's included)."""
        if self.rare is None:
            return X, self._z(X) * self.weights, list(names), list(evidence)
        shares = self.rare.tail_shares(X)  # once for the batch: the column and its evidence
        values = self.rare.appended(X, shares)
        family = RARE_SIGNS_NAME.split("__")[0]
        said = [
            {**ev, family: (self.rare.describe(shares[i], names),)} for i, ev in enumerate(evidence)
        ]
        return values, self._z(values) * self.weights, self.columns(names), said

    def augment(self, X: np.ndarray) -> np.ndarray:
        """The signals' matrix with the columns the classifier computes from it appended."""
        return self.rare.transform(X) if self.rare is not None else X

    def _z(self, values: np.ndarray) -> np.ndarray:
        return _clip((values - self.mean) / self.scale)

    def standardise(self, X: np.ndarray) -> np.ndarray:
        """The clipped standardised features, as the classifier sees them (from the signals)."""
        return self._z(self.augment(X))

    def contributions(self, X: np.ndarray) -> np.ndarray:
        """Per-feature contributions to the log-odds, shape (n_pages, n_features)."""
        return self.standardise(X) * self.weights

    def log_odds(self, X: np.ndarray) -> np.ndarray:
        """Log-odds of "republisher" per page."""
        return self.standardise(X) @ self.weights + self.bias

    def proba(self, X: np.ndarray) -> np.ndarray:
        """Probability of "republisher" per page."""
        return 1.0 / (1.0 + np.exp(-self.log_odds(X)))

    def fingerprint(self, names: Sequence[str]) -> str:
        """A hex digest of the scoring function (feature names, scaling, weights, bias)."""
        digest = hashlib.sha256("\n".join(names).encode("utf-8"))
        parts = [self.mean, self.scale, self.weights, np.array([self.bias])]
        if self.rare is not None:
            parts.append(np.asarray(self.rare.thresholds_, dtype=np.float64).ravel())
        for part in parts:
            digest.update(np.round(part, 10).tobytes())
        return digest.hexdigest()


@dataclass
class Model:
    """A fitted pipeline (`signals` -> `classifier`) with its sidecar."""

    pipeline: Pipeline
    sidecar: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    @property
    def signals(self) -> FeatureUnion:
        """The fitted `FeatureUnion` of extractors."""
        union: FeatureUnion = self.pipeline.named_steps["signals"]
        return union

    @property
    def classifier(self) -> Pipeline:
        """The fitted classifier (scale, clip, calibrated logistic regression)."""
        clf: Pipeline = self.pipeline.named_steps["classifier"]
        return clf

    @property
    def feature_names(self) -> list[str]:
        """`family__feature` names in column order."""
        return feature_names(self.signals)

    @property
    def version(self) -> str:
        """The sidecar's model version (e.g. `default-20261128-3f2a9c1e`)."""
        return str(self.sidecar.get("model_version", "unsaved"))

    @property
    def thresholds(self) -> dict[str, float]:
        """Tier thresholds: `republisher` (score >= it) and `original` (score < it)."""
        th = self.sidecar.get("thresholds") or DEFAULT_THRESHOLDS
        return {"republisher": float(th["republisher"]), "original": float(th["original"])}

    def linear(self) -> LinearScorer:
        """The classifier as a dot product (see `LinearScorer`)."""
        return LinearScorer(self.classifier)

    def predict_proba(self, pages: Sequence[Page]) -> np.ndarray:
        """Probability of "republisher" for each page (through the sklearn pipeline)."""
        proba: np.ndarray = self.pipeline.predict_proba(list(pages))[:, 1]
        return proba


def fit_classifier(
    X: np.ndarray,
    y: np.ndarray,
    *,
    C: float = 1.0,
    seed: int = 0,
    names: Sequence[str] | None = None,
    free_penalty: float = FREE_PENALTY,
    specific_penalty: float = SPECIFIC_PENALTY,
    quiet_share: float = 0.0,
) -> Pipeline:
    """Fit `build_classifier` on a feature matrix.

    `names` are the columns' `family__feature` names: given, the known signs of `detector.signs`
    constrain the weights and the classifier adds the shared `RareSigns` column (see
    `build_classifier`); omitted, the classifier is plain logistic regression. With `names`
    and a `quiet_share`, that share of the farm rows is also fitted as quiet copies showing
    only one or two of their signs (`detector.quiet_copies`).

    Raises:
        ModelError: fewer than two classes, too few pages of a class to calibrate, or `names`
            of the wrong length.
    """
    y = np.asarray(y, dtype=int)
    counts = np.bincount(y, minlength=2)
    if counts.min() == 0:
        raise ModelError(
            f"training needs both labels; got {counts[0]} originals, {counts[1]} republishers"
        )
    cv = int(min(5, counts.min()))
    if cv < 2:
        raise ModelError("training needs at least 2 pages of each label to calibrate")
    signs = None
    if names is not None:
        if len(names) != X.shape[1]:
            raise ModelError(f"{len(names)} feature names for {X.shape[1]} columns")
        signs = feature_signs(names)
        X, y = quiet_copies(X, y, signs, share=quiet_share, seed=seed)
    classifier = build_classifier(
        C=C,
        seed=seed,
        cv=cv,
        signs=signs,
        free_penalty=free_penalty,
        rare_signs=signs is not None,
        specific_penalty=specific_penalty,
    )
    classifier.fit(X, y)
    return classifier


def assemble(signals: FeatureUnion, classifier: Pipeline) -> Pipeline:
    """The full pipeline: pages -> signals -> calibrated classifier."""
    return Pipeline([("signals", signals), ("classifier", classifier)])


def library_versions() -> dict[str, str]:
    """Versions of Python and of the libraries whose behaviour the model depends on."""
    out = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "missing"
    return out


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def model_files(path: Path) -> tuple[Path, Path]:
    """(model.joblib, model.json) for a model directory, a `.joblib` file or a `.json` sidecar."""
    path = Path(path)
    if path.suffix == ".joblib":
        return path, path.with_suffix(".json")
    if path.suffix == ".json":
        return path.with_suffix(".joblib"), path
    return path / MODEL_FILE, path / SIDECAR_FILE


def save_model(model: Model, path: Path) -> Path:
    """Write the pipeline and its sidecar; returns the model directory (or joblib file).

    The sidecar gets the registry and feature names, library versions and the model file's hash
    filled in here, next to what the trainer put there (version, data hash, metrics, thresholds).
    """
    model_path, sidecar_path = model_files(path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model.pipeline, model_path, compress=3)
    sidecar = dict(model.sidecar)
    sidecar.update(
        {
            "format": MODEL_FORMAT,
            "registry": registry_of(model.signals),
            "feature_names": model.feature_names,
            "libraries": library_versions(),
            "model_file": model_path.name,
            "model_sha256": file_sha256(model_path),
        }
    )
    sidecar.setdefault("thresholds", dict(DEFAULT_THRESHOLDS))
    sidecar_path.write_text(json.dumps(sidecar, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    model.sidecar = sidecar
    model.path = Path(path)
    return Path(path)


def _major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def check_sidecar(sidecar: dict[str, Any]) -> list[str]:
    """What in `sidecar` does not match this code (empty when the model can be used)."""
    problems: list[str] = []
    if sidecar.get("format") not in READABLE_FORMATS:
        problems.append(
            f"model format {sidecar.get('format')!r}, this code reads formats {READABLE_FORMATS}"
        )
    load_all()
    for name, features in (sidecar.get("registry") or {}).items():
        cls = REGISTRY.get(name)
        if cls is None:
            problems.append(f"signal {name!r} is not registered in this code")
        elif list(cls.FEATURES) != list(features):
            problems.append(
                f"signal {name!r} gives features {list(cls.FEATURES)}, the model was trained on "
                f"{list(features)}"
            )
    if not sidecar.get("registry"):
        problems.append("the sidecar lists no signals")
    recorded = sidecar.get("libraries") or {}
    current = library_versions()
    for lib in STRICT:
        want, have = recorded.get(lib), current.get(lib)
        if want and have and _major_minor(want) != _major_minor(have):
            problems.append(f"{lib} {have} installed, the model was saved with {want}")
    th = sidecar.get("thresholds") or {}
    if not 0.0 <= float(th.get("original", 0)) <= float(th.get("republisher", 1)) <= 1.0:
        problems.append(f"thresholds {th} are not 0 <= original <= republisher <= 1")
    return problems


def load_model(path: Path | str) -> Model:
    """Load a model and check its sidecar against this code.

    Raises:
        ModelError: a file is missing or corrupt, the model file does not match its sidecar's
            hash, or the sidecar does not match this code (signals, features, library versions).
    """
    model_path, sidecar_path = model_files(Path(path))
    for p in (model_path, sidecar_path):
        if not p.is_file():
            raise ModelError(f"model file {p} does not exist (train one with `detector train`)")
    try:
        sidecar = json.loads(sidecar_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"model sidecar {sidecar_path} is not valid JSON: {exc}") from exc
    if not isinstance(sidecar, dict):
        raise ModelError(f"model sidecar {sidecar_path} is not a JSON object")
    if sidecar.get("model_sha256") and sidecar["model_sha256"] != file_sha256(model_path):
        raise ModelError(
            f"{model_path} does not match its sidecar {sidecar_path} (hash differs): "
            "the two files come from different trainings"
        )
    problems = check_sidecar(sidecar)
    if problems:
        raise ModelError(
            f"model {path} cannot be used with this code: "
            + "; ".join(problems)
            + ". Retrain it with `detector train`."
        )
    try:
        pipeline = joblib.load(model_path)
    except Exception as exc:  # unpickling can raise anything; it all means a bad file
        raise ModelError(f"model file {model_path} cannot be loaded: {exc}") from exc
    if not isinstance(pipeline, Pipeline) or "signals" not in pipeline.named_steps:
        raise ModelError(f"model file {model_path} does not hold a detector pipeline")
    try:
        pipeline.steps[0] = ("signals", rebuild_signals(pipeline.named_steps["signals"]))
    except (TypeError, ValueError) as exc:
        raise ModelError(f"model file {model_path}: its signals cannot be rebuilt: {exc}") from exc
    model = Model(pipeline, sidecar, Path(path))
    if model.feature_names != list(sidecar.get("feature_names", [])):
        raise ModelError(f"model file {model_path}: its feature names differ from its sidecar's")
    for _, extractor in model.signals.transformer_list:
        if not isinstance(extractor, PageFeatures):
            raise ModelError(f"model file {model_path}: {extractor!r} is not a signal extractor")
    model.linear()  # fails early (ModelError) on a classifier of the wrong shape
    return model
