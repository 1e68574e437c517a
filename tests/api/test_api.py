"""The scoring service through its real HTTP stack: uvicorn on loopback and an httpx client."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .conftest import FARM_HTML, LEGIT_HTML, Service
from .fakes import FakeScorer


def test_scores_a_farm_page_with_reasons_and_match(service: Service) -> None:
    r = service.client.post("/v1/score", json={"url": "http://farm.test/a1", "html": FARM_HTML})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["tier"] == "likely-republisher"
    assert body["score"] == pytest.approx(0.93)
    assert body["reasons"][0]["signal"] == "wire_v1__uncredited_wire"
    assert set(body["reasons"][0]) == {"signal", "value", "evidence", "weight"}
    assert body["match"]["url"] == "https://apnews.com/article/x"
    assert body["model"] == "fake-model-1"
    assert body["url"] == "http://farm.test/a1"
    assert body["elapsed_ms"] >= 0


def test_legit_page_and_text_input_reach_the_scorer_as_such(service: Service) -> None:
    r = service.client.post("/v1/score", json={"url": "http://gazette.test/b", "html": LEGIT_HTML})
    assert r.json()["tier"] == "likely-original"
    before = len(service.scorer.seen)
    r = service.client.post(
        "/v1/score", json={"url": "http://x.test/t", "text": "Title\nBEIJING (AP) — words"}
    )
    assert r.status_code == 200
    record = service.scorer.seen[before]
    assert record.content_type is not None and record.content_type.startswith("text/plain")
    assert record.url == "http://x.test/t"
    assert record.fetched is not None


def test_lone_surrogates_in_the_page_do_not_break_the_answer(service: Service) -> None:
    body = r'{"url": "http://a.test/s", "html": "<p>BEIJING (AP) \u2014 x \ud800 y</p>"}'
    r = service.client.post(
        "/v1/score", content=body.encode(), headers={"content-type": "application/json"}
    )
    assert r.status_code == 200, r.text
    assert service.scorer.seen[-1].content == "<p>BEIJING (AP) — x ? y</p>"


def test_same_content_is_answered_from_the_cache(service: Service) -> None:
    page = {"url": "http://farm.test/cache", "html": FARM_HTML + "<!-- cache -->"}
    first = service.client.post("/v1/score", json=page).json()
    calls = len(service.scorer.seen)
    second = service.client.post("/v1/score", json=page).json()
    assert first["cached"] is False and second["cached"] is True
    assert len(service.scorer.seen) == calls  # not scored again
    assert second["score"] == first["score"]
    other = service.client.post("/v1/score", json={**page, "url": "http://farm.test/other"})
    assert other.json()["cached"] is False  # the URL is part of the key


def test_cache_size_zero_disables_it(make_service) -> None:
    with make_service(serve_cache_size=0) as svc:
        page = {"url": "http://farm.test/a", "html": FARM_HTML}
        svc.client.post("/v1/score", json=page)
        assert svc.client.post("/v1/score", json=page).json()["cached"] is False
        assert len(svc.scorer.seen) == 2


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"html": "<p>x</p>"}, "url"),
        ({"url": "", "html": "<p>x</p>"}, "url"),
        ({"url": 5, "html": "<p>x</p>"}, "url"),
        ({"url": "http://a.test/", "html": ["<p>"]}, "html"),
        ({"url": "http://a.test/", "html": "<p>x</p>", "colour": "red"}, "colour"),
        ({"url": "http://a.test/", "html": "<p>x</p>", "fetched": "yesterday"}, "fetched"),
        ({"url": "ftp://a.test/", "html": "<p>x</p>"}, "url"),
        ({"url": "http://[B9D376758Ae6Fd]/"}, "url"),  # found by schemathesis: was a 500
        ({"url": "http://a.test:70000/"}, "url"),
        ([1, 2, 3], "body"),
    ],
)
def test_malformed_requests_get_422_naming_the_field(service: Service, body, where) -> None:
    r = service.client.post("/v1/score", json=body)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["kind"] == "invalid_request"
    assert any(where in d["loc"] for d in err["detail"])
    assert "<p>" not in r.text  # the input is never echoed back


def test_html_wins_over_text_when_both_are_sent(service: Service) -> None:
    r = service.client.post(
        "/v1/score", json={"url": "http://a.test/both", "html": "<p>html</p>", "text": "t"}
    )
    assert r.status_code == 200
    assert service.scorer.seen[-1].content == "<p>html</p>"
    assert service.scorer.seen[-1].content_type == "text/html"


def test_body_that_is_not_json_gets_400(service: Service) -> None:
    r = service.client.post(
        "/v1/score", content=b'{"url": "http://a', headers={"content-type": "application/json"}
    )
    assert r.status_code == 400
    assert r.json()["error"]["kind"] == "bad_json"


def test_non_json_content_type_gets_a_clear_422(service: Service) -> None:
    r = service.client.post("/v1/score", content=b"url=x", headers={"content-type": "text/plain"})
    assert r.status_code == 422
    assert "JSON object" in r.json()["error"]["message"]


def test_body_over_the_cap_gets_413_declared_or_streamed(make_service) -> None:
    with make_service(serve_max_body_bytes=2000) as svc:
        big = {"url": "http://a.test/", "html": "<p>" + "x" * 5000 + "</p>"}
        r = svc.client.post("/v1/score", json=big)
        assert r.status_code == 413
        assert r.json()["error"]["kind"] == "too_large"

        def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
            yield b'{"url": "http://a.test/", "html": "'
            for _ in range(10):
                yield b"y" * 500
            yield b'"}'

        r = svc.client.post(
            "/v1/score", content=chunks(), headers={"content-type": "application/json"}
        )
        assert r.status_code == 413
        assert svc.scorer.seen == []
        ok = svc.client.post("/v1/score", json={"url": "http://a.test/", "html": FARM_HTML})
        assert ok.status_code == 200  # the server is fine afterwards


def test_unscorable_page_gets_422_with_the_scorer_reason(service: Service) -> None:
    r = service.client.post("/v1/score", json={"url": "http://a.test/", "html": "NOT-A-PAGE"})
    assert r.status_code == 422
    assert r.json()["error"]["kind"] == "not_a_page"


def test_broken_model_is_a_503_not_blamed_on_the_input(service: Service) -> None:
    r = service.client.post("/v1/score", json={"url": "http://a.test/", "html": "MODEL-BROKEN"})
    assert r.status_code == 503
    assert r.json()["error"]["kind"] == "model"


def test_slow_page_hits_the_time_cap_with_504(make_service) -> None:
    with make_service(FakeScorer(delay=1.0), serve_page_timeout=0.2) as svc:
        r = svc.client.post("/v1/score", json={"url": "http://a.test/", "html": FARM_HTML})
        assert r.status_code == 504
        assert r.json()["error"]["kind"] == "timeout"
        assert svc.client.get("/v1/health").status_code == 200  # the server still answers


def test_time_cap_counts_scoring_not_waiting_for_a_thread(make_service) -> None:
    # 4 scoring threads, 12 pages of 0.15 s each: the last ones wait ~0.3 s for a thread, so
    # they finish ~0.45 s after the batch arrived, past the 0.4 s cap, yet none took 0.4 s.
    with make_service(FakeScorer(delay=0.15), serve_page_timeout=0.4) as svc:
        pages = [{"url": f"http://a.test/{i}", "html": FARM_HTML} for i in range(12)]
        r = svc.client.post("/v1/score/batch", json={"pages": pages})
        assert r.status_code == 200
        assert [x["status"] for x in r.json()["results"]] == [200] * 12
        assert r.json()["elapsed_ms"] >= 400


def test_batch_scores_each_page_and_reports_errors_in_place(service: Service) -> None:
    pages = [
        {"url": "http://farm.test/1", "html": FARM_HTML},
        {"url": "http://bad.test/2", "html": "NOT-A-PAGE"},
        {"url": "http://gazette.test/3", "html": LEGIT_HTML},
        {"url": "http://both.test/4", "html": "MODEL-BROKEN"},
    ]
    r = service.client.post("/v1/score/batch", json={"pages": pages})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["index"] for x in results] == [0, 1, 2, 3]
    assert [x["status"] for x in results] == [200, 422, 200, 503]
    assert results[0]["tier"] == "likely-republisher"
    assert results[1]["error"]["kind"] == "not_a_page"
    assert results[2]["tier"] == "likely-original"
    assert [x["url"] for x in results] == [p["url"] for p in pages]


def test_batch_size_is_capped(make_service) -> None:
    with make_service(serve_max_batch=3) as svc:
        page = {"url": "http://a.test/", "html": FARM_HTML}
        r = svc.client.post("/v1/score/batch", json={"pages": [page] * 4})
        assert r.status_code == 422
        assert "pages" in r.json()["error"]["message"]
        assert svc.client.post("/v1/score/batch", json={"pages": []}).status_code == 422
        assert svc.client.post("/v1/score/batch", json={"pages": [page] * 3}).status_code == 200
        schema = svc.client.get("/openapi.json").json()["components"]["schemas"]
        assert schema["BatchRequest"]["properties"]["pages"]["maxItems"] == 3


def test_feedback_is_appended_durably_as_jsonl_that_train_extra_reads(make_service) -> None:
    from detector.training import load_extra

    with make_service() as svc:
        a = svc.client.post(
            "/v1/feedback",
            json={
                "url": "http://gazette.test/b",
                "label": "original",
                "comment": "my paper",
                "tier": "likely-republisher",
                "score": 0.91,
                "html": LEGIT_HTML,
            },
        )
        b = svc.client.post(
            "/v1/feedback",
            json={"url": "http://farm.test/a", "label": "republisher", "html": FARM_HTML},
        )
        c = svc.client.post(
            "/v1/feedback", json={"url": "http://farm.test/c", "label": "republisher"}
        )
        assert [r.status_code for r in (a, b, c)] == [200, 200, 200]
        assert a.json()["stored"] is True and a.json()["id"] != b.json()["id"]
        assert [r.json()["trainable"] for r in (a, b, c)] == [True, True, False]
        path = svc.settings.feedback_path
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert [r["label"] for r in rows] == ["original", "republisher"]
        assert rows[0]["url"] == "http://gazette.test/b" and rows[0]["comment"] == "my paper"
        assert rows[0]["score"] == 0.91 and "received" in rows[0]
        assert rows[1]["html"] == FARM_HTML
        # The verdict without a page is kept beside it, out of the training file.
        urls = path.with_name("feedback.urls.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(x)["url"] for x in urls] == ["http://farm.test/c"]
        extra_rows, extra_pages = load_extra(path)  # what `detector train --extra` reads
        assert [row.label for row in extra_rows] == [0, 1]
        assert len(extra_pages) == 2


@pytest.mark.parametrize(
    "body",
    [
        {"url": "http://a.test/", "label": "spam"},
        {"url": "http://a.test/"},
        {"label": "original"},
        {"url": "http://a.test/", "label": "original", "score": 3},
    ],
)
def test_bad_feedback_gets_422_and_is_not_stored(make_service, body) -> None:
    with make_service() as svc:
        r = svc.client.post("/v1/feedback", json=body)
        assert r.status_code == 422
        assert not svc.settings.feedback_path.exists()


def test_health_and_version_report_model_and_index(service: Service) -> None:
    h = service.client.get("/v1/health").json()
    assert h["status"] == "ok"
    assert h["model"] == "fake-model-1" and h["index"] == "fake-index-7"
    v = service.client.get("/v1/version").json()
    assert v["api"] == "v1" and v["model"] == "fake-model-1" and v["detector"]


def test_unknown_route_and_wrong_method_are_json_errors(service: Service) -> None:
    r = service.client.get("/v2/nothing")
    assert r.status_code == 404 and r.json()["error"]["kind"] == "not_found"
    r = service.client.get("/v1/score")
    assert r.status_code == 405 and r.json()["error"]["kind"] == "method_not_allowed"


def test_api_keys_guard_scoring_but_not_health(make_service) -> None:
    with make_service(serve_api_keys=("k-one", "k-two")) as svc:
        page = {"url": "http://a.test/", "html": FARM_HTML}
        r = svc.client.post("/v1/score", json=page)
        assert r.status_code == 401 and r.json()["error"]["kind"] == "unauthorized"
        r = svc.client.post("/v1/score", json=page, headers={"X-API-Key": "wrong"})
        assert r.status_code == 401
        r = svc.client.post("/v1/score", json=page, headers={"X-API-Key": "k-\u00e9".encode()})
        assert r.status_code == 401  # a non-ASCII key is refused, not a 500
        r = svc.client.post("/v1/feedback", json={"url": "http://a.test/", "label": "original"})
        assert r.status_code == 401
        assert svc.scorer.seen == []
        r = svc.client.post("/v1/score", json=page, headers={"X-API-Key": "k-two"})
        assert r.status_code == 200
        assert svc.client.get("/v1/health").status_code == 200


def test_cors_answers_only_configured_origins(make_service) -> None:
    ext = "chrome-extension://liegaafhkbieeojldiljminpdhfehmmb"
    with make_service(serve_cors_origins=(ext,)) as svc:
        pre = {
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,x-api-key",
        }
        ok = svc.client.options("/v1/score", headers={"Origin": ext, **pre})
        assert ok.status_code == 200
        assert ok.headers["access-control-allow-origin"] == ext
        assert "x-api-key" in ok.headers["access-control-allow-headers"].lower()
        bad = svc.client.options("/v1/score", headers={"Origin": "https://evil.test", **pre})
        assert "access-control-allow-origin" not in bad.headers
        r = svc.client.post(
            "/v1/score",
            json={"url": "http://a.test/", "html": FARM_HTML},
            headers={"Origin": "https://evil.test"},
        )
        assert "access-control-allow-origin" not in r.headers


def test_access_log_is_structured_and_has_no_page_content(
    service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    secret_url = "http://farm.test/very-private-path"
    with caplog.at_level(logging.INFO, logger="detector.access"):
        service.client.post("/v1/score", json={"url": secret_url, "html": FARM_HTML + "SECRET"})
        service.client.post("/v1/score", json={"url": secret_url, "html": "<p"}, headers={})
    lines = [r.getMessage() for r in caplog.records if r.name == "detector.access"]
    assert len(lines) >= 2
    entries = [json.loads(line) for line in lines]
    assert entries[0]["path"] == "/v1/score" and entries[0]["status"] == 200
    assert entries[0]["bytes_in"] > len(FARM_HTML)
    for line in lines:
        assert "SECRET" not in line and "very-private-path" not in line and "BEIJING" not in line


# --- URL-only requests: fetched by the server, SSRF-guarded ---------------------------------


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/farm":
            body = FARM_HTML.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def page_server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("url", "status", "kind"),
    [
        ("http://127.0.0.1:9/", 403, "ssrf_refused"),
        ("http://localhost/admin", 403, "ssrf_refused"),
        ("http://169.254.169.254/latest/meta-data/", 403, "ssrf_refused"),
        ("http://[::1]:8080/", 403, "ssrf_refused"),
        ("http://10.0.0.8/", 403, "ssrf_refused"),
        ("http://metadata.google.internal/computeMetadata/v1/", 403, "ssrf_refused"),
        ("file:///etc/passwd", 422, "invalid_request"),
        ("gopher://example.com/", 422, "invalid_request"),
    ],
)
def test_url_only_requests_refuse_internal_targets(service: Service, url, status, kind) -> None:
    before = len(service.scorer.seen)
    r = service.client.post("/v1/score", json={"url": url})
    assert r.status_code == status, r.text
    assert r.json()["error"]["kind"] == kind
    assert len(service.scorer.seen) == before


def test_url_only_fetches_an_allowlisted_host_but_not_a_redirect_out(
    make_service, page_server: str
) -> None:
    with make_service(serve_fetch_allowlist=("127.0.0.1/32",), respect_robots=False) as svc:
        r = svc.client.post("/v1/score", json={"url": f"{page_server}/farm"})
        assert r.status_code == 200, r.text
        assert r.json()["tier"] == "likely-republisher"
        assert svc.scorer.seen[-1].content == FARM_HTML.encode()
        r = svc.client.post("/v1/score", json={"url": f"{page_server}/to-metadata"})
        assert r.status_code == 403
        assert r.json()["error"]["kind"] == "ssrf_refused"
        r = svc.client.post("/v1/score", json={"url": f"{page_server}/missing"})
        assert r.status_code == 502
        assert r.json()["error"]["kind"] == "http_status"
