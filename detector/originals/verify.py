"""Verify LSH candidates against their stored signatures: similarity and containment both ways.

Containment is estimated by membership, not from Jaccard: each signature value of an original
names the one shingle of the original that won that permutation (the permutations are
bijections, so they can be inverted), a uniform sample of the original. The share of those
samples present in the page's own shingles estimates the containment of the original in the
page with standard error sqrt(c(1-c)/num_perm) <= 0.045 at 128 permutations, whatever the two
sizes; Jaccard from signatures would be far noisier when a short story sits in a long page.
The other two figures follow exactly from the set sizes: |P n O| = c |O|, containment of the
page = |P n O| / |P|, similarity = |P n O| / (|P| + |O| - |P n O|).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from detector.originals.minhash import MinHasher


@dataclass(frozen=True)
class Thresholds:
    """When a candidate counts as copied.

    A copy either covers most of one side (a whole story inside farm junk: the original is
    contained; a cut story: the page is contained) or a fair share of both sides (a spun copy
    with words replaced). Different stories about one event share sentences, but only ever a
    share of the smaller story, never a fair share of both.

    Args:
        one_side: the page holds this share of the original, or this share of the page is the
            original. 0.65: cut copies hold 0.86+ at their 1st percentile, whole copies in junk
            1.0; related Reuters/ISOT stories of the same day reach 0.59 (exact, word
            3-shingles; tests/originals/test_quality.py). The page's share is taken half a
            standard error low (see `verify`).
        both_sides: the page holds this share of the original and this share of the page is
            the original. 0.3: copies with 10-25% of their words replaced keep 0.36+ both ways
            at their 1st percentile; related stories stay under 0.2 on their larger side.
        min_shared: at least this many shingles in common (estimated), so a one-line page
            inside a long original is not a copy of it.
        max_bucket: LSH buckets are cut to this many entries.
        max_candidates: candidates verified per query, those sharing most bands first (a
            copy shares several bands: 96 x J^2 on average, 4 at J = 0.2).
    """

    one_side: float = 0.65
    both_sides: float = 0.3
    min_shared: float = 10.0
    max_bucket: int = 1000
    max_candidates: int = 300


@dataclass(frozen=True)
class Verified:
    """Figures of the candidates that passed, best first."""

    rows: np.ndarray  # positions in the candidate list
    similarity: np.ndarray
    containment_of_original: np.ndarray
    containment_of_page: np.ndarray


def verify(
    page_mixed: np.ndarray,
    page_n: int,
    cand_sigs: np.ndarray,
    cand_sizes: np.ndarray,
    minhasher: MinHasher,
    thresholds: Thresholds,
) -> Verified:
    """Estimate both containments and the similarity of each candidate; keep those that pass.

    Args:
        page_mixed: the page's sorted distinct pre-mixed shingle hashes (`Sketch.inputs`).
        page_n: the page's distinct shingle count.
        cand_sigs: candidate signatures, uint32[n, num_perm].
        cand_sizes: candidate distinct shingle counts.
        minhasher: the MinHasher the signatures were made with.
        thresholds: the decision thresholds.
    """
    if len(cand_sizes) == 0 or page_n == 0:
        empty = np.empty(0)
        return Verified(np.empty(0, dtype=np.int64), empty, empty, empty)
    samples = minhasher.unpermute(cand_sigs)
    pos = np.searchsorted(page_mixed, samples)
    pos[pos >= len(page_mixed)] = 0
    hits = np.count_nonzero(page_mixed[pos] == samples, axis=1)
    if len(hits) <= _FEW:
        return _decide_few(hits.tolist(), cand_sizes.tolist(), page_n, samples.shape[1], thresholds)
    return _decide(hits, cand_sizes, page_n, samples.shape[1], thresholds)


# Up to this many candidates (a query at 1M originals has 3-6), the figures are worked out in
# Python floats: the same IEEE operations in the same order, without ~40 numpy calls.
_FEW = 32


def _decide(
    hits: np.ndarray, cand_sizes: np.ndarray, page_n: int, num_perm: int, thresholds: Thresholds
) -> Verified:
    """The figures and decisions of `verify` from each candidate's sample hits (numpy)."""
    c_orig = hits / num_perm
    sizes = cand_sizes.astype(np.float64)
    shared = c_orig * sizes
    c_page = np.minimum(1.0, shared / page_n)
    jac = shared / np.maximum(sizes + page_n - shared, 1.0)
    # The page's share is c_orig scaled by |O| / |P|, and so is its sampling error: a long
    # original and a short page make it noisy. Decide on its value half a standard error lower.
    err = np.sqrt(c_orig * (1.0 - c_orig) / num_perm)
    c_page_low = np.minimum(1.0, np.maximum(c_orig - 0.5 * err, 0.0) * sizes / page_n)
    one = np.maximum(c_orig, c_page_low) >= thresholds.one_side
    both = np.minimum(c_orig, c_page_low) >= thresholds.both_sides
    ok = (one | both) & (shared >= thresholds.min_shared)
    rows = np.flatnonzero(ok)
    score = c_orig[rows] + c_page[rows]
    rows = rows[np.argsort(-score, kind="stable")]
    return Verified(rows, jac[rows], c_orig[rows], c_page[rows])


def _decide_few(
    hits: list[int], cand_sizes: list[int], page_n: int, num_perm: int, thresholds: Thresholds
) -> Verified:
    """`_decide` for a few candidates, in Python floats (equal results; a test checks it)."""
    kept = []
    for row, (hit, n) in enumerate(zip(hits, cand_sizes, strict=True)):
        c_orig = hit / num_perm
        size = float(n)
        shared = c_orig * size
        c_page = min(1.0, shared / page_n)
        err = math.sqrt(c_orig * (1.0 - c_orig) / num_perm)
        c_page_low = min(1.0, max(c_orig - 0.5 * err, 0.0) * size / page_n)
        one = max(c_orig, c_page_low) >= thresholds.one_side
        both = min(c_orig, c_page_low) >= thresholds.both_sides
        if (one or both) and shared >= thresholds.min_shared:
            jac = shared / max(size + page_n - shared, 1.0)
            kept.append((-(c_orig + c_page), row, jac, c_orig, c_page))
    kept.sort(key=lambda k: k[0])  # stable: equal scores keep candidate order
    return Verified(
        np.array([k[1] for k in kept], dtype=np.int64),
        np.array([k[2] for k in kept], dtype=np.float64),
        np.array([k[3] for k in kept], dtype=np.float64),
        np.array([k[4] for k in kept], dtype=np.float64),
    )
