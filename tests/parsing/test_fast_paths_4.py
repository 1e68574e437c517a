"""The parser's gates and shortcuts (round 4) give the answers of the tests they skip."""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from hypothesis import given
from hypothesis import strategies as st

from detector.parsing import patterns as P


def _first_chars(items: list) -> set[int] | None:
    """Code points a match of a parsed item sequence can open with (None: any)."""
    out: set[int] = set()
    for op, av in items:
        if op is C.AT:
            continue
        if op is C.LITERAL:
            return out | {av}
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.add(a)
                elif o is C.RANGE:
                    out.update(range(a[0], a[1] + 1))
                else:
                    return None
            return out
        if op in (C.SUBPATTERN, C.BRANCH, C.MAX_REPEAT, C.MIN_REPEAT):
            if op is C.SUBPATTERN:
                subs, may_be_empty = [av[-1]], av[-1].getwidth()[0] == 0
            elif op is C.BRANCH:
                subs, may_be_empty = av[1], any(b.getwidth()[0] == 0 for b in av[1])
            else:
                subs, may_be_empty = [av[2]], av[0] == 0 or av[2].getwidth()[0] == 0
            for sub in subs:
                first = _first_chars(list(sub))
                if first is None:
                    return None
                out |= first
            if not may_be_empty:
                return out
            continue
        return None
    return None


def test_link_block_heading_first_covers_every_code_point() -> None:
    parsed = list(sre_parse.parse(P.LINK_BLOCK_HEADING.pattern, P.LINK_BLOCK_HEADING.flags))
    # ^ \W{0,3} ( alternatives ) $
    assert parsed[0][0] is C.AT and parsed[1][0] is C.MAX_REPEAT
    assert parsed[1][1][2][0] == (C.IN, [(C.CATEGORY, C.CATEGORY_NOT_WORD)])
    first = _first_chars(parsed[2:])
    assert first
    letters = re.compile(
        "[" + "".join(re.escape(chr(c)) for c in sorted(first)) + "]", P.LINK_BLOCK_HEADING.flags
    )
    word = re.compile(r"\w")
    for code in range(0x110000):
        c = chr(code)
        if word.match(c):
            assert c.isalnum() or c == "_", c
            if letters.match(c):
                assert c in P.LINK_BLOCK_HEADING_FIRST, c
        else:
            assert not (c.isalnum() or c == "_"), c


line = st.one_of(
    st.sampled_from(
        ["Related", "» Most read", "ſponsored", "İn case you missed it", "相关文章", ""]
    ),
    st.text(max_size=12),
    st.text(alphabet="RrMmSsſ»- related", max_size=20),
)


@given(line, line)
def test_is_link_block_heading_is_the_match(a: str, b: str) -> None:
    for text in (a, b, a + b):
        assert P.is_link_block_heading(text) == bool(P.LINK_BLOCK_HEADING.match(text))
