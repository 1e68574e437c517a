"""Dataset builds shared by the dataset tests (each built once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector.config import load_settings
from detector.dataset.builder import SMALL_COLLECTIONS, BuildSummary, build_dataset


@pytest.fixture(scope="session")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> BuildSummary:
    """The pinned small held-out build (seed 0)."""
    return build_dataset(load_settings(), tmp_path_factory.mktemp("small"), seed=0, small=True)


@pytest.fixture(scope="session")
def medium_build(tmp_path_factory: pytest.TempPathFactory) -> BuildSummary:
    """A full-mode build (all splits) kept fast: few pages, two real collections."""
    return build_dataset(
        load_settings(),
        tmp_path_factory.mktemp("medium"),
        seed=7,
        per_family=40,
        collections=SMALL_COLLECTIONS,
    )


def read(summary: BuildSummary, rel: str) -> str:
    """A generated file of a build."""
    return (Path(summary.out_dir) / rel).read_text(encoding="utf-8")
