"""Quiet copies of farm rows: what they keep, what they hide, and that only the fit sees them."""

from __future__ import annotations

import numpy as np
import pytest

import detector.signs as signs_module
from detector.model import fit_classifier
from detector.quiet_copies import quiet_copies


def _data(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """200 originals with quiet signs, 100 farms firing four signs each; column 4 is free."""
    rng = np.random.default_rng(seed)
    originals = np.zeros((200, 5))
    originals[:, 4] = rng.normal(size=200)
    farms = np.ones((100, 5))
    farms[:, 4] = rng.normal(size=100) + 3.0
    X = np.vstack([originals, farms])
    y = np.array([0] * 200 + [1] * 100)
    signs = np.array([1, 1, 1, 1, 0])
    return X, y, signs


def test_no_share_leaves_the_data_alone() -> None:
    X, y, signs = _data()
    X2, y2 = quiet_copies(X, y, signs, share=0.0)
    assert X2 is X and y2 is y


def test_copies_keep_one_or_two_signs_and_the_free_columns() -> None:
    X, y, signs = _data()
    X2, y2 = quiet_copies(X, y, signs, share=0.5, keep=2, seed=3)
    added = X2[len(X) :]
    assert 20 < len(added) < 80  # about half of the 100 farms
    assert (y2[len(X) :] == 1).all()
    kept = (added[:, :4] > 0).sum(axis=1)
    assert set(kept.tolist()) <= {1, 2} and {1, 2} <= set(kept.tolist())
    # the free column of every copy is its farm row's (each farm row's value is distinct)
    assert np.isin(added[:, 4], X[200:, 4]).all()


def test_copies_are_seeded() -> None:
    X, y, signs = _data()
    a, _ = quiet_copies(X, y, signs, share=0.5, seed=1)
    b, _ = quiet_copies(X, y, signs, share=0.5, seed=1)
    c, _ = quiet_copies(X, y, signs, share=0.5, seed=2)
    assert np.array_equal(a, b) and not np.array_equal(a, c)


def test_rows_with_one_sign_get_no_copy() -> None:
    X, y, signs = _data()
    X[200:, 1:4] = 0.0  # every farm fires one sign only
    X2, _ = quiet_copies(X, y, signs, share=1.0)
    assert len(X2) == len(X)


def test_a_fit_with_quiet_copies_scores_a_one_sign_page_higher(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    X, y, _ = _data()
    names = [f"f_v1__{n}" for n in ("a", "b", "c", "d", "free")]
    for name in names[:4]:
        monkeypatch.setitem(signs_module.SIGNS, name, signs_module.REPUBLISHER)
    one_sign = np.array([[1.0, 0.0, 0.0, 0.0, 0.0]])
    plain = fit_classifier(X, y, C=0.1, names=names)
    quiet = fit_classifier(X, y, C=0.1, names=names, quiet_share=0.5)
    assert quiet.predict_proba(one_sign)[0, 1] > plain.predict_proba(one_sign)[0, 1]
