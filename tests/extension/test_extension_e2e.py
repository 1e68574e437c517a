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
from detector.sources.base import InputRecord

EXTENSION_DIR = PROJECT_ROOT / "extension"
EXTENSION_ID = "liegaafhkbieeojldiljminpdhfehmmb"  # pinned by the "key" in manifest.json
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
FARM_PAGE = PROJECT_ROOT / "tests" / "fixtures" / "farm_seed_page.html"
SEED = PROJECT_ROOT / "seeds" / "000_92ec4ba84c87f13f.txt"
# Where the story the seed copies was first published (the page the popup should link to).
AP_URL = "https://apnews.com/article/china-us-senators-fentanyl-schumer-xi-2023"
# A real outlet page (VentureBeat, 58 KB) from the shared research data, read in place.
LEGIT_COLLECTION = "html/article_extraction_benchmark.jsonl.gz"
LEGIT_ID = (
    "article_extraction_benchmark/06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85"
)

API_KEY = "e2e-key-0f3a"
RUNS = ("ui", "real")
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
    pages.update({f"{path}?run={run}": body for path, body in pages.items() for run in RUNS})
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


def configure(context: BrowserContext, backend: str, api_key: str) -> None:
    """Point the extension at `backend` through its options page."""
    options = context.new_page()
    options.goto(f"chrome-extension://{EXTENSION_ID}/options.html")
    options.fill("#backend", backend + "/")
    options.fill("#apiKey", api_key)
    options.click("#save")
    options.wait_for_selector("#status:has-text('Saved')")
    options.close()


def visit(
    context: BrowserContext, worker: Worker, seen: list[InputRecord], url: str
) -> tuple[Page, InputRecord, int, dict[str, Any], str]:
    """Open `url` in a tab: (tab, the record the backend got, tab id, stored entry, badge)."""
    tab = context.new_page()
    tab.goto(url)
    record = wait_for(lambda: next((r for r in seen if r.url == url), None), f"POST for {url}")
    tab_id, entry = wait_for(lambda: stored_result(worker, url), f"the result for {url}")
    badge = worker.evaluate("(tabId) => chrome.action.getBadgeText({ tabId })", tab_id)
    return tab, record, tab_id, entry, badge


@pytest.mark.slow
def test_extension_ui_end_to_end_with_a_scripted_backend(browser, backend, page_server) -> None:
    """Every UI element against a backend whose answers are known to the number."""
    context, worker = browser
    base, scorer, settings = backend
    pages_base, page_requests = page_server
    assert worker.url.startswith(f"chrome-extension://{EXTENSION_ID}/")
    ARTIFACTS.mkdir(exist_ok=True)

    options = context.new_page()
    options.goto(f"chrome-extension://{EXTENSION_ID}/options.html")
    # options.js fills the field from storage after load: wait for it rather than race it.
    options.wait_for_function("document.querySelector('#backend').value !== ''", timeout=15_000)
    assert options.input_value("#backend") == "http://127.0.0.1:8765"  # the default
    options.close()
    configure(context, base, API_KEY)

    # A farm page: the backend gets its HTML, the badge says FARM, the popup explains why.
    farm_url = f"{pages_base}/news/scams/glimmer-of-hope.html?run=ui"
    tab, record, tab_id, entry, badge = visit(context, worker, scorer.seen, farm_url)
    assert isinstance(record.content, str) and "veryGood! (5)" in record.content
    assert "BEIJING (AP)" in record.content
    assert entry["result"]["tier"] == "likely-republisher"
    assert badge == "FARM"
    popup = open_popup(context, tab_id)
    assert popup.text_content("#tier") == "Likely a republisher"
    assert popup.text_content("#score") == "score 93%"
    reasons = popup.locator("#reasons li")
    assert reasons.count() == 2
    assert "AP dateline, no credit" in (reasons.first.text_content() or "")
    assert popup.get_attribute("#match", "href") == "https://apnews.com/article/x"
    popup.screenshot(path=str(ARTIFACTS / "extension_popup_farm_scripted.png"))

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
    tab.close()

    # A real outlet page: OK badge, "Likely original" in the popup, no link to an original.
    legit_url = f"{pages_base}/2019/11/18/wework-investigation/?run=ui"
    tab, _, tab_id, entry, badge = visit(context, worker, scorer.seen, legit_url)
    assert entry["result"]["tier"] == "likely-original"
    assert badge == "OK"
    popup = open_popup(context, tab_id)
    assert popup.text_content("#tier") == "Likely original"
    assert popup.is_hidden("#original")
    popup.close()
    tab.close()

    # The page server saw only GETs of the two pages (and of assets it does not have).
    assert "GET /news/scams/glimmer-of-hope.html?run=ui" in page_requests
    assert all(r.startswith("GET ") for r in page_requests)


class Recording:
    """The real scorer, noting every record the service hands it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.version = inner.version
        self.seen: list[InputRecord] = []

    def score_record(self, record: InputRecord) -> Any:
        self.seen.append(record)
        return self.inner.score_record(record)

    def score_records(self, records: Any) -> Any:
        return (self.score_record(r) for r in records)


def seed_story() -> tuple[str, list[str]]:
    """The headline and paragraphs of the AP story the seed farm page copies."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return lines[1], [x for x in lines[4:19] if x.strip()]


@pytest.mark.slow
def test_extension_with_the_real_model_and_an_originals_index(
    browser, page_server, tmp_path: Path
) -> None:
    """The default model behind the service; the index holds the AP story the farm copies."""
    from detector.cli import main as cli
    from detector.scoring import Scorer

    context, worker = browser
    pages_base, _ = page_server
    app_settings = load_settings(feedback_path=tmp_path / "feedback.jsonl")
    assert app_settings.model_path.exists(), (
        f"no default model at {app_settings.model_path}: train one with "
        "`detector train --make-default` (or set DETECTOR_MODEL_PATH)"
    )
    title, paragraphs = seed_story()
    source = tmp_path / "originals.jsonl"
    original = {
        "id": "ap-senators-fentanyl",
        "url": AP_URL,
        "title": title,
        "text": "\n\n".join(paragraphs),
        "published": "2023-10-10",
        "site": "apnews.com",
    }
    source.write_text(json.dumps(original) + "\n", encoding="utf-8")
    index = tmp_path / "originals.idx"
    assert cli(["index", "build", str(source), "--index", str(index), "--no-progress"]) == 0
    scorer = Recording(Scorer.from_settings(app_settings, index_path=index))

    with serve_app(create_app(app_settings, scorer)) as base:
        configure(context, base, "")
        farm_url = f"{pages_base}/news/scams/glimmer-of-hope.html?run=real"
        tab, record, tab_id, entry, badge = visit(context, worker, scorer.seen, farm_url)
        assert "veryGood! (5)" in str(record.content)
        result = entry["result"]
        assert result["tier"] == "likely-republisher", result
        assert badge == "FARM"
        assert result["match"]["url"] == AP_URL
        popup = open_popup(context, tab_id)
        assert popup.text_content("#tier") == "Likely a republisher"
        assert popup.locator("#reasons li").count() >= 1
        assert popup.get_attribute("#match", "href") == AP_URL
        popup.screenshot(path=str(ARTIFACTS / "extension_popup_farm.png"))
        popup.close()
        tab.close()

        legit_url = f"{pages_base}/2019/11/18/wework-investigation/?run=real"
        tab, _, tab_id, entry, badge = visit(context, worker, scorer.seen, legit_url)
        assert entry["result"]["tier"] == "likely-original", entry["result"]
        assert badge == "OK"
        popup = open_popup(context, tab_id)
        assert popup.text_content("#tier") == "Likely original"
        popup.screenshot(path=str(ARTIFACTS / "extension_popup_legit.png"))
        popup.close()
        tab.close()
