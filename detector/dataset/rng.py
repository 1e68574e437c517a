"""Deterministic randomness: every choice is drawn from a generator keyed by the seed and a name.

Keying each draw by (seed, what, which) instead of sharing one global generator keeps the output
stable when one family changes: adding a page to one family does not reshuffle the others.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

SPLITS = ("train", "validation", "test")
# 70/15/15: enough validation pages to choose thresholds on, enough test pages to report on.
SPLIT_FRACTIONS = (0.70, 0.15, 0.15)


def stable_int(*keys: object) -> int:
    """A 64-bit integer that depends only on the keys (not on PYTHONHASHSEED)."""
    digest = hashlib.sha256(repr(keys).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def rng_for(seed: int, *keys: object) -> random.Random:
    """A `random.Random` seeded from the build seed and a name."""
    return random.Random(stable_int(seed, *keys))


def unit(*keys: object) -> float:
    """A number in [0, 1) that depends only on the keys."""
    return stable_int(*keys) / 2**64


def split_of(seed: int, kind: str, key: str) -> str:
    """The split of a group (a source article, a site): a stable draw with SPLIT_FRACTIONS."""
    u = unit(seed, "split", kind, key)
    acc = 0.0
    for name, frac in zip(SPLITS, SPLIT_FRACTIONS, strict=True):
        acc += frac
        if u < acc:
            return name
    return SPLITS[-1]


def spread_splits(seed: int, family: str, n: int) -> list[str]:
    """Splits for the n sites of one family, in proportion, each split present when n >= 3."""
    n_val = max(1, round(n * SPLIT_FRACTIONS[1])) if n >= 3 else 0
    n_test = max(1, round(n * SPLIT_FRACTIONS[2])) if n >= 3 else 0
    labels = ["validation"] * n_val + ["test"] * n_test
    labels = ["train"] * (n - len(labels)) + labels
    rng_for(seed, "site-splits", family).shuffle(labels)
    return labels


def random_date(rng: random.Random, start: date, end: date) -> date:
    """A uniform date in [start, end]."""
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))
