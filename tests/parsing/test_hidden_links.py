"""parsing.hidden_links: other sites' links hidden by an inline style or marked rel=dofollow."""

from __future__ import annotations

import pytest

from detector.page import parse_page
from detector.parsing.hidden_links import hiding

URL = "https://www.kabar-example.id/2026/12/jembatan-ambles.html"
STORY = "<h1>Jembatan ambles</h1><article><p>" + "Warga melihat jembatan ambles pagi ini. " * 20


def _page(tail: str, url: str = URL) -> object:
    return parse_page(
        f"<html><body>{STORY}</p></article><footer>{tail}</footer></body></html>", url
    )


@pytest.mark.parametrize(
    ("style", "how"),
    [
        ("display:none", "display:none"),
        ("DISPLAY: NONE", "display:none"),
        ("visibility: hidden", "visibility:hidden"),
        ("position:absolute;left:-9999px;top:0", "left:-9999px"),
        ("text-indent:-5000px", "text-indent:-5000px"),
        ("font-size:0", "font-size:0"),
        ("height:1px; overflow:hidden", "height:1px;overflow:hidden"),
        ("margin-left:-20px", ""),  # a small negative margin is layout, not hiding
        ("margin-left:-506px", ""),  # a hover menu's resting place
        ("height:0", ""),  # a collapsed box without overflow:hidden still shows its links
        ("color:red", ""),
    ],
)
def test_hiding_styles(style: str, how: str) -> None:
    assert hiding(style) == how


def test_display_none_block_of_foreign_links() -> None:
    page = _page(
        '<div style="display:none"><a href="https://gacor-maxwin88.site/">slot gacor</a>'
        '<a href="https://situs-toto.online/">situs toto</a></div>'
    )
    links = page.hidden_links  # type: ignore[attr-defined]
    assert [(x.text, x.how) for x in links] == [
        ("slot gacor", "display:none"),
        ("situs toto", "display:none"),
    ]


def test_off_screen_and_dofollow_marks() -> None:
    page = _page(
        '<div style="position:absolute;left:-9999px"><a href="https://bonus.example.com/">'
        "deneme bonusu</a></div>"
        '<p><a href="https://kredit.example.de/" rel="dofollow">Kredit vergleichen</a></p>'
        '<div style="display:none"><a href="https://b.example.org/" rel="DoFollow">x</a></div>'
    )
    hows = [x.how for x in page.hidden_links]  # type: ignore[attr-defined]
    assert hows == ["left:-9999px", "display:none;rel=dofollow", "rel=dofollow"]


def test_legit_hidden_things_are_not_recorded() -> None:
    page = _page(
        # a skip link, a hidden mobile menu (own links), a tracking pixel in noscript, a
        # screen-reader class (a stylesheet hides it), a labelled ad
        '<a href="#main" style="position:absolute;left:-9999px">Skip to content</a>'
        '<ul style="display:none"><li><a href="/news/">News</a></li>'
        '<li><a href="https://www.kabar-example.id/sport/">Sport</a></li>'
        '<li><a href="https://m.kabar-example.id/">Mobile</a></li></ul>'
        '<noscript><img src="https://px.example.com/p.gif" style="display:none">'
        '<a href="https://px.example.com/" style="display:none">pixel</a></noscript>'
        '<span class="sr-only"><a href="https://other.example.com/">Partner</a></span>'
        '<a href="https://ads.example.com/" rel="sponsored nofollow">Anzeige</a>'
        # a dropdown of the site's own sections with one partner's link
        '<ul style="visibility:hidden"><li><a href="/bola/">Bola</a></li>'
        '<li><a href="/liga/">Liga</a></li><li><a href="https://sportsbook.example.com/">'
        "Sportsbook</a></li></ul>"
    )
    assert page.hidden_links == ()  # type: ignore[attr-defined]


def test_text_records_have_none() -> None:
    page = parse_page("Title\n\n" + "A sentence of the story goes here. " * 30, URL)
    assert page.kind == "text" and page.hidden_links == ()
