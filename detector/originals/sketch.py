"""Index parameters and the sketch of a text (shingle count, MinHash signature, LSH keys)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cached_property
from typing import Any

import numpy as np

from detector.errors import OriginalsIndexError
from detector.originals import lsh
from detector.originals.minhash import MINHASH_SCHEME, MinHasher
from detector.originals.text import (
    SHINGLE_SCHEME,
    distinct,
    distinct_runs,
    shingle_hashes,
    shingle_hashes_many,
    tokens,
    word_hashes,
    word_hashes_many,
)


@dataclass(frozen=True)
class IndexParams:
    """How texts are sketched. An index stores these and refuses queries made otherwise.

    Defaults: word 3-shingles keep 36%+ of a spun copy's shingles (10-25% of words replaced)
    where 5-shingles keep 15%, while different same-day stories of Reuters-21578 stay under
    0.2 containment (99.9th percentile); 128 permutations; 96 overlapping bands of 2 rows
    (see `lsh`).
    """

    num_perm: int = 128
    seed: int = 1
    shingle: int = 3
    bands: int = 96
    rows: int = 2
    # Stop shingles: those in >= stop_min_df of the first stop_sample originals of a build.
    # 10 of the 4,600 test originals drops 11% of shingle occurrences, including agency
    # templates (ISOT's "Trump on Twitter" preamble is in 22 stories); it cut matches between
    # templated Reuters-21578 stories of different days (money supply, debenture pricings) from
    # 98 to 66 of 4,589 stories, at no loss of recall on copies (20: 98; 5: 31, but spun-copy
    # recall fell to 0.968).
    stop_min_df: int = 10
    stop_sample: int = 50_000
    minhash_scheme: str = MINHASH_SCHEME
    shingle_scheme: str = SHINGLE_SCHEME

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IndexParams:
        """Parameters read from an index; refuses schemes this code does not compute."""
        try:
            params = cls(**data)
        except TypeError as exc:
            raise OriginalsIndexError(f"index parameters not understood: {exc}") from exc
        if params.minhash_scheme != MINHASH_SCHEME or params.shingle_scheme != SHINGLE_SCHEME:
            raise OriginalsIndexError(
                f"index was built with schemes {params.minhash_scheme}/{params.shingle_scheme}; "
                f"this code computes {MINHASH_SCHEME}/{SHINGLE_SCHEME}: rebuild the index"
            )
        return params


@dataclass(frozen=True)
class Sketch:
    """A text's sketch: distinct shingle count, signature, LSH keys and its pre-mixed inputs."""

    n_shingles: int
    signature: np.ndarray  # uint32[num_perm]
    keys: np.ndarray  # uint32[bands]
    mixed: np.ndarray  # the pre-mixed 32-bit shingle hashes (for verification; see `inputs`)

    def inputs(self) -> np.ndarray:
        """The sorted distinct pre-mixed shingle hashes `verify` takes (only a page with
        candidates needs them sorted)."""
        return distinct(self.mixed)


def stop_shingles(shingle_sets: list[np.ndarray], min_df: int) -> np.ndarray:
    """Shingles found in at least `min_df` of the given sets (sorted uint64).

    They carry no evidence of copying: standard phrases ("said in a statement"), agency
    templates ("The opinions expressed are his own. Reuters has not edited the statements"),
    earnings-table wording. Leaving them out of every sketch keeps templated stories from
    matching each other.
    """
    if not shingle_sets:
        return np.empty(0, dtype=np.uint64)
    return frequent_values(np.concatenate(shingle_sets), min_df)


def frequent_values(values: np.ndarray, min_df: int) -> np.ndarray:
    """Values found at least `min_df` times (sorted): `stop_shingles` of sets laid end to end."""
    values = np.sort(values)
    if len(values) == 0:
        return values
    # Runs of equal values in the sorted array: each set holds a shingle once, so a run's
    # length is its document frequency (np.unique with counts, without its extra passes).
    starts = np.flatnonzero(np.concatenate([[True], values[1:] != values[:-1]]))
    lengths = np.diff(np.append(starts, len(values)))
    out: np.ndarray = values[starts[lengths >= min_df]]
    return out


class Sketcher:
    """Turns texts into sketches under fixed `IndexParams` (permutations drawn once).

    Args:
        params: the index parameters.
        stop: shingles left out of every sketch (sorted uint64; see `stop_shingles`).
    """

    def __init__(self, params: IndexParams | None = None, stop: np.ndarray | None = None) -> None:
        self.params = params or IndexParams()
        self.stop = np.empty(0, np.uint64) if stop is None else np.asarray(stop, dtype=np.uint64)
        # A bitmap over the top bits of the stop shingles (about 1 in 16 bits set) tells most
        # shingles apart from every stop shingle at once; only the rest are binary-searched.
        bits = min(max(len(self.stop).bit_length() + 4, 10), 26)
        self._stop_shift = np.uint64(64 - bits)
        self._stop_bitmap = np.zeros(1 << bits, dtype=bool)
        self._stop_bitmap[self.stop >> self._stop_shift] = True
        # Validates the band layout once, up front.
        self._bands = lsh.BandHasher(self.params.num_perm, self.params.bands, self.params.rows)

    @cached_property
    def minhasher(self) -> MinHasher:
        """The shared-permutation MinHasher."""
        return MinHasher(self.params.num_perm, self.params.seed)

    def shingles(self, text: str) -> np.ndarray:
        """Distinct shingle hashes of a text (stop shingles included)."""
        return distinct(shingle_hashes(word_hashes(tokens(text)), self.params.shingle))

    def shingles_many(self, token_lists: list[list[bytes]]) -> tuple[np.ndarray, np.ndarray]:
        """Shingle hashes of many tokenised texts (see `text.tokens`) laid end to end, with
        duplicates and stop shingles, and the count of each text's."""
        flat, n_words = word_hashes_many(token_lists)
        return shingle_hashes_many(flat, n_words, self.params.shingle)

    def sketch(self, text: str) -> Sketch:
        """The sketch of one text."""
        return self.sketch_shingles(self.shingles(text))

    def is_stop(self, sh: np.ndarray) -> np.ndarray:
        """Which of the shingle hashes `sh` are stop shingles (bool per hash)."""
        out = np.zeros(len(sh), dtype=bool)
        if len(self.stop) and len(sh):
            maybe = np.flatnonzero(self._stop_bitmap[sh >> self._stop_shift])
            if len(maybe):
                cand = sh[maybe]
                pos = np.searchsorted(self.stop, cand)
                pos[pos >= len(self.stop)] = 0
                out[maybe] = self.stop[pos] == cand
        return out

    def drop_stop(self, sh: np.ndarray) -> np.ndarray:
        """Distinct shingles without the stop shingles."""
        if len(self.stop) and len(sh):
            sh = sh[~self.is_stop(sh)]
        return sh

    def signature(self, sh: np.ndarray) -> tuple[np.ndarray, int]:
        """Signature and distinct count of a text's shingles (the build path: no LSH keys)."""
        sh = self.drop_stop(sh)
        return self.minhasher.signature(sh), len(sh)

    def signatures(self, flat: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Signatures and distinct counts of many texts' shingles laid end to end (`counts`
        each; duplicates allowed), the stop shingles dropped: `signature` of each, batched."""
        counts = np.asarray(counts, dtype=np.int64)
        if len(self.stop) and len(flat):
            keep = ~self.is_stop(flat)
            docs = np.repeat(np.arange(len(counts)), counts)
            flat = flat[keep]
            counts = np.bincount(docs[keep], minlength=len(counts))
        _, sizes = distinct_runs(flat, counts)
        sigs = self.minhasher.signatures_of_runs(self.minhasher.mixed(flat), counts)
        return sigs, sizes

    def sketch_shingles(self, sh: np.ndarray) -> Sketch:
        """The sketch of a text's distinct shingles (stop shingles are dropped here)."""
        sh = self.drop_stop(sh)
        mixed = self.minhasher.mixed(sh)
        sig = self.minhasher.signature_of_mixed(mixed)
        return Sketch(len(sh), sig, self._bands.keys(sig), mixed)
