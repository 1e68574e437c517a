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


@functools.lru_cache(maxsize=64)
def _plan(literals: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, ...]]:
    """The literals' trigram (and 5-gram) slots end to end, where each starts, which literals
    have trigrams (indices), and which do not (always kept)."""
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
    flat = np.concatenate(slots) if slots else np.zeros(0, dtype=np.uint32)
    return (
        flat.astype(np.intp),
        np.asarray(starts, dtype=np.intp),
        np.asarray(which, dtype=np.intp),
        tuple(short),
    )


class Trigrams:
    """The trigrams (and 5-grams) of one lower-cased text; `possible` filters literals against
    them."""

    __slots__ = ("_bits",)

    def __init__(self, low: str) -> None:
        bits = np.zeros(2 * _BITS, dtype=bool)
        codes = _codes(low)
        if codes.size >= 3:
            bits[_slots(codes).astype(np.intp)] = True
        self._bits = bits

    def possible(self, literals: tuple[str, ...]) -> tuple[str, ...]:
        """The literals that may occur in the text (all that do, in the order given)."""
        slots, starts, which, short = _plan(literals)
        if not which.size:
            return literals
        # Most literals are ruled out: map the few that pass back to their places in C.
        hits = which[np.logical_and.reduceat(self._bits[slots], starts)].tolist()
        if short:
            hits = sorted((*hits, *short))
        return tuple(literals[k] for k in hits)


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
