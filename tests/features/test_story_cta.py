"""story_cta_v1: a sales call to action planted in or right after a copied news story."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detector.features.story_cta import (
    _CALLS,
    _CJK_CALLS,
    _GLUED,
    _OPENERS,
    _SOFT_CALLS,
    StoryCta,
    _call,
    _clause_starts,
    _opens_clause,
    _strong,
    _subset,
    _term,
)
from detector.page import Page, parse_page
from features._republisher_pages import values

NEWS = {
    "en": "Thousands of holidaymakers were left stranded on Friday after ferry workers walked "
    "out in a dispute over pay and rosters, the union said in a statement.",
    "es": "Los conductores de autobús urbano irán a la huelga cuatro días en marzo después de "
    "que fracasara la última reunión con la empresa municipal, informó el comité.",
    "pl": "Przebudowa jednej z głównych arterii miasta nie zakończy się w kwietniu, jak "
    "pierwotnie zakładano, poinformował miejski zarząd dróg w czwartek.",
    "ko": "국토교통부는 전세사기 피해자 지원을 확대하기 위해 피해주택 매입 요건을 완화하기로 했다고 "
    "14일 밝혔다. 관계자는 관련 시행령 개정을 연내 마무리하겠다고 설명했다.",
}


def _page(lines: list[str], headline: str = "Ferry strike strands thousands") -> Page:
    head = ["Example Site", headline, "Published 3 March 2025"]
    return parse_page("\n".join([*head, *lines]).encode(), url=None)


def _cta(page: Page) -> float:
    return values(StoryCta(), page)["commerce_story_cta"]


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", ["Planning a trip? Shop now and save 15% with code SAIL15."]),
        ("es", ["En nuestra clínica la primera visita es gratis.", "Reservar ahora"]),
        ("pl", ["Planujesz kredyt? Umów bezpłatną konsultację z naszym doradcą."]),
        ("ko", ["📢 지금 구매시 수분크림 1+1 ! 오늘만 특가 29,900원 → 바로가기"]),
    ],
)  # fmt: skip
def test_pitch_after_news_fires(lang: str, tail: list[str]) -> None:
    assert _cta(_page([NEWS[lang]] * 4 + tail)) >= 1


def test_call_inside_news_prose_is_quiet() -> None:
    # The verbs of a sale inside reported speech are news, not a pitch.
    line = (
        "The operator said passengers could save up to 20% by rebooking, and that it would "
        "order two new vessels for $80 million."
    )
    assert _cta(_page([NEWS["en"]] * 4 + [line])) == 0


@pytest.mark.parametrize(
    "tail",
    [
        ["Subscribe now: your first month for $1"],  # the outlet's own subscription
        ["Support our journalism: donate from $5 a month"],
        ["Anzeige: Jetzt bestellen und 20% sparen"],  # a labelled ad
        ["If you need help, call the Samaritans free on 116 123"],
        ["© 2025 Example Site. All rights reserved."],
    ],
)  # fmt: skip
def test_outlet_prompts_are_quiet(tail: list[str]) -> None:
    assert _cta(_page([NEWS["en"]] * 4 + tail)) == 0


def test_deal_post_sells_from_its_headline() -> None:
    head = "Best ferry deals this summer: every crossing to France compared"
    page = _page([NEWS["en"]] * 4 + ["Shop now and save 15% with code SAIL15."], head)
    assert _cta(page) == 0


def test_pitch_in_the_lead_is_a_commerce_page() -> None:
    lead = "Shop now and save 15% with code SAIL15 on every crossing this summer, all routes."
    page = _page([lead, *[NEWS["en"]] * 4, "Shop now and save 15% with code SAIL15."])
    assert _cta(page) == 0


def test_hard_news_column_needs_a_news_lead() -> None:
    pitch = "Planning a trip? Shop now and save 15% with code SAIL15."
    news = "The transport ministry said on Friday that ferry workers would strike for two days."
    howto = "Pack light, keep your tickets on your phone and arrive early to board without stress."
    on_news = values(StoryCta(), _page([news, *[NEWS["en"]] * 3, pitch]))
    on_howto = values(StoryCta(), _page([howto] * 4 + [pitch], "Ten tips for ferry trips"))
    assert on_news["commerce_news_cta"] >= 1
    assert on_howto["commerce_story_cta"] >= 1
    assert on_howto["commerce_news_cta"] == 0


# The calls are matched only where a clause opens, one pattern a term, instead of an
# alternation scanned over the whole line: the same answer as the scan, as these check.
_PIECES = [
    *(t.rstrip("$") for t in (*_CALLS, *_SOFT_CALLS, *_CJK_CALLS)),
    *_OPENERS,
    *_GLUED,
    " ", "  ", "\t", "\u3000", "x", "e-", "Ä", "\u2014", "😀", "ſ", "K", "İ", "$5", "free",
    "中", "_", "1", "\u0301", "™", "\u2000", "\u2001",
]  # fmt: skip


def _scanned_call(
    line: str, clause: tuple[str, ...], cjk: tuple[str, ...], soft: tuple[str, ...]
) -> str:
    """The call as read before: each alternation scanned over the line, openings kept."""
    for m in _subset(clause).finditer(line):
        if _opens_clause(line, m.start()):
            return m[0]
    found = _subset(cjk).search(line)
    if found:
        return found[0]
    for m in _subset(soft).finditer(line):
        if _opens_clause(line, m.start()):
            return m[0] if _strong(line) else ""
    return ""


def _one_each(terms: tuple[str, ...], kept: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(map(_term, sorted((t for t in terms if t in kept), key=len, reverse=True)))


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.randoms(use_true_random=False))
def test_calls_read_at_openings_match_the_scan(pieces: list[str], rnd: random.Random) -> None:
    line = "".join(p.upper() if rnd.random() < 0.2 else p for p in pieces)
    clause = tuple(rnd.sample(_CALLS, rnd.randint(0, 6)))
    cjk = tuple(rnd.sample(_CJK_CALLS, rnd.randint(0, 4)))
    soft = tuple(rnd.sample(_SOFT_CALLS, rnd.randint(0, 3)))
    calls = (_one_each(_CALLS, clause), _subset(cjk), _one_each(_SOFT_CALLS, soft))
    assert _call(line, calls) == _scanned_call(line, clause, cjk, soft)


@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_clause_starts_are_the_openings(pieces: list[str]) -> None:
    line = "".join(pieces)
    starts = [at for at in _clause_starts(line) if at < len(line) and not line[at].isspace()]
    wanted = [at for at, c in enumerate(line) if not c.isspace() and _opens_clause(line, at)]
    assert starts == wanted


def test_no_clause_opens_inside_a_call_word() -> None:
    """What reading only at openings rests on: a call starts with a letter, and none of its
    later positions could open a clause (in the word or in any text matching it, whose
    letters stay letters)."""
    for term in (t.rstrip("$") for t in (*_CALLS, *_SOFT_CALLS)):
        assert term[0].isalpha(), term
        for k in range(1, len(term)):
            glued = term[k - 1]
            last = term[:k].rstrip()[-1]
            opens = last in _OPENERS or (not last.isalnum() and ord(last) > 0x2000)
            assert not (opens and (glued.isspace() or glued in _GLUED)), term


def test_cjk_calls_need_a_letter_past_ascii() -> None:
    """ASCII lines skip the CJK search: every CJK call holds a caseless character past ASCII,
    which no ASCII character matches."""
    for term in _CJK_CALLS:
        wide = [c for c in term if not c.isascii()]
        assert wide, term
        assert all(c.lower() == c.upper() == c for c in wide), term
