"""Hand-written probe pages of farm kinds the generator does not make (bench/probes/dev).

The facts asserted are what the parser and the signals must see on them, not model scores
(those change with every retraining).
"""

from __future__ import annotations

import csv
import functools
from datetime import date
from pathlib import Path

import pytest

from detector.features.leftovers import Leftovers
from detector.features.wire import WireCopy
from detector.page import Page, parse_page
from detector.parsing import patterns as P
from features._republisher_pages import evidence, values

# The development probe set, also scored by bench/probes.py (one copy of the pages).
PROBES = Path(__file__).resolve().parents[2] / "bench" / "probes" / "dev"
FETCHED = date(2026, 12, 6)


@functools.cache
def probe(name: str) -> Page:
    return parse_page((PROBES / name).read_bytes(), fetched=FETCHED)


def test_every_probe_is_labelled_and_parses() -> None:
    with open(PROBES / "labels.csv", encoding="utf-8") as f:
        labels = {row["file"]: row["label"] for row in csv.DictReader(f)}
    files = sorted(p.name for p in PROBES.iterdir() if p.suffix in (".txt", ".html"))
    assert sorted(labels) == files
    for name in files:
        assert probe(name).paragraphs, name  # every probe has a main text


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("f01_de_dpa_scraper.txt", "dpa"),
        ("f10_ru_tass_scraper.txt", "ТАСС"),
        ("f11_id_antara_scraper.txt", "ANTARA"),
        ("f18_en_casino_news.html", "AP"),
        ("f21_zh_wechat_copy.txt", "新华社"),
        ("f23_ko_yonhap_scraper.txt", "연합뉴스"),
        ("f24_tr_aa_scraper.txt", "AA"),
    ],
)
def test_stripped_wire_copy_is_found_and_judged_uncredited(name: str, agency: str) -> None:
    page = probe(name)
    assert agency in page.dateline
    v = values(WireCopy(), page)
    assert v["wire_dateline"] == 1 and v["wire_uncredited"] == 1 and v["wire_credited"] == 0


def test_licensed_xinhua_copy_is_credited_by_its_source_line() -> None:
    page = probe("l04_zh_xinhua_portal.txt")
    assert page.dateline.startswith("新华社北京")
    v = values(WireCopy(), page)
    assert v["wire_credited"] == 1 and v["wire_uncredited"] == 0


@pytest.mark.parametrize(
    ("name", "crumb", "heading"),
    [
        ("f07_zh_kknews.txt", "娱乐", "相关文章"),
        ("f09_ja_matome.txt", "ニュース", "関連記事"),
        ("f10_ru_tass_scraper.txt", "Новости", "Похожие новости"),
        ("f11_id_antara_scraper.txt", "Berita", "Berita Terkait"),
        ("f21_zh_wechat_copy.txt", "资讯", "相关阅读"),
        ("f23_ko_yonhap_scraper.txt", "뉴스", "관련 기사"),
        ("l09_ja_news_own.txt", "地域", "アクセスランキング"),
    ],
)
def test_breadcrumbs_and_link_blocks_in_other_languages(
    name: str, crumb: str, heading: str
) -> None:
    page = probe(name)
    assert crumb in page.breadcrumbs
    assert heading in [b.heading for b in page.link_blocks]


def test_a_one_link_list_above_the_footer_is_no_block() -> None:
    # "En çok okunanlar" holds one link, then the footer's "© 2026 BetHaber24": the heading is
    # read as one, but a footer notice is not a link, and one link makes no block.
    page = probe("f24_tr_aa_scraper.txt")
    assert "Haberler" in page.breadcrumbs
    assert P.LINK_BLOCK_HEADING.match("En çok okunanlar")
    assert not page.link_blocks
    assert ("BetHaber24", "copyright") in page.brand_candidates


@pytest.mark.parametrize(
    ("name", "language"),
    [("f07_zh_kknews.txt", "zh"), ("f09_ja_matome.txt", "ja"), ("l09_ja_news_own.txt", "ja")],
)
def test_cjk_text_records_have_their_story_as_main_text(name: str, language: str) -> None:
    page = probe(name)
    assert page.language == language
    assert page.word_count >= 1 and sum(len(p) for p in page.paragraphs) >= 150
    assert not any(p.startswith("Copyright") for p in page.paragraphs)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("f07_zh_kknews.txt", "来源于网络"),
        ("f21_zh_wechat_copy.txt", "来源于网络"),
        ("f09_ja_matome.txt", "引用元"),
    ],
)
def test_reposters_point_elsewhere(name: str, said: str) -> None:
    page = probe(name)
    assert values(Leftovers(), page)["left_points_elsewhere"] >= 1
    assert said in evidence(Leftovers(), page)


def test_legit_probes_do_not_point_elsewhere() -> None:
    for name in ("l04_zh_xinhua_portal.txt", "l09_ja_news_own.txt"):
        assert values(Leftovers(), probe(name))["left_points_elsewhere"] == 0


def test_casino_page_date_row_is_its_published_date() -> None:
    assert probe("f18_en_casino_news.html").published == date(2024, 4, 17)
