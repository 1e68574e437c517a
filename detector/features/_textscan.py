"""Cheap text scanning for the signal extractors: find literal triggers first, regex after.

Python's `re` tries every alternative at every position, so a big case-insensitive alternation
over a 10 KB page costs milliseconds. `str.find` on a lower-cased copy costs microseconds, so the
extractors look for a few literal trigger words and run their full patterns only on the short
snippets around the hits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def cut(text: str, n: int = 80) -> str:
    """`text` with its whitespace runs made single spaces, cut to `n` characters with an
    ellipsis (the length evidence quotes a line at)."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def snippets(
    text: str,
    triggers: Sequence[str],
    radius: int = 200,
    limit: int = 20,
    low: str | None = None,
) -> list[str]:
    """Snippets of `text` around each occurrence of a lower-case trigger, cut at line ends.

    Args:
        text: lines joined by newlines.
        triggers: lower-case literals; a snippet is taken around each occurrence.
        radius: characters kept on each side of a hit (within its line).
        limit: at most this many snippets, in text order.
        low: `text.lower()` when the caller has it already.
    """
    low = text.lower() if low is None else low
    if len(low) != len(text):  # a few characters change length when lower-cased ("İ")
        return [line for line in text.split("\n") if any(t in line.lower() for t in triggers)][
            :limit
        ]
    spans: list[tuple[int, int]] = []
    for trigger in triggers:
        i = low.find(trigger)
        while i >= 0 and len(spans) < limit * 4:
            start = max(text.rfind("\n", 0, i) + 1, i - radius)
            end = text.find("\n", i)
            end = min(len(text) if end < 0 else end, i + len(trigger) + radius)
            spans.append((start, end))
            i = low.find(trigger, i + len(trigger))
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = merged[-1]
        if start <= last_end:
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return [text[s:e] for s, e in merged[:limit]]


# The years 1950-2049 in the two boundary styles the families use. Python's `re` scans fast
# only for a pattern that opens with a literal or a character class; a leading `\b` or
# lookbehind makes it try the whole pattern at every position (3-4x slower on a story), so the
# patterns below open with the digits and the left boundary is checked on each hit instead.
_YEAR_WORD_END = re.compile(r"(?:19[5-9]|20[0-4])\d\b")
_YEAR_DIGIT_END = re.compile(r"(?:19[5-9]|20[0-4])\d(?!\d)")


def joined_lower(parts: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """("\\n".join(texts), the same lower-cased) from (text, text.lower()) pairs.

    Lower-casing is per character except for a final sigma, which looks no further than a line
    break: the lower-cased parts joined equal the joined text lower-cased.
    """
    return "\n".join(t for t, _ in parts), "\n".join(low for _, low in parts)


def _is_word_char(ch: str) -> bool:
    """What `\\w` matches in a str pattern (Unicode alphanumerics and the underscore)."""
    return ch.isalnum() or ch == "_"


def word_years(text: str) -> list[str]:
    """`re.findall(r"\\b(19[5-9]\\d|20[0-4]\\d)\\b", text)`, found faster.

    A hit dropped for its left boundary is preceded by a digit, so no true match starts inside
    it: the hits kept are exactly the slow pattern's.
    """
    return [
        m.group()
        for m in _YEAR_WORD_END.finditer(text)
        if not (m.start() and _is_word_char(text[m.start() - 1]))
    ]


def digit_years(text: str) -> list[str]:
    """`re.findall(r"(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)", text)`, found faster."""
    return [
        m.group()
        for m in _YEAR_DIGIT_END.finditer(text)
        if not (m.start() and text[m.start() - 1].isdecimal())
    ]


def word_literals(text: str, literals: Sequence[str]) -> list[tuple[int, str]]:
    """(start, literal) of each match of `\\b(?:lit1|lit2|...)\\b` in `text`, as `finditer` finds.

    The literals must start and end with a word character. Each is found with `str.find` (a
    big alternation makes `re` try every branch at every position); at one position the first
    literal in `literals` order wins, and matches do not overlap, as in `re`.
    """
    best: dict[int, int] = {}
    n = len(text)
    for order, lit in enumerate(literals):
        i = text.find(lit)
        while i >= 0:
            end = i + len(lit)
            if (
                (not i or not _is_word_char(text[i - 1]))
                and (end == n or not _is_word_char(text[end]))
                and order < best.get(i, len(literals))
            ):
                best[i] = order
            i = text.find(lit, i + 1)
    out: list[tuple[int, str]] = []
    last_end = 0
    for i in sorted(best):
        if i >= last_end:
            lit = literals[best[i]]
            out.append((i, lit))
            last_end = i + len(lit)
    return out
