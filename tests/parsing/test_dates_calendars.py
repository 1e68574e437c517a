"""Dates in other orders and calendars: day-first locales, Buddhist and Solar Hijri years,
month names of more languages, and relative stamps resolved against the fetch date."""

from __future__ import annotations

from datetime import date

import pytest

from detector.page import DateCandidate, parse_page
from detector.parsing.dates import (
    RELATIVE_SOURCE,
    day_first,
    parse_date,
    read_day_first,
    relative_date,
    standalone_date,
)

FETCHED = date(2024, 10, 29)


def _html(lang: str, date_line: str, url_meta: str = "") -> str:
    story = " ".join(["Lorem ipsum dolor sit amet, consectetur adipiscing elit."] * 8)
    return (
        f'<html lang="{lang}"><head><title>Headline of the story - Brand</title>{url_meta}</head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Headline of the story</h1>"
        f"<div class='meta'>{date_line}</div><p>{story}</p><p>{story}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", date(2024, 10, 8)), ("vi", date(2024, 10, 8)), ("pt", date(2024, 10, 8))],
)
def test_ambiguous_numeric_date_is_day_first_outside_english(lang: str, expected: date) -> None:
    page = parse_page(_html(lang, "08/10/2024"), url="https://example.com/story")
    assert page.published == expected


def test_ambiguous_numeric_date_keeps_month_first_without_a_hint() -> None:
    # An English page on a generic domain: today's reading (month first) is kept.
    page = parse_page(_html("en", "08/10/2024"), url="https://example.com/story")
    assert page.published == date(2024, 8, 10)
    page = parse_page(_html("", "08/10/2024"), url="https://example.com/story")
    assert page.published == date(2024, 8, 10)


def test_english_page_of_a_day_first_country_reads_day_first() -> None:
    page = parse_page(_html("en", "08/10/2024"), url="https://www.example.co.uk/story")
    assert page.published == date(2024, 10, 8)
    locale = '<meta property="og:locale" content="en_AU">'
    page = parse_page(_html("en", "08/10/2024", locale), url="https://example.com/story")
    assert page.published == date(2024, 10, 8)


def test_day_first_hints() -> None:
    assert day_first("de") is True
    assert day_first("en") is None
    assert day_first("en", "https://news.example.us/a") is False
    assert day_first("en", "https://example.io/a") is None  # a vanity domain says nothing
    assert day_first("en", "https://example.com/a", "en_US") is False
    assert day_first("", "https://example.ng/a") is True


def test_read_day_first_turns_only_an_ambiguous_reading() -> None:
    ambiguous = DateCandidate(date(2024, 3, 7), "visible", "published", "Publié le 03/07/2024")
    assert read_day_first(ambiguous).value == date(2024, 7, 3)
    clear = DateCandidate(date(2024, 10, 13), "line", "published", "13/10/2024")
    assert read_day_first(clear).value == date(2024, 10, 13)
    iso = DateCandidate(date(2024, 3, 7), "meta:x", "published", "2024-03-07T10:00:00")
    assert read_day_first(iso) is iso


def test_a_row_of_two_numeric_dates_parses() -> None:
    row = "03/06/2025 à 07:02 Mis à jour le 03/06/2025 à 07:02"
    assert parse_date(row) == date(2025, 3, 6)  # month first here; the page's locale turns it


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("21 ส.ค. 2567", date(2024, 8, 21)),
        ("วันพุธ 7 พฤศจิกายน 2567", date(2024, 11, 7)),
        ("โดย ณัฐวุฒิ | 18 มีนาคม 2567 เวลา 19:40 น.", date(2024, 3, 18)),
        ("๒๑ ส.ค. ๒๕๖๗", date(2024, 8, 21)),  # Thai digits
        ("21/08/2567", date(2024, 8, 21)),
        ("· ۱۲ آبان ۱۴۰۳ · زمان مطالعه", date(2024, 11, 2)),  # Solar Hijri
        ("1 فروردین 1403", date(2024, 3, 20)),
        ("de Ioana Popescu | 7 octombrie 2024", date(2024, 10, 7)),
        ("Szalai Bence · 2024. március 5. · 9 perc", date(2024, 3, 5)),
        ("Terça-feira, 12 de novembro de 2024", date(2024, 11, 12)),
        ("Lusa | 06 fev 2025, 15:32", date(2025, 2, 6)),
        ("3 févr. 2024", date(2024, 2, 3)),
        ("5 lokakuuta 2024", date(2024, 10, 5)),
        ("12 Oktoba 2024", date(2024, 10, 12)),
    ],
)
def test_other_calendars_and_month_names(line: str, expected: date) -> None:
    assert standalone_date(line) == expected


def test_a_large_number_is_no_buddhist_year() -> None:
    assert parse_date("Room 2530, 5 May") is None  # no Thai script, no numeric date
    assert standalone_date("Marta Puigdollers") is None


def test_thai_page_gets_its_date() -> None:
    page = parse_page(_html("th", "วันพุธ 21 สิงหาคม 2567"), url="https://example.com/a")
    assert page.published == date(2024, 8, 21)


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("3 hours ago", 0),
        ("há 3 horas", 0),
        ("منذ ساعتين", 0),
        ("vor 2 Tagen", 2),
        ("hace 5 minutos", 0),
        ("il y a 2 jours", 2),
        ("3 ngày trước", 3),
        ("3 時間前", 0),
        ("2天前", 2),
        ("3일 전", 3),
        ("Door Redactie · 7 uur geleden", 0),
        ("dpa · vor 3 Std.", 0),
        ("Ontem às 14:30", 1),
        ("сегодня, 10:47", 0),
        ("for 3 dage siden", 3),
    ],
)
def test_relative_stamps(line: str, days: int) -> None:
    assert relative_date(line, FETCHED) == date.fromordinal(FETCHED.toordinal() - days)


@pytest.mark.parametrize(
    "line",
    [
        "The plant was built 20 years ago",  # a sentence, not a stamp
        "Forecast for 3 days",
        "Vor 20 Jahren starb er",  # beyond a year: no stamp of the page
        "Today",
        "5 Minuten Lesezeit",
    ],
)
def test_not_relative_stamps(line: str) -> None:
    assert relative_date(line, FETCHED) is None


def test_relative_stamp_is_a_candidate_only_with_a_fetch_date() -> None:
    html = _html("pt", "Redação · há 3 horas")
    page = parse_page(html, url="https://example.com/a", fetched=FETCHED)
    assert page.published == FETCHED
    assert [c.source for c in page.date_candidates] == [RELATIVE_SOURCE]
    assert parse_page(html, url="https://example.com/a").published is None


def test_relative_stamp_does_not_outrank_a_stated_date() -> None:
    html = _html("de", "Veröffentlicht: 12.03.2024 · vor 2 Stunden aktualisiert")
    page = parse_page(html, url="https://example.com/a", fetched=FETCHED)
    assert page.published == date(2024, 3, 12)
