"""newsless_site_v1: uncredited hard news of the wider world on a site with no newsroom."""

from __future__ import annotations

from dataclasses import replace

from detector.features._pagememo import forget
from detector.features.newsless_site import NewslessSite
from detector.page import Page
from features._republisher_pages import story_page

PL_STORY = (
    "Rada Ministrów przyjęła we wtorek projekt ustawy o bonie ciepłowniczym, poinformowała po "
    "posiedzeniu rządu minister klimatu. Projekt trafi teraz do Sejmu, gdzie pierwsze czytanie "
    "zaplanowano na przyszły tydzień.",
    "Według projektu gospodarstwa domowe ogrzewane ciepłem systemowym otrzymają jednorazowe "
    "świadczenie, jeśli cena ciepła przekroczy ustalony próg. Wnioski będzie można składać w "
    "urzędach gmin do końca roku.",
    "„Chcemy, aby pomoc trafiła do tych, którzy najbardziej jej potrzebują” – powiedziała "
    "minister na konferencji prasowej. Koszt programu szacowany jest na 3,5 mld zł, a środki "
    "mają pochodzić z funduszu przeciwdziałania COVID-19, jak wynika z uzasadnienia projektu.",
)
DE_STORY = (
    "Das Kabinett hat am Dienstagabend die Fortführung der Wärmebeihilfe beschlossen, wie die "
    "Staatskanzlei mitteilte. Nach Angaben der Landesregierung erhalten Mieter bis zu 240 Euro.",
    "Anträge können ab März bei den Kommunen gestellt werden. Die Opposition im Landtag "
    "kritisierte, die Hilfe komme zu spät und reiche für viele Haushalte nicht aus.",
    "«Wir lassen niemanden mit hohen Heizkosten allein», sagte der Ministerpräsident nach der "
    "Sitzung. Das Programm kostet das Land rund 180 Millionen Euro und soll bis Ende 2027 "
    "laufen, wie es in der Vorlage des Finanzministeriums heißt.",
)
EN_STORY = (
    "Health officials and the provincial government in Ontario said Friday that the number of measles cases linked to an "
    "outbreak at a summer camp had risen to 74, and urged parents to check vaccinations.",
    "Most of the cases are among children and teenagers who were not vaccinated, according to "
    "the regional public health unit. Eleven people have been hospitalized, including infants.",
    '"Measles is one of the most contagious diseases we know of," said the region\'s medical '
    "officer of health, adding that two doses of vaccine are about 97 per cent effective and "
    "that clinics would stay open through the weekend for anyone who needs a shot.",
)
SHOP_CHROME = (
    "Sklep", "Koszyk", "Promocje", "Dostawa i płatność", "Moje konto", "Regulamin sklepu",
    "Rowery", "Kaski", "Dodaj do koszyka", "Blog",
)  # fmt: skip


def _page(story: tuple[str, ...], language: str, **kw: object) -> Page:
    forget()
    base = story_page(
        paragraphs=story * 2,  # a wire story's length (the test stories are three paragraphs)
        language=language,
        url="https://shop.example.com/blog/item",
        headline="x",
        title="x",
        site_name="",
    )
    return replace(base, **kw)


def _fires(page: Page) -> bool:
    return NewslessSite().extract(page)[0] == (1.0,)


def test_fires_on_thin_chrome_in_three_languages() -> None:
    assert _fires(_page(PL_STORY, "pl", kind="text"))
    assert _fires(_page(DE_STORY, "de", kind="text"))
    assert _fires(_page(EN_STORY, "en", kind="text"))


def test_fires_on_a_shop_s_chrome() -> None:
    assert _fires(_page(PL_STORY, "pl", other_lines=SHOP_CHROME))


def test_quiet_when_the_menus_name_news_sections() -> None:
    menus = ("Polityka", "Świat", "Gospodarka", "Kraj", "Sport", "Kultura", "Kontakt")
    assert not _fires(_page(PL_STORY, "pl", other_lines=menus))


def test_quiet_on_a_local_paper_with_a_reporter_s_byline() -> None:
    assert not _fires(_page(PL_STORY, "pl", kind="text", byline="Anna Kowalska"))


def test_quiet_with_a_masthead_line() -> None:
    chrome = (*SHOP_CHROME, "Redaktor naczelny: Jan Nowak")
    assert not _fires(_page(PL_STORY, "pl", other_lines=chrome))


def test_quiet_when_an_agency_is_credited() -> None:
    assert not _fires(_page((*DE_STORY, "(dpa)"), "de", kind="text"))


def test_quiet_on_a_snippet() -> None:
    assert not _fires(_page(DE_STORY[:1], "de", kind="text"))


def test_quiet_on_opinion_naming_one_actor_without_quotes() -> None:
    blog = (
        "I have been thinking a lot about the government lately and what it means for us.",
        "Honestly, I think we all need to slow down, read more books and spend time outdoors.",
        "Anyway, that is my two cents for this week: tell me in the comments what you think!",
    )
    assert not _fires(_page(blog * 2, "en", kind="text"))


def test_quiet_on_a_ministry_s_own_release() -> None:
    # the actor is the site: its brand names the ministry
    chrome = (*SHOP_CHROME, "Pressemitteilungen")
    brand = "Bundesministerium der Finanzen"
    assert not _fires(_page(DE_STORY, "de", other_lines=chrome, site_name=brand))


def test_quiet_on_a_quoted_local_police_story_on_thin_chrome() -> None:
    story = (
        "Police in Springfield said a man was arrested after a break-in at a bakery on Main Street.",
        '"We ask anyone who saw something to call us right away," a police spokesman said today.',
        "The bakery reopened in the afternoon and the owner thanked neighbours for their help.",
    )
    assert not _fires(_page(story, "en", kind="text"))


def test_quiet_on_a_government_host() -> None:
    url = "https://www.finanzen.gov.example.de/presse/item"
    assert _fires(_page(DE_STORY, "de", kind="text", url=url))
    assert not _fires(_page(DE_STORY, "de", kind="text", url="https://www.bmf.gv.at/presse/1"))
