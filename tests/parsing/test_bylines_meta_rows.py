"""Desk and account bylines in meta rows: a date then the account, a weekday between name and
date, lower-case desks after a label, CJK row separators, buttons that are no byline."""

from __future__ import annotations

import pytest

from detector.features.byline_role import BylineRole
from detector.page import parse_page
from detector.parsing import bylines

STORY = (
    "The council met on Tuesday evening to discuss the new budget for the coming year in detail.",
    "Members said the plan would fund road repairs, two new schools and a larger library branch.",
    "A final vote is expected next month after a public hearing at the town hall on the plan.",
)


def _text_record(*meta: str) -> str:
    head = ["Headline of the story - Brand", "Brand", "Home", "News", "Headline of the story"]
    return "\n".join([*head, *meta, *STORY])


def _html(row: str, cls: str = "meta") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><body><article><h1>Headline of the story</h1>"
        f"<div class='{cls}'>{row}</div>{story}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("28 stycznia 2026 admin", "admin"),  # pl: a date, then the account
        ("Admin KVN - Rabu, 22 Januari 2025 | 06:12 WIB", "Admin KVN"),  # id: weekday
        ("Opublikowano 24 listopada 2026 przez redakcja", "redakcja"),  # pl: lower-case desk
        ("Von Redaktion · 18. März 2026", "Redaktion"),  # de
        ("Haber Merkezi · 11.02.2026", "Haber Merkezi"),  # tr
        ("2025-11-03 ・ 小編 ・ 瀏覽 38,412", "小編"),  # zh: katakana middle dot
        ("Posted on May 2, 2024 by admin", "admin"),  # en
    ],
)
def test_meta_row_gives_the_desk_or_account(row: str, name: str) -> None:
    page = parse_page(_text_record(row), content_type="text/plain")
    assert bylines.signature_name(page.byline) == name


@pytest.mark.parametrize(
    "row",
    ["Admin KVN - Rabu, 22 Januari 2025 | 06:12 WIB", "2025-11-03 ・ 小編 ・ 瀏覽 38,412"],
)
def test_html_meta_row_signs_with_a_role(row: str) -> None:
    values, _ = BylineRole().extract(parse_page(_html(row)))
    assert values[0] == 1.0  # byline_role_only


def test_label_line_further_above_beside_a_date() -> None:
    page = parse_page(
        _text_record("Por Equipe Curiosidades", "12/11/2026", "Anúncio", "Quem tem direito"),
        content_type="text/plain",
    )
    assert page.byline == "Equipe Curiosidades"


@pytest.mark.parametrize("button", ["Abone Ol", "Download APK", "Jetzt Abonnieren"])
def test_a_button_beside_the_date_is_no_byline(button: str) -> None:
    page = parse_page(
        _text_record("Giriş: 09.11.2026 - 14:31", button, "Google News"),
        content_type="text/plain",
    )
    assert page.byline == ""


def test_devanagari_desk_is_a_bare_desk() -> None:
    values, _ = BylineRole().extract(parse_page(_html("डेस्क टीम | प्रकाशित: 9 अप्रैल 2025")))
    assert values == (0.0, 0.0, 1.0)


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("in 2024 by the government", ""),  # prose, not a row
        ("Maria Kowalska · 28.12.2024, 08:00", ""),  # a person needs a label in a row
        ("Subscribe · 2 min read", ""),  # a button
        ("By Jane Doe | AP", "Jane Doe"),
    ],
)
def test_rows_that_name_no_desk(row: str, name: str) -> None:
    assert bylines.meta_row_name(row) == name


def test_staff_name_with_a_desk_word_is_a_person() -> None:
    page = parse_page(_html("Por Ana Equipe Silva · 12/03/2026", cls="byline"))
    values, _ = BylineRole().extract(page)
    assert values == (0.0, 0.0, 0.0)


def test_date_and_time_joined_by_a_hyphen_stay_one_part() -> None:
    row = "Haber Merkezi | 06.12.2026 - 22:41 | Güncelleme: 06.12.2026 - 22:41"
    assert bylines.meta_row_name(row) == "Haber Merkezi"


def _slug_page(href: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><body><article><h1>Headline of the story</h1><div class='meta'>"
        f"<a href='https://example.com{href}'><img src='a.png'></a> 12.03.2026</div>"
        f"{story}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("href", "name"),
    [
        ("/author/admin/", "admin"),
        ("/penulis/redaksi/", "redaksi"),
        ("/autor/redacao-2/", "redacao"),
        ("/author/jane-doe/", ""),  # a person's slug
        ("/author/john-staff/", ""),  # a staff name holding a desk word
    ],
)
def test_author_slug_names_a_desk_when_nothing_is_shown(href: str, name: str) -> None:
    assert parse_page(_slug_page(href)).byline == name
