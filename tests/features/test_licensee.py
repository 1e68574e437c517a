"""A credit licenses nothing on a site of a trade no agency sells to (`_licensee`)."""

from __future__ import annotations

from typing import Any

import pytest

from detector.features._licensee import discounted_credit, non_licensee_trade
from detector.features.brand import brand_words
from detector.features.copy_context import CopyContext
from detector.features.wire import WireCopy
from detector.originals.records import Match
from detector.page import Page
from features._republisher_pages import STORY, evidence, story_page, values

AP_COPY = ("BEIJING (AP) — " + STORY[0], *STORY[1:])
AP_NOTICE = ("Copyright 2023 The Associated Press. All rights reserved.",)


def _branded(brand: str, **changes: Any) -> Page:
    return story_page(
        paragraphs=AP_COPY,
        credit_lines=AP_NOTICE,
        brand_candidates=((brand, "title_suffix"),),
        **changes,
    )


@pytest.mark.parametrize(
    ("brand", "word"),
    [
        ("SaveMore Deals", "deals"),
        ("ZenithCoin Daily", "coin"),  # a crypto brand, even on a business story
        ("LuckyCasino777 News", "casino"),  # digits split off the word
        ("Oroscopo e Notizie Oggi", "oroscopo"),
        ("VacanzeFacili24", "vacanze"),  # a compound's trade part
        ("快贷款资讯网", "贷款"),  # a loan portal, in a script without spaces
    ],
)
def test_credited_agency_copy_on_a_trade_brand_reads_as_uncredited(brand: str, word: str) -> None:
    page = _branded(brand)
    assert non_licensee_trade(page) == (brand, (word,))
    v = values(WireCopy(), page)
    assert v["wire_credited"] == 0 and v["wire_uncredited"] == 1
    said = evidence(WireCopy(), page)
    assert "credited" in said  # the credit that was found is still shown
    assert f'is of another trade ("{word}")' in said and "came with the copy" in said


@pytest.mark.parametrize(
    "brand",
    [
        "The Millbrook Courier",  # a newsroom
        "TechCrunch",  # tech and finance brands include a trade press that licenses copy
        "Investment Executive",
        "Solarserver",
        "Times Internet Limited",  # a company form
        "Shop",  # only trade words: a section's name in a title, not the site's
    ],
)
def test_credit_on_a_possible_licensee_stands(brand: str) -> None:
    page = _branded(brand)
    assert discounted_credit(page) == ""
    v = values(WireCopy(), page)
    assert v["wire_credited"] == 1 and v["wire_uncredited"] == 0


def test_agency_own_site_is_never_discounted() -> None:
    page = _branded("AP Deals", url="https://apnews.com/article/senators-china-123")
    assert values(WireCopy(), page)["wire_credited"] == 1


def test_copy_context_reads_no_credit_on_a_trade_brand() -> None:
    match = Match(
        id="ap-1",
        url="https://apnews.com/article/x",
        site="apnews.com",
        title="Senators see hope for fentanyl talks",
        published=None,
        corpus="originals",
        similarity=0.9,
        containment_of_original=0.9,
        containment_of_page=0.9,
        days_earlier=None,
    )
    assert CopyContext().credit(_branded("The Millbrook Courier"), match) != ""
    assert CopyContext().credit(_branded("SaveMore Deals"), match) == ""


def test_brand_words_split_digits_off_words() -> None:
    assert brand_words("GACOR88 NEWS") == ["gacor", "88", "news"]
    assert brand_words("WealthTrail Solutions") == ["wealth", "trail", "solutions"]
    assert brand_words("France 24") == ["france", "24"]
