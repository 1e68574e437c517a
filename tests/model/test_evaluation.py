"""Metrics, thresholds, calibration, groups, leave-one-family-out and plots."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from detector.evaluation import (
    Row,
    binary_metrics,
    choose_thresholds,
    expected_calibration_error,
    format_lofo,
    format_table,
    group_metrics,
    leave_one_family_out,
    raise_to_caps,
    recall_at_precision,
    threshold_for_fp_cap,
    write_plots,
    write_report,
)
from detector.model import Model, fit_classifier

from .helpers import toy_data


def test_recall_at_precision_on_a_known_ranking() -> None:
    y = np.array([1, 1, 1, 0, 1, 0, 0, 0])
    p = np.array([0.9, 0.8, 0.7, 0.65, 0.6, 0.3, 0.2, 0.1])
    recall, threshold = recall_at_precision(y, p, 0.97)
    assert recall == pytest.approx(0.75) and threshold == pytest.approx(0.7)
    recall, threshold = recall_at_precision(y, p, 0.8)
    assert recall == pytest.approx(1.0) and threshold == pytest.approx(0.6)
    assert recall_at_precision(np.array([0, 0]), np.array([0.1, 0.9])) == (0.0, 1.0)


def test_ece_is_zero_when_calibrated_and_large_when_not() -> None:
    rng = np.random.default_rng(0)
    p = rng.uniform(size=20000)
    y = (rng.uniform(size=20000) < p).astype(int)
    assert expected_calibration_error(y, p) < 0.02
    assert expected_calibration_error(y, np.clip(p + 0.3, 0, 1)) > 0.2


def test_binary_metrics_counts() -> None:
    y = np.array([1, 1, 0, 0, 0])
    p = np.array([0.9, 0.4, 0.8, 0.1, 0.2])
    m = binary_metrics(y, p, 0.5)
    assert (m["precision"], m["recall"], m["fp_rate"], m["false_positives"]) == (
        0.5,
        0.5,
        0.3333,
        1,
    )
    assert m["roc_auc"] == pytest.approx(5 / 6, abs=1e-4)


def test_thresholds_are_ordered_and_reach_the_precision() -> None:
    rng = np.random.default_rng(1)
    y = (rng.uniform(size=2000) < 0.3).astype(int)
    p = np.clip(0.5 * y + rng.normal(0.25, 0.15, size=2000), 0, 1)
    th = choose_thresholds(y, p)
    assert 0 < th["original"] <= th["republisher"] <= 0.99
    flagged = p >= th["republisher"]
    assert y[flagged].mean() >= 0.97
    assert (p[y == 1] < th["original"]).mean() <= 0.021


def test_false_positive_caps_raise_the_threshold() -> None:
    rng = np.random.default_rng(2)
    y = np.array([1] * 300 + [0] * 700)
    p = np.concatenate(
        [rng.uniform(0.6, 1.0, 300), rng.uniform(0.0, 0.5, 670), rng.uniform(0.4, 0.9, 30)]
    )
    touchy = np.zeros(1000, dtype=bool)
    touchy[970:] = True  # a small group of originals that looks like republishers
    free = choose_thresholds(y, p)
    capped = choose_thresholds(y, p, caps=[(touchy, 0.03)])
    assert capped["republisher"] > free["republisher"]
    assert (p[touchy] >= capped["republisher"]).mean() <= 0.03
    assert threshold_for_fp_cap(np.array([0.9, 0.8, 0.1]), 0.0) > 0.9
    assert threshold_for_fp_cap(np.array([0.9, 0.8, 0.1]), 0.34) == pytest.approx(0.8, abs=1e-9)


def test_out_of_fold_caps_only_raise_the_threshold() -> None:
    rng = np.random.default_rng(3)
    real = [Row(f"r{i}", 0, "real", "html", group="real") for i in range(1000)]
    synd = [Row(f"s{i}", 0, "syndication", "text", group="hard_negative") for i in range(200)]
    farms = [Row(f"f{i}", 1, "farm_a", "html") for i in range(300)]
    rows = real + synd + farms
    p = np.concatenate(
        [rng.uniform(0, 0.7, 1000), rng.uniform(0, 0.4, 200), rng.uniform(0.5, 1, 300)]
    )
    start = {"republisher": 0.55, "original": 0.1}
    caps = {"real_outlet": 0.009, "credited_syndication": 0.027}
    raised = raise_to_caps(start, p, rows, caps)
    assert raised["republisher"] > 0.55 and raised["original"] == 0.1
    assert (p[:1000] >= raised["republisher"]).mean() <= 0.009  # rounding up keeps the cap
    assert (p[:1000] >= raised["republisher"] - 0.002).mean() > 0.009  # and not much more
    # Already above the caps: left alone.
    assert raise_to_caps({"republisher": 0.9, "original": 0.1}, p, rows, caps)["republisher"] == 0.9


def test_calibration_sanity_on_held_out_toy_pages(toy_model: Model) -> None:
    data = toy_data(600, seed=11)
    p = toy_model.predict_proba(data.pages)
    y = data.labels()
    assert expected_calibration_error(y, p) < 0.08
    assert abs(p.mean() - y.mean()) < 0.05
    assert ((p > 0) & (p < 1)).all()


def test_groups_split_html_text_and_fp_families() -> None:
    rows = [
        Row("a", 0, "real", "html", group="real"),
        Row("b", 0, "real", "text", group="real"),
        Row("c", 0, "syndication", "html", group="hard_negative"),
        Row("d", 1, "farm_a", "html"),
        Row("e", 1, "farm_a", "text"),
    ]
    p = np.array([0.9, 0.1, 0.2, 0.95, 0.85])
    report = group_metrics(rows, p, {"republisher": 0.8, "original": 0.2})
    assert report["fp_real_outlet"] == {"n": 2, "false_positives": 1, "fp_rate": 0.5}
    assert report["fp_real_outlet_html"]["fp_rate"] == 1.0
    assert report["fp_real_outlet_text"]["fp_rate"] == 0.0
    assert report["fp_credited_syndication"]["false_positives"] == 0
    assert report["html"]["n"] == 3 and report["text"]["n"] == 2
    assert report["families"]["farm_a"]["rate"] == 1.0
    assert "fp_real_outlet" in format_table(report)


def test_leave_one_family_out_holds_each_family_out(toy_model: Model) -> None:
    data = toy_data(300, seed=5)
    X = toy_model.signals.transform(data.pages)
    rows = data.rows
    sizes: list[tuple[int, int]] = []

    def fit(Xa: np.ndarray, ya: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        sizes.append(len(Xa))
        clf = fit_classifier(Xa, ya)
        return lambda Xb: clf.predict_proba(Xb)[:, 1]

    out = leave_one_family_out(X, rows, fit, views={"half": X * 0.5})
    families = sorted({r.family for r in rows})
    assert set(out["families"]) == set(families)
    trainable = [r for r in rows if r.split in ("train", "validation")]
    held_neg = [r for r in rows if r.split == "test" and r.label == 0]
    assert sizes == [sum(r.family != fam for r in trainable) for fam in families]
    assert set(out["views"]["half"]["families"]) == set(families)
    assert len(held_neg) > 0
    assert out["families"]["farm_a"]["label"] == 1 and out["families"]["farm_a"]["roc_auc"] > 0.8
    assert out["families"]["real"]["label"] == 0
    assert out["pooled"]["n"] > 0
    assert "pooled" in format_lofo(out)


def test_report_and_plots_are_written(tmp_path: Path, toy_model: Model) -> None:
    data = toy_data(120, seed=8)
    p = toy_model.predict_proba(data.pages)
    plots = write_plots(data.rows, p, tmp_path)
    assert {q.name for q in plots} == {"reliability.png", "curves.png"}
    assert all(q.read_bytes()[:4] == b"\x89PNG" for q in plots)
    path = write_report(
        {"metrics": group_metrics(data.rows, p, toy_model.thresholds)}, tmp_path / "r.json"
    )
    assert json.loads(path.read_text())["metrics"]["all"]["n"] == 120
