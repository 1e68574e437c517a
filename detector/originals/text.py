"""Normalise text and turn it into word-shingle hashes.

Case, punctuation and whitespace are folded away (`casefold`, then runs of word characters), so a
farm's re-typesetting (curly quotes, line wraps, "Reuters -" vs "Reuters —") does not change the
shingles. Words are hashed once with xxh3-64 and combined into k-word shingles in numpy.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import xxhash

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
SHINGLE_SCHEME = "word-xxh3_64-mix1"  # stored in every index; bump when this module changes


def words(text: str) -> list[str]:
    """The normalised words of `text`: NFKC, case-folded, punctuation and whitespace dropped."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _WORD.findall(text.casefold())


class _HashCache(dict[str, int]):
    """word -> xxh3-64, filled on first sight; lookups of known words run at C speed."""

    LIMIT = 2_000_000  # about 200 MB at most; cleared when full (news vocabularies are smaller)

    def __missing__(self, word: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[word] = xxhash.xxh3_64_intdigest(word.encode("utf-8"))
        return value


_CACHE = _HashCache()


def word_hashes(tokens: list[str]) -> np.ndarray:
    """xxh3-64 of each word, as uint64."""
    return np.fromiter(map(_CACHE.__getitem__, tokens), dtype=np.uint64, count=len(tokens))


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


def shingles(text: str, k: int) -> np.ndarray:
    """The distinct k-word shingle hashes of `text` (uint64, sorted)."""
    return distinct(shingle_hashes(word_hashes(words(text)), k))
