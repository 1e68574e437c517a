"""National agencies' codes, and a story paragraph closed by the agency's code in brackets."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detector.features._trigrams import possible
from detector.features.trade_site import TradeSite, signed_by
from detector.features.wire import WireCopy
from detector.page import Page
from detector.parsing.agency_credits import (
    LABELLED_LITERALS,
    find_credits,
    labelled_credits,
    labelled_credits_in,
)
from detector.parsing.datelines import find_dateline
from detector.parsing.signoffs import (
    find_closing_mark,
    find_desk_signoff,
    find_trailing_code,
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
        ("Con información de EFE", "EFE"),
        ("Com informações da Agência Brasil", "Agência Brasil"),
        ("avec AFP", "AFP"),
        ("(avec AFP)", "AFP"),
        ("Theo TTXVN", "VNA"),
        ("Källa: TT", "TT"),
        ("Źródło: PAP", "PAP"),
        ("Forrás: MTI", "MTI"),
        ("Πηγή: ΑΠΕ-ΜΠΕ", "ANA-MPA"),
        ("भाषा", "PTI"),  # PTI's Hindi service as a byline
    ],
)
def test_labelled_credit_lines_name_the_agency(line: str, agency: str) -> None:
    assert [c.agency.key for c in labelled_credits(line)] == [agency]


@pytest.mark.parametrize(
    "line",
    [
        "Kaynak: aa",  # a code in the wrong case
        "Kaynak: AA muhabiri",  # more words than a credit
        "Quelle: dpa",  # read by find_credits already: not counted twice
        "（共同）",  # Kyodo's closing mark, which copiers keep: no credit
        "minsu@yna.co.kr",  # a Yonhap reporter's e-mail, kept with the copy
        "भाषा सुरेंद्र नरेश",  # PTI-Bhasha's desk sign-off, kept with the copy
        "PL",  # a language menu, not Prensa Latina
        "Petra",  # a commenter, not Jordan's agency
    ],
)
def test_lines_that_are_no_labelled_credit(line: str) -> None:
    assert not labelled_credits(line)


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("Con información de AFP y Reuters", ["AFP", "Reuters"]),
        ("Com informações da Reuters e da AFP", ["Reuters", "AFP"]),
        ("Theo AP và Reuters", ["AP", "Reuters"]),
        ("Mit Material von AFP und Reuters", ["Reuters"]),  # find_credits reads the first
    ],
)
def test_a_credit_line_may_name_several_agencies(line: str, agencies: list[str]) -> None:
    assert [c.agency.key for c in labelled_credits(line)] == agencies


@pytest.mark.parametrize(
    "line",
    [
        "avec des amis de la famille",
        "Theo thông tin từ Bộ Y tế",  # "according to the ministry"
        "Con información de la policía local",
        "Kaynak: AA, bb",
    ],
)
def test_credit_words_before_no_agency_credit_nothing(line: str) -> None:
    assert not labelled_credits(line)


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


def test_kyodo_closing_mark_marks_japanese_copy() -> None:
    para = "気象庁は、今後1週間程度は同程度の揺れに注意するよう呼びかけている。（共同）"
    agency = find_closing_mark(para)
    assert agency is not None and agency.key == "Kyodo"
    assert find_closing_mark("写真（共同）") is None  # a caption
    assert find_closing_mark("両国は協力を深めることで一致した。（共同声明）") is None
    # Latin closing codes are the credit English, German or Brazilian papers print.
    assert find_closing_mark("He said the talks would go on next week. " * 2 + "(Reuters)") is None


def _ja_page(*lines: str) -> Page:
    return story_page(
        paragraphs=(
            "3日午前3時47分ごろ、関東地方で地震があり、東京都千代田区や埼玉県南部などで震度4を"
            "観測した。気象庁によると、震源地は千葉県北西部で、震源の深さは約60キロ。",
            "東京消防庁によると、午前4時現在、けが人や建物の被害の情報は入っていない。",
            "気象庁は、今後1週間程度は同程度の揺れに注意するよう呼びかけている。（共同）",
            *lines,
        ),
        language="ja",
    )


def test_kyodo_copy_is_credited_by_its_name_apart_from_the_mark() -> None:
    got = values(WireCopy(), _ja_page("関連記事", "人気記事ランキング"))
    assert got["wire_dateline"] == 1.0 and got["wire_uncredited"] == 1.0
    got = values(WireCopy(), _ja_page("（共同通信）", "関連記事"))
    assert got["wire_credited"] == 1.0 and got["wire_uncredited"] == 0.0


def _ar_page(*credit: str) -> Page:
    return story_page(
        paragraphs=(
            "زلزال بقوة 5.4 درجات يضرب ولاية ملاطية التركية",
            "نشر بواسطة: فريق التحرير",
            "الأحد 9 مارس 2025 - 10:42 ص",
            *credit,
            "أنقرة/ الأناضول",
            "ضرب زلزال بقوة 5.4 درجات على مقياس ريختر، صباح اليوم الأربعاء، ولاية ملاطية شرقي "
            "تركيا، دون أن ترد أنباء عن وقوع إصابات أو أضرار جسيمة.",
            "وأفادت رئاسة إدارة الكوارث والطوارئ التركية في بيان، بأن الزلزال وقع في تمام الساعة "
            "04:17 بالتوقيت المحلي، على عمق 9.8 كيلومترات.",
        ),
        language="ar",
    )


def test_an_arabic_dateline_on_its_own_line_and_its_credit() -> None:
    got = values(WireCopy(), _ar_page())
    assert got["wire_dateline"] == 1.0 and got["wire_uncredited"] == 1.0
    got = values(WireCopy(), _ar_page("المصدر: الأناضول"))
    assert got["wire_credited"] == 1.0 and got["wire_uncredited"] == 0.0


def test_korean_copyright_with_a_circled_c_credits_the_agency() -> None:
    found = find_credits("<저작권자 ⓒ 뉴시스, 무단 전재 및 재배포 금지>")
    assert [(c.agency.key, c.kind) for c in found] == [("Newsis", "copyright")]


@pytest.mark.parametrize(
    ("para", "agency", "text"),
    [
        ("HYD // JMR", "Lusa", "HYD // JMR"),
        ("The weather office advised people to stay indoors. PTI ABC DEF", "PTI", "PTI ABC DEF"),
        ("PTI ABC DEF RHL", "PTI", "PTI ABC DEF RHL"),
        ("भाषा सुरेंद्र नरेश", "PTI", "भाषा सुरेंद्र नरेश"),
        ("dpa-infocom, dpa:240222-99-085512/4", "dpa", "dpa-infocom, dpa:240222-99-085512/4"),
        ("dpa-infocom", "dpa", "dpa-infocom"),
    ],
)
def test_desk_sign_offs_mark_agency_copy(para: str, agency: str, text: str) -> None:
    found = find_desk_signoff(para)
    assert found is not None and found.agency is not None
    assert (found.agency.key, found.text) == (agency, text)


@pytest.mark.parametrize(
    "para",
    [
        "He was elected as a PTI MNA",  # Pakistan's party
        "Watch on TV // NOW",
        "The show starts at 8 PM ET",
        "भाषा",
        "Mehr zu dpa-infocom lesen Sie hier",
    ],
)
def test_lines_that_are_no_desk_sign_off(para: str) -> None:
    assert find_desk_signoff(para) is None


def test_lusa_initials_mark_copy_that_the_byline_credits() -> None:
    story = (
        "A Câmara Municipal de Loulé aprovou hoje, por unanimidade, o plano de pormenor que "
        "permite a instalação de uma central de dessalinização junto à Quarteira.",
        "O concurso público para a construção deverá ser lançado até ao final do ano, "
        "estimando a empresa que as obras demorem cerca de 30 meses.",
        "HYD // JMR",
    )
    got = values(WireCopy(), story_page(paragraphs=story, language="pt"))
    assert got["wire_dateline"] == 1.0 and got["wire_uncredited"] == 1.0
    got = values(WireCopy(), story_page(paragraphs=story, language="pt", authors=("Lusa",)))
    assert got["wire_credited"] == 1.0 and got["wire_uncredited"] == 0.0


def test_dpa_fingerprint_outside_the_story_marks_its_copy() -> None:
    story = (
        "Hamburg – Nach einem schweren Unfall mit einem brennenden Lastwagen ist die Autobahn 7 "
        "südlich des Elbtunnels in beide Richtungen voll gesperrt worden.",
        "Im Berufsverkehr bildeten sich nach Angaben der Verkehrsleitzentrale Staus von mehr als "
        "zwölf Kilometern.",
    )
    page = story_page(paragraphs=story, language="de", other_lines=("dpa-infocom", "Mehr News"))
    got = values(WireCopy(), page)
    assert got["wire_dateline"] == 1.0 and got["wire_uncredited"] == 1.0
    credited = replace(page, other_lines=("© dpa-infocom, dpa:240222-99-085512/4",))
    got = values(WireCopy(), credited)
    assert got["wire_credited"] == 1.0 and got["wire_uncredited"] == 0.0


def test_labelled_credits_in_reads_the_lines_a_line_by_line_test_reads() -> None:
    lines = [
        "Home | News | Sport",
        "Posted: 10:42",
        "Kaynak: AA",
        "(c) 2025 Example",
        "(Agência Lusa)",
        "Con información de AFP y Reuters",
        "Source: the author's notes",
        "भाषा",
        "(إعداد ليلى بسام للنشرة العربية - تحرير سامح الخطيب)",
        "theo thông tin từ Bộ Y tế",
        "Tags: economy, rates",
    ]
    one_by_one = [c for line in lines for c in labelled_credits(line)]
    assert labelled_credits_in("\n".join(lines)) == one_by_one
    assert [c.agency.key for c in one_by_one] == [
        "Anadolu",
        "Lusa",
        "AFP",
        "Reuters",
        "PTI",
        "Reuters",
    ]


def test_codes_with_capitals_alone_on_a_line_are_found_among_lines() -> None:
    text = "İstanbul'da yağmur\nİHA\nZdroj: ČTK\nČTK\nTélam"
    assert [c.agency.key for c in labelled_credits_in(text)] == ["İHA", "ČTK", "ČTK", "Télam"]
    literals = possible(story_page(paragraphs=tuple(text.split("\n"))), LABELLED_LITERALS)
    assert [c.agency.key for c in labelled_credits_in(text, literals)] == [
        "İHA",
        "ČTK",
        "ČTK",
        "Télam",
    ]
