"""section_niche_v1: uncredited hard news filed on a shelf that names no news desk."""

from __future__ import annotations

from dataclasses import replace

from detector.features._pagememo import forget
from detector.features.section_niche import SectionNiche
from detector.page import Page
from features._republisher_pages import story_page

PL_STORY = (
    "Rada Ministrów przyjęła we wtorek projekt ustawy o bonie ciepłowniczym, poinformowała po "
    "posiedzeniu rządu minister klimatu. Projekt trafi teraz do Sejmu.",
)
DE_STORY = (
    "Das Kabinett hat am Dienstagabend die Fortführung der Wärmebeihilfe beschlossen, wie die "
    "Staatskanzlei mitteilte. Nach Angaben der Landesregierung erhalten Mieter bis zu 240 Euro.",
)
JA_STORY = (
    "政府は18日、臨時閣議で補正予算案を決定した。首相は記者団に「速やかな成立を目指す」と述べた。",
)


def _page(story: tuple[str, ...], crumbs: tuple[str, ...], language: str, **kw: object) -> Page:
    forget()
    base = story_page(
        paragraphs=story,
        language=language,
        breadcrumbs=crumbs,
        url="https://shop.example.com/blog/item",
        headline="x",
        title="x",
    )
    return replace(base, **kw)


def _fires(page: Page) -> bool:
    return SectionNiche().extract(page)[0] == (1.0,)


def test_fires_on_hard_news_under_a_tips_shelf_in_three_languages() -> None:
    assert _fires(_page(PL_STORY, ("Strona główna", "Blog", "Porady finansowe"), "pl"))
    assert _fires(_page(DE_STORY, ("Startseite", "Ratgeber", "Gartentipps"), "de"))
    assert _fires(_page(JA_STORY, ("ホーム", "格安SIM比較"), "ja"))


def test_quiet_under_a_news_desk_label() -> None:
    assert not _fires(_page(PL_STORY, ("Porady", "Polityka"), "pl"))


def test_quiet_on_a_lone_blog_shelf() -> None:
    # an outlet's blog: its bloggers name politicians
    assert not _fires(_page(PL_STORY, ("Strona główna", "Blog"), "pl"))


def test_quiet_when_an_agency_is_credited() -> None:
    credited = (*PL_STORY, "Źródło: PAP")
    assert not _fires(_page(credited, ("Blog", "Porady"), "pl"))


def test_quiet_on_a_lifestyle_story_of_a_lifestyle_shelf() -> None:
    soft = ("Pięć przepisów na sernik, które zrobisz w godzinę. Sernik na zimno to klasyk.",)
    assert not _fires(_page(soft, ("Kuchnia", "Przepisy"), "pl"))


def test_quiet_when_the_lead_names_the_shelf_subject() -> None:
    # a money shelf's own story: a ministry's tax tips
    story = ("Ministerstwo Finansów i rząd radzą: porady dla podatników przed terminem PIT.",)
    assert not _fires(_page(story, ("Porady",), "pl"))
