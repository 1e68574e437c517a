"""other_trade_v1: a news story on a domain that is a business's, or a registrar's sale page."""

from __future__ import annotations

from detector.features.base import get_signal
from detector.features.other_trade import OtherTrade
from detector.page import Anchor, LinkBlock
from features._republisher_pages import evidence, story_page, values

# A news story: a dateline (the hand-built story is shorter than a full story's words).
DATELINE = "COPENHAGEN (Ritzau) -"
NEWS_LD = {"@type": "NewsArticle", "headline": "Senators see hope for fentanyl talks"}


def test_registered() -> None:
    assert get_signal("other_trade_v1") is OtherTrade


def test_a_business_schema_type_beside_a_news_story_fires() -> None:
    for business in ("Dentist", ["LocalBusiness", "Plumber"], "AutoRepair"):
        page = story_page(jsonld=({"@type": business, "name": "Clínica X"}, NEWS_LD))
        assert values(OtherTrade(), page)["trade_schema_type"] == 1.0, business
    # ... also as the story's publisher.
    page = story_page(jsonld=({**NEWS_LD, "publisher": {"@type": "Restaurant", "name": "Y"}},))
    assert "Restaurant" in evidence(OtherTrade(), page)


def test_a_newsrooms_or_a_product_reviews_schema_is_quiet() -> None:
    org = {"@type": "NewsMediaOrganization", "name": "Example News"}
    assert values(OtherTrade(), story_page(jsonld=(org, NEWS_LD)))["trade_schema_type"] == 0.0
    review = {"@type": "Product", "name": "Darkest Dungeon", "review": {"@type": "Review"}}
    assert values(OtherTrade(), story_page(jsonld=(review, NEWS_LD)))["trade_schema_type"] == 0.0
    # A shop's own product page (no story) is no news page.
    shop = story_page(paragraphs=("Buy it now.",), jsonld=({"@type": "Product"},))
    assert values(OtherTrade(), shop)["trade_schema_type"] == 0.0


def test_domain_for_sale_banners_in_several_languages() -> None:
    for banner in (
        "This domain may be for sale!",
        "Acest domeniu poate fi de vânzare! Faceți o ofertă",
        "Цей домен може бути продано.",
        "Diese Domain kaufen",
        "Ce domaine est à vendre",
        "Este dominio está en venta",
        "该域名正在出售",
    ):
        page = story_page(other_lines=("Home", banner, "Contact"))
        assert values(OtherTrade(), page)["trade_domain_for_sale"] == 1.0, banner


def test_a_link_to_a_domain_marketplace_fires() -> None:
    block = LinkBlock("Links", (Anchor("Kup tę domenę", "https://sedo.com/search?d=x.pl", False),))
    assert values(OtherTrade(), story_page(link_blocks=(block,)))["trade_domain_for_sale"] == 1.0


def test_a_story_about_a_domain_sale_is_not_a_banner() -> None:
    long_para = (
        "The domain name voice.com was sold for 30 million dollars to a company that "
        "plans to build a social network, the buyer said in a statement on Tuesday, "
        "adding that the deal closed last month after long talks with the seller."
    )
    page = story_page(paragraphs=(*story_page().paragraphs[:2], long_para, "More below."))
    assert values(OtherTrade(), page)["trade_domain_for_sale"] == 0.0
    # A menu with "Domains" and a "Sale" item is no banner either.
    menu = story_page(other_lines=("Domains", "Hosting", "Sale", "Blog"))
    assert values(OtherTrade(), menu)["trade_domain_for_sale"] == 0.0


def test_a_business_menu_beside_a_story_counts_its_kinds() -> None:
    danish = ("Forside", "Behandlinger", "Book tid", "Åbningstider", "Mandag 8-16")
    assert (
        values(OtherTrade(), story_page(other_lines=danish, dateline=DATELINE))["trade_service_nav"]
        == 3.0
    )
    german = ("Start", "Unsere Leistungen", "Termin vereinbaren", "Kontakt")
    assert (
        values(OtherTrade(), story_page(other_lines=german, dateline=DATELINE))["trade_service_nav"]
        == 2.0
    )
    ukrainian = ("Наші послуги", "Графік роботи", "Зателефонуйте нам")
    assert (
        values(OtherTrade(), story_page(other_lines=ukrainian, dateline=DATELINE))[
            "trade_service_nav"
        ]
        == 3.0
    )
    # Without a news story (a clinic's own page), the menu is the site's business.
    assert values(OtherTrade(), story_page(other_lines=danish))["trade_service_nav"] == 0.0


def test_one_kind_of_menu_is_a_newsrooms_or_a_towns() -> None:
    # A municipal press release: office hours only; a paper's footer: "Our services" only.
    town = ("Önkormányzat", "Ügyintézés", "Öffnungszeiten", "Montag 8-16", "Kontakt")
    assert (
        values(OtherTrade(), story_page(other_lines=town, dateline=DATELINE))["trade_service_nav"]
        == 0.0
    )
    paper = ("Subscribe", "Our services", "Advertise", "Contact the newsroom")
    assert (
        values(OtherTrade(), story_page(other_lines=paper, dateline=DATELINE))["trade_service_nav"]
        == 0.0
    )
    # Menu words inside the story's sentences are not read as a menu.
    long_line = "The clinic said patients can book an appointment online and check opening hours"
    assert (
        values(OtherTrade(), story_page(other_lines=(long_line,), dateline=DATELINE))[
            "trade_service_nav"
        ]
        == 0.0
    )
