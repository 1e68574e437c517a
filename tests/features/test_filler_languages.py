"""Filler verticals in more languages (Greek, Persian, Hebrew, Bengali, Urdu, Malay, Tagalog,
Hungarian, Czech, Bulgarian, Serbian), the "doctors warn" teaser in Chinese, and CJK headlines
counted in words (two characters a word) so that their link blocks are headline blocks."""

from __future__ import annotations

import pytest

from detector.features._filler import match_any
from detector.features.link_blocks import LinkBlocksTopic, headline_words
from features._pages import block, politics_page


def vertical(text: str) -> str | None:
    hit = match_any(text)
    return hit[0] if hit else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ζώδια: Τι λένε τα άστρα για σήμερα", "horoscope"),
        ("ΖΩΔΙΑ: ΟΙ ΠΡΟΒΛΕΨΕΙΣ ΤΗΣ ΕΒΔΟΜΑΔΑΣ", "horoscope"),
        ("Λαϊκό Λαχείο: Οι τυχεροί αριθμοί", "lottery"),
        ("Πότε πληρώνονται οι συντάξεις Ιουλίου", "lookups"),
        ("فال روزانه متولدین هر ماه", "horoscope"),
        ("تعبیر خواب دیدن مار", "dreams"),
        ("הורוסקופ שבועי לכל המזלות", "horoscope"),
        ("আজকের রাশিফল: কেমন যাবে দিন", "horoscope"),
        ("خواب کی تعبیر جانیے", "dreams"),
        ("Keputusan 4D Magnum hari ini", "lottery"),
        ("Kahulugan ng panaginip tungkol sa ahas", "dreams"),
        ("Napi horoszkóp: mit tartogat a hét", "horoscope"),
        ("Mikor jön a nyugdíj? Így igényelheted", "lookups"),
        ("Cena zlata dnes stoupla", "prices"),
        ("Хороскоп за днес: зодия Овен", "horoscope"),
        ("Kada stiže isplata penzija za jul", "lookups"),
        ("Pensionarii primesc bani in plus: ce primesc din ianuarie", "lookups"),
        ("醫生提醒：這3種食物別再吃", "teaser"),
    ],
)
def test_new_language_rows(text: str, expected: str) -> None:
    assert vertical(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Hard news of the same words (legit risk): a price or result announced as news.
        "قیمت دلار امروز در بازار آزاد",  # Persian dailies' most-read carries this as news
        "Presyo ng bigas, bumaba ng P2 kada kilo",
        "Keputusan SPM diumumkan 19 Mac",
        "Η τιμή του πετρελαίου θέρμανσης σήμερα",
        "Parlament schválil rozpočet na příští rok",
        "Οι συνταξιούχοι διαδήλωσαν στην Αθήνα",
    ],
)
def test_news_of_the_same_topics_is_no_filler(text: str) -> None:
    assert vertical(text) is None


def test_cjk_headlines_count_two_characters_a_word() -> None:
    assert headline_words("美国总统大选结果今天公布") == 6
    assert headline_words("ภาษีใหม่") == 2  # 8 Thai code points
    assert headline_words("Apple iPhone 新品发布会") == 2 + 3
    assert headline_words("Senators see hope for talks") == 5
    assert headline_words("Новости") == 1


def test_a_chinese_related_block_is_read_as_headlines() -> None:
    page = politics_page(
        link_blocks=(
            block("相关阅读", "美国参议员访问北京讨论芬太尼问题", "中美两国外交官下月将再次会面"),
        ),
        language="zh",
    )
    got = LinkBlocksTopic().signal(page).as_dict()
    assert got["link_blocks_missing"] == 0.0
    assert got["headline_anchors"] == 2
