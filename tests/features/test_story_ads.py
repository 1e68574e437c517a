"""story_commerce_v1 and away_dateline_v1: offers spliced into news, and away datelines."""

from __future__ import annotations

import pytest

from detector.features.away_dateline import AwayDateline
from detector.features.story_ads import StoryCommerce
from detector.page import parse_page
from features._republisher_pages import values

NEWS = {
    "id": "Jembatan gantung yang menghubungkan dua desa putus diterjang arus deras sungai pada "
    "Minggu sore setelah hujan turun sejak pagi, kata warga setempat.",
    "pl": "Przebudowa jednej z głównych arterii miasta nie zakończy się w kwietniu, jak "
    "pierwotnie zakładano, poinformował miejski zarząd dróg w czwartek.",
    "en": "Thousands of holidaymakers were left stranded on Friday after ferry workers walked "
    "out in a dispute over pay and rosters, the union said in a statement.",
}


def _text_page(lines: list[str], headline: str = "Local news") -> object:
    return parse_page("\n".join(["Example Site", headline, *lines]).encode(), url=None)


@pytest.mark.parametrize(
    ("lang", "splice", "feature"),
    [
        ("id", "Untuk informasi lebih lengkap seputar situs toto dan berita daerah lainnya, "
         "ikuti terus kami setiap hari di sini.", "commerce_story_trade"),
        ("pl", "To dobry moment, by pomyśleć o domu: warto sprawdzić ofertę lokalnych "
         "producentów okien, którzy oferują montaż nawet w 14 dni.", "commerce_story_bridge"),
        ("en", "If you need to rebook in a hurry, compare last-minute options and save with our "
         "latest ferry deals and promo codes for the weekend.", "commerce_story_bridge"),
    ],
)  # fmt: skip
def test_offer_spliced_after_news_fires(lang: str, splice: str, feature: str) -> None:
    page = _text_page([NEWS[lang]] * 3 + [splice])
    assert values(StoryCommerce(), page)[feature] == 1


def test_news_about_gambling_and_commerce_pages_do_not_fire() -> None:
    about = _text_page([NEWS["en"]] * 3, headline="Regulator fines online casino operator")
    deal = _text_page(
        [NEWS["en"]] * 3 + ["Buy now at the retailer and save with promo code SPRING, it ends "
                            "on Sunday night for all customers."],
        headline="Best deals on noise-cancelling headphones",
    )  # fmt: skip
    sponsored = _text_page(
        [NEWS["pl"]] * 3 + ["Artykuł sponsorowany: kredyt hipoteczny ze stałym oprocentowaniem "
                            "– sprawdź ofertę banku już dziś w oddziale."],
    )  # fmt: skip
    for page in (about, deal, sponsored):
        assert not any(values(StoryCommerce(), page).values())


def test_partner_block_of_gambling_links_fires_and_plain_partners_do_not() -> None:
    story = "<p>" + NEWS["id"] + "</p>"

    def page(items: str) -> object:
        return parse_page(
            f"<html><body><h1>Berita</h1><article>{story * 3}</article><aside><h3>Link Partner"
            f"</h3><ul>{items}</ul></aside></body></html>",
            "https://kabar.example.com/a/",
        )

    vice = (
        '<li><a href="https://gacor-maxwin88.vip/">Gacor Maxwin88</a></li>'
        '<li><a href="https://situs-toto.store/">Situs Toto Resmi</a></li>'
    )
    plain = (
        '<li><a href="https://kota.example.org/">Portal Kota</a></li>'
        '<li><a href="https://radio.example.org/">Radio Daerah</a></li>'
    )
    assert values(StoryCommerce(), page(vice))["commerce_partner_vice"] == 2
    assert values(StoryCommerce(), page(plain))["commerce_partner_vice"] == 0


ROMA = "ROMA – Via libera del Consiglio dei ministri al nuovo bonus per gli elettrodomestici."
MX = "Ciudad de México.- Las lluvias torrenciales provocaron anegamientos en 14 municipios."


@pytest.mark.parametrize("lead", [ROMA, MX])
def test_capital_dateline_on_local_site_uncredited_fires(lead: str) -> None:
    page = parse_page(
        f'<html><body><h1>Bonus elettrodomestici</h1><span class="author">Redazione</span>'
        f"<article><p>{lead}</p><p>{NEWS['en']}</p></article></body></html>",
        "https://www.vocedelsavio.example.it/economia/bonus/",
    )
    assert page.byline == "Redazione"
    assert values(AwayDateline(), page)["away_dateline_uncredited"] == 1


def test_credited_or_bracketed_or_own_city_does_not_fire() -> None:
    credited = _text_page(["Redazione", ROMA, NEWS["en"], "(ANSA)", "Fonte: ANSA"])
    bracket = _text_page(
        ["ROMA (ANSA) – Via libera del Consiglio dei ministri al bonus.", NEWS["en"]]
    )
    own = parse_page(
        ("Roma Today\nBonus\nRedazione\n" + ROMA + "\n" + NEWS["en"]).encode(),
        url="https://www.romatoday.it/politica/bonus.html",
    )
    for page in (credited, bracket, own):
        assert values(AwayDateline(), page)["away_dateline_uncredited"] == 0
