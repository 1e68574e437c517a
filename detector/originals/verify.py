"""Verify LSH candidates against their stored signatures: similarity and containment both ways."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Thresholds:
    """When a candidate counts as copied.

    Args:
        min_containment: the page holds at least this share of the original, or at least this
            share of the page comes from it. 0.3: farm-style copies of the shared corpora
            (spun, cut, wrapped, reordered) have 0.36 or more at their 1st percentile (exact
            word 3-shingles) while different stories of the same topic and day stay under 0.2
            at the 99.9th percentile (tests/originals/test_quality.py).
        min_shared: at least this many shingles in common (estimated), so a one-line page
            inside a long original is not a copy of it.
        max_bucket: LSH buckets are cut to this many entries.
        max_candidates: candidates verified per query, those sharing most bands first.
    """

    min_containment: float = 0.3
    min_shared: float = 15.0
    max_bucket: int = 2000
    max_candidates: int = 5000


@dataclass(frozen=True)
class Verified:
    """Figures of the candidates that passed, best first."""

    rows: np.ndarray  # positions in the candidate list
    similarity: np.ndarray
    containment_of_original: np.ndarray
    containment_of_page: np.ndarray


def verify(
    page_sig: np.ndarray,
    page_n: int,
    cand_sigs: np.ndarray,
    cand_sizes: np.ndarray,
    thresholds: Thresholds,
) -> Verified:
    """Estimate Jaccard from signatures, derive both containments from the set sizes, keep passes.

    With J the estimated Jaccard similarity of page P and original O, |P n O| = J (|P| + |O|)
    / (1 + J); containment of the original is |P n O| / |O| and of the page |P n O| / |P|.
    """
    if len(cand_sizes) == 0 or page_n == 0:
        empty = np.empty(0)
        return Verified(np.empty(0, dtype=np.int64), empty, empty, empty)
    jac = np.count_nonzero(cand_sigs == page_sig, axis=1) / page_sig.shape[0]
    sizes = cand_sizes.astype(np.float64)
    shared = jac / (1.0 + jac) * (sizes + page_n)
    c_orig = np.minimum(1.0, shared / np.maximum(sizes, 1.0))
    c_page = np.minimum(1.0, shared / page_n)
    ok = (np.maximum(c_orig, c_page) >= thresholds.min_containment) & (
        shared >= thresholds.min_shared
    )
    rows = np.flatnonzero(ok)
    score = np.maximum(c_orig[rows], c_page[rows]) + jac[rows]
    rows = rows[np.argsort(-score, kind="stable")]
    return Verified(rows, jac[rows], c_orig[rows], c_page[rows])
