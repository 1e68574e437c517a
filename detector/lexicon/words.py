"""Word lists written as one string."""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` (for word lists written as one string)."""
    return frozenset(text.split())
