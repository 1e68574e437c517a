"""`detector score`: one row per input, error rows for bad inputs, three formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from detector.cli import main

GOOD = (
    "<html><head><title>A story - The Daily</title></head><body><h1>A story</h1>"
    + "<p>Plain words of a plain story, told once. </p>" * 20
    + "</body></html>"
)


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.html"
    good.write_text(GOOD)
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    records = tmp_path / "recs.jsonl"
    records.write_text(
        "\n".join(
            [
                json.dumps({"id": "r1", "url": "https://x.example/a", "html": GOOD}),
                "{not json",
                json.dumps(
                    {
                        "id": "r3",
                        "url": "https://x.example/b",
                        "text": "Hello there. " * 40,
                        "fetched": "2024-01-02",
                    }
                ),
                json.dumps({"id": "r4", "url": "https://x.example/c"}),
            ]
        )
        + "\n"
    )
    return {"good": good, "empty": empty, "records": records, "missing": tmp_path / "nope.html"}


NO_INDEX = "/nonexistent/detector-test/no-index.idx"  # no copy matching, and no index build


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["score", "--index", NO_INDEX, *argv])
    return code, capsys.readouterr().out


def test_jsonl_rows_and_error_rows(
    capsys: pytest.CaptureFixture[str], toy_model_dir: Path, inputs: dict[str, Path]
) -> None:
    code, out = _run(
        capsys,
        "--model",
        str(toy_model_dir),
        "--format",
        "jsonl",
        "--records",
        str(inputs["records"]),
        str(inputs["good"]),
        str(inputs["missing"]),
        str(inputs["empty"]),
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # some inputs failed, the run went on
    assert [r["id"] for r in rows][:1] == ["r1"] and len(rows) == 7
    ok = [r for r in rows if not r["error"]]
    bad = [r for r in rows if r["error"]]
    assert len(ok) == 3 and len(bad) == 4
    for r in ok:
        assert 0 <= r["score"] <= 1 and r["tier"] and r["model"] == "toy-test"
        assert set(r) >= {"id", "input", "url", "score", "tier", "reasons", "match", "model"}
        for reason in r["reasons"]:
            assert set(reason) == {"signal", "value", "evidence", "weight"}
    kinds = sorted(r["error"]["kind"] for r in bad)
    assert kinds == ["bad_record", "bad_record", "io", "not_a_page"]
    assert any("nope.html" in r["error"]["message"] for r in bad)


def test_csv_and_table(
    capsys: pytest.CaptureFixture[str], toy_model_dir: Path, inputs: dict[str, Path]
) -> None:
    code, out = _run(capsys, "--model", str(toy_model_dir), "--format", "csv", str(inputs["good"]))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1 and float(rows[0]["score"]) >= 0 and rows[0]["error_kind"] == ""
    code, out = _run(
        capsys,
        "--model",
        str(toy_model_dir),
        "--format",
        "table",
        str(inputs["good"]),
        str(inputs["missing"]),
    )
    assert code == 1
    assert "good.html" in out and "error" in out and "io:" in out


def test_stdin(
    capsys: pytest.CaptureFixture[str], toy_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = io.TextIOWrapper(io.BytesIO(GOOD.encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", fake)
    code, out = _run(capsys, "--model", str(toy_model_dir), "--format", "jsonl", "-")
    assert code == 0 and json.loads(out)["id"] == "stdin"


def test_missing_model_is_a_clear_fatal_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, inputs: dict[str, Path]
) -> None:
    code = main(
        ["score", "--index", NO_INDEX, "--model", str(tmp_path / "nomodel"), str(inputs["good"])]
    )
    err = capsys.readouterr().err
    assert code == 2 and "model" in err and "does not exist" in err


def test_no_input_is_refused(capsys: pytest.CaptureFixture[str], toy_model_dir: Path) -> None:
    assert main(["score", "--index", NO_INDEX, "--model", str(toy_model_dir)]) == 2
    assert "PATH" in capsys.readouterr().err


@pytest.mark.parametrize("top", [1, 5])
def test_the_table_shows_as_many_reasons_as_top_asks(
    capsys: pytest.CaptureFixture[str], top: int
) -> None:
    from detector.config import PROJECT_ROOT

    seed = PROJECT_ROOT / "seeds" / "000_92ec4ba84c87f13f.txt"
    code, out = _run(capsys, "--format", "table", "--top", str(top), str(seed))
    assert code == 0
    reason_lines = [ln for ln in out.splitlines()[2:] if "__" in ln]
    assert len(reason_lines) == top
