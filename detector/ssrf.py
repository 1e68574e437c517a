"""Server-side request forgery guard for URLs the HTTP service fetches on a caller's behalf.

A caller of `POST /v1/score` may send only a URL; the service then fetches it. Without a guard
that turns the service into a proxy onto the machine's own network: loopback admin ports,
private LAN hosts, link-local addresses and the cloud metadata endpoints (169.254.169.254 and
friends, which hand out credentials). `check_url` refuses URLs whose host resolves to any such
address, unless the host or address is listed in `settings.serve_fetch_allowlist`.

Allowlist entries are host names (`example.test`, matched exactly, case-insensitive) or IP
networks in CIDR form (`10.1.2.0/24`, `127.0.0.1/32`).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from detector.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]

# Cloud metadata services (AWS, GCP, Azure, Oracle, Alibaba, AWS IPv6). Most are link-local
# anyway; 100.100.100.200 (Alibaba) sits in shared address space and fd00:ec2::254 in ULA space,
# so they are listed explicitly too.
METADATA_ADDRESSES: frozenset[IPAddress] = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "instance-data"})
ALLOWED_SCHEMES = frozenset({"http", "https"})


class SSRFError(FetchError):
    """A URL the service was asked to fetch points at a refused target: fix the request.

    A `FetchError`, so the batch fetcher reports it as an error record with this `kind`.
    """

    def __init__(self, message: str, *, kind: str = "ssrf_refused") -> None:
        super().__init__(message, kind=kind, retryable=False)

    kind = "ssrf_refused"


@dataclass(frozen=True, slots=True)
class Allowlist:
    """Hosts and networks the guard lets through although they are internal."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> Allowlist:
        """Split settings entries into host names and CIDR networks."""
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = raw.strip().lower()
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                hosts.add(entry.rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    def allows_host(self, host: str) -> bool:
        """Whether this host name is allowlisted."""
        return host.lower().rstrip(".") in self.hosts

    def allows_address(self, address: IPAddress) -> bool:
        """Whether this address falls in an allowlisted network."""
        return any(address in net for net in self.networks if net.version == address.version)


def refusal_reason(address: IPAddress) -> str | None:
    """Why an address is refused as a fetch target, or None when it is a public address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return refusal_reason(address.ipv4_mapped)
    if address in METADATA_ADDRESSES:
        return "cloud metadata"
    checks = (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("private", address.is_private),
        ("unspecified", address.is_unspecified),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("shared address space", address in ipaddress.ip_network("100.64.0.0/10")),
    )
    for name, hit in checks:
        if hit:
            return name
    if not address.is_global:
        return "not globally routable"
    return None


async def system_resolver(host: str, port: int) -> list[str]:
    """Resolve a host with the system resolver (all address families)."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise SSRFError(f"cannot resolve host {host!r}: {exc.strerror}", kind="dns") from exc
    return sorted({str(info[4][0]) for info in infos})


async def check_url(
    url: str, allowlist: Allowlist, resolver: Resolver = system_resolver
) -> list[str]:
    """Refuse a URL whose host is internal; return the addresses it resolves to.

    Every address the host resolves to must be public (a host with one public and one private
    address is refused), unless the host name or the address is allowlisted.

    Raises:
        SSRFError: the scheme is not http(s), the URL has no host, the host cannot be resolved
            (kind "dns"), or it resolves to a refused address (kind "ssrf_refused").
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise SSRFError(f"not a valid URL: {url!r} ({exc})", kind="bad_url") from exc
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise SSRFError(
            f"only http and https URLs can be fetched, not {parts.scheme!r}", kind="bad_url"
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise SSRFError(f"URL has no host: {url!r}", kind="bad_url")
    if allowlist.allows_host(host):
        return []
    if host.lower() in METADATA_HOSTS:
        raise SSRFError(f"refused to fetch {host}: cloud metadata host")
    if port is None:
        port = 443 if parts.scheme.lower() == "https" else 80
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in await resolver(host, port)]
    if not addresses:
        raise SSRFError(f"host {host!r} resolves to no address", kind="dns")
    for address in addresses:
        reason = refusal_reason(address)
        if reason and not allowlist.allows_address(address):
            raise SSRFError(f"refused to fetch {host}: it resolves to {address} ({reason})")
    return [str(a) for a in addresses]


class GuardedTransport(httpx.AsyncBaseTransport):
    """An httpx transport that checks every request (redirects, robots.txt) with `check_url`.

    The connection goes to the address that was checked, with the Host header and TLS SNI
    keeping the name, so a DNS answer that changes between the check and the connection (DNS
    rebinding) cannot reach an internal host. Plug it into the batch fetcher:
    `Fetcher(options, transport=GuardedTransport(allowlist))`.
    """

    def __init__(
        self,
        allowlist: Allowlist,
        *,
        resolver: Resolver = system_resolver,
        inner: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.allowlist = allowlist
        self.resolver = resolver
        self.inner = inner or httpx.AsyncHTTPTransport(trust_env=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Check the target, pin the connection to the checked address, then send."""
        addresses = await check_url(str(request.url), self.allowlist, self.resolver)
        if addresses:
            host = request.url.host
            request.url = request.url.copy_with(host=addresses[0])
            if request.url.scheme == "https":
                request.extensions = {**request.extensions, "sni_hostname": host}
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.inner.aclose()
