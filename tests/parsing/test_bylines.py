"""Bylines in other languages and layouts: labels, date rows, bare name lines, theme classes."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("Por Redacción 20/02/2024", "Redacción"),
        ("By Staff Writer · October 2, 2024 · 4 min read", "Staff Writer"),
        ("Đăng bởi: Minh Anh", "Minh Anh"),
        ("기자명 이슈픽 온라인팀", "이슈픽 온라인팀"),
        ("2024-08-17 21:36 来源：网络整理 作者：小编 阅读：3286", "小编"),
        ("14. März 2024 von admin", "admin"),
        ("Reporter: Dwi Handayani | Editor: Bambang Sutrisno", "Dwi Handayani"),
    ],
)
def test_signature_name(signature: str, name: str) -> None:
    assert bylines.signature_name(signature) == name


def test_trim_tail_keeps_an_agency_after_the_name() -> None:
    assert bylines.trim_tail("By JOE McDONALD | AP") == "By JOE McDONALD | AP"
    assert bylines.trim_tail("Tomasz Wierzbicki · 18.06.2024, 14:20") == "Tomasz Wierzbicki"


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        (("Por Redacción 20/02/2024",), "Redacción"),  # a label line the story span took
        (("bởi: Minh Anh", "08/10/2024"), "Minh Anh"),
        (("7 พฤศจิกายน 2567", "โดย แอดมิน"), "แอดมิน"),
        (("Mei 3, 2024", "Mwandishi Wetu"), "Mwandishi Wetu"),  # a bare name next to a date
        (("Admin", "Rabu, 21 Februari 2024"), "Admin"),  # a lone word only if an account
        (("26 września 2024 Redakcja Kielce24h",), "Redakcja Kielce24h"),
    ],
)
def test_text_record_signatures(meta: tuple[str, ...], byline: str) -> None:
    page = parse_page(_text_record(*meta), content_type="text/plain")
    assert bylines.signature_name(page.byline) == byline


@pytest.mark.parametrize(
    "meta",
    [
        ("Oct 27, 2019", "First frost expected overnight"),  # a teaser headline, not a name
        ("Politik", "May 7, 2024"),  # a section name next to the date
        ("12.03.2019", "Teilen Twittern Email"),  # a share bar
        ("Dear Mr Campoli", "May 7, 2024"),  # a letter's salutation
        ("Por la mañana, el alcalde habló.",),
    ],
)
def test_text_record_non_signatures(meta: tuple[str, ...]) -> None:
    assert parse_page(_text_record(*meta), content_type="text/plain").byline == ""


def _html(meta: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Headline - Brand</title></head><body><article><h1>Headline</h1>"
        f"{meta}{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        ('<span class="meta-author">แอดมินข่าวเด็ด</span>', "แอดมินข่าวเด็ด"),
        ('<span class="jeg_meta_author">Por Equipe Sorocaba Agora</span>', "Por Equipe Sorocaba Agora"),
        ('<div class="mg-info-author-block"><span>von <a href="/author/admin/">admin</a></span></div>',
         "von admin"),
        ('<span class="author-post">Đăng bởi: Minh Anh</span> <time>08/10/2024</time>',
         "Đăng bởi: Minh Anh"),
        ('<div class="byline">Tomasz Wierzbicki · 18.06.2024, 14:20</div>', "Tomasz Wierzbicki"),
    ],
)  # fmt: skip
def test_html_author_elements(meta: str, byline: str) -> None:
    assert parse_page(_html(meta), url="https://example.org/a").byline == byline


def test_html_comment_authors_are_no_byline() -> None:
    page = parse_page(
        _html('<cite class="comment-author">Jane Reader</cite>'), url="https://e.org/a"
    )
    assert page.byline == ""
