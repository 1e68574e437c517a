"""Scoring processes for the HTTP service: one event loop reads requests, N processes score.

Scoring is CPU-bound Python: threads in the server process take turns on the GIL with the
event loop, so more threads do not score more pages, and every request read waits for a score
to let go. `ScorePool` forks N processes from a process that has loaded (and warmed up) a
scorer: they share its memory copy-on-write and start at once. The event loop hands each page
to an idle process over a Unix socket pair and awaits the answer on the same socket, so no
process idles while pages wait (uvicorn's worker processes each keep the keep-alive
connections they happened to accept, however busy they are), and no thread sits between the
loop and the processes (`concurrent.futures.ProcessPoolExecutor` hands every page through two
threads and two pipes: measured ~2 ms of the server process's CPU per page and a stall of the
loop at each submit).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import os
import pickle
import signal
import socket
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

from detector.results import ScoreResult
from detector.sources.base import InputRecord

_HEADER = 8  # bytes of the big-endian length before every pickled message


class RecordScorer(Protocol):
    """What a scoring process runs: `detector.scoring.Scorer.score_record`."""

    def score_record(self, record: InputRecord) -> ScoreResult:
        """Score one record; a bad page gives an error row, never an exception."""
        ...


class ScorerDied(RuntimeError):
    """A scoring process died (killed, out of memory) while it had a page; it was replaced."""


def _recv_exactly(sock: socket.socket, size: int) -> bytes | None:
    buf = bytearray(size)
    view = memoryview(buf)
    got = 0
    while got < size:
        n = sock.recv_into(view[got:])
        if n == 0:
            return None
        got += n
    return bytes(buf)


def _serve(sock: socket.socket, scorer: RecordScorer) -> None:
    """A scoring process: read a record, answer ("ok", result) or ("error", message); repeat."""
    while True:
        head = _recv_exactly(sock, _HEADER)
        if head is None:  # the server closed its end: stop
            return
        body = _recv_exactly(sock, int.from_bytes(head, "big"))
        if body is None:
            return
        record = pickle.loads(body)
        try:
            reply: tuple[str, Any] = ("ok", scorer.score_record(record))
        except Exception as exc:  # the scorer promises error rows; pass anything else on
            reply = ("error", f"{type(exc).__name__}: {exc}")
        out = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
        sock.sendall(len(out).to_bytes(_HEADER, "big") + out)


@dataclass
class _Worker:
    pid: int
    sock: socket.socket
    streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = field(default=None)


class ScorePool:
    """`processes` scoring processes forked from this one, each with `scorer` as loaded here.

    Build it before the server opens sockets or starts threads, and call `gc.freeze()` first,
    so that the collector does not write to (and so copy) the pages the processes share. The
    scorer is inherited, never pickled; records and results are. A process that dies, or
    that is still on a page when the caller gives up on it (the time cap), is killed and
    replaced by a new fork that keeps only the file descriptors this process had when the
    pool was built (not the server's sockets). `score` is for one event loop (the server's):
    the idle queue and the sockets' streams belong to the first loop that uses them.
    """

    def __init__(self, scorer: RecordScorer, processes: int) -> None:
        if processes < 1:
            raise ValueError(f"a scoring pool needs at least 1 process, got {processes}")
        self.scorer = scorer
        self.processes = processes
        self._fds_at_start = _open_fds()
        self._workers: list[_Worker] = []
        for _ in range(processes):
            self._workers.append(self._fork())
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        for worker in self._workers:
            self._idle.put_nowait(worker)

    def pids(self) -> list[int]:
        """The scoring processes' ids."""
        return [w.pid for w in self._workers]

    def _fork(self) -> _Worker:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        pid = os.fork()
        if pid == 0:  # the scoring process: never return into the server's code
            code = 0
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops us on Ctrl-C
                _die_with_parent()
                keep = self._fds_at_start | {0, 1, 2, theirs.fileno()}
                for fd in _open_fds() - keep:
                    with contextlib.suppress(OSError):
                        os.close(fd)
                _serve(theirs, self.scorer)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        theirs.close()
        return _Worker(pid, ours)

    async def score(self, record: InputRecord) -> ScoreResult:
        """Score `record` in the next idle process.

        Raises:
            ScorerDied: the process died on this page (it was replaced).
            RuntimeError: the scorer raised instead of returning an error row.
        """
        worker = await self._idle.get()
        try:
            if worker.streams is None:
                worker.streams = await asyncio.open_connection(sock=worker.sock)
            reader, writer = worker.streams
            payload = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
            writer.write(len(payload).to_bytes(_HEADER, "big") + payload)
            await writer.drain()
            size = int.from_bytes(await reader.readexactly(_HEADER), "big")
            status, value = pickle.loads(await reader.readexactly(size))
        except (ConnectionError, asyncio.IncompleteReadError) as exc:
            self._replace(worker)
            raise ScorerDied(f"scoring process {worker.pid} died: {exc}") from None
        except BaseException:  # cancelled (the time cap) mid-page: its process is still busy
            self._replace(worker)
            raise
        self._idle.put_nowait(worker)
        if status != "ok":
            raise RuntimeError(f"the scorer failed: {value}")
        result: ScoreResult = value
        return result

    def _replace(self, worker: _Worker) -> None:
        _stop(worker, grace=0.0)
        new = self._fork()
        self._workers[self._workers.index(worker)] = new
        self._idle.put_nowait(new)

    def shutdown(self) -> None:
        """Stop the scoring processes (each finishes the page it has, for up to 2 s)."""
        for worker in self._workers:
            _stop(worker, grace=2.0)


def _stop(worker: _Worker, grace: float) -> None:
    """Close the worker's socket (it exits at EOF), kill it after `grace` s, reap it."""
    if worker.streams is not None:
        with contextlib.suppress(RuntimeError):  # its event loop is closed already
            worker.streams[1].close()
    worker.sock.close()
    deadline = time.monotonic() + grace
    while True:
        try:
            pid, _ = os.waitpid(worker.pid, os.WNOHANG)
        except ChildProcessError:
            return
        if pid:
            return
        if time.monotonic() >= deadline:
            break
        time.sleep(0.01)
    with contextlib.suppress(ProcessLookupError):
        os.kill(worker.pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(worker.pid, 0)


def _die_with_parent() -> None:
    """Ask Linux to kill this process when the server dies (no orphans even after SIGKILL)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1: PR_SET_PDEATHSIG


def _open_fds() -> set[int]:
    """This process's open file descriptors (Linux; empty elsewhere: nothing is closed)."""
    try:
        return {int(fd) for fd in os.listdir("/proc/self/fd")}
    except OSError:
        return set()
