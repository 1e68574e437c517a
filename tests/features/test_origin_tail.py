"""origin_tail_v1: the story's closing lines still name the outlet that wrote it."""

from __future__ import annotations

import pytest

from detector.features.base import get_signal
from detector.features.origin_tail import OriginTail
from detector.page import Anchor, Page, parse_page

RIGHTS, PUBLISHED, READ_ALSO, PAPER = range(4)
BODY = ("The city council approved the new budget on Tuesday after a long debate.",)


def _values(**fields: object) -> tuple[float, ...]:
    return OriginTail().extract(Page(**fields))[0]  # type: ignore[arg-type]


def test_registered() -> None:
    assert get_signal("origin_tail_v1") is OriginTail


@pytest.mark.parametrize(
    ("site", "tail"),
    [
        ("데일리인사이트경제", ("ⓒ 한빛일보, 무단전재 및 재배포 금지",)),
        ("Notizie Lampo", ("RIPRODUZIONE RISERVATA © Corriere del Tirreno",)),
        (
            "Wiadomości Dnia 24",
            ("Dalsze rozpowszechnianie artykułu tylko za zgodą wydawcy Puls Zdrowia.",),
        ),
    ],
)
def test_reprint_ban_of_another_outlet(site: str, tail: tuple[str, ...]) -> None:
    assert _values(site_name=site, paragraphs=(*BODY, *tail))[RIGHTS] == 1.0


def test_two_holders_other_above_own() -> None:
    other = ("© Le Messager",)
    footer = ("Copyright © 2026 InfoFlash",)
    page = {"site_name": "InfoFlash", "paragraphs": (*BODY, *other), "other_lines": footer}
    assert _values(**page)[RIGHTS] == 1.0
    # A single owner's line in the footer names the publisher, not another newsroom.
    assert _values(site_name="InfoFlash", paragraphs=BODY, other_lines=other)[RIGHTS] == 0.0


def test_agency_and_dateline_holder_are_credits() -> None:
    # af_p28: the agency named in the dateline code holds the notice; an agency word credits.
    head = ("(창원=한빛통신) 김도윤 기자 = 창원시는 올해 재정지원금을 투입한다고 2일 밝혔다.",)
    tail = ("<저작권자(c) 한빛통신, 무단 전재-재배포 금지>",)
    assert _values(site_name="경남타임즈", paragraphs=(*head, *BODY, *tail))[RIGHTS] == 0.0
    head = ("Palu (NUSRA) - Badan meteorologi mengimbau masyarakat pesisir.",)
    tail = ("Hak cipta NUSRA, dilarang mengutip tanpa izin redaksi.",)
    assert _values(site_name="Kabar Sulteng", paragraphs=(*head, *BODY, *tail))[RIGHTS] == 0.0


@pytest.mark.parametrize(
    ("site", "line"),
    [
        ("Kabar Pojok", "Artikel ini telah tayang di SuaraNusantara.co.id dengan judul “Harga”"),
        ("Noticias Ya", "Este artículo apareció primero en El Heraldo del Sur."),
        ("Tagesblick", "Der Text erschien zuerst bei Kurpfalz Anzeiger."),
    ],
)
def test_first_published_elsewhere(site: str, line: str) -> None:
    assert _values(site_name=site, paragraphs=(*BODY, line))[PUBLISHED] == 1.0


def test_cc_republication_and_own_site_are_quiet() -> None:
    line = "This article was first published on High Plains Desk and is republished under CC BY."
    assert _values(site_name="Plains Daily", paragraphs=(*BODY, line))[PUBLISHED] == 0.0
    own = "Artikel ini telah tayang di KabarPojok.com dengan judul “Harga”"
    assert _values(site_name="Kabar Pojok", paragraphs=(*BODY, own))[PUBLISHED] == 0.0
    date = "Cet article, initialement publié en avril 2017, a été mis à jour."
    assert _values(site_name="Madame", paragraphs=(*BODY, date))[PUBLISHED] == 0.0


def test_read_also_link_to_another_news_host_in_html() -> None:
    html = (
        "<html><head><title>Tarif Tol – Warta Pojok</title>"
        '<meta property="og:site_name" content="Warta Pojok"></head><body><article>'
        "<h1>Pemerintah tunda kenaikan tarif tol</h1>"
        "<p>Pemerintah menunda kenaikan tarif tol Trans Jawa hingga evaluasi selesai dilakukan.</p>"
        '<p><strong>Baca Juga: <a href="https://www.beritanusaraya.com/ekonomi/2026/11/18/tarif">'
        "Daftar Tarif Tol Trans Jawa Terbaru</a></strong></p>"
        "<p>Menurut Hendra, evaluasi ulang akan dilakukan pada kuartal pertama tahun depan.</p>"
        "</article></body></html>"
    )
    page = parse_page(html, url="https://wartapojok.com/otomotif/tarif-tol")
    assert any("beritanusaraya.com" in a.href for a in page.story_links)
    assert OriginTail().extract(page)[0][READ_ALSO] == 1.0


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://www.almasaa-alyoum.com/news/1", 1.0),  # another news host
        ("https://www.moss.gov.eg/news/1", 0.0),  # an official source
        ("https://sadanews.com/news/2", 0.0),  # the site's own
    ],
)
def test_read_also_link_hosts(href: str, expected: float) -> None:
    label = "اقرأ أيضًا: تعرف على شروط التقديم في برنامج الدعم النقدي"
    link = Anchor("تعرف على شروط التقديم في برنامج الدعم النقدي", href, None)
    values = _values(
        url="https://sadanews.com/news/1",
        site_name="بوابة الصباح نيوز",
        paragraphs=(*BODY, label, *BODY),
        story_links=(link,),
    )
    assert values[READ_ALSO] == expected


def test_read_also_url_in_a_text_record() -> None:
    line = "Baca juga: Stok Beras Bulog Dipastikan Aman (https://www.harianpelitapagi.co.id/a/1)"
    assert _values(site_name="Info Pangan", paragraphs=(*BODY, line))[READ_ALSO] == 1.0


@pytest.mark.parametrize(
    ("site", "para"),
    [
        ("杭州家居网", "本报讯（记者 郑立秋 通讯员 何晓帆）据气象部门预报，长江中游将出现降雨。"),
        ("Tin Tức 24h Mới", "Giám đốc điều hành nói với tờ báo này rằng công ty sẽ cắt giảm."),
        ("InfoFrance Direct", "Le syndicat a déclaré à notre journal qu'il maintient le préavis."),
    ],
)
def test_paper_noun_on_a_site_that_is_not_a_paper(site: str, para: str) -> None:
    assert _values(site_name=site, paragraphs=(*BODY, para))[PAPER] == 1.0


def test_paper_noun_on_a_paper_or_with_a_reporter_is_quiet() -> None:
    para = "The two men are in custody, a police officer told this newspaper on Friday."
    assert _values(site_name="Kaieteur News", paragraphs=(*BODY, para))[PAPER] == 0.0
    assert (
        _values(site_name="Minato Shimpo", paragraphs=("本紙の取材に、ある市議は話した。",))[PAPER]
        == 0.0
    )
    signed = {"site_name": "City Portal", "byline": "Jane Smith", "paragraphs": (*BODY, para)}
    assert _values(**signed)[PAPER] == 0.0
