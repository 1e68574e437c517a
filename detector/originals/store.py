"""The store interface of the originals index, and the arrays an embedded index is made of."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from detector.originals import lsh
from detector.originals.records import Original
from detector.originals.sketch import IndexParams


class Store(Protocol):
    """What the matcher needs from a store (file or Redis); both give the same answers."""

    params: IndexParams
    stop: np.ndarray  # sorted stop shingles

    def __len__(self) -> int:
        """Number of originals."""
        ...

    def candidates(self, keys: np.ndarray, max_bucket: int, max_candidates: int) -> np.ndarray:
        """Documents sharing at least one LSH key, most shared keys first (see `lsh.lookup`)."""
        ...

    def sketches(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Signatures (uint32[n, num_perm]) and shingle counts (uint32[n]) of documents."""
        ...

    def meta(self, doc: int) -> dict[str, Any]:
        """The stored fields of one document (id, url, site, title, published, corpus)."""
        ...


# What json.dumps(..., ensure_ascii=False, separators=(",", ":")) makes, without a new
# encoder per call.
_META_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def meta_bytes(original: Original) -> bytes:
    """The compact JSON stored for an original."""
    return _META_JSON.encode(original.meta()).encode("utf-8")


@dataclass
class Arrays:
    """An embedded index in memory (or memory-mapped): every field is a numpy array."""

    sigs: np.ndarray  # uint32[n, num_perm]
    sizes: np.ndarray  # uint32[n]: distinct shingles per original
    keys: np.ndarray  # uint32[m]: sorted LSH keys
    key_docs: np.ndarray  # uint32[m]: document number of each key
    meta_blob: np.ndarray  # uint8[...]: concatenated JSON records
    meta_offsets: np.ndarray  # uint64[n + 1]
    stop: np.ndarray  # uint64[s]: sorted stop shingles (see `sketch.stop_shingles`)
    key_dir: np.ndarray  # where each key prefix starts in `keys` (see `lsh.key_directory`)

    NAMES = ("sigs", "sizes", "keys", "key_docs", "meta_blob", "meta_offsets", "stop", "key_dir")
    # Arrays an index file may lack (files written before they existed): made on load.
    OPTIONAL = ("key_dir",)

    @classmethod
    def empty(cls, params: IndexParams) -> Arrays:
        """An index with no originals."""
        return cls(
            np.empty((0, params.num_perm), np.uint32),
            np.empty(0, np.uint32),
            np.empty(0, np.uint32),
            np.empty(0, np.uint32),
            np.empty(0, np.uint8),
            np.zeros(1, np.uint64),
            np.empty(0, np.uint64),
            lsh.key_directory(np.empty(0, np.uint32)),
        )

    def as_dict(self) -> dict[str, np.ndarray]:
        """Name -> array, in file order."""
        return {name: getattr(self, name) for name in self.NAMES}

    def meta(self, doc: int) -> dict[str, Any]:
        """Decode one original's stored fields."""
        start, end = int(self.meta_offsets[doc]), int(self.meta_offsets[doc + 1])
        out: dict[str, Any] = json.loads(bytes(self.meta_blob[start:end]))
        return out

    def ids(self) -> list[str]:
        """Every original's id, in document order (decodes all metadata: for `add` and stats)."""
        return [self.meta(i)["id"] for i in range(len(self.sizes))]

    def append(
        self, params: IndexParams, sigs: np.ndarray, sizes: np.ndarray, metas: list[bytes]
    ) -> Arrays:
        """A new `Arrays` with more originals (their LSH keys merged into the sorted table)."""
        first = len(self.sizes)
        valid = ~lsh.empty_rows(sigs) if len(sigs) else np.zeros(0, bool)
        new_tables = lsh.build_tables(
            lsh.band_keys(sigs, params.bands, params.rows)
            if len(sigs)
            else np.empty((0, params.bands), np.uint32),
            valid,
            first,
        )
        keys, key_docs = lsh.merge_tables(
            (np.asarray(self.keys), np.asarray(self.key_docs)), new_tables
        )
        lengths = np.fromiter((len(m) for m in metas), dtype=np.uint64, count=len(metas))
        offsets = np.concatenate(
            [
                np.asarray(self.meta_offsets),
                self.meta_offsets[-1] + np.cumsum(lengths, dtype=np.uint64),
            ]
        )
        blob = np.concatenate(
            [np.asarray(self.meta_blob), np.frombuffer(b"".join(metas), np.uint8)]
        )
        return Arrays(
            np.concatenate([np.asarray(self.sigs), sigs.astype(np.uint32)]),
            np.concatenate([np.asarray(self.sizes), sizes.astype(np.uint32)]),
            keys,
            key_docs,
            blob,
            offsets,
            np.asarray(self.stop),
            lsh.key_directory(keys),
        )


class ArrayStore:
    """A store over `Arrays` (the embedded index, loaded from or written to an index file)."""

    def __init__(self, params: IndexParams, arrays: Arrays) -> None:
        self.params = params
        self.arrays = arrays
        self.stop = np.asarray(arrays.stop)
        # Plain ndarray views of the (memory-mapped) arrays a query reads: slicing a
        # np.memmap makes a memmap object each time, which costs more than the slice.
        self._keys = np.asarray(arrays.keys)
        self._key_docs = np.asarray(arrays.key_docs)
        self._key_dir = np.asarray(arrays.key_dir)
        self._sigs = np.asarray(arrays.sigs)
        self._sizes = np.asarray(arrays.sizes)

    def __len__(self) -> int:
        return len(self.arrays.sizes)

    def candidates(self, keys: np.ndarray, max_bucket: int, max_candidates: int) -> np.ndarray:
        """See `Store.candidates`."""
        return lsh.lookup(
            self._keys, self._key_docs, keys, max_bucket, max_candidates, self._key_dir
        )

    def sketches(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """See `Store.sketches`."""
        return self._sigs[docs], self._sizes[docs]

    def meta(self, doc: int) -> dict[str, Any]:
        """See `Store.meta`."""
        return self.arrays.meta(doc)
