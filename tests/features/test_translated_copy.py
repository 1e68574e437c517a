"""translated_copy_v1: another locale's conventions in a story, and whether anyone is credited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from detector.features._pagememo import forget
from detector.features.translated_copy import TranslatedCopy, convention_hits
from detector.page import DateCandidate, Page
from features._republisher_pages import story_page

DE = (
    "Santa Clara, Kalifornien – Der Halbleiterhersteller sagte am Dienstag, dass er rund 12 % "
    "seiner Belegschaft abbauen wird, um Kosten in Höhe von 1,1 Milliarden $ zu sparen.",
    "Die Entlassungen werden hauptsächlich im Vertrieb stattfinden, sagte eine Person, die mit "
    "der Angelegenheit vertraut ist, die darum bat, nicht genannt zu werden.",
    "Aktien des Unternehmens fielen 3,4 % im vorbörslichen Handel auf 41,18 $.",
)
FR = (
    "La Réserve fédérale a maintenu ses taux d'intérêt inchangés mercredi pour le troisième "
    "mois consécutif, signalant qu'elle n'est pas pressée de couper les coûts d'emprunt.",
    "Les prix du carburant ont augmenté de 12 cents par gallon dans les deux dernières semaines, "
    "selon les données de l'association des automobilistes.",
    "Un ours a été relâché dans une zone boisée à environ 15 miles de là, ont déclaré les agents.",
)
IT = (
    "La tempesta ha colpito la costa con raffiche fino a 60 mph, e le temperature sono scese a "
    "20 gradi Fahrenheit durante la notte, hanno detto i funzionari.",
    "Il prezzo della benzina è salito a 3.45 per cento in una settimana, mentre i rendimenti "
    "dei titoli a 10 anni sono saliti al 4.41%.",
)


def _page(paragraphs: tuple[str, ...], language: str, **changes: object) -> Page:
    forget()
    base = story_page(paragraphs=paragraphs, language=language, title="", headline="")
    return replace(base, **changes)


def _values(page: Page) -> tuple[float, ...]:
    """The conventions count and the uncredited flag (`translated_foreign_ui` is tested apart)."""
    return TranslatedCopy().extract(page)[0][:2]


@pytest.mark.parametrize(
    ("paragraphs", "language", "kinds"),
    [
        (DE, "de", {"dollar", "familiar_calque"}),
        (FR, "fr", {"imperial", "dollar"}),
        (IT, "it", {"imperial", "decimal_point"}),
    ],
)
def test_uncredited_translation_fires(
    paragraphs: tuple[str, ...], language: str, kinds: set[str]
) -> None:
    page = _page(paragraphs, language)
    assert set(convention_hits(page, language)) == kinds
    assert _values(page) == (2.0, 1.0)


def test_a_us_date_contrary_to_the_declared_one() -> None:
    # "12/08/2026" on a German page whose CMS says 2026-12-08: read month first
    story = ("Gepostet am 12/08/2026 von Redaktion", *DE[:1])
    declared = (DateCandidate(date(2026, 12, 8), "meta:article:published_time"),)
    page = _page(story, "de", date_candidates=declared)
    assert "us_date" in convention_hits(page, "de")
    native = _page(story, "de", date_candidates=(DateCandidate(date(2026, 8, 12), "jsonld:x"),))
    assert "us_date" not in convention_hits(native, "de")


def test_month_first_date_in_a_day_first_language() -> None:
    page = _page(("Publié le décembre 4, 2026 par redac", *FR[2:]), "fr")
    assert convention_hits(page, "fr")["us_date"] == ["décembre 4, 2026"]


def test_credited_translation_stays_quiet() -> None:
    for credit in ("Übersetzung: Anna Weber", "Quelle: Reuters", "Quelle: Handelsblatt"):
        credited = _page(DE, "de", other_lines=(credit,))
        assert _values(credited) == (2.0, 0.0)
    by_agency = _page((*DE, "Mit Material von Reuters."), "de")
    assert _values(by_agency)[1] == 0.0


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        # one dollar price is normal in every language (gold, oil)
        (("Der Goldpreis stieg am Montag auf 2.350 $ je Feinunze, sagten Händler.",), "de"),
        # a US story in miles alone, with native decimals
        (
            ("Der Sturm zog 30 Meilen nördlich der Stadt vorbei; 4,5 % der Häuser ohne Strom.",),
            "de",
        ),
        # Spanish writes "$" and decimal points natively (Mexico, the US)
        (("El peso cerró en $17.25 por dólar y la inflación fue de 4.5% anual.",), "es"),
        # English pages follow their own conventions
        (("Gas rose 12 cents a gallon to $3.45, up 2.5% in a week, 15 miles away.",), "en"),
        # "1° febbraio" is an ordinal date, not degrees Fahrenheit
        (("Il decreto entra in vigore dal 1° febbraio 2026 per 4,5 milioni di famiglie.",), "it"),
        # sea miles and dollar prices on a French Canadian site are native
        (("Le navire était à 12 milles nautiques de la côte.",), "fr"),
    ],
)
def test_native_conventions_do_not_fire(paragraphs: tuple[str, ...], language: str) -> None:
    page = _page(paragraphs, language)
    assert _values(page)[1] == 0.0
    assert _values(page)[0] <= 1.0


def test_decimal_point_before_a_two_word_percent() -> None:
    page = _page(("Le chômage a reculé à 3.4 pour cent en mai, selon le ministère.",), "fr")
    assert convention_hits(page, "fr")["decimal_point"] == ["3.4 pour"]


def test_canadian_french_prices_in_cents_are_native() -> None:
    page = _page(FR[1:2], "fr", url="https://www.exemple.ca/nouvelles/essence")
    assert "dollar" not in convention_hits(page, "fr")


ES_STORY = (
    "Un incendio forestal obligó el martes a miles de residentes a abandonar sus hogares en el "
    "centro del estado, dijeron las autoridades, mientras el fuego avanzaba sin control.",
    "Alrededor de 14.000 personas estaban bajo órdenes de evacuación, y otras 6.000 estaban en "
    "aviso de prepararse, dijeron los funcionarios del condado durante la tarde.",
)
UK_STORY = (
    "У Львові на завтра оголосили нові графіки відключень світла, повідомили в обласній "
    "енергетичній компанії, яка закликала мешканців заздалегідь заряджати пристрої.",
    "За словами представників компанії, відключення триватимуть від чотирьох до шести годин на "
    "добу залежно від черги, а лікарні та школи живитимуться від генераторів.",
)
PL_STORY = (
    "Rada Ministrów przyjęła we wtorek projekt ustawy wprowadzającej bon ciepłowniczy dla "
    "gospodarstw domowych, poinformowała po posiedzeniu rządu minister klimatu.",
    "Wsparcie ma trafić do około 1,2 mln gospodarstw, a wnioski będzie można składać w "
    "urzędzie gminy lub elektronicznie od początku przyszłego roku.",
    "Jak wyjaśniła, wysokość bonu będzie zależeć od dochodu, a próg dochodowy ma wynieść 3400 zł "
    "netto w gospodarstwie jednoosobowym i 2500 zł na osobę w gospodarstwie wieloosobowym.",
)


def _foreign_ui(paragraphs: tuple[str, ...], language: str) -> float:
    return TranslatedCopy().extract(_page(paragraphs, language))[0][2]


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        # the English source's furniture in a Spanish story
        (
            (*ES_STORY, "Read more: Heat wave grips the Pacific Northwest as temperatures soar"),
            "es",
        ),
        ((*ES_STORY, "Sign up for our Breaking News newsletter to get the latest updates."), "es"),
        # a Russian "read also" label in a Ukrainian story
        ((*UK_STORY, "Читайте также: Графіки відключень світла у Львові на завтра"), "uk"),
        # a Czech label in a Polish one
        ((*PL_STORY, "Čtěte také: Rząd przyjął projekt budżetu na przyszły rok"), "pl"),
    ],
)
def test_foreign_furniture_in_the_story_counts(paragraphs: tuple[str, ...], language: str) -> None:
    assert _foreign_ui(paragraphs, language) == 1.0


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        # the page's own label, in its own language
        ((*UK_STORY, "Читайте також: Графіки відключень світла у Львові на завтра"), "uk"),
        ((*PL_STORY, "Czytaj także: Rząd przyjął projekt budżetu na przyszły rok"), "pl"),
        # a bare ad label and an English quote are not furniture
        ((*ES_STORY, "Advertisement"), "es"),
        ((*ES_STORY, '"We are asking people not to wait," the sheriff said in English.'), "es"),
        # a Spanish page's Spanish "read also" label
        ((*ES_STORY, "Lea también: El gobierno declara el estado de emergencia"), "es"),
    ],
)
def test_native_furniture_does_not_count(paragraphs: tuple[str, ...], language: str) -> None:
    assert _foreign_ui(paragraphs, language) == 0.0


def test_foreign_furniture_is_a_second_kind() -> None:
    story = (
        *ES_STORY,
        "El fuego quemó más de 38.000 acres.",
        "Read more: Heat wave grips the West",
    )
    assert set(convention_hits(_page(story, "es"), "es")) == {"imperial"}
    assert _values(_page(story, "es")) == (2.0, 1.0)
