"""Normalise text and turn it into word-shingle hashes.

Case, punctuation and whitespace are folded away (`casefold`, then runs of word characters), so a
farm's re-typesetting (curly quotes, line wraps, "Reuters -" vs "Reuters —") does not change the
shingles. Words are hashed once with xxh3-64 and combined into k-word shingles in numpy.

ASCII text (most news) takes a byte path with the same result: one `bytes.translate` lowers
letters and blanks every non-word byte, `split` cuts the words, and the words are hashed as the
bytes they are (xxh3 of a word's UTF-8 bytes either way). It is several times cheaper than the
regex and needs no encoding per word.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import cast

import numpy as np
import xxhash

from detector.wordruns import lower_ascii_word_runs_utf8, utf8_and_non_ascii, word_runs_utf8

# One "word": a run of letters or digits. Punctuation and whitespace between words are dropped.
_WORD = re.compile(r"\w+")
# Odd 64-bit multipliers that combine the k word hashes of a shingle (position-dependent, so
# "a b c" and "c b a" differ). Fixed: changing them changes every signature (a new scheme name).
_MIXERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
     0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x27D4EB2F165667C5, 0x94D049BB133111EB],
    dtype=np.uint64,
)  # fmt: skip
MAX_SHINGLE = len(_MIXERS)
_xxh3 = xxhash.xxh3_64_intdigest
SHINGLE_SCHEME = "word-xxh3_64-mix1"  # stored in every index; bump when this module changes


# ASCII bytes -> lower-case letter, digit or "_" (what `\w` keeps), every other byte -> space.
_ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32
    for c in range(256)
)


def words(text: str) -> list[str]:
    """The normalised words of `text`: NFKC, case-folded, punctuation and whitespace dropped."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _WORD.findall(text.casefold())


def tokens(text: str) -> list[bytes]:
    """The words of `text` as `words` gives them, UTF-8 encoded (what `word_hashes` hashes).

    ASCII text takes the byte path (translate + split); other text is normalised as in
    `words` and cut by `word_runs_utf8` (the same runs as the regex, cut in C).
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORDS).split()
    data, non_ascii = utf8_and_non_ascii(text)
    if all(map(_left_as_is, non_ascii)):
        # NFKC and case folding would only lower-case the ASCII capitals (curly quotes, dashes,
        # accented small letters): both are skipped.
        found = lower_ascii_word_runs_utf8(data, non_ascii)
        if found is not None:
            return found
    return word_runs_utf8(unicodedata.normalize("NFKC", text).casefold())


@functools.lru_cache(maxsize=1 << 16)
def _left_as_is(ch: str) -> bool:
    """True when NFKC and case folding leave `ch` as it is in any text of such characters and
    ASCII: its own forms are itself, and it is a starter that composes with nothing before it
    (marks and Hangul vowel and final jamo do; a test checks every composition)."""
    return (
        unicodedata.category(ch)[0] != "M"
        and not "\u1100" <= ch <= "\u11ff"
        and unicodedata.combining(ch) == 0
        and unicodedata.normalize("NFKC", ch) == ch
        and ch.casefold() == ch
    )


class _HashCache(dict[str, int]):
    """word -> xxh3-64 of its UTF-8 bytes, filled on first sight (for `str` words)."""

    LIMIT = 2_000_000  # about 200 MB at most; cleared when full (news vocabularies are smaller)

    def __missing__(self, word: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[word] = xxhash.xxh3_64_intdigest(word.encode("utf-8"))
        return value


_CACHE = _HashCache()


def word_hashes(tokens: Sequence[str] | Sequence[bytes]) -> np.ndarray:
    """xxh3-64 of each word (str, or UTF-8 bytes as `tokens` gives them), as uint64.

    Bytes are hashed directly (cheaper than a dict lookup, which must hash the new object
    too); str words go through a cache that saves their encoding.
    """
    n = len(tokens)
    if n and isinstance(tokens[0], str):
        strs = cast("Sequence[str]", tokens)
        return np.fromiter(map(_CACHE.__getitem__, strs), dtype=np.uint64, count=n)
    return np.fromiter(map(_xxh3, cast("Sequence[bytes]", tokens)), dtype=np.uint64, count=n)


def word_hashes_many(texts: Sequence[Sequence[bytes]]) -> tuple[np.ndarray, np.ndarray]:
    """Word hashes of many `tokens` lists laid end to end (one numpy call), and their lengths."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    flat = np.fromiter(
        map(_xxh3, itertools.chain.from_iterable(texts)),
        dtype=np.uint64,
        count=int(lengths.sum()),
    )
    return flat, lengths


def shingle_hashes(hashes: np.ndarray, k: int) -> np.ndarray:
    """Hashes (uint64) of the k-word shingles of a word-hash sequence, duplicates kept.

    A text shorter than k words gives one shingle made of all its words (none when empty).
    """
    if not 1 <= k <= MAX_SHINGLE:
        raise ValueError(f"shingle size must be 1..{MAX_SHINGLE}, not {k}")
    n_words = len(hashes)
    if n_words == 0:
        return np.empty(0, dtype=np.uint64)
    if n_words < k:
        return np.atleast_1d((hashes * _MIXERS[:n_words]).sum(dtype=np.uint64))
    n = n_words - k + 1
    out = hashes[:n] * _MIXERS[0]
    for j in range(1, k):
        out += hashes[j : j + n] * _MIXERS[j]
    return out


def shingle_hashes_many(
    hashes: np.ndarray, n_words: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """`shingle_hashes` of many texts at once: their word hashes laid end to end (`n_words`
    each) -> their shingle hashes laid end to end, and the count of each text's.

    Each text gets k - 1 zero hashes after it, so a window never mixes two texts and a text
    shorter than k words makes its one shingle (its words times the first mixers) by itself.
    """
    if not 1 <= k <= MAX_SHINGLE:
        raise ValueError(f"shingle size must be 1..{MAX_SHINGLE}, not {k}")
    n_words = np.asarray(n_words, dtype=np.int64)
    counts = np.where(n_words >= k, n_words - k + 1, np.minimum(n_words, 1))
    if len(hashes) == 0:
        return np.empty(0, dtype=np.uint64), counts
    pad = k - 1
    seg = n_words + pad
    total = int(seg.sum())
    starts = np.cumsum(seg) - seg
    padded = np.zeros(total, dtype=np.uint64)
    padded[np.arange(len(hashes)) + np.repeat(starts - (np.cumsum(n_words) - n_words), n_words)] = (
        hashes
    )
    n_win = total - pad
    win = padded[:n_win] * _MIXERS[0]
    for j in range(1, k):
        win += padded[j : j + n_win] * _MIXERS[j]
    # A window is kept when it starts among the first `count` positions of its text's segment.
    pos = np.arange(n_win) - np.repeat(starts, seg)[:n_win]
    keep = pos < np.repeat(counts, seg)[:n_win]
    out: np.ndarray = win[keep]
    return out, counts


def distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (sort + neighbour compare: several times faster than np.unique's
    hash path on short uint64 arrays)."""
    if len(values) < 2:
        return values.copy()
    s = np.sort(values)
    keep = np.empty(len(s), dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    out: np.ndarray = s[keep]
    return out


_BLOCK_LIMIT = 1 << 18  # values in one 2-D block of `distinct_runs`


def distinct_runs(
    values: np.ndarray, counts: np.ndarray, want_values: bool = False, group: int = 32
) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of each run of `values` (runs of `counts` laid end to end): their
    count per run, and (with `want_values`) every run's distinct values end to end, the runs
    in no particular order.

    Runs of similar length are sorted `group` at a time as the rows of one 2-D array, each row
    padded with copies of its own last value (a copy adds no distinct value): a few numpy calls
    per group instead of several per run.
    """
    counts = np.asarray(counts, dtype=np.int64)
    sizes = counts.copy()
    parts: list[np.ndarray] = []
    starts = np.cumsum(counts) - counts
    order = np.argsort(counts, kind="stable")
    order = order[counts[order] > 0]
    lo = 0
    while lo < len(order):
        # Up to `group` rows, fewer when the block would be large (a very long text among
        # short ones is sorted by itself rather than padding the others to its length).
        hi = min(lo + group, len(order))
        while hi - lo > 1 and int(counts[order[hi - 1]]) * (hi - lo) > _BLOCK_LIMIT:
            hi = lo + max(1, _BLOCK_LIMIT // int(counts[order[hi - 1]]))
            hi = min(hi, len(order))
        rows = order[lo:hi]
        lo = hi
        c = counts[rows]
        width = int(c[-1])  # rows are in length order
        idx = starts[rows, None] + np.minimum(np.arange(width), c[:, None] - 1)
        block = np.sort(values[idx], axis=1)
        new = np.empty(block.shape, dtype=bool)
        new[:, 0] = True
        np.not_equal(block[:, 1:], block[:, :-1], out=new[:, 1:])
        sizes[rows] = np.count_nonzero(new, axis=1)
        if want_values:
            parts.append(block[new])
    out = np.concatenate(parts) if parts else np.empty(0, dtype=values.dtype)
    return out, sizes


def shingles(text: str, k: int) -> np.ndarray:
    """The distinct k-word shingle hashes of `text` (uint64, sorted)."""
    return distinct(shingle_hashes(word_hashes(tokens(text)), k))
