"""The Scorer finds the same copy through a file index and through the Redis index settings name.

This is the path Dask workers take with `--index-backend redis`: each worker's Scorer is built
from settings, and every worker then shares the one index kept in Redis.
"""

from __future__ import annotations

import json
from pathlib import Path

from detector.config import Settings
from detector.originals.index import build_index, redis_build
from detector.originals.records import Original
from detector.scoring import Scorer
from detector.sources.base import InputRecord


def test_scorer_matches_the_same_original_with_file_and_redis_backends(
    redis_server, corpus: list[Original], tmp_path: Path
) -> None:
    originals = [o for o in corpus if len(o.text.split()) > 150][:40]
    src = tmp_path / "few.jsonl"
    src.write_text("".join(json.dumps(o.meta() | {"text": o.text}) + "\n" for o in originals))
    build_index([src], tmp_path / "few.idx", progress=False)
    redis_settings = Settings(
        index_backend="redis", redis_url=redis_server.url(3), redis_prefix="scorer"
    )
    redis_build(redis_settings, [src], progress=False)

    story = originals[7]
    junk = "\n".join(f"Trending: celebrity story number {i} you will not believe" for i in range(8))
    page = f"Home > Lifestyle\n{story.title}\nDate:2025-04-24\n{story.text}\nRelated\n{junk}\n"
    record = InputRecord(id="p", input="p", url="https://farm.example/a", content=page,
                         content_type="text/plain")  # fmt: skip

    via_file = Scorer.from_settings(Settings(), index_path=tmp_path / "few.idx")
    via_redis = Scorer.from_settings(redis_settings)
    a, b = via_file.score_record(record), via_redis.score_record(record)
    assert a.error is None and b.error is None
    assert a.match is not None and a.match["id"] == story.id
    assert b.match == a.match
    assert b.score == a.score
