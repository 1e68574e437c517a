"""How many signs of a republisher a page shows at values that originals rarely reach.

A linear model gives weight only to signals it has seen fire on republisher pages in training.
A farm family that invents its own tell (a new kind of seam, a new leftover) fires signals that
no family in training fired, and those get no weight. `RareSigns` turns every republisher sign
into a shared currency: for each signed feature it records, from the training originals, the
values beyond which only 1 in 10, 1 in 100 and 1 in 1,000 originals lie. A page's column is the
sum over its signs of how far past 1 in 100 each goes (1 for a value that fewer than 1 in 100
originals reach, 2 for fewer than 1 in 1,000). Every farm family in training shows such signs,
so the column's weight carries over to a tell the model never saw; a real page rarely shows
even one. The classifier (`detector.model.build_classifier`) penalises this column lightly;
shrinking every specific feature harder (`SPECIFIC_PENALTY`) would put what the signs share on
it, which helps farm families never seen in training at a cost on those that were (see there).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from detector.errors import ModelError

# Tail shares of the originals at which a value's rarity is graded (1 in 10, 100, 1,000).
TAILS = (0.1, 0.01, 0.001)
MODES = ("graded", "count")


class RareSigns(TransformerMixin, BaseEstimator):
    """Append one column to a feature matrix: how rare the page's republisher signs are.

    `columns` are the indices of the signed (republisher) features; `rate` the tail share of the
    training originals from which a sign counts (one of `TAILS`). `mode` "graded" counts each
    tenfold rarer step past `rate` once more; "count" counts each sign past `rate` once.
    Fitted on the training matrix and labels (originals are label 0).
    """

    def __init__(
        self, columns: Sequence[int] = (), rate: float = 0.01, mode: str = "graded"
    ) -> None:
        self.columns = columns
        self.rate = rate
        self.mode = mode

    def fit(self, X: np.ndarray, y: np.ndarray) -> RareSigns:
        """Record each signed column's value thresholds among the originals (label 0).

        Raises:
            ModelError: an unknown rate or mode, columns out of range, or no original.
        """
        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y)
        if self.rate not in TAILS:
            raise ModelError(f"rate {self.rate} is not one of the graded tails {TAILS}")
        if self.mode not in MODES:
            raise ModelError(f"mode {self.mode!r} is not one of {MODES}")
        cols = np.asarray(self.columns, dtype=int)
        if cols.size and (cols.min() < 0 or cols.max() >= X.shape[1]):
            raise ModelError(f"sign columns out of range for {X.shape[1]} features")
        originals = X[y == 0][:, cols]
        if not len(originals):
            raise ModelError("RareSigns needs originals (label 0) to grade rarity against")
        # thresholds_[k, j]: the value of column j above which a share TAILS[k] of originals lie.
        self.thresholds_ = np.quantile(originals, [1 - t for t in TAILS], axis=0)
        self.n_features_in_ = X.shape[1]
        return self

    def tail_shares(self, X: np.ndarray) -> np.ndarray:
        """Per page and signed column, the smallest graded tail share its value passes (1: none)."""
        V = np.asarray(X, dtype=np.float64)[:, np.asarray(self.columns, dtype=int)]
        shares = np.ones(V.shape, dtype=np.float64)
        for k, tail in enumerate(TAILS):
            above = np.greater(V, self.thresholds_[k])
            shares = np.where(above, tail, shares)
        return shares

    def grades(self, shares: np.ndarray) -> np.ndarray:
        """Per page and signed column, what the sign adds to the column (from `tail_shares`)."""
        if self.mode == "count":
            return (shares <= self.rate).astype(np.float64)
        # rate 1 in 100: 1 in 100 -> 1, 1 in 1,000 -> 2, commoner -> 0.
        return np.clip(np.log10(self.rate) - np.log10(shares) + 1, 0, None)

    def appended(self, X: np.ndarray, shares: np.ndarray) -> np.ndarray:
        """`X` with the pages' column appended, from their `tail_shares` (computed once by a
        caller that also wants the evidence)."""
        return np.hstack([X, self.grades(shares).sum(axis=1)[:, None]])

    def transform(self, X: np.ndarray) -> np.ndarray:
        """`X` with the page's rare-sign grade appended as its last column."""
        X = np.asarray(X, dtype=np.float64)
        if X.shape[1] != self.n_features_in_:
            raise ModelError(
                f"{X.shape[1]} features, RareSigns was fitted on {self.n_features_in_}"
            )
        return self.appended(X, self.tail_shares(X))

    def describe(self, shares: np.ndarray, names: Sequence[str]) -> str:
        """Evidence for one page, from its row of `tail_shares`: which of its signs are rare
        among originals, and how rare. `names` are the signals' `family__feature` names."""
        cols = np.asarray(self.columns, dtype=int)
        picked = np.flatnonzero(shares <= self.rate)
        rare = [(float(shares[k]), str(names[cols[k]]).split("__")[-1]) for k in picked]
        if not rare:
            return f"no sign of a republisher that fewer than 1 in {round(1 / self.rate):,} originals show"
        rare.sort()
        shown = ", ".join(f"{n} (under 1 in {round(1 / s):,})" for s, n in rare[:6])
        return (
            f"{len(rare)} sign(s) of a republisher that fewer than 1 in {round(1 / self.rate):,} "
            f"originals show: {shown}"
        )
