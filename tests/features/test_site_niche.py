"""site_niche_v1: hard news on a site whose menus name a non-news niche."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detector.features._pagememo import forget
from detector.features.site_niche import SiteNiche, state_actors
from detector.page import Page
from features._republisher_pages import story_page

DE_MENU = ("WohnWert", "Wohnen", "Garten", "Energie sparen", "Putzen & Haushalt", "Einrichten")
DE_STORY = (
    "Das Kabinett hat am Dienstagabend die Fortführung der Wärmebeihilfe beschlossen, wie die "
    "Staatskanzlei mitteilte. Nach Angaben der Landesregierung erhalten Mieter bis zu 240 Euro.",
)
PL_MENU = ("Strona główna", "Aktualności", "Seniorzy", "Juniorzy", "Terminarz", "Galeria")
PL_STORY = (
    "Rada Ministrów przyjęła we wtorek projekt ustawy o bonie ciepłowniczym, poinformowała po "
    "posiedzeniu rządu minister klimatu.",
)
HI_MENU = ("Home", "सरकारी नौकरी", "सरकारी योजना", "एडमिट कार्ड", "रिजल्ट", "Contact")
HI_STORY = (
    "लखनऊ। मौसम विभाग ने मंगलवार को 18 जिलों में शीत दिवस की चेतावनी जारी की है। "
    "जिलाधिकारियों ने सभी सरकारी स्कूलों में अवकाश घोषित किया है।",
)


def _page(menu: tuple[str, ...], story: tuple[str, ...], language: str, **changes: object) -> Page:
    forget()
    base = story_page(paragraphs=story, language=language, other_lines=menu, site_name=menu[0])
    return replace(base, **changes)


def _values(page: Page) -> tuple[float, ...]:
    return SiteNiche().extract(page)[0]


@pytest.mark.parametrize(
    ("menu", "story", "language"),
    [(DE_MENU, DE_STORY, "de"), (PL_MENU, PL_STORY, "pl"), (HI_MENU, HI_STORY, "hi")],
)
def test_cabinet_news_on_a_niche_site_fires(
    menu: tuple[str, ...], story: tuple[str, ...], language: str
) -> None:
    values = _values(_page(menu, story, language))
    assert values[1] == 1.0
    assert values[0] >= 2.0


def test_an_outlet_naming_news_sections_stays_quiet() -> None:
    menu = (*DE_MENU, "Politik", "Wirtschaft")
    assert _values(_page(menu, DE_STORY, "de"))[1] == 0.0


def test_one_niche_word_is_an_outlets_column() -> None:
    # "Jobs" classifieds and "Fixtures" under sport sit in outlets' menus
    menu = ("The Daily Record", "Jobs", "More jobs", "Fixtures", "Fixtures & results", "Homes")
    story = ("The government said the minister would face a parliament vote on Tuesday.",)
    assert _values(_page(menu, story, "en"))[1] == 0.0


def test_a_club_reporting_its_own_match_stays_quiet() -> None:
    story = ("Seniorzy wygrali w sobotę 3:1 z LZS Głowno; bramki zdobyli Nowak i dwukrotnie Kos.",)
    assert _values(_page(PL_MENU, story, "pl"))[1] == 0.0


def test_a_story_on_the_niche_stays_quiet() -> None:
    # a jobs portal's recruitment notice names the ministry and the vacancies
    story = ("सरकार के मंत्रालय ने 39000 पदों पर सरकारी नौकरी की अधिसूचना जारी की, एडमिट कार्ड जल्द।",)
    assert _values(_page(HI_MENU, story, "hi"))[1] == 0.0


def test_a_newsroom_brand_stays_quiet() -> None:
    page = _page(DE_MENU, DE_STORY, "de", site_name="Garten Nachrichten")
    assert _values(page)[1] == 0.0


def test_too_little_chrome_is_missing() -> None:
    assert _values(_page(DE_MENU[:3], DE_STORY, "de")) == (0.0, 0.0, 1.0)


def test_state_actors_read_inflected_words() -> None:
    assert state_actors("rada ministrów przyjęła projekt rządu") == ["ministr", "rząd"]
    assert state_actors("правительства и губернатора") == ["губернатор", "правительств"]
