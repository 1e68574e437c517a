"""brand_mismatch_v1: a finance/IT brand running general news fires; news brands don't."""

from __future__ import annotations

import pytest

from detector.features.base import load_all
from detector.features.brand import (
    BrandMismatch,
    brand_domain_similarity,
    brand_words,
    domain_labels,
    offworld_words,
    pick_brand,
)
from features._pages import check_contract, fire_share, politics_page, real_pages, seed_page


def run(**changes: object) -> tuple[dict[str, float], tuple[str, ...]]:
    sig = BrandMismatch().signal(politics_page(**changes))
    return sig.as_dict(), sig.evidence


def test_registered() -> None:
    assert load_all()["brand_mismatch_v1"] is BrandMismatch


def test_seed_wealth_brand_publishing_politics() -> None:
    sig = BrandMismatch().signal(seed_page())
    got = sig.as_dict()
    assert got["offworld_brand_words"] == 2.0  # "wealth", "solutions"
    assert got["news_brand_word"] == 0.0
    assert got["brand_story_mismatch"] == 1.0
    assert got["domain_missing"] == 1.0  # a text record without a URL
    assert sig.evidence[0].startswith('brand "WealthTrail Solutions" (title_suffix)')
    assert "politics/world" in " ".join(sig.evidence)


def test_news_brand_is_quiet() -> None:
    got, evidence = run()
    assert got["offworld_brand_words"] == 0.0 and got["brand_story_mismatch"] == 0.0
    assert got["news_brand_word"] == 1.0 and got["brand_domain_similarity"] == 1.0
    assert evidence == ('brand "Example News" (title_suffix) fits the page',)


@pytest.mark.parametrize(
    ("brand", "count"),
    [
        ("Pneumatici Offerte", 2),  # tyres and offers
        ("Ofertas Viaje Hoy", 1),
        ("Kredit & Versicherung Vergleich", 3),
        ("Le Comparateur Assurance", 2),
        ("Goedkope Leningen Vergelijker", 2),
        ("Diario del Sureste", 0),
        # Shops, services and hobbies
        ("Recettes Faciles Mag", 1),
        ("Haustier Profi", 1),
        ("Küchenprofi Blog", 1),
        ("HomeGadgetGuru", 1),
        ("Guardian Unlimited Music", 0),  # no company inside "Unlimited"
    ],
)
def test_trade_words_of_brands_in_other_languages(brand: str, count: int) -> None:
    got, _ = run(brand_candidates=((brand, "title_suffix"),))
    assert got["offworld_brand_words"] == count


@pytest.mark.parametrize(
    ("brand", "source", "count", "news"),
    [
        ("North Wales Newspapers Ltd", "copyright", 0, 1.0),  # the owner's legal form
        ("Time Inc", "copyright", 0, 0.0),
        ("NordLedger Capital Ltd", "copyright", 1, 0.0),  # a trade's name still counts
        ("Time Inc", "title_suffix", 1, 0.0),  # a brand shown to readers is read whole
    ],
)
def test_company_forms_in_a_copyright_notice_are_not_offworld(
    brand: str, source: str, count: int, news: float
) -> None:
    got, _ = run(brand_candidates=((brand, source),))
    assert got["offworld_brand_words"] == count
    assert got["news_brand_word"] == news


def test_finance_brand_on_a_finance_story_is_not_a_mismatch() -> None:
    story = ("Shares fell as investors sold stocks after the central bank raised interest rates.",)
    got, evidence = run(
        brand_candidates=(("Capital Trading Digital", "title_suffix"),),
        paragraphs=story * 3,
        headline="Stocks fall after rate rise",
    )
    # "capital" and "trading" are a business story's own beat; "digital" is not
    assert got["offworld_brand_words"] == 1.0 and got["brand_story_mismatch"] == 0.0
    # The word of another trade is told even where the story's topic makes no mismatch.
    assert evidence == (
        'brand "Capital Trading Digital" (title_suffix) uses "digital": a brand of another trade',
    )


def test_tech_brand_on_a_tech_story_is_on_its_beat() -> None:
    story = (
        "The new smartphone ships with a faster processor, a larger battery and a software "
        "update that brings the latest apps, cloud backup and a redesigned camera.",
    )
    kwargs = {"paragraphs": story * 3, "headline": "New smartphone gets faster chip and camera"}
    got, _ = run(brand_candidates=(("Engadget", "title_suffix"),), **kwargs)
    assert got["offworld_brand_words"] == 0.0
    got, _ = run(brand_candidates=(("Recettes Faciles", "title_suffix"),), **kwargs)
    assert got["offworld_brand_words"] == 1.0  # a recipe blog has no beat the space knows


def test_title_suffix_brand_unlike_the_domain() -> None:
    got, evidence = run(
        url="https://usnewsdaily24.com/world/x",
        brand_candidates=(("WealthTrail Solutions", "title_suffix"),),
        site_name="",
    )
    assert got["brand_domain_similarity"] < 0.5
    assert any('unlike the domain "usnewsdaily24"' in e for e in evidence)


def test_brand_domain_spelling() -> None:
    for brand, label in [
        ("Los Angeles Times", "latimes"),
        ("The New York Times", "nytimes"),
        ("BBC News", "bbc"),
        ("Wall Street Journal", "wsj"),
        ("Fox News", "foxnews"),
        ("Der Spiegel", "spiegel"),
    ]:
        assert brand_domain_similarity(brand, label) == 1.0, (brand, label)
    assert brand_domain_similarity("WealthTrail Solutions", "usnewsdaily24") < 0.3
    assert domain_labels("https://smallbusiness.foxbusiness.com/a") == (
        "foxbusiness",
        "smallbusiness",
    )
    assert domain_labels("") == ()


def test_brand_words_and_picking() -> None:
    assert brand_words("WealthTrail Solutions") == ["wealth", "trail", "solutions"]
    assert brand_words("CBSSports.com") == ["cbssports"]
    page = politics_page(
        brand_candidates=(("Example News", "og:site_name"), ("6.0", "title_suffix"))
    )
    assert pick_brand(page) == ("Example News", "og:site_name")


def test_disagreeing_brands() -> None:
    got, _ = run(
        brand_candidates=(("Example News", "og:site_name"), ("Crypto Wealth Hub", "title_suffix"))
    )
    assert got["brands_disagree"] == 1.0
    got, _ = run(
        brand_candidates=(("The Wall Street Journal", "og:site_name"), ("WSJ", "title_suffix"))
    )
    assert got["brands_disagree"] == 0.0


def test_no_brand_and_foreign_story() -> None:
    got, _ = run(brand_candidates=(), site_name="")
    assert got["brand_missing"] == 1.0 and got["brand_story_mismatch"] == 0.0
    # A language without a glossary (Hungarian): the story's topic is unknown.
    got, _ = run(brand_candidates=(("Finanz Solutions", "title_suffix"),), language="hu")
    assert got["brand_topic_missing"] == 1.0 and got["brand_story_mismatch"] == 0.0


def test_contract() -> None:
    check_contract(
        BrandMismatch(), [seed_page(), politics_page(), politics_page(brand_candidates=())]
    )


def test_real_outlet_pages_stay_quiet() -> None:
    # First 80 article-extraction-benchmark pages: no off-world brand on a general-news story.
    assert fire_share(BrandMismatch(), "brand_story_mismatch", real_pages()) <= 0.02


@pytest.mark.parametrize(
    ("brand", "expected"),
    [
        ("Gartenmöbel Discount Blog", {"discount", "garten", "möbel"}),  # a compound's trade part
        ("Казино Рояль Онлайн", {"казино"}),
        ("金鼎财富网", {"财富"}),  # no spaces between words
        ("머니톡톡", {"머니"}),
        ("Kreditkarten Vergleich", {"vergleich", "kredit"}),  # "kredi" inside "kredit" counts once
        ("Alphabet News", set()),  # short trade words ("bet") are not searched inside words
        ("The Workshop Times", set()),
    ],
)
def test_offworld_words_in_compounds_and_other_scripts(brand: str, expected: set[str]) -> None:
    assert set(offworld_words(brand, brand_words(brand))) == expected
