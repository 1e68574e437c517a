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


# Compilation notes and taken-copy notices, in the footer or closing the story.
@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: यहां दी गई जानकारी विभिन्न स्रोतों से ली गई है।",
        "Все материалы собраны из открытых источников.",
        "This story was produced using public records obtained by the County Ledger.",
        "Sitemizdeki haberler çeşitli kaynaklardan derlenmektedir.",
        "Semua berita diambil dari berbagai sumber terpercaya.",
        "© 2026 TinNhanh24h - Tổng hợp tin tức nhanh nhất",
        "声明：本文内容来源于网络，版权归原作者所有，如有侵权请联系本站删除。",
        "If you own the copyright of any article, contact us and we will remove it.",
        "Материал подготовлен на основе открытых источников.",
        "This report was prepared from open sources.",
    ],
)
def test_a_compilation_or_taken_copy_note_is_found(line: str) -> None:
    in_footer = story_page(other_lines=("Home", line, "© 2026 Example"))
    closing = story_page(paragraphs=(*STORY_LINES, line))
    assert automation_disclaimer(in_footer) == line
    assert automation_disclaimer(closing) == line


STORY_LINES = story_page().paragraphs


@pytest.mark.parametrize(
    "line",
    [
        # Two clauses: the gathering verb and "Internet" belong to different things.
        "Für Sie zusammengestellt: Gottesdienst-Übertragungen an Sonn- und Werktagen in TV, "
        "Internet und Radio.",
        # Pictures only, and a notice that forbids reprinting.
        "Imagens retiradas da internet possuem direitos autorais e estarão sujeitas a remoção.",
        "記事や写真は著作権法で保護されています。無断で転載、インターネット送信などはできません。",
        # A shop's note: "information from" is no gathering verb.
        "Epinions.com periodically updates pricing and product information from third-party "
        "sources.",
    ],
)
def test_other_notes_about_sources_are_not_read(line: str) -> None:
    assert automation_disclaimer(story_page(other_lines=(line,))) == ""


SNIPPETS = (
    "Governo aprova verba para recuperar áreas ardidas no Pinhal Interior",
    "Diário do Centro · há 2 horas",
    "Autarcas dizem que apoio chega tarde",
    "Notícias da Beira · há 3 horas",
)


def test_an_aggregator_of_snippets_is_not_read() -> None:
    # Its automation wording describes a list of links; no full story is on the page.
    line = "O site agrega automaticamente as notícias de 300 órgãos de comunicação social."
    assert automation_disclaimer(story_page(paragraphs=SNIPPETS, other_lines=(line,))) == ""
    # ... nor when a story is there but the site says each item opens at the original site.
    opens = f"{line} Cada notícia abre no site original."
    assert automation_disclaimer(story_page(other_lines=(opens,))) == ""
    assert automation_disclaimer(story_page(other_lines=(line,))) == line
