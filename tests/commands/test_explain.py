"""`detector explain` on the real seed shows every tell named in the issue."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_92ec4ba84c87f13f.txt"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "detector", "explain", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def seed_text_output() -> str:
    proc = _run(str(SEED), "--fetched", "2025-04-30")
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode()


def test_text_output_names_every_tell(seed_text_output: str) -> None:
    out = seed_text_output
    assert 'breadcrumb "Scams"' in out and "mismatch" in out
    assert "WealthTrail Solutions" in out
    assert "page dated 2025-04-24 but story cues point to" in out
    assert 'AP dateline "BEIJING (AP) —" with no AP credit or byline' in out
    assert "veryGood! (5)" in out
    for block in ("Related", "Ranking", "Recommendation"):
        assert f'block "{block}"' in out


def test_json_output_has_every_registered_signal() -> None:
    from detector.features.base import load_all

    proc = _run("-", "--json", "--fetched", "2025-04-30", stdin=SEED.read_bytes())
    assert proc.returncode == 0, proc.stderr.decode()
    payload = json.loads(proc.stdout)
    assert payload["page"]["breadcrumbs"] == ["Home", "Scams"]
    assert {s["name"] for s in payload["signals"]} == set(load_all())
    wire = next(s for s in payload["signals"] if s["name"].startswith("wire"))
    assert any("uncredited" in k and v == 1 for k, v in wire["values"].items())


def test_missing_file_is_a_clear_error() -> None:
    proc = _run("no/such/page.html")
    assert proc.returncode == 2
    assert b"no such file or directory: no/such/page.html" in proc.stderr


def test_binary_input_is_a_clear_error(tmp_path: Path) -> None:
    png = tmp_path / "x.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    proc = _run(str(png))
    assert proc.returncode == 2
    assert b"not_a_page" in proc.stderr and b"PNG" in proc.stderr
