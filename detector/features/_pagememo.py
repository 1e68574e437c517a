"""A per-page memo for what several signal families derive from the same page.

Families ask the same questions of one page (the agency credits, the page's own time, the
story's topic, the story's newest date cue): the first asks, the others read the answer. The
memo holds the current page of each thread and its answers only; the next page replaces both,
so nothing outlives the page being scored. A value is keyed by the page object itself (`is`,
never equality: two equal pages parsed apart are computed apart) and by everything else it
depends on (hyperparameters, arguments), which every caller puts in its key.

Memoised values are shared between callers: they must be immutable (tuples, frozen objects).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from detector.page import Page
from detector.wordruns import word_count

T = TypeVar("T")

_TWO_DIGITS = re.compile(r"\d\d")
COUNTED_LINES = 400  # the other lines a footer's count is looked for in

_LOCAL = threading.local()


def memo(page: Page, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()` once per page and `key`; later calls on the same page object reuse it."""
    slot: tuple[Page, dict[Hashable, Any]] | None = getattr(_LOCAL, "slot", None)
    if slot is None or slot[0] is not page:
        slot = _LOCAL.slot = (page, {})
    values = slot[1]
    if key in values:
        return values[key]
    value = values[key] = compute()
    return value


def forget() -> None:
    """Drop this thread's page and its memoised values (tests; a long idle worker)."""
    _LOCAL.slot = None


def text_word_count(page: Page) -> int:
    """`word_count(page.text)`: the words of the main content (memoised per page)."""
    return memo(page, "text_word_count", lambda: word_count(page.text))


def two_digit_lines(page: Page) -> tuple[int, ...]:
    """Indices of the lines among the first 400 of `page.other_lines` with two digits side by
    side (a count of ten or more; memoised per page: the network and town claims both look)."""
    return memo(page, "two_digit_lines", lambda: _two_digit_lines(page.other_lines[:COUNTED_LINES]))


def _two_digit_lines(lines: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(i for i, line in enumerate(lines) if _TWO_DIGITS.search(line))
