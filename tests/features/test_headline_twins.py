"""keyword_stuffing_v1: related headlines that restate the page's own headline (variant titles
of one story) are counted as twins, not as the topical links of an outlet; series and follow-ups
that name another number or share few words are not twins."""

from __future__ import annotations

from detector.features._keyword_units import keys
from detector.features.keyword_stuffing import KeywordStuffing, is_headline_twin
from detector.page import Page
from features._pages import block

KO_HEAD = "청년도약계좌 7월 신청방법 총정리…가입조건·소득기준 한눈에"
KO_TWINS = (
    "청년도약계좌 신청방법 총정리, 7월 가입조건은?",
    "청년도약계좌 소득기준 얼마? 7월 신청방법 한눈에",
    "청년도약계좌 신청방법 7월 가입조건 소득기준 알아보기",
    "청년도약계좌 7월 신청 언제? 조건·신청방법 총정리",
)
EN_HEAD = "How to apply for the SASSA grant increase: status check and payment dates"
EN_TWINS = (
    "SASSA grant increase: how to apply, payment dates and status check",
    "Status check for the SASSA grant increase and payment dates explained",
    "SASSA grant increase payment dates: how to apply and check your status",
)


def values(page: Page) -> dict[str, float]:
    return KeywordStuffing().signal(page).as_dict()


def page(head: str, *related: str, language: str) -> Page:
    return Page(headline=head, link_blocks=(block("Related", *related),), language=language)


def test_korean_variant_titles_are_twins_not_topical_links() -> None:
    got = values(page(KO_HEAD, *KO_TWINS, "근로장려금 반기 신청 지급일 총정리", language="ko"))
    assert got["kw_related_headline_twins"] == 0.8
    # The twins no longer count as on-topic links; the benefit look-up shares "총정리" only.
    assert got["kw_related_entity_count"] == 1


def test_english_variant_titles_are_twins() -> None:
    got = values(page(EN_HEAD, *EN_TWINS, "Load shedding schedule for Soweto", language="en"))
    assert got["kw_related_headline_twins"] == 0.75


def test_the_page_listing_itself_in_most_read_is_no_twin() -> None:
    assert is_headline_twin(keys(KO_TWINS[0]), keys(KO_HEAD))
    got = values(page(KO_HEAD, KO_HEAD, KO_TWINS[0], "기초연금 수급자격 조회방법", language="ko"))
    assert got["kw_related_headline_twins"] == 0.0


def test_a_series_and_follow_ups_are_not_twins() -> None:
    series = page(
        "Management improvement blog carnival #181",
        "Management improvement blog carnival #180",
        "Management improvement blog carnival #179",
        "Management improvement blog carnival #178",
        language="en",
    )
    assert values(series)["kw_related_headline_twins"] == 0.0
    follow_ups = page(
        "Hurricane Sandy: after landfall",
        "Hurricane Sandy: the aftermath",
        "Hurricane Sandy: one week after landfall",
        "Hurricane Sandy: photos from the coast",
        language="en",
    )
    assert values(follow_ups)["kw_related_headline_twins"] == 0.0
    got = values(follow_ups)
    assert got["kw_related_entity_count"] == 3  # on-topic links still count as before
