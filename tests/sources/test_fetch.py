"""The async fetcher against a real local HTTP server: every URL gets exactly one record."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from datetime import UTC

import httpx
import pytest

from detector.errors import FetchError
from detector.sources.base import InputRecord
from detector.sources.fetch import (
    BoundedBody,
    Fetcher,
    FetchOptions,
    iter_fetched,
    parse_retry_after,
)

from .httpserver import LATIN1_PAGE, PageServer

# Short limits so that nothing in these tests waits long.
OPTS = FetchOptions(
    connect_timeout=1.0,
    read_timeout=0.8,
    total_timeout=1.5,
    retries=1,
    backoff_base=0.05,
    backoff_max=2.0,
    max_bytes=1_000_000,
    concurrency=8,
    per_host=8,
)


def fetch_all(urls: list[str], opts: FetchOptions = OPTS) -> dict[str, InputRecord]:
    records = list(iter_fetched([(u, u) for u in urls], opts))
    assert sorted(r.id for r in records) == sorted(urls), "every URL must get exactly one record"
    return {r.id: r for r in records}


def kind(rec: InputRecord) -> str | None:
    return rec.error.kind if rec.error else None


def test_every_endpoint_gets_its_row_with_the_right_kind(page_server: PageServer) -> None:
    b = page_server.base
    dead = f"http://127.0.0.1:{_closed_port()}/"
    expected = {
        f"{b}/page/0": None,
        f"{b}/page/3": None,
        f"{b}/hop": None,
        f"{b}/flaky?k=a": None,
        f"{b}/slow": "timeout",
        f"{b}/trickle": "timeout",
        f"{b}/endless": "too_large",
        f"{b}/bomb": "too_large",
        f"{b}/err500": "http_status",
        f"{b}/r429long": "http_status",
        f"{b}/loop": "redirects",
        f"{b}/png": "not_html",
        f"{b}/private/story.html": "robots",
        f"{b}/missing": "http_status",
        "ftp://example.com/file": "bad_url",
        "not a url": "bad_url",
        "http://[bracketed-host/x": "bad_url",
        dead: "connect",
    }
    start = time.monotonic()
    got = fetch_all(list(expected))
    assert {u: kind(r) for u, r in got.items()} == expected
    # The slow endpoints (5 s and endless) were cut by the short limits: nothing hung.
    assert time.monotonic() - start < 12
    page = got[f"{b}/page/0"]
    assert isinstance(page.content, bytes) and b"<" in page.content
    assert page.content.decode() == page_server.pages[0][1]
    assert page.content_type == "text/html; charset=utf-8"
    assert page.fetched is not None and page.elapsed is not None
    assert got[f"{b}/hop"].url == f"{b}/page/0"  # the final URL after the redirect
    assert "3600" in str(got[f"{b}/r429long"].error)


def test_retry_after_is_honoured(page_server: PageServer) -> None:
    url = f"{page_server.base}/r429?k=retry-after"
    start = time.monotonic()
    rec = fetch_all([url])[url]
    assert rec.error is None
    assert rec.content == page_server.pages[2][1].encode()
    assert time.monotonic() - start >= 0.95  # waited the server's Retry-After: 1
    assert page_server.hits["/r429?retry-after"] == 2


def test_no_retries_means_5xx_fails_at_once(page_server: PageServer) -> None:
    url = f"{page_server.base}/flaky?k=no-retry"
    rec = fetch_all([url], replace(OPTS, retries=0))[url]
    assert kind(rec) == "http_status" and "503" in str(rec.error)


def test_robots_can_be_turned_off(page_server: PageServer) -> None:
    url = f"{page_server.base}/private/story.html"
    rec = fetch_all([url], replace(OPTS, respect_robots=False))[url]
    assert rec.error is None and rec.content


def test_charset_is_passed_through_not_guessed_here(page_server: PageServer) -> None:
    b = page_server.base
    got = fetch_all([f"{b}/wrongcharset", f"{b}/latin1"])
    for path in ("wrongcharset", "latin1"):
        rec = got[f"{b}/{path}"]
        assert rec.error is None
        assert rec.content == LATIN1_PAGE  # raw bytes: parse_page decides with the header
    assert got[f"{b}/latin1"].content_type == "text/html; charset=windows-1252"
    # The fetched bytes and header, parsed: the right charset decodes, a wrong one is flagged.
    from detector.page import parse_page

    right = got[f"{b}/latin1"]
    page = parse_page(right.content or b"", url=right.url, content_type=right.content_type)
    assert page.headline == "Caf\u00e9 cr\u00e8me \u00e0 Z\u00fcrich"
    wrong = got[f"{b}/wrongcharset"]
    page = parse_page(wrong.content or b"", url=wrong.url, content_type=wrong.content_type)
    assert any("charset" in w for w in page.warnings)


def test_per_host_limit_is_respected(page_server: PageServer) -> None:
    """With per_host=1 two 1 s-answers to the same host cannot overlap."""
    b = page_server.base
    opts = replace(OPTS, per_host=1, retries=0, total_timeout=0.6)
    start = time.monotonic()
    got = fetch_all([f"{b}/slow?k=1", f"{b}/slow?k=2"], opts)
    assert all(kind(r) == "timeout" for r in got.values())
    assert time.monotonic() - start >= 1.15  # one after the other, not together


def test_dns_failures_are_named_and_not_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url)
        raise httpx.ConnectError("[Errno -2] Name or service not known")

    async def go() -> InputRecord:
        opts = replace(OPTS, respect_robots=False, retries=3)
        async with Fetcher(opts, transport=httpx.MockTransport(handler)) as f:
            return await f.fetch("http://no-such-host.invalid/")

    rec = asyncio.run(go())
    assert kind(rec) == "dns"
    assert len(calls) == 1


def test_bounded_body_stops_a_bomb_without_inflating_it() -> None:
    import gzip

    body = BoundedBody("gzip", cap=1000)
    with pytest.raises(FetchError) as err:
        body.feed(gzip.compress(b"a" * 10_000_000))
    assert err.value.kind == "too_large"
    assert len(body.out) <= 1001


def test_parse_retry_after_forms() -> None:
    from datetime import datetime

    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Thu, 01 Jan 2026 00:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_user_agent_is_configurable(page_server: PageServer) -> None:
    url = f"{page_server.base}/page/5"
    rec = fetch_all([url], replace(OPTS, user_agent="trust-and-safety-audit/2.0"))[url]
    assert rec.error is None
    assert page_server.agents["/page/5"] == "trust-and-safety-audit/2.0"
    assert page_server.agents["/robots.txt"] == "trust-and-safety-audit/2.0"
