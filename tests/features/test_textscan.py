"""The fast text scanners find exactly what the regular expressions they replace find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detector.features._office import _TITLE_RE, OFFICE_TITLES, office_cues
from detector.features._textscan import digit_years, joined_lower, word_literals, word_years

WORD_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
DIGIT_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")

# Pieces that make boundaries interesting: digits around years, letters, "_", non-ASCII
# digits and letters, titles glued to words and to each other.
_PIECES = st.sampled_from(
    [
        "1950", "2049", "2050", "1949", "19", "20", "5", "0", "a", "_", "-", " ", "\n", ".",
        "١٩٩٠", "²", "é", "President", "Prime Minister", "PM", "Premier", "Speaker",
        "House Speaker", "Secretary General", "Secretary-General", "Presidents", "xPM",
    ]
)  # fmt: skip
TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_year_scanners_match_the_regexes(text: str) -> None:
    assert word_years(text) == WORD_YEAR.findall(text)
    assert digit_years(text) == DIGIT_YEAR.findall(text)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_word_literals_match_the_title_regex(text: str) -> None:
    expected = [(m.start(), m.group(0)) for m in _TITLE_RE.finditer(text)]
    assert word_literals(text, OFFICE_TITLES) == expected


def test_word_literals_prefers_the_first_literal_and_does_not_overlap() -> None:
    found = word_literals("the House Speaker and Speaker Pelosi", ("House Speaker", "Speaker"))
    assert found == [(4, "House Speaker"), (22, "Speaker")]
    assert word_literals("PMs and PM", ("PM",)) == [(8, "PM")]


def test_office_cues_still_read_titles() -> None:
    from datetime import date

    cues = office_cues("WASHINGTON - President Joe Biden said on Tuesday.", date(2023, 5, 1))
    assert [c.mention for c in cues] == ["President Joe Biden"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Σ", "ΑΣ", "İ", "a", " ", "'", "ẞ", "K"]), max_size=6)))
def test_joined_lower_equals_lowering_the_joined_text(parts: list[list[str]]) -> None:
    texts = ["".join(p) for p in parts]
    text, low = joined_lower([(t, t.lower()) for t in texts])
    assert text == "\n".join(texts)
    assert low == text.lower()
