"""The Redis store gives the same answers as the embedded file store on the same data."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from detector.config import Settings
from detector.errors import OriginalsIndexError
from detector.originals.index import (
    OriginalsIndex,
    build_index,
    open_from_settings,
    open_index,
    redis_build,
)
from detector.originals.records import Original
from detector.originals.redisstore import RedisStore
from originals.copies import KINDS, make_copy


def test_redis_and_file_store_agree(redis_server, corpus: list[Original], tmp_path: Path) -> None:
    corpus = corpus[::3]  # 1,500 originals of every corpus: enough, and quick to load into Redis
    src = tmp_path / "subset.jsonl"
    src.write_text("".join(json.dumps(o.meta() | {"text": o.text}) + "\n" for o in corpus))
    build_index([src], tmp_path / "subset.idx", progress=False)
    settings = Settings(index_backend="redis", redis_url=redis_server.url(1), redis_prefix="t1")
    report = redis_build(settings, [src], progress=False)
    file_index = open_index(tmp_path / "subset.idx")
    assert report.added == len(file_index) and not report.bad
    redis_index = open_from_settings(settings)
    assert isinstance(redis_index.store, RedisStore)
    assert np.array_equal(redis_index.store.stop, file_index.store.stop)

    rng = random.Random(9)
    headlines = [o.title for o in corpus if o.title]
    vocab = [w for o in corpus[:500] for w in o.text.split()]
    pages = [o.text for o in rng.sample(corpus, 40)]
    pages += ["\n".join(make_copy(KINDS[i % 4], o.text, rng, headlines, vocab))
              for i, o in enumerate(rng.sample(corpus, 80))]  # fmt: skip
    pages += ["an unrelated page about gardening and the weather in spring " * 5]
    matched = 0
    for page in pages:
        ours, theirs = file_index.match_text(page), redis_index.match_text(page)
        assert [m.as_dict() for m in ours] == [m.as_dict() for m in theirs]
        matched += bool(ours)
    assert matched >= 40  # the comparison covers real matches, not only empty answers

    # The copy-match signal reaches the same Redis index through a spec string, as Dask
    # workers do: same best match as the file index.
    from detector.features.copy_match import CopyMatch
    from detector.originals.index import redis_spec
    from detector.page import Page

    page = Page(paragraphs=tuple(pages[0].split("\n")))
    via_redis = CopyMatch(index_path=redis_spec(settings)).best_match(page)
    via_file = CopyMatch(index_path=str(tmp_path / "subset.idx")).best_match(page)
    assert via_redis is not None and via_redis == via_file
    assert open_index(redis_spec(settings)) is open_index(redis_spec(settings))  # cached

    # Adding the same originals again is refused per record, never fatal.
    again = redis_build(settings, [src], progress=False)
    assert again.added == 0 and again.bad["duplicate_id"] == len(file_index)


def test_missing_redis_index_and_unreachable_server(redis_server) -> None:
    settings = Settings(index_backend="redis", redis_url=redis_server.url(2), redis_prefix="none")
    with pytest.raises(OriginalsIndexError, match="no originals index in Redis"):
        open_from_settings(settings)
    dead = Settings(index_backend="redis", redis_url="redis://127.0.0.1:1/0")
    with pytest.raises(OriginalsIndexError, match="cannot reach"):
        open_from_settings(dead)


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(OriginalsIndexError, match="unknown index_backend"):
        open_from_settings(Settings(index_backend="sqlite"))


def test_index_object_works_over_any_store(corpus_index: Path) -> None:
    index = open_index(corpus_index)
    assert isinstance(index, OriginalsIndex) and len(index) > 4000
