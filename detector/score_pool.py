"""Scoring processes for the HTTP service: one event loop reads requests, N processes score.

Scoring is CPU-bound Python: threads in the server process take turns on the GIL with the
event loop, so more threads do not score more pages, and every request read waits for a score
to let go. `ScorePool` forks N processes from a process that has loaded (and warmed up) a
scorer: they share its memory copy-on-write, start at once, and each takes the next page from
one shared queue, so no process idles while another has a backlog (uvicorn's worker processes
each keep the keep-alive connections they happened to accept, however busy they are).
"""

from __future__ import annotations

import signal
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any, Protocol

from detector.results import ScoreResult
from detector.sources.base import InputRecord


class RecordScorer(Protocol):
    """What a scoring process runs: `detector.scoring.Scorer.score_record`."""

    def score_record(self, record: InputRecord) -> ScoreResult:
        """Score one record; a bad page gives an error row, never an exception."""
        ...


_scorer: RecordScorer | None = None  # set in each scoring process by `_start_process`


def _start_process(scorer: RecordScorer) -> None:
    # The HTTP process stops the pool on Ctrl-C; the scoring processes must not die first
    # (they share the terminal's process group) with a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _scorer
    _scorer = scorer


def _score(record: InputRecord) -> ScoreResult:
    assert _scorer is not None, "not a scoring process"
    return _scorer.score_record(record)


def _ready(_: int) -> bool:
    return _scorer is not None


class ScorePool:
    """`processes` scoring processes forked from this one, each with `scorer` as loaded here.

    Build it before the server starts threads: forking a process with other threads running
    can copy a lock some thread holds. Call `gc.freeze()` first, so that the collector does
    not write to (and so copy) the pages the processes share. The scorer is inherited, never
    pickled; records and results are.
    """

    def __init__(self, scorer: RecordScorer, processes: int) -> None:
        if processes < 1:
            raise ValueError(f"a scoring pool needs at least 1 process, got {processes}")
        self.scorer = scorer
        self.processes = processes
        self.executor: Executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            self.processes,
            mp_context=get_context("fork"),
            initializer=_start_process,
            initargs=(self.scorer,),
        )
        # With fork, the first submit starts every process at once; check that each runs.
        if not all(executor.map(_ready, range(self.processes))):
            raise RuntimeError("a scoring process did not start")
        return executor

    @property
    def score(self) -> Any:
        """The function to run in `executor` for one record (picklable, unlike a bound method)."""
        return _score

    def restart(self) -> None:
        """Replace a broken pool (a scoring process died, e.g. killed for memory)."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def shutdown(self) -> None:
        """Stop the scoring processes."""
        self.executor.shutdown(wait=True, cancel_futures=True)


__all__ = ["BrokenProcessPool", "ScorePool"]
