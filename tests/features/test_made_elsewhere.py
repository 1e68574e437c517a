"""made_elsewhere_v1: independent signs that the story was made for another page, counted."""

from __future__ import annotations

import pytest

from detector.features.base import get_signal
from detector.features.made_elsewhere import MadeElsewhere
from features._republisher_pages import (
    STORY,
    fire_share,
    real_sample,
    seed_page,
    story_page,
    values,
)
from features.test_forum_repost import JA_MATOME, _text

OTHER_DESC = (
    "Flowers add life to a room: a single blossom or an arrangement brings colour and scent."
)
OTHER_SLUG = "https://www.example-news.com/home/flower-arrangements-colour-scent-ideas"


def test_registered() -> None:
    assert get_signal("made_elsewhere_v1") is MadeElsewhere


def test_signs_add_up() -> None:
    clean = values(MadeElsewhere(), story_page())
    assert clean == {"elsewhere_signs": 0.0}
    one = values(MadeElsewhere(), story_page(byline="By admin"))
    assert one == {"elsewhere_signs": 1.0}
    page = story_page(byline="By admin", meta={"description": OTHER_DESC}, canonical=OTHER_SLUG)
    values_, evidence = MadeElsewhere().extract(page)
    assert values_ == (2.0,)
    assert "role" in evidence[0] and "another story" in evidence[0]


def test_feed_footer_counts() -> None:
    page = story_page(
        other_lines=(
            "The post Senators see hope for fentanyl talks appeared first on Daily Wire 24.",
        )
    )
    assert values(MadeElsewhere(), page)["elsewhere_signs"] == 1


def test_foreign_canonical_counts() -> None:
    page = story_page(canonical="https://www.other-paper.com/politics/some-other-story-entirely")
    values_, evidence = MadeElsewhere().extract(page)
    assert values_[0] >= 1 and "canonical" in evidence[0]


def test_the_seed_shows_agency_copy_on_a_site_without_a_newsroom() -> None:
    # Its chrome ("Home > Scams", "Related", "Ranking", "Recommendation", celebrity headlines)
    # names no news section, and its AP dateline carries no credit.
    values_, evidence = MadeElsewhere().extract(seed_page())
    assert values_ == (1.0,)
    assert evidence == (
        "made elsewhere: uncredited agency copy on a site whose menus name no news section",
    )


NEWSROOM_MENU = ("Home", "Politics", "World", "Business", "Sport", "Opinion", "Weather")
SHOP_MENU = ("Home", "Garden furniture", "Lounge sets", "Parasols", "Sale", "News", "Cart")


@pytest.mark.parametrize(
    ("menu", "signs"),
    [
        (SHOP_MENU, 1),
        (NEWSROOM_MENU, 0),
        (SHOP_MENU[:4], 0),  # too little chrome to say
        (("Startseite", "Gartenmöbel", "Sonnenschirme", "Angebote", "Blog", "Warenkorb"), 1),
        (("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama"), 0),
        (("首页", "商品", "优惠", "会员", "博客", "购物车"), 1),
        (("首页", "国内", "国际", "财经", "体育", "娱乐"), 0),
        (("ई-पेपर | लॉग इन", "संबंधित खबरें", "Related", "Most read", "Login", "Ads"), 0),
    ],
)
def test_uncredited_agency_copy_on_a_site_without_news_sections(
    menu: tuple[str, ...], signs: int
) -> None:
    page = story_page(paragraphs=("BERLIN (dpa) - " + STORY[0], *STORY[1:]), other_lines=menu)
    assert values(MadeElsewhere(), page)["elsewhere_signs"] == signs
    # Credited copy is left to the other signs: a licensee's page may show little chrome.
    credited = story_page(
        paragraphs=("BERLIN (dpa) - " + STORY[0], *STORY[1:]),
        other_lines=menu,
        credit_lines=("© dpa-infocom, dpa:240101-99-123456/2",),
    )
    assert values(MadeElsewhere(), credited)["elsewhere_signs"] == 0


def test_quiet_on_real_outlet_pages() -> None:
    # On all 4,270 real pages of the generated build: 1.2% (HTML) and 0.3% (text).
    assert fire_share(MadeElsewhere(), "elsewhere_signs", real_sample()) <= 0.03


@pytest.mark.parametrize(
    "line",
    [
        "About Us | Contact Us | Privacy Policy | Terms | DMCA",
        "DMCA",
        "DMCA Policy",
        "About Us Contact Us Privateness Coverage DMCA Phrases and Situations",
    ],
)
def test_a_takedown_page_in_the_menus_counts(line: str) -> None:
    page = story_page(other_lines=("Home", "Contact", line))
    values_, evidence = MadeElsewhere().extract(page)
    assert values_ == (1.0,)
    assert "DMCA" in evidence[0]


@pytest.mark.parametrize(
    "line",
    [
        # A story or a headline about the law, not a menu item.
        "Congress held a hearing on Tuesday about reforming Section 512 of the DMCA, which "
        "governs how platforms handle takedown notices from rights holders and artists.",
        "Privacy Policy | Terms of Use | Cookie Settings | Contact",
        "DMCAgency Partners",  # a word that only starts with the letters
    ],
)
def test_ordinary_footers_do_not_count(line: str) -> None:
    page = story_page(other_lines=("Home", line))
    assert values(MadeElsewhere(), page)["elsewhere_signs"] == 0


def test_the_law_named_early_in_the_story_does_not_count() -> None:
    # Only the chrome and the story's last three paragraphs (where a text record's footer runs
    # on) are read.
    page = story_page(paragraphs=("DMCA", *STORY))
    assert values(MadeElsewhere(), page)["elsewhere_signs"] == 0


def test_a_story_pasted_into_a_board_thread_counts() -> None:
    values_, evidence = MadeElsewhere().extract(_text(JA_MATOME))
    assert values_[0] >= 1
    assert "opening post of a board thread" in evidence[0]
