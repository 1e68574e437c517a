"""sold_links_v1: links hidden from readers, marked rel="dofollow", or offered for sale."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detector.features.sold_links import SoldLinks
from detector.page import Anchor, HiddenLink, LinkBlock, parse_page
from features._republisher_pages import evidence, story_page, values

URL = "https://www.nachrichten-example.de/politik/entlastung-pendler"


def _html(tail: str, url: str = URL) -> object:
    body = "<h1>Entlastung für Pendler</h1><article><p>" + "Die Regierung einigt sich. " * 30
    return parse_page(f"<html><body>{body}</p></article><footer>{tail}</footer></body></html>", url)


@pytest.mark.parametrize(
    "stash",
    [
        # Indonesian slot links, display:none
        '<div style="display:none"><a href="https://gacor88.site/">slot gacor</a></div>',
        # Turkish betting links off-screen
        '<div style="position:absolute;left:-9999px"><a href="https://bonus.example.com/">'
        "deneme bonusu veren siteler</a></div>",
        # German loan link in a zero-height box, the trade named by the host only
        '<div style="height:0;overflow:hidden"><a href="https://kreditvergleich-24.example/">'
        "hier</a></div>",
        # pharmacy link in a zero font
        '<p style="font-size:0"><a href="https://rx.example.net/">buy viagra online</a></p>',
    ],
)
def test_hidden_trade_link_fires(stash: str) -> None:
    page = _html(stash)
    assert values(SoldLinks(), page)["sold_hidden_links"] == 1
    assert "hidden by an inline style" in evidence(SoldLinks(), page)


def test_off_screen_block_of_two_sites_fires_without_trade_words() -> None:
    page = _html(
        '<div style="position:absolute;top:-9999px"><a href="https://umzug-berlin.example/">'
        'Umzugsfirma Berlin</a><a href="https://zahnarzt.example.org/">Zahnarzt Köln</a></div>'
    )
    assert values(SoldLinks(), page)["sold_hidden_links"] == 2


def test_toggled_menus_and_share_links_stay_quiet() -> None:
    page = _html(
        # a dropdown of sister papers and a share menu, both display:none until clicked;
        # an off-screen tweet button (image replacement) is one utility link
        '<ul style="display:none"><li><a href="https://www.herald-example.com/">The Herald</a>'
        '</li><li><a href="https://www.star-example.com/">Newcastle Star</a></li></ul>'
        '<div style="display:none"><a href="https://www.facebook.com/share">Facebook</a>'
        '<a href="https://reddit.com/submit">reddit</a></div>'
        '<a style="text-indent:-9999px" href="https://twitter.com/share">Tweet</a>'
    )
    v = values(SoldLinks(), page)
    assert v["sold_hidden_links"] == 0 and v["sold_dofollow_links"] == 0


def test_dofollow_counts_other_sites_only() -> None:
    page = _html(
        '<a href="https://example-kreditvergleich.de/" rel="dofollow">Kredit vergleichen</a>'
        '<a href="/impressum" rel="dofollow">Impressum</a>'
        '<a href="https://partner.example.com/" rel="sponsored">Anzeige</a>'
    )
    v = values(SoldLinks(), page)
    assert v["sold_dofollow_links"] == 1 and v["sold_hidden_links"] == 0
    assert 'rel="dofollow"' in evidence(SoldLinks(), page)


def test_theme_credits_marked_dofollow_stay_quiet() -> None:
    page = _html(
        'Crafted with love by <a href="https://www.templatesyard.com/" rel="dofollow">'
        'TemplatesYard</a> | Designed by <a href="https://firstmedia.example.com/" '
        'rel="dofollow">First Media Ltd</a>'
    )
    assert values(SoldLinks(), page)["sold_dofollow_links"] == 0


def test_own_subdomain_and_no_url_use_registrable_domain() -> None:
    stash = (
        '<div style="display:none"><a href="https://shop.nachrichten-example.de/">casino</a></div>'
    )
    assert values(SoldLinks(), _html(stash))["sold_hidden_links"] == 0  # the site's own shop
    page = story_page(
        url="", hidden_links=(HiddenLink("slot gacor", "https://g.site/", "display:none"),)
    )
    assert values(SoldLinks(), page)["sold_hidden_links"] == 1


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Publikacja artykułu sponsorowanego – od 150 zł",
            "Linki dofollow, artykuł na stałe, bez oznaczenia „sponsorowany” na życzenie",
        ),
        ("Write for us – guest posts with dofollow backlinks, price $40",),
        ("Gastbeiträge ohne Werbekennzeichnung ab 99 € pro Artikel",),
        ("Tanıtım yazısı: dofollow link, etiketsiz, fiyat listesi için yazın",),
    ],
)
def test_link_sale_offer_fires(lines: tuple[str, ...]) -> None:
    page = story_page(other_lines=("Kontakt", *lines, "Impressum"))
    assert values(SoldLinks(), page)["sold_link_offer"] == 1


@pytest.mark.parametrize(
    "lines",
    [
        # a legit outlet's labelled sponsored content and rate card: no seller's term
        ("Artykuł sponsorowany", "Cennik reklam", "Reklama w serwisie – od 500 zł"),
        # a story line about link sellers is long prose, not an offer
        (
            "Google said on Tuesday it would demote sites that sell dofollow links or guest posts "
            "to casinos, after an investigation found networks of local news sites charging up to "
            "$500 a link without any sponsored label, a practice regulators in several countries "
            "now call deceptive advertising.",
        ),
        ("Dofollow", "Kontakt"),  # the term alone
    ],
)
def test_legit_lines_are_no_offer(lines: tuple[str, ...]) -> None:
    assert values(SoldLinks(), story_page(other_lines=lines))["sold_link_offer"] == 0


def test_offer_in_a_text_records_link_list() -> None:
    items = ("Kategorie", "Współpraca", "Publikacja artykułu sponsorowanego – od 150 zł",
             "Linki dofollow, bez oznaczenia „sponsorowany”")  # fmt: skip
    page = story_page(
        kind="text", link_blocks=(LinkBlock("Zobacz także", tuple(map(Anchor, items))),)
    )
    v = values(SoldLinks(), page)
    assert v["sold_link_offer"] == 1 and v["sold_unobservable"] == 1
    assert values(SoldLinks(), replace(page, kind="html"))["sold_link_offer"] == 0
