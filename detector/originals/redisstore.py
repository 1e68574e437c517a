"""A Redis store for one originals index shared by many processes and machines.

Keys under `<prefix>:` : `params` (JSON parameters), `n` (count), `ids` (hash: original id ->
document number), `s:<doc>` (signature bytes + uint32 shingle count), `m:<doc>` (JSON fields),
`b:<key>` (sorted set of the document numbers in an LSH bucket, scored by document number).
Document numbers follow insertion order and a bucket returns its lowest numbers first, exactly
like the embedded file store, so both give the same answers on the same data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import numpy as np

from detector.errors import DetectorError, OriginalsIndexError, RecordError
from detector.originals import lsh
from detector.originals.records import Original
from detector.originals.sketch import IndexParams, Sketcher
from detector.originals.store import meta_bytes

# Server-side loops: one command per document (insert) and per query (lookup) instead of one
# per LSH band, which made redis-py's command packing the bottleneck.
_INSERT = """
for i, key in ipairs(KEYS) do redis.call('ZADD', key, ARGV[1], ARGV[1]) end
return #KEYS
"""
_LOOKUP = """
local out = {}
for i, key in ipairs(KEYS) do
  local members = redis.call('ZRANGE', key, 0, tonumber(ARGV[1]) - 1)
  for j = 1, #members do out[#out + 1] = members[j] end
end
return out
"""


class RedisStore:
    """The `Store` interface over redis-py (single Redis server: the scripts touch many keys)."""

    def __init__(self, client: Any, prefix: str, params: IndexParams, stop: np.ndarray) -> None:
        self.client = client
        self.prefix = prefix
        self.params = params
        self.stop = stop
        self._insert = client.register_script(_INSERT)
        self._lookup = client.register_script(_LOOKUP)

    @staticmethod
    def _client(url: str) -> Any:
        import redis

        client = redis.Redis.from_url(url)
        try:
            client.ping()
        except redis.RedisError as exc:
            raise OriginalsIndexError(f"cannot reach the Redis index at {url}: {exc}") from exc
        return client

    @classmethod
    def open(cls, url: str, prefix: str) -> RedisStore | None:
        """The index stored under `prefix`, or None when there is none yet."""
        client = cls._client(url)
        raw = client.get(f"{prefix}:params")
        if raw is None:
            return None
        stop = np.frombuffer(client.get(f"{prefix}:stop") or b"", dtype="<u8").astype(np.uint64)
        return cls(client, prefix, IndexParams.from_dict(json.loads(raw)), stop)

    @classmethod
    def create(cls, url: str, prefix: str, params: IndexParams, stop: np.ndarray) -> RedisStore:
        """A new, empty index under `prefix` (refused when one is there already)."""
        client = cls._client(url)
        stop = np.asarray(stop, dtype=np.uint64)
        if not client.set(f"{prefix}:params", json.dumps(params.as_dict()), nx=True):
            raise OriginalsIndexError(f"Redis already holds an index under prefix {prefix!r}")
        client.set(f"{prefix}:stop", stop.astype("<u8").tobytes())
        return cls(client, prefix, params, stop)

    def _k(self, suffix: str) -> str:
        return f"{self.prefix}:{suffix}"

    def __len__(self) -> int:
        return int(self.client.get(self._k("n")) or 0)

    def add_many(
        self, originals: Iterable[Original], sketcher: Sketcher | None = None
    ) -> tuple[int, list[DetectorError]]:
        """Add originals in pipelined batches; returns (added, bad records)."""
        sketcher = sketcher or Sketcher(self.params, self.stop)
        added = 0
        bad: list[DetectorError] = []
        batch: list[tuple[Original, Any]] = []
        for original in originals:
            sh = sketcher.shingles(original.text)
            sk = sketcher.sketch_shingles(sh)
            if len(sh) == 0:
                bad.append(RecordError(f"{original.id}: no words in the text", kind="no_text"))
                continue
            batch.append((original, sk))
            if len(batch) >= 500:
                added += self._write(batch, bad)
                batch = []
        if batch:
            added += self._write(batch, bad)
        return added, bad

    def _write(self, batch: list[tuple[Original, Any]], bad: list[DetectorError]) -> int:
        ids = [o.id for o, _ in batch]
        known = self.client.hmget(self._k("ids"), ids)
        fresh = []
        seen: set[str] = set()
        for (o, sk), k in zip(batch, known, strict=True):
            if k is not None or o.id in seen:
                bad.append(RecordError(f"{o.id}: id already in the index", kind="duplicate_id"))
                continue
            seen.add(o.id)
            fresh.append((o, sk))
        if not fresh:
            return 0
        last = int(self.client.incrby(self._k("n"), len(fresh)))
        first = last - len(fresh)
        pipe = self.client.pipeline(transaction=False)
        for doc, (o, sk) in enumerate(fresh, first):
            sig = sk.signature.astype("<u4").tobytes() + int(sk.n_shingles).to_bytes(4, "little")
            pipe.set(self._k(f"s:{doc}"), sig)
            pipe.set(self._k(f"m:{doc}"), meta_bytes(o))
            pipe.hset(self._k("ids"), o.id, doc)
            if sk.n_shingles:  # an empty text is kept out of the LSH
                keys = [self._k(f"b:{key}") for key in sk.keys.tolist()]
                self._insert(keys=keys, args=[doc], client=pipe)
        pipe.execute()
        return len(fresh)

    def candidates(self, keys: np.ndarray, max_bucket: int, max_candidates: int) -> np.ndarray:
        """See `Store.candidates`."""
        names = [self._k(f"b:{key}") for key in np.sort(keys).tolist()]
        hits = [int(d) for d in self._lookup(keys=names, args=[max_bucket])]
        if not hits:
            return np.empty(0, dtype=np.uint32)
        return lsh.top_candidates(np.asarray(hits, dtype=np.uint32), max_candidates)

    def sketches(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """See `Store.sketches`."""
        n_perm = self.params.num_perm
        if len(docs) == 0:
            return np.empty((0, n_perm), np.uint32), np.empty(0, np.uint32)
        raw = self.client.mget([self._k(f"s:{int(d)}") for d in docs])
        if any(r is None for r in raw):
            raise OriginalsIndexError("Redis index is missing signatures (a partial write?)")
        buf = np.frombuffer(b"".join(raw), dtype="<u4").reshape(len(docs), n_perm + 1)
        return buf[:, :n_perm].astype(np.uint32), buf[:, n_perm].astype(np.uint32)

    def meta(self, doc: int) -> dict[str, Any]:
        """See `Store.meta`."""
        raw = self.client.get(self._k(f"m:{doc}"))
        if raw is None:
            raise OriginalsIndexError(f"Redis index has no record for document {doc}")
        out: dict[str, Any] = json.loads(raw)
        return out

    def clear(self) -> int:
        """Delete every key of this index; the number deleted."""
        n = 0
        for key in self.client.scan_iter(match=f"{self.prefix}:*", count=1000):
            n += int(self.client.delete(key))
        return n
