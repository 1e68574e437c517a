"""Latency and throughput of `POST /v1/score` on loopback, against a no-op endpoint of the same server.

Run: .venv/bin/python bench/bench_api.py [--model PATH] [--index PATH] [--seconds 5] [--repeats 3]

The service runs in its own process (`detector.api.create_app` with the real `Scorer`, the
result cache off so every request is scored, and `bench_noop=True` for `POST /v1/noop`, which
parses the same JSON body and does no work). Clients are asyncio tasks in this process, each with
its own keep-alive connection, sending real 100-300 KB pages from the shared HTML corpora for a
fixed time. Figures per (endpoint, clients): p50/p99 latency and sustained requests/s, medians
over repeats. Goals: p99 < 100 ms at 8 clients, no errors at 32.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
from common import iter_real_pages, write_markdown

CONCURRENCY = (1, 8, 32)
MIN_BYTES, MAX_BYTES = 100_000, 300_000


def bench_app() -> Any:
    """App factory for the server's worker processes: the real scorer, cache off, no-op route."""
    from detector.api import create_app, warm_up
    from detector.config import load_settings
    from detector.scoring import Scorer

    settings = load_settings(serve_cache_size=0)
    scorer = Scorer.from_settings(settings)
    warm_up(scorer)
    return create_app(settings, scorer, bench_noop=True)


def serve(port: int, model: str | None, index: str | None, workers: int) -> None:
    """Server process: uvicorn with `workers` processes, each loading the model once."""
    import uvicorn

    for name, value in (("MODEL_PATH", model), ("INDEX_PATH", index)):
        if value:
            os.environ[f"DETECTOR_{name}"] = value
    uvicorn.run(
        "bench_api:bench_app",
        factory=True,
        workers=workers,
        host="127.0.0.1",
        port=port,
        access_log=False,
        log_level="warning",
        http="detector.api:NoDelayHTTPProtocol",  # as `detector serve` runs it
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load_bodies(n: int) -> tuple[list[bytes], list[int]]:
    """JSON bodies of `n` real pages of 100-300 KB (UTF-8 size), serialised once."""
    bodies, sizes = [], []
    for rec in iter_real_pages(min_bytes=MIN_BYTES):
        size = len(rec["html"].encode("utf-8"))
        if not MIN_BYTES <= size <= MAX_BYTES:
            continue
        url = rec["url"] or f"http://bench.test/{len(bodies)}"
        if not url.startswith(("http://", "https://")):
            url = f"http://bench.test/{len(bodies)}"
        bodies.append(json.dumps({"url": url, "html": rec["html"]}).encode("utf-8"))
        sizes.append(size)
        if len(bodies) >= n:
            break
    return bodies, sizes


async def run_load(
    base: str, path: str, bodies: list[bytes], clients: int, seconds: float
) -> tuple[list[float], int, float]:
    """`clients` concurrent loops for `seconds`: (latencies in s, errors, elapsed s)."""
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    headers = {"Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60, trust_env=False) as c:
        start = time.perf_counter()
        deadline = start + seconds

        async def worker(k: int) -> None:
            nonlocal errors
            i = k
            while time.perf_counter() < deadline:
                body = bodies[i % len(bodies)]
                i += clients
                t0 = time.perf_counter()
                try:
                    r = await c.post(path, content=body, headers=headers)
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - t0)
                if not ok:
                    errors += 1

        await asyncio.gather(*(worker(k) for k in range(clients)))
        elapsed = time.perf_counter() - start
    return latencies, errors, elapsed


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def start_server(args: argparse.Namespace, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """Start the server process and wait for its health answer."""
    port = free_port()
    cmd = [sys.executable, __file__, "--serve-port", str(port), "--workers", str(workers)]
    cmd += ["--model", args.model] if args.model else []
    cmd += ["--index", args.index] if args.index else []
    server = subprocess.Popen(cmd, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while True:
        if server.poll() is not None:
            sys.exit(f"bench_api: the server exited with {server.returncode}")
        try:
            httpx.get(f"{base}/v1/health", timeout=2, trust_env=False).raise_for_status()
            return server, base
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                server.kill()
                sys.exit("bench_api: the server did not start")
            time.sleep(0.3)


def measure(
    base: str, path: str, bodies: list[bytes], clients: int, args: argparse.Namespace
) -> dict[str, float]:
    """Median p50/p99 (ms) and req/s over repeats, and the total error count."""
    p50s, p99s, rates, errs = [], [], [], 0
    for _ in range(args.repeats):
        lat, errors, elapsed = asyncio.run(run_load(base, path, bodies, clients, args.seconds))
        p50s.append(percentile(lat, 0.50) * 1000)
        p99s.append(percentile(lat, 0.99) * 1000)
        rates.append(len(lat) / elapsed)
        errs += errors
    return {
        "p50": statistics.median(p50s),
        "p99": statistics.median(p99s),
        "rps": statistics.median(rates),
        "errors": errs,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model")
    ap.add_argument("--index")
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", default="1,2", help="server worker processes to try (list)")
    ap.add_argument("--serve-port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "api.md"))
    args = ap.parse_args()
    if args.serve_port:
        serve(args.serve_port, args.model, args.index, int(args.workers))
        return

    bodies, sizes = load_bodies(args.pages)
    if not bodies:
        sys.exit("bench_api: no 100-300 KB pages found in the shared data")
    worker_counts = [int(w) for w in str(args.workers).split(",") if w.strip()]
    summary: dict[tuple[int, str, int], dict[str, float]] = {}
    health: dict[str, Any] = {}
    for workers in worker_counts:
        server, base = start_server(args, workers)
        try:
            health = httpx.get(f"{base}/v1/health", timeout=5, trust_env=False).json()
            asyncio.run(run_load(base, "/v1/score", bodies, 2 * workers, 2.0))  # warm up
            for path in ("/v1/noop", "/v1/score"):
                for clients in CONCURRENCY:
                    fig = measure(base, path, bodies, clients, args)
                    summary[(workers, path, clients)] = fig
                    print(f"workers={workers} {path} x{clients}: {fig}", file=sys.stderr)
        finally:
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()

    rows = []
    for workers in worker_counts:
        for clients in CONCURRENCY:
            for path in ("/v1/noop", "/v1/score"):
                fig = summary[(workers, path, clients)]
                noop = summary[(workers, "/v1/noop", clients)]
                rows.append(
                    [
                        workers,
                        f"`POST {path}`",
                        clients,
                        f"{fig['p50']:.1f}",
                        f"{fig['p99']:.1f}",
                        f"{fig['rps']:.1f}",
                        int(fig["errors"]),
                        f"{fig['p50'] / noop['p50']:.1f}x",
                    ]
                )
    goals = []
    for workers in worker_counts:
        s8, s32 = summary[(workers, "/v1/score", 8)], summary[(workers, "/v1/score", 32)]
        goals.append(
            f"- {workers} worker(s): p99 < 100 ms at 8 clients: "
            f"**{'met' if s8['p99'] < 100 else 'NOT met'}** ({s8['p99']:.1f} ms); "
            f"no errors at 32 clients: **{'met' if s32['errors'] == 0 else 'NOT met'}** "
            f"({int(s32['errors'])} errors)."
        )
    goal_lines = "\n".join(goals)
    notes = f"""
Real pages: {len(bodies)} pages of 100-300 KB from the shared HTML corpora (median
{statistics.median(sizes) / 1000:.0f} KB), sent as `{{url, html}}` JSON, cycled. Model
`{health.get("model")}`, index `{health.get("index")}`. The server is the service as
`detector serve [--workers N]` runs it, in its own process(es), with the result cache turned off
so every request is parsed and scored; the clients run in this process (asyncio + httpx, one
keep-alive connection each), each for {args.seconds:g} s per repeat; figures are medians over
{args.repeats} repeats. `POST /v1/noop` is the baseline: the same server, the same body read
and validated, no scoring. The last column is the p50 relative to the no-op endpoint at the
same concurrency.

Goals:
{goal_lines}

Measured on a shared 2-core machine (other helpers' jobs were running, and the client itself
takes CPU from the server): absolute figures drift, the ratios to the no-op baseline hold
better. Reproduce: `.venv/bin/python bench/bench_api.py [--model PATH] [--workers 1,2]`.
"""
    write_markdown(
        Path(args.out),
        "HTTP service: POST /v1/score latency on loopback",
        ["workers", "endpoint", "clients", "p50 ms", "p99 ms", "req/s", "errors", "p50 vs no-op"],
        rows,
        notes,
    )
    print(Path(args.out).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
