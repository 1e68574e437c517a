"""Copied-story notes and vague credits, read by `automation_disclaimer`."""

from __future__ import annotations

import pytest

from detector.features._automated import automation_disclaimer
from detector.page import Anchor, LinkBlock
from features._republisher_pages import STORY, story_page


@pytest.mark.parametrize(
    "line",
    [
        "Nguồn: Tổng hợp",
        "Chanzo: Mitandao",
        "Source: Internet",
        "Fuente: Redes sociales",
        "Источник: интернет",
        "Quelle: Internet / Example News",  # the internet and the site itself
    ],
)
def test_a_credit_to_nobody_in_particular_is_a_sign(line: str) -> None:
    page = story_page(paragraphs=(*STORY, line), site_name="Example News")
    assert automation_disclaimer(page) == line


@pytest.mark.parametrize(
    "line",
    [
        "Quelle: dpa",
        "Source: Agencies / Reuters",  # a named agency is a credit
        "SOURCE: News agencies",  # the wires a newsroom subscribes to (Al Jazeera)
        "Quelle: Agenturen / Example News",
        "Fonte: Ministério da Saúde",  # a source of facts, not a sign of copying
        "Nguồn: VnExpress",
    ],
)
def test_a_credit_naming_a_publisher_is_not_a_sign(line: str) -> None:
    page = story_page(paragraphs=(*STORY, line), site_name="Example News")
    assert automation_disclaimer(page) == ""


@pytest.mark.parametrize(
    "line",
    [
        "Hinweis: Dieser Beitrag wurde automatisiert auf Grundlage öffentlicher Meldungen erstellt.",
        "هذا الخبر منقول من موقع آخر، وربما تم النقل بالكامل.",
        "This story was copied from another website.",
        "Questo articolo è stato generato automaticamente da fonti pubbliche.",
    ],
)
def test_a_note_that_this_story_was_copied_or_generated_is_a_sign(line: str) -> None:
    page = story_page(paragraphs=(*STORY, line))
    assert automation_disclaimer(page) == line


@pytest.mark.parametrize(
    "line",
    [
        "This article may not be copied without permission.",  # a copyright notice
        "هذا الخبر لا يجوز نقله دون إذن.",
        "Dieser Beitrag darf nicht kopiert werden.",
        "This content may be copied in full, with copyright and contact information intact.",
    ],
)
def test_a_notice_forbidding_copies_is_not_a_sign(line: str) -> None:
    assert automation_disclaimer(story_page(paragraphs=(*STORY, line))) == ""


def test_a_note_too_short_a_page_carries_is_not_read() -> None:
    teaser = ("Short teaser of the story.", "Nguồn: Tổng hợp")
    assert automation_disclaimer(story_page(paragraphs=teaser)) == ""


def test_a_text_records_footer_lines_in_a_link_block_are_read() -> None:
    line = "यहां दी गई जानकारी विभिन्न स्रोतों से ली गई है।"
    related = LinkBlock(
        heading="Related Posts",
        anchors=(Anchor(text="Other headline", href=""), Anchor(text=line, href="")),
    )
    page = story_page(kind="text", link_blocks=(related,))
    assert automation_disclaimer(page) == line
    assert automation_disclaimer(story_page(link_blocks=(related,))) == ""  # HTML: a link
