"""Cheap text scanning for the signal extractors: find literal triggers first, regex after.

Python's `re` tries every alternative at every position, so a big case-insensitive alternation
over a 10 KB page costs milliseconds. `str.find` on a lower-cased copy costs microseconds, so the
extractors look for a few literal trigger words and run their full patterns only on the short
snippets around the hits.
"""

from __future__ import annotations

from collections.abc import Sequence


def snippets(text: str, triggers: Sequence[str], radius: int = 200, limit: int = 20) -> list[str]:
    """Snippets of `text` around each occurrence of a lower-case trigger, cut at line ends.

    Args:
        text: lines joined by newlines.
        triggers: lower-case literals; a snippet is taken around each occurrence.
        radius: characters kept on each side of a hit (within its line).
        limit: at most this many snippets, in text order.
    """
    low = text.lower()
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
