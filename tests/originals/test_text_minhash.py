"""Normalisation, shingling and MinHash: the numpy path equals datasketch's, estimates are sound."""

from __future__ import annotations

import random
import re
import unicodedata

import numpy as np
import xxhash
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from detector.originals import text as text_module
from detector.originals.minhash import EMPTY, MinHasher, datasketch_signature, jaccard
from detector.originals.text import shingle_hashes, shingles, tokens, word_hashes, words


def test_normalisation_folds_case_punctuation_and_whitespace() -> None:
    a = "BEIJING (AP) — U.S. senators\n   see a “glimmer” of hope!"
    b = "beijing ap u s senators see a glimmer of hope"
    assert words(a) == words(b) == b.split()
    assert np.array_equal(shingles(a, 3), shingles(b, 3))


def test_shingles_depend_on_word_order() -> None:
    assert not np.array_equal(shingles("a b c d", 3), shingles("d c b a", 3))
    assert len(shingles("a b c d", 3)) == 2


def test_short_and_empty_texts() -> None:
    assert len(shingles("", 3)) == 0
    assert len(shingles("two words", 3)) == 1  # a text shorter than k is one shingle
    assert np.array_equal(MinHasher().signature(np.empty(0, np.uint64)), np.full(128, EMPTY))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 2**64 - 1), min_size=1, max_size=300), st.integers(1, 64))
def test_numpy_minhash_is_bit_identical_to_datasketch(values: list[int], num_perm: int) -> None:
    hashes = np.asarray(values, dtype=np.uint64)
    ours = MinHasher(num_perm=num_perm, seed=7).signature(hashes)
    assert np.array_equal(ours, datasketch_signature(hashes, num_perm=num_perm, seed=7))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), max_size=40), st.integers(1, 8))
def test_shingle_count(tokens: list[str], k: int) -> None:
    hashes = word_hashes(tokens)
    assert len(shingle_hashes(hashes, k)) == (0 if not tokens else max(1, len(tokens) - k + 1))


def test_estimates_match_datasketch_string_minhash_in_accuracy() -> None:
    """Our word-hash shingles + shared permutations estimate Jaccard as well as the canonical
    datasketch path (shingle strings, xxh32): both within sampling error of the truth."""
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(3000)]
    mh = MinHasher()
    err_ours, err_ds = [], []
    for _ in range(60):
        base = [rng.choice(vocab) for _ in range(300)]
        other = [w if rng.random() > rng.uniform(0.05, 0.6) else rng.choice(vocab) for w in base]
        a, b = " ".join(base), " ".join(other)
        sa, sb = shingles(a, 3), shingles(b, 3)
        true = len(np.intersect1d(sa, sb)) / len(np.union1d(sa, sb))
        err_ours.append(abs(jaccard(mh.signature(sa), mh.signature(sb)) - true))
        ms = []
        for text in (a, b):
            m = MinHash(num_perm=128, hashfunc=xxhash.xxh32_intdigest)
            ws = text.split()
            m.update_batch([" ".join(ws[i : i + 3]).encode() for i in range(len(ws) - 2)])
            ms.append(m)
        true_s = true  # the same sets up to hash collisions
        err_ds.append(abs(ms[0].jaccard(ms[1]) - true_s))
    # Standard error of a 128-permutation estimate is <= 0.044; means are far below it.
    assert np.mean(err_ours) < 0.04
    assert np.mean(err_ds) < 0.04
    assert abs(np.mean(err_ours) - np.mean(err_ds)) < 0.015


def _reference_tokens(text: str) -> list[bytes]:
    """`tokens` by its definition: the regex words of the NFKC, case-folded text, encoded."""
    found = re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())
    return [w.encode("utf-8") for w in found]


def test_tokens_equal_the_normalised_regex_words() -> None:
    rng = random.Random(5)
    pool = [*"ÉéÀàÜüßẞİıΣσς’“”—–…½ﬁ\u00a0\u00ad\u0301\u0308\u1161\u11a8\uac00가각", "e\u0301"]
    pool += [*"abcXYZ 09_.,'\n", "Straße", "naïve", "Ünited", "ǅ", "™", "①", "㎏", "😀"]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 60)))
        assert tokens(text) == _reference_tokens(text), repr(text)


def test_characters_left_as_is_compose_with_nothing() -> None:
    """What `tokens` relies on to skip NFKC: no character it leaves as is is the second part of
    a canonical composition, or decomposes to a leading mark."""
    left_as_is = text_module._left_as_is.__wrapped__  # not through its cache
    for code in range(0x110000):
        ch = chr(code)
        decomposition = unicodedata.decomposition(ch)
        if not decomposition:  # NFKD leaves it as it is: `_left_as_is` checks its own class
            continue
        parts = decomposition.split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            assert not left_as_is(chr(int(parts[1], 16))), hex(code)
        if left_as_is(ch):
            assert unicodedata.combining(unicodedata.normalize("NFKD", ch)[0]) == 0, hex(code)
