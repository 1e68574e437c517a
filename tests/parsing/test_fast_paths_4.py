"""The parser's gates and shortcuts (round 4) give the answers of the tests they skip."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from detector.parsing import dates
from detector.parsing import patterns as P


def test_link_block_heading_alternatives_rebuild_the_pattern() -> None:
    source = P.LINK_BLOCK_HEADING.pattern
    alternatives, close = P._top_level_alternatives(source, len(P._HEADING_HEAD))
    assert len(alternatives) > 100
    assert P._HEADING_HEAD + "|".join(alternatives) + source[close:] == source
    assert source[close:].startswith(r")(\s+(now|")
    for alt in alternatives:
        re.compile(alt, P.LINK_BLOCK_HEADING.flags)  # each one a whole regex
    # Every alternative found its openers (none needs the whole pattern on every line).
    built, tail = P._heading_alternatives()
    assert [alt for alt, _ in built] == alternatives and tail == source[close:]
    assert all(opener is not None for _, opener in built)


def test_word_characters_are_isalnum_or_underscore() -> None:
    word = re.compile(r"\w")
    for code in range(0x110000):
        c = chr(code)
        assert bool(word.match(c)) == (c.isalnum() or c == "_"), c


HEADINGS = [
    "Related", "RELATED ARTICLES", "» Most read", "- You may also like", "ſponsored", "İn case you missed it",
    "in case you mıssed it", "Lees ook", "Läs också", "LÄS OCKSÅ", "相关文章", "関連記事", "관련 기사",
    "Διαβάστε επίσης", "ΔΙΑΒΆΣΤΕ ΕΠΊΣΗΣ", "Читайте также", "ЧИТАЙТЕ ТАКЖЕ", "Baca juga", "Đọc thêm",
    "Tin liên quan", "यह भी पढ़ें", "اقرأ أيضا", "Más leídas", "Lo más leído", "Mer från Expressen",
    "... Related", "»»» Trending", "»»»» Trending", "Related:", "Hot news", "Recommended for you",
    "Recommended", "Editor's picks", "Don’t miss", "KRelated", "Popular\n", "",
]  # fmt: skip
line = st.one_of(
    st.sampled_from(HEADINGS),
    st.text(max_size=12),
    st.text(alphabet="RrMmSsſKkİı»-. relatdpuon", max_size=20),
)


@given(line, line)
def test_is_link_block_heading_is_the_match(a: str, b: str) -> None:
    for text in (a, b, a + b):
        assert P.is_link_block_heading(text) == bool(P.LINK_BLOCK_HEADING.match(text))


def test_is_link_block_heading_on_known_headings() -> None:
    for text in HEADINGS:
        for variant in (text, text.upper(), text.lower(), text + " x", "- " + text):
            assert P.is_link_block_heading(variant) == bool(P.LINK_BLOCK_HEADING.match(variant))
    assert P.is_link_block_heading("Related") and P.is_link_block_heading("- Most read")


STAMP_PIECES = [
    "3 hours ago", "vor 2 Tagen", "há 5 minutos", "hace 1 día", "il y a 3 jours", "2 дня назад",
    "an hour ago", "5 days ago.", "1 year 15 weeks ago", "πριν από 2 ώρες", "3 timer siden",
    "3 ngày trước", "2天前", "5 saat önce", "fa 2 ore", "Reuters · ", " | ", "Updated ", "agony",
    "favor", "sofa", "vorbei", "2 fans", "10 agos", "2 h", "12", "ago", "Ago!", "FA ", "3 HOURS AGO",
]  # fmt: skip


@given(st.lists(st.one_of(st.sampled_from(STAMP_PIECES), st.text(max_size=6)), max_size=4))
def test_relative_word_gate_keeps_every_stamp(pieces: list[str]) -> None:
    line = "".join(pieces)
    if dates._RELATIVE.search(line):
        assert dates._RELATIVE_WORD.search(line)
