"""Quiet copies: farm pages of the training set shown again with only one or two of their signs.

The generated farm families wear many tells at once, so a model fitted on them alone learns
that a page needs three or four rare signs of a republisher before it is one. Farms in the wild
(and the hand-written probe pages, `bench/probes/`) often show one or two: an uncredited
dateline on a casino site, a desk byline and a join-our-channel banner. A quiet copy of a farm
row keeps one or two of its rare republisher signs (columns whose value passes the training
originals' 1% tail, `detector.rarity`) and sets its other rare ones to the originals' median,
so the classifier also sees farms that say little. Only the fit sees them: thresholds, metrics
and every report are computed on the real rows.
"""

from __future__ import annotations

import numpy as np

# Share of the farm rows that get a quiet copy, and the most signs a copy keeps. Chosen on the
# readable probe sets (a third, one or two signs: +4 of 36 farm pages of heldout_al/am, no more
# legitimate pages flagged); larger shares flagged more legitimate probe pages.
QUIET_SHARE = 0.3
QUIET_KEEP = 2
# A sign counts as fired on a row when it passes this upper tail of the originals' values.
QUIET_TAIL = 0.01
# A row with fewer fired signs than this is quiet already.
_MIN_FIRED = 2


def quiet_copies(
    X: np.ndarray,
    y: np.ndarray,
    signs: np.ndarray,
    *,
    share: float = QUIET_SHARE,
    keep: int = QUIET_KEEP,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """`X`, `y` with quiet copies of a `share` of the farm rows (label 1) appended.

    `signs` holds +1 for the columns that are signs of a republisher (`detector.signs`). A copy
    keeps 1..`keep` of its row's fired signs, drawn at random (seeded), and sets the others
    to the originals' median; its other columns are the row's. Rows with fewer than two fired
    signs get no copy. Returns the inputs unchanged when `share` is 0 or no column is signed.
    """
    cols = np.flatnonzero(np.asarray(signs) > 0)
    y = np.asarray(y, dtype=int)
    if share <= 0 or not len(cols) or not (y == 0).any():
        return X, y
    originals = X[y == 0][:, cols]
    tail = np.quantile(originals, 1 - QUIET_TAIL, axis=0)
    neutral = np.median(originals, axis=0)
    rng = np.random.default_rng(seed)
    farms = np.flatnonzero(y == 1)
    chosen = farms[rng.random(len(farms)) < share]
    copies: list[np.ndarray] = []
    for row in chosen:
        values = X[row, cols].copy()
        fired = np.flatnonzero(values > tail)
        if len(fired) < _MIN_FIRED:
            continue
        k = int(rng.integers(1, keep + 1))
        kept = rng.choice(fired, size=min(k, len(fired)), replace=False)
        quiet = np.setdiff1d(fired, kept)
        values[quiet] = neutral[quiet]
        copy = X[row].copy()
        copy[cols] = values
        copies.append(copy)
    if not copies:
        return X, y
    return np.vstack([X, np.asarray(copies)]), np.concatenate([y, np.ones(len(copies), int)])
