"""Latency and throughput of `POST /v1/score` on loopback, against a no-op endpoint of the same server.

Run: .venv/bin/python bench/bench_api.py [--model PATH] [--index PATH] [--workers 1,2]
     [--seconds 5] [--repeats 3] [--client-cpu N] [--nice 10] [--mode serve|pool|uvicorn]

The service runs in its own process(es) as `detector serve --workers N` runs it (the real
`Scorer`, the result cache off so every request is scored, and `bench_noop=True` for
`POST /v1/noop`, which reads and validates the same JSON body and does no work): with N > 1,
one HTTP process and N forked scoring processes.

The load generator is a separate process, pinned to one core (`--client-cpu`, default the
last one), so that its CPU time is its own and measured: each client is an asyncio task with
one keep-alive connection that writes a pre-built HTTP request (headers and a JSON body of a
real 100-300 KB page, encoded once at start) and reads the answer with no HTTP library.
Figures per (workers, endpoint, clients): p50/p99 latency and requests/s (medians over
repeats), errors (summed), and the CPU time per request of the server processes and of the
load generator. Goals: p99 < 100 ms at 8 clients, no errors at 32.
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
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
import psutil
from common import iter_real_pages, write_markdown

CONCURRENCY = (1, 8, 32)
MIN_BYTES, MAX_BYTES = 100_000, 300_000
PATHS = ("/v1/noop", "/v1/score")


# ---------------------------------------------------------------------------------------------
# The server


def bench_app() -> Any:
    """App factory for the server's worker processes: the real scorer, cache off, no-op route."""
    from detector.api import create_app, warm_up
    from detector.config import load_settings
    from detector.scoring import Scorer

    settings = load_settings(serve_cache_size=0)
    scorer = Scorer.from_settings(settings)
    warm_up(scorer)
    return create_app(settings, scorer, bench_noop=True)


def serve(port: int, model: str | None, index: str | None, workers: int, mode: str) -> None:
    """Server process: the service as `detector serve --workers N` runs it (mode "serve").

    Mode "pool" scores in `workers` forked processes even for 1; "uvicorn" runs uvicorn's own
    worker processes instead, each with its model and scoring threads (the earlier design).
    """
    import uvicorn

    from detector.commands.serve import build_app
    from detector.config import load_settings

    for name, value in (("MODEL_PATH", model), ("INDEX_PATH", index)):
        if value:
            os.environ[f"DETECTOR_{name}"] = value
    common: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "access_log": False,
        "log_level": "warning",
        "http": "detector.api:NoDelayHTTPProtocol",  # as `detector serve` runs it
    }
    if mode == "uvicorn":
        uvicorn.run("bench_api:bench_app", factory=True, workers=workers, **common)
        return
    processes = workers if mode == "pool" or workers > 1 else 0
    settings = load_settings(serve_cache_size=0)
    uvicorn.run(build_app(settings, processes=processes, bench_noop=True), **common)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(args: argparse.Namespace, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """Start the server process and wait until every worker answers health."""
    port = free_port()
    cmd = [sys.executable, __file__, "--serve-port", str(port), "--workers", str(workers)]
    cmd += ["--mode", args.mode]
    cmd += ["--model", args.model] if args.model else []
    cmd += ["--index", args.index] if args.index else []
    server = subprocess.Popen(cmd, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 240
    while True:
        if server.poll() is not None:
            sys.exit(f"bench_api: the server exited with {server.returncode}")
        try:
            httpx.get(f"{base}/v1/health", timeout=2, trust_env=False).raise_for_status()
            break
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                server.kill()
                sys.exit("bench_api: the server did not start")
            time.sleep(0.3)
    # One worker answering does not mean the others have loaded their model: wait until the
    # server's processes go idle.
    before = sum(server_cpu(server.pid))
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = sum(server_cpu(server.pid))
        if now - before < 0.05:
            break
        before = now
    return server, base


def server_cpu(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system) so far of the server process and of all its children."""
    main = psutil.Process(pid)
    totals = []
    for procs in ([main], main.children(recursive=True)):
        total = 0.0
        for p in procs:
            try:
                t = p.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += t.user + t.system
        totals.append(total)
    return totals[0], totals[1]


# ---------------------------------------------------------------------------------------------
# The load generator (runs in its own process)

_REQUESTS: dict[str, list[bytes]] = {}


def http_request(path: str, port: int, body: bytes) -> bytes:
    """A whole HTTP/1.1 keep-alive POST request, ready to write."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def _client_init(bodies: list[bytes], cpu: int) -> None:
    """Load-generator process start: keep the bodies, pin to `cpu` (-1: anywhere)."""
    _REQUESTS["bodies"] = bodies
    if cpu >= 0 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})


async def _read_answer(reader: asyncio.StreamReader) -> int:
    """Read one HTTP answer; its status (0 when it has no Content-Length)."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = -1
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length < 0:
        return 0
    await reader.readexactly(length)
    return status


async def _run_clients(
    port: int, path: str, clients: int, seconds: float
) -> tuple[list[float], Counter[int], float]:
    """`clients` keep-alive connections sending for `seconds`: (latencies s, errors, elapsed s)."""
    requests = [http_request(path, port, b) for b in _REQUESTS["bodies"]]
    latencies: list[float] = []
    errors: Counter[int] = Counter()  # status -> count; 0: no answer

    async def client(k: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        i = k
        while time.perf_counter() < deadline:
            request = requests[i % len(requests)]
            i += clients
            t0 = time.perf_counter()
            try:
                writer.write(request)
                status = await _read_answer(reader)
            except (OSError, asyncio.IncompleteReadError, ValueError):
                status = 0
            latencies.append(time.perf_counter() - t0)
            if status != 200:
                errors[status] += 1
                if status == 0:  # the connection is in an unknown state: open a new one
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.close()

    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(*(client(k) for k in range(clients)))
    return latencies, errors, time.perf_counter() - start


def client_run(port: int, path: str, clients: int, seconds: float) -> dict[str, Any]:
    """One load run in the load-generator process, with that process's CPU time."""
    cpu0 = time.process_time()
    latencies, errors, elapsed = asyncio.run(_run_clients(port, path, clients, seconds))
    return {
        "latencies": latencies,
        "errors": dict(errors),
        "elapsed": elapsed,
        "cpu": time.process_time() - cpu0,
        "where": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else [],
    }


# ---------------------------------------------------------------------------------------------
# Measuring


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


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def measure(
    pool: ProcessPoolExecutor, server_pid: int, port: int, path: str, clients: int, args: Any
) -> dict[str, Any]:
    """Median p50/p99 (ms) and req/s over repeats, errors, CPU ms per request (server, client)."""
    p50s, p99s, rates, server_ms, http_ms, client_ms = [], [], [], [], [], []
    errs: Counter[int] = Counter()
    where: list[int] = []
    for _ in range(args.repeats):
        main0, children0 = server_cpu(server_pid)
        run = pool.submit(client_run, port, path, clients, args.seconds).result()
        main1, children1 = server_cpu(server_pid)
        lat, n = run["latencies"], len(run["latencies"])
        p50s.append(percentile(lat, 0.50) * 1000)
        p99s.append(percentile(lat, 0.99) * 1000)
        rates.append(n / run["elapsed"])
        server_ms.append((main1 - main0 + children1 - children0) / n * 1000)
        http_ms.append((main1 - main0) / n * 1000)
        client_ms.append(run["cpu"] / n * 1000)
        errs.update(run["errors"])
        where = run["where"]
    return {
        "p50": statistics.median(p50s),
        "p99": statistics.median(p99s),
        "rps": statistics.median(rates),
        "errors": sum(errs.values()),
        "statuses": dict(errs),
        "server_ms": statistics.median(server_ms),
        "http_ms": statistics.median(http_ms),
        "client_ms": statistics.median(client_ms),
        "where": where,
    }


def raise_priority(nice: int) -> None:
    """Give this run (server and clients) a higher share of the cores than other jobs.

    The kernel shares CPU between sessions first (autogroups) and only then by niceness within
    one, so the run goes into a session of its own (re-run as a child when this process does
    not lead one) whose autogroup niceness is lowered by `nice`; it ends with the run.
    """
    if os.getsid(0) != os.getpid():
        child = subprocess.Popen([sys.executable, *sys.argv], start_new_session=True)
        sys.exit(child.wait())
    Path("/proc/self/autogroup").write_text(str(-nice), encoding="ascii")
    os.nice(-nice)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model")
    ap.add_argument("--index")
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", default="1,2", help="server worker processes to try (list)")
    ap.add_argument("--clients", default="1,8,32", help="concurrent clients to try (list)")
    ap.add_argument(
        "--client-cpu", type=int, help="core for the load generator (default the last; -1 any)"
    )
    ap.add_argument(
        "--mode",
        default="serve",
        choices=["serve", "pool", "uvicorn"],
        help="serve: as `detector serve --workers N`; pool: scoring processes even for 1; "
        "uvicorn: uvicorn's worker processes with scoring threads (the earlier design)",
    )
    ap.add_argument(
        "--nice",
        type=int,
        default=0,
        help="run in a session of its own with autogroup niceness -N (root), so that other "
        "jobs on a shared machine take less of the cores from the server and clients",
    )
    ap.add_argument("--serve-port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "api.md"))
    args = ap.parse_args()
    if args.serve_port:
        serve(args.serve_port, args.model, args.index, int(args.workers), args.mode)
        return

    if args.nice:
        raise_priority(args.nice)
    bodies, sizes = load_bodies(args.pages)
    if not bodies:
        sys.exit("bench_api: no 100-300 KB pages found in the shared data")
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else [-1]
    client_cpu = cores[-1] if args.client_cpu is None else args.client_cpu
    worker_counts = [int(w) for w in str(args.workers).split(",") if w.strip()]
    concurrency = [int(c) for c in str(args.clients).split(",") if c.strip()]
    summary: dict[tuple[int, str, int], dict[str, Any]] = {}
    health: dict[str, Any] = {}
    loads: dict[int, list[float]] = {}
    ctx = get_context("spawn")
    with ProcessPoolExecutor(1, ctx, _client_init, (bodies, client_cpu)) as pool:
        for workers in worker_counts:
            server, base = start_server(args, workers)
            port = int(base.rsplit(":", 1)[1])
            loads[workers] = [os.getloadavg()[0]]
            try:
                health = httpx.get(f"{base}/v1/health", timeout=5, trust_env=False).json()
                pool.submit(client_run, port, "/v1/score", 2 * workers, 2.0).result()  # warm up
                for path in PATHS:
                    for clients in concurrency:
                        fig = measure(pool, server.pid, port, path, clients, args)
                        summary[(workers, path, clients)] = fig
                        loads[workers].append(os.getloadavg()[0])
                        print(f"workers={workers} {path} x{clients}: {fig}", file=sys.stderr)
            finally:
                server.terminate()
                try:
                    server.wait(15)
                except subprocess.TimeoutExpired:
                    server.kill()
    write_report(args, summary, health, loads, bodies, sizes, worker_counts, concurrency)


def write_report(
    args: argparse.Namespace,
    summary: dict[tuple[int, str, int], dict[str, Any]],
    health: dict[str, Any],
    loads: dict[int, list[float]],
    bodies: list[bytes],
    sizes: list[int],
    worker_counts: list[int],
    concurrency: list[int],
) -> None:
    """bench/results/api.md: the table, the goals and how it was measured."""
    rows = []
    for workers in worker_counts:
        for clients in concurrency:
            for path in PATHS:
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
                        f"{fig['server_ms']:.1f}",
                        f"{fig['http_ms']:.1f}",
                        f"{fig['server_ms'] * fig['rps'] / 1000:.2f}",
                        f"{fig['client_ms']:.2f}",
                        f"{fig['p50'] / noop['p50']:.1f}x",
                    ]
                )
    goals = []
    for workers in worker_counts:
        s8 = summary.get((workers, "/v1/score", 8))
        s32 = summary.get((workers, "/v1/score", 32))
        if s8 is None or s32 is None:
            continue
        goals.append(
            f"- {workers} worker(s): p99 < 100 ms at 8 clients: "
            f"**{'met' if s8['p99'] < 100 else 'NOT met'}** ({s8['p99']:.1f} ms); "
            f"no errors at 32 clients: **{'met' if s32['errors'] == 0 else 'NOT met'}** "
            f"({int(s32['errors'])} errors)."
        )
    where = next(iter(summary.values()))["where"]
    load_text = "; ".join(
        f"{w} worker(s): {min(v):.1f}-{max(v):.1f}" for w, v in sorted(loads.items())
    )
    goal_lines = "\n".join(goals) or "- (not every concurrency was run)"
    nice_text = (
        f"server and clients in a session of their own at autogroup niceness {-args.nice}, so "
        "that the other jobs took less of the cores"
        if args.nice
        else "server and clients at the default niceness, sharing the cores with the other jobs"
    )
    notes = f"""
Real pages: {len(bodies)} pages of 100-300 KB from the shared HTML corpora (median
{statistics.median(sizes) / 1000:.0f} KB), sent as `{{url, html}}` JSON, cycled. Model
`{health.get("model")}`, index `{health.get("index")}`. The server is the service as
`detector serve [--workers N]` runs it, in its own process(es), with the result cache turned off
so every request is parsed and scored. The load generator is another process, pinned to core(s)
{where or "any"} of {os.cpu_count()}: one keep-alive connection per client, pre-built request
bytes, no HTTP library; each client sends for {args.seconds:g} s per repeat; figures are medians
over {args.repeats} repeats. `POST /v1/noop` is the baseline: the same server, the same body
read and validated, no scoring. "server CPU" and "client CPU" are the CPU time per request of
the server processes and of the load generator ("of it HTTP process": the process that reads
requests and answers them; with 2 workers two forked processes score), "server cores busy" the
server's CPU seconds per second (at most 2 here); the last column is the p50 relative to the
no-op endpoint at the same concurrency.

Goals:
{goal_lines}

Measured on a shared 2-core machine (1-minute load average during the runs: {load_text};
{nice_text}):
absolute figures drift with the other jobs, the CPU per request and the ratios to the no-op
baseline hold better. Reproduce: `.venv/bin/python bench/bench_api.py [--model PATH]
[--workers 1,2] [--nice 10]`.

Findings (separate checks on the same machine, 2026-11-28):
- The earlier load generator (httpx.AsyncClient in the benchmark process) spent 2.5 ms of CPU
  per request, more than the server's whole no-op handling (~1 ms); this one spends 0.2 ms
  (same server, same run). The earlier no-op figures (354 req/s at 1 client) were mostly it.
- uvicorn's worker processes (what `--workers 2` ran before) do not share the load: a
  keep-alive connection stays with the worker that accepted it, and in 2 of 3 runs all 8
  connections landed on one worker while the other used no CPU. `detector serve --workers N`
  now forks N scoring processes behind one HTTP process and gives each page to the next idle
  one (in the same check: 1.0 and 1.1 CPU-seconds each).
- `concurrent.futures.ProcessPoolExecutor` for those processes cost about 2 ms of the HTTP
  process's CPU per page (its manager and feeder threads; the event loop waited ~4 ms for the
  GIL at each submit); a Unix socket pair per process, written and read by the event loop,
  brought the HTTP process from 4.0 to 3.0 ms per scored page (two short runs).
- A full garbage collection over the loaded model and index took 250-350 ms; `gc.freeze()`
  after the warm-up takes them out of it (0 ms). 180 scored pages caused no full collection
  (6 young ones, 2 ms in all), so this guards a rare pause rather than this p99; thresholds
  are left at their defaults.
- Request path per 160 KB page: JSON decode 0.33 ms (orjson 0.23 ms: not worth a
  dependency), blake2b cache key 0.24 ms, validation 0.01 ms; the UTF-8 encoding is done once
  for both the surrogate check and the key. httptools instead of h11: no measurable change in
  server CPU per request (1.20 vs 1.15 ms no-op, alternated runs), not added.
- The kernel shares the CPU between sessions (autogroups) before niceness: with 4-5 other
  jobs' sessions running, the server got ~0.4 cores (22-24 pages/s at 16 ms of CPU each)
  whatever its niceness. `--nice 10` runs the benchmark in a session of its own at autogroup
  niceness -10.
"""
    write_markdown(
        Path(args.out),
        "HTTP service: POST /v1/score latency on loopback",
        [
            "workers",
            "endpoint",
            "clients",
            "p50 ms",
            "p99 ms",
            "req/s",
            "errors",
            "server CPU ms/req",
            "of it HTTP process",
            "server cores busy",
            "client CPU ms/req",
            "p50 vs no-op",
        ],
        rows,
        notes,
    )
    print(Path(args.out).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
