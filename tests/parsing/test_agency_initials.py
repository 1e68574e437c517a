"""agency_initials: an agency credited by its name's initials or its code, for a dateline code."""

from __future__ import annotations

import pytest

from detector.parsing.agency_initials import code_on_line, credit_cue, name_for_code


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("CP", "By ROBERT KEANE Continental Press", "Continental Press"),
        ("CP", "Copyright 2026 Continental Press. All rights reserved.", "Continental Press"),
        ("ANP", "Par Awa Diop, Agence Nationale de Presse", "Agence Nationale de Presse"),
        ("ČZA", "Zdroj: Česká zpravodajská agentura (ČZA)", "Česká zpravodajská agentura"),
        ("AIN", "Fuente: Agencia de Información Nacional", "Agencia de Información Nacional"),
        ("PAP", "Źródło: Polska Agencja Prasowa", "Polska Agencja Prasowa"),
        ("KBN", "© Kantor Berita Nusantara 2026", "Kantor Berita Nusantara"),
    ],
)
def test_a_name_whose_initials_spell_the_code(code: str, text: str, name: str) -> None:
    assert name_for_code(code, text) == name


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("CP", "By CARLA PEREZ"),  # a person's initials: no agency word
        ("CP", "Cookie Policy | Privacy"),
        ("CP", "Continental Press Association"),  # the start of a longer name
        ("CP", "Continental, Press"),  # not one name
        ("cp", "By Continental Press"),  # a code in lower case is no one's initials
        ("ANP", "Agence Nationale"),
    ],
)
def test_no_name_for_the_code(code: str, text: str) -> None:
    assert name_for_code(code, text) == ""


@pytest.mark.parametrize(
    "line",
    [
        "— PERNAS",
        "Oleh PERNAS | 23 Februari 2026, 6:12 petang",
        "Redacció / ACOM",
        "COPYRIGHT © KBN 2026",
        "AGN / Gazeta de Banat",
        "Von Anna Kurz, ABC",
    ],
)
def test_a_byline_or_closing_line_credits_the_code(line: str) -> None:
    code = next(w.strip("©,|/—") for w in reversed(line.split()) if w.isupper() and w.isalpha())
    if line.startswith(("Oleh", "AGN")):
        code = line.split()[1] if line.startswith("Oleh") else "AGN"
    assert code_on_line(code, line)


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("AGP", "(AGP)."),  # the mark closing agency copy came with the text
        ("PL", "PL | EN | DE"),  # a language menu
        ("PL", "PL"),
        ("PAP", "Foto: PAP / Jan Kowalski"),  # a photo credit
        ("AA", "Kaynak: AA"),  # a labelled credit: read by agency_credits, not here
        ("AFP", "Paris (AFP) - Le gouvernement a annoncé"),
    ],
)
def test_lines_that_do_not_credit_the_code(code: str, line: str) -> None:
    assert not code_on_line(code, line)


def test_credit_cues() -> None:
    assert credit_cue("Copyright 2026 Continental Press")
    assert credit_cue("By ROBERT KEANE Continental Press")
    assert credit_cue("Por Ana Ruiz, Agencia Nacional")
    assert not credit_cue("Continental Press said on Monday")
