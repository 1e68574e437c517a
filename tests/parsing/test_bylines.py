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


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("بواسطة admin2 · منذ ساعتين", "admin2"),  # ar: label, account, relative time
        ("Redakcja · 28.12.2024, 08:00 · Czas czytania: 1 min", "Redakcja"),  # pl: a lone desk
        ("Gepostet am 12/08/2026 von Weltblick Redaktion", "Weltblick Redaktion"),  # de: date first
        ("Da Redação · 19/03/2026 às 07h12", "Redação"),  # pt
        ("Haber Merkezi · 23.01.2026 14:03 · Güncelleme: 23.01.2026 14:05", "Haber Merkezi"),
        ("di Redazione · 16 luglio 2026", "Redazione"),  # it
        ("Imewekwa na Habari Mpya · Agosti 12, 2026", "Habari Mpya"),  # sw
        ("Posted by Info Terkini on April 08, 2026 · Label: Ekonomi", "Info Terkini"),  # en/id
        ("时间：2026-12-07 09:33 来源：网络 作者：admin 点击：1562次", "admin"),  # zh
        ("온라인뉴스팀 | 입력 2026.01.21 17:42", "온라인뉴스팀"),  # ko: a desk suffix
        ("بواسطة admin في 2 أبريل، 2026", "admin"),
    ],
)  # fmt: skip
def test_meta_row_names(row: str, name: str) -> None:
    assert bylines.meta_row_name(row) == name


@pytest.mark.parametrize(
    "row",
    [
        "5 min read · Politics",  # a reading time and a section
        "Politik · 10.03.2026",
        "Local News · 28.12.2024",  # a section name of two words
        "2024年05月21日 12:05 · ニュース · コメント(48)",  # a section in a script without spaces
        "Dienstag, 10. März 2026 · Hameln 6°C",  # a top bar: a date and the weather
        "Share · Tweet · 12 comments",
        "Élő: Vasas – Dunaparti SE 2–2 | Kelet AC – Alföldi Bástya 1–0 | Tiszavidék FC – Vértes",
        "Redakcja · Polityka Lokalna",  # no date, time or count: not a meta row
    ],
)
def test_meta_rows_naming_nobody(row: str) -> None:
    assert bylines.meta_row_name(row) == ""


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        ('<p class="meta">Redakcja · <time datetime="2024-12-28">28.12.2024, 08:00</time></p>',
         "Redakcja"),
        ('<div class="entry-meta">بواسطة <a href="/author/admin2/">admin2</a> · منذ ساعتين</div>',
         "admin2"),
        ('<ul class="info"><li>온라인이슈팀</li><li>승인 2024.11.20 11:47</li><li>댓글 0</li></ul>',
         "온라인이슈팀"),
        ('<div class="autor">Da Redação · 19/03/2026 às 07h12</div>', "Redação"),
    ],
)  # fmt: skip
def test_html_meta_rows_under_the_headline(meta: str, byline: str) -> None:
    assert parse_page(_html(meta), url="https://example.org/a").byline == byline


def test_html_list_of_stories_under_the_headline_is_no_byline() -> None:
    items = "".join(
        f"<li><h2><a href='/s{k}'>Story number {k} about the budget</a></h2>"
        f"<p>Deník Pravda · před {k} hodinami</p></li>"
        for k in range(1, 6)
    )
    page = parse_page(_html(f"<ul class='clanky'>{items}</ul>"), url="https://example.org/a")
    assert page.byline == ""


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        (("Redactie Stedendriehoek Nu · 8 oktober 2026, 15:04",), "Redactie Stedendriehoek Nu"),
        (("온라인뉴스팀 | 입력 2026.01.21 17:42",), "온라인뉴스팀"),
    ],
)
def test_text_record_meta_rows(meta: tuple[str, ...], byline: str) -> None:
    page = parse_page(_text_record(*meta), content_type="text/plain")
    assert bylines.signature_name(page.byline) == byline


def test_text_lines_are_read_as_rows_only_with_parts() -> None:
    # A sentence opens with a label too; in a text record only a row of parts is read as one.
    line = "Von Berlin aus fährt der Zug"
    assert bylines.meta_row_name(line, parts_only=True) == ""
    assert bylines.meta_row_name("Von Redaktion · 10.03.2026", parts_only=True) == "Redaktion"


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        # A label and an account or desk in separate elements of a row (ar, tr, ko, zh).
        ("<div class='meta'><span>بواسطة: admin</span> <span>منذ ساعتين</span></div>", "admin"),
        ("<div class='info'><span>Haber Merkezi</span> <span>02.12.2026 16:47</span></div>",
         "Haber Merkezi"),
        ("<div class='info'><span>온라인이슈팀</span><span>입력 2026.12.05 10:11</span></div>",
         "온라인이슈팀"),
        ("<div class='info'><span>编辑部</span><span>2026-12-05 10:11</span></div>", "编辑部"),
        # A lower-case login after a date and a label, linked to its author page (fr).
        ("<div class='entry-meta'>Publié le décembre 4, 2026 par "
         "<a href='/author/redac/'>redac</a></div>", "redac"),
        # A desk alone in the element under the headline, the date in the next (es).
        ("<p>Redacción</p><p>12/03/2026</p>", "Redacción"),
    ],
)  # fmt: skip
def test_html_rows_split_into_elements(meta: str, byline: str) -> None:
    assert parse_page(_html(meta), url="https://example.org/a").byline == byline


@pytest.mark.parametrize(
    "meta",
    [
        "<div class='entry-meta'>Publié le 4 décembre 2026 par <a href='/tag/x'>exemple</a></div>",
        "<div class='pager'><span>Seite 34 von 40</span> <span>Erste ...</span></div>",
        "<div class='meta'><span>Politics</span> <span>5 min read</span></div>",
    ],
)
def test_html_rows_naming_nobody(meta: str) -> None:
    assert parse_page(_html(meta), url="https://example.org/a").byline == ""


def test_html_breadcrumb_above_the_headline_is_no_byline() -> None:
    crumb = "<p class='crumbs'><a href='/newsroom'>Newsroom</a> / <a href='/pr'>Press</a></p>"
    html = _html("<p>October 2, 2024</p>").replace("<h1>", f"{crumb}<h1>")
    assert parse_page(html, url="https://example.org/a").byline == ""


def test_publishing_verb_before_the_label() -> None:
    # id, de, pl, sw: the verb and the by-word together are the label.
    assert bylines.strip_label("Diposting oleh admin") == "admin"
    assert bylines.strip_label("Veröffentlicht von Redaktion") == "Redaktion"
    assert bylines.strip_label("Opublikowane przez Redakcja") == "Redakcja"
    assert bylines.strip_label("Imewekwa na Mwandishi Wetu") == "Mwandishi Wetu"
    assert bylines.strip_label("Photo by Jane Doe") == "Photo by Jane Doe"  # a credit


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        (
            ("02.12.2026 - 16:47", "Haber Merkezi"),
            "Haber Merkezi",
        ),  # tr: desk beside a section word
        (("Redakcja", "7 grudnia 2026"), "Redakcja"),  # pl: a lone desk word
        (("온라인이슈팀", "입력 2026.12.05 10:11"), "온라인이슈팀"),  # ko
        (("Posted by admin", "May 2, 2026"), "admin"),  # a lower-case account after a label
        (("Diposting oleh admin", "Desember 07, 2026"), "admin"),
        (("بواسطة: admin منذ ساعتين",), "admin"),  # the relative time is no part of the name
        (("Submitted by Kyle Mantyla on Thu, 08/09/2012 - 3:04pm",), "Kyle Mantyla"),
    ],
)
def test_text_record_desk_and_account_lines(meta: tuple[str, ...], byline: str) -> None:
    page = parse_page(_text_record(*meta), content_type="text/plain")
    assert bylines.signature_name(page.byline) == byline


@pytest.mark.parametrize(
    "meta",
    [
        ("Gündem", "02.12.2026"),  # a section next to the date
        ("Warszawa", "7 grudnia 2026"),  # a place
        ("Photo by John Smith", "02.12.2026"),  # a photo credit
        ("Newsroom", "Staff Picks"),  # desk words with no date beside them
    ],
)
def test_text_record_lines_that_are_no_desk(meta: tuple[str, ...]) -> None:
    assert parse_page(_text_record(*meta), content_type="text/plain").byline == ""


def test_a_person_above_a_desk_line_wins() -> None:
    # "BY A and B" too long to read as a name, then the paper's desk line: not the desk.
    meta = ("BY HEMMY SO in Los Angeles and BEN WIDDICOMBE, LARRY McSHANE and RICH SCHAPIRO",
            "DAILY NEWS WRITERS", "Saturday, January 5th 2008, 6:43 PM")  # fmt: skip
    page = parse_page(_text_record(*meta), content_type="text/plain")
    assert "DAILY NEWS WRITERS" not in page.byline


def _record(head: list[str], body: list[str]) -> str:
    return "\n".join(["Brand News", "Home", "News", *head, *body])


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        # tr: the standfirst opens the story's span; the desk and the date row sit under it
        (
            [
                "Kayseri'de kaçak yapı operasyonu: 42 bina mühürlendi",
                "Kayseri'nin Melikgazi ilçesinde yürütülen denetimde 42 bina mühürlendi bugün.",
                "Haber Merkezi",
                "07.05.2026 - 16:05 | Güncelleme: 07.05.2026 - 16:05",
            ],
            "Haber Merkezi",
        ),
        # ko: share, copy and font buttons between the head block and the story
        (
            [
                "청년도약계좌 신청방법 총정리",
                "기자명 온라인이슈팀",
                "입력 2024.07.02 11:20",
                "댓글 0",
                "SNS 기사보내기",
                "바로가기",
                "복사하기",
                "본문 글씨 키우기",
                "본문 글씨 줄이기",
            ],
            "온라인이슈팀",
        ),
        # en: the same with English buttons
        (
            [
                "Council passes the budget",
                "By Staff Writer",
                "May 7, 2024",
                "Share",
                "Copy link",
                "Print",
                "A+",
                "A-",
            ],
            "Staff Writer",
        ),
    ],
)
def test_head_block_signatures(head: list[str], byline: str) -> None:
    page = parse_page(_record(head, list(STORY)), content_type="text/plain")
    assert bylines.signature_name(page.byline) == byline


def test_fact_sheet_date_does_not_cut_the_story() -> None:
    story = [
        "União Carioca x Tubarões se enfrentam neste domingo, às 16h, no estádio Aderbal Fontes.",
        *STORY,
        "Ficha técnica",
        "Data: domingo, 19 de julho de 2026",
        "Horário: 16h (de Brasília)",
        "Local: Estádio Aderbal Fontes, Rio de Janeiro",
        "Árbitro: Wagner Luiz Passarelli",
        *STORY,
    ]
    head = ["Onde assistir União Carioca x Tubarões ao vivo", "Por Equipe Brand", "19/07/2026"]
    page = parse_page(_record(head, story), content_type="text/plain")
    assert page.paragraphs[0].startswith("União Carioca")
    assert bylines.signature_name(page.byline) == "Equipe Brand"


def test_page_date_row_stays_a_barrier() -> None:
    head = ["Council passes the budget", "Published: May 7, 2024"]
    page = parse_page(_record(head, list(STORY)), content_type="text/plain")
    assert "Published: May 7, 2024" in page.other_lines


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("Admin on Jumamosi", "Admin"),
        ("Posted by Admin on Jumamosi, Machi 07, 2026", "Admin"),
        ("Redazione il lunedì 3 marzo 2024", "Redazione"),
    ],
)
def test_weekday_left_after_the_name_goes(signature: str, name: str) -> None:
    assert bylines.signature_name(signature) == name


@pytest.mark.parametrize("name", ["Anna Le Pen", "Mohamed el Amin", "Jan op Hof"])
def test_a_name_with_a_particle_keeps_it(name: str) -> None:
    assert bylines.signature_name(name) == name
