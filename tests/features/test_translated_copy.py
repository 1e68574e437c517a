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
        (IT, "it", {"imperial", "decimal_point", "attribution_calque"}),
    ],
)
def test_uncredited_translation_fires(
    paragraphs: tuple[str, ...], language: str, kinds: set[str]
) -> None:
    page = _page(paragraphs, language)
    assert set(convention_hits(page, language)) == kinds
    assert _values(page) == (float(len(kinds)), 1.0)


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


@pytest.mark.parametrize(
    ("story", "language"),
    [
        ("Bei Temperaturen von bis zu 104 Grad suchten die Menschen Schutz in Kühlzentren.", "de"),
        (
            "Upał sięgnął 95 stopni, a mieszkańcy szukali schronienia w klimatyzowanych salach.",
            "pl",
        ),
        ("La chaleur a atteint 102 degrés mercredi, un record pour la ville.", "fr"),
    ],
)
def test_a_heat_reading_in_fahrenheit_is_imperial(story: str, language: str) -> None:
    assert "imperial" in convention_hits(_page((story,), language), language)


@pytest.mark.parametrize(
    ("story", "language"),
    [
        # Celsius said, an angle, a wash at 60, a heat record in Celsius
        ("Die Temperatur stieg auf 56 Grad Celsius im Death Valley.", "de"),
        ("Die Hitze zwang den Fahrer, um 180 Grad zu wenden.", "de"),
        ("Przy tej temperaturze pranie w 60 stopniach wystarczy.", "pl"),
        ("Upał: 38 stopni w cieniu w Warszawie.", "pl"),
    ],
)
def test_celsius_and_angles_are_not_imperial(story: str, language: str) -> None:
    assert "imperial" not in convention_hits(_page((story,), language), language)


@pytest.mark.parametrize(
    ("story", "language"),
    [
        ("Die Abgeordneten des Sheriffs fanden den Wagen am Dienstag, sagten die Beamten.", "de"),
        ("Pożar zbliżył się do miasta, powiedzieli urzędnicy.", "pl"),
        ("Les députés du shérif ont retrouvé le véhicule mardi.", "fr"),
    ],
)
def test_attribution_calques_are_a_kind(story: str, language: str) -> None:
    assert "attribution_calque" in convention_hits(_page((story,), language), language)


def test_native_attribution_is_no_calque() -> None:
    story = ("Die Hilfssheriffs fanden den Wagen am Dienstag, teilten die Behörden mit.",)
    assert "attribution_calque" not in convention_hits(_page(story, "de"), "de")


def test_a_us_date_in_the_date_row_counts() -> None:
    row = (
        DateCandidate(date(2024, 7, 16), "visible", raw="Opublikowano 07/16/2024 przez Redakcja"),
    )
    assert "us_date" in convention_hits(_page(PL_STORY, "pl", date_candidates=row), "pl")
    native = (DateCandidate(date(2024, 7, 16), "visible", raw="Opublikowano 16.07.2024"),)
    assert "us_date" not in convention_hits(_page(PL_STORY, "pl", date_candidates=native), "pl")


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        (
            (*PL_STORY, "Czytaj więcej: Wildfire season could be worst on record, experts warn"),
            "pl",
        ),
        ((*ES_STORY, "Leer más: Officials say the fire is now spreading to the north"), "es"),
    ],
)
def test_native_label_over_an_english_headline(paragraphs: tuple[str, ...], language: str) -> None:
    assert _foreign_ui(paragraphs, language) == 1.0


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        ((*PL_STORY, "Czytaj więcej: To nie jest koniec sezonu pożarów w Kanadzie"), "pl"),
        ((*ES_STORY, "Leer más: iPhone 15 Pro Max"), "es"),
        ((*ES_STORY, "Leer más: El gobierno declara the state of emergency en la región"), "es"),
    ],
)
def test_native_label_over_a_native_headline(paragraphs: tuple[str, ...], language: str) -> None:
    assert _foreign_ui(paragraphs, language) == 0.0


ZH_MAINLAND_WORDS = (
    "經濟部電價費率審議會22日拍板，自4月1日起住宅用電平均調漲約5%，這也是近兩年來第三次調整電價。"
    "官方表示，這樣可以照顧大部分民眾，同時反映發電成本上漲的質量問題。",
    "小編幫大家整理了這次電價調整的重點信息，消息一出，網絡上立刻炸開了鍋，還有網友在視頻平台上分享"
    "了自家電費單。專家建議民眾下載台電的官方軟件，隨時查看自家用電情況。經濟部官員說，這會讓台電"
    "的財務狀況更穩定，國內用電不受太大影響。",
)
ZH_TAIWAN_WORDS = tuple(
    p.replace("質量", "品質")
    .replace("信息", "資訊")
    .replace("網絡", "網路")
    .replace("視頻", "影片")
    .replace("軟件", "軟體")
    for p in ZH_MAINLAND_WORDS
)


def _script_mix(paragraphs: tuple[str, ...], **changes: object) -> float:
    page = _page(paragraphs, "zh", **changes)
    return TranslatedCopy().extract(page)[0][3]


def test_converted_chinese_copy_fires() -> None:
    assert _script_mix(ZH_MAINLAND_WORDS) == 1.0
    simplified_left = tuple(
        p.replace("這", "这", 1).replace("說", "说", 1).replace("會", "会", 1)
        for p in ZH_TAIWAN_WORDS
    )
    assert _script_mix(simplified_left) == 1.0


def test_native_or_hong_kong_chinese_stays_quiet() -> None:
    assert _script_mix(ZH_TAIWAN_WORDS) == 0.0
    hk = "https://news.example.com.hk/article/1"
    assert _script_mix(ZH_MAINLAND_WORDS, url=hk) == 0.0
    credited = (*ZH_MAINLAND_WORDS, "來源：中央社")
    assert _script_mix(credited) == 0.0
