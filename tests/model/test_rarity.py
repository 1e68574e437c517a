"""The shared rare-signs column: grading against the originals, and what it lets a model see."""

from __future__ import annotations

import numpy as np
import pytest

from detector.errors import ModelError
from detector.model import RARE_SIGNS_NAME, LinearScorer, fit_classifier
from detector.rarity import RareSigns

FEED = "leftovers_v1__left_feed_footer"  # both are signs of a republisher (detector.signs)
CHATBOT = "leftovers_v1__left_chatbot"


def _originals(n: int = 10_000, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).exponential(size=(n, 2))


def test_a_value_is_graded_by_how_few_originals_reach_it() -> None:
    X = _originals()
    rare = RareSigns(columns=(0,), rate=0.01).fit(X, np.zeros(len(X), dtype=int))
    q99, q999 = np.quantile(X[:, 0], [0.99, 0.999])
    pages = np.array([[q99 * 0.9, 50.0], [(q99 + q999) / 2, 0.0], [q999 * 1.1, 0.0]])
    assert rare.transform(pages)[:, -1].tolist() == [0.0, 1.0, 2.0]  # column 1 is not a sign
    shares = rare.tail_shares(pages)
    said = rare.describe(shares[2], ["a_v1__x", "a_v1__y"])
    assert said.startswith("1 sign(s)") and "x (under 1 in 1,000)" in said
    assert "no sign" in rare.describe(shares[0], ["a_v1__x", "a_v1__y"])


def test_bad_settings_and_matrices_are_refused() -> None:
    X = _originals(200)
    y = np.zeros(200, dtype=int)
    with pytest.raises(ModelError, match=r"rate 0\.05"):
        RareSigns((0,), rate=0.05).fit(X, y)
    with pytest.raises(ModelError, match="out of range"):
        RareSigns((5,)).fit(X, y)
    with pytest.raises(ModelError, match="needs originals"):
        RareSigns((0,)).fit(X, np.ones(200, dtype=int))
    with pytest.raises(ModelError, match="fitted on 2"):
        RareSigns((0,)).fit(X, y).transform(np.zeros((1, 3)))


def _two_tells(n: int = 3000, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Republishers show the feed footer; the chatbot leftover appears on no training page."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.4).astype(int)
    feed = np.where(y == 1, rng.exponential(2.0, n) + 0.5, rng.exponential(0.05, n))
    return np.column_stack([feed, np.zeros(n)]), y


def test_a_sign_no_training_republisher_showed_still_raises_the_score() -> None:
    X, y = _two_tells()
    clf = fit_classifier(X, y, C=0.1, names=[FEED, CHATBOT])
    assert "rare" in clf.named_steps
    linear = LinearScorer(clf)
    quiet, new_tell = np.array([[0.0, 0.0]]), np.array([[0.0, 3.0]])
    assert linear.proba(new_tell)[0] > linear.proba(quiet)[0] + 0.05
    assert np.allclose(linear.proba(new_tell), clf.predict_proba(new_tell)[:, 1])
    # Without the shared column (plain logistic regression) the unseen tell counts for nothing.
    plain = LinearScorer(fit_classifier(X, y, C=0.1))
    assert plain.proba(new_tell)[0] == pytest.approx(plain.proba(quiet)[0], abs=1e-9)


def test_the_computed_column_is_named_and_explained() -> None:
    X, y = _two_tells()
    linear = LinearScorer(fit_classifier(X, y, C=0.1, names=[FEED, CHATBOT]))
    values, contributions, names, said = linear.explained(
        np.array([[5.0, 3.0]]), [FEED, CHATBOT], [{"leftovers_v1": ("feed footer",)}]
    )
    assert names == [FEED, CHATBOT, RARE_SIGNS_NAME]
    assert values.shape == contributions.shape == (1, 3)
    assert values[0, 2] >= 2 and contributions[0, 2] > 0
    assert "left_chatbot" in said[0]["rare_signs_v1"][0]
    assert said[0]["leftovers_v1"] == ("feed footer",)
    assert linear.families({"leftovers_v1": ["x"]})["rare_signs_v1"] == ["rare_signs"]


def test_a_fitted_column_pickles_and_scores_the_same() -> None:
    import pickle

    X = _originals(500)
    rare = RareSigns(columns=(0, 1), rate=0.01).fit(X, np.zeros(len(X), dtype=int))
    copy = pickle.loads(pickle.dumps(rare))
    assert np.array_equal(copy.transform(X[:20]), rare.transform(X[:20]))
