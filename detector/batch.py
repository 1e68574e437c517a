"""Batch scoring over any source, resumable, on one machine or a Dask cluster.

The runner reads inputs (paths, `--records` JSONL, WARC/WET files, URL lists), scores them in
chunks with a `Scorer`, applies allow/deny lists, writes rows as they come, confirms them in the
resume state, and ends with a summary. Engines only decide *where* chunks are scored: in this
process (`local`) or on Dask workers (`dask`); the rows are the same.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import pickle
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import IO, Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from detector.batch_output import (
    RowWriter,
    open_site_writer,
    open_writer,
    resumable_path,
    unflatten,
)
from detector.config import Settings
from detector.errors import ConfigError, DetectorError
from detector.lists import ListSet
from detector.results import TIERS, Reason, ScoreResult
from detector.resume import ResumeState
from detector.siterollup import SiteRollup
from detector.sources.base import InputRecord
from detector.sources.fetch import FetchOptions
from detector.sources.partitions import Part

CHUNK_SIZE = 64  # records per scoring call: large enough for batched predict, small for resume


@runtime_checkable
class Scorer(Protocol):
    """What batch scoring needs from `detector.scoring.Scorer`."""

    def score_record(self, record: InputRecord) -> ScoreResult:
        """Score one record; a bad page gives an error row, never an exception."""
        ...

    def score_records(self, records: Iterable[InputRecord]) -> Iterator[ScoreResult]:
        """Score records in batches, yielding results in the same order."""
        ...


@dataclass(frozen=True)
class ScorerSpec:
    """A picklable recipe for a scorer, built once per process (per Dask worker).

    `factory` names a class (`module:Name`) with `from_settings(settings, model_path=...,
    index_path=...)`.
    """

    settings: Settings
    model_path: Path | None = None
    index_path: Path | None = None
    factory: str = "detector.scoring:Scorer"

    def key(self) -> str:
        """A stable key of this recipe (Settings holds a dict, so it is not hashable)."""
        return hashlib.sha1(pickle.dumps(self)).hexdigest()

    def build(self) -> Scorer:
        """Import the factory and build a scorer (use `get_scorer` for the cached one)."""
        module_name, _, attr = self.factory.partition(":")
        try:
            cls = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"scorer factory {self.factory!r} cannot be loaded: {exc}") from exc
        scorer: Scorer = cls.from_settings(
            self.settings, model_path=self.model_path, index_path=self.index_path
        )
        return scorer


_SCORERS: dict[str, Scorer] = {}
_SCORERS_LOCK = threading.Lock()


def get_scorer(spec: ScorerSpec) -> Scorer:
    """The scorer for `spec` in this process: the model and index are loaded once."""
    key = spec.key()
    with _SCORERS_LOCK:
        scorer = _SCORERS.get(key)
        if scorer is None:
            scorer = _SCORERS[key] = spec.build()
        return scorer


def error_result(record: InputRecord, error: DetectorError | None = None) -> ScoreResult:
    """The error row of a record that could not be read, fetched or scored."""
    err = error or record.error or DetectorError("unknown failure")
    return ScoreResult(
        id=record.id,
        input=record.input,
        url=record.url,
        error={"kind": err.kind, "message": str(err)},
    )


def score_chunk(scorer: Scorer, records: Sequence[InputRecord]) -> list[ScoreResult]:
    """Results for `records`, in order: error records pass through as error rows.

    If the scorer fails on the batch as a whole (it should not), records are retried one by one
    so that one bad page cannot cost the others their rows.
    """
    good = [r for r in records if r.error is None]
    try:
        scored = list(scorer.score_records(good)) if good else []
        if len(scored) != len(good):
            raise DetectorError(f"scorer returned {len(scored)} results for {len(good)} records")
    except Exception:
        scored = [_score_one(scorer, r) for r in good]
    it = iter(scored)
    return [error_result(r) if r.error is not None else next(it) for r in records]


def _score_one(scorer: Scorer, record: InputRecord) -> ScoreResult:
    try:
        return scorer.score_record(record)
    except DetectorError as exc:
        return error_result(record, exc)
    except Exception as exc:
        return error_result(record, DetectorError(f"{type(exc).__name__}: {exc}", kind="scoring"))


def fill_fetched(record: InputRecord, default: date | None) -> InputRecord:
    """The record with `default` as its fetch date when it has none (and is not an error)."""
    if record.fetched is None and record.error is None and default:
        return dataclasses.replace(record, fetched=default)
    return record


def strip_content(record: InputRecord) -> InputRecord:
    """The record without its page bytes (what the runner keeps after scoring)."""
    return dataclasses.replace(record, content=None)


# ----------------------------------------------------------------------------------- inputs


@dataclass
class BatchInputs:
    """Everything one run reads: local paths (and `-`), JSONL record files, WARCs, URL lists."""

    paths: Sequence[str] = ()
    records: Sequence[str] = ()
    warcs: Sequence[str] = ()
    url_lists: Sequence[str] = ()
    stdin: IO[bytes] | None = None
    max_bytes: int = 5_000_000
    default_fetched: date | None = None  # "now" for records that do not say when they were seen

    def local_records(self) -> Iterator[InputRecord]:
        """Records that are read here (not fetched): paths, record files, WARCs, in order."""
        for record in self._local_records():
            yield fill_fetched(record, self.default_fetched)

    def parts(self, per_part: int) -> Iterator[Part | InputRecord]:
        """The local inputs as parts that a worker reads from the shared path, and the records
        that cannot be cut (read here, with the default date filled in), in reading order.

        A part's records need `fill_fetched` with `default_fetched` once read.
        """
        from detector.sources.partitions import plan_parts

        for item in plan_parts(self.paths, self.records, self.warcs, per_part=per_part,
                               stdin=self.stdin, max_bytes=self.max_bytes):  # fmt: skip
            yield item if isinstance(item, Part) else fill_fetched(item, self.default_fetched)

    def _local_records(self) -> Iterator[InputRecord]:
        from detector.sources.files import iter_paths, iter_records_file
        from detector.sources.warc import iter_warc

        yield from iter_paths(self.paths, stdin=self.stdin, max_bytes=self.max_bytes)
        for path in self.records:
            yield from iter_records_file(path)
        for path in self.warcs:
            yield from iter_warc(path, max_bytes=self.max_bytes)

    def check(self) -> None:
        """Fail before any work when a records file, WARC or URL list is missing.

        Raises:
            ConfigError: naming every missing file (positional paths get error rows instead).
        """
        named = [*self.records, *self.warcs, *self.url_lists]
        missing = [p for p in named if not Path(p).is_file()]
        if missing:
            raise ConfigError(f"input file(s) not found: {', '.join(missing)}")

    def count_local(self) -> int | None:
        """How many local records there will be, or None when it cannot be known cheaply (WARCs,
        standard input). Used for the progress bar's ETA only."""
        from detector.sources.files import is_warc_path, iter_directory

        if self.warcs:
            return None
        n = 0
        for raw in self.paths:
            path = Path(raw)
            if raw == "-":
                n += 1
            elif path.is_dir():
                for child in iter_directory(path):
                    if is_warc_path(child):
                        return None
                    n += 1
            elif is_warc_path(path):
                return None
            else:
                n += 1
        for rec_path in self.records:
            n += _count_lines(Path(rec_path))
        return n

    def url_items(self) -> Iterator[tuple[str, str]]:
        """`(id, url)` pairs of the URL lists; the id of a URL is the URL itself."""
        from detector.sources.urls import iter_url_list

        for path in self.url_lists:
            for url in iter_url_list(path):
                yield url, url


def _count_lines(path: Path) -> int:
    """Non-blank lines of a (possibly gzipped) text file, read in binary blocks."""
    import gzip

    if not path.is_file():
        return 0
    opener = gzip.open if path.suffix == ".gz" else open
    n = 0
    with opener(path, "rb") as fh:
        last = b"\n"
        while block := fh.read(1 << 20):
            n += block.count(b"\n")
            last = block[-1:]
        if last != b"\n":
            n += 1
    return n


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of up to `size` items."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# ---------------------------------------------------------------------------- bookkeeping


@dataclass
class Summary:
    """Counts for the final report: tiers, error kinds, slow hosts."""

    rows: int = 0
    skipped_done: int = 0
    duplicates: int = 0
    tiers: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    listed: Counter[str] = field(default_factory=Counter)
    host_time: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    started: float = field(default_factory=time.monotonic)

    def add(self, record: InputRecord, row: dict[str, Any]) -> None:
        """Count one written row."""
        self.rows += 1
        if row.get("error"):
            self.errors[row["error"]["kind"]] += 1
        else:
            self.tiers[str(row.get("tier"))] += 1
        if row.get("list"):
            self.listed[row["list"]["action"]] += 1
        if record.elapsed is not None:
            host = urlsplit(record.input).hostname or record.input
            self.host_time[host].append(record.elapsed)

    def slowest_hosts(self, n: int = 5) -> list[tuple[str, float, int]]:
        """`(host, mean fetch seconds, pages)` of the `n` slowest hosts."""
        means = [(h, sum(t) / len(t), len(t)) for h, t in self.host_time.items() if t]
        return sorted(means, key=lambda x: -x[1])[:n]

    def render(self) -> str:
        """The summary as printed on stderr."""
        secs = max(time.monotonic() - self.started, 1e-9)
        lines = [f"detector: {self.rows} rows in {secs:.1f} s ({self.rows / secs:.1f} rows/s)"]
        if self.skipped_done or self.duplicates:
            lines.append(
                f"  skipped: {self.skipped_done} already done (resume), "
                f"{self.duplicates} duplicate inputs"
            )
        tiers = ", ".join(f"{t} {self.tiers[t]}" for t in TIERS if self.tiers[t])
        lines.append(f"  tiers: {tiers or 'none'}")
        errors = ", ".join(f"{k} {n}" for k, n in self.errors.most_common())
        lines.append(f"  errors: {errors or 'none'}")
        if self.listed:
            lines.append("  listed: " + ", ".join(f"{k} {n}" for k, n in self.listed.items()))
        slow = self.slowest_hosts()
        if slow:
            lines.append(
                "  slowest hosts: "
                + ", ".join(f"{h} {mean:.2f} s ({n} pages)" for h, mean, n in slow)
            )
        return "\n".join(lines)


class Gate:
    """Which inputs get a row: each id once (the first time it is read), and none that the
    resume state already holds; the skipped ones are counted in the summary."""

    def __init__(self, done: set[str], summary: Summary) -> None:
        self.done = done
        self.seen = set(done)
        self.summary = summary

    def is_done(self, rid: str) -> bool:
        """True (and counted) when `rid` was written by an earlier run."""
        if rid in self.done:
            self.summary.skipped_done += 1
            return True
        return False

    def first(self, rid: str) -> bool:
        """True the first time `rid` comes; later times are counted as duplicates."""
        if rid in self.seen:
            self.summary.duplicates += 1
            return False
        self.seen.add(rid)
        return True

    def fresh(self, rid: str) -> bool:
        """Neither done nor seen before: the input gets a row."""
        return not self.is_done(rid) and self.first(rid)


def apply_lists(result: ScoreResult, lists: ListSet | None) -> dict[str, Any]:
    """The output row of a result: with a list verdict, the list's tier and rule come first and
    the model's own tier and reasons stay beside it."""
    row = result.to_dict()
    if lists is None:
        return row
    match = lists.match(result.url or result.input)
    row["list"] = match.to_dict() if match else None
    if match is None or result.error:
        return row
    row["model_tier"] = row["tier"]
    row["tier"] = match.verdict
    reason = Reason(
        signal=f"list__{match.action}",
        value=1.0,
        evidence=f"{match.action} list {match.rule.list_name} line {match.rule.line}: "
        f"{match.rule.text}",
        weight=0.0,  # a list verdict overrides the tier; it adds nothing to the model's score
    )
    row["reasons"] = [dataclasses.asdict(reason), *row["reasons"]]
    return row


# ---------------------------------------------------------------------------------- runner


@dataclass
class BatchOptions:
    """How one batch run writes and where it scores."""

    fmt: str = "jsonl"
    out: Path | None = None
    resume: bool = False
    by_site: bool = False
    sites_out: Path | None = None
    engine: str = "local"
    scheduler: str | None = None
    workers: int | None = None
    chunk_size: int = CHUNK_SIZE
    # Dask: workers read parts of local files from the shared path (False: the client reads
    # every page and ships it); a worker that does not see a file falls back to the client.
    worker_reads: bool = True
    progress: bool | None = None  # None: only when stderr is a terminal
    summary: bool = True


class BatchRunner:
    """Runs one batch: inputs in, rows out; see the module docstring."""

    def __init__(
        self,
        inputs: BatchInputs,
        options: BatchOptions,
        *,
        scorer: Scorer | None = None,
        spec: ScorerSpec | None = None,
        fetch: FetchOptions | None = None,
        lists: ListSet | None = None,
        stderr: IO[str] | None = None,
        stdout: IO[bytes] | None = None,
    ) -> None:
        if scorer is None and spec is None:
            raise ConfigError("a batch needs a scorer or a scorer spec")
        if options.resume and options.out is None:
            raise ConfigError("--resume needs --out FILE (standard output cannot be resumed)")
        if options.fmt == "table" and options.resume:
            raise ConfigError("--format table cannot be resumed; use jsonl, csv or parquet")
        self.inputs = inputs
        self.options = options
        self.scorer = scorer
        self.spec = spec
        self.fetch = fetch or FetchOptions()
        self.lists = lists
        self.stderr = stderr or sys.stderr
        self.stdout = stdout
        self.summary = Summary()
        self.rollup = SiteRollup() if options.by_site else None

    # -- plumbing ---------------------------------------------------------------------------

    def _state(self) -> ResumeState | None:
        out = self.options.out
        if out is None:
            return None
        state = ResumeState(resumable_path(out, self.options.fmt), fmt=self.options.fmt)
        if self.options.resume:
            state.load()
        else:
            for stale in (state.out, out):
                if stale.exists():
                    stale.unlink()
            state.start_fresh()
        state.open()
        return state

    def _writer(self) -> RowWriter | None:
        if self.options.by_site and self.options.out is None:
            return None  # the site report is the output
        return open_writer(self.options.fmt, self.options.out, self.stdout)

    def _progress(self, total: int | None) -> Any:
        show = self.options.progress
        if show is None:
            show = bool(getattr(self.stderr, "isatty", lambda: False)())
        if not show:
            return None
        from tqdm import tqdm

        return tqdm(total=total, file=self.stderr, unit="page", dynamic_ncols=True, smoothing=0.1)

    # -- the run ----------------------------------------------------------------------------

    def run(self) -> Summary:
        """Score every input once and write its row; returns the summary (also printed)."""
        self.inputs.check()
        state = self._state()
        done = state.done if state else set()
        if state and self.rollup is not None and done:
            self._reload_rollup()
        gate = Gate(done, self.summary)
        all_urls = list(self.inputs.url_items())
        url_items = [item for item in all_urls if gate.fresh(item[0])]
        writer = self._writer()
        bar = self._progress(None)
        if bar is not None:
            n_local = self.inputs.count_local()
            if n_local is not None:
                bar.total = n_local + len(all_urls) - self.summary.duplicates
                bar.initial = min(len(done), bar.total)
                bar.refresh()
        pending: list[str] = []  # ids written since the last confirmation
        try:
            for records, results in self._engine_results(gate, url_items):
                for record, result in zip(records, results, strict=True):
                    row = apply_lists(result, self.lists)
                    if writer is not None:
                        writer.write(row)
                        pending.append(record.id)
                    self.summary.add(record, row)
                    if self.rollup is not None:
                        self.rollup.add(row)
                if writer is not None and state is not None:
                    size = writer.flush()
                    state.confirm([(rid, size) for rid in pending])
                pending = []
                if bar is not None:
                    bar.update(len(records))
                    bar.set_postfix(errors=sum(self.summary.errors.values()), refresh=False)
        finally:
            if bar is not None:
                bar.close()
            if writer is not None:
                # Rows of an unfinished chunk stay unconfirmed: an interrupt may have cut the
                # last one short, so a resume cuts them away and scores them again.
                writer.close()
            if state is not None:
                state.close()
        self._finish(writer)
        return self.summary

    def _finish(self, writer: RowWriter | None) -> None:
        finish = getattr(writer, "finish", None)
        if callable(finish):
            finish()
        if self.rollup is not None:
            site_writer = open_site_writer(self.options.fmt, self.options.sites_out, self.stdout)
            for row in self.rollup.report():
                site_writer.write(row)
            site_writer.close()
        if self.options.summary:
            print(self.summary.render(), file=self.stderr)

    def _reload_rollup(self) -> None:
        """On resume, feed the rows already written into the site roll-up."""
        import json

        out = self.options.out
        assert out is not None and self.rollup is not None
        path = resumable_path(out, self.options.fmt)
        if self.options.fmt == "csv":
            import csv

            with path.open(encoding="utf-8", newline="") as fh:
                for flat in csv.DictReader(fh):
                    self.rollup.add(unflatten(flat))
            return
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                self.rollup.add(json.loads(line))

    def _engine_results(
        self, gate: Gate, url_items: list[tuple[str, str]]
    ) -> Iterator[tuple[list[InputRecord], list[ScoreResult]]]:
        if self.options.engine == "local":
            local = (r for r in self.inputs.local_records() if gate.fresh(r.id))
            return self._local_results(local, url_items)
        if self.options.engine == "dask":
            from detector.batch_dask import dask_results

            if self.spec is None:
                raise ConfigError("--engine dask needs a scorer spec (model and index paths)")
            return dask_results(
                self.spec,
                self.inputs,
                gate,
                url_items,
                fetch=self.fetch,
                chunk_size=self.options.chunk_size,
                scheduler=self.options.scheduler,
                workers=self.options.workers,
                worker_reads=self.options.worker_reads,
                notice=lambda message: print(message, file=self.stderr),
            )
        raise ConfigError(f"unknown engine {self.options.engine!r}; known: local, dask")

    def _local_results(
        self, local: Iterator[InputRecord], url_items: list[tuple[str, str]]
    ) -> Iterator[tuple[list[InputRecord], list[ScoreResult]]]:
        from detector.sources.fetch import iter_fetched

        scorer = self.scorer if self.scorer is not None else get_scorer(self.spec)  # type: ignore[arg-type]
        fetched: Iterable[InputRecord] = iter_fetched(url_items, self.fetch) if url_items else ()
        for source in (local, fetched):
            for chunk in chunked(source, self.options.chunk_size):
                results = score_chunk(scorer, chunk)
                yield [strip_content(r) for r in chunk], results
