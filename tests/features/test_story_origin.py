"""story_origin_v1: the story names the outlet it was reported for, and the page is not it."""

from __future__ import annotations

import pytest

from detector.features.base import get_signal
from detector.features.story_origin import StoryOrigin, outlet_name
from features._republisher_pages import fire_share, real_sample, story_page, values

TOLD = (
    "Oil prices fell on Monday, a trader in Singapore told Reuters, as demand in China weakened.",
    "Shares of the refiner fell three percent in early trading in London on the news.",
)


def test_registered() -> None:
    assert get_signal("story_origin_v1") is StoryOrigin


@pytest.mark.parametrize(
    "name",
    ["Reuters", "Carrow Falls Tribune", "BBC Radio", "Deutschen Presse-Agentur", "Jornal do Vale"],
)
def test_outlets(name: str) -> None:
    assert outlet_name(name)


@pytest.mark.parametrize("name", ["Senate", "City Council", "Jane Doe", "Ministry of Health"])
def test_not_outlets(name: str) -> None:
    assert not outlet_name(name)


def test_fires_on_a_page_that_is_not_the_outlet() -> None:
    page = story_page(paragraphs=TOLD, site_name="PawPantry", url="https://pawpantry.shop/blog/x")
    got, ev = StoryOrigin().extract(page)
    assert got == (1.0,)
    assert '"told Reuters"' in ev[0] and "PawPantry" in ev[0]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Der Rat tagt am Freitag, sagte ein Sprecher gegenüber der Rheinischen Zeitung in Köln.",
        "Le maire a démissionné lundi, a déclaré au Parisien son porte-parole, après des semaines.",
        "El alcalde dimitió el lunes, dijo a El Diario de Castilla su portavoz tras semanas.",
        "O prefeito renunciou na segunda-feira, disse ao Jornal do Vale o seu porta-voz.",
    ],
)
def test_other_languages(paragraph: str) -> None:
    page = story_page(
        paragraphs=(paragraph,), site_name="Gartenwelt", url="https://gartenwelt.de/a"
    )
    assert values(StoryOrigin(), page) == {"origin_named_uncredited": 1.0}


def test_quiet_on_the_outlets_own_page_and_when_credited() -> None:
    own = story_page(paragraphs=TOLD, site_name="Reuters", url="https://www.reuters.com/article/x")
    assert values(StoryOrigin(), own) == {"origin_named_uncredited": 0.0}
    credited = story_page(
        paragraphs=TOLD, site_name="The Silverton Chronicle", byline="By Reuters Staff"
    )
    assert values(StoryOrigin(), credited) == {"origin_named_uncredited": 0.0}


def test_quiet_when_someone_is_told_who_is_not_an_outlet() -> None:
    paras = ("The mayor resigned on Monday, her spokesman told the city council on Friday.",)
    page = story_page(paragraphs=paras, site_name="PawPantry")
    assert values(StoryOrigin(), page) == {"origin_named_uncredited": 0.0}


def test_rare_on_real_outlet_pages() -> None:
    # Real outlets cite other outlets' interviews ("told The New York Times"): 63 of 4,000 real
    # pages (1.6%), against about 10% of generated farm pages; the model weighs it.
    assert fire_share(StoryOrigin(), "origin_named_uncredited", real_sample()) <= 0.04
