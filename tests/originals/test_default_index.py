"""ensure_default_index: builds the default index from the shared corpora once, when missing."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from detector.config import Settings
from detector.errors import OriginalsIndexError
from detector.originals.index import ensure_default_index, open_index


def _small_copy(data_dir: Path, to: Path, lines: int = 150) -> None:
    """The first lines of each default corpus, in a temp data dir laid out like the shared one."""
    (to / "originals").mkdir(parents=True)
    for name in ("reuters21578.jsonl.gz", "isot_reuters_2017.jsonl.gz", "bbc.jsonl.gz"):
        with (
            gzip.open(data_dir / "originals" / name, "rt") as src,
            gzip.open(to / "originals" / name, "wt") as dst,
        ):
            for i, line in enumerate(src):
                if i >= lines:
                    break
                dst.write(line)


def test_builds_once_then_reuses(data_dir: Path, tmp_path: Path) -> None:
    _small_copy(data_dir, tmp_path / "data")
    settings = Settings(
        data_dir=tmp_path / "data", index_path=tmp_path / "models" / "originals.idx"
    )
    path = ensure_default_index(settings, progress=False)
    assert path == settings.index_path and path.is_file()
    stamp = path.stat().st_mtime_ns
    assert ensure_default_index(settings, progress=False).stat().st_mtime_ns == stamp
    index = open_index(path)
    corpora = {index.store.meta(i)["corpus"] for i in range(len(index))}
    assert corpora == {"reuters21578", "isot", "bbc"} and len(index) > 350


def test_missing_corpora_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "nothing", index_path=tmp_path / "o.idx")
    with pytest.raises(OriginalsIndexError, match="missing corpora"):
        ensure_default_index(settings, progress=False)
