"""Line filters run in C: the families pick a page's short lines many times over.

A list comprehension costs about half a microsecond a line in the interpreter; `map` over
builtin methods and `itertools.compress` keep the loop in C, several times faster on the ~200
lines of a page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress


def short_lines(lines: Iterable[str], limit: int) -> list[str]:
    """`[line for line in lines if len(line) <= limit]`."""
    seq = lines if isinstance(lines, Sequence) else tuple(lines)
    return list(compress(seq, map(limit.__ge__, map(len, seq))))
