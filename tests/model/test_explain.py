"""Reasons: real signal names, the extractor's evidence, weights that add up to the score."""

from __future__ import annotations

import random

import numpy as np

from detector.explain import evidence_sentence, reasons
from detector.model import Model, registry_of
from detector.scoring import Scorer

from .helpers import toy_page


def test_reasons_name_real_signals_with_evidence(toy_model: Model) -> None:
    farm = toy_page(random.Random(3), 1, 6)  # draws reactions and a ranking block
    result = Scorer(toy_model).score_page(farm, id="x")
    names = set(toy_model.feature_names)
    assert result.reasons, "a farm-like page must come with reasons"
    assert all(r.signal in names for r in result.reasons)
    weights = [abs(r.weight) for r in result.reasons]
    assert weights == sorted(weights, reverse=True)
    by_name = {r.signal: r for r in result.reasons}
    assert farm.reactions and farm.link_blocks
    top = by_name["toy_reactions_v1__has_reactions"]
    assert top.weight > 0 and top.value == 1.0
    assert top.evidence == "has a reaction widget"  # per-feature evidence lined up
    ranking = by_name["toy_ranking_v1__ranking_links"]
    assert ranking.value > 0 and ranking.weight > 0
    assert ranking.evidence.startswith("a 'Ranking' block with")


def test_weights_sum_to_the_log_odds(toy_model: Model) -> None:
    scorer = Scorer(toy_model, top_n=10)
    page = toy_page(random.Random(4), 1, 9)
    result = scorer.score_page(page)
    assert result.score is not None
    X = toy_model.signals.transform([page])
    total = sum(r.weight for r in result.reasons) + scorer.linear.bias
    # Reasons below the reading threshold are dropped, so allow their sum.
    dropped = np.abs(scorer.linear.contributions(X)[0]).sum() - sum(
        abs(r.weight) for r in result.reasons
    )
    assert abs(total - scorer.linear.log_odds(X)[0]) <= dropped + 1e-3
    assert result.score == round(float(scorer.linear.proba(X)[0]), 4)


def test_evidence_fallbacks() -> None:
    feats = ("a", "b")
    assert evidence_sentence("a", 0, feats, ("seen a", "seen b"), 1.0) == "seen a"
    assert evidence_sentence("b", 1, feats, ("family says so",), 2.0) == "family says so"
    assert evidence_sentence("b", 1, feats, (), 2.5) == "b = 2.5"
    said = ("story says Tuesday", "newest sidebar item is dated 2024-08-07")
    three = ("weekday_lag_days", "sidebar_lag_years", "date_missing")
    assert evidence_sentence("sidebar_lag_years", 1, three, said, 1.0) == said[1]
    assert evidence_sentence("date_missing", 2, three, said, 1.0) == "; ".join(said)
    long = evidence_sentence("a", 0, ("a",), ("x" * 1000,), 1.0)
    assert len(long) <= 240 and long.endswith("…")


def test_top_n_and_tiny_weights_are_cut(toy_model: Model) -> None:
    names = toy_model.feature_names
    contrib = np.array([0.001, -2.0, 0.5, 0.0])
    values = np.array([1.0, 0.0, 3.0, 0.0])
    out = reasons(names, values, contrib, {}, registry_of(toy_model.signals), top_n=3)
    assert [r.signal for r in out] == [names[1], names[2]]
    assert out[0].weight == -2.0
