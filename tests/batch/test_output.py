"""Rows as dicts and JSONL lines: the same values as `dataclasses.asdict` and `json` give."""

from __future__ import annotations

import dataclasses
import json

import numpy as np

from detector.batch_output import jsonl_line
from detector.results import Reason, ScoreResult


def full_result() -> ScoreResult:
    return ScoreResult(
        id="p1",
        input="in.jsonl:1",
        url="https://a.test/é",
        score=0.8123,
        tier="likely-republisher",
        reasons=(
            Reason("wire_v1__uncredited", 1.0, "“AP” story, uncredited", 1.25),
            Reason("brand_v1__x", 0.0, "x = 0", -0.5),
        ),
        match={"id": "o1", "similarity": 0.91, "published": "2024-01-02", "days_earlier": 3},
        model="m-1",
        warnings=("page cut",),
    )


def test_to_dict_has_the_fields_and_values_of_asdict() -> None:
    error = ScoreResult(id="e", input="e", url="", error={"kind": "io", "message": "gone"})
    for result in (full_result(), error):
        legacy = dataclasses.asdict(result)
        legacy["reasons"] = [dataclasses.asdict(r) for r in result.reasons]
        legacy["warnings"] = list(result.warnings)
        row = result.to_dict()
        assert list(row) == list(legacy) and row == legacy
    row = full_result().to_dict()
    row["match"]["id"] = "changed"  # rows are independent of the result they came from
    assert full_result().to_dict()["match"]["id"] == "o1"


def test_jsonl_lines_read_back_as_the_row() -> None:
    row = full_result().to_dict()
    line = jsonl_line(row)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == row
    assert "é".encode() in line  # UTF-8 as is, not escaped


def test_rows_orjson_refuses_are_written_by_json() -> None:
    # A lone surrogate (from a "\ud800" escape in an input record) is not valid UTF-8.
    row = {"id": "s", "evidence": "lone \ud800 here", "value": np.float64(0.25)}
    line = jsonl_line(row)
    assert line.isascii() and json.loads(line) == row
    assert json.loads(jsonl_line({"v": np.float32(0.5), "n": np.int64(3)})) == {"v": 0.5, "n": 3}
