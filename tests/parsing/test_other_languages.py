"""Parsing pages in languages and scripts beyond English: main text, datelines, crumbs, blocks."""

from __future__ import annotations

from datetime import date

import pytest

from detector.page import parse_page
from detector.parsing import patterns as P
from detector.parsing.agency_credits import credit_line_agency, find_credits
from detector.parsing.common import detect_language, is_prose, line_words
from detector.parsing.datelines import find_dateline
from detector.parsing.dates import parse_date

ZH_RECORD = "\n".join(
    [
        "首页",
        "资讯",
        "当前位置：首页 > 资讯 > 国内",
        "发布时间：2026年03月14日 08:15",
        "新华社北京3月5日电（记者 王明）十四届全国人大二次会议5日上午在人民大会堂开幕，代表们审议政府工作报告。",
        "报告提出，今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上。",
        "报告指出，要大力推进现代化产业体系建设，加快发展新质生产力，以科技创新推动产业创新。",
        "相关阅读",
        "吃什么最养胃？医生推荐这5种食物",
        "三月最适合去的10个地方",
        "Copyright © 2026 健康生活网",
    ]
)


def test_chinese_lines_count_words_without_spaces() -> None:
    line = "报告指出，要大力推进现代化产业体系建设，加快发展新质生产力。"
    assert line_words(line) >= 12  # one space-separated "word", but a sentence of ~14 words
    assert is_prose(line)
    assert not is_prose("首页")
    assert line_words("Home > News") == 3  # spaced text is counted as before


def test_chinese_text_record_has_a_main_text_and_its_dateline() -> None:
    page = parse_page(ZH_RECORD)
    assert len(page.paragraphs) == 3
    assert page.paragraphs[0].startswith("新华社北京3月5日电")
    assert page.dateline == "新华社北京3月5日电"
    assert page.language == "zh"
    assert page.breadcrumbs == ("首页", "资讯", "国内")  # after a "当前位置：" label
    assert [b.heading for b in page.link_blocks] == ["相关阅读"]


def test_kanji_heavy_japanese_is_japanese() -> None:
    text = (
        "長野市の善光寺周辺で14日、春の観光キャンペーンが始まった。今年は外国人観光客の増加を"
        "受け、門前町に多言語対応の案内所を新たに設けた。市観光振興課の担当者は話した。"
    )
    assert detect_language(text) == "ja"
    assert (
        detect_language("长野市的善光寺周边14日开始了春季观光活动，今年为应对外国游客增加。")
        == "zh"
    )


@pytest.mark.parametrize(
    ("text", "agency", "head"),
    [
        (
            "(서울=연합뉴스) 김민수 기자 = 서울 지하철 기본요금이 오른다.",
            "Yonhap",
            "(서울=연합뉴스)",
        ),
        ("(세종=뉴시스) 이수진 기자 = 정부가 발표했다.", "Newsis", "(세종=뉴시스)"),
        ("【ワシントン共同】米政府は13日、発表した。", "Kyodo", "【ワシントン共同】"),
        ("【北京時事】中国政府は発表した。", "Jiji", "【北京時事】"),
        ("МОСКВА, 14 февраля. /ТАСС/. Банк России сохранил ставку.", "TASS", None),
        ("МОСКВА, 5 мар — РИА Новости. Правительство одобрило проект.", "RIA Novosti", None),
        ("МОСКВА, 14 февраля - РИА Новости. Президент подписал указ.", "RIA Novosti", None),
        ("Москва. 14 февраля. INTERFAX.RU - Банк России сохранил ставку.", "Interfax", None),
        ("عمان (رويترز) - خفض البنك الدولي توقعاته.", "Reuters", "عمان (رويترز) -"),
        ("باريس (أ ف ب) - أعلنت الحكومة الفرنسية.", "AFP", "باريس (أ ف ب) -"),
        ("أنقرة/ الأناضول", "Anadolu", "أنقرة/ الأناضول"),
        ("واشنطن - رويترز: قال مسؤولون أمريكيون.", "Reuters", "واشنطن - رويترز"),
        ("नयी दिल्ली, 14 मई (भाषा) सरकार ने बुधवार को कहा।", "PTI", "नयी दिल्ली, 14 मई (भाषा)"),
        ("【서울=뉴시스】 김지은 기자 = 정부가 발표했다.", "Newsis", "【서울=뉴시스】"),
        ("中新网北京3月5日电 据报道，会议开幕。", "CNS", "中新网北京3月5日电"),
        ("（中央社記者楊慧君台南5日電）台南安平港擴建工程今天動工。", "CNA", None),
        ("（中央社台北5日電）行政院今天通過草案。", "CNA", "（中央社台北5日電）"),
        ("تهران- ایرنا- رئیس جمهوری گفت.", "IRNA", "تهران- ایرنا"),
        ("İSTANBUL (DHA) - Kentte sağanak etkili oldu.", "DHA", "İSTANBUL (DHA) -"),
        ("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε.", "ANA-MPA", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) -"),
        ("Hà Nội (TTXVN/Vietnam+) - Ngày 5/3, Quốc hội họp.", "VNA", "Hà Nội (TTXVN/Vietnam+) -"),
    ],
)
def test_datelines_in_other_scripts(text: str, agency: str, head: str | None) -> None:
    found = find_dateline(text)
    assert found is not None and found.agency is not None
    assert found.agency.key == agency
    if head:
        assert found.text == head


@pytest.mark.parametrize(
    "text",
    [
        "(서울=친구) 안녕하세요.",
        "【共同声明】両国は合意した。",
        "Москва, 14 февраля. Банк России сохранил ставку.",  # a place in capitals, as TASS
        "В МОСКВЕ 14 февраля прошла встреча.",
        "Москва. 14 февраля. Банк России сохранил ставку.",
        "الأناضول/ منطقة جبلية في تركيا",  # "Anatolia", not the agency after a place
        "قال الرئيس الأمريكي جو بايدن للصحفيين - رويترز",  # a sentence, not a place
        "भाषा (हिंदी) चुनें",
        "(中央社)據報導，行政院今天通過草案。",  # no place, no day: a mention, not a dateline
        "中央社記者楊慧君今天報導。",
        "Roma, 15 ott - Il governo ha approvato il decreto.",  # the place not in capitals
        "WE WON, 3 to 1 - what a night.",
    ],
)
def test_no_dateline_without_an_agency(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # TASS copy whose "/ТАСС/." was cut: the dateline stays, naming no agency.
        ("МОСКВА, 14 февраля. Банк России сохранил ставку.", "МОСКВА, 14 февраля."),
        ("НИЖНИЙ НОВГОРОД, 6 октября. Режим ЧС введен.", "НИЖНИЙ НОВГОРОД, 6 октября."),
        ("القاهرة - وكالات: أعلنت وزارة الصحة.", "القاهرة - وكالات"),  # "agencies"
        # The day before the month, as Europe writes it (ANSA, EFE, Lusa, ANP, dpa styles).
        ("ROMA, 15 ott - Il governo ha approvato il decreto.", "ROMA, 15 ott -"),
        ("PARÍS, 3 de octubre.- El Gobierno francés anunció.", "PARÍS, 3 de octubre.-"),
        ("SÃO PAULO, 5 de maio de 2024 - A prefeitura anunciou.", "SÃO PAULO, 5 de maio de 2024 -"),
        ("DEN HAAG, 4 mrt - Het kabinet wil meer geld.", "DEN HAAG, 4 mrt -"),
        ("BERLIN, 3. März - Die Bundesregierung plant.", "BERLIN, 3. März -"),
    ],
)
def test_datelines_that_name_no_agency(text: str, head: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.agency is None and found.text == head


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("2024-03-01 19:20:15 来源：新华网", "Xinhua"),
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "Yonhap"),
        ("Источник: ТАСС", "TASS"),
        ("出典：共同通信", "Kyodo"),
        # European agencies credited by their code in a copyright notice or source label
        (
            "© 2025 Noord Media B.V. Op alle artikelen van ANP geldt het auteursrecht van ANP.",
            "ANP",
        ),
        ("© 2024 PAP", "PAP"),
        ("Copyright (c) MTI 2024", "MTI"),
        ("Bron: ANP", "ANP"),
    ],
)
def test_credits_in_other_languages(line: str, agency: str) -> None:
    assert [c.agency.key for c in find_credits(line)][:1] == [agency]


@pytest.mark.parametrize("line", ["AA + Text Size", "TT: Scallops & Veggies", "MENA"])
def test_two_letter_and_regional_codes_credit_nobody(line: str) -> None:
    assert find_credits(line) == [] and credit_line_agency(line) is None


@pytest.mark.parametrize(
    "heading",
    [
        "Ähnliche Beiträge", "Lesen Sie auch", "Vous aimerez aussi", "Articles populaires",
        "Artículos relacionados", "Articoli correlati", "I più letti", "Notícias relacionadas",
        "Gerelateerde artikelen", "Lees ook", "Похожие новости", "Читайте также", "Berita Terkait",
        "Baca juga", "İlgili Haberler", "En çok okunanlar", "相关推荐", "热门文章", "猜你喜欢",
        "関連記事", "人気記事ランキング", "おすすめ記事", "관련 기사", "많이 본 뉴스",
        "Czytaj także", "Najczęściej czytane", "Läs också", "Mest lästa", "Læs også",
        "Čtěte také", "Διαβάστε επίσης", "Читайте також", "Tin liên quan", "Đọc thêm",
        "यह भी पढ़ें", "संबंधित खबरें", "اقرأ أيضاً", "اقرأ أيضًا:", "أخبار ذات صلة", "بیشتر بخوانید",
        "あわせて読みたい", "大家都在看", "함께 볼만한 뉴스",
    ],
)  # fmt: skip
def test_link_block_headings_in_other_languages(heading: str) -> None:
    assert P.LINK_BLOCK_HEADING.match(heading)


@pytest.mark.parametrize(
    "line",
    [
        "Mehr lesen Sie in unserer Zeitung am Montag",
        "相关部门表示将加强监管",
        "Читайте нас в Telegram",
        "Läs också vad våra läsare tycker om förslaget",
        "यह भी पढ़ें कि सरकार ने क्या कहा",
    ],
)
def test_sentences_are_not_link_block_headings(line: str) -> None:
    assert not P.LINK_BLOCK_HEADING.match(line)


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("Главная » Новости » Экономика", "Главная"),
        ("Beranda » Berita » Nasional", "Beranda"),
        ("Início » Notícias » Economia", "Início"),
        ("Anasayfa > Haberler > Ekonomi", "Anasayfa"),
        ("ホーム > ニュース > 社会", "ホーム"),
        ("홈 > 뉴스 > 사회", "홈"),
        ("您当前的位置：首页 > 时政", "首页"),
        ("होम > देश > राजनीति", "होम"),
        ("الرئيسية > أخبار > اقتصاد", "الرئيسية"),
        ("Trang chủ » Thời sự", "Trang chủ"),
        ("Startsida > Nyheter > Inrikes", "Startsida"),
        ("Αρχική > Ειδήσεις > Πολιτική", "Αρχική"),
        ("Portada / Noticias / Economía", "Portada"),
    ],
)
def test_breadcrumb_lines_in_other_languages(line: str, first: str) -> None:
    m = P.BREADCRUMB_LINE.match(line)
    assert m and m[1] == first


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12 januari 2026", date(2026, 1, 12)),
        ("Kamis, 14 Maret 2026 10:22 WIB", date(2026, 3, 14)),
        ("14 Mart 2026 10:22", date(2026, 3, 14)),
        ("14 марта 2026 г.", date(2026, 3, 14)),
        ("11 lipca 2025, 06:02", date(2025, 7, 11)),
        ("7 augusti 2025", date(2025, 8, 7)),
        ("11. července 2025", date(2025, 7, 11)),
        ("11 Ιουλίου 2025", date(2025, 7, 11)),
        ("11 липня 2025", date(2025, 7, 11)),
        ("अपडेट: 11 जुलाई 2025, 06:02 AM", date(2025, 7, 11)),
        ("3 जनवरी 2025", date(2025, 1, 3)),  # a month ending in a vowel sign
        ("9 फ़रवरी 2025", date(2025, 2, 9)),
        ("11 يوليو 2025", date(2025, 7, 11)),
        ("2 تموز 2025", date(2025, 7, 2)),
        ("2025年7月11日 08:30", date(2025, 7, 11)),
        ("2025년 7월 11일 오전 8:30", date(2025, 7, 11)),
        ("ngày 11 tháng 07 năm 2025", date(2025, 7, 11)),
        ("Thứ sáu, 11 tháng 7, 2025", date(2025, 7, 11)),
    ],
)
def test_month_names_of_more_languages(raw: str, expected: date) -> None:
    assert parse_date(raw) == expected


def test_date_in_a_theme_meta_row_inside_the_article() -> None:
    html = (
        "<html><head><title>UK inflation falls | Spin News</title></head><body>"
        "<article><h1>UK inflation falls</h1><div class='entry-meta'>April 17, 2024</div>"
        "<p>LONDON (AP) — Inflation in the U.K. fell to its lowest level in two and a half years"
        " in March, official figures showed Wednesday, as food prices eased further.</p>"
        "<p>The Office for National Statistics said consumer prices rose 3.2% in the year to"
        " March, down from 3.4% in the previous month.</p></article></body></html>"
    )
    page = parse_page(html)
    assert page.published == date(2024, 4, 17)


def test_a_vote_bar_of_several_counters_is_read_as_reactions() -> None:
    record = "\n".join(
        [
            "梅西赛后发声：这是我职业生涯最艰难的一场比赛",
            "在昨天结束的一场焦点大战中，梅西所在的球队经过加时赛，最终以3比2险胜对手，晋级下一轮。",
            "加时赛第112分钟，梅西在禁区外一脚远射破门，帮助球队锁定胜局，现场球迷起立为他鼓掌。",
            "赞(128) 踩(3)",
            "相关推荐",
            "C罗再破纪录，网友：永远的神",
            "国足最新名单出炉，这位老将落选",
        ]
    )
    page = parse_page(record)
    assert [(r.label, r.count) for r in page.reactions] == [("赞", 128), ("踩", 3)]
    assert "赞(128) 踩(3)" not in page.paragraphs


@pytest.mark.parametrize("line", ["Page 1 (2)", "Seite 1 (2) 3 (4)", "(1) (2)", "Foo Bar (1) Baz"])
def test_lines_that_are_no_vote_bar(line: str) -> None:
    assert not P.REACTION_BAR.match(line)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("서울시는 14일 이런 내용을 담은 대중교통 요금 조정안을 확정했다고 밝혔다.", "ko"),
        ("Банк России по итогам заседания совета директоров сохранил ключевую ставку.", "ru"),
        ("Національний банк України зберіг облікову ставку на рівні 13 відсотків.", "uk"),
        (
            "Kementerian Agama menetapkan awal Ramadhan yang jatuh pada hari Rabu, dan sidang"
            " isbat dihadiri perwakilan organisasi untuk menentukan tanggal dari hasil hisab.",
            "id",
        ),
        (
            "Merkez Bankası politika faizini sabit tuttu ve bu karar piyasa için daha çok önemli"
            " olarak görüldü, bir sonraki toplantı ise nisan ayında olacak.",
            "tr",
        ),
        (
            "Sprzedaż detaliczna w cenach stałych wzrosła w lipcu o 4,4 proc. i jest to wynik"
            " lepszy, niż się spodziewano, podał w poniedziałek urząd statystyczny.",
            "pl",
        ),
        (
            "Riksbanken lämnar styrräntan oförändrad och det är inte troligt att den sänks"
            " före sommaren, enligt banken som har publicerat sin prognos.",
            "sv",
        ),
        (
            "Vláda schválila návrh rozpočtu a ministr financí uvedl, že schodek je nižší, než"
            " se čekalo, a podle něj jsou výdaje také pod kontrolou.",
            "cs",
        ),
        (
            "Ngân hàng Nhà nước cho biết lãi suất của các ngân hàng đã được điều chỉnh và những"
            " khoản vay này không tăng trong tháng qua.",
            "vi",
        ),
        (
            "Nationalbanken hæver renten, og det blev efter mødet klart, at banken også vil"
            " holde øje med priserne, som har været stigende.",
            "da",
        ),
        (
            "Norges Bank holder renten uendret, og det ble etter møtet klart at banken også vil"
            " følge med på prisene, som har vært stigende for å unngå uro.",
            "no",
        ),
        (
            "Serikali imetangaza kuwa bei ya mafuta itapanda kwa mwezi huu, na wananchi wengi"
            " wa mkoa huo wamesema katika mahojiano kuwa ni vigumu.",
            "sw",
        ),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τα νοικοκυριά την Τρίτη.", "el"),
        ("הממשלה אישרה את התקציב החדש ביום שלישי לאחר דיון ארוך.", "he"),
        ("सरकार ने मंगलवार को नए बजट को मंज़ूरी दी और कहा कि खर्च बढ़ेगा।", "hi"),
        ("รัฐบาลประกาศมาตรการช่วยเหลือประชาชนชุดใหม่เมื่อวันอังคาร", "th"),
    ],
)
def test_languages_told_by_script_or_function_words(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_headline_above_the_story_when_the_record_opens_with_a_menu() -> None:
    record = "\n".join(
        [
            "Главная",
            "Ремонт",
            "Главная » Новости » Экономика",
            "Центробанк сохранил ключевую ставку на уровне 16%",
            "14.03.2026 в 10:22",
            "МОСКВА, 14 февраля. /ТАСС/. Банк России по итогам заседания совета директоров"
            " сохранил ключевую ставку на уровне 16% годовых.",
            "Большинство опрошенных аналитиков ожидали именно такого решения, следующее"
            " заседание запланировано на конец апреля.",
        ]
    )
    page = parse_page(record)
    assert page.title == "Главная"  # the first line stays the title
    assert page.headline == "Центробанк сохранил ключевую ставку на уровне 16%"
    assert page.dateline == "МОСКВА, 14 февраля. /ТАСС/."


def test_a_brand_and_tagline_first_line_gives_way_to_the_story_headline() -> None:
    # "Brand – tagline": the tagline shares no word with the story; the line above it does.
    record = "\n".join(
        [
            "Ankerwerk – Software für Schichtplanung im Mittelstand",
            "Produkt",
            "Preise",
            "Blog",
            "Streik bei der Bahn: Pendler müssen sich auf Ausfälle einstellen",
            "12.08.2024 | Team Ankerwerk",
            "Die Gewerkschaft hat für Donnerstag einen Streik bei der Bahn angekündigt, Pendler"
            " müssen sich bundesweit auf Ausfälle im Regional- und Fernverkehr einstellen.",
            "Der Streik soll am frühen Morgen beginnen und bis zum Abend dauern, teilte die"
            " Gewerkschaft am Dienstag in Berlin mit.",
        ]
    )
    page = parse_page(record)
    assert page.headline == "Streik bei der Bahn: Pendler müssen sich auf Ausfälle einstellen"
    assert ("Ankerwerk", "title_suffix") in page.brand_candidates


def test_a_title_naming_only_the_site_takes_the_copyright_holder_part_as_brand() -> None:
    record = "\n".join(
        [
            "Marlow & Pike Roofing Contractors | Free Estimates 7 Days",
            "Services",
            "Contact",
            "Storm knocks out power to thousands across the county",
            "A line of thunderstorms knocked out power to thousands of homes across the county"
            " on Tuesday night, the utility said, and crews worked through the night.",
            "Power was restored to most homes by Wednesday morning, a spokesman for the utility"
            " said, though some outages in rural areas could last until the weekend.",
            "© 2024 Marlow & Pike | Privacy Policy",
        ]
    )
    page = parse_page(record)
    assert page.headline == "Storm knocks out power to thousands across the county"
    assert page.brand_candidates[0] == ("Marlow & Pike Roofing Contractors", "title_suffix")


def test_a_titled_record_keeps_its_title_as_headline() -> None:
    record = "\n".join(
        [
            "Senators see hope for fentanyl talks - Example News",
            "Home",
            "Senators see hope for fentanyl talks",
            "BEIJING (AP) — A group of U.S. senators visiting Beijing expressed hope Tuesday that"
            " they had opened the door to government talks with China on fentanyl.",
        ]
    )
    assert parse_page(record).headline == "Senators see hope for fentanyl talks"


@pytest.mark.parametrize(
    ("record", "dateline"),
    [
        (
            "\n".join(
                [
                    "होम | देश | राज्य",
                    "देहरादून, 11 जुलाई (भाषा) उत्तराखंड के चमोली जिले में भारी बारिश के बाद हुए "
                    "भूस्खलन के कारण बद्रीनाथ राष्ट्रीय राजमार्ग कई स्थानों पर बंद हो गया।",
                    "अधिकारियों ने बताया कि पीपलकोटी और हेलंग के बीच कम से कम तीन स्थानों पर "
                    "पहाड़ी से मलबा और बड़े पत्थर सड़क पर आ गए।",
                ]
            ),
            "देहरादून, 11 जुलाई (भाषा)",
        ),
        (
            "\n".join(
                [
                    "زلزال بقوة 5.4 درجات يضرب ولاية ملاطية التركية",
                    "أنقرة/ الأناضول",
                    "ضرب زلزال بقوة 5.4 درجات على مقياس ريختر، صباح اليوم الأربعاء، ولاية "
                    "ملاطية شرقي تركيا، دون أن ترد أنباء عن وقوع إصابات أو أضرار جسيمة.",
                    "وأفادت رئاسة إدارة الكوارث والطوارئ التركية في بيان، بأن الزلزال وقع في "
                    "تمام الساعة 04:17 بالتوقيت المحلي، على عمق 9.8 كيلومترات.",
                ]
            ),
            "أنقرة/ الأناضول",
        ),
    ],
)
def test_text_records_in_other_scripts_keep_their_agency_dateline(
    record: str, dateline: str
) -> None:
    assert parse_page(record).dateline == dateline


# A hyperlocal Hindi portal's page as a text record: crumbs, an update date and an "also read"
# list, none in English (written for this test).
HI_RECORD = "\n".join(
    [
        "रामपुर समाचार | Rampur Samachar",
        "होम देश प्रदेश रामपुर क्राइम मनोरंजन राशिफल",
        "होम > रामपुर",
        "नगर निगम ने शहर की सड़कों की मरम्मत के लिए नई योजना को मंजूरी दी",
        "डेस्क | अपडेट: 9 अगस्त 2025, 10:15 AM",
        "नगर निगम की बैठक में शहर की प्रमुख सड़कों की मरम्मत के लिए बारह करोड़ रुपये की योजना को मंजूरी दी गई। "
        "महापौर ने कहा कि काम अगले महीने से शुरू होगा।",
        "अधिकारियों के अनुसार बारिश के मौसम में कई सड़कों पर गड्ढे बन गए थे, जिससे लोगों को भारी परेशानी का "
        "सामना करना पड़ रहा था और दुर्घटनाएं भी बढ़ गई थीं।",
        "यह भी पढ़ें",
        "आज का राशिफल: इन राशियों की चमकेगी किस्मत",
        "इस अभिनेत्री का नया गाना हुआ वायरल",
        "सोने के भाव में गिरावट, जानें आज का रेट",
        "© 2025 रामपुर समाचार",
    ]
)


def test_hindi_text_record_has_its_crumbs_date_and_also_read_list() -> None:
    page = parse_page(HI_RECORD)
    assert page.breadcrumbs == ("होम", "रामपुर")
    assert page.published == date(2025, 8, 9)
    assert [b.heading for b in page.link_blocks] == ["यह भी पढ़ें"]
    assert len(page.link_blocks[0].anchors) == 3
    assert any(p.startswith("नगर निगम की बैठक") for p in page.paragraphs)


def test_a_labelled_date_row_with_more_parts_keeps_its_date() -> None:
    record = "\n".join(
        [
            "Giá xăng giảm lần thứ ba liên tiếp từ chiều nay - Tin Nhanh Mỗi Ngày",
            "Giá xăng giảm lần thứ ba liên tiếp từ chiều nay",
            "Cập nhật lúc: 08:30 | 14/05/2025 | Người đăng: admin",
            "Liên bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu, theo đó giá xăng "
            "giảm khoảng 300 đồng mỗi lít so với kỳ điều hành trước.",
            "Đây là lần giảm thứ ba liên tiếp kể từ đầu tháng, theo thông báo của cơ quan quản lý "
            "được đăng trên trang thông tin điện tử.",
        ]
    )
    page = parse_page(record)
    assert page.modified == date(2025, 5, 14)  # "Cập nhật" is "updated"


def test_a_short_piece_of_the_title_is_not_the_headline() -> None:
    record = "\n".join(
        [
            "Harbour strike enters second week - Markets Live - Example Journal",
            "- Example Journal",
            "Harbour strike enters second week",
            "Dock workers at the city's main harbour stayed off the job for a seventh day on Monday,"
            " as talks between the union and the port authority broke down again.",
        ]
    )
    assert parse_page(record).headline == "Harbour strike enters second week"


def test_headline_sharing_words_with_the_story_when_the_record_opens_with_a_skip_link() -> None:
    record = "\n".join(
        [
            "Skip to main content",
            "Latest",
            "- Weather",
            "- Sport",
            "1. Home",
            "2. Science",
            "Harbour seals return to the estuary after twenty years",
            "By Jane Doe 2019-11-18 Science",
            "Harbour seals have been seen breeding in the estuary for the first time in twenty years,"
            " marine biologists said on Monday after a survey of the mudflats.",
            "The estuary was heavily polluted until the early 2000s, when a clean-up began.",
        ]
    )
    page = parse_page(record)
    assert page.title == "Skip to main content"
    assert page.headline == "Harbour seals return to the estuary after twenty years"


def test_a_title_that_is_only_the_site_name_gives_way_to_the_headline() -> None:
    record = "\n".join(
        [
            "Rampur Samachar",
            "Home | Politics | Region",
            "Council approves road repair plan for the old city",
            "Desk | 9 August 2025",
            "The municipal council approved a plan to repair the main roads of the old city at its"
            " meeting on Friday, the mayor said, with work to begin next month.",
            "© 2025 Rampur Samachar",
        ]
    )
    assert parse_page(record).headline == "Council approves road repair plan for the old city"


@pytest.mark.parametrize(
    ("row", "signature"),
    [
        ("12.08.2024 | Zespół Ankerwerk | 3 min czytania", "Zespół Ankerwerk"),
        ("Penulis: Admin2", "Admin2"),
        ("Publié le 22 mars 2024 par Rédaction", "Rédaction"),
        ("Geplaatst op 3 april 2024 door Fietsen Direct", "Fietsen Direct"),
        ("Publicado el 14 febrero, 2024 por admin_clinica en Actualidad", "admin_clinica"),
        ("May 7, 2024 | Politics", ""),
        ("May 7, 2024 | Local News", ""),
        ("Dodano: 2025-06-30 | Kategoria: Porady finansowe", ""),
    ],
)
def test_a_signature_in_a_date_row_above_the_story_is_the_byline(row: str, signature: str) -> None:
    record = "\n".join(
        [
            "Storm knocks out power to thousands across the county - Example",
            "Storm knocks out power to thousands across the county",
            row,
            "A line of thunderstorms knocked out power to thousands of homes across the county"
            " on Tuesday night, the utility said, and crews worked through the night.",
            "Power was restored to most homes by Wednesday morning, a spokesman for the utility"
            " said, though some outages in rural areas could last until the weekend.",
        ]
    )
    assert parse_page(record).byline == signature


def test_an_archive_month_is_no_second_date_of_a_dated_page() -> None:
    story = [
        "Grève des contrôleurs : 900 vols annulés - Exemple",
        "Grève des contrôleurs : 900 vols annulés",
        "Publié le 22 mars 2024 par Rédaction",
        "Près de 900 vols ont été annulés vendredi en raison d'une grève des contrôleurs"
        " aériens, a indiqué la direction générale de l'aviation civile jeudi soir.",
        "Les aéroports d'Orly et de Marseille sont les plus touchés, selon la même source,"
        " qui demande aux compagnies de réduire leurs programmes de vols.",
    ]
    archive = ["Archives", "mars 2024", "novembre 2013", "juin 2013"]
    page = parse_page("\n".join(story + archive))
    assert [c.value.isoformat() for c in page.date_candidates] == ["2024-03-22"]
    # With no other date, the month line is the page's date (day 1).
    undated = [story[0], story[1], "mars 2024", *story[3:]]
    assert str(parse_page("\n".join(undated)).published) == "2024-03-01"


@pytest.mark.parametrize(
    "heading",
    [
        "Podobne wpisy",
        "Fler nyheter",
        "Mer från Sundsvall Idag",
        "Διαβάστε ακόμα στο blog",
        "यह खबर भी पढ़ें",
        "함께 보면 좋은 글",
        "あなたにおすすめ",
        "Populaires",
    ],
)
def test_more_link_list_headings(heading: str) -> None:
    assert P.LINK_BLOCK_HEADING.match(heading)
