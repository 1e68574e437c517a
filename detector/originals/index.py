"""The originals index: build it from sources, open it (cached per process), match pages."""

from __future__ import annotations

import itertools
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from detector.errors import DetectorError, OriginalsIndexError, RecordError
from detector.originals.corpora import Item, default_sources, parse_date, read_source
from detector.originals.filestore import load_index, write_index
from detector.originals.records import Match, Original
from detector.originals.sketch import (
    IndexParams,
    Sketch,
    Sketcher,
    frequent_values,
    stop_shingles,
)
from detector.originals.store import Arrays, ArrayStore, Store, meta_bytes
from detector.originals.text import distinct_runs, tokens
from detector.originals.verify import Thresholds, verify

if TYPE_CHECKING:
    from detector.config import Settings
    from detector.page import Page


@dataclass
class BuildReport:
    """What a build or an add did: originals added, bad records by reason, time taken."""

    added: int = 0
    bad: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)  # the first few bad-record messages
    seconds: float = 0.0
    file_bytes: int = 0

    def record_bad(self, error: DetectorError) -> None:
        """Count one bad record."""
        self.bad[error.kind] += 1
        if len(self.examples) < 5:
            self.examples.append(str(error))

    def summary(self) -> str:
        """One line for a person."""
        rate = self.added / self.seconds if self.seconds else 0.0
        bad = ", ".join(f"{k} {v}" for k, v in sorted(self.bad.items())) or "none"
        return f"added {self.added} originals in {self.seconds:.1f} s ({rate:,.0f}/s); bad records: {bad}"


class IndexBuilder:
    """Sketches originals and collects them into `Arrays` (optionally on top of an index).

    A new index first holds back its first `params.stop_sample` originals to count shingle
    document frequencies and fix the stop shingles, then sketches them and carries on.
    Originals are tokenised as they are added and sketched `BATCH` at a time, so the numpy
    work is a few calls per batch, not per original (the same signatures as one at a time).
    """

    BATCH = 512  # about 80k shingles: the per-permutation buffer stays in cache

    def __init__(self, params: IndexParams | None = None, base: ArrayStore | None = None) -> None:
        self.params = base.params if base else (params or IndexParams())
        self.sketcher = Sketcher(self.params, base.stop if base else None)
        self.stop_fixed = base is not None
        self.base = base.arrays if base else Arrays.empty(self.params)
        self.seen: set[str] = set(self.base.ids()) if base and len(base) else set()
        self._tokens: list[list[bytes]] = []  # the batch being filled
        self._batch_metas: list[bytes] = []
        # Batches (shingles, counts, metas) held until the stop shingles are fixed, the number
        # of originals in them and their per-original distinct shingles (for the frequencies).
        self._held: list[tuple[np.ndarray, np.ndarray, list[bytes]]] = []
        self._n_held = 0
        self._held_distinct: list[np.ndarray] = []
        self._sigs: list[np.ndarray] = []
        self._sizes: list[np.ndarray] = []
        self._metas: list[bytes] = []

    def add(self, original: Original) -> None:
        """Take one original. Raises RecordError for a duplicate id or no words."""
        if original.id in self.seen:
            raise RecordError(f"{original.id}: id already in the index", kind="duplicate_id")
        toks = tokens(original.text)
        if not toks:
            raise RecordError(f"{original.id}: no words in the text", kind="no_text")
        self.seen.add(original.id)
        self._tokens.append(toks)
        self._batch_metas.append(meta_bytes(original))
        if len(self._tokens) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        """Sketch the batch (or, before the stop shingles are fixed, hold its shingle sets)."""
        if not self._tokens:
            return
        flat, counts = self.sketcher.shingles_many(self._tokens)
        metas = self._batch_metas
        self._tokens, self._batch_metas = [], []
        if self.stop_fixed:
            self._keep(flat, counts, metas)
            return
        self._held.append((flat, counts, metas))
        take = min(len(counts), self.params.stop_sample - self._n_held)
        if take > 0:
            used = int(counts[:take].sum())
            self._held_distinct.append(distinct_runs(flat[:used], counts[:take], True)[0])
        self._n_held += len(counts)
        if self._n_held >= self.params.stop_sample:
            self._fix_stop()

    def _fix_stop(self) -> None:
        stop = frequent_values(
            np.concatenate([np.empty(0, np.uint64), *self._held_distinct]),
            self.params.stop_min_df,
        )
        self.sketcher = Sketcher(self.params, stop)
        self.stop_fixed = True
        held, self._held, self._held_distinct, self._n_held = self._held, [], [], 0
        for flat, counts, metas in held:
            self._keep(flat, counts, metas)

    def _keep(self, flat: np.ndarray, counts: np.ndarray, metas: list[bytes]) -> None:
        sigs, sizes = self.sketcher.signatures(flat, counts)
        self._sigs.append(sigs)
        self._sizes.append(sizes)
        self._metas.extend(metas)

    def add_all(self, items: Iterable[Item], report: BuildReport, progress: Any = None) -> None:
        """Add every original of `items`; bad records are counted in `report`, never raised."""
        for item in items:
            if progress is not None:
                progress.update(1)
            if isinstance(item, DetectorError):
                report.record_bad(item)
                continue
            try:
                self.add(item)
            except RecordError as exc:
                report.record_bad(exc)
                continue
            report.added += 1

    def arrays(self) -> Arrays:
        """Everything added so far, merged with the base index."""
        self._flush()
        if not self.stop_fixed:
            self._fix_stop()
        num_perm = self.params.num_perm
        sigs = np.concatenate([np.empty((0, num_perm), np.uint32), *self._sigs])
        sizes = np.concatenate([np.empty(0, np.int64), *self._sizes]).astype(np.uint32)
        out = self.base.append(self.params, sigs, sizes, self._metas)
        out.stop = self.sketcher.stop
        return out


def _progress(total: int | None, desc: str, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(
        total=total, desc=desc, unit=" docs", file=sys.stderr, disable=not enabled, mininterval=0.5
    )


def _items(sources: Iterable[str | Path]) -> Iterator[Item]:
    for src in sources:
        yield from read_source(src)


def build_index(
    sources: Iterable[str | Path],
    path: str | Path,
    params: IndexParams | None = None,
    progress: bool = True,
    add_to_existing: bool = False,
) -> BuildReport:
    """Build (or, with `add_to_existing`, extend) an index file from source paths.

    Bad records are counted in the report; the file is written atomically only at the end, so
    an interrupted build leaves any previous index untouched.
    """
    start = time.perf_counter()
    base = None
    if add_to_existing:
        base, _ = load_index(path)
    builder = IndexBuilder(params, base)
    report = BuildReport()
    srcs = [str(s) for s in sources]
    with _progress(None, "indexing originals", progress) as bar:
        builder.add_all(_items(srcs), report, bar)
    arrays = builder.arrays()
    report.file_bytes = write_index(path, builder.params, arrays, {"sources": srcs})
    report.seconds = time.perf_counter() - start
    _CACHE.pop(str(Path(path).resolve()), None)
    return report


def _days_earlier(page_date: date | None, published: date | None) -> int | None:
    if page_date is None or published is None:
        return None
    return (page_date - published).days


class OriginalsIndex:
    """Matches texts and pages against a store of known originals.

    Args:
        store: an `ArrayStore` (embedded file) or a `RedisStore`.
        thresholds: verification thresholds (see `Thresholds`).
    """

    def __init__(self, store: Store, thresholds: Thresholds | None = None) -> None:
        self.store = store
        self.thresholds = thresholds or Thresholds()
        self.sketcher = Sketcher(store.params, store.stop)

    def __len__(self) -> int:
        return len(self.store)

    def match_sketch(
        self, sk: Sketch, page_published: date | None = None, top: int = 3
    ) -> list[Match]:
        """The originals a sketched text copies, best first (at most `top`)."""
        if sk.n_shingles == 0:
            return []
        docs = self.store.candidates(
            sk.keys, self.thresholds.max_bucket, self.thresholds.max_candidates
        )
        if len(docs) == 0:
            return []
        sigs, sizes = self.store.sketches(docs)
        ver = verify(
            sk.inputs(), sk.n_shingles, sigs, sizes, self.sketcher.minhasher, self.thresholds
        )
        out = []
        for i, row in enumerate(ver.rows[:top].tolist()):
            meta = self.store.meta(int(docs[row]))
            published = parse_date(meta.get("published"))
            out.append(
                Match(
                    id=meta["id"],
                    url=meta.get("url", ""),
                    site=meta.get("site", ""),
                    title=meta.get("title", ""),
                    published=published,
                    corpus=meta.get("corpus", ""),
                    similarity=float(ver.similarity[i]),
                    containment_of_original=float(ver.containment_of_original[i]),
                    containment_of_page=float(ver.containment_of_page[i]),
                    days_earlier=_days_earlier(page_published, published),
                )
            )
        return out

    def match_text(
        self, text: str, page_published: date | None = None, top: int = 3
    ) -> list[Match]:
        """The originals `text` copies, best first."""
        return self.match_sketch(self.sketcher.sketch(text), page_published, top)

    def match_page(self, page: Page, top: int = 3) -> list[Match]:
        """The originals a page's main text copies, best first (dates from `page.published`)."""
        return self.match_text(page.text, page.published, top)


# Process-wide cache of opened indexes, keyed by resolved path, checked against mtime and size.
_CACHE: dict[str, tuple[tuple[float, int], OriginalsIndex]] = {}
_LOCK = threading.Lock()


def _open_redis_spec(spec: str, thresholds: Thresholds | None) -> OriginalsIndex:
    """An index in Redis named `redis://host:port/db#prefix` (prefix defaults to "detector")."""
    from detector.originals.redisstore import RedisStore

    url, _, prefix = spec.partition("#")
    with _LOCK:
        hit = _CACHE.get(spec)
        if hit and (thresholds is None or hit[1].thresholds == thresholds):
            return hit[1]
        store = RedisStore.open(url, prefix or "detector")
        if store is None:
            raise OriginalsIndexError(
                f"no originals index in Redis at {url} (prefix {prefix or 'detector'!r}); build "
                "one with `DETECTOR_INDEX_BACKEND=redis detector index build ...`"
            )
        index = OriginalsIndex(store, thresholds)
        _CACHE[spec] = ((0.0, 0), index)
        return index


def redis_spec(settings: Settings) -> str:
    """The index spec of the Redis index the settings name, for `open_index`."""
    return f"{settings.redis_url}#{settings.redis_prefix}"


def open_index(path: str | Path, thresholds: Thresholds | None = None) -> OriginalsIndex:
    """Open an index once per process: a file (reopened only when it changes) or a Redis spec.

    `path` is a file path, or `redis://host:port/db#prefix` for an index kept in Redis (shared
    by every process and machine that names it).
    """
    if isinstance(path, str) and path.startswith(("redis://", "rediss://", "unix://")):
        return _open_redis_spec(path, thresholds)
    key = str(Path(path).resolve())
    try:
        st = Path(key).stat()
    except FileNotFoundError:
        raise OriginalsIndexError(
            f"{path}: no originals index here; build one with `detector index build --default` "
            "or `detector index build SOURCE... --index PATH`"
        ) from None
    stamp = (st.st_mtime, st.st_size)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit and hit[0] == stamp and (thresholds is None or hit[1].thresholds == thresholds):
            return hit[1]
        store, _ = load_index(key)
        index = OriginalsIndex(store, thresholds)
        _CACHE[key] = (stamp, index)
        return index


def open_from_settings(settings: Settings, path: str | Path | None = None) -> OriginalsIndex:
    """The index the settings choose: the file at `path`/`index_path`, or Redis."""
    if settings.index_backend == "redis":
        from detector.originals.redisstore import RedisStore

        store = RedisStore.open(settings.redis_url, settings.redis_prefix)
        if store is None:
            raise OriginalsIndexError(
                f"no originals index in Redis at {settings.redis_url} (prefix "
                f"{settings.redis_prefix!r}); build one with `detector index build`"
            )
        return OriginalsIndex(store)
    if settings.index_backend != "file":
        raise OriginalsIndexError(
            f"unknown index_backend {settings.index_backend!r}; known: file, redis"
        )
    return open_index(path or settings.index_path)


def ensure_default_index(settings: Settings, progress: bool = True) -> Path:
    """The default index file, built from the shared corpora (with a progress bar) when missing.

    Raises:
        OriginalsIndexError: it is missing and the corpora are not where settings say.
    """
    path = Path(settings.index_path)
    if path.is_file():
        return path
    sources = default_sources(settings.data_dir)
    missing = [str(s) for s in sources if not s.is_file()]
    if missing:
        raise OriginalsIndexError(
            f"cannot build the default originals index: missing corpora {missing} "
            f"(settings.data_dir = {settings.data_dir})"
        )
    if progress:
        print(f"detector: building the default originals index at {path} (once)", file=sys.stderr)
    report = build_index(sources, path, progress=progress)
    if progress:
        print(f"detector: {report.summary()}", file=sys.stderr)
    return path


def redis_build(
    settings: Settings, sources: Iterable[str | Path], progress: bool = True
) -> BuildReport:
    """Add the originals of sources to the Redis index the settings name.

    A new Redis index fixes its stop shingles from its first `stop_sample` originals, like a
    file index, so both give the same answers on the same data.
    """
    from detector.originals.redisstore import RedisStore

    start = time.perf_counter()
    report = BuildReport()
    params = IndexParams()

    def good() -> Iterator[Original]:
        with _progress(None, "indexing originals (redis)", progress) as bar:
            for item in _items(sources):
                bar.update(1)
                if isinstance(item, DetectorError):
                    report.record_bad(item)
                else:
                    yield item

    stream = good()
    store = RedisStore.open(settings.redis_url, settings.redis_prefix)
    if store is None:
        head = list(itertools.islice(stream, params.stop_sample))
        sketcher = Sketcher(params)
        sets = [sketcher.shingles(o.text) for o in head]
        stop = stop_shingles([s for s in sets if len(s)], params.stop_min_df)
        store = RedisStore.create(settings.redis_url, settings.redis_prefix, params, stop)
        stream = itertools.chain(head, stream)
    added, bad = store.add_many(stream)
    report.added = added
    for err in bad:
        report.record_bad(err)
    report.seconds = time.perf_counter() - start
    return report
