"""leftovers_v1: stray template labels, chatbot phrases, spintax, feed footers."""

from __future__ import annotations

import re
import string

import pytest

from detector.features.leftovers import _FOLD, CHATBOT, Leftovers, chatbot_matches
from features._republisher_pages import (
    STORY,
    evidence,
    fire_share,
    real_sample,
    seed_page,
    story_page,
    values,
)


def test_seed_golden_stray_labels() -> None:
    page = seed_page()
    v = values(Leftovers(), page)
    assert v["left_orphan_labels"] >= 1  # "View" with no count
    assert v["left_glued_labels"] >= 1  # "Date:2025-04-24 11:43:07"
    assert v["left_cms_labels"] >= 1  # "Current:"
    text = evidence(Leftovers(), page)
    for label in ('"View"', '"Current:"', '"Date:2025-04-24 11:43:07"'):
        assert label in text


@pytest.mark.parametrize(
    "lines",
    [
        ("Views", "1,234"),  # a view count with its number
        ("Date:", "November 5, 2012"),  # a date label with its value on the next line
        ("Autor:innen",),  # German gender-neutral spelling, not a glued label
        ("Date: 2023-10-10",),  # spaced, not glued
    ],
)
def test_labels_with_their_values_are_not_leftovers(lines: tuple[str, ...]) -> None:
    v = values(Leftovers(), story_page(other_lines=lines))
    assert (
        v["left_orphan_labels"] == 0 and v["left_glued_labels"] == 0 and v["left_cms_labels"] == 0
    )


def test_chinese_labels_only_count_on_pages_in_other_languages() -> None:
    lines = ("来源：新华社", "责任编辑：王明")
    assert values(Leftovers(), story_page(other_lines=lines, language="en"))["left_cms_labels"] == 2
    assert values(Leftovers(), story_page(other_lines=lines, language="zh"))["left_cms_labels"] == 0


@pytest.mark.parametrize(
    "para",
    [
        "As an AI language model, I cannot browse the internet.",
        "I cannot fulfill this request because it asks me to copy an article.",
        "Rewritten article: US senators see hope for fentanyl talks",
        "Sure, here is the article rewritten in a unique way:",
        "Certainly! Here's a rewritten version of the news story.",
        "Title: US senators see a glimmer of hope",
        "Como modelo de lenguaje, no puedo acceder a internet.",
        "En tant que modèle de langage, je ne peux pas le faire.",
        "Als KI-Sprachmodell habe ich keinen Zugriff auf aktuelle Nachrichten.",
        "作为一个AI语言模型，我无法访问互联网。",
        "I hope this helps! Let me know if you need any further changes.",
        "I apologize, but I cannot verify the accuracy of these claims.",
    ],
)
def test_chatbot_leftovers_in_several_languages(para: str) -> None:
    page = story_page(paragraphs=(para, *STORY))
    assert values(Leftovers(), page)["left_chatbot"] >= 1
    assert "chatbot leftover" in evidence(Leftovers(), page)


CHATBOT_TEXTS = [
    "As an AI language model, I cannot browse the internet.",
    "Sure, here is the article rewritten in a unique way:",
    "Certainly! Here's a rewritten version of the news story.",
    "  Title: US senators see a glimmer of hope",
    "I'm sorry, but I cannot do that. Regenerate response",
    "SEO Title: senators | Meta Description: talks",
    "As of my last knowledge cutoff, my knowledge cutoff was 2021. I hope this helps!",
    "Let me know if you would like me to make further changes or tweak it.",
    "Como um modelo de linguagem, come un modello linguistico, sebagai model bahasa, als KI",
    "作为一个AI语言模型，我无法访问互联网。",
    "AS AN AI DEVELOPED BY OpenAI, İ CANNOT COMPLY WİTH THİS. I cannot assist with that.",
    "ſpun article: as an aı model, I apologiſe, but ı do not have it. Here is the text.",
    "The language model of the treaty was revised by both sides: here is where the talks stand.",
]


@pytest.mark.parametrize("text", CHATBOT_TEXTS)
def test_chatbot_matches_are_the_whole_alternations(text: str) -> None:
    for snippet in (text, text.upper(), text.lower(), f"x {text}", text[7:]):
        expected = [m.group(0) for m in CHATBOT.finditer(snippet)]
        assert [m.group(0) for m in chatbot_matches(snippet)] == expected


def test_fold_covers_every_character_re_matches_to_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        ch = chr(code)
        if letter.fullmatch(ch):
            ascii_letter = next(a for a in string.ascii_lowercase if re.fullmatch(a, ch, re.I))
            assert ch.translate(_FOLD).lower() == ascii_letter, hex(code)


def test_preamble_outside_the_main_text_counts_but_title_lines_there_do_not() -> None:
    page = story_page(other_lines=("Menu", "Rewritten article:", "Share"))
    assert values(Leftovers(), page)["left_chatbot"] == 1
    library = story_page(other_lines=("Title: Annual report 2004", "Author: J. Smith"))
    assert values(Leftovers(), library)["left_chatbot"] == 0


def test_ordinary_prose_is_not_a_chatbot_leftover() -> None:
    page = story_page(
        paragraphs=(
            *STORY,
            "The senator said here is where the talks stand, and the title of the bill is long.",
            "The language model of the treaty was revised by both sides, officials said.",
            "Let me know if you have questions, the columnist wrote. I hope this helps you decide.",
            "Here’s a unique gift idea for the holidays, and here is the revised schedule.",
        )
    )
    assert values(Leftovers(), page)["left_chatbot"] == 0


def test_spintax() -> None:
    page = story_page(paragraphs=("This is a {good|great|fine} way to {earn|make} money online.",))
    assert values(Leftovers(), page)["left_spintax"] == 2
    for text in ("The set {x | x > 0} is open.", 'config = {"a": 1}', "{a|b: c}"):
        assert values(Leftovers(), story_page(paragraphs=(text,)))["left_spintax"] == 0


@pytest.mark.parametrize(
    "footer",
    [
        "The post US senators see hope appeared first on Daily News Hub.",
        "Der Beitrag Senatoren sehen Hoffnung erschien zuerst auf Nachrichten.",
        "L’article Les sénateurs espèrent est apparu en premier sur Info.",
    ],
)
def test_feed_footers(footer: str) -> None:
    page = story_page(paragraphs=(*STORY, footer))
    assert values(Leftovers(), page)["left_feed_footer"] == 1
    assert "feed footer" in evidence(Leftovers(), page)


@pytest.mark.parametrize(
    "footer",
    [
        "ظهرت المقالة ارتفاع جديد في أسعار الذهب هذا الأسبوع أولاً على مصر اليوم نيوز.",
        "Wpis Pożar hali magazynowej w Ostrowie pochodzi z serwisu Gazeta Wielkopolski.",
        "Artykuł Pożar hali magazynowej w Ostrowie pochodzi z serwisu Gazeta Wielkopolski.",
        "Сообщение Сенаторы видят надежду на сделку появились сначала на Новости Дня.",
        "Запис Сенатори бачать надію на угоду спочатку з'явився на Новини Дня.",
        "Senatörler anlaşma için umutlu yazısı ilk önce Günün Haberleri üzerinde ortaya çıktı.",
        "Pos Senator melihat harapan kesepakatan muncul pertama kali di Kabar Harian.",
        "Bài viết Thượng nghị sĩ hy vọng vào thỏa thuận xuất hiện đầu tiên tại Tin Tức 24h.",
        "投稿 上院議員が合意に期待を示す は 毎日ニュース に最初に表示されました。",
        "O artigo Senadores veem esperança no acordo apareceu primeiro em Diário Hoje.",
        "Het artikel Senatoren zien hoop op akkoord verscheen eerst op Dagblad Nu.",
        "Příspěvek Senátoři vidí naději na dohodu se nejdříve objevil na Denní zprávy.",
        "نوشته سناتورها به توافق امیدوارند اولین بار در خبر روز پدیدار شد.",
    ],
)
def test_feed_footers_in_other_languages(footer: str) -> None:
    page = story_page(paragraphs=(*STORY, footer))
    assert values(Leftovers(), page)["left_feed_footer"] == 1
    assert "feed footer" in evidence(Leftovers(), page)


def test_translated_feed_footer_split_over_lines_by_its_links() -> None:
    lines = ("ظهرت المقالة", "وزير النقل يعلن موعد تشغيل القطار", "أولاً على", "المصدر اليوم", ".")
    page = story_page(other_lines=lines)
    assert values(Leftovers(), page)["left_feed_footer"] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The band first appeared on television in 1985, a year before their debut album.",
        "Il post pubblicato ieri dal ministro, secondo la polizia, proviene da un profilo falso.",
        "Zdjęcie pochodzi z serwisu Unsplash, a dane z raportu ministerstwa.",
        "NEET muncul pertama kali di Jepang pada tahun 1990 untuk kaum muda tanpa pekerjaan.",
        "该病毒最先出现在武汉，随后传播到全国各地。",
        "이 별자리는 1598년 천구의에 처음 나타났습니다.",
        "Bu tür yapılar ilk önce Anadolu'da ortaya çıktı ve sonra yayıldı.",
        "Запись выступления впервые появилась в сети в прошлом году.",
    ],
)
def test_story_sentences_are_not_feed_footers(sentence: str) -> None:
    page = story_page(paragraphs=(*STORY, sentence))
    assert values(Leftovers(), page)["left_feed_footer"] == 0


def test_leftovers_found_past_menus_inside_a_text_records_main_text() -> None:
    links = tuple(f"Unrelated headline number {i}" for i in range(12))
    paras = (
        "Sure, here is the rewritten article:",
        *(s + " More words follow here." for s in STORY * 3),
        "I apologize, but I cannot verify the accuracy of these claims.",
        "The post Senators See Hope appeared first on Daily Times.",
        "Related",
        *links,
        "© 2017-2026 Smart Feed. All rights reserved.",
    )
    page = story_page(kind="text", paragraphs=paras)
    v = values(Leftovers(), page)
    assert v["left_chatbot"] == 2 and v["left_feed_footer"] == 1


def test_feed_footer_split_over_lines_by_its_links() -> None:
    lines = ("Read more", "The post", "Senators See Hope", "appeared first on", "Daily Times", ".")
    page = story_page(other_lines=lines)
    assert values(Leftovers(), page)["left_feed_footer"] == 1


@pytest.mark.parametrize("line", ["Source link", "Read original article", "View original"])
def test_autoblog_source_link_lines(line: str) -> None:
    page = story_page(other_lines=("Tags:", line, "Related"))
    assert values(Leftovers(), page)["left_points_elsewhere"] == 1


def test_points_elsewhere_but_not_to_itself() -> None:
    out = story_page(
        site_name="Example News", paragraphs=(*STORY, "Read more at The Daily Original")
    )
    assert values(Leftovers(), out)["left_points_elsewhere"] == 1
    own = story_page(site_name="Example News", paragraphs=(*STORY, "Read more at Example News"))
    assert values(Leftovers(), own)["left_points_elsewhere"] == 0
    dated = story_page(paragraphs=(*STORY, "First published on November 19, 2019 / 7:03 AM"))
    assert values(Leftovers(), dated)["left_points_elsewhere"] == 0


def test_source_lines_naming_another_site() -> None:
    page = story_page(other_lines=("Source: https://www.original-news.com/world/123",))
    assert values(Leftovers(), page)["left_points_elsewhere"] == 1
    own = story_page(other_lines=("Source: https://www.example-news.com/world/123",))
    assert values(Leftovers(), own)["left_points_elsewhere"] == 0


@pytest.mark.parametrize(
    "line",
    [
        "引用元: https://hayabusa.open2ch.net/test/read.cgi/news4vip/1710377892/",
        "出典：https://www.original-news.com/world/123",
        "Источник: https://www.original-news.ru/123",
        "Sumber: https://www.original-news.com/123",
    ],
)
def test_source_lines_in_other_languages(line: str) -> None:
    page = story_page(other_lines=(line,))
    assert values(Leftovers(), page)["left_points_elsewhere"] == 1


@pytest.mark.parametrize(
    "line",
    [
        "免责声明：本文内容来源于网络，如有侵权请联系删除。",
        "声明：本站部分内容来源于网络，版权归原作者所有。",
        "We do not own the rights to this content. If you are the owner, contact us.",
        "If you are the copyright owner of this article and want it removed, email us.",
        "All credits go to the original authors.",
        "Все материалы взяты из открытых источников.",
        "Copyright © 2025 KabarViral88 | Semua artikel diambil dari berbagai sumber",
        "All content on this site is collected from the internet and removed upon request.",
        "Nguồn: Sưu tầm",
    ],
)
def test_taken_content_disclaimers_count_once_a_line(line: str) -> None:
    page = story_page(other_lines=("Tags:", line, "Related"))
    assert values(Leftovers(), page)["left_points_elsewhere"] == 1
    assert "points elsewhere" in evidence(Leftovers(), page)


@pytest.mark.parametrize(
    "line",
    [
        "本站新闻来源：新华社",  # a credit to a named source, not a disclaimer
        "We do not own a car, so we took the bus.",
        "Photo credits go to our staff photographers.",
        "무단전재 및 재배포 금지",  # "no reproduction": an outlet guarding its own copy
        "Sources: Reuters, AP and our own reporting from the internet desk",
    ],
)
def test_ordinary_lines_are_no_disclaimers(line: str) -> None:
    page = story_page(other_lines=("Tags:", line, "Related"))
    assert values(Leftovers(), page)["left_points_elsewhere"] == 0


def test_real_pages_rarely_show_leftovers() -> None:
    pages = real_sample()
    # Measured on all 4,395 real pages: chatbot 0%, cms 0.1%, orphan 1.3%, glued 0.5%.
    assert fire_share(Leftovers(), "left_chatbot", pages) <= 0.01
    assert fire_share(Leftovers(), "left_cms_labels", pages) <= 0.02
    assert fire_share(Leftovers(), "left_orphan_labels", pages) <= 0.05
    assert fire_share(Leftovers(), "left_glued_labels", pages) <= 0.05
    assert fire_share(Leftovers(), "left_feed_footer", pages) <= 0.01
