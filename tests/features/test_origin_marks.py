"""origin_marks_v1: the copy still carries the marks of the outlet that wrote it."""

from __future__ import annotations

import pytest

from detector.features.base import get_signal
from detector.features.origin_marks import OriginMarks
from detector.page import Page

MAIL, RIGHTS, CODE, OUR, BACKREF = range(5)
BODY = ("The city council approved the new budget on Tuesday after a long debate.",)


def _values(**fields: object) -> tuple[float, ...]:
    return OriginMarks().extract(Page(**fields))[0]  # type: ignore[arg-type]


def test_registered() -> None:
    assert get_signal("origin_marks_v1") is OriginMarks


@pytest.mark.parametrize(
    ("url", "site", "tail"),
    [
        (
            "https://www.hanbitdaily.co.kr/news/1",
            "한빛데일리",
            (
                "김민수 기자 minsu.kim@seohaeilbo.co.kr",
                "저작권자 © 서해일보 무단전재 및 재배포 금지",
            ),
        ),
        (
            "https://www.infoflash.fr/a/1",
            "InfoFlash",
            ("Marie Durand mdurand@lemessager.fr", "© Le Messager. Tous droits réservés."),
        ),
    ],
)
def test_reporter_mail_and_rights_of_another_outlet(url: str, site: str, tail: tuple) -> None:
    values = _values(url=url, site_name=site, paragraphs=(*BODY, *tail))
    assert values[MAIL] == 1.0
    assert values[RIGHTS] == 1.0


def test_own_mail_and_rights_are_quiet() -> None:
    tail = ("Marie Durand mdurand@infoflash.fr", "© InfoFlash. Tous droits réservés.")
    values = _values(
        url="https://www.infoflash.fr/a/1", site_name="InfoFlash", paragraphs=(*BODY, *tail)
    )
    assert values[MAIL] == values[RIGHTS] == 0.0


def test_mail_from_the_outlets_other_domain_is_quiet() -> None:
    # The outlet's name as the page's subdomain on a group platform mails from its own domain.
    tail = ("Jane Roe, reporter jroe@seattlepi.com",)
    values = _values(
        url="https://seattlepi.nwsource.com/local/1",
        site_name="Seattle Post-Intelligencer",
        paragraphs=(*BODY, *tail),
    )
    assert values[MAIL] == 0.0
    other = _values(
        url="https://seattlepi.nwsource.com/local/1",
        site_name="Seattle Post-Intelligencer",
        paragraphs=(*BODY, "Jane Roe, reporter jroe@tacomanews.com"),
    )
    assert other[MAIL] == 1.0


def test_contact_line_and_free_mail_are_quiet() -> None:
    tail = ("Contact: desk@parentgroup.com", "Tuma Habari habari@gmail.com")
    assert (
        _values(url="https://habari.co.tz/x", site_name="Habari", paragraphs=(*BODY, *tail))[MAIL]
        == 0.0
    )


def test_licensed_agency_rights_line_is_quiet() -> None:
    # "© NPA" under an NPA byline: credited copy.
    tail = ("Redactie news@npa.nl", "© NPA")
    values = _values(
        url="https://regio.nl/x", site_name="Regio Nieuws", byline="NPA", paragraphs=(*BODY, *tail)
    )
    assert values[RIGHTS] == 0.0


@pytest.mark.parametrize(
    "head",
    [
        "[경인데일리=김민서 기자] 정부가 내년부터 기초연금을 올린다.",
        "(세종=누리통신) 이정훈 기자 = 고용노동부는 18일 밝혔다.",
    ],
)
def test_dateline_code_of_another_outlet(head: str) -> None:
    assert _values(site_name="한결경제신문", paragraphs=(head, *BODY))[CODE] == 1.0


def test_own_dateline_code_is_quiet() -> None:
    head = "[한결경제신문=김민서 기자] 정부가 내년부터 기초연금을 올린다."
    assert _values(site_name="한결경제신문", paragraphs=(head, *BODY))[CODE] == 0.0


@pytest.mark.parametrize(
    "line",
    [
        "Een woordvoerder laat aan onze redactie weten dat er getuigen worden gezocht.",
        "Akizungumza na gazeti hili jana, mmoja wa wamiliki alisema bei itashuka.",
        "« Nous alertons depuis deux ans », a déclaré à notre journal le secrétaire.",
    ],
)
def test_our_outlet_under_a_staff_byline(line: str) -> None:
    fields = {"site_name": "Nieuws Nu", "paragraphs": (*BODY, line)}
    assert _values(byline="Redactie", **fields)[OUR] == 1.0
    # A page signed by a person, or not signed at all, is a newsroom's own voice or unknown.
    assert _values(byline="Henk de Vries", **fields)[OUR] == 0.0
    assert _values(**fields)[OUR] == 0.0


@pytest.mark.parametrize(
    "line",
    [
        "Ранее «Волжская неделя» сообщала, что в Самаре закупят автобусы.",
        "Как сообщил корреспондент «Прикамского курьера», на месте аварии промоина.",
    ],
)
def test_back_reference_to_another_outlet(line: str) -> None:
    assert _values(site_name="СводкиДня", paragraphs=(*BODY, line))[BACKREF] == 1.0


def test_back_reference_to_own_inflected_name_is_quiet() -> None:
    line = "Как сообщил корреспондент «Волжского вестника», на месте аварии промоина."
    assert _values(site_name="Волжский вестник", paragraphs=(*BODY, line))[BACKREF] == 0.0


def test_agency_dateline_code_credits_its_mail_and_rights() -> None:
    # af_p28: "(창원=한빛통신)" heads the story; the agency's mail and notice are its credit.
    head = "(창원=한빛통신) 김도윤 기자 = 창원시는 올해 재정지원금을 투입한다고 2일 밝혔다."
    tail = ("dykim@hanbit-news.co.kr", "<저작권자(c) 한빛통신, 무단 전재-재배포 금지>")
    values = _values(
        url="https://www.gyeongnamtimes.co.kr/news/1",
        site_name="경남타임즈",
        paragraphs=(head, *BODY, *tail),
    )
    assert values[MAIL] == values[RIGHTS] == 0.0


def test_mail_without_own_domain_under_another_outlets_notice() -> None:
    # ag_p20: no URL, a Korean brand; the mail's outlet holds the notice under it.
    tail = (
        "김도현 기자 dohyun.kim@hanbitilbo.co.kr",
        "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>",
    )
    assert _values(site_name="데일리인사이트경제", paragraphs=(*BODY, *tail))[MAIL] == 1.0
    own = ("김도현 기자 dohyun.kim@insight.co.kr", "<저작권자 © 데일리인사이트경제, 무단전재 금지>")
    assert _values(site_name="데일리인사이트경제", paragraphs=(*BODY, *own))[MAIL] == 0.0
