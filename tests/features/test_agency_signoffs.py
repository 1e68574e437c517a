"""National agencies' codes, and a story paragraph closed by the agency's code in brackets."""

from __future__ import annotations

from detector.features.trade_site import TradeSite, signed_by
from detector.features.wire import WireCopy
from detector.parsing.agencies import find_dateline, find_trailing_code
from features._republisher_pages import story_page, values


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


def test_a_closing_code_shows_agency_copy_but_is_no_credit() -> None:
    # The closing "(PAP)" is part of the copy as the agency sends it: licensees and copiers
    # both print it. It shows agency copy (to trade_site_v1) wherever the paragraph sits, and
    # it does not make the copy credited.
    page = story_page(
        paragraphs=(
            "Sejm w piątek uchwalił nowelizację ustawy o ochronie zwierząt, która zakazuje psów.",
            "Według ich szacunków w Polsce na łańcuchach żyje nawet kilkaset tysięcy psów. (PAP)",
            "O nas | Kontakt | Polityka prywatności | Regulamin",
        ),
        other_lines=("Bonusy bukmacherskie", "Kody promocyjne", "Kasyno online"),
    )
    assert signed_by(page) == "PAP"
    assert not WireCopy().credits(page)
    got = values(TradeSite(), page)
    assert got["agency_copy_on_trade_site"] == 1.0
