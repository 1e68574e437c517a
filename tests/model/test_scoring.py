"""The Scorer facade: order, batching, tiers, and error rows instead of exceptions."""

from __future__ import annotations

import random

import pytest

from detector.errors import FetchError
from detector.model import Model
from detector.results import TIERS
from detector.scoring import Scorer
from detector.sources.base import InputRecord

FARM_TEXT = (
    "Current:Home > Scams\nSenators see hope -WealthTrail Solutions\n"
    + "BEIJING (AP) — A group of senators visiting Beijing expressed hope Tuesday.\n" * 8
    + "veryGood! (5)\nRelated\n- A\n- B\n"
)


def _records() -> list[InputRecord]:
    good = (
        "<html><head><title>A story</title></head><body><h1>A story</h1>"
        + ("<p>" + "Plain words of a plain story. " * 30 + "</p>")
        + "</body></html>"
    )
    return [
        InputRecord(id="r0", input="a.html", url="https://a.example/x", content=good),
        InputRecord(id="r1", input="b.txt", content=FARM_TEXT, content_type="text/plain"),
        InputRecord(id="r2", input="gone", error=FetchError("timed out", kind="timeout")),
        InputRecord(id="r3", input="empty.html", content=b""),
        InputRecord(id="r4", input="none"),
        InputRecord(id="r5", input="c.html", content=good),
        InputRecord(id="r6", input="bin", content=b"\x00\x01\x02\x89PNG" * 50),
    ]


def test_every_record_gets_one_row_in_order(toy_model: Model) -> None:
    records = _records() * 3
    for batch_size in (1, 2, 256):
        rows = list(Scorer(toy_model, batch_size=batch_size).score_records(records))
        assert [r.id for r in rows] == [r.id for r in records]
    by_id = {r.id: r for r in rows}
    assert by_id["r2"].error == {"kind": "timeout", "message": "timed out"}
    assert by_id["r3"].error is not None and by_id["r3"].error["kind"] == "not_a_page"
    assert by_id["r4"].error is not None and by_id["r4"].error["kind"] == "bad_record"
    assert by_id["r6"].error is not None
    for rid in ("r0", "r1", "r5"):
        row = by_id[rid]
        assert row.error is None and row.score is not None and 0.0 <= row.score <= 1.0
        assert row.tier in TIERS and row.model == "toy-test"


def test_score_record_never_raises(toy_model: Model) -> None:
    scorer = Scorer(toy_model)
    row = scorer.score_record(InputRecord(id="x", input="x", content=b""))
    assert row.error is not None and row.score is None
    d = row.to_dict()
    assert set(d) >= {"id", "input", "url", "score", "tier", "reasons", "match", "model", "error"}


def test_extractor_crash_is_an_error_row(toy_model: Model, monkeypatch: pytest.MonkeyPatch) -> None:
    from .helpers import ToyRanking

    def boom(self: object, page: object) -> None:
        raise ValueError("extractor bug")

    monkeypatch.setattr(ToyRanking, "extract", boom)
    rows = list(Scorer(toy_model).score_records(_records()[:2]))
    assert all(r.error and r.error["kind"] == "internal" for r in rows)
    assert "extractor bug" in rows[0].error["message"]  # type: ignore[index]


def test_tiers_follow_the_thresholds(toy_model: Model) -> None:
    scorer = Scorer(toy_model)
    th = scorer.thresholds
    assert scorer.tier(th["republisher"]) == "likely-republisher"
    assert scorer.tier(th["original"] - 1e-6) == "likely-original"
    assert scorer.tier((th["original"] + th["republisher"]) / 2) == "uncertain"


def test_farm_pages_score_above_plain_pages(toy_model: Model) -> None:
    from .helpers import toy_page

    scorer = Scorer(toy_model)
    rng = random.Random(5)
    farms = [scorer.score_page(toy_page(rng, 1, i)).score or 0.0 for i in range(40)]
    plain = [scorer.score_page(toy_page(rng, 0, i)).score or 0.0 for i in range(40)]
    assert sum(farms) / 40 > sum(plain) / 40 + 0.3


def test_copy_match_comes_from_the_extractor_that_offers_it(
    toy_model: Model, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from .helpers import ToyRanking

    def best_match(self: object, page: object) -> dict[str, object] | None:
        return {"id": "reuters:1", "site": "reuters.com", "published": date(1987, 3, 1)}

    monkeypatch.setattr(ToyRanking, "best_match", best_match, raising=False)
    row = Scorer(toy_model).score_record(_records()[0])
    assert row.match == {"id": "reuters:1", "site": "reuters.com", "published": "1987-03-01"}
    monkeypatch.setattr(ToyRanking, "best_match", lambda self, page: None, raising=False)
    assert Scorer(toy_model).score_record(_records()[0]).match is None
