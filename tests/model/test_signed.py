"""The sign-constrained logistic regression and the table of known signal directions."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from detector.errors import ModelError
from detector.features.base import REGISTRY, load_all
from detector.model import fit_classifier, load_model
from detector.signed_logistic import SignedLogisticRegression
from detector.signs import SIGNS, feature_signs, unknown_names


def _data(n: int = 600, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three standard-normal features; the label rises with x0, falls with x1, ignores x2."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3))
    logit = 2.0 * X[:, 0] - 1.5 * X[:, 1] + 0.3
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return X, y


def test_without_signs_it_is_sklearns_logistic_regression() -> None:
    X, y = _data()
    ours = SignedLogisticRegression(C=0.5).fit(X, y)
    theirs = LogisticRegression(C=0.5, class_weight="balanced", tol=1e-10, max_iter=1000).fit(X, y)
    assert np.allclose(ours.coef_, theirs.coef_, atol=1e-4)
    assert np.allclose(ours.intercept_, theirs.intercept_, atol=1e-4)
    assert np.allclose(ours.predict_proba(X), theirs.predict_proba(X), atol=1e-5)


def test_a_known_sign_holds_and_the_rest_is_still_learned() -> None:
    X, y = _data()
    free = SignedLogisticRegression(C=1.0).fit(X, y).coef_[0]
    assert free[1] < -1.0  # x1 pulls towards class 0
    held = SignedLogisticRegression(C=1.0, signs=[1, 1, 0]).fit(X, y).coef_[0]
    assert held[1] == pytest.approx(0.0, abs=1e-9)
    assert held[0] > 1.0
    flipped = SignedLogisticRegression(C=1.0, signs=[-1, 0, 0]).fit(X, y).coef_[0]
    assert flipped[0] == pytest.approx(0.0, abs=1e-9) and flipped[1] < -0.5


def test_a_larger_penalty_shrinks_only_its_feature() -> None:
    X, y = _data()
    plain = SignedLogisticRegression(C=1.0).fit(X, y).coef_[0]
    shrunk = SignedLogisticRegression(C=1.0, penalty=[1.0, 1000.0, 1.0]).fit(X, y).coef_[0]
    assert abs(shrunk[1]) < 0.2 * abs(plain[1])
    assert shrunk[0] > 0.6 * plain[0]  # x0 keeps most of its weight (a little goes with x1)


def test_wrong_lengths_and_one_class_are_refused() -> None:
    X, y = _data(50)
    with pytest.raises(ModelError, match="signs has 2 entries for 3 features"):
        SignedLogisticRegression(signs=[1, 0]).fit(X, y)
    with pytest.raises(ModelError, match="binary labels"):
        SignedLogisticRegression().fit(X, np.ones(50, dtype=int))
    with pytest.raises(ModelError, match="2 feature names for 3 columns"):
        fit_classifier(X, y, names=["a__x", "b__y"])


def test_every_signed_name_is_a_registered_feature() -> None:
    load_all()
    names = [f"{n}__{f}" for n, cls in REGISTRY.items() for f in cls.FEATURES]
    assert unknown_names(names) == []
    signs = feature_signs(names)
    assert (signs > 0).sum() >= 30 and (signs < 0).sum() >= 3
    assert SIGNS["leftovers_v1__left_feed_footer"] == 1
    assert SIGNS["wire_copy_v1__wire_credited"] == -1
    assert feature_signs(["no_such_v1__x"]).tolist() == [0]


def test_the_fitted_scorer_keeps_the_known_signs() -> None:
    X, y = _data()
    names = ["leftovers_v1__left_feed_footer", "wire_copy_v1__wire_uncredited", "free_v1__x"]
    clf = fit_classifier(X, y, C=1.0, names=names)  # x1's true effect is negative
    inner = clf.named_steps["calibrated"].calibrated_classifiers_[0].estimator
    assert isinstance(inner, SignedLogisticRegression)
    assert inner.coef_[0][0] > 0 and inner.coef_[0][1] == pytest.approx(0.0, abs=1e-9)


def test_older_formats_still_load_and_other_formats_are_refused(toy_model_dir: Path) -> None:
    path = toy_model_dir / "model.json"
    sidecar = json.loads(path.read_text())
    assert sidecar["format"] == 3
    for older in (1, 2):
        path.write_text(json.dumps({**sidecar, "format": older}))
        assert load_model(toy_model_dir).feature_names == sidecar["feature_names"]
    path.write_text(json.dumps({**sidecar, "format": 7}))
    with pytest.raises(ModelError, match=r"model format 7, this code reads formats \(1, 2, 3\)"):
        load_model(toy_model_dir)
