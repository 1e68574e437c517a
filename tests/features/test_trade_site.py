"""trade_site_v1: agency copy on a site whose chrome sells something else."""

from __future__ import annotations

from detector.features.base import get_signal
from detector.features.trade_site import TradeSite, chrome_trade_words
from features._republisher_pages import fire_share, real_sample, story_page, values

CASINO_MENU = ("Home", "Casino Reviews", "Free Spins", "Bonus Codes", "Betting Tips")


def test_registered() -> None:
    assert get_signal("trade_site_v1") is TradeSite


def test_agency_copy_on_a_casino_site_fires_credited_or_not() -> None:
    page = story_page(other_lines=CASINO_MENU, dateline="JAKARTA (AFP) -")
    got, ev = TradeSite().extract(page)
    assert got == (4.0, 1.0)
    assert "JAKARTA (AFP)" in ev[0] and '"casino"' in ev[0]
    credited = story_page(other_lines=CASINO_MENU, dateline="JAKARTA (AFP) -", byline="AFP")
    assert values(TradeSite(), credited)["agency_copy_on_trade_site"] == 1.0


def test_other_scripts() -> None:
    assert chrome_trade_words(story_page(other_lines=("首页", "博彩新闻", "彩票"))) == [
        "博彩",
        "彩票",
    ]
    assert chrome_trade_words(story_page(other_lines=("Главная", "Казино", "Бонусы"))) == [
        "казино",
        "бонусы",
    ]


def test_quiet_without_agency_copy_or_with_a_newspapers_shop_menu() -> None:
    assert values(TradeSite(), story_page(other_lines=CASINO_MENU)) == {
        "trade_chrome_words": 4.0,
        "agency_copy_on_trade_site": 0.0,
    }
    # Newspapers' own menus sell things too ("Shopping", "Deals", "Store"): not trade words.
    paper = story_page(other_lines=("News", "Shopping", "Deals", "Store"), dateline="PARIS (AFP) -")
    assert values(TradeSite(), paper) == {
        "trade_chrome_words": 0.0,
        "agency_copy_on_trade_site": 0.0,
    }


def test_quiet_on_real_outlet_pages() -> None:
    # 0 of 4,365 real pages in the shared corpora.
    assert fire_share(TradeSite(), "agency_copy_on_trade_site", real_sample()) == 0.0


def test_inflected_and_compound_trade_words_count_once_by_stem() -> None:
    menu = ("Bonusy bukmacherskie", "Ranking bukmacherów", "Kody promocyjne", "Bonus")
    # "bonusy" and "bonus" are one stem, as are the two forms of "bukmacher".
    words = chrome_trade_words(story_page(other_lines=menu))
    assert len(words) == 2 and "bukmacherskie" in words and words[0].startswith("bonus")
    assert chrome_trade_words(story_page(other_lines=("Vouchers", "Voucher"))) == ["vouchers"]


def test_shops_loans_and_phrases_of_other_languages() -> None:
    shop = ("Integratori", "Offerte", "Carrello (0)", "SPEDIZIONE GRATUITA sopra i 39€")
    assert chrome_trade_words(story_page(other_lines=shop)) == ["carrello", "spedizione gratuita"]
    bets = ("Trang chủ", "Soi kèo", "Xổ số", "Nhà cái uy tín")
    assert chrome_trade_words(story_page(other_lines=bets)) == ["nhà cái", "soi kèo", "xổ số"]
    loans = ("홈", "대출비교", "신용대출")
    assert chrome_trade_words(story_page(other_lines=loans)) == ["대출"]


def test_words_that_only_begin_like_a_trade_word_do_not_count() -> None:
    # Polish basketball ("koszykówka") is not a cart ("koszyk"); apostasy is not a bet.
    assert chrome_trade_words(story_page(other_lines=("Koszykówka", "Apostasy"))) == []
