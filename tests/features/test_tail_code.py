"""tail_code_v1: an agency desk's closing mark on a page that credits no agency."""

from __future__ import annotations

from dataclasses import replace

from detector.features._pagememo import forget
from detector.features.tail_code import TailCode
from detector.page import Page
from features._republisher_pages import story_page

PL = (
    "Sąd Najwyższy uchylił we wtorek wyrok w sprawie katastrofy budowlanej w Sosnowcu.",
    "Obrońca zapowiedział, że jego klient jest spokojny o wynik ponownego procesu.",
    "Sprawa trafi ponownie do Sądu Apelacyjnego w Katowicach.",
)
FA = (
    "معاون وزیر اقتصاد از افزایش ۲۰ درصدی وام ازدواج از ابتدای سال آینده خبر داد.",
    "او گفت متقاضیان می‌توانند وضعیت پرونده خود را برخط پیگیری کنند.",
    "این طرح از فروردین اجرا می‌شود.",
)
KO = (
    "정부는 18일 국무회의에서 추가경정예산안을 의결했다.",
    "기획재정부는 이번 추경이 민생 안정에 집중됐다고 밝혔다.",
    "국회는 다음 주 본회의에서 예산안을 심사한다.",
)


def _page(paragraphs: tuple[str, ...], **kw: object) -> Page:
    forget()
    base = story_page(paragraphs=paragraphs, url="https://shop.example.com/news/1", **kw)
    return base


def _fires(page: Page) -> bool:
    return TailCode().extract(page)[0] == (1.0,)


def test_slash_initials_close_the_story() -> None:
    assert _fires(_page((*PL, "kw/ mhr/", "Udostępnij na Facebooku")))
    assert _fires(_page((*PL[:2], PL[2] + " mw/ mhr/")))


def test_end_markers_in_two_scripts() -> None:
    assert _fires(_page((*FA, "انتهای پیام")))
    assert _fires(_page((*KO, "(끝)")))


def test_end_marker_in_the_lines_after_the_story() -> None:
    assert _fires(_page(FA, other_lines=("خبر فردا", "انتهای پیام", "برچسب ها")))


def test_quiet_when_the_agency_is_credited() -> None:
    assert not _fires(_page((*PL, "(PAP)", "kw/ mhr/")))
    assert not _fires(_page((*KO, "(끝)"), byline="홍길동 연합뉴스 기자"))


def test_quiet_on_press_release_endings() -> None:
    assert not _fires(_page((*PL, "###")))
    assert not _fires(_page((*PL, "ENDS")))


def test_quiet_on_an_agency_own_site() -> None:
    page = replace(_page((*KO, "(끝)")), url="https://www.yna.co.kr/view/AKR1")
    assert not _fires(page)


def test_quiet_on_paths_and_fractions() -> None:
    assert not _fires(_page((*PL, "Więcej: https://example.com/ab/cd/", "km/h")))


def test_line_endings_read_cover_every_mark() -> None:
    """Lines are read only when they end (past `_STRIP`) as a mark can: a marker's last
    character is caseless, so lower-casing the line cannot bring one in."""
    from detector.features.tail_code import _END_MARKS, _LAST

    assert all(mark[-1] in _LAST for mark in _END_MARKS)
    assert all(c.lower() == c.upper() == c for c in _LAST)
