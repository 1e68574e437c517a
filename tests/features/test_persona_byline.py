"""persona_byline_v1: an invented lifestyle persona signs copied or agency copy."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detector.features.base import get_signal
from detector.features.persona_byline import PersonaByline, find_bio, person_names, persona_cues
from detector.page import Page, parse_page
from features._republisher_pages import story_page

NAMES = PersonaByline.FEATURES


def _values(page: Page) -> dict[str, float]:
    values, _ = PersonaByline().extract(page)
    return dict(zip(NAMES, values, strict=True))


def _record(*lines: str) -> Page:
    return parse_page("\n".join(lines))


GERMAN = _record(
    "Halbleiter-Hersteller streicht 1.200 Stellen in Europa | Technikwelt Heute",
    "Technikwelt Heute",
    "Halbleiter-Hersteller streicht 1.200 Stellen in Europa",
    "Von Lukas Brenner",
    "5. Juni 2024",
    "Der Chiphersteller Orvano hat am Dienstag angekündigt, dass er ungefähr 1.200 Stellen in "
    "seinen europäischen Werken streichen wird, um die Kosten um 400 Millionen Euro zu senken.",
    "Die Schnitte betreffen hauptsächlich die Fabriken in Irland und den Niederlanden, während "
    "die Forschungszentren weitgehend verschont bleiben sollen, sagte das Unternehmen.",
    "Die Aktien des Unternehmens fielen um 4,3 Prozent im nachbörslichen Handel.",
    "Über den Autor",
    "Lukas Brenner ist ein leidenschaftlicher Technik-Enthusiast mit über zehn Jahren "
    "Erfahrung. Wenn er nicht schreibt, geht er gerne wandern und probiert neue Kaffeesorten.",
    "© 2024 Technikwelt Heute",
)

ITALIAN_AGENCY = _record(
    "Sciopero dei trasporti venerdì, treni e bus a rischio - Casa e Sapori",
    "Casa e Sapori",
    "Sciopero dei trasporti venerdì, treni e bus a rischio",
    "di Chiara Fontana",
    "27 Novembre 2024",
    "ROMA, 27 NOV - Venerdì nero per i trasporti. È confermato lo sciopero generale di 24 ore "
    "proclamato dai sindacati di base che coinvolgerà treni, autobus, metropolitane e traghetti.",
    "Per il trasporto ferroviario l'agitazione scatterà dalle 21 di giovedì alle 21 di venerdì, "
    "con i servizi minimi garantiti nelle fasce di maggiore frequentazione.",
    "Il ministero dei Trasporti ha espresso preoccupazione per i disagi e non esclude una "
    "precettazione dei lavoratori nelle prossime ore. (NRT).",
    "RIPRODUZIONE RISERVATA © Copyright NRT",
    "Chiara Fontana",
    "Appassionata di cucina tradizionale e mamma di due bambini, scrive di ricette, casa e "
    "benessere.",
    "Casa e Sapori © 2024",
)

ENGLISH_BYLINE_BIO = _record(
    "School district approves four-day week amid teacher shortage",
    "Written by Megan Holloway",
    "Megan is a passionate storyteller who covers her town. When she isn't writing, she enjoys "
    "hiking and spending time with her two golden retrievers.",
    "The Riverside County school board voted 5-2 on Tuesday night to move its schools to a "
    "four-day week from next autumn, citing a shortage of more than forty teachers.",
    "Parents were divided at the meeting, which ran past midnight, and several asked the board "
    "to delay the change by a year so that families could arrange childcare.",
    "The district will hold two public sessions in January to explain the new timetable.",
)


@pytest.mark.parametrize("page", [GERMAN, ITALIAN_AGENCY, ENGLISH_BYLINE_BIO])
def test_persona_bio_in_three_languages(page: Page) -> None:
    assert person_names(page)
    assert _values(page)["persona_bio"] == 1.0
    assert _values(page)["persona_bio_missing"] == 0.0


def test_persona_over_another_partys_copyright() -> None:
    values = _values(ITALIAN_AGENCY)
    assert values["persona_foreign_claim"] == 1.0
    assert values["persona_bio_offtopic"] == 1.0  # cooking and family vs a transport strike


def test_on_topic_persona_is_not_offtopic() -> None:
    assert _values(GERMAN)["persona_bio_offtopic"] == 0.0  # a tech persona over tech news


def test_persona_cue_kinds() -> None:
    assert set(persona_cues("Pasjonatka nowych technologii i zdrowego stylu życia.")) == {
        "passion",
        "lifestyle",
    }
    assert persona_cues("Tech-Enthusiast und Kaffeeliebhaber") == ("passion", "leisure")
    assert (
        persona_cues("Jane covers politics for the Times; before that, she was at Reuters.") == ()
    )


def test_staff_bio_is_quiet() -> None:
    """A staff reporter's bio over the paper's own story: no persona, no claim."""
    page = story_page(
        byline="By Jane Whitfield",
        paragraphs=(
            *story_page().paragraphs,
            "Jane Whitfield covers politics for the Example News. Before that she reported on "
            "trade and foreign policy from Washington for eight years.",
        ),
    )
    assert find_bio(page, person_names(page)) is not None
    assert _values(page) == dict.fromkeys(NAMES[:3], 0.0) | {"persona_bio_missing": 0.0}


def test_reporter_crediting_the_agency_is_quiet() -> None:
    """A reporter's byline that names the agency, over agency copy, claims nothing."""
    page = replace(ITALIAN_AGENCY, byline="di Chiara Fontana (NRT)")
    assert _values(page)["persona_foreign_claim"] == 0.0


def test_lead_opening_with_another_person_is_no_bio() -> None:
    page = story_page(
        byline="By Mark Fellows",
        paragraphs=("Mark Zuckerberg said on Tuesday that Meta would cut 300 jobs in Dublin.",),
    )
    assert find_bio(page, person_names(page)) is None


def test_no_bio_is_missing() -> None:
    values = _values(story_page(byline="By Jane Whitfield"))
    assert values["persona_bio_missing"] == 1.0
    assert values["persona_bio"] == 0.0


def test_translator_byline_is_not_a_person_bio() -> None:
    """v_17's pattern: a translator's line after the byline is a credit, not a persona."""
    page = story_page(
        byline="By Jane Whitfield",
        paragraphs=(
            "Translated by Reza Karimi from the original report.",
            *story_page().paragraphs,
        ),
    )
    assert _values(page)["persona_bio"] == 0.0


def test_registered() -> None:
    assert get_signal("persona_byline_v1") is PersonaByline


def test_jsonld_person_description_is_read() -> None:
    """A bio only in the JSON-LD Person (Yoast's @graph), in Polish."""
    person = {
        "@type": "Person",
        "name": "Marta Nowicka",
        "description": "Pasjonatka zdrowego stylu życia i mama dwójki dzieci, pisze o finansach.",
    }
    page = story_page(byline="Autor: Marta Nowicka", jsonld=(person,))
    values = _values(page)
    assert values["persona_bio"] == 1.0
    assert values["persona_bio_missing"] == 0.0
