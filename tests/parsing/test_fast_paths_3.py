"""Parser shortcuts of the speed work against the plain definitions they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detector.parsing import patterns as P
from detector.parsing.common import find_credit_lines
from detector.parsing.html import _AD_LINE_FIRST, ad_tokens


def _ad_tokens_by_definition(values: str) -> int:
    """AD_TOKEN matches that start a token and are ad words (the parser's former loop)."""
    return sum(
        1
        for m in P.AD_TOKEN.finditer(values)
        if (m.start() == 0 or values[m.start() - 1] in " \n_-") and m.group() in P.AD_WORDS
    )


ad_piece = st.one_of(
    st.sampled_from(sorted(P.AD_WORDS)),
    st.sampled_from([" ", "\n", "_", "-", "\t", "x", "1", "é", "sponsoreds", "dfpx", "adsx"]),
    st.text(alphabet="adsvpfonrex1 _-\n", max_size=8),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ad_piece, max_size=30).map("".join))
def test_ad_tokens_match_their_definition(values: str) -> None:
    assert ad_tokens(values) == _ad_tokens_by_definition(values)


def test_ad_tokens_count_each_kind() -> None:
    values = "ad ads-x xad sponsored_box dfp\nadvertisement1 adsense-adv header"
    assert ad_tokens(values) == _ad_tokens_by_definition(values) == 7


AD_LABELS = ["advertisement", "advertisements", "sponsored", "sponsored content", "sponsored links",
             "ad", "ads by google", "anzeige", "publicité", "publicidad", "pubblicità", "reklame",
             "广告"]  # fmt: skip


def test_ad_label_gate_keeps_every_opening_character() -> None:
    # (sre matches one character at a time, so any label's first character is one that matches
    # the first letter of an alternative; the astral planes hold no case partner of these.)
    openers = {
        chr(cp)
        for cp in range(0x10000)
        for label in AD_LABELS
        if P.AD_TEXT_LINE.match(chr(cp) + label[1:])
    }
    assert openers <= _AD_LINE_FIRST


def test_date_label_gate_keeps_every_opening_character() -> None:
    labels = {label.split("(")[0] for label in P.DATE_LABELS}
    openers = {
        chr(cp)
        for cp in range(0x10000)
        for label in labels
        if P.DATE_LABEL.match(chr(cp) + label[1:] + ": 2025-07-11")
    }
    assert openers <= P.DATE_LABEL_FIRST
    assert P.DATE_LABEL.match("Aggiornato il 3 luglio 2025")


NON_ASCII_CREDIT = ["REUTERS", "© AFP 2024", "Fotó: BLOOMBERG", "中新社 (AFP)", "By UPİ", "by ÜPI",
                    "Reporting by José", "\u212a DPA", "COPYRİGHT REUTERS", "Σ Press Association"]  # fmt: skip
credit_line = st.one_of(
    st.sampled_from(NON_ASCII_CREDIT),
    st.text(alphabet="abyUPIRrsc ©()\tΣİ\u212aé中-", max_size=25),
    st.builds(lambda a, b: a + b, st.sampled_from(NON_ASCII_CREDIT), st.text(max_size=6)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(credit_line, max_size=12, unique_by=str.lower))
def test_credit_lines_of_non_ascii_text_match_their_definition(lines: list[str]) -> None:
    lines = [x for x in lines if "\n" not in x and "\r" not in x]
    expected: list[str] = []
    for text in lines:
        if len(text) < 300 and P.CREDIT_LINE.search(text.lower()) and text.strip() not in expected:
            expected.append(text.strip())
    assert find_credit_lines(lines) == tuple(expected[:10])
