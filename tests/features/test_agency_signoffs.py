"""National agencies' codes, and a story paragraph closed by the agency's code in brackets."""

from __future__ import annotations

from detector.features.wire import WireCopy
from detector.page import Page
from detector.parsing.agencies import find_dateline, find_trailing_code


def test_national_agency_datelines() -> None:
    dl = find_dateline("Quảng Ngãi (TTXVN) - Mưa lớn kéo dài trong hai ngày qua đã gây sạt lở")
    assert dl is not None and dl.agency is not None and dl.agency.key == "VNA"
    dl = find_dateline("WARSZAWA (PAP) - Sejm uchwalił w piątek nowelizację ustawy")
    assert dl is not None and dl.agency is not None and dl.agency.key == "PAP"


def test_a_paragraph_closed_by_a_code_is_a_sign_off() -> None:
    para = "Według ich szacunków w Polsce na łańcuchach żyje nawet kilkaset tysięcy psów. (PAP)"
    agency = find_trailing_code(para)
    assert agency is not None and agency.key == "PAP"
    assert find_trailing_code("Photo (AFP)") is None  # a caption, not a story's sentence
    assert find_trailing_code(para.replace("(PAP)", "(Poland)")) is None


def test_the_sign_off_counts_even_when_the_main_text_runs_into_the_footer() -> None:
    page = Page(
        paragraphs=(
            "Sejm w piątek uchwalił nowelizację ustawy o ochronie zwierząt, która zakazuje psów.",
            "Według ich szacunków w Polsce na łańcuchach żyje nawet kilkaset tysięcy psów. (PAP)",
            "O nas | Kontakt | Polityka prywatności | Regulamin",
        )
    )
    credits = WireCopy().credits(page)
    assert [c.agency.key for c in credits] == ["PAP"]
