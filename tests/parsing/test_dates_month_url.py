"""A month-only permalink names a month, not day 1; month names and date labels of more
languages (lt lv et ms tl sr cs, Romanian "Publicat:")."""

from __future__ import annotations

from datetime import date

import pytest

from detector.page import parse_page
from detector.parsing.dates import parse_date, url_date_candidate, url_names_day

_STORY = " ".join(["Rada Ministrów zaakceptowała we wtorek szkic ustawy o najmie."] * 6)


def _record(date_line: str) -> str:
    return f"Rząd przyjął projekt ustawy\n{date_line}\n{_STORY}\n{_STORY}\n"


def test_month_only_url_takes_the_stated_day() -> None:
    page = parse_page(
        _record("28 stycznia 2026 admin"),
        url="https://example.pl/2026/01/rzad-przyjal-projekt/",
        content_type="text/plain",
    )
    assert page.published == date(2026, 1, 28)
    # The URL's month agrees with the stated day: it adds no spread.
    assert {c.value for c in page.date_candidates if c.kind == "published"} == {date(2026, 1, 28)}


def test_month_only_url_never_wins_over_another_month() -> None:
    page = parse_page(
        _record("28 lutego 2026"),
        url="https://example.pl/2026/01/rzad-przyjal-projekt/",
        content_type="text/plain",
    )
    assert page.published == date(2026, 2, 28)


def test_month_only_url_alone_is_day_one() -> None:
    page = parse_page(
        _record(""), url="https://example.id/2024/06/harga-beras/", content_type="text/plain"
    )
    assert page.published == date(2024, 6, 1)


def test_url_with_a_day_keeps_its_day() -> None:
    assert url_names_day("https://example.com/2024/03/07/story/")
    assert not url_names_day("https://example.com/2024/03/story/")
    c = url_date_candidate("https://example.com/2024/03/07/story/", [])
    assert c is not None and c.value == date(2024, 3, 7)
    page = parse_page(
        _record("28 lutego 2026"),
        url="https://example.com/2026/02/07/story/",
        content_type="text/plain",
    )
    assert date(2026, 2, 7) in {c.value for c in page.date_candidates}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 gruodžio 2024", date(2024, 12, 19)),  # lt
        ("2024. gada 19. decembrī", date(2024, 12, 19)),  # lv
        ("19. detsember 2024", date(2024, 12, 19)),  # et
        ("19 Disember 2024", date(2024, 12, 19)),  # ms
        ("19 Disyembre 2024", date(2024, 12, 19)),  # tl
        ("19. децембра 2024.", date(2024, 12, 19)),  # sr
        ("19. prosinec 2024", date(2024, 12, 19)),  # cs nominative
        ("19 decembrie 2024, 16:02", date(2024, 12, 19)),  # ro
    ],
)
def test_month_names_of_more_languages(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_decade_is_no_date() -> None:
    assert parse_date("since the 1970s") is None


def test_romanian_labelled_meta_row() -> None:
    html = (
        "<html lang='ro'><body><article><h1>Executivul a prelungit plafonarea</h1>"
        "<div class='meta'>Publicat: 19 decembrie 2024, 16:02 · Autor: Andreea M.</div>"
        f"<p>{_STORY}</p><p>{_STORY}</p></article></body></html>"
    )
    assert parse_page(html).published == date(2024, 12, 19)


def test_english_publication_is_no_romanian_label() -> None:
    from detector.parsing import common

    assert common.labelled_date("Publication dates 2011") is None
    assert common.labelled_date("Publicat la 19 decembrie 2024") is not None
