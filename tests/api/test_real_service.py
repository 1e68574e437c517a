"""`detector serve` as a user runs it: a subprocess with the default model, on loopback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from detector.config import PROJECT_ROOT, load_settings

FARM_PAGE = PROJECT_ROOT / "tests" / "fixtures" / "farm_seed_page.html"
SEED = PROJECT_ROOT / "seeds" / "000_92ec4ba84c87f13f.txt"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    settings = load_settings()
    assert settings.model_path.exists(), (
        f"no default model at {settings.model_path}: train one with "
        "`detector train --make-default` (or set DETECTOR_MODEL_PATH)"
    )
    tmp = tmp_path_factory.mktemp("serve")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DETECTOR_FEEDBACK_PATH": str(tmp / "feedback.jsonl")}
    log = tmp / "serve.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "detector", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                assert proc.poll() is None, log.read_text()
                try:
                    httpx.get(f"{base}/v1/health", timeout=1, trust_env=False)
                    break
                except httpx.HTTPError:
                    assert time.monotonic() < deadline, "detector serve did not start"
                    time.sleep(0.2)
            yield base, log
        finally:
            proc.terminate()
            proc.wait(15)


def test_detector_serve_scores_the_seed_farm_page_with_the_default_model(served) -> None:
    base, _ = served
    with httpx.Client(base_url=base, timeout=30, trust_env=False) as client:
        health = client.get("/v1/health").json()
        assert health["status"] == "ok" and health["model"] not in ("", "unknown")
        page = {"url": "http://farm.test/news/scams/1.html", "html": FARM_PAGE.read_text()}
        r = client.post("/v1/score", json=page)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["tier"] == "likely-republisher" and 0.5 < body["score"] <= 1.0
        assert body["model"] == health["model"]
        assert len(body["reasons"]) >= 1
        assert all(set(x) == {"signal", "value", "evidence", "weight"} for x in body["reasons"])
        text = {"url": "http://farm.test/news/scams/1.txt", "text": SEED.read_text()}
        r = client.post("/v1/score", json=text)
        assert r.status_code == 200 and r.json()["tier"] == "likely-republisher"
        r = client.post("/v1/score", json={"url": "http://farm.test/x", "html": "  \n "})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["kind"] == "not_a_page"


def test_detector_serve_access_log_is_json_without_page_content(served) -> None:
    base, log = served
    secret = "very-private-path-4711"
    with httpx.Client(base_url=base, timeout=30, trust_env=False) as client:
        page = {"url": f"http://farm.test/{secret}", "html": FARM_PAGE.read_text()}
        assert client.post("/v1/score", json=page).status_code == 200
        client.get("/v1/version")
    time.sleep(0.3)  # stderr is line-buffered: the lines are in the file
    entries = []
    for line in log.read_text(encoding="utf-8").splitlines():
        assert secret not in line and "BEIJING" not in line and "veryGood" not in line
        if line.startswith("{"):
            entries.append(json.loads(line))
    paths = [(e["method"], e["path"], e["status"]) for e in entries]
    assert ("POST", "/v1/score", 200) in paths and ("GET", "/v1/version", 200) in paths
