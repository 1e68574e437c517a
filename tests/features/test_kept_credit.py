"""kept_credit_v1: a full story credited to another outlet on a site that cannot license it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detector.features._pagememo import forget
from detector.features.kept_credit import KeptCredit
from detector.page import Page
from detector.parsing.source_lines import source_line
from features._republisher_pages import story_page
from features.test_newsless_site import DE_STORY, EN_STORY, PL_STORY, SHOP_CHROME

NL_STORY = (
    "Het kabinet heeft dinsdag besloten de energietoeslag voor huishoudens met een laag inkomen "
    "ook volgend jaar uit te keren, meldt het ministerie van Sociale Zaken.",
    "Gemeenten krijgen daarvoor in totaal 400 miljoen euro. Aanvragen kunnen vanaf maart worden "
    "ingediend bij de eigen gemeente, die ook de hoogte van het bedrag vaststelt.",
    "De oppositie in de Tweede Kamer noemt de maatregel te mager. Volgens de FNV is de toeslag "
    "voor veel gezinnen niet genoeg om de gestegen vaste lasten op te vangen.",
)
NEWS_MENUS = ("Polityka", "Świat", "Gospodarka", "Kraj", "Sport", "Kultura", "Kontakt", "Blog")


def _page(story: tuple[str, ...], credit: str, language: str, **kw: object) -> Page:
    forget()
    base = story_page(
        paragraphs=(*story, credit),
        language=language,
        url="https://shop.example.com/blog/item",
        headline="x",
        title="x",
        site_name="",
        other_lines=SHOP_CHROME,
    )
    return replace(base, **kw)


def _fires(page: Page) -> bool:
    return KeptCredit().extract(page)[0] == (1.0,)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Bron: NOS", ("NOS",)),
        ("Πηγή: Καθημερινή", ("Καθημερινή",)),
        ("Kaynak: Hürriyet", ("Hürriyet",)),
        ("Chanzo: Mwananchi", ("Mwananchi",)),
        ("Sumber: Kompas.com", ("Kompas.com",)),
        ("Πηγή: in.gr", ("in.gr",)),
    ],
)
def test_any_name_reads_newspapers_and_web_addresses(line: str, names: tuple[str, ...]) -> None:
    assert source_line(line) is None  # alone, "Bron: CBS" could be a chart's
    hit = source_line(line, any_name=True)
    assert hit is not None and hit.names == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Theo báo Tuổi Trẻ", ("Tuổi Trẻ",)),
        ("Źródło: dziennik Rzeczpospolita", ("Rzeczpospolita",)),
        ("Źródło: Gazeta Wyborcza", ("Gazeta Wyborcza",)),
        ("Quelle: dpa", ("dpa",)),
        ("ขอบคุณข้อมูลและภาพจาก : ข่าวสดออนไลน์", ("ข่าวสดออนไลน์",)),
    ],
)
def test_newspaper_nouns_web_addresses_and_lowercase_agencies(
    line: str, names: tuple[str, ...]
) -> None:
    hit = source_line(line)
    assert hit is not None and hit.names == names


@pytest.mark.parametrize(
    "line", ["Source: youtube.com", "Source: Eurostat", "Quelle: Statistisches Bundesamt"]
)
def test_platforms_and_statistics_are_no_outlets(line: str) -> None:
    assert source_line(line, any_name=True) is None


def test_fires_on_a_shop_in_three_languages() -> None:
    assert _fires(_page(PL_STORY, "Źródło: Gazeta Wyborcza", "pl"))
    assert _fires(_page(NL_STORY, "Bron: NOS", "nl"))
    assert _fires(_page(EN_STORY, "Source: Reuters", "en"))


def test_fires_on_an_aggregator_s_automation_note() -> None:
    chrome = (*NEWS_MENUS, "Alle Nachrichten werden automatisch aus externen Quellen importiert.")
    assert _fires(_page(DE_STORY, "Quelle: Süddeutsche Zeitung", "de", other_lines=chrome))


def test_quiet_on_a_paper_with_news_sections() -> None:
    assert not _fires(_page(PL_STORY, "Źródło: PAP", "pl", other_lines=NEWS_MENUS))


def test_quiet_with_a_reporter_s_byline() -> None:
    assert not _fires(_page(NL_STORY, "Bron: ANP", "nl", byline="Jan de Vries"))


def test_quiet_on_a_short_quotation() -> None:
    assert not _fires(_page(EN_STORY[:1], "Source: Reuters", "en"))


def test_quiet_on_the_site_s_own_credit_and_a_press_release() -> None:
    assert not _fires(_page(EN_STORY, "Source: Shop Example News", "en", site_name="Shop Example"))
    assert not _fires(_page(EN_STORY, "Source: Acme Inc. press release", "en"))


def test_quiet_on_a_text_record_without_chrome() -> None:
    assert not _fires(_page(NL_STORY, "Bron: ANP", "nl", kind="text", other_lines=()))
