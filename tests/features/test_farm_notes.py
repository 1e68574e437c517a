"""Farm notes: chatbot framing, in-story Google News and messenger calls, no-tie disclaimers."""

from __future__ import annotations

import pytest

from detector.features.farm_notes import FarmNotes
from detector.page import Page
from features._republisher_pages import STORY, story_page

LONG = (*STORY, *STORY, *STORY)  # 150+ words: a story, not a contact page


def _values(page: Page) -> tuple[float, ...]:
    return FarmNotes().extract(page)[0]


@pytest.mark.parametrize(
    "preamble",
    [
        "Voici une réécriture de l'article dans un style journalistique :",
        "Hier ist eine umgeschriebene Version des Artikels:",
        "Berikut adalah versi artikel yang telah ditulis ulang:",
        "Ecco una riscrittura dell'articolo in stile giornalistico:",
        "Articolo riscritto:",
    ],
)
def test_a_rewrite_preamble_at_the_story_head_fires(preamble: str) -> None:
    page = story_page(paragraphs=("Par la rédaction", preamble, *LONG))
    assert _values(page)[0] == 1.0


@pytest.mark.parametrize(
    "sign_off",
    ["J'espère que cela vous convient !", "Ich hoffe, das hilft!", "Hy vọng điều này hữu ích."],
)
def test_a_model_sign_off_at_the_story_end_fires(sign_off: str) -> None:
    assert _values(story_page(paragraphs=(*LONG, sign_off)))[0] == 1.0


def test_a_human_here_is_line_or_a_summary_box_is_quiet() -> None:
    page = story_page(
        paragraphs=("Here's my summary from back then:", "Summary:", *LONG, "Version:")
    )
    assert _values(page)[0] == 0.0


def test_a_preamble_in_the_middle_of_a_long_story_is_quiet() -> None:
    page = story_page(paragraphs=(*LONG, "Voici une réécriture de l'article :", *LONG))
    assert _values(page)[0] == 0.0


@pytest.mark.parametrize(
    "call",
    [
        "Suivez Example News sur Google Actualités",
        "تابعوا Example News على جوجل نيوز",
        "Ikuti berita terkini Example News di Google News",
    ],
)
def test_a_google_news_call_inside_the_story_fires(call: str) -> None:
    page = story_page(paragraphs=(*LONG, call), site_name="Example News")
    assert _values(page)[1] == 1.0


def test_a_google_news_button_in_the_chrome_or_a_share_bar_is_quiet() -> None:
    page = story_page(
        paragraphs=(*LONG, "Facebook X WhatsApp Google News पर फॉलो करें"),
        other_lines=("Follow Example News on Google News",),  # an HTML page's own button
        site_name="Example News",
    )
    assert _values(page)[1] == 0.0


def test_a_story_about_google_news_is_quiet() -> None:
    page = story_page(paragraphs=(*LONG, "Google News launched on September 22, 2002."))
    assert _values(page)[1] == 0.0


@pytest.mark.parametrize(
    "call",
    [
        "ऐसी ही ताजा खबरों के लिए हमारे WhatsApp ग्रुप से जुड़ें",
        "Entre no nosso grupo do WhatsApp e receba notícias em primeira mão",
        "Join our Telegram channel for the latest updates",
    ],
)
def test_a_messenger_join_call_closing_the_story_fires(call: str) -> None:
    assert _values(story_page(paragraphs=(*LONG, call)))[2] == 1.0


def test_a_messenger_follow_button_in_the_chrome_is_quiet() -> None:
    page = story_page(paragraphs=LONG, other_lines=("Join our WhatsApp channel",))
    assert _values(page)[2] == 0.0


@pytest.mark.parametrize(
    "note",
    [
        "Este site não possui vínculo com nenhum órgão do governo.",
        "Сетевое издание не зарегистрировано в качестве СМИ.",
        "This website is not affiliated with any government agency.",
        "यह एक निजी वेबसाइट है, इसका किसी भी सरकारी संस्था से कोई संबंध नहीं है",
    ],
)
def test_a_no_tie_disclaimer_under_a_story_fires(note: str) -> None:
    assert _values(story_page(paragraphs=LONG, other_lines=(note,)))[3] == 1.0


def test_a_no_tie_disclaimer_without_a_story_is_quiet() -> None:
    page = story_page(
        paragraphs=STORY[:1],
        other_lines=("This website is not affiliated with any government agency.",),
    )
    assert _values(page)[3] == 0.0


def test_a_story_about_government_links_is_quiet() -> None:
    note = "The minister said the company is not a registered advisory service."
    assert _values(story_page(paragraphs=(*LONG, note)))[3] == 0.0


@pytest.mark.parametrize(
    "line",
    [
        "الكلمات المفتاحية: موعد صرف المرتبات، مرتبات مارس، الزيادة الجديدة",
        "Keywords: pension increase, pension date, state pension 2026",
        "키워드: 청년 교통비, 지원금 신청, 대상 금액",
    ],
)
def test_a_visible_keyword_list_under_the_story_fires(line: str) -> None:
    assert _values(story_page(paragraphs=(*LONG, line)))[4] == 1.0


def test_a_keyword_word_in_prose_or_a_short_label_is_quiet() -> None:
    page = story_page(paragraphs=(*LONG, "Keywords: none", "The keywords: were they chosen?"))
    assert _values(page)[4] == 0.0
