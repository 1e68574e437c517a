"""breadcrumb_topic_v1: a section unlike the story fires; a fitting or generic one doesn't."""

from __future__ import annotations

from detector.features.base import REGISTRY, load_all
from detector.features.breadcrumbs import BreadcrumbTopic, informative_crumbs
from features._pages import check_contract, fire_share, politics_page, real_pages, seed_page


def values(page_kwargs: dict[str, object]) -> dict[str, float]:
    return BreadcrumbTopic().signal(politics_page(**page_kwargs)).as_dict()


def test_registered() -> None:
    assert load_all()["breadcrumb_topic_v1"] is BreadcrumbTopic


def test_seed_scams_crumb_is_a_mismatch() -> None:
    sig = BreadcrumbTopic().signal(seed_page())
    assert sig.as_dict()["crumb_offtopic"] == 1.0
    assert sig.as_dict()["crumb_story_similarity"] < 0.2
    assert 'breadcrumb "Scams"' in sig.evidence[0]
    assert "politics/world" in sig.evidence[0]


def test_offtopic_section_fires_on_one_word_crumb() -> None:
    got = values({"breadcrumbs": ("Home", "Sport")})
    assert got["crumb_offtopic"] == 1.0 and got["crumb_category_mismatch"] == 1.0


def test_evidence_names_the_verdict_the_values_give() -> None:
    # A crumb of another category that is not far enough to be off-topic says so.
    for crumbs in [("Home", "Sport"), ("Home", "Business"), ("Home", "Politics")]:
        sig = BreadcrumbTopic().signal(politics_page(breadcrumbs=crumbs))
        got = sig.as_dict()
        verdict = sig.evidence[0].rsplit("(", 1)[-1]
        if got["crumb_offtopic"]:
            assert verdict == "mismatch)", crumbs
        elif got["crumb_category_mismatch"]:
            assert verdict == "another category)", crumbs
        else:
            assert verdict == "fits)", crumbs


def test_fitting_sections_stay_quiet() -> None:
    for crumbs in [("Home", "Politics"), ("News", "World"), ("Home", "World", "Politics")]:
        got = values({"breadcrumbs": crumbs})
        assert got["crumb_offtopic"] == 0.0, crumbs
        assert got["crumb_story_similarity"] > 0.3, crumbs


def test_section_field_is_read_too() -> None:
    assert values({"section": "Sport"})["crumb_offtopic"] == 1.0
    assert values({"section": "Politics"})["crumb_offtopic"] == 0.0


def test_generic_and_title_crumbs_are_missing() -> None:
    got = values({"breadcrumbs": ("Home", "News", "Latest News")})
    assert got["crumb_missing"] == 1.0 and got["crumb_offtopic"] == 0.0
    long_title = ("Home", "US senators see hope for fentanyl talks with China today")
    assert informative_crumbs(politics_page(breadcrumbs=long_title)) == []
    assert informative_crumbs(politics_page(breadcrumbs=("Current: Home", "Scams"))) == ["Scams"]


def test_unknown_language_is_missing_not_a_mismatch() -> None:
    hungarian = politics_page(breadcrumbs=("Kezdőlap", "Belföld"), language="hu")
    got = BreadcrumbTopic().signal(hungarian).as_dict()
    assert got["crumb_missing"] == 1.0 and got["crumb_offtopic"] == 0.0
    unknown_word = values({"breadcrumbs": ("Home", "Wirtschaftspolitik")})
    assert unknown_word["crumb_missing"] == 1.0


GERMAN_STORY = (
    "Die Bundesregierung hat am Montag in Berlin neue Gespräche mit China über den Handel "
    "angekündigt. Der Außenminister sagte nach einem Treffen mit dem chinesischen Botschafter, "
    "die Regierung wolle die Verhandlungen über Zölle und Sanktionen noch vor den Wahlen "
    "abschließen. Die Opposition im Bundestag kritisierte den Plan der Koalition scharf.",
)


def test_german_crumbs_are_read_through_the_glossary() -> None:
    def german(*crumbs: str) -> dict[str, float]:
        page = politics_page(
            headline="Bundesregierung kündigt Gespräche mit China an",
            paragraphs=GERMAN_STORY,
            breadcrumbs=("Startseite", *crumbs),
            language="de",
        )
        return BreadcrumbTopic().signal(page).as_dict()

    for offtopic in ("Promis", "Sport", "Fußball"):
        got = german(offtopic)
        assert got["crumb_offtopic"] == 1.0 and got["crumb_missing"] == 0.0, offtopic
    for fitting in ("Politik", "Ausland"):
        got = german(fitting)
        assert got["crumb_offtopic"] == 0.0 and got["crumb_story_similarity"] > 0.3, fitting


def test_contract() -> None:
    assert "breadcrumb_topic_v1" in REGISTRY or load_all()
    check_contract(
        BreadcrumbTopic(),
        [seed_page(), politics_page(), politics_page(breadcrumbs=("Home", "Sport"), paragraphs=())],
    )


def test_real_outlet_pages_stay_quiet() -> None:
    # Measured on the first 80 article-extraction-benchmark pages: 1 of 80 fires.
    assert fire_share(BreadcrumbTopic(), "crumb_offtopic", real_pages()) <= 0.03
