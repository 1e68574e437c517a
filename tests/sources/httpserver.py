"""A local HTTP server for fetcher tests: real pages and misbehaving endpoints, on 127.0.0.1.

Routes:
  /page/N            real page N from ../shared/data/html/ (text/html; charset=utf-8)
  /slow              waits 5 s before answering (timeouts)
  /trickle           sends headers, then a byte every 0.3 s forever (read timeout / total)
  /endless           text/html with a chunked body that never ends (size cap)
  /bomb              Content-Encoding: gzip, 20 MB of spaces inflated from ~20 KB (gzip bomb)
  /err500            always 500
  /flaky             500 on the first request of each ?k=..., then a page (retry works)
  /r429              429 with Retry-After: 1 on the first request of each ?k=..., then a page
  /r429long          429 with Retry-After: 3600 (over the backoff cap)
  /loop              302 to itself (redirect loop)
  /hop               302 to /page/0
  /png               image/png
  /wrongcharset      a cp1252 page that claims charset=utf-8
  /latin1            a cp1252 page labelled charset=windows-1252
  /private/...       disallowed by robots.txt
  /missing           404
  /robots.txt        "User-agent: *  Disallow: /private"
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from detector.config import load_settings

LATIN1_PAGE = (
    "<html><head><title>Caf\u00e9 cr\u00e8me</title></head><body><article><h1>Caf\u00e9 "
    "cr\u00e8me \u00e0 Z\u00fcrich</h1><p>Le caf\u00e9 \u00e9tait tr\u00e8s bon, "
    "\u00e7a co\u00fbte 3 \u20ac.</p></article></body></html>"
).encode("cp1252")


def real_pages(n: int = 6) -> list[tuple[str, str]]:
    """`(url, html)` of the first `n` real pages of the article extraction benchmark."""
    path = Path(load_settings().data_dir) / "html" / "article_extraction_benchmark.jsonl.gz"
    out: list[tuple[str, str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out.append((rec.get("url") or "", rec["html"]))
            if len(out) >= n:
                break
    return out


class _Handler(BaseHTTPRequestHandler):
    server: PageServer

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              extra: dict[str, str] | None = None) -> None:  # fmt: skip
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        key = f"{path}?{query.get('k', [''])[0]}"
        self.server.hits[key] += 1
        self.server.agents[path] = self.headers.get("User-Agent", "")
        first = self.server.hits[key] == 1
        pages = self.server.pages
        try:
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private\n", "text/plain")
            elif path.startswith("/page/"):
                self._send(200, pages[int(path.rsplit("/", 1)[1]) % len(pages)][1].encode())
            elif path.startswith("/private/"):
                self._send(200, pages[0][1].encode())
            elif path == "/slow":
                time.sleep(5)
                self._send(200, pages[0][1].encode())
            elif path == "/trickle":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(100):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.3)
            elif path == "/endless":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"<p>" + b"x" * 16_000 + b"</p>"
                while True:
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            elif path == "/bomb":
                self._send(200, self.server.bomb, extra={"Content-Encoding": "gzip"})
            elif path == "/err500":
                self._send(500, b"oops")
            elif path == "/flaky":
                if first:
                    self._send(503, b"busy")
                else:
                    self._send(200, pages[1][1].encode())
            elif path == "/r429":
                if first:
                    self._send(429, b"slow down", extra={"Retry-After": "1"})
                else:
                    self._send(200, pages[2][1].encode())
            elif path == "/r429long":
                self._send(429, b"slow down", extra={"Retry-After": "3600"})
            elif path == "/loop":
                self._send(302, b"", extra={"Location": "/loop"})
            elif path == "/hop":
                self._send(302, b"", extra={"Location": "/page/0"})
            elif path == "/png":
                self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
            elif path == "/wrongcharset":
                self._send(200, LATIN1_PAGE, "text/html; charset=utf-8")
            elif path == "/latin1":
                self._send(200, LATIN1_PAGE, "text/html; charset=windows-1252")
            else:
                self._send(404, b"not found")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


class PageServer(ThreadingHTTPServer):
    """The server; `base` is its http://127.0.0.1:PORT address."""

    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.pages = real_pages()
        self.hits: Counter[str] = Counter()
        self.agents: dict[str, str] = {}  # path -> the User-Agent of its last request
        self.bomb = gzip.compress(b" " * 20_000_000, compresslevel=9)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def start(self) -> PageServer:
        """Serve in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.shutdown()
        self.server_close()
