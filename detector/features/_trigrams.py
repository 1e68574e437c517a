"""Which literals a page certainly does not contain, from the page's 3-character substrings.

The families look for hundreds of literal trigger words ("as an ai", "appeared first on",
"associated press") in the text around the story; each `str.find` reads the whole text, and
almost every trigger is absent. A literal can only occur where all its 3-character substrings
occur, so one pass that records the page's trigrams (hashed into a bitmap: a collision can only
let an absent literal through, never stop a present one) rules most of them out, and only the
rest are searched. Literals shorter than three characters are always searched.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from detector.features._pagememo import memo
from detector.page import Page

_BITS = 1 << 17  # 128 K slots for the ~5-10 K distinct trigrams of a page: < 8% false "maybe"
_MASK = np.uint32(_BITS - 1)
_P1 = np.uint32(0x9E3779B1)
_P2 = np.uint32(0x85EBCA77)


_P3 = np.uint32(0xC2B2AE3D)
_P4 = np.uint32(0x27D4EB2F)


def _slots(codes: np.ndarray) -> np.ndarray:
    """Bitmap slots of every 3-code window of `codes` (uint32 code points; products wrap
    around) and, in the bitmap's second half, of every 5-code window.

    A literal of five characters or more is also checked by its 5-grams: its trigrams alone
    often occur apart in other words ("fonte": "fon", "ont", "nte"), its 5-grams seldom do.
    """
    n = codes.size
    if n < 3:
        return np.zeros(0, dtype=np.uint32)
    first, second = codes * _P1, codes * _P2
    out = np.empty(2 * n - 6 if n >= 5 else n - 2, dtype=np.uint32)
    tri = out[: n - 2]
    np.bitwise_xor(first[:-2], second[1:-1], out=tri)
    tri ^= codes[2:]
    tri &= _MASK
    if n >= 5:
        five = out[n - 2 :]
        np.bitwise_xor(first[:-4], second[1:-3], out=five)
        five ^= codes[2:-2] * _P3
        five ^= codes[3:-1] * _P4
        five ^= codes[4:]
        five &= _MASK
        five += np.uint32(_BITS)
    return out


def _codes(text: str) -> np.ndarray:
    raw = text.encode("utf-32-le", errors="surrogatepass")
    return np.frombuffer(raw, dtype=np.uint32)


class _Plan:
    """One literal tuple's trigram (and 5-gram) slots end to end, where each literal's start,
    which literals have slots (indices), which do not (always kept), and its place among the
    plans every page checks at once (`serial`, -1 until registered)."""

    __slots__ = ("all_short", "rows", "serial", "short", "slots", "starts", "which")

    def __init__(self, literals: tuple[str, ...]) -> None:
        slots: list[np.ndarray] = []
        starts: list[int] = []
        which: list[int] = []
        short: list[int] = []
        at = 0
        for k, literal in enumerate(literals):
            if len(literal) >= 3:
                found = _slots(_codes(literal))
                slots.append(found)
                starts.append(at)
                which.append(k)
                at += len(found)
            else:
                short.append(k)
        self.slots = (np.concatenate(slots) if slots else np.zeros(0, dtype=np.uint32)).astype(
            np.intp
        )
        self.starts = np.asarray(starts, dtype=np.intp)
        self.which = np.asarray(which, dtype=np.intp)
        self.short = tuple(short)
        self.all_short = not which
        self.serial = -1
        self.rows: list[np.ndarray] | None = None  # each literal's slots in `_probe_order`

    def hits(self, bits: np.ndarray) -> list[int]:
        """Indices of the literals with slots whose every slot is set in `bits`, in order."""
        return self.which[np.logical_and.reduceat(bits[self.slots], self.starts)].tolist()


@functools.lru_cache(maxsize=64)
def _plan(literals: tuple[str, ...]) -> _Plan:
    return _Plan(literals)


_BY_ID: dict[int, tuple[tuple[str, ...], _Plan]] = {}  # id(literals) -> (literals, plan)
_MAX_BY_ID = 256


def _plan_of(literals: tuple[str, ...]) -> _Plan:
    """The plan of `literals`: the families pass the same module-level tuples on every page, so
    the tuple itself (held, so its id stays its own) finds it before its contents are hashed."""
    known = _BY_ID.get(id(literals))
    if known is not None and known[0] is literals:
        return known[1]
    plan = _plan(literals)
    if len(_BY_ID) < _MAX_BY_ID:
        _BY_ID[id(literals)] = (literals, plan)
    return plan


def _probe_order(slots: np.ndarray) -> np.ndarray:
    """One literal's slots, the likeliest to be missing from a page first: its last and first
    5-grams, its other 5-grams, then its trigrams (on 600 real pages, of the families' ~1,400
    literals ~170 pass the first slot, ~60 the first two, ~28 all; trigrams first: 550, 380)."""
    five, tri = slots[slots >= _BITS], slots[slots < _BITS]
    if five.size > 1:
        five = np.concatenate((five[-1:], five[:-1]))
    return np.concatenate((five, tri))


class _Registry:
    """Every plan asked about so far (up to a bound), one literal's slots to a row, so that a
    page checks all of them at once: the first slot of every literal, the second of those that
    pass, then all of the few left (a row ends padded with its last slot)."""

    __slots__ = ("firsts", "grid", "owner", "plans", "seconds", "which")

    def __init__(self, plans: tuple[_Plan, ...]) -> None:
        self.plans = plans
        rows: list[np.ndarray] = []
        self.owner: list[int] = []  # row -> the serial of its plan
        self.which: list[int] = []  # row -> the index of its literal in its plan's tuple
        for serial, plan in enumerate(plans):
            if plan.rows is None:  # once per plan: the registry is rebuilt as plans come
                plan.rows = list(map(_probe_order, np.split(plan.slots, plan.starts[1:])))
            rows += plan.rows
            self.owner += [serial] * plan.which.size
            self.which += plan.which.tolist()
        grid = np.empty((len(rows), max((r.size for r in rows), default=1)), dtype=np.intp)
        for k, row in enumerate(rows):
            grid[k, : row.size] = row
            grid[k, row.size :] = row[-1]
        self.grid = grid
        self.firsts = grid[:, 0].copy()
        self.seconds = grid[:, min(1, grid.shape[1] - 1)].copy()

    def holds(self, plan: _Plan) -> bool:
        """Whether `plan` is one of the plans checked here."""
        return 0 <= plan.serial < len(self.plans) and self.plans[plan.serial] is plan

    def check(self, bits: np.ndarray) -> dict[int, list[int]]:
        """Plan serial -> indices of its literals whose every slot is set in `bits`, in order
        (plans with none left out)."""
        if not self.plans:
            return {}
        alive = np.flatnonzero(bits[self.firsts])
        if alive.size:
            alive = alive[bits[self.seconds[alive]]]
        if alive.size:
            alive = alive[bits[self.grid.take(alive, axis=0)].all(axis=1)]
        kept: dict[int, list[int]] = {}
        owner, which = self.owner, self.which
        for row in alive.tolist():
            kept.setdefault(owner[row], []).append(which[row])
        return kept


_REGISTRY = _Registry(())
_REGISTERING = threading.Lock()
# The families' ~40 literal tuples: ~2,000 literals of at most 72 slots, about 150 K cells; the
# bound leaves room for more (a grid of 1 M cells is 8 MB).
_MAX_CELLS = 1 << 20


# `_Plan.serial` of a plan that did not fit: it is checked alone on each page, never offered
# again (building the registry to find it too large costs milliseconds).
_LEFT_OUT = -2


def _register(plan: _Plan) -> None:
    """Add `plan` to the plans the next pages check at once (unless already in, or full)."""
    global _REGISTRY
    with _REGISTERING:
        if plan.serial != -1:
            return
        registry = _Registry((*_REGISTRY.plans, plan))
        if registry.grid.size > _MAX_CELLS:
            plan.serial = _LEFT_OUT
            return
        plan.serial = len(registry.plans) - 1
        _REGISTRY = registry


class Trigrams:
    """The trigrams (and 5-grams) of one lower-cased text; `possible` filters literals against
    them."""

    __slots__ = ("_bits", "_checked")

    def __init__(self, low: str) -> None:
        bits = np.zeros(2 * _BITS, dtype=bool)
        codes = _codes(low)
        if codes.size >= 3:
            bits[_slots(codes).astype(np.intp)] = True
        self._bits = bits
        self._checked: tuple[_Registry, dict[int, list[int]]] | None = None

    def possible(self, literals: tuple[str, ...]) -> tuple[str, ...]:
        """The literals that may occur in the text (all that do, in the order given)."""
        plan = _plan_of(literals)
        if plan.all_short:
            return literals
        # Most literals are ruled out: the first call checks every registered plan's literals
        # at once, the next ones read their part.
        if self._checked is None:
            registry = _REGISTRY
            self._checked = (registry, registry.check(self._bits))
        registry, kept = self._checked
        if registry.holds(plan):
            hits = kept.get(plan.serial)
            if hits is None and not plan.short:  # the usual answer: none of them
                return ()
        else:  # a plan first asked about after this page's check: alone, and for the next ones
            hits = plan.hits(self._bits)
            _register(plan)
        if plan.short:
            hits = sorted((*(hits or ()), *plan.short))
        return tuple(literals[k] for k in hits or ())


def _page_lines(page: Page) -> tuple[str, ...]:
    return (page.title, page.headline, *page.paragraphs, *page.other_lines, *page.credit_lines)


def _lower_page(page: Page) -> tuple[str, tuple[str, ...]]:
    """The page's lines joined and lower-cased, and each line lower-cased (memoised per page).

    Lower-casing is per character except for a final sigma, which looks no further than a line
    break: each line lower-cased alone is the same as its part of the whole.
    """

    def build() -> tuple[str, tuple[str, ...]]:
        lines = _page_lines(page)
        low = "\n".join(lines).lower()
        pieces = low.split("\n")
        if len(pieces) != len(lines):  # a line holds a line break: lower-case them one by one
            pieces = [line.lower() for line in lines]
        return low, tuple(pieces)

    return memo(page, "lower_page", build)


def lower_map(page: Page) -> Mapping[str, str]:
    """Every line of the page (title, headline, story, other and credit lines) -> the line
    lower-cased, from one lower-casing of the whole page (memoised per page; read-only)."""
    return memo(
        page, "lower_map", lambda: dict(zip(_page_lines(page), _lower_page(page)[1], strict=True))
    )


def lower_joined(page: Page, lines: Iterable[str]) -> str:
    """`"\n".join(lines).lower()` for lines of the page, from its one lower-casing (`lower_map`)."""
    return "\n".join(map(lower_map(page).__getitem__, lines))


def page_trigrams(page: Page) -> Trigrams:
    """The trigrams of the page's lower-cased text: title, headline, story, other and credit lines.

    Every text a family scans is made of these lines joined by line breaks, and no literal
    spans a line break, so a literal ruled out here is in none of them. Lower-casing is per
    character (a final sigma looks no further than a line break), so each line lower-cased
    alone is the same as its part of the whole.
    """
    return memo(page, "trigrams", lambda: Trigrams(_lower_page(page)[0]))


def possible(page: Page, literals: Sequence[str]) -> tuple[str, ...]:
    """The `literals` (lower-case) that may occur in the page's lower-cased lines."""
    return page_trigrams(page).possible(tuple(literals))
