"""A binary logistic regression whose weights may be held on one side of zero.

`SignedLogisticRegression(signs=..., penalty=...)` minimises the same objective as
scikit-learn's `LogisticRegression` (L2, `class_weight`, sample weights):

    C * sum_i s_i * log(1 + exp(-t_i (w.x_i + b))) + 1/2 * sum_j penalty_j * w_j^2

with L-BFGS-B and the bounds w_j >= 0 where signs_j > 0 and w_j <= 0 where signs_j < 0. With
no signs and no penalty it is plain logistic regression. It exposes `coef_`, `intercept_` and
`classes_` as `LogisticRegression` does, so calibration, `LinearScorer` and the reasons work on
it unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit, log_expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.class_weight import compute_sample_weight

from detector.errors import ModelError


class SignedLogisticRegression(ClassifierMixin, BaseEstimator):
    """Logistic regression with per-feature sign bounds and per-feature L2 penalty factors."""

    def __init__(
        self,
        C: float = 1.0,
        signs: Sequence[int] | np.ndarray | None = None,
        penalty: Sequence[float] | np.ndarray | None = None,
        class_weight: str | dict[Any, float] | None = "balanced",
        max_iter: int = 1000,
        tol: float = 1e-6,
    ) -> None:
        self.C = C
        self.signs = signs
        self.penalty = penalty
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.tol = tol

    def _vector(self, values: Any, width: int, default: float, what: str) -> np.ndarray:
        if values is None:
            return np.full(width, default)
        out = np.asarray(values, dtype=np.float64).ravel()
        if out.shape != (width,):
            raise ModelError(f"{what} has {out.size} entries for {width} features")
        return out

    def fit(
        self, X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None
    ) -> SignedLogisticRegression:
        """Fit on a feature matrix and binary labels.

        Raises:
            ModelError: not exactly two classes, or `signs`/`penalty` of the wrong length.
        """
        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y)
        self.classes_ = np.unique(y)
        if len(self.classes_) != 2:
            raise ModelError(f"binary labels needed, got classes {self.classes_.tolist()}")
        n, d = X.shape
        signs = self._vector(self.signs, d, 0.0, "signs")
        penalty = self._vector(self.penalty, d, 1.0, "penalty")
        t = np.where(y == self.classes_[1], 1.0, -1.0)
        sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        if self.class_weight is not None:
            sw = sw * compute_sample_weight(self.class_weight, y)
        C = float(self.C)

        def objective(wb: np.ndarray) -> tuple[float, np.ndarray]:
            w, b = wb[:-1], wb[-1]
            z = X @ w + b
            g = -sw * t * expit(-t * z)  # d loss / d z
            grad = np.empty(d + 1)
            grad[:-1] = C * (X.T @ g) + penalty * w
            grad[-1] = C * g.sum()
            value = -C * float(np.sum(sw * log_expit(t * z))) + 0.5 * float(w @ (penalty * w))
            return value, grad

        bounds = [(0.0, None) if s > 0 else (None, 0.0) if s < 0 else (None, None) for s in signs]
        result = minimize(
            objective,
            np.zeros(d + 1),
            jac=True,
            method="L-BFGS-B",
            bounds=[*bounds, (None, None)],
            options={"maxiter": self.max_iter, "gtol": self.tol},
        )
        self.coef_ = result.x[:-1].reshape(1, d)
        self.intercept_ = result.x[-1:].copy()
        self.n_iter_ = np.array([result.nit])
        self.n_features_in_ = d
        return self

    def decision_function(self, X: np.ndarray) -> np.ndarray:
        """Log-odds of the second class."""
        scores: np.ndarray = np.asarray(X, dtype=np.float64) @ self.coef_[0] + self.intercept_[0]
        return scores

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Probabilities of both classes, shape (n, 2)."""
        p = expit(self.decision_function(X))
        return np.column_stack([1.0 - p, p])

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The more likely class."""
        picked: np.ndarray = self.classes_[(self.decision_function(X) > 0).astype(int)]
        return picked
