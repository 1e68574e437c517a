"""The LSH key directory: lookups through it equal a binary search; old files still load."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from detector.errors import OriginalsIndexError
from detector.originals import lsh
from detector.originals.filestore import MAGIC, load_index, read_header, write_index
from detector.originals.index import IndexBuilder, OriginalsIndex
from detector.originals.records import Original


def _table(n_docs: int, popular: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    sigs = rng.integers(0, 2**32 - 1, (n_docs, 128), dtype=np.uint32)
    sigs[:popular, :4] = sigs[0, :4]  # a few bands shared by many documents
    keys = lsh.band_keys(sigs, 96, 2)
    return keys, *lsh.build_tables(keys, np.ones(n_docs, bool))


@pytest.mark.parametrize(("n_docs", "popular"), [(1, 1), (300, 40), (3000, 800)])
def test_directory_lookup_equals_binary_search(n_docs: int, popular: int) -> None:
    keys, table_keys, table_ids = _table(n_docs, popular, n_docs)
    key_dir = lsh.key_directory(table_keys)
    assert lsh.check_directory(table_keys, key_dir) is None
    rng = np.random.default_rng(1)
    queries = [keys[i] for i in rng.integers(0, n_docs, 20)]
    queries += [rng.integers(0, 2**32, 96, dtype=np.uint32), keys[0]]  # no hits; the popular
    for q in queries:
        for bucket, cands in ((1000, 300), (3, 5)):
            plain = lsh.lookup(table_keys, table_ids, q, bucket, cands)
            direct = lsh.lookup(table_keys, table_ids, q, bucket, cands, key_dir)
            assert np.array_equal(plain, direct)


def test_directory_bounds_equal_searchsorted_even_past_the_gather_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, table_keys, _ = _table(2000, 500, 5)
    key_dir = lsh.key_directory(table_keys)
    q = np.sort(np.concatenate([table_keys[::97], np.arange(0, 2**32 - 1, 2**26, dtype=np.uint32)]))
    want = np.searchsorted(table_keys, q, "left"), np.searchsorted(table_keys, q, "right")
    for limit in (1 << 16, 10):  # gathered, and the fallback to a binary search
        monkeypatch.setattr(lsh, "_GATHER_LIMIT", limit)
        lo, hi = lsh._bucket_bounds(table_keys, key_dir, q)
        assert np.array_equal(lo, want[0]) and np.array_equal(hi, want[1])


def _index_file(tmp_path: Path) -> Path:
    builder = IndexBuilder()
    for i in range(60):
        builder.add(Original(id=f"d{i}", text=" ".join(f"w{i}_{j} common" for j in range(30))))
    path = tmp_path / "d.idx"
    write_index(path, builder.params, builder.arrays())
    return path


def _without_directory(src: Path, dst: Path) -> None:
    """Rewrite an index file as one written before the directory existed."""
    store, header = load_index(src)
    arrays = store.arrays
    blobs = {n: getattr(arrays, n) for n in arrays.NAMES if n != "key_dir"}
    arrays.NAMES = tuple(blobs)  # type: ignore[misc]
    try:
        write_index(dst, store.params, arrays, header["info"])
    finally:
        del arrays.NAMES  # back to the class attribute
    assert "key_dir" not in read_header(dst)[0]["arrays"]


def test_file_without_directory_loads_and_answers_alike(tmp_path: Path) -> None:
    path = _index_file(tmp_path)
    old = tmp_path / "old.idx"
    _without_directory(path, old)
    new_store, _ = load_index(path)
    old_store, _ = load_index(old)
    assert np.array_equal(old_store.arrays.key_dir, new_store.arrays.key_dir)
    text = " ".join(f"w7_{j} common" for j in range(30))
    a = OriginalsIndex(new_store).match_text(text)
    b = OriginalsIndex(old_store).match_text(text)
    assert [m.id for m in a] == [m.id for m in b] and a and a[0].id == "d7"


def test_a_directory_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    path = _index_file(tmp_path)
    store, _ = load_index(path)
    arrays = store.arrays
    arrays.key_dir = np.asarray(arrays.key_dir)[:-1].copy()  # 2^D entries, not 2^D + 1
    bad = tmp_path / "bad.idx"
    write_index(bad, store.params, arrays)
    assert bad.read_bytes()[:8] == MAGIC
    with pytest.raises(OriginalsIndexError, match="key directory"):
        load_index(bad)
