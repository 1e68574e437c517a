"""Credits to agencies the table lacks, decades that are no date cues, local event links that are
no celebrity news, and credit or permission wording in other languages (the af/ag/ae false
positives)."""

from __future__ import annotations

from datetime import date

import pytest

from detector.features._credit_words import credit_wording
from detector.features._decades import drop_decades
from detector.features._textscan import digit_years
from detector.features.link_blocks import LinkBlocksTopic, _local_event
from detector.features.origin_marks import OriginMarks
from detector.features.story_age import StoryAge
from detector.features.story_fit import StoryFit
from detector.features.wire import WireCopy
from detector.page import Page
from detector.parsing.agency_words import agency_like, names_agency
from features._pages import block, politics_page
from features._republisher_pages import story_page, values

PT_STORY = (
    "Um incêndio que deflagrou hoje de madrugada na serra obrigou ao corte da estrada nacional "
    "e à retirada preventiva de moradores de duas aldeias, disse fonte da Proteção Civil.",
    "Segundo o comandante sub-regional, estavam no terreno 214 operacionais, apoiados por 63 "
    "viaturas e quatro meios aéreos.",
    "AA // JLS",
)


@pytest.mark.parametrize(
    "name",
    ["Agência Atlântica", "한빛통신", "Agencja Informacyjna Mazowsze", "وكالة الأنباء المحلية",
     "দক্ষিণ এশিয়া সংবাদ সংস্থা", "Nordisk nyhetsbyrå"],
)  # fmt: skip
def test_agency_nouns_in_many_languages(name: str) -> None:
    assert agency_like(name)


@pytest.mark.parametrize("name", ["Maria Silva", "Redação", "Correio do Barlavento", "Agenda"])
def test_names_without_an_agency_noun(name: str) -> None:
    assert not agency_like(name)


def test_a_byline_code_shared_with_the_dateline_names_an_agency() -> None:
    assert names_agency("Redacció / ACP", frozenset({"ACP"}))
    assert not names_agency("Redacció / ACP", frozenset({"EFE"}))


def test_lusa_style_signoff_under_another_agencys_byline_is_credited() -> None:
    # af_p05: "AA // JLS" has Lusa's form; the byline names the agency whose copy it is.
    page = story_page(paragraphs=PT_STORY, language="pt", authors=("Agência Atlântica",))
    got = values(WireCopy(), page)
    assert got["wire_credited"] == 1.0 and got["wire_uncredited"] == 0.0


def test_lusa_style_signoff_under_a_person_stays_uncredited() -> None:
    page = story_page(paragraphs=PT_STORY, language="pt", authors=("Maria Silva",))
    assert values(WireCopy(), page)["wire_uncredited"] == 1.0


def test_an_agency_byline_on_the_sites_own_name_is_no_credit() -> None:
    page = story_page(
        paragraphs=PT_STORY,
        language="pt",
        authors=("Agência Atlântica",),
        site_name="Agência Atlântica",
        url="https://www.agenciaatlantica.pt/x",
    )
    assert values(WireCopy(), page)["wire_uncredited"] == 1.0


BODY_KO = ("시는 재정 부담을 줄이기 위해 이용객이 적은 노선 14개를 조정할 계획이다.",)
HEAD_KO = "(창원=한빛통신) 김도윤 기자 = 창원시는 올해 재정지원금을 투입한다고 2일 밝혔다."


def _code_other(*paragraphs: str) -> float:
    page = Page(url="https://www.gyeongnamtimes.co.kr/news/1", site_name="경남타임즈",
                paragraphs=paragraphs)  # fmt: skip
    return OriginMarks().extract(page)[0][2]


def test_agency_code_named_again_on_the_page_is_its_credit() -> None:
    # af_p28: the agency stands as the byline line and the holder of the notice.
    assert _code_other("한빛통신", HEAD_KO, *BODY_KO) == 0.0
    assert _code_other(HEAD_KO, *BODY_KO, "<저작권자(c) 한빛통신, 무단 전재-재배포 금지>") == 0.0


def test_agency_code_alone_is_still_another_outlets_mark() -> None:
    # aa_11: the agency's code kept, the site's own reporter signing.
    assert _code_other(HEAD_KO, *BODY_KO, "이정훈 기자") == 1.0


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Farmers have pumped the aquifer since the 1970s, and in 2021 it fell.", ["2021"]),
        ("Seit den 1970er Jahren sinkt der Spiegel.", []),
        ("Desde los años 1980 el río baja; en 2023 se secó.", ["2023"]),
        ("С 1990-х годов уровень падает.", []),
        ("창원시는 1990년대부터 준공영제를 검토했다.", []),
        ("The plant opened in 1970 and closed in 1990.", ["1970", "1990"]),
    ],
)
def test_decades_are_not_year_cues(text: str, kept: list[str]) -> None:
    assert drop_decades(text, digit_years(text)) == kept


def test_story_age_ignores_a_decade() -> None:
    para = "Farmers have pumped the aquifer since the 1970s, a practice the district now limits."
    page = story_page(paragraphs=(para,), published=date(2025, 5, 1))
    assert values(StoryAge(), page)["age_story_log_days"] == 0.0
    old = story_page(paragraphs=(para.replace("the 1970s", "1970"),), published=date(2025, 5, 1))
    assert values(StoryAge(), old)["age_story_log_days"] > 0.0


@pytest.mark.parametrize(
    "text",
    ["Lagos recebe festival de música de câmara em setembro", "Amatörteatern spelar i Bollnäs",
     "창원 봄꽃축제 일정 총정리", "Town hosts chamber music festival in September"],
)  # fmt: skip
def test_local_events_in_several_languages(text: str) -> None:
    assert _local_event(text)


def test_local_event_links_are_not_celebrity_news() -> None:
    events = (
        "Town hosts chamber music festival with jazz singers in September",
        "Summer concert series brings film music and pop songs to the park",
        "Theatre company stages new comedy show with famous actors",
    )
    sig = LinkBlocksTopic().signal(politics_page(link_blocks=(block("Read also", *events),)))
    assert sig.as_dict()["celebrity_anchor_share"] == 0.0


def test_two_links_are_too_few_for_a_celebrity_share() -> None:
    gossip = (
        "Reality star shows off her new blonde hair at a beach party",
        "Singer and her boyfriend split after two years of dating",
        "Actress flaunts baby bump on the red carpet at film premiere",
    )
    run = LinkBlocksTopic().signal
    two = run(politics_page(link_blocks=(block("Read also", *gossip[:2]),))).as_dict()
    three = run(politics_page(link_blocks=(block("Read also", *gossip),))).as_dict()
    assert two["celebrity_anchor_share"] == 0.0 and three["celebrity_anchor_share"] == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "[প্রতিবেদনটি তৈরিতে সহায়তা করেছেন প্রতিনিধি। তথ্য: দক্ষিণ এশিয়া সংবাদ সংস্থা (দসস)]",
        "הכתבה מבוססת על כתבה שפורסמה ב-Tech Weekly ומתפרסמת כאן בתרגום ובעריכה, ברשות המערכת.",
        "Reprinted with permission from the Daily Courier.",
        "Przedruk za zgodą redakcji Gazety Lokalnej.",
        "Kaynak: Anadolu Ajansı",
    ],
)
def test_credit_and_permission_wording(line: str) -> None:
    assert credit_wording([line]) == line


@pytest.mark.parametrize(
    "line",
    [
        "Dalsze rozpowszechnianie artykułu tylko za zgodą wydawcy Puls Zdrowia.",
        "Reproduction interdite sans autorisation.",
        "Nguồn: Sưu tầm",
        "Source: social media",
        "ছবি: প্রভাতবার্তা",
    ],
)
def test_reprint_bans_and_vague_sources_credit_nobody(line: str) -> None:
    assert credit_wording([line]) == ""


def test_story_fit_reads_a_bengali_agency_credit() -> None:
    line = "তথ্য: দক্ষিণ এশিয়া সংবাদ সংস্থা (দসস)"
    para = "সিলেটে টানা বৃষ্টিতে নগরের বিভিন্ন এলাকায় জলাবদ্ধতা দেখা দিয়েছে বলে জানা গেছে।"
    assert credit_wording((para, line, para, line)) == line  # the lines `credited_in_words` reads
    assert StoryFit().credited_in_words(story_page(paragraphs=(para, line), language="bn"))
    assert not StoryFit().credited_in_words(story_page(paragraphs=(para,), language="bn"))
