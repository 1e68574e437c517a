"""Plain-label link lists in text records ("Najnowsze", "많이 본 뉴스" over 3+ headlines)."""

from __future__ import annotations

from detector.page import parse_page
from detector.parsing.label_blocks import heads_list, list_items, strip_date_tail

STORY = (
    "Rząd przyjął w środę projekt ustawy o asystencji osobistej dla osób z niepełnosprawnościami, "
    "który ma objąć kilkadziesiąt tysięcy osób w całym kraju.",
    "Usługa ma być finansowana z budżetu państwa, a wnioski będą składane w gminach od przyszłego "
    "roku, poinformowało ministerstwo.",
)


def record(*tail: str) -> str:
    return "\n".join(
        ("Kalisz Dziś – wiadomości z regionu", "Rząd przyjął projekt ustawy", *STORY, *tail)
    )


def test_a_plain_label_over_dated_headlines_is_a_block_in_pl_ko() -> None:
    page = parse_page(
        record(
            "Najnowsze",
            "Nowe stawki opłat za paszport od czerwca – 23 kwietnia 2025, 06:00",
            "Ceny paliw na stacjach. Kierowcy mogą odetchnąć – 23 kwietnia 2025, 06:00",
            "Zmiany w 800 plus. ZUS przypomina o terminach – 23 kwietnia 2025, 06:00",
            "Kontakt",
        ),
        content_type="text/plain",
    )
    (got,) = [b for b in page.link_blocks if b.heading == "Najnowsze"]
    assert [a.text for a in got.anchors][1] == "Ceny paliw na stacjach. Kierowcy mogą odetchnąć"
    # The lines stay where they were: the main text is the same with or without the block.
    assert any("paszport" in p for p in page.paragraphs + page.other_lines)
    lines = [
        "많이 본 뉴스",
        "로또 1163회 당첨번호 조회 결과 총정리",
        "11월 기초연금 지급일 총정리 안내",
        "청년 교통비 지원금 신청 방법 안내",
    ]
    assert heads_list(lines, 0)
    assert len(list_items(lines, 1)) == 3


def test_story_lists_bylines_and_ads_are_no_block() -> None:
    # Above the story, a section name over headline, byline and date lines reads alike.
    text = "\n".join(
        (
            "Example News",
            "Politik",
            "Senators see hope for fentanyl talks with China",
            "By Jane Doe and John Smith",
            "Updated March 4, 2026 at 10:00 GMT",
            *STORY,
        )
    )
    page = parse_page(text, content_type="text/plain")
    assert not page.link_blocks
    # A bulleted list, a two-line list, a colon label and an ad label stay where they are.
    assert not heads_list(
        [
            "Key points",
            "- Speed limit reductions on Main",
            "- New drop-off zone at the school",
            "- Street access to the high school",
        ],
        0,
    )
    assert not heads_list(
        ["Więcej", "Ceny paliw na stacjach dzisiaj rano", "Pogoda na weekend w całym kraju"], 0
    )
    assert not heads_list(
        [
            "Here is how:",
            "Ceny paliw na stacjach dzisiaj rano",
            "Pogoda na weekend w całym kraju",
            "Zmiany w 800 plus od czerwca",
        ],
        0,
    )
    assert not heads_list(
        [
            "Anúncio",
            "Descubra se você tem dinheiro esquecido",
            "Aposentados podem receber mais em 2027",
            "Quem tem direito ao pagamento em 2027",
        ],
        0,
    )


def test_strip_date_tail() -> None:
    assert (
        strip_date_tail("Ceny paliw na stacjach – 23 kwietnia 2025, 06:00")
        == "Ceny paliw na stacjach"
    )
    assert (
        strip_date_tail("11월 기초연금 지급일 총정리 - 2024.11.07") == "11월 기초연금 지급일 총정리"
    )
    assert strip_date_tail("Man City – Arsenal 2-1") == "Man City – Arsenal 2-1"
