"""Resume: kill a real `detector score` run part-way (SIGKILL, Ctrl-C) and run it again."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from detector.batch import BatchInputs, BatchOptions, BatchRunner
from detector.errors import ConfigError
from detector.resume import ResumeState, state_path

from .toy import ToyScorer

TESTS = Path(__file__).resolve().parent.parent
N = 600


def records(path: Path) -> Path:
    with path.open("w") as fh:
        for i in range(N):
            body = "<p>(AP) trending</p>" if i % 5 == 0 else f"<p>Story number {i}.</p>"
            fh.write(json.dumps({"id": f"r{i:04d}", "url": f"https://s{i % 7}.example/{i}",
                                 "html": body}) + "\n")  # fmt: skip
    return path


def command(inp: Path, out: Path, fmt: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "detector", "score", "--records", str(inp), "--out", str(out),
            "--format", fmt, "--scorer", "batch.toy:SlowToyScorer", "--chunk-size", "16",
            "--no-progress", *extra]  # fmt: skip


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{TESTS}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def read_rows(out: Path, fmt: str) -> list[dict[str, object]]:
    if fmt == "csv":
        import csv

        with out.open(newline="") as fh:
            return list(csv.DictReader(fh))
    return [json.loads(line) for line in out.read_text().splitlines()]


def _default_sigint() -> None:
    # A shell starts a background job (a CI step run with `&`, `nohup ... &`) with SIGINT
    # ignored, and a child inherits that: give the run the Ctrl-C a terminal delivers.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_and_stop(cmd: list[str], out: Path, sig: int) -> int:
    proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=_default_sigint)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        # A few chunks written, far from done: counted in rows, not bytes (a CSV row of the toy
        # scorer is a third of a JSONL one, and 20 KB of CSV was most of the run).
        if out.exists() and out.read_bytes().count(b"\n") >= 48:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    proc.send_signal(sig)
    proc.wait(timeout=30)
    assert proc.returncode != 0, (
        f"the run ignored signal {sig}; SIGINT in the test process: "
        f"{signal.getsignal(signal.SIGINT)}; stderr: {proc.stderr.read()[-500:]!r}"  # type: ignore[union-attr]
    )
    return proc.returncode


@pytest.mark.slow
@pytest.mark.parametrize("fmt,sig", [("jsonl", signal.SIGKILL), ("csv", signal.SIGINT)])
def test_interrupted_run_resumes_without_duplicates_or_gaps(
    tmp_path: Path, fmt: str, sig: int
) -> None:
    inp = records(tmp_path / "in.jsonl")
    clean = tmp_path / f"clean.{fmt}"
    # The uninterrupted run, in-process (same runner, same scorer) to save a process start.
    BatchRunner(BatchInputs(records=[str(inp)]), BatchOptions(fmt=fmt, out=clean, progress=False),
                scorer=ToyScorer(), stderr=io.StringIO()).run()  # fmt: skip
    expected = {r["id"]: r for r in read_rows(clean, fmt)}
    assert len(expected) == N

    out = tmp_path / f"out.{fmt}"
    code = start_and_stop(command(inp, out, fmt), out, sig)
    assert code in (-signal.SIGKILL, 130)
    partial = len(read_rows(out, fmt)) if out.exists() else 0
    assert 0 < partial < N

    resumed = subprocess.run(command(inp, out, fmt, "--resume"), env=env(), timeout=120,
                             capture_output=True, text=True)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert "already done (resume)" in resumed.stderr
    rows = read_rows(out, fmt)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == N  # no duplicate, no missing row
    assert {r["id"]: r for r in rows} == expected  # and the same rows as an uninterrupted run

    again = subprocess.run(command(inp, out, fmt, "--resume"), env=env(), timeout=120,
                           capture_output=True, text=True)  # fmt: skip
    assert again.returncode == 0 and len(read_rows(out, fmt)) == N  # nothing left to do


def test_torn_tail_is_cut_back(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    state = ResumeState(out, fmt="jsonl")
    state.start_fresh()
    state.open()
    with out.open("ab") as fh:
        fh.write(b'{"id": "a"}\n')
        size = fh.tell()
        fh.write(b'{"id": "b"}\n{"id": "c", "sco')  # b never confirmed, c torn mid-row
    state.confirm([("a", size)])
    state.close()
    with state_path(out).open("a") as fh:
        fh.write("99")  # a torn confirmation line
    again = ResumeState(out, fmt="jsonl")
    again.load()
    assert again.done == {"a"}
    assert out.read_bytes() == b'{"id": "a"}\n'


def test_resume_refuses_unknown_output_or_other_format(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "x"}\n')
    with pytest.raises(ConfigError, match="no resume state"):
        ResumeState(out, fmt="jsonl").load()
    state_path(out).write_text('{"version": 1, "format": "csv"}\n')
    with pytest.raises(ConfigError, match="same --format"):
        ResumeState(out, fmt="jsonl").load()
