"""wire_bare_credit: a bare source line is the page's only credit, with no licence evidence."""

from __future__ import annotations

import pytest

from detector.features.wire import WireCopy
from detector.parsing.source_lines import outlet_like, source_line
from features._republisher_pages import STORY, evidence, story_page, values


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Kilde: Ritzau", ("Ritzau",)),
        ("Źródło: PAP", ("PAP",)),
        ("出典：共同通信", ("共同通信",)),
        ("Kaynak: Marmara Ekspres", ("Marmara Ekspres",)),
        ("ขอบคุณข้อมูลจาก : เชียงใหม่นิวส์ทูเดย์", ("เชียงใหม่นิวส์ทูเดย์",)),
        ("本文轉載自東岸新聞網，原文標題：〈颱風逼近〉", ("東岸新聞網",)),
        ("Con información de EFE", ("EFE",)),
        ("المصدر: وكالات", ("وكالات",)),
        ("来源：网络整理 发布时间：2025-07-19", ("网络整理",)),
    ],
)
def test_source_lines_in_many_languages(line: str, names: tuple[str, ...]) -> None:
    hit = source_line(line)
    assert hit is not None and hit.names == names


@pytest.mark.parametrize(
    "line",
    [
        "Source: Eurostat",  # a chart's data source, not an outlet
        "Fuente: INEGI",
        "Source: Wikimedia Commons",  # a photo's
        "Con información de Paloma Marín y Elena Sevillano.",  # reporters, not an outlet
        "Dilansir dari Antara, harga beras medium di pasar induk kini mencapai Rp14.500 per kg",
        "Theo ông Nguyễn Văn An",
    ],
)
def test_lines_that_are_not_bare_source_lines(line: str) -> None:
    assert source_line(line) is None


def test_outlet_words_inside_a_name() -> None:
    assert outlet_like("VnExpress") and outlet_like("Diariolibre") and outlet_like("東岸新聞網")
    assert not outlet_like("Statistics Canada")


@pytest.mark.parametrize(
    "credit",
    ["Source: AP", "Kilde: Ritzau", "Fuente: EFE", "Kaynak: Marmara Ekspres", "来源：新华社"],
)
def test_fires_on_a_bare_source_line_under_the_story(credit: str) -> None:
    page = story_page(paragraphs=(*STORY, credit))
    assert values(WireCopy(), page)["wire_bare_credit"] == 1.0
    assert f'bare source line "{credit}"' in evidence(WireCopy(), page)
    assert "no copyright or licence notice" in evidence(WireCopy(), page)


@pytest.mark.parametrize(
    ("extra", "changes"),
    [
        # an agency byline
        ((), {"byline": "By The Associated Press"}),
        # the agency's copyright notice
        (("Copyright 2024 The Associated Press. All rights reserved.",), {}),
        # a licence notice in another language (the checklist's "publiceras med tillstånd")
        (("Material från Associated Press publiceras med tillstånd.",), {}),
        # the source in the JSON-LD author
        ((), {"jsonld": ({"@type": "NewsArticle", "author": {"name": "Associated Press"}},)}),
    ],
)
def test_quiet_when_licence_evidence_goes_with_the_credit(
    extra: tuple[str, ...], changes: dict[str, object]
) -> None:
    page = story_page(paragraphs=(*STORY, "Source: AP", *extra), **changes)
    assert values(WireCopy(), page)["wire_bare_credit"] == 0.0
    assert values(WireCopy(), page)["wire_credited"] == 1.0  # the existing value is unchanged


def test_quiet_on_own_reporting_citing_its_own_paper() -> None:
    # The checklist's r_06: "Źródło: Kurier Zamojski, PAP" on Kurier Zamojski's own site.
    page = story_page(
        url="https://www.kurierzamojski.pl/artykul/1",
        site_name="Kurier Zamojski",
        paragraphs=(*STORY, "Źródło: Kurier Zamojski, PAP"),
    )
    assert values(WireCopy(), page)["wire_bare_credit"] == 0.0


def test_quiet_on_a_byline_row_with_a_date() -> None:
    # "Source: BBC News | Published 2004-07-03" under the headline: the CMS's byline row.
    page = story_page(paragraphs=(*STORY, "Source: BBC News | Published 2004-07-03"))
    assert values(WireCopy(), page)["wire_bare_credit"] == 0.0


def test_quiet_without_any_credit() -> None:
    assert values(WireCopy(), story_page())["wire_bare_credit"] == 0.0


@pytest.mark.parametrize(
    "line", ["Quelle: Pressemitteilung der TU Darmstadt", "Source: http://wordpress.org/plugins/"]
)
def test_a_press_release_or_a_blog_platform_is_no_outlet(line: str) -> None:
    assert source_line(line) is None
