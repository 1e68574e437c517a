"""`detector data build` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detector.cli import main
from detector.dataset import load_manifest


def test_data_build_small_writes_a_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ds"
    code = main(["data", "build", "--small", "--per-family", "1", "--quiet", "--out", str(out)])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    rows = load_manifest(out)
    assert report["rows"] == len(rows)
    assert (
        report["manifest_sha256"]
        == json.loads((out / "summary.json").read_text())["manifest_sha256"]
    )
    # 10 farm families x 1 + 3 hard-negative families x 2 + licensed x 1, each as html and text
    assert sum(r.group in ("farm", "hard_negative") for r in rows) == 2 * (10 + 3 * 2 + 1)


def test_bad_per_family_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["data", "build", "--per-family", "0", "--quiet", "--out", str(tmp_path / "x")])
    assert code == 2
    assert "--per-family must be at least 1" in capsys.readouterr().err


def test_a_wrong_data_dir_names_the_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DETECTOR_DATA_DIR", str(tmp_path / "nowhere"))
    code = main(["data", "build", "--small", "--quiet", "--out", str(tmp_path / "y")])
    assert code == 2
    err = capsys.readouterr().err
    assert "nowhere" in err and "does not exist" in err
