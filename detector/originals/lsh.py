"""Banded LSH over MinHash signatures, stored as one sorted uint32 array (no dict, no pickle).

A band is `rows` consecutive signature positions; band t starts at position floor(t * P / bands),
so with more bands than P / rows the bands overlap. Overlapping 2-row bands catch low-similarity
copies (a page holding a third of an original, or a spun copy) that disjoint 4-row bands miss:
on farm-style copies of the shared corpora, 96 overlapping bands of 2 rows found 98-100% of
candidates against 45-100% for 32 disjoint bands of 4 (see tests/originals and bench/).

A band's key packs the band number in the top 7 bits and a 25-bit hash of the band in the rest.
All keys of an index sit in one sorted array beside the document number of each, so a query is
one `searchsorted` call for all its bands, and both arrays memory-map from the index file.
At 1M originals a false bucket hit per band is about 1 in 33 (1M / 2^25): a few extra
candidates per query, which verification throws out.
"""

from __future__ import annotations

import numpy as np

MAX_BANDS = 128  # 7 bits of band number in a key
HASH_BITS = 25
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MIX2 = np.uint64(0xBF58476D1CE4E5B9)
_EMPTY = np.uint32(0xFFFFFFFF)
_CHUNK = 4096  # signatures per step of `band_keys`
_GATHER_LIMIT = 1 << 16  # table entries a directory lookup gathers at most
_SHIFT = np.uint64(29)
_TOP = np.uint64(64 - HASH_BITS)


def band_starts(num_perm: int, bands: int) -> np.ndarray:
    """First signature position of each band."""
    return (np.arange(bands, dtype=np.int64) * num_perm) // bands


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """The LSH keys (uint32[n, bands]) of signatures (uint32[n, num_perm]).

    Raises:
        ValueError: impossible band layout.
    """
    sigs = np.atleast_2d(signatures)
    n, num_perm = sigs.shape
    if not 1 <= bands <= MAX_BANDS or not 1 <= rows <= num_perm or bands * rows < num_perm:
        raise ValueError(
            f"bands={bands}, rows={rows} do not cover {num_perm} permutations "
            f"(need 1 <= bands <= {MAX_BANDS} and bands * rows >= num_perm)"
        )
    starts = band_starts(num_perm, bands)
    tag = np.arange(bands, dtype=np.uint64) << np.uint64(HASH_BITS)
    out = np.empty((n, bands), dtype=np.uint32)
    # In chunks of rows, so the uint64 work arrays stay in cache on a large build.
    for lo in range(0, n, _CHUNK):
        part = sigs[lo : lo + _CHUNK]
        acc = np.zeros((len(part), bands), dtype=np.uint64)
        for r in range(rows):
            acc ^= part[:, (starts + r) % num_perm]
            acc *= _MIX
            acc ^= acc >> _SHIFT
        acc *= _MIX2
        acc >>= _TOP
        acc |= tag
        out[lo : lo + _CHUNK] = acc
    return out


class BandHasher:
    """`band_keys` of one signature at a time (a query), its gathers and band tags made once:
    a dozen numpy calls on 96 values instead of some thirty.

    Raises:
        ValueError: impossible band layout (as `band_keys`).
    """

    def __init__(self, num_perm: int, bands: int, rows: int) -> None:
        band_keys(np.zeros((1, num_perm), np.uint32), bands, rows)  # validates the layout
        starts = band_starts(num_perm, bands)
        self._cols = [(starts + r) % num_perm for r in range(rows)]
        self._tag = np.arange(bands, dtype=np.uint64) << np.uint64(HASH_BITS)

    def keys(self, signature: np.ndarray) -> np.ndarray:
        """The LSH keys (uint32[bands]) of one signature (uint32[num_perm]): `band_keys`' row."""
        acc = np.zeros(len(self._tag), dtype=np.uint64)
        for cols in self._cols:
            acc ^= signature[cols]
            acc *= _MIX
            acc ^= acc >> _SHIFT
        acc *= _MIX2
        acc >>= _TOP
        acc |= self._tag
        return acc.astype(np.uint32)


def empty_rows(signatures: np.ndarray) -> np.ndarray:
    """Rows whose signature is empty (a text with no words): they are kept out of the LSH."""
    return np.all(np.atleast_2d(signatures) == _EMPTY, axis=1)


def build_tables(
    keys: np.ndarray, valid: np.ndarray, first_id: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Sorted flat keys and the document number of each (uint32[m], uint32[m]).

    `keys` is uint32[n, bands]; rows where `valid` is False (empty documents) are left out.
    """
    n, bands = keys.shape
    ids = np.repeat(np.arange(first_id, first_id + n, dtype=np.uint64)[valid], bands)
    return _sorted_pairs(keys[valid].reshape(-1), ids)


def _sorted_pairs(keys: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(key, document) pairs sorted by key, then document: one sort of packed uint64 values.

    Equal to a stable sort by key wherever equal keys already come in document order, as they
    do in `build_tables` (a document has one key per band, and the band is part of the key).
    """
    packed = keys.astype(np.uint64) << np.uint64(32)
    packed |= ids
    packed.sort()
    return (packed >> np.uint64(32)).astype(np.uint32), packed.astype(np.uint32)


def merge_tables(
    a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Merge two key tables of `build_tables` into one; `b`'s documents come after `a`'s (so
    on equal keys `a`'s entries come first, as a stable merge would put them)."""
    if len(a[0]) == 0:
        return b
    keys = np.concatenate([a[0], b[0]])
    ids = np.concatenate([a[1], b[1]]).astype(np.uint64)
    return _sorted_pairs(keys, ids)


def key_directory(keys: np.ndarray) -> np.ndarray:
    """Where each key prefix starts in a sorted key table (2^D + 1 offsets, D top bits).

    D is chosen for about 8-16 keys per prefix, so the directory costs a quarter to an eighth
    of a byte per key, and a lookup reads one directory entry and one short run of keys
    instead of binary-searching the whole table (whose pages a query would otherwise touch
    some 25 times per key: the cost of a query at 1M originals).
    """
    n = len(keys)
    bits = min(max((n // 16).bit_length(), 1), 28)
    counts = np.bincount(
        np.asarray(keys, dtype=np.uint32) >> np.uint32(32 - bits), minlength=1 << bits
    )
    out = np.zeros((1 << bits) + 1, dtype=np.uint32 if n < 2**32 else np.uint64)
    np.cumsum(counts, out=out[1:])
    return out


def check_directory(keys: np.ndarray, key_dir: np.ndarray) -> str | None:
    """Why `key_dir` cannot be the directory of `keys` (None when its shape fits)."""
    slots = len(key_dir) - 1
    if slots < 2 or slots & (slots - 1) or slots > 1 << 28:
        return f"key directory of {len(key_dir)} entries (not 2^D + 1)"
    if int(key_dir[0]) != 0 or int(key_dir[-1]) != len(keys):
        return "key directory does not span the key table"
    return None


def _bucket_bounds(
    table_keys: np.ndarray, key_dir: np.ndarray, q: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """`searchsorted` left and right bounds of the sorted keys `q`, through the directory."""
    bits = (len(key_dir) - 1).bit_length() - 1
    slot = (q >> np.uint32(32 - bits)).astype(np.intp)
    first = key_dir[slot].astype(np.int64)
    lengths = key_dir[slot + 1].astype(np.int64) - first
    total = int(lengths.sum())
    if total > _GATHER_LIMIT:  # huge runs (one key in very many documents): search instead
        return (
            np.searchsorted(table_keys, q, side="left"),
            np.searchsorted(table_keys, q, side="right"),
        )
    # Each key's run of the table, gathered end to end, compared with the key.
    run_start = np.cumsum(lengths) - lengths
    found = table_keys[np.arange(total) + np.repeat(first - run_start, lengths)]
    mine = np.repeat(q, lengths)
    below = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(found < mine, out=below[1:])
    upto = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(found <= mine, out=upto[1:])
    run_end = run_start + lengths
    lo = first + below[run_end] - below[run_start]
    hi = first + upto[run_end] - upto[run_start]
    return lo, hi


def lookup(
    table_keys: np.ndarray,
    table_ids: np.ndarray,
    query_keys: np.ndarray,
    max_bucket: int,
    max_candidates: int,
    key_dir: np.ndarray | None = None,
) -> np.ndarray:
    """Candidate document numbers for one query's band keys.

    Buckets larger than `max_bucket` (a band shared by thousands of documents, e.g. stock
    boilerplate stories) are cut to their first `max_bucket` entries, and at most
    `max_candidates` documents are returned: those sharing the most bands with the query
    (ties: lowest document number), so a query stays bounded. `key_dir` (see
    `key_directory`) makes the bucket search cheaper, with the same result.
    """
    q = np.sort(query_keys.reshape(-1))
    if key_dir is None:
        lo = np.searchsorted(table_keys, q, side="left")
        hi = np.searchsorted(table_keys, q, side="right")
    else:
        lo, hi = _bucket_bounds(table_keys, key_dir, q)
    hi = np.minimum(hi, lo + max_bucket)
    sizes = (hi - lo).astype(np.int64)
    total = int(sizes.sum())
    if total == 0:
        return np.empty(0, dtype=np.uint32)
    start = np.cumsum(sizes) - sizes
    hits = table_ids[np.arange(total) + np.repeat(lo.astype(np.int64) - start, sizes)]
    return top_candidates(hits, max_candidates)


def top_candidates(hits: np.ndarray, max_candidates: int) -> np.ndarray:
    """Distinct documents of `hits` (one entry per shared band), most shared bands first."""
    docs, counts = np.unique(hits, return_counts=True)
    if len(docs) <= max_candidates:
        return docs
    order = np.argsort(-counts, kind="stable")[:max_candidates]
    return docs[order]
