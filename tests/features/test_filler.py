"""link_blocks_v1's filler-vertical links: horoscope, lottery, gold-price, loan... links fire in
any language (text, URL slug, in-body inserts); menus, on-topic inserts and one-off links don't."""

from __future__ import annotations

from detector.features._filler import filler_links, inserts, match, slug_text
from detector.features.link_blocks import LinkBlocksTopic
from detector.page import Anchor, LinkBlock, Page
from features._pages import block, check_contract, fire_share, politics_page, real_pages


def run(**changes: object) -> tuple[dict[str, float], tuple[str, ...]]:
    sig = LinkBlocksTopic().signal(politics_page(**changes))
    return sig.as_dict(), sig.evidence


def test_spanish_related_block_of_horoscope_and_dreams_fires() -> None:
    related = block(
        "Artículos relacionados",
        "¿Qué significa soñar con agua? Descubre aquí",
        "Horóscopo de hoy martes 20 de febrero",
        "El Congreso aprueba la reforma de pensiones",
    )
    got, evidence = run(language="es", link_blocks=(related,))
    assert got["links_filler_anchors"] == 2.0
    assert got["links_filler_verticals"] == 2.0
    line = next(e for e in evidence if "filler verticals" in e)
    assert "(horoscope" in line and "(dreams" in line and "Horóscopo de hoy" in line


def test_arabic_read_also_inserts_in_the_body_fire() -> None:
    story = (
        "ارتفعت أسعار الخبز المدعم في المدينة وسط احتجاجات التجار على القرار الجديد.",
        "اقرأ أيضاً: سعر الذهب اليوم الثلاثاء في محلات الصاغة.. عيار 21 يسجل رقماً جديداً",
        "وقال مسؤول في المحافظة إن القرار سيراجع الأسبوع المقبل بعد اجتماع مع النقابة.",
        "اقرأ أيضاً: حظك اليوم وتوقعات الأبراج الثلاثاء 16 يوليو",
    )
    got, _ = run(language="ar", paragraphs=story)
    assert got["links_filler_anchors"] == 2.0
    assert got["links_filler_verticals"] == 2.0


def test_url_slugs_name_the_vertical_when_the_text_does_not() -> None:
    related = LinkBlock(
        "Bài viết liên quan",
        (
            Anchor("Bản tin sáng thứ ba ngày 8/10", "/xa-hoi/gia-vang-hom-nay-8-10/", True),
            Anchor("Những điều cần biết trong ngày", "/doi-song/tu-vi-hom-nay-8-10/", True),
        ),
    )
    got, _ = run(language="vi", link_blocks=(related,))
    assert got["links_filler_verticals"] == 2.0


def test_swahili_and_thai_inserts_outside_the_story_fire() -> None:
    lines = (
        "Nyumbani",
        "Habari",
        "SOMA PIA: Odds Bora Leo – Bashiri Mechi za EPL na Ushinde Mara 10",
        "SOMA PIA: Jinsi ya Kupata Mkopo wa Haraka Bila Dhamana kwa Simu",
    )
    got, _ = run(language="sw", other_lines=lines)
    assert (got["links_filler_anchors"], got["links_filler_verticals"]) == (2.0, 2.0)
    thai = ("หน้าแรก", "ข่าวที่เกี่ยวข้อง", "เลขเด็ดงวดนี้ 16/11/67 แนวทางจากอาจารย์ดัง", "ดูดวงรายสัปดาห์ 12 ราศี")
    got, _ = run(language="th", other_lines=thai)
    assert got["links_filler_verticals"] == 2.0


def test_one_vertical_and_menu_items_stay_quiet() -> None:
    # A real outlet's horoscope section, linked once, and its menu of services.
    blocks = (
        block(
            "Most read", "Your horoscope for the week ahead, sign by sign", "Senate passes budget"
        ),
        block("More from us", "Exam Results", "Lotto Results", "Horoscopes", "Weather"),
    )
    got, evidence = run(link_blocks=blocks)
    assert (got["links_filler_anchors"], got["links_filler_verticals"]) == (0.0, 0.0)
    assert not any("filler" in e for e in evidence)


def test_on_topic_inserts_and_mixed_section_fronts_stay_quiet() -> None:
    story = (
        "Hujan deras memicu banjir lahar di lereng Merapi pada Senin malam.",
        "Baca Juga: BPBD Sleman Petakan 14 Titik Rawan Banjir Lahar",
        "Warga diminta menjauhi aliran sungai sampai status dicabut.",
    )
    front = block(
        "Terpopuler",
        "Harga beras naik di pasar tradisional Sleman",
        "PSS Sleman menang 2-0 atas Persis Solo",
        "Gubernur resmikan jembatan baru di Kulon Progo",
    )
    got, _ = run(language="id", paragraphs=story, link_blocks=(front,))
    assert got["links_filler_verticals"] == 0.0


def test_links_in_the_story_own_vertical_do_not_count() -> None:
    related = block(
        "Related",
        "Horoscope for Aries: a week of surprises at work",
        "Horoscope for Taurus: money matters come first",
        "Powerball results: winning numbers for Saturday",
    )
    page = politics_page(headline="Your horoscope for today, sign by sign", link_blocks=(related,))
    assert [link.vertical for link in filler_links(page)] == ["lottery"]
    got = LinkBlocksTopic().signal(page).as_dict()
    assert got["links_filler_verticals"] == 0.0


def test_lexicon_matches_phrases_not_bare_words() -> None:
    assert match("Horóscopo de hoy") == ("horoscope", "horoscop")
    assert match("Giá vàng hôm nay tăng mạnh") == ("prices", "gia vang")
    assert match("梦见洪水是什么意思？") == ("dreams", "梦见")
    # Hard-news uses of the same words.
    assert match("El Madrid vuelve a soñar con la Champions") is None
    assert match("Judicial review of the gold mine permit") is None
    assert match("Student loan forgiveness plan blocked by court") is None


def test_slug_text_and_inserts() -> None:
    assert (
        slug_text("https://x.vn/doi-song/tu-vi-hom-nay-8-10/?a=1") == "doi song tu vi hom nay 8 10"
    )
    assert slug_text("/entry/K-%ED%8C%A8%EC%8A%A4") == "entry K 패스"
    lines = [
        "Baca Juga: Kode Redeem FF Hari Ini Terbaru",
        "Baca Juga:",
        "Harga Emas Antam Hari Ini",
    ]
    assert inserts(lines) == [
        ("Baca Juga", "Kode Redeem FF Hari Ini Terbaru"),
        ("Baca Juga", "Harga Emas Antam Hari Ini"),
    ]
    assert inserts(["Politik: Menteri baru dilantik hari ini di Jakarta"]) == []


def test_empty_page_is_quiet() -> None:
    got = LinkBlocksTopic().signal(Page()).as_dict()
    assert got["links_filler_anchors"] == 0.0 and got["links_filler_verticals"] == 0.0


def test_quiet_on_real_outlet_pages_and_keeps_the_contract() -> None:
    # On all 8,769 real page versions (HTML and text): 1 page fires (a horoscope column and a
    # lottery-win story on a Miami daily).
    pages = real_pages()
    assert fire_share(LinkBlocksTopic(), "links_filler_verticals", pages) == 0.0
    farm = politics_page(
        link_blocks=(
            block("Related", "Horoscope for Aries this week", "Powerball results for Saturday"),
        )
    )
    check_contract(LinkBlocksTopic(), [*pages[:5], farm])


def test_exchange_rate_horoscope_and_card_links_fire_in_ru_uk_fr() -> None:
    ru = block(
        "Читайте также",
        "Курс доллара на сегодня: прогноз аналитиков",
        "Лунный календарь на завтра: благоприятные дни",
    )
    got, _ = run(language="ru", link_blocks=(ru,))
    assert got["links_filler_verticals"] == 2.0
    uk = ("Популярне", "Гороскоп на квітень для всіх знаків", "Курс долара на сьогодні в банках")
    got, _ = run(language="uk", other_lines=uk)
    assert got["links_filler_verticals"] == 2.0
    fr = block(
        "Articles similaires",
        "Les 7 meilleures cartes de crédit pour voyager",
        "Ces 3 signes astrologiques vont connaître la chance",
    )
    got, _ = run(language="fr", link_blocks=(fr,))
    assert (got["links_filler_anchors"], got["links_filler_verticals"]) == (2.0, 2.0)


def test_swahili_jobs_and_exam_results_are_two_verticals() -> None:
    jobs = (
        "ANGALIA PIA:",
        "NAFASI MPYA ZA KAZI LEO OKTOBA 2024",
        "AJIRA MPYA SERIKALINI MACHI 2024",
    )
    got, _ = run(language="sw", other_lines=jobs)
    assert got["links_filler_verticals"] == 0.0  # a careers list: one vertical
    got, _ = run(language="sw", other_lines=(*jobs, "MATOKEO YA DARASA LA SABA 2024 - BOFYA HAPA"))
    assert (got["links_filler_anchors"], got["links_filler_verticals"]) == (3.0, 2.0)


def test_casino_game_tips_and_lottery_results_fire_in_portuguese() -> None:
    more = block(
        "Mais lidas",
        "Fortune Tiger: horários pagantes hoje",
        "Resultado da Quina de hoje, concurso 6620",
    )
    got, _ = run(language="pt", link_blocks=(more,))
    assert got["links_filler_verticals"] == 2.0


def test_new_phrases_leave_news_uses_of_the_same_words() -> None:
    assert match("Курс доллара на сегодня") == ("prices", "курс доллара")
    assert match("Die 10 besten Kreditkarten im Vergleich") == ("loans", "besten kreditkarten")
    assert match("Lowongan kerja BUMN Maret 2026") == ("jobs", "lowongan kerja")
    for news in (
        "Le dollar recule face à l'euro après la Fed",
        "Die Kreditkarte wird 70 Jahre alt",
        "Kredyt hipoteczny bez zmian: RPP utrzymała stopy",
        "Nafasi ya Tanzania katika soko la dunia yaimarika",
        "Banks tighten credit card rules after fraud wave",
        "Stellenabbau bei Autozulieferer trifft 2.000 Beschäftigte",
    ):
        assert match(news) is None, news


def test_fuel_pension_casino_and_insurance_kinds_in_several_languages() -> None:
    kinds = {
        "Benzin ve motorin güncel fiyatlar: akaryakıta zam geldi mi?": "prices",
        "Ceny paliw na stacjach – prognoza na weekend": "prices",
        "Precio de la gasolina hoy en todo el país": "prices",
        "今日油价最新消息": "prices",
        "Emekliye bayram ikramiyesi ne zaman yatacak?": "lookups",
        "Пенсионерам рассказали о новой выплате": "lookups",
        "Kiedy wypłata 14. emerytury w 2027 roku?": "lookups",
        "2026年养老金调整最新消息": "lookups",
        "Najlepsze kasyna online w Polsce – ranking": "betting",
        "Tanie OC dla młodego kierowcy – porównanie": "loans",
        "Lịch âm hôm nay 7/12/2026": "horoscope",
    }
    for text, vertical in kinds.items():
        got = match(text)
        assert got is not None and got[0] == vertical, text
    # A verb, not the betting vertical; local service look-ups stay neutral.
    for news in (
        "Why investors are betting on chip makers",
        "Kırşehir'de bugün nöbetçi eczaneler",
        "Kırşehir namaz vakitleri",
    ):
        assert match(news) is None, news


def test_a_link_names_another_vertical_beside_the_storys_own() -> None:
    # The story is on job vacancies: the student-loan link still counts as a loan.
    assert match("Jinsi ya Kuomba Mkopo wa Elimu ya Juu", skip={"lookups"}) == ("loans", "mkopo")


def test_listed_headlines_in_a_text_record_fire_under_any_label() -> None:
    lines = (
        "Share to WhatsApp",
        "Nyingine Zaidi",
        "AJIRA MPYA: Nafasi za kazi Serikalini Desemba 2026",
        "VIDEO: Tazama kilichotokea harusini Dar es Salaam",
        "Habari Maarufu",
        "Msanii maarufu azungumzia tetesi za kuachana",
        "Bei mpya za mafuta Desemba 2026 zimetangazwa",
    )
    got, _ = run(language="sw", kind="text", other_lines=lines)
    assert got["links_filler_verticals"] == 2.0
    turkish = (
        "Bu haberlere de göz atın",
        "Emekliye bayram ikramiyesi ne zaman yatacak? Tarih belli oldu",
        "Akaryakıta zam geldi mi? Benzin ve motorin güncel fiyatlar",
    )
    got, _ = run(language="tr", kind="text", other_lines=turkish)
    assert got["links_filler_verticals"] == 2.0
    # An HTML page's "Son Dakika" ticker is often no link block: its lines are read too.
    got, _ = run(language="tr", kind="html", other_lines=("Son Dakika", *turkish[1:]))
    assert got["links_filler_verticals"] == 2.0
    # Without a label line above them, an HTML page's loose lines may be prose cut into lines.
    got, _ = run(language="tr", kind="html", other_lines=turkish[1:])
    assert got["links_filler_verticals"] == 0.0


def test_menu_lines_and_ads_in_a_text_record_do_not_count() -> None:
    menu = ("- Dólar blue hoy", "- Horóscopo de hoy", "- Loterías y Quinielas", "- Clima")
    got, _ = run(language="es", kind="text", other_lines=menu)
    assert got["links_filler_verticals"] == 0.0
    # A legit paper's loan ad under "PUBLICITATE" beside its horoscope (tuvw w_24).
    paper = (
        "PUBLICITATE",
        "Oferte speciale la Kaufmarkt Bistrița – vezi catalogul",
        "Credit rapid fără adeverință de venit – aplică online",
        "Cele mai citite",
        "Accident grav pe DN17, la ieșirea din oraș",
        "Horoscop 9 martie 2026 pentru toate zodiile",
    )
    got, _ = run(language="ro", kind="text", other_lines=paper)
    assert got["links_filler_verticals"] == 0.0


def test_public_service_clickbait_kinds_fire_in_de_ar_en() -> None:
    de = block(
        "Weitere Meldungen aus Lippstadt",
        "Blitzer Soest heute: Hier wird am Freitag geblitzt",
        "Spritpreise Soest: Hier tanken Sie heute am günstigsten",
    )
    got, _ = run(language="de", link_blocks=(de,))
    assert got["links_filler_verticals"] == 2.0
    ar = block(
        "الأكثر قراءة", "تردد قناة النهار الجديد على نايل سات", "نتيجة الشهادة الإعدادية 2026"
    )
    got, _ = run(language="ar", link_blocks=(ar,))
    assert got["links_filler_verticals"] == 2.0
    en = block(
        "Latest", "Best VPN for Travel in 2026, Tested", "Personal Loan Rates Fall Again This Week"
    )
    got, _ = run(language="en", link_blocks=(en,))
    assert got["links_filler_verticals"] == 2.0


def test_benefit_dates_and_result_lookups_in_fr_es_it_ru() -> None:
    kinds = {
        "Chèque énergie : les dates de versement enfin connues": "lookups",
        "Pensión Bienestar: fechas de pago de octubre": "lookups",
        "Bollette, arriva il bonus: ecco come richiederlo": "lookups",
        "Названы три знака зодиака, которым повезёт": "horoscope",
        "Precio del gas LP en Celaya esta semana": "prices",
        "Resultados del examen de admisión 2026": "results",
    }
    for text, vertical in kinds.items():
        got = match(text)
        assert got is not None and got[0] == vertical, text


def test_local_utilities_stay_neutral_and_one_vertical_stays_quiet() -> None:
    # A Turkish local's service links (pharmacy, prayer times, weather) count for nothing.
    local = block(
        "Hizmetler",
        "Ereğli nöbetçi eczane listesi için tıklayın",
        "Ereğli namaz vakitleri ve imsakiye 2026",
        "Ereğli hava durumu: hafta sonu yağmur bekleniyor",
    )
    got, _ = run(language="tr", link_blocks=(local,))
    assert got["links_filler_verticals"] == 0.0
    # A paper's careers list links one vertical only.
    jobs = block(
        "Jobs", "Job vacancies at the county hospital", "Government jobs: 2,000 teachers wanted"
    )
    got, _ = run(language="en", link_blocks=(jobs,))
    assert got["links_filler_verticals"] == 0.0
