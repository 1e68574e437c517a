"""The SSRF guard: which addresses are refused, the allowlist, and the pinning transport."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Sequence

import httpx
import pytest

from detector.errors import FetchError
from detector.ssrf import Allowlist, GuardedTransport, SSRFError, check_url, refusal_reason


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("fd00:ec2::254", "cloud metadata"),
        ("100.100.100.200", "cloud metadata"),
        ("100.64.0.1", "private"),
        ("0.0.0.0", "private"),
        ("224.0.0.1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "cloud metadata"),
    ],
)
def test_internal_addresses_are_refused(address: str, reason: str) -> None:
    got = refusal_reason(ipaddress.ip_address(address))
    assert got is not None
    if reason not in {"private"}:  # Python files some ranges under several flags
        assert got == reason


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "1.1.1.1"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


def _resolver(table: dict[str, Sequence[str]]):
    async def resolve(host: str, port: int) -> Sequence[str]:
        return table.get(host, [])

    return resolve


def test_check_url_refuses_a_name_with_any_internal_address() -> None:
    resolver = _resolver({"mixed.test": ["93.184.215.14", "10.0.0.5"], "pub.test": ["8.8.8.8"]})
    allow = Allowlist.parse([])
    with pytest.raises(SSRFError) as exc:
        asyncio.run(check_url("http://mixed.test/x", allow, resolver))
    assert exc.value.kind == "ssrf_refused" and "10.0.0.5" in str(exc.value)
    assert isinstance(exc.value, FetchError)
    assert asyncio.run(check_url("https://pub.test/", allow, resolver)) == ["8.8.8.8"]
    with pytest.raises(SSRFError) as exc:
        asyncio.run(check_url("http://nowhere.test/", allow, resolver))
    assert exc.value.kind == "dns"


def test_allowlist_takes_hosts_and_networks() -> None:
    allow = Allowlist.parse(["Intranet.Example.", "10.1.0.0/16", " ", "127.0.0.1"])
    assert allow.allows_host("intranet.example")
    assert allow.allows_address(ipaddress.ip_address("10.1.200.3"))
    assert not allow.allows_address(ipaddress.ip_address("10.2.0.1"))
    assert allow.allows_address(ipaddress.ip_address("127.0.0.1"))
    resolver = _resolver({"intranet.example": ["10.9.9.9"], "box.test": ["10.1.0.7"]})
    assert asyncio.run(check_url("http://intranet.example/", allow, resolver)) == []
    assert asyncio.run(check_url("http://box.test/", allow, resolver)) == ["10.1.0.7"]
    with pytest.raises(SSRFError):
        asyncio.run(check_url("http://10.2.0.1/", allow, resolver))


@pytest.mark.parametrize(
    "url", ["ftp://a.test/", "file:///etc/passwd", "http:///nohost", "http://a.test:99999/"]
)
def test_malformed_or_non_http_urls_are_bad_url(url: str) -> None:
    with pytest.raises(SSRFError) as exc:
        asyncio.run(check_url(url, Allowlist.parse([]), _resolver({})))
    assert exc.value.kind == "bad_url"


def test_transport_pins_the_checked_address_and_keeps_host_and_sni() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="ok")

    transport = GuardedTransport(
        Allowlist.parse([]),
        resolver=_resolver({"news.test": ["93.184.215.14"], "evil.test": ["127.0.0.1"]}),
        inner=httpx.MockTransport(handler),
    )

    async def go() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            r = await client.get("https://news.test:8443/story?id=1")
            assert r.status_code == 200
            with pytest.raises(SSRFError):
                await client.get("http://evil.test/")

    asyncio.run(go())
    assert len(seen) == 1
    sent = seen[0]
    assert sent.url.host == "93.184.215.14" and sent.url.port == 8443
    assert sent.url.path == "/story" and sent.url.query == b"id=1"
    assert sent.headers["host"] == "news.test:8443"
    assert sent.extensions["sni_hostname"] == "news.test"
