"""copy_match_v1: the best verified copy of a page's body, with evidence; no index is not fatal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone

from detector.features.base import get_signal
from detector.features.copy_match import CopyMatch
from detector.page import Page
from features._copy_fixture import build_original_index, copy_page


@pytest.fixture(scope="module")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_original_index(tmp_path_factory.mktemp("cm"))


farm_page = copy_page


def test_registered_and_keeps_the_contract(index_path: Path) -> None:
    assert get_signal("copy_match_v1") is CopyMatch
    extractor = clone(CopyMatch(index_path=str(index_path)))
    X = extractor.fit_transform([farm_page(), Page(), farm_page(paragraphs=("nothing like it",))])
    assert X.shape == (3, len(extractor.get_feature_names_out()))
    assert np.isfinite(X).all()


def test_copy_found_with_evidence(index_path: Path) -> None:
    values, evidence = CopyMatch(index_path=index_path).extract(farm_page())
    row = dict(zip(CopyMatch.FEATURES, values, strict=True))
    assert row["copy_found"] == 1 and row["copy_other_site"] == 1
    assert row["copy_containment_of_original"] > 0.9 and row["copy_containment_of_page"] > 0.9
    assert row["copy_date_gap_days"] == (date(2025, 4, 24) - date(2017, 11, 2)).days
    assert row["copy_date_gap_missing"] == 0 and row["copy_index_missing"] == 0
    assert evidence[0].startswith(
        'copies 100% of reuters.com "Ad sales boost Time Warner profit" (2017-11-02)'
    )
    assert "republished 2,730 days later" in evidence[0]


def test_same_site_no_date_and_best_match(index_path: Path) -> None:
    extractor = CopyMatch(index_path=index_path)
    page = farm_page(url="https://uk.reuters.com/x", published=None)
    row = dict(zip(CopyMatch.FEATURES, extractor.extract(page)[0], strict=True))
    assert row["copy_other_site"] == 0 and row["copy_date_gap_missing"] == 1
    best = extractor.best_match(farm_page())
    assert best is not None and best["id"] == "wire:1" and best["days_earlier"] == 2730
    assert set(best) == {"id", "url", "site", "title", "published", "similarity",
                         "containment_of_original", "containment_of_page", "days_earlier"}  # fmt: skip
    assert extractor.best_match(farm_page(paragraphs=("a page about gardening",))) is None


def test_missing_index_is_a_feature_not_an_error(tmp_path: Path) -> None:
    values, evidence = CopyMatch(index_path=tmp_path / "none.idx").extract(farm_page())
    row = dict(zip(CopyMatch.FEATURES, values, strict=True))
    assert row["copy_index_missing"] == 1 and row["copy_found"] == 0
    assert "no originals index" in evidence[0]
