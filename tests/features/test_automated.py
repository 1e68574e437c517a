"""Automation disclaimers: a footer saying the site's news is published automatically."""

from __future__ import annotations

import pytest

from detector.features._automated import automation_disclaimer
from detector.features.made_elsewhere import MadeElsewhere
from features._republisher_pages import real_sample, story_page


@pytest.mark.parametrize(
    "line",
    [
        "Testata non registrata. I contenuti sono aggiornati automaticamente.",
        "Все материалы сайта формируются автоматически.",
        "Nyheterna publiceras automatiskt från nyhetsbyråer och offentliga källor.",
        "All news on this site is collected and published automatically.",
        "Les articles de ce site sont publiés automatiquement.",
        "本站新闻内容由程序自动采集更新",
        "Thông tin được tổng hợp từ Internet.",
        "Innholdet produseres delvis automatisk basert på offentlige kilder.",
        "Матеріали сайту формуються автоматично з відкритих джерел.",
        "Conținutul este furnizat automat.",
    ],
)
def test_a_footer_saying_the_news_is_made_automatically_is_found(line: str) -> None:
    page = story_page(other_lines=("Home", "Contact", line, "© 2024 Example"))
    assert automation_disclaimer(page) == line
    values, evidence = MadeElsewhere().extract(page)
    assert values == (1.0,)
    assert "made automatically" in evidence[0]


@pytest.mark.parametrize(
    "line",
    [
        # Chrome lines of real outlets that speak of automation, not of who writes the news.
        "Clicking the links will automatically add the address of the story you are reading.",
        "© 2022 The Haitian Times. Proudly powered by Newspack by Automattic",
        "Als registrierter Nutzer werden Sie automatisch per E-Mail benachrichtigt.",
        "This article has been translated automatically.",
        "Zprávy vybíráme automaticky i ručně",  # an aggregator choosing headlines
        "Die Seite wird automatisch aktualisiert",  # a ticker, naming no content
    ],
)
def test_chrome_about_other_automation_is_not_a_disclaimer(line: str) -> None:
    assert automation_disclaimer(story_page(other_lines=(line,))) == ""


def test_a_story_about_automated_news_is_not_read() -> None:
    story = ("Publishers say news articles generated automatically by software are updated daily.",)
    assert automation_disclaimer(story_page(paragraphs=story)) == ""


def test_real_outlet_pages_carry_no_automation_disclaimer() -> None:
    found = [p.url for p in real_sample() if automation_disclaimer(p)]
    assert found == []
