"""The pipeline, the linear view of it, and save/load with the sidecar check."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone

from detector.errors import ModelError
from detector.model import Model, build_signals, load_model, save_model

from .helpers import TOY_NAMES, toy_data, toy_train


def test_signals_union_names_every_feature(toy_registry: tuple[str, ...]) -> None:
    union = build_signals(TOY_NAMES)
    names = list(union.get_feature_names_out())
    assert names == [
        "toy_length_v1__log_words",
        "toy_ranking_v1__ranking_links",
        "toy_reactions_v1__reaction_count",
        "toy_reactions_v1__has_reactions",
    ]
    X = clone(union).fit_transform(toy_data(20).pages)
    assert X.shape == (20, 4) and np.isfinite(X).all()


def test_unknown_signal_is_refused_with_the_known_names(toy_registry: tuple[str, ...]) -> None:
    with pytest.raises(ModelError, match="toy_length_v1"):
        build_signals(["no_such_signal_v9"])


def test_dot_product_reproduces_the_pipeline(toy_model: Model) -> None:
    pages = toy_data(60, seed=99).pages
    via_sklearn = toy_model.predict_proba(pages)
    linear = toy_model.linear()
    X = toy_model.signals.transform(pages)
    assert np.allclose(linear.proba(X), via_sklearn, atol=1e-9)
    # The contributions add up to the log-odds.
    logits = linear.contributions(X).sum(axis=1) + linear.bias
    assert np.allclose(logits, np.log(via_sklearn / (1 - via_sklearn)), atol=1e-6)


def test_the_model_learns_the_signal_direction(toy_model: Model) -> None:
    names = toy_model.feature_names
    weights = dict(zip(names, toy_model.linear().weights, strict=True))
    assert weights["toy_reactions_v1__has_reactions"] > 0
    assert weights["toy_ranking_v1__ranking_links"] > 0
    assert abs(weights["toy_length_v1__log_words"]) < weights["toy_ranking_v1__ranking_links"]


def test_save_and_load_round_trip(toy_model: Model, toy_model_dir: Path) -> None:
    loaded = load_model(toy_model_dir)
    assert loaded.version == "toy-test"
    assert loaded.feature_names == toy_model.feature_names
    sidecar = json.loads((toy_model_dir / "model.json").read_text())
    assert sidecar["registry"]["toy_ranking_v1"] == ["ranking_links"]
    assert sidecar["libraries"]["scikit-learn"]
    assert 0 < sidecar["thresholds"]["original"] <= sidecar["thresholds"]["republisher"] < 1
    pages = toy_data(30, seed=3).pages
    assert np.allclose(loaded.predict_proba(pages), toy_model.predict_proba(pages))


def _edit_sidecar(model_dir: Path, **changes: object) -> None:
    path = model_dir / "model.json"
    sidecar = json.loads(path.read_text())
    sidecar.update(changes)
    path.write_text(json.dumps(sidecar))


def test_changed_features_are_refused(toy_model_dir: Path) -> None:
    sidecar = json.loads((toy_model_dir / "model.json").read_text())
    registry = dict(sidecar["registry"])
    registry["toy_ranking_v1"] = ["ranking_links", "ranking_share"]
    _edit_sidecar(toy_model_dir, registry=registry)
    with pytest.raises(ModelError, match=r"toy_ranking_v1.*ranking_share"):
        load_model(toy_model_dir)


def test_unregistered_signal_is_refused(toy_model_dir: Path) -> None:
    sidecar = json.loads((toy_model_dir / "model.json").read_text())
    _edit_sidecar(toy_model_dir, registry={**sidecar["registry"], "gone_v1": ["x"]})
    with pytest.raises(ModelError, match="'gone_v1' is not registered"):
        load_model(toy_model_dir)


def test_other_library_version_is_refused(toy_model_dir: Path) -> None:
    sidecar = json.loads((toy_model_dir / "model.json").read_text())
    _edit_sidecar(toy_model_dir, libraries={**sidecar["libraries"], "scikit-learn": "0.24.2"})
    with pytest.raises(ModelError, match=r"scikit-learn .* saved with 0\.24\.2"):
        load_model(toy_model_dir)


def test_model_file_from_another_training_is_refused(toy_model_dir: Path) -> None:
    _edit_sidecar(toy_model_dir, model_sha256="ab" * 32)
    with pytest.raises(ModelError, match="different trainings"):
        load_model(toy_model_dir)


def test_missing_and_corrupt_files_are_refused(toy_model_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        load_model(tmp_path / "nowhere")
    (toy_model_dir / "model.json").write_text("{not json")
    with pytest.raises(ModelError, match="not valid JSON"):
        load_model(toy_model_dir)


def test_single_file_layout(toy_model: Model, tmp_path: Path) -> None:
    path = save_model(toy_model, tmp_path / "flat.joblib")
    assert (tmp_path / "flat.json").is_file()
    assert load_model(path).feature_names == toy_model.feature_names


def test_training_is_deterministic(toy_registry: tuple[str, ...]) -> None:
    a = toy_train(toy_data(), name="a")
    b = toy_train(toy_data(), name="a")
    assert np.array_equal(a.model.linear().weights, b.model.linear().weights)
    assert a.report["thresholds"] == b.report["thresholds"]


def test_full_training_report(toy_registry: tuple[str, ...]) -> None:
    result = toy_train(toy_data(150, seed=2), lofo=True, oof=True)
    report = result.report
    assert report["test"]["all"]["roc_auc"] > 0.8
    assert set(report["lofo"]["families"]) == {"farm_a", "farm_b", "farm_c", "real", "syndication"}
    assert report["out_of_fold"]["fp_real_outlet"]["n"] == sum(
        r.family == "real" for r in result.data.rows
    )
    worst = report["worst_false_positives_real"]
    assert worst and all(w["family"] == "real" for w in worst)
    assert [w["score"] for w in worst] == sorted((w["score"] for w in worst), reverse=True)
    assert report["seed"]["score"] > 0  # the seed page is scored with the toy signals too
    # Thresholds are placed on validation, then raised (never lowered) to the out-of-fold caps.
    plain = toy_train(toy_data(150, seed=2), lofo=False, oof=False).report["thresholds"]
    assert report["thresholds"]["republisher"] >= plain["republisher"]
    assert report["threshold_source"].startswith("validation")


def test_signals_are_rebuilt_from_current_code_on_load(
    toy_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from detector.features.base import REGISTRY
    from detector.page import Page

    from .helpers import ToyLength

    class ToyLengthNow(ToyLength):
        """The same signal after an edit that added a hyperparameter."""

        def __init__(self, scale: float = 2.0) -> None:
            self.scale = scale

        def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
            return (self.scale * page.word_count,), ()

    monkeypatch.setitem(REGISTRY, "toy_length_v1", ToyLengthNow)
    model = load_model(toy_model_dir)
    extractor = dict(model.signals.transformer_list)["toy_length_v1"]
    assert isinstance(extractor, ToyLengthNow) and extractor.scale == 2.0
    assert extractor.extract(Page(paragraphs=("a b c",)))[0] == (6.0,)


def test_version_tells_models_of_the_same_data_apart(toy_registry: tuple[str, ...]) -> None:
    from datetime import UTC, datetime

    from detector.training import model_version

    a = toy_train(toy_data()).model
    same = toy_train(toy_data()).model
    other = toy_train(toy_data(), C=5.0).model
    fp = [m.linear().fingerprint(m.feature_names) for m in (a, same, other)]
    assert fp[0] == fp[1] and fp[0] != fp[2]
    when = datetime(2026, 12, 7, tzinfo=UTC)
    assert (
        model_version("default", "ab" * 32, fp[0], when) == f"default-20261207-abababab-{fp[0][:6]}"
    )
    assert model_version("default", "ab" * 32, fp[0], when) != model_version(
        "default", "ab" * 32, fp[2], when
    )
