"""The HTTP scoring service: a thin FastAPI app over a `Scorer`.

`create_app(settings, scorer=None)` builds the app; the model and the originals index are loaded
once, here, when no scorer is given. Routes (all JSON):

- `POST /v1/score` `{url, html?, text?, fetched?}` -> `{score, tier, reasons, match, model, ...}`;
  with only a `url` the page is fetched (SSRF-guarded, see `detector.ssrf`).
- `POST /v1/score/batch` `{pages: [...]}`, at most `settings.serve_max_batch` pages; one result
  per page, errors included.
- `POST /v1/feedback` `{url, label, comment?, html?|text?}` appended durably (fsync) to
  `settings.feedback_path`, the JSONL file `detector train --extra` reads; a verdict sent
  without the page goes to `feedback.urls.jsonl` beside it (it cannot be trained on).
- `GET /v1/health`, `GET /v1/version`, and the OpenAPI document at `/openapi.json`.

Errors are JSON `{"error": {"kind", "message", "detail"?}}` with a 4xx status for bad input
(400 not JSON, 401 API key, 413 body too large, 422 invalid or unscorable page), 502 when a URL
cannot be fetched and 504 when a page takes longer than `settings.serve_page_timeout`. Access
logs (logger `detector.access`) are one JSON object per request and never contain page content
or page URLs.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import os
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

import httpx
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader
from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from detector import __version__
from detector.config import Settings
from detector.errors import DetectorError, FetchError
from detector.results import ScoreResult
from detector.score_pool import ScorePool, ScorerDied
from detector.sources.base import InputRecord
from detector.ssrf import Allowlist, GuardedTransport, Resolver, system_resolver

API_VERSION = "v1"
API_KEY_HEADER = "X-API-Key"
# The Chromium id of extension/ (pinned by the "key" in extension/manifest.json). Firefox gives
# each install a random moz-extension:// UUID: add it to `serve_cors_origins` when needed.
EXTENSION_ORIGINS = ("chrome-extension://liegaafhkbieeojldiljminpdhfehmmb",)
# How many pages are scored at once; more would only contend for the GIL on 2 cores.
SCORING_THREADS = 4

# An absolute http(s) URL whose host and port parse: what a browser's location.href looks like.
_PORT = r"(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})"
URL_PATTERN = (
    r"^[Hh][Tt][Tt][Pp][Ss]?://([A-Za-z0-9._~!$&'()*+,;=:%-]*@)?"
    r"([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,251}[A-Za-z0-9_])?|\[[0-9A-Fa-f:.]{2,45}\])"
    rf"(:{_PORT})?([/?#][\x21-\x7e]*)?$"
)

access_log = logging.getLogger("detector.access")


class ScorerLike(Protocol):
    """What the service needs from `detector.scoring.Scorer`."""

    def score_record(self, record: InputRecord) -> ScoreResult:
        """Score one record; a bad page gives an error row, never an exception."""
        ...

    def score_records(self, records: Iterable[InputRecord]) -> Iterator[ScoreResult]:
        """Score records in order, one result each."""
        ...


# ---------------------------------------------------------------------------------------------
# Request and response bodies


class ScoreRequest(BaseModel):
    """One page to score: its URL and, when the caller has it, its HTML or extracted text."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(
        min_length=1, max_length=8192, pattern=URL_PATTERN, description="The page's http(s) URL."
    )
    html: str | None = Field(None, description="The page's HTML as the browser has it.")
    text: str | None = Field(
        None, description="The page's main text (like a WET record); ignored when html is sent."
    )
    fetched: date | None = Field(None, description="When the page was seen (default: today).")

    @field_validator("url")
    @classmethod
    def _url_parses(cls, url: str) -> str:
        return parse_http_url(url)


def parse_http_url(url: str) -> str:
    """Check that an http(s) URL's host and port parse (the pattern cannot say it all)."""
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError as exc:
        raise ValueError(f"not a valid URL ({exc})") from None
    if not parts.hostname:
        raise ValueError("the URL has no host")
    return url


class ReasonOut(BaseModel):
    """One signal behind a score."""

    signal: str
    value: float
    evidence: str
    weight: float


class ScoreResponse(BaseModel):
    """The score of one page."""

    url: str
    score: float
    tier: str
    reasons: list[ReasonOut]
    match: dict[str, Any] | None
    model: str
    elapsed_ms: float
    cached: bool = False
    warnings: list[str] = []


class ErrorInfo(BaseModel):
    """What went wrong, named so the caller knows what to do next."""

    kind: str
    message: str
    detail: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    """Every error answer of the service."""

    error: ErrorInfo


class BatchItem(BaseModel):
    """One result of a batch: a score, or the error for that page."""

    index: int
    url: str
    status: int
    score: float | None = None
    tier: str | None = None
    reasons: list[ReasonOut] = []
    match: dict[str, Any] | None = None
    model: str = ""
    elapsed_ms: float = 0.0
    cached: bool = False
    warnings: list[str] = []
    error: ErrorInfo | None = None


class BatchResponse(BaseModel):
    """The results of a batch, in request order."""

    results: list[BatchItem]
    elapsed_ms: float


class FeedbackRequest(BaseModel):
    """A reader's verdict on a page, e.g. from the extension's "this is wrong" button."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=1, max_length=8192)
    label: Literal["republisher", "original"] = Field(
        description="What the page really is, in the reader's view."
    )
    comment: str = Field("", max_length=4000)
    tier: str | None = Field(None, max_length=64, description="The tier the service had given.")
    score: float | None = Field(None, ge=0.0, le=1.0, description="The score it had given.")
    html: str | None = Field(None, description="The page, so that it can be trained on.")
    text: str | None = Field(None, description="The page's text, when no HTML is sent.")


class FeedbackResponse(BaseModel):
    """Acknowledges a stored feedback record."""

    stored: bool
    id: str
    trainable: bool = Field(
        description="Whether the page came along: only then can `detector train --extra` use it."
    )


class HealthResponse(BaseModel):
    """Liveness and what the service runs."""

    status: str
    model: str
    index: str
    uptime_s: float


class VersionResponse(BaseModel):
    """Versions of the service, its API, model and index."""

    detector: str
    api: str
    model: str
    index: str


def _error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {
        400: "The body is not valid JSON.",
        401: f"A valid API key is required in the {API_KEY_HEADER} header.",
        403: "The URL points at a refused (internal) target, or robots.txt disallows it.",
        413: "The request body is larger than the configured cap.",
        422: "The request is malformed, or the page could not be scored.",
        502: "The page could not be fetched from its URL.",
        503: "The model or the originals index is broken (a server fault, not the input's).",
        504: "Scoring the page took longer than the per-page time cap.",
    }
    return {c: {"model": ErrorBody, "description": text[c]} for c in codes}


# ---------------------------------------------------------------------------------------------
# Building blocks


class ApiError(Exception):
    """An error answer: HTTP status plus the `kind` and message of the JSON body."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message


def error_json(status: int, kind: str, message: str, detail: Any = None) -> JSONResponse:
    """The JSON error answer every failure uses."""
    body: dict[str, Any] = {"kind": kind, "message": message}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse({"error": body}, status_code=status)


# Scorer error kinds that are the server's fault (the model or index is broken), not the page's.
SERVER_KINDS = frozenset({"model", "index", "config"})
FETCH_STATUS = {"bad_url": 400, "ssrf_refused": 403, "robots": 403, "timeout": 504}


def status_for(kind: str, *, fetching: bool = False) -> int:
    """The HTTP status for an error kind."""
    if kind in FETCH_STATUS:
        return FETCH_STATUS[kind]
    if kind in SERVER_KINDS:
        return 503
    if fetching:
        return 502
    return 422


class LRUCache:
    """A small thread-safe LRU of score results keyed by a content hash."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[str, ScoreResult] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> ScoreResult | None:
        """The cached result, or None."""
        if self.size <= 0:
            return None
        with self._lock:
            hit = self._data.get(key)
            if hit is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return hit

    def put(self, key: str, value: ScoreResult) -> None:
        """Store a result, dropping the least recently used one beyond `size`."""
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)


def content_key(url: str, kind: str, content: str | bytes, fetched: date | None) -> str:
    """Cache key: a hash of everything the score depends on (URL, input kind, content, date)."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{kind}\0{url}\0{fetched.isoformat() if fetched else ''}\0".encode())
    h.update(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    return h.hexdigest()


def feedback_urls_path(feedback_path: Path) -> Path:
    """Where verdicts without the page go: `feedback.jsonl` -> `feedback.urls.jsonl`."""
    return feedback_path.with_name(f"{feedback_path.stem}.urls{feedback_path.suffix or '.jsonl'}")


class FeedbackLog:
    """Appends feedback records to a JSONL file, one `write` + `fsync` per record."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def append(self, record: dict[str, Any]) -> None:
        """Write one record durably; a crash after return cannot lose it."""
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)


def describe_scorer(scorer: Any, settings: Settings) -> tuple[str, str]:
    """(model version, index version) as the scorer reports them.

    Uses the scorer's `versions()` hook when it has one, else its `model_version`/`version` and
    `index_version` attributes; the index falls back to the index file's name and mtime.
    """
    versions = getattr(scorer, "versions", None)
    if callable(versions):
        try:
            got = versions()
            return str(got.get("model", "unknown")), str(got.get("index", "unknown"))
        except Exception:  # a broken introspection hook must not take health down
            return "unknown", "unknown"
    model = getattr(scorer, "model_version", None) or getattr(scorer, "version", None)
    index = getattr(scorer, "index_version", None)
    if not index:
        path = Path(settings.index_path)
        if path.exists():
            mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            index = f"{path.name}@{mtime.strftime('%Y-%m-%dT%H:%M:%SZ')}"
        else:
            index = "none"
    return str(model or "unknown"), str(index)


class BodyLimitMiddleware:
    """Answers 413 for a request body above `max_bytes`, declared or streamed (chunked).

    The body is read here, up to the cap, and replayed to the app: the routes read whole
    bodies anyway, and an error raised inside the app's own body reading would turn into a 400.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_big = error_json(
            413, "too_large", f"request body is larger than {self.max_bytes} bytes"
        )
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    await too_big(scope, receive, send)
                    return
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                await too_big(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class AccessLogMiddleware:
    """One structured JSON log line per request: method, path, status, sizes and time only."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500
        bytes_in = 0
        bytes_out = 0

        async def counting_receive() -> Message:
            nonlocal bytes_in
            message = await receive()
            if message["type"] == "http.request":
                bytes_in += len(message.get("body", b""))
            return message

        async def counting_send(message: Message) -> None:
            nonlocal status, bytes_out
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body":
                bytes_out += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, counting_send)
        finally:
            client = scope.get("client") or ("", 0)
            access_log.info(
                json.dumps(
                    {
                        "event": "request",
                        "method": scope.get("method", ""),
                        "path": scope.get("path", ""),
                        "status": status,
                        "bytes_in": bytes_in,
                        "bytes_out": bytes_out,
                        "ms": round((time.perf_counter() - start) * 1000, 2),
                        "client": client[0],
                    }
                )
            )


# ---------------------------------------------------------------------------------------------
# The app


def _valid_unicode(text: str) -> tuple[str, bytes]:
    """The text with lone surrogates (valid in JSON, not in UTF-8) replaced by "?", and its UTF-8.

    One encoding serves both the check and the cache key (a 160 KB page: ~0.3 ms each).
    """
    try:
        return text, text.encode("utf-8")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "replace")
        return data.decode("utf-8"), data


class ScoringService:
    """Scoring with the cache, the per-page time cap and URL fetching; shared by the routes."""

    def __init__(
        self,
        settings: Settings,
        scorer: ScorerLike,
        resolver: Resolver = system_resolver,
        network: httpx.AsyncBaseTransport | None = None,
        pool: ScorePool | None = None,
    ) -> None:
        self.settings = settings
        self.scorer = scorer
        self.resolver = resolver
        self.network = network
        self.cache = LRUCache(settings.serve_cache_size)
        self.allowlist = Allowlist.parse(settings.serve_fetch_allowlist)
        self.pool = pool
        self.threads = ThreadPoolExecutor(SCORING_THREADS, thread_name_prefix="score")
        self.slots = asyncio.Semaphore(pool.processes if pool else SCORING_THREADS)

    async def _run_scorer(self, record: InputRecord) -> ScoreResult:
        """Score in the pool's processes, or in a thread of this one."""
        loop = asyncio.get_running_loop()
        if self.pool is None:
            return await loop.run_in_executor(self.threads, self.scorer.score_record, record)
        try:
            return await self.pool.score(record)
        except ScorerDied:
            raise ApiError(
                503, "scorer_crashed", "a scoring process died on this page; it was replaced"
            ) from None

    def transport(self) -> GuardedTransport:
        """The SSRF-guarded transport for one fetch."""
        return GuardedTransport(self.allowlist, resolver=self.resolver, inner=self.network)

    async def fetch(self, url: str) -> tuple[bytes, str | None]:
        """Fetch a page for a url-only request with the batch fetcher, refusing internal targets.

        Raises:
            FetchError: the page could not be fetched, or the target was refused (SSRFError).
        """
        from detector.sources.fetch import Fetcher, FetchOptions

        options = FetchOptions.from_settings(self.settings, concurrency=1, retries=0)
        try:
            async with Fetcher(options, transport=self.transport()) as fetcher:
                record = await fetcher.fetch(url)
        except FetchError:
            raise
        except Exception as exc:  # the fetcher promises error records; never a 500 if not
            raise FetchError(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from exc
        if record.error is not None:
            raise record.error
        if record.content is None:
            raise FetchError(f"{url} gave no content", kind="fetch")
        content = record.content
        return (content.encode() if isinstance(content, str) else content), record.content_type

    async def score(self, req: ScoreRequest) -> tuple[ScoreResult, bool, bool]:
        """Score one request: (result, from cache?, was fetched?).

        The per-page time cap (`serve_page_timeout`) counts from when the page gets a scoring
        thread, so pages queued behind others are not failed for waiting; a url-only fetch has
        its own cap (`fetch_total_timeout`, no retries: someone is waiting for the answer).

        Raises:
            ApiError: 504 when scoring or fetching took too long; 4xx/502 for a bad fetch.
        """
        fetched = req.fetched or datetime.now(UTC).date()
        content: str | bytes
        ctype: str | None
        was_fetched = False
        if req.html is not None:
            content, data = _valid_unicode(req.html)
            ctype, kind = "text/html", "html"
        elif req.text is not None:
            content, data = _valid_unicode(req.text)
            ctype, kind = "text/plain; charset=utf-8", "text"
        else:
            content, ctype = await self._fetch_capped(req.url)
            data, kind, was_fetched = content, "fetched", True
        key = content_key(req.url, kind, data, fetched)
        hit = self.cache.get(key)
        if hit is not None:
            return hit, True, was_fetched
        record = InputRecord(
            id=key[:16],
            input="api",
            url=req.url,
            content=content,
            content_type=ctype,
            fetched=fetched,
        )
        async with self.slots:
            try:
                async with asyncio.timeout(self.settings.serve_page_timeout):
                    result = await self._run_scorer(record)
            except TimeoutError:
                raise ApiError(
                    504,
                    "timeout",
                    f"page took longer than {self.settings.serve_page_timeout:g} s to score",
                ) from None
        if result.error is None:
            self.cache.put(key, result)
        return result, False, was_fetched

    async def _fetch_capped(self, url: str) -> tuple[bytes, str | None]:
        try:
            async with asyncio.timeout(self.settings.fetch_total_timeout):
                return await self.fetch(url)
        except TimeoutError:
            raise ApiError(
                504,
                "timeout",
                f"fetching {url} took longer than {self.settings.fetch_total_timeout:g} s",
            ) from None
        except FetchError as exc:
            raise ApiError(status_for(exc.kind, fetching=True), exc.kind, str(exc)) from None


def create_app(
    settings: Settings,
    scorer: ScorerLike | None = None,
    *,
    bench_noop: bool = False,
    resolver: Resolver = system_resolver,
    network: httpx.AsyncBaseTransport | None = None,
    pool: ScorePool | None = None,
) -> FastAPI:
    """Build the service. Without `scorer`, the model and index are loaded here, once.

    Args:
        settings: the `serve_*` settings, `feedback_path` and (to load a scorer) model paths.
        scorer: any object with `score_record`; tests inject their own.
        bench_noop: add `POST /v1/noop`, which parses a score request and does no work: the
            baseline of bench/bench_api.py.
        resolver: host name resolution for url-only requests (tests pass a fake one).
        network: the httpx transport under the SSRF guard (tests pass a mock one).
        pool: score in these processes (forked with `scorer`) instead of in threads of this
            one; the app stops them when it shuts down.
    """
    if scorer is None:
        from detector.scoring import Scorer

        scorer = Scorer.from_settings(settings)
    service = ScoringService(settings, scorer, resolver, network, pool)
    feedback = FeedbackLog(Path(settings.feedback_path))
    # Verdicts that came without the page cannot be trained on (`train --extra` needs html or
    # text on every line): they go beside it, e.g. data/feedback.urls.jsonl, for review.
    verdicts_only = FeedbackLog(feedback_urls_path(Path(settings.feedback_path)))
    model_version, index_version = describe_scorer(scorer, settings)
    started = time.monotonic()
    keys = tuple(k.encode("utf-8") for k in settings.serve_api_keys if k)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if pool is not None:
            pool.shutdown()

    app = FastAPI(
        title="detector",
        version=__version__,
        description="Scores web pages: is this a low-quality republisher (content farm)?",
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.feedback = feedback

    api_key_header = APIKeyHeader(name=API_KEY_HEADER, auto_error=False)

    def require_key(key: str | None = Depends(api_key_header)) -> None:
        if not keys:
            return
        given = (key or "").encode("utf-8", "surrogateescape")
        if not key or not any(hmac.compare_digest(given, k) for k in keys):
            raise ApiError(401, "unauthorized", f"missing or wrong {API_KEY_HEADER} header")

    guarded = [Depends(require_key)] if keys else []

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_json(exc.status, exc.kind, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_json(400, "bad_json", "the request body is not valid JSON")
        # Never echo the input back: it may be a whole page.
        detail = [
            {
                "loc": [str(p) for p in e.get("loc", ())],
                "msg": "must be an absolute http(s) URL with a valid host and port"
                if e.get("type") == "string_pattern_mismatch"
                else str(e.get("msg", "")),
            }
            for e in errors
        ]
        if [d["loc"] for d in detail] == [["body"]]:
            message = "the request body must be a JSON object (Content-Type: application/json)"
        else:
            where = "; ".join(f"{'.'.join(d['loc'])}: {d['msg']}" for d in detail[:5])
            message = f"invalid request: {where}"
        return error_json(422, "invalid_request", message, detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_json(exc.status_code, kind, str(exc.detail))

    @app.exception_handler(DetectorError)
    async def _detector_error(_: Request, exc: DetectorError) -> JSONResponse:
        return error_json(status_for(exc.kind), exc.kind, str(exc))

    def _score_body(result: ScoreResult, elapsed_ms: float, cached: bool) -> dict[str, Any]:
        row = result.to_dict()
        return {
            "url": row["url"],
            "score": row["score"],
            "tier": row["tier"],
            "reasons": row["reasons"],
            "match": row["match"],
            "model": row["model"],
            "elapsed_ms": round(elapsed_ms, 2),
            "cached": cached,
            "warnings": row["warnings"],
        }

    @app.post(
        "/v1/score",
        response_model=ScoreResponse,
        responses=_error_responses(400, 401, 403, 413, 422, 502, 503, 504),
        dependencies=guarded,
    )
    async def score(req: ScoreRequest) -> dict[str, Any]:
        """Score one page. Send its `html` (or `text`); with only a `url` it is fetched."""
        start = time.perf_counter()
        result, cached, was_fetched = await service.score(req)
        if result.error is not None:
            kind = result.error.get("kind", "error")
            raise ApiError(
                status_for(kind, fetching=was_fetched and kind.startswith("fetch")),
                kind,
                result.error.get("message", "the page could not be scored"),
            )
        body = _score_body(result, (time.perf_counter() - start) * 1000, cached)
        body["url"] = body["url"] or req.url
        return body

    batch_model = create_model(
        "BatchRequest",
        __config__=ConfigDict(extra="forbid"),
        __doc__=f"Up to {settings.serve_max_batch} pages to score.",
        pages=(
            list[ScoreRequest],
            Field(min_length=1, max_length=settings.serve_max_batch),
        ),
    )

    async def score_batch(req: Any) -> dict[str, Any]:
        """Score up to `serve_max_batch` pages; each gets a result or an error, in order."""
        start = time.perf_counter()

        async def one(i: int, page: ScoreRequest) -> dict[str, Any]:
            t0 = time.perf_counter()
            try:
                result, cached, was_fetched = await service.score(page)
            except ApiError as exc:
                return {
                    "index": i,
                    "url": page.url,
                    "status": exc.status,
                    "error": {"kind": exc.kind, "message": exc.message},
                }
            if result.error is not None:
                kind = result.error.get("kind", "error")
                return {
                    "index": i,
                    "url": page.url,
                    "status": status_for(kind, fetching=was_fetched and kind.startswith("fetch")),
                    "error": {"kind": kind, "message": result.error.get("message", "")},
                }
            body = _score_body(result, (time.perf_counter() - t0) * 1000, cached)
            return {"index": i, "status": 200, **body, "url": page.url}

        results = await asyncio.gather(*(one(i, p) for i, p in enumerate(req.pages)))
        return {"results": results, "elapsed_ms": round((time.perf_counter() - start) * 1000, 2)}

    # The request model is built at run time (its size cap is a setting), so the annotation is
    # set here rather than written (this module's annotations are strings).
    score_batch.__annotations__["req"] = batch_model
    app.post(
        "/v1/score/batch",
        response_model=BatchResponse,
        responses=_error_responses(400, 401, 413, 422),
        dependencies=guarded,
    )(score_batch)

    @app.post(
        "/v1/feedback",
        response_model=FeedbackResponse,
        responses=_error_responses(400, 401, 413, 422),
        dependencies=guarded,
    )
    async def post_feedback(req: FeedbackRequest) -> dict[str, Any]:
        """Store a reader's verdict; `detector train --extra` trains on the stored file."""
        received = datetime.now(UTC)
        record = req.model_dump(exclude_none=True)
        fid = hashlib.blake2b(
            f"{received.isoformat()}\0{req.url}\0{req.label}".encode(), digest_size=8
        ).hexdigest()
        record.update(id=f"feedback-{fid}", received=received.isoformat(), source="api")
        trainable = bool(req.html) or bool(req.text)
        log = feedback if trainable else verdicts_only
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, log.append, record)
        return {"stored": True, "id": record["id"], "trainable": trainable}

    @app.get("/v1/health", response_model=HealthResponse)
    async def health() -> dict[str, Any]:
        """Liveness, and the model and index versions the service runs."""
        return {
            "status": "ok",
            "model": model_version,
            "index": index_version,
            "uptime_s": round(time.monotonic() - started, 1),
        }

    @app.get("/v1/version", response_model=VersionResponse)
    async def version() -> dict[str, Any]:
        """Versions of detector, the API, the model and the index."""
        return {
            "detector": __version__,
            "api": API_VERSION,
            "model": model_version,
            "index": index_version,
        }

    if bench_noop:

        @app.post("/v1/noop", responses=_error_responses(400, 413, 422), include_in_schema=False)
        async def noop(req: ScoreRequest) -> dict[str, Any]:
            """Parse a score request and do nothing: the benchmark's baseline."""
            return {"url": req.url, "ok": True}

    origins = tuple(settings.serve_cors_origins) or EXTENSION_ORIGINS
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.serve_max_body_bytes)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(origins),
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", API_KEY_HEADER],
        max_age=600,
    )
    app.add_middleware(AccessLogMiddleware)
    return app


WARM_UP_HTML = (
    "<html><head><title>Warm-up - detector</title></head><body><h1>Warm-up</h1>"
    "<p>BEIJING (AP) — A page scored once at start, so that lazily loaded parts (the originals "
    "index, the topic space) are loaded before the first real request.</p></body></html>"
)


def warm_up(scorer: ScorerLike) -> ScoreResult:
    """Score one small page so every lazily loaded resource is in memory before serving."""
    record = InputRecord(
        id="warm-up",
        input="warm-up",
        url="http://warm-up.invalid/",
        content=WARM_UP_HTML,
        content_type="text/html",
        fetched=datetime.now(UTC).date(),
    )
    return scorer.score_record(record)


_AutoHTTP: Any = AutoHTTPProtocol


class NoDelayHTTPProtocol(_AutoHTTP):
    """uvicorn's HTTP protocol with TCP_NODELAY set on every connection.

    In uvicorn's multiprocess mode (its `workers=N`) the workers' listening socket comes without
    the TCP protocol number, so asyncio does not set TCP_NODELAY on accepted connections and
    each keep-alive response waits ~40 ms for the client's delayed ACK (measured: GET
    /v1/health 46 ms with 2 workers, 1.6 ms with 1; 0.7 ms with this protocol). `detector
    serve` runs one HTTP process (its `--workers` are scoring processes, see
    `detector.score_pool`) and passes it anyway, as does bench/bench_api.py's uvicorn mode:
    `uvicorn.run(..., http="detector.api:NoDelayHTTPProtocol")`.
    """

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Set TCP_NODELAY, then hand over to uvicorn."""
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
