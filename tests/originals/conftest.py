"""Shared data for the originals tests: a moderate corpus read from the shared research data."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from detector.config import load_settings
from detector.originals.corpora import default_sources, read_source
from detector.originals.index import build_index
from detector.originals.records import Original

# A few thousand originals keep the tests fast; full-scale figures are in bench/.
N_REUTERS = 3000
N_BBC = 600


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """Where the shared corpora are (settings.data_dir); fails loudly when they are absent."""
    path = Path(load_settings().data_dir)
    if not (path / "originals" / "reuters21578.jsonl.gz").is_file():
        pytest.fail(f"shared corpora not found under {path} (settings.data_dir)")
    return path


@pytest.fixture(scope="session")
def corpus(data_dir: Path) -> list[Original]:
    """Reuters-21578 (first stories with text), all of ISOT 2017 and part of BBC."""
    reuters, isot, bbc = default_sources(data_dir)
    out: list[Original] = []
    for path, limit in ((reuters, N_REUTERS), (isot, 10_000), (bbc, N_BBC)):
        n = 0
        for item in read_source(path):
            if isinstance(item, Original):
                out.append(item)
                n += 1
                if n >= limit:
                    break
    return out


@pytest.fixture(scope="session")
def topics(data_dir: Path) -> dict[str, tuple[str, ...]]:
    """Original id -> subject labels (Reuters-21578 topics, ISOT subject)."""
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(data_dir / "originals" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            out[f"reuters21578:{rec['newid']}"] = tuple(rec.get("topics") or ())
    with gzip.open(
        data_dir / "originals" / "isot_reuters_2017.jsonl.gz", "rt", encoding="utf-8"
    ) as f:
        for line in f:
            rec = json.loads(line)
            out[f"isot:{rec['id']}"] = (str(rec.get("subject")),)
    return out


@pytest.fixture(scope="session")
def corpus_jsonl(corpus: list[Original], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test corpus as a generic JSONL source file."""
    path = tmp_path_factory.mktemp("corpus") / "originals.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for o in corpus:
            rec = o.meta() | {"text": o.text}
            f.write(json.dumps(rec) + "\n")
    return path


@pytest.fixture(scope="session")
def corpus_index(corpus_jsonl: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded index of the test corpus."""
    path = tmp_path_factory.mktemp("index") / "originals.idx"
    report = build_index([corpus_jsonl], path, progress=False)
    assert report.added > 4000 and not report.bad
    return path


@pytest.fixture
def rng() -> random.Random:
    """A seeded generator."""
    return random.Random(20261128)
