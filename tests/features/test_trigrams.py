"""The trigram filter never rules out a literal the page holds; wire's literals match agencies'."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detector.features._pagememo import forget
from detector.features._trigrams import Trigrams, possible
from detector.features.leftovers import CHATBOT_TRIGGERS, FEED_TRIGGERS
from detector.features.wire import _agency_literals
from detector.page import Page
from detector.parsing.agencies import (
    NAME_LITERALS,
    agency_literals,
)

LITERALS = (*CHATBOT_TRIGGERS, *FEED_TRIGGERS, *NAME_LITERALS, "ab", "x")
_PIECES = st.sampled_from(
    [
        *LITERALS,
        *(" ", "\n", "Σ", "İ", "é", "\ud800", "As an AI", "REUTERS", "(AP)", "AFP", "zz"),
        *("dpa", "DPA", "UPI", "IANS", "ANI", "PTI", "AAP", "(ANI)", "aap"),
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_trigrams_keep_every_literal_the_text_holds(text: str) -> None:
    low = text.lower()
    kept = Trigrams(low).possible(LITERALS)
    assert [lit for lit in LITERALS if lit in low] == [lit for lit in kept if lit in low]
    assert list(kept) == [lit for lit in LITERALS if lit in kept]  # order kept


def test_trigrams_rule_out_absent_literals() -> None:
    kept = Trigrams("reuters reported on tuesday").possible(("reuters", "xinhua", "ap"))
    assert kept == ("reuters", "ap")  # "ap" is too short to rule out


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=6).map("".join), max_size=6))
def test_wire_literals_equal_agency_literals(lines: list[str]) -> None:
    forget()
    page = Page(paragraphs=tuple(lines[:3]), other_lines=tuple(lines[3:]))
    text = "\n".join(lines)
    assert _agency_literals(page, lines) == agency_literals(text)
    assert set(possible(page, NAME_LITERALS)) >= {n for n in NAME_LITERALS if n in text.lower()}
