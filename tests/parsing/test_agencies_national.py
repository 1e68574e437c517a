"""National news agencies in the agency table: their names, codes and datelines."""

from __future__ import annotations

import pytest

from detector.parsing.agencies import agency_in_name, agency_literals, lookup
from detector.parsing.agency_credits import find_credits, labelled_credits
from detector.parsing.datelines import find_dateline
from detector.parsing.signoffs import find_trailing_code


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("به گزارش خبرگزاری مهر", "Mehr"),
        ("خبرگزاری فارس", "Fars"),
        ("خبرگزاری تسنیم", "Tasnim"),
        ("ایسنا", "ISNA"),
        ("ایرنا", "IRNA"),
        ("Philippine News Agency", "PNA"),
        ("Associated Press of Pakistan", "APP"),
        ("United News of Bangladesh", "UNB"),
        ("বাসস", "BSS"),
        ("United News of India", "UNI"),
        ("Tanjug", "Tanjug"),
        ("Agencija Beta", "Beta"),
        ("УНІАН", "UNIAN"),
        ("News Agency of Nigeria", "NAN"),
        ("Kenya News Agency", "KNA Kenya"),
        ("Estadão Conteúdo", "Estadão Conteúdo"),
        ("สำนักข่าวไทย", "TNA"),
    ],
)
def test_national_agency_names(text: str, key: str) -> None:
    agency = agency_in_name(text)
    assert agency is not None and agency.key == key


@pytest.mark.parametrize(
    ("head", "key"),
    [
        ("ISLAMABAD, May 5 (APP): The federal cabinet approved the budget on Monday.", "APP"),
        ("BEOGRAD (Tanjug) - Vlada Srbije usvojila je danas novi zakon o radu.", "Tanjug"),
        ("KYIV (UNIAN) - Ukraine's parliament passed the law on Monday evening.", "UNIAN"),
        ("TEHRAN (FNA)- Iran's foreign minister met his counterpart on Monday.", "Fars"),
    ],
)
def test_dateline_codes(head: str, key: str) -> None:
    m = find_dateline(head)
    assert m is not None and m.agency is not None and m.agency.key == key


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Fonte: Estadão Conteúdo", "Estadão Conteúdo"),
        ("Джерело: УНІАН", "UNIAN"),
        ("Source: Tanjug", "Tanjug"),
        ("منبع: خبرگزاری تسنیم", "Tasnim"),
    ],
)
def test_credit_lines_in_the_agencies_languages(line: str, key: str) -> None:
    # (The two credit readers split the labels between them: either may read a line.)
    found = {c.agency.key for c in (*find_credits(line), *labelled_credits(line))}
    assert found == {key}


@pytest.mark.parametrize(
    "text",
    [
        # Words, not agencies: German "mehr", Persian "مهر" (a month) and "فارس" (a province),
        # the given name "Tasnim", a software "Beta".
        "Lesen Sie mehr über das Thema",
        "اول مهر ماه مدارس باز می شوند",
        "استان فارس و شیراز",
        "Tasnim Ahmed scored twice",
        "The app is in Beta now",
    ],
)
def test_words_are_no_agencies(text: str) -> None:
    assert agency_in_name(text) is None
    assert agency_literals(text) == ((), ())


@pytest.mark.parametrize(
    "paragraph",
    [
        # Initials that are not agencies' codes close these sentences.
        "He was elected a member of the National Assembly of Pakistan last year (MNA).",
        "The ministry said it would work with the Palestinian National Authority (PNA).",
        "The alliance was led by the Tamil National Alliance in the north of Sri Lanka (TNA).",
    ],
)
def test_common_initials_are_no_signoffs(paragraph: str) -> None:
    assert find_trailing_code(paragraph) is None


def test_kenya_keeps_the_german_kna_code() -> None:
    agency = lookup("KNA")
    assert agency is not None and agency.key == "KNA"
