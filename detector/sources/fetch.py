"""An async HTTP fetcher for URL lists: every URL yields exactly one `InputRecord`.

Limits: a global concurrency (the number of worker tasks), a per-host limit, connect/read timeouts
per request and a total timeout per attempt, retries with exponential backoff on 5xx, 429,
timeouts and refused connections (a `Retry-After` header is honoured up to `backoff_max`), a
redirect cap, a response size cap enforced while streaming (on the *decoded* bytes, so a gzip
bomb stops at the cap), a content-type check, and robots.txt (RFC 9309) unless turned off.

A URL that cannot be fetched yields an error record whose `kind` says why: `bad_url`, `dns`,
`connect`, `tls`, `timeout`, `http_status`, `too_large`, `not_html`, `encoding`, `robots`,
`redirects` or `fetch` (anything else).
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import random
import threading
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from detector.config import Settings
from detector.errors import FetchError
from detector.sources.base import InputRecord

# Content types parsed as pages; a missing header is accepted and left to parse_page to judge.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
REDIRECT_CODES = (301, 302, 303, 307, 308)
ROBOTS_MAX_BYTES = 512_000  # RFC 9309 asks crawlers to read at least 500 KiB of robots.txt
_DNS_HINTS = ("name or service not known", "name resolution", "nodename nor servname",
              "no address associated", "getaddrinfo")  # fmt: skip


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Fetcher limits; `from_settings` takes them from `Settings` (fetch_* fields)."""

    user_agent: str = "detector/0.1 (+https://example.invalid/detector)"
    concurrency: int = 32
    per_host: int = 4
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 45.0  # per attempt, including reading the body
    retries: int = 3
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    respect_robots: bool = True
    backoff_base: float = 0.5  # first wait between retries, doubled each time, with jitter
    backoff_max: float = 30.0  # longest wait; a longer Retry-After fails the URL at once

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> FetchOptions:
        """Options from the `fetch_*` settings, with keyword overrides (None is ignored)."""
        opts = cls(
            user_agent=settings.user_agent,
            concurrency=settings.fetch_concurrency,
            per_host=settings.fetch_per_host,
            connect_timeout=settings.fetch_connect_timeout,
            read_timeout=settings.fetch_read_timeout,
            total_timeout=settings.fetch_total_timeout,
            retries=settings.fetch_retries,
            max_redirects=settings.fetch_max_redirects,
            max_bytes=settings.fetch_max_bytes,
            respect_robots=settings.respect_robots,
        )
        return replace(opts, **{k: v for k, v in overrides.items() if v is not None})


class _Retry(FetchError):
    """A retryable failure, with the server's Retry-After (seconds) when it sent one."""

    def __init__(self, message: str, *, kind: str, retry_after: float | None = None) -> None:
        super().__init__(message, kind=kind, retryable=True)
        self.retry_after = retry_after


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class BoundedBody:
    """Collects a streamed body, decoding gzip/deflate itself so the cap applies to decoded bytes."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.cap = cap
        self.out = bytearray()
        enc = encoding.strip().lower()
        self._d: Any = None
        if enc in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._d = zlib.decompressobj()
        elif enc not in ("", "identity"):
            raise FetchError(f"unsupported Content-Encoding {encoding!r}", kind="encoding")

    def feed(self, chunk: bytes) -> None:
        if self._d is None:
            self.out += chunk
            self._check()
            return
        buf = chunk
        try:
            while buf:
                # max_length bounds the output of a single call: a bomb never inflates in memory.
                self.out += self._d.decompress(buf, self.cap - len(self.out) + 1)
                self._check()
                buf = self._d.unconsumed_tail
        except zlib.error as exc:
            raise FetchError(f"corrupt compressed body: {exc}", kind="encoding") from exc

    def _check(self) -> None:
        if len(self.out) > self.cap:
            raise FetchError(f"body larger than {self.cap} bytes", kind="too_large")


def _classify_connect_error(exc: Exception) -> str:
    text = str(exc).lower()
    cause = exc.__cause__ or exc.__context__
    if any(h in text for h in _DNS_HINTS) or "[errno -" in text:
        return "dns"
    if cause is not None and type(cause).__name__ == "gaierror":
        return "dns"
    if "ssl" in text or "certificate" in text:
        return "tls"
    return "connect"


class Fetcher:
    """Fetch pages over HTTP(S) within limits. Use as `async with Fetcher(opts) as f:`."""

    def __init__(
        self,
        options: FetchOptions,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        today: Callable[[], date] | None = None,
        robots_cache: dict[str, RobotFileParser | None] | None = None,
    ) -> None:
        """`robots_cache` (origin -> rules) may be shared by fetchers of one process, so that
        many small fetch jobs (Dask tasks) read each robots.txt once."""
        self.options = options
        self._robots_cache = robots_cache if robots_cache is not None else {}
        self._transport = transport
        self._today = today or (lambda: datetime.now(UTC).date())
        self._client: httpx.AsyncClient | None = None
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._robots: dict[str, asyncio.Future[RobotFileParser | None]] = {}

    async def __aenter__(self) -> Fetcher:
        o = self.options
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(
                connect=o.connect_timeout, read=o.read_timeout, write=o.read_timeout, pool=None
            ),
            follow_redirects=False,
            headers={
                "User-Agent": o.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1",
                "Accept-Encoding": "gzip, deflate",
            },
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=o.concurrency),
            transport=self._transport,
            trust_env=False,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    @property
    def client(self) -> httpx.AsyncClient:
        """The open HTTP client (inside `async with`)."""
        if self._client is None:
            raise RuntimeError("Fetcher used outside 'async with'")
        return self._client

    async def fetch(self, url: str, rid: str | None = None) -> InputRecord:
        """Fetch one URL; never raises for a bad URL or server: returns an error record."""
        rid = rid or url
        start = time.monotonic()
        try:
            parts = urlsplit(url)
            host = parts.hostname  # raises for a malformed bracketed host such as "http://[x"
        except ValueError as exc:
            err = FetchError(f"malformed URL {url!r}: {exc}", kind="bad_url")
            return InputRecord(id=rid, input=url, url=url, error=err, elapsed=0.0)
        if parts.scheme not in ("http", "https") or not host:
            err = FetchError(f"not an http(s) URL: {url!r}", kind="bad_url")
            return InputRecord(id=rid, input=url, url=url, error=err, elapsed=0.0)
        sem = self._hosts.setdefault(host, asyncio.Semaphore(self.options.per_host))
        async with sem:
            try:
                final, content, ctype = await self._with_retries(url)
            except FetchError as exc:
                return InputRecord(
                    id=rid, input=url, url=url, error=_plain(exc), elapsed=time.monotonic() - start
                )
            except Exception as exc:  # never lose the row, whatever went wrong
                err = FetchError(f"{type(exc).__name__}: {exc}", kind="fetch")
                return InputRecord(
                    id=rid, input=url, url=url, error=err, elapsed=time.monotonic() - start
                )
        return InputRecord(
            id=rid,
            input=url,
            url=final,
            content=content,
            content_type=ctype,
            fetched=self._today(),
            elapsed=time.monotonic() - start,
        )

    async def fetch_many(self, items: Iterable[tuple[str, str]]) -> AsyncIterator[InputRecord]:
        """Fetch `(id, url)` pairs with `concurrency` workers; yields records as they finish."""
        it = iter(items)
        out: asyncio.Queue[InputRecord | None] = asyncio.Queue(maxsize=self.options.concurrency)

        async def worker() -> None:
            for rid, url in it:  # one shared iterator: each item goes to exactly one worker
                await out.put(await self.fetch(url, rid))

        async def run_all() -> None:
            try:
                await asyncio.gather(*(worker() for _ in range(max(1, self.options.concurrency))))
            finally:
                await out.put(None)

        runner = asyncio.create_task(run_all())
        try:
            while (rec := await out.get()) is not None:
                yield rec
            await runner  # re-raise anything unexpected
        finally:
            if not runner.done():
                runner.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await runner

    async def _with_retries(self, url: str) -> tuple[str, bytes, str | None]:
        o = self.options
        attempt = 0
        while True:
            try:
                async with asyncio.timeout(o.total_timeout):
                    return await self._attempt(url)
            except _Retry as exc:
                failure: FetchError = exc
                retry_after = exc.retry_after
            except TimeoutError:
                failure = FetchError(
                    f"no complete answer within {o.total_timeout:g} s", kind="timeout"
                )
                retry_after = None
            except httpx.TimeoutException as exc:
                failure = FetchError(f"{type(exc).__name__}: {exc}".rstrip(": "), kind="timeout")
                retry_after = None
            except httpx.ConnectError as exc:
                kind = _classify_connect_error(exc)
                failure = FetchError(f"cannot connect: {exc}", kind=kind)
                if kind != "connect":
                    raise failure from exc  # DNS and TLS failures do not heal in seconds
                retry_after = None
            except httpx.TransportError as exc:
                raise FetchError(f"{type(exc).__name__}: {exc}", kind="connect") from exc
            if attempt >= o.retries:
                raise failure
            wait = min(o.backoff_max, o.backoff_base * 2**attempt) * (0.5 + random.random() / 2)
            if retry_after is not None:
                if retry_after > o.backoff_max:
                    raise FetchError(
                        f"{failure}; Retry-After {retry_after:g} s is over the "
                        f"{o.backoff_max:g} s cap",
                        kind=failure.kind,
                    )
                wait = max(wait, retry_after)
            attempt += 1
            await asyncio.sleep(wait)

    async def _attempt(self, url: str) -> tuple[str, bytes, str | None]:
        o = self.options
        current = url
        for _hop in range(o.max_redirects + 1):
            if o.respect_robots and not await self._allowed(current):
                raise FetchError(f"robots.txt disallows {current}", kind="robots")
            async with self.client.stream("GET", current) as resp:
                status = resp.status_code
                location = resp.headers.get("location")
                if status in REDIRECT_CODES and location:
                    current = urljoin(current, location)
                    if urlsplit(current).scheme not in ("http", "https"):
                        raise FetchError(f"redirect to a non-http URL {current!r}", kind="bad_url")
                    continue
                if status == 429 or status >= 500:
                    raise _Retry(
                        f"HTTP {status}",
                        kind="http_status",
                        retry_after=parse_retry_after(resp.headers.get("retry-after")),
                    )
                if status >= 300:
                    raise FetchError(f"HTTP {status}", kind="http_status")
                ctype = resp.headers.get("content-type")
                mime = (ctype or "").split(";")[0].strip().lower()
                if mime and mime not in PAGE_TYPES:
                    raise FetchError(f"content type {mime!r} is not a page", kind="not_html")
                length = resp.headers.get("content-length", "")
                if length.isdigit() and int(length) > o.max_bytes:
                    raise FetchError(
                        f"Content-Length {length} is over the {o.max_bytes} byte cap",
                        kind="too_large",
                    )
                body = BoundedBody(resp.headers.get("content-encoding", ""), o.max_bytes)
                async for chunk in resp.aiter_raw():
                    body.feed(chunk)
                return current, bytes(body.out), ctype
        raise FetchError(f"more than {o.max_redirects} redirects", kind="redirects")

    async def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin in self._robots_cache:
            cached = self._robots_cache[origin]
            return True if cached is None else cached.can_fetch(self.options.user_agent, url)
        fut = self._robots.get(origin)
        if fut is None:
            fut = asyncio.get_running_loop().create_future()
            self._robots[origin] = fut
            rules: RobotFileParser | None = None
            try:
                rules = await self._load_robots(origin)
                self._robots_cache[origin] = rules
            finally:
                fut.set_result(rules)  # waiters never hang, even if this task is cancelled
        found = await fut
        return True if found is None else found.can_fetch(self.options.user_agent, url)

    async def _load_robots(self, origin: str) -> RobotFileParser | None:
        """robots.txt rules of an origin; None means everything is allowed."""
        o = self.options
        try:
            async with asyncio.timeout(o.total_timeout):
                resp = await self.client.get(f"{origin}/robots.txt", follow_redirects=True)
        except (httpx.HTTPError, TimeoutError):
            return None  # unreachable: the page fetch itself will report the real error
        parser = RobotFileParser()
        if resp.status_code >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])  # RFC 9309: assume complete disallow
            return parser
        if resp.status_code >= 400:
            return None  # RFC 9309: no robots.txt, everything allowed
        parser.parse(resp.content[:ROBOTS_MAX_BYTES].decode("utf-8", "replace").splitlines())
        return parser


def _plain(exc: FetchError) -> FetchError:
    """A picklable FetchError with the same kind and message (drops the retry subclass)."""
    return FetchError(str(exc), kind=exc.kind, retryable=exc.retryable)


def iter_fetched(
    items: Iterable[tuple[str, str]],
    options: FetchOptions,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    buffer: int = 128,
) -> Iterator[InputRecord]:
    """Fetch `(id, url)` pairs in a background event loop; yield records as they finish.

    Fetching overlaps with whatever the caller does with each record (scoring), and at most
    `buffer` fetched pages wait in memory.
    """
    q: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=buffer)
    stop = threading.Event()
    loop_box: dict[str, Any] = {}

    async def produce() -> None:
        loop_box["task"] = asyncio.current_task()
        loop_box["loop"] = asyncio.get_running_loop()
        async with Fetcher(options, transport=transport) as fetcher:
            async for rec in fetcher.fetch_many(items):
                while not stop.is_set():
                    try:
                        q.put_nowait(("rec", rec))
                        break
                    except queue.Full:
                        await asyncio.sleep(0.01)
                if stop.is_set():
                    return

    def run() -> None:
        try:
            asyncio.run(produce())
            q.put(("end", None))
        except BaseException as exc:  # hand any failure to the consuming thread
            q.put(("exc", exc))

    thread = threading.Thread(target=run, name="detector-fetch", daemon=True)
    thread.start()
    try:
        while True:
            tag, value = q.get()
            if tag == "rec":
                yield value
            elif tag == "exc":
                if isinstance(value, asyncio.CancelledError):
                    return
                raise value
            else:
                return
    finally:
        stop.set()
        loop, task = loop_box.get("loop"), loop_box.get("task")
        if loop is not None and task is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(task.cancel)
        while thread.is_alive():
            with contextlib.suppress(queue.Empty):
                q.get_nowait()
            thread.join(timeout=0.05)
