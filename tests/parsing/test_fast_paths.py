"""The parser's shortcuts give what the plain definitions they replace would give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detector.parsing import patterns as P
from detector.parsing.common import find_credit_lines

CREDIT_PIECES = [
    "Copyright 2023 The Associated Press. All rights reserved.",
    "(c) Reuters",
    "© AFP",
    "Reporting by Jane Doe; Editing by John Roe",
    "additional reporting by Ann Lee",
    "  by Joe McDonald, AP",
    "By JOE McDONALD, Associated Press",
    "Reuters",
    "The Associated Press",
    "Associated Press writers Ann and Bo contributed to this report.",
    "copyright agence france",
    "Bloomberg News",
    "UPI",
    "dpa",
    "by the way",
    "nearby",
    "standby reporting",
    "WordPress theme",
    "apple map",
    "İstanbul BY",
]
line = st.one_of(
    st.sampled_from(CREDIT_PIECES),
    st.text(alphabet="abyAPrsc ©()\t\xa0ΣİI", max_size=30),
    st.builds(lambda a, b: a + b, st.sampled_from(CREDIT_PIECES), st.text(max_size=8)),
    st.builds(lambda a, b: a + b, st.text(max_size=8), st.sampled_from(CREDIT_PIECES)),
)


def _credit_lines_by_definition(lines: list[str], limit: int = 10) -> tuple[str, ...]:
    """Every line CREDIT_LINE matches, in order, as `find_credit_lines` documents it."""
    found: list[str] = []
    for text in lines:
        credit = len(text) < 300 and P.CREDIT_LINE.search(text.lower())
        if credit and text.strip() not in found:
            found.append(text.strip())
    return tuple(found[:limit])


@settings(max_examples=400, deadline=None)
@given(st.lists(line, max_size=14, unique_by=str.lower))
def test_credit_line_gate_misses_nothing(lines: list[str]) -> None:
    lines = [x for x in lines if "\n" not in x and "\r" not in x]
    assert find_credit_lines(lines) == _credit_lines_by_definition(lines)


def test_credit_lines_found_among_prose() -> None:
    lines = [
        "The index rose by 2 percent, analysts said.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Powered by WordPress",
        "Copyright 2023 The Associated Press. All rights reserved.",
    ]
    assert find_credit_lines(lines) == (lines[1], lines[3])
