"""National agencies' codes, and a story paragraph closed by the agency's code in brackets."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detector.features.trade_site import TradeSite, signed_by
from detector.features.wire import WireCopy
from detector.parsing.agencies import (
    find_credits,
    find_dateline,
    find_trailing_code,
    labelled_credit,
)
from features._republisher_pages import story_page, values


def test_national_agency_datelines() -> None:
    dl = find_dateline("Quảng Ngãi (TTXVN) - Mưa lớn kéo dài trong hai ngày qua đã gây sạt lở")
    assert dl is not None and dl.agency is not None and dl.agency.key == "VNA"
    dl = find_dateline("WARSZAWA (PAP) - Sejm uchwalił w piątek nowelizację ustawy")
    assert dl is not None and dl.agency is not None and dl.agency.key == "PAP"


def test_a_paragraph_closed_by_a_code_is_a_sign_off() -> None:
    para = "Według ich szacunków w Polsce na łańcuchach żyje nawet kilkaset tysięcy psów. (PAP)"
    agency = find_trailing_code(para)
    assert agency is not None and agency.key == "PAP"
    assert find_trailing_code("Photo (AFP)") is None  # a caption, not a story's sentence
    assert find_trailing_code(para.replace("(PAP)", "(Poland)")) is None


def test_a_closing_code_shows_agency_copy_but_is_no_credit() -> None:
    # The closing "(PAP)" is part of the copy as the agency sends it: licensees and copiers
    # both print it. It shows agency copy (to trade_site_v1) wherever the paragraph sits, and
    # it does not make the copy credited.
    page = story_page(
        paragraphs=(
            "Sejm w piątek uchwalił nowelizację ustawy o ochronie zwierząt, która zakazuje psów.",
            "Według ich szacunków w Polsce na łańcuchach żyje nawet kilkaset tysięcy psów. (PAP)",
            "O nas | Kontakt | Polityka prywatności | Regulamin",
        ),
        other_lines=("Bonusy bukmacherskie", "Kody promocyjne", "Kasyno online"),
    )
    assert signed_by(page) == "PAP"
    assert not WireCopy().credits(page)
    got = values(TradeSite(), page)
    assert got["agency_copy_on_trade_site"] == 1.0


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Kaynak: AA", "Anadolu"),
        ("Fonte: ABr", "Agência Brasil"),
        ("इनपुट: भाषा", "PTI"),
        ("المصدر: الأناضول", "Anadolu"),
        ("Nguồn: TTXVN", "VNA"),
        ("（共同通信）", "Kyodo"),
        ("(إعداد ليلى بسام للنشرة العربية - تحرير سامح الخطيب)", "Reuters"),
    ],
)
def test_labelled_credit_lines_name_the_agency(line: str, agency: str) -> None:
    found = labelled_credit(line)
    assert found is not None and found.agency.key == agency


@pytest.mark.parametrize(
    "line",
    [
        "Kaynak: aa",  # a code in the wrong case
        "Kaynak: AA muhabiri",  # more words than a credit
        "Quelle: dpa",  # read by find_credits already: not counted twice
        "（共同）",  # Kyodo's closing mark, which copiers keep: no credit
        "minsu@yna.co.kr",  # a Yonhap reporter's e-mail, kept with the copy
        "भाषा सुरेंद्र नरेश",  # PTI-Bhasha's desk sign-off, kept with the copy
    ],
)
def test_lines_that_are_no_labelled_credit(line: str) -> None:
    assert labelled_credit(line) is None


def test_a_labelled_credit_under_the_story_credits_the_copy() -> None:
    page = story_page(
        paragraphs=(
            "ANKARA (AA) - Türkiye Cumhuriyet Merkez Bankası politika faizini sabit tuttu, "
            "kurul toplantısının ardından yapılan açıklamada bildirildi.",
            "Kurul, enflasyondaki düşüş eğiliminin sürdüğünü değerlendirdi ve sıkı para "
            "politikası duruşunun korunacağını açıkladı.",
            "Kaynak: AA",
            "Piyasalar karara sınırlı tepki verdi; dolar kuru gün içinde yatay seyretti ve "
            "borsa günü hafif yükselişle tamamladı.",
            "Uzmanlar, faiz indiriminin yılın ikinci yarısında gündeme gelebileceğini belirtti.",
            "İlgili Haberler",
            "En çok okunanlar",
            "Hakkımızda | İletişim | Gizlilik",
            "© 2026 Örnek Haber",
        ),
        language="tr",
    )
    got = values(WireCopy(), page)
    assert got["wire_dateline"] == 1.0
    assert got["wire_credited"] == 1.0 and got["wire_uncredited"] == 0.0
    stripped = replace(page, paragraphs=tuple(p for p in page.paragraphs if p != "Kaynak: AA"))
    got = values(WireCopy(), stripped)
    assert got["wire_credited"] == 0.0 and got["wire_uncredited"] == 1.0


def test_antara_in_capitals_is_a_credit_and_the_word_antara_is_not() -> None:
    found = find_credits("Sumber: ANTARA\nCopyright © ANTARA 2025")
    assert [c.agency.key for c in found] == ["Antara", "Antara"]
    assert not find_credits("Sumber: antara warga dan pemerintah daerah")  # "between"
