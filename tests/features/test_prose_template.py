"""The "Discover" rewrite template in prose: question sub-heads, a closing summary, own town."""

from __future__ import annotations

from datetime import date

import pytest

from detector.features.prose_template import ProseTemplate
from features._republisher_pages import story_page

FILL = {
    "en": "Officials said the measure would take effect next week after months of talks "
    "between the regional authority and the unions that represent the staff.",
    "fr": "Selon les informations communiquées mercredi, la mesure entrera en vigueur la "
    "semaine prochaine après plusieurs mois de discussions avec les syndicats du secteur.",
    "es": "Según ha informado el ministerio, la medida entrará en vigor la próxima semana tras "
    "varios meses de negociaciones con los sindicatos y las asociaciones del sector.",
}
CASES = {
    "en": ("What happened?", "What should travelers do?", "In summary, travelers should check."),
    "fr": (
        "Pourquoi les contrôleurs font-ils grève ?",
        "Qui est concerné ?",
        "En conclusion, il est conseillé de vérifier le statut de votre vol avant de partir.",
    ),
    "es": (
        "Quién cobra la paga extra",
        "Cuándo se cobra la paga extra",
        "En definitiva, los jubilados cobrarán la paga extra en diciembre como cada año.",
    ),
}


def _page(lang: str, first: str, second: str, closer: str, **changes: object):
    fill = FILL[lang]
    paras = (fill, fill, first, fill, second, fill, f"{closer} {fill}")
    return story_page(paragraphs=paras, published=date(2024, 3, 14), language=lang, **changes)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_question_heads_and_a_closing_summary_make_the_template(lang: str) -> None:
    values, evidence = ProseTemplate().extract(_page(lang, *CASES[lang]))
    assert values == (1.0, 0.0)
    assert "question sub-heads" in evidence[0]


def test_a_closing_paragraph_restating_the_headline_counts() -> None:
    closer = "Senators see hope for fentanyl talks with Beijing, and the talks may come soon."
    headline = "Senators see new hope for fentanyl talks with Beijing officials"
    page = _page("en", "What happened?", "What comes next?", closer, headline=headline)
    values, _ = ProseTemplate().extract(page)
    assert values == (1.0, 0.0)


def test_an_explainer_that_ends_on_a_fact_is_not_the_template() -> None:
    page = _page("en", "What happened?", "What comes next?", "The vote is due on Monday.")
    assert ProseTemplate().extract(page)[0] == (0.0, 0.0)


def test_an_interview_is_not_the_template() -> None:
    answer = '"We regret the disruption, but staffing is at its lowest in ten years," she said.'
    paras = (
        FILL["en"],
        "Why are you striking?",
        answer,
        "What do you expect?",
        answer,
        FILL["en"],
        f"In summary, {FILL['en']}",
    )
    page = story_page(paragraphs=paras, published=date(2024, 3, 14))
    assert ProseTemplate().extract(page)[0] == (0.0, 0.0)


def test_a_long_guide_is_not_the_template() -> None:
    page = _page("en", *CASES["en"])
    long_page = story_page(
        paragraphs=page.paragraphs + (FILL["en"],) * 30, published=date(2024, 3, 14)
    )
    assert ProseTemplate().extract(long_page)[0] == (0.0, 0.0)


@pytest.mark.parametrize(
    ("head", "site", "fires"),
    [
        ("Was bedeutet der Bahnstreik für Wesselheim?", "Wesselheim Aktuell", 1.0),
        ("What does the strike mean for Millbrook?", "The Millbrook Courier", 1.0),
        ("Qué significa la huelga para Valdemora?", "Valdemora Hoy", 1.0),
        ("What does the strike mean for commuters?", "The Millbrook Courier", 0.0),
        ("Was bedeutet der Bahnstreik für Pendler?", "Wesselheim Aktuell", 0.0),
    ],
)
def test_a_meaning_for_the_sites_own_town_head(head: str, site: str, fires: float) -> None:
    paras = (FILL["en"], FILL["en"], head, FILL["en"])
    page = story_page(paragraphs=paras, site_name=site, published=date(2024, 3, 14))
    assert ProseTemplate().extract(page)[0] == (0.0, fires)
