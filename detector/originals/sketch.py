"""Index parameters and the sketch of a text (shingle count, MinHash signature, LSH keys)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cached_property
from typing import Any

import numpy as np

from detector.errors import OriginalsIndexError
from detector.originals import lsh
from detector.originals.minhash import MINHASH_SCHEME, MinHasher
from detector.originals.text import SHINGLE_SCHEME, shingle_hashes, word_hashes, words


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
    """A text's sketch: distinct shingle count, signature and LSH keys."""

    n_shingles: int
    signature: np.ndarray  # uint32[num_perm]
    keys: np.ndarray  # uint32[bands]


class Sketcher:
    """Turns texts into sketches under fixed `IndexParams` (permutations drawn once)."""

    def __init__(self, params: IndexParams | None = None) -> None:
        self.params = params or IndexParams()
        # Validates the band layout once, up front.
        lsh.band_keys(
            np.zeros((1, self.params.num_perm), np.uint32), self.params.bands, self.params.rows
        )

    @cached_property
    def minhasher(self) -> MinHasher:
        """The shared-permutation MinHasher."""
        return MinHasher(self.params.num_perm, self.params.seed)

    def shingles(self, text: str) -> np.ndarray:
        """Distinct shingle hashes of a text."""
        return np.unique(shingle_hashes(word_hashes(words(text)), self.params.shingle))

    def sketch(self, text: str) -> Sketch:
        """The sketch of one text."""
        sh = self.shingles(text)
        sig = self.minhasher.signature(sh)
        keys = lsh.band_keys(sig, self.params.bands, self.params.rows)[0]
        return Sketch(len(sh), sig, keys)
