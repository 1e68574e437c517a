"""Filler TEMPLATES (`_filler_kinds`): a benefit plus when/how, a price plus today, a result plus
a look-up, the "doctors warn / this trick" teaser, in any language; three links of one kind
count; the story's own kind (from its headline, not the title's brand) does not."""

from __future__ import annotations

from detector.features._filler import filler_links, fold, match_any
from detector.features._filler_kinds import match as kind_match
from detector.features.link_blocks import LinkBlocksTopic
from features._pages import block, politics_page


def kind(text: str) -> str | None:
    hit = kind_match(fold(text), text.lower())
    return hit[0] if hit else None


def values(**changes: object) -> tuple[float, float]:
    got = LinkBlocksTopic().signal(politics_page(**changes)).as_dict()
    return got["links_filler_anchors"], got["links_filler_verticals"]


def test_benefit_plus_when_in_ro_tr_pt_ko_ru() -> None:
    assert kind("Când intră pensiile pe luna ianuarie") == "lookups"
    assert kind("Emekliye bayram ikramiyesi ne zaman yatacak?") == "lookups"
    assert kind("Bolsa Família de novembro: calendário completo") == "lookups"
    assert kind("11월 기초연금 지급일 총정리") == "lookups"
    assert kind("Пенсионерам напомнили о новой выплате") == "lookups"


def test_price_today_result_lookup_and_teaser() -> None:
    assert kind("Curs valutar euro azi") == "prices"
    assert kind("Giá vàng hôm nay 14/11: vàng nhẫn tăng") == "prices"
    assert kind("Cena złota dzisiaj") == "prices"
    assert kind("SSC GD Result 2026 Kab Aayega") == "results"
    assert kind("Wyniki losowania – sprawdź liczby") == "results"
    assert kind("醫生警告：每天早上做這件事") == "teaser"
    assert kind("Este truque simples faz sua conta de luz cair") == "teaser"
    assert kind("Les médecins alertent sur ce réflexe") == "teaser"


def test_news_uses_of_the_same_words_are_no_template() -> None:
    # One part alone: a price or a pension in hard news, a rate with a decimal, "today" alone.
    assert kind("Pension reform clears the Senate after a long night") is None
    assert kind("Fed holds rates at 4.25 as inflation cools") is None
    assert kind("Centrum miasta dzisiaj zamknięte dla ruchu") is None
    assert kind("Конкурс чтецов пройдет сегодня в центре города") is None
    assert kind("Election results: the vote count in every county") is None
    assert kind("Euro 2028 draw today in Dublin") is None


def test_three_links_of_one_kind_under_two_headings_count() -> None:
    related = block("أخبار ذات صلة", "سعر الذهب اليوم الأحد في مصر", "حالة الطقس غدا في القاهرة")
    most = block(
        "الأكثر قراءة", "سعر الدولار اليوم في البنوك", "أسعار الخضروات اليوم في سوق العبور"
    )
    assert values(language="ar", link_blocks=(related, most)) == (3.0, 1.0)
    # Under one heading, they are a site's own section (a finance desk's price list).
    one = block("Lesen Sie auch", *(t.text for t in related.anchors[:1] + most.anchors))
    assert values(language="ar", link_blocks=(one,)) == (0.0, 0.0)
    two = block("Cele mai citite", "Curs valutar euro azi", "Prețul aurului azi, 14 martie")
    assert values(language="ro", link_blocks=(two,)) == (0.0, 0.0)


def test_templates_make_a_second_vertical_in_fr_tr() -> None:
    fr = block(
        "Les plus lus",
        "Chèque énergie : qui va le recevoir en septembre ?",
        "Ce geste que tout le monde fait le matin abîme votre lave-vaisselle",
        "Les médecins alertent sur ce réflexe du soir",
    )
    assert values(language="fr", link_blocks=(fr,)) == (3.0, 2.0)
    tr = block(
        "İlginizi Çekebilir",
        "Emekli bayram ikramiyesi ne zaman yatacak? Tarih belli oldu",
        "Gram altın bugün ne kadar oldu, işte fiyatlar",
    )
    assert values(language="tr", link_blocks=(tr,)) == (2.0, 2.0)


def test_one_teaser_is_no_vertical() -> None:
    # Real tabloids run "Mit diesem Trick ..." too: one teaser beside one other kind is quiet.
    de = block(
        "Lesen Sie auch",
        "Mit diesem Trick sichern Sie sich zwei Gratis-Monate",
        "Stellenangebote in Düsseldorf: 200 Jobs offen",
    )
    assert values(language="de", link_blocks=(de,)) == (0.0, 0.0)


def test_a_finance_story_links_its_own_kind_and_the_brand_names_no_topic() -> None:
    prices = block(
        "Related",
        "Gold price today: what the Fed means for bullion",
        "Dollar rate today against the pound and the euro",
        "Petrol prices today in every state",
    )
    page = politics_page(
        headline="Gold price today climbs to a record as the dollar slips",
        link_blocks=(prices,),
    )
    assert LinkBlocksTopic().signal(page).as_dict()["links_filler_anchors"] == 0.0
    # A brand in the title ("... | Naukri Yojana Update") is not the story's topic.
    yojana = block(
        "Related Posts",
        "PM Kisan 22वीं किस्त: इस दिन खाते में आएंगे 2000 रुपये",
        "Free Silai Machine Yojana 2026: आवेदन कैसे करें",
        "Ration Card Yojana New List 2026: चेक करें नाम",
    )
    page = politics_page(
        headline="UP Sheetlahar: कई जिलों में स्कूल बंद",
        title="UP Sheetlahar: कई जिलों में स्कूल बंद - Naukri Yojana Update",
        link_blocks=(yojana,),
    )
    assert len(filler_links(page)) == 3
    assert match_any("Naukri Yojana Update") is not None  # the title alone would have hidden them
