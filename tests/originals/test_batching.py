"""The batched build path gives exactly what sketching one text at a time gives."""

from __future__ import annotations

import random
import string

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detector.errors import RecordError
from detector.originals import lsh
from detector.originals import text as text_module
from detector.originals.index import IndexBuilder
from detector.originals.minhash import MinHasher
from detector.originals.records import Original
from detector.originals.sketch import IndexParams, Sketcher, stop_shingles
from detector.originals.text import (
    distinct_runs,
    shingle_hashes,
    shingle_hashes_many,
    tokens,
    word_hashes,
    word_hashes_many,
    words,
)

# ASCII (the byte path) and non-ASCII text (NFKC, casefold, regex), with odd separators.
_CHARS = string.printable + "éÉßİﬁ—“”\u00a0\u2028ǅ"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=60))
def test_ascii_byte_path_tokenises_and_hashes_like_the_regex(text: str) -> None:
    toks = tokens(text)
    assert [t.decode() for t in toks] == words(text)
    assert np.array_equal(word_hashes(toks), word_hashes(words(text)))


def test_every_ascii_byte_splits_like_the_regex() -> None:
    text = "".join(chr(c) for c in range(128)) * 2 + "Ab_9 x\x1cy\x0bz"
    assert [t.decode() for t in tokens(text)] == words(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from("abcdef"), max_size=12), max_size=30), st.integers(1, 8))
def test_shingles_of_many_texts_equal_each_text_alone(lists: list[list[str]], k: int) -> None:
    flat, n_words = word_hashes_many([[w.encode() for w in t] for t in lists])
    got, counts = shingle_hashes_many(flat, n_words, k)
    alone = [shingle_hashes(word_hashes(t), k) for t in lists]
    assert counts.tolist() == [len(a) for a in alone]
    assert np.array_equal(got, np.concatenate([np.empty(0, np.uint64), *alone]))


def test_signatures_of_runs_equal_one_signature_each() -> None:
    rng = np.random.default_rng(5)
    counts = rng.integers(0, 50, 300)
    counts[[0, 1, 150, -1]] = 0  # empty texts at the ends and inside
    mixed = rng.integers(0, 2**32, int(counts.sum()), dtype=np.uint32)
    mh = MinHasher(num_perm=64, seed=3)
    starts = np.cumsum(counts) - counts
    alone = [mh.signature_of_mixed(mixed[s : s + c]) for s, c in zip(starts, counts, strict=True)]
    assert np.array_equal(mh.signatures_of_runs(mixed, counts), np.array(alone))


def test_batched_build_equals_sketching_one_at_a_time() -> None:
    """Signatures, sizes and LSH tables of a build (batches crossing the stop-shingle sample)
    equal those of sketching each original alone with the same stop shingles."""
    rng = random.Random(9)
    vocab = [f"w{i}" for i in range(400)] + ["Zürich", "ÉTÉ", "said", "the"]
    texts = [" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 60))) for _ in range(1300)]
    texts[7] = "—"  # no words: refused
    texts[8] = texts[9]  # duplicate text, distinct id: kept
    texts[10:15] = ["said the"] * 5  # one shingle in 5 texts: a stop shingle, nothing left
    params = IndexParams(stop_min_df=3, stop_sample=700)  # the stop is fixed mid-batch
    builder = IndexBuilder(params)
    kept = []
    for i, text in enumerate(texts):
        try:
            builder.add(Original(id=f"d{i}", text=text))
            kept.append(text)
        except RecordError as exc:
            assert i == 7 and exc.kind == "no_text"
    arrays = builder.arrays()

    plain = Sketcher(params)
    stop = stop_shingles([plain.shingles(t) for t in kept[:700]], params.stop_min_df)
    assert len(stop) and np.array_equal(arrays.stop, stop)
    one = Sketcher(params, stop)
    pairs = [one.signature(one.shingles(t)) for t in kept]
    sigs = np.array([p[0] for p in pairs])
    assert np.array_equal(arrays.sigs, sigs)
    assert arrays.sizes.tolist() == [p[1] for p in pairs]
    assert 0 in arrays.sizes.tolist()  # a text of stop shingles only is kept, out of the LSH

    keys = lsh.band_keys(sigs, params.bands, params.rows)
    valid = ~lsh.empty_rows(sigs)
    flat = keys[valid].reshape(-1)
    ids = np.repeat(np.flatnonzero(valid).astype(np.uint32), params.bands)
    order = np.argsort(flat, kind="stable")
    assert np.array_equal(arrays.keys, flat[order])
    assert np.array_equal(arrays.key_docs, ids[order])


def test_merge_tables_is_a_stable_merge() -> None:
    rng = np.random.default_rng(2)
    keys = rng.integers(0, 50, (40, 8), dtype=np.uint32)  # many equal keys across documents
    keys |= (np.arange(8, dtype=np.uint32) << 25)[None, :]
    a = lsh.build_tables(keys[:25], np.ones(25, bool))
    b = lsh.build_tables(keys[25:], np.ones(15, bool), first_id=25)
    merged = lsh.merge_tables(a, b)
    flat = np.concatenate([a[0], b[0]])
    order = np.argsort(flat, kind="stable")
    assert np.array_equal(merged[0], flat[order])
    assert np.array_equal(merged[1], np.concatenate([a[1], b[1]])[order])
    assert np.array_equal(lsh.build_tables(keys, np.ones(40, bool))[1], merged[1])


@pytest.mark.parametrize("block_limit", [1 << 18, 100])  # 100: long runs sorted alone
def test_distinct_runs_count_and_list_each_runs_distinct_values(
    block_limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_module, "_BLOCK_LIMIT", block_limit)
    rng = np.random.default_rng(4)
    counts = rng.integers(0, 90, 200)
    counts[[0, 77, -1]] = 0
    counts[5] = 700  # one long run among short ones
    values = rng.integers(0, 40, int(counts.sum())).astype(np.uint64)  # many repeats
    starts = np.cumsum(counts) - counts
    alone = [np.unique(values[s : s + c]) for s, c in zip(starts, counts, strict=True)]
    got, sizes = distinct_runs(values, counts, want_values=True, group=7)
    assert sizes.tolist() == [len(a) for a in alone]
    assert np.array_equal(np.sort(got), np.sort(np.concatenate(alone)))
