"""End to end in real Debian Chromium: the unpacked extension, a farm page and a legit page
served on 127.0.0.1, and the scoring service on uvicorn; Playwright drives the browser.

Checks the toolbar badge and the popup show the right tier, that the backend received the
page, that "This is wrong" lands in the feedback file, and saves screenshots under
test-artifacts/. The browser is cut off from everything but loopback.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

import pytest
from api.fakes import FakeScorer
from api.live import serve_app
from playwright.sync_api import BrowserContext, Page, Worker, sync_playwright

from detector.api import create_app
from detector.config import PROJECT_ROOT, Settings, load_settings

EXTENSION_DIR = PROJECT_ROOT / "extension"
EXTENSION_ID = "liegaafhkbieeojldiljminpdhfehmmb"  # pinned by the "key" in manifest.json
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
FARM_PAGE = PROJECT_ROOT / "tests" / "fixtures" / "farm_seed_page.html"
# A real outlet page (VentureBeat, 58 KB) from the shared research data, read in place.
LEGIT_COLLECTION = "html/article_extraction_benchmark.jsonl.gz"
LEGIT_ID = (
    "article_extraction_benchmark/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85"
)

API_KEY = "e2e-key-0f3a"
T = TypeVar("T")


def wait_for(probe: Callable[[], T | None], what: str, timeout: float = 20.0) -> T:
    """Poll `probe` until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = probe()
        if got:
            return got
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def legit_html() -> str:
    path = load_settings().data_dir / LEGIT_COLLECTION
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] == LEGIT_ID:
                return str(record["html"])
    raise AssertionError(f"{LEGIT_ID} not found in {path}")


@pytest.fixture(scope="module")
def page_server() -> Iterator[tuple[str, list[str]]]:
    pages = {
        "/news/scams/glimmer-of-hope.html": FARM_PAGE.read_bytes(),
        "/2019/11/18/wework-investigation/": legit_html().encode("utf-8"),
    }
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(f"{self.command} {self.path}")
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any, Settings]]:
    tmp = tmp_path_factory.mktemp("backend")
    settings = Settings(
        feedback_path=tmp / "feedback.jsonl",
        index_path=tmp / "none.idx",
        serve_api_keys=(API_KEY,),
    )
    scorer = FakeScorer()
    with serve_app(create_app(settings, scorer)) as base:
        yield base, scorer, settings


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[BrowserContext, Worker]]:
    assert CHROMIUM.exists(), "Debian chromium is needed: run scripts/setup.sh"
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                # No network but loopback: every other name fails to resolve.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                f"--load-extension={EXTENSION_DIR}",
                f"--disable-extensions-except={EXTENSION_DIR}",
            ],
        )
        try:
            worker = (
                context.service_workers[0]
                if context.service_workers
                else context.wait_for_event("serviceworker", timeout=20_000)
            )
            yield context, worker
        finally:
            context.close()


def stored_result(worker: Worker, url: str) -> tuple[int, dict[str, Any]] | None:
    """(tab id, stored entry) the service worker kept for the page at `url`."""
    found = worker.evaluate(
        """async (url) => {
            const all = await chrome.storage.session.get(null);
            for (const [key, entry] of Object.entries(all)) {
                if (entry.url === url && (entry.result || entry.error)) {
                    return [Number(key.slice(4)), entry];
                }
            }
            return null;
        }""",
        url,
    )
    return (int(found[0]), found[1]) if found else None


def open_popup(context: BrowserContext, tab_id: int) -> Page:
    popup = context.new_page()
    popup.set_viewport_size({"width": 360, "height": 420})
    popup.goto(f"chrome-extension://{EXTENSION_ID}/popup.html?tab={tab_id}")
    popup.wait_for_selector("#tier:not([data-tier='none'])")
    return popup


@pytest.mark.slow
def test_extension_scores_farm_and_legit_pages_end_to_end(browser, backend, page_server) -> None:
    context, worker = browser
    base, scorer, settings = backend
    pages_base, page_requests = page_server
    assert worker.url.startswith(f"chrome-extension://{EXTENSION_ID}/")
    ARTIFACTS.mkdir(exist_ok=True)

    # The options page points the extension at this test's backend, with its API key.
    options = context.new_page()
    options.goto(f"chrome-extension://{EXTENSION_ID}/options.html")
    assert options.input_value("#backend") == "http://127.0.0.1:8765"  # the default
    options.fill("#backend", base + "/")
    options.fill("#apiKey", API_KEY)
    options.click("#save")
    options.wait_for_selector("#status:has-text('Saved')")
    options.close()

    # A farm page: the backend gets its HTML, the badge says FARM, the popup explains why.
    farm_url = f"{pages_base}/news/scams/glimmer-of-hope.html"
    tab = context.new_page()
    tab.goto(farm_url)
    record = wait_for(
        lambda: next((r for r in scorer.seen if r.url == farm_url), None), "the backend request"
    )
    assert isinstance(record.content, str) and "veryGood! (5)" in record.content
    assert "BEIJING (AP)" in record.content
    tab_id, entry = wait_for(lambda: stored_result(worker, farm_url), "the stored result")
    assert entry["result"]["tier"] == "likely-republisher"
    badge = worker.evaluate("(tabId) => chrome.action.getBadgeText({ tabId })", tab_id)
    assert badge == "FARM"
    popup = open_popup(context, tab_id)
    assert popup.text_content("#tier") == "Likely a republisher"
    assert popup.text_content("#score") == "score 93%"
    reasons = popup.locator("#reasons li")
    assert reasons.count() == 2
    assert "AP dateline, no credit" in (reasons.first.text_content() or "")
    assert popup.get_attribute("#match", "href") == "https://apnews.com/article/x"
    popup.screenshot(path=str(ARTIFACTS / "extension_popup_farm.png"))

    # "This is wrong" posts feedback, with the page, to the backend's feedback file.
    popup.fill("#comment", "this is my own site")
    popup.click("#wrong")
    popup.wait_for_selector("#feedback-status:has-text('Thanks')")
    rows = [json.loads(x) for x in settings.feedback_path.read_text().splitlines()]
    assert len(rows) == 1
    assert rows[0]["url"] == farm_url and rows[0]["label"] == "original"
    assert rows[0]["comment"] == "this is my own site"
    assert rows[0]["tier"] == "likely-republisher" and "veryGood! (5)" in rows[0]["html"]
    popup.close()

    # A real outlet page: OK badge, "Likely original" in the popup, no link to an original.
    legit_url = f"{pages_base}/2019/11/18/wework-investigation/"
    tab.goto(legit_url)
    wait_for(lambda: any(r.url == legit_url for r in scorer.seen), "the legit page request")
    tab_id, entry = wait_for(lambda: stored_result(worker, legit_url), "the legit result")
    assert entry["result"]["tier"] == "likely-original"
    assert worker.evaluate("(tabId) => chrome.action.getBadgeText({ tabId })", tab_id) == "OK"
    popup = open_popup(context, tab_id)
    assert popup.text_content("#tier") == "Likely original"
    assert popup.is_hidden("#original")
    popup.screenshot(path=str(ARTIFACTS / "extension_popup_legit.png"))

    # The page server saw only the two page loads (plus assets it does not have).
    assert "GET /news/scams/glimmer-of-hope.html" in page_requests
    assert all(r.startswith("GET ") for r in page_requests)
