"""Join/follow calls anywhere in the story, speech to another outlet's reporter, follow calls
naming another outlet in nominal form, and footer menu links that are no licence."""

from __future__ import annotations

import pytest

from detector.features.farm_notes import FarmNotes
from detector.features.origin_marks import OriginMarks
from detector.features.origin_tail import OriginTail
from detector.features.origin_voice import OriginVoice
from detector.page import Anchor, LinkBlock, Page
from features._republisher_pages import STORY, story_page

LONG = (*STORY, *STORY, *STORY)  # 150+ words: a story
JOIN, NO_TIE = 2, 3
BACKREF = 4
FOLLOW = 0
RIGHTS = 0


def _notes(page: Page) -> tuple[float, ...]:
    return FarmNotes().extract(page)[0]


@pytest.mark.parametrize(
    "call",
    [
        "Join WhatsApp Group",
        "JIUNGE NA GROUP LETU LA WHATSAPP KUPATA HABARI ZA AJIRA KILA SIKU — BONYEZA HAPA",
        "हमारे WhatsApp चैनल से जुड़ें",
        "Siga-nos no Telegram",
    ],
)
def test_a_join_banner_at_the_story_head_or_middle_fires(call: str) -> None:
    page = story_page(paragraphs=(STORY[0], call, *LONG))
    assert _notes(page)[JOIN] == 1.0


def test_a_join_banner_among_a_text_records_lines_fires() -> None:
    page = story_page(kind="text", paragraphs=LONG, other_lines=("Kanala Telegram'da katıl",))
    assert _notes(page)[JOIN] == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Telegram",  # a site's chrome: a follow verb, not a join banner
        "Follow us: Facebook | Telegram | WhatsApp",
    ],
)
def test_a_follow_bar_in_a_text_records_chrome_is_quiet(line: str) -> None:
    page = story_page(kind="text", paragraphs=LONG, other_lines=(line,))
    assert _notes(page)[JOIN] == 0.0


def test_a_story_about_a_telegram_channel_is_quiet() -> None:
    para = (
        "The channel, which has more than 200,000 subscribers on Telegram, posted the video on "
        "Monday evening, and officials said they were following the case closely while the "
        "ministry prepared a statement for the press."
    )
    assert _notes(story_page(paragraphs=(STORY[0], para, *LONG)))[JOIN] == 0.0


def test_a_hindi_not_related_disclaimer_swallowed_by_a_related_block_fires() -> None:
    note = "Disclaimer: यह वेबसाइट किसी भी सरकारी विभाग से संबंधित नहीं है।"
    block = LinkBlock(
        heading="Related Posts",
        anchors=(Anchor(text="PM Kisan 22वीं किस्त कब आएगी?", href=""), Anchor(text=note, href="")),
    )
    page = story_page(kind="text", paragraphs=LONG, link_blocks=(block,))
    assert _notes(page)[NO_TIE] == 1.0
    assert _notes(story_page(paragraphs=LONG, link_blocks=(block,)))[NO_TIE] == 0.0  # html


@pytest.mark.parametrize(
    "line",
    [
        "Konuyla ilgili THA muhabirine açıklama yapan vali, çalışmaların sürdüğünü söyledi.",
        "The mayor told the KTVN reporter that the bridge would reopen in May.",
        "Мэр сказал корреспонденту РБК, что мост откроют в мае.",
        "وقال المحافظ لمراسل RTN إن الجسر سيفتح في مايو.",
    ],
)
def test_speech_to_another_outlets_reporter_fires(line: str) -> None:
    page = Page(site_name="Haber Kenti", paragraphs=(*STORY, line))
    assert OriginMarks().extract(page)[0][BACKREF] == 1.0


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Konuyla ilgili AA muhabirine açıklama yapan vali konuştu.", ()),  # a known agency
        ("The mayor told the reporter that the bridge would reopen.", ()),  # no code
        ("The mayor told the KTVN reporter that the bridge would reopen.", ("Source: KTVN",)),
    ],
)
def test_speech_to_an_agency_or_credited_reporter_is_quiet(
    line: str, credit: tuple[str, ...]
) -> None:
    page = Page(site_name="Haber Kenti", paragraphs=(*STORY, line), credit_lines=credit)
    assert OriginMarks().extract(page)[0][BACKREF] == 0.0


def test_a_nominal_follow_call_naming_another_outlet_fires() -> None:
    line = "لمتابعة أخبار «صدى المدينة» أولا بأول عبر قناتنا على واتساب اضغط هنا"
    page = story_page(
        paragraphs=(*STORY, line), site_name="بوابة الخبر", url="https://bawabat-alkhabar.com/x"
    )
    assert OriginVoice().extract(page)[0][FOLLOW] == 1.0


def test_a_nominal_follow_call_naming_the_site_is_quiet() -> None:
    line = "لمتابعة أخبار «صدى المدينة» أولا بأول عبر قناتنا على واتساب اضغط هنا"
    page = story_page(
        paragraphs=(*STORY, line), site_name="صدى المدينة", url="https://sada-almadina.com/x"
    )
    assert OriginVoice().extract(page)[0][FOLLOW] == 0.0


def test_a_partnership_menu_link_does_not_void_another_outlets_rights_line() -> None:
    fields: dict[str, object] = {
        "site_name": "오늘경제타임즈",
        "paragraphs": (*STORY, "<저작권자 ⓒ 한결뉴스, 무단 전재 및 재배포 금지>"),
    }
    menu = ("회사소개", "제휴문의", "광고문의", "Copyright © 2026 오늘경제타임즈")
    page = Page(other_lines=menu, **fields)  # type: ignore[arg-type]
    assert OriginTail().extract(page)[0][RIGHTS] == 1.0
    # A licence in the credit's own words still voids it.
    lic = Page(other_lines=("이 기사는 한결뉴스와의 제휴로 게재됩니다.", *menu), **fields)  # type: ignore[arg-type]
    assert OriginTail().extract(lic)[0][RIGHTS] == 0.0
