"""click_teaser_v1: a short teaser whose call to read on leads through a hop to another site."""

from __future__ import annotations

import pytest

from detector.features.click_teaser import ClickTeaser
from detector.page import parse_page

TEASER = """<html lang="{lang}"><head><title>{head} | Habari Leo</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{head}</h1>
<p>{p1}</p><p>{p2}</p>
<p><a href="{href}">{call}</a></p>
</article><footer>© 2026 Habari Leo</footer></body></html>"""

CASES = {
    "sw": (
        "Serikali Yatangaza Ajira Mpya 8,000 za Walimu",
        "Serikali imetangaza nafasi mpya 8,000 za ajira kwa walimu wa shule za msingi na "
        "sekondari nchini, ambapo wahitimu wamepewa siku 14 kutuma maombi.",
        "Kwa mujibu wa taarifa hiyo, kipaumbele kitatolewa kwa walimu wa masomo ya sayansi...",
        "BOFYA HAPA KUSOMA ZAIDI &gt;&gt;",
    ),
    "en": (
        "Star stuns fans with secret wedding photos",
        "The singer shared pictures from a small ceremony on Saturday, surprising millions of "
        "followers who had no idea the couple were even engaged.",
        "What happened next left the guests speechless...",
        "👉 Read the full story here 👇",
    ),
    "id": (
        "Pemerintah umumkan bantuan baru untuk petani",
        "Pemerintah mengumumkan program bantuan baru bagi petani di seluruh provinsi mulai "
        "bulan depan, dengan anggaran yang lebih besar dari tahun lalu.",
        "Menurut menteri, pendaftaran dibuka secara online dan...",
        "Baca selengkapnya »",
    ),
}


def _page(lang: str, href: str = "https://habari-kamili.site/go/?p=88231", **kw: str):
    head, p1, p2, call = CASES[lang]
    values = {"lang": lang, "head": head, "p1": p1, "p2": p2, "call": call, "href": href, **kw}
    return parse_page(TEASER.format(**values), url="https://habarileo.example/2026/ajira")


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_teaser_sending_readers_through_a_hop_fires(lang: str) -> None:
    values, evidence = ClickTeaser().extract(_page(lang))
    assert values == (1.0,)
    assert "habari-kamili.site/go/" in evidence[0]


@pytest.mark.parametrize(
    "href",
    [
        "https://www.bbc.com/news/world-12345",  # a direct link to a story, no hop
        "https://habarileo.example/go/?p=88231",  # a hop on the site's own host
    ],
)
def test_no_hop_to_another_host_is_quiet(href: str) -> None:
    assert ClickTeaser().extract(_page("en", href=href))[0] == (0.0,)


def test_a_full_story_with_a_continue_link_is_quiet() -> None:
    long_p = " ".join(["The council voted on the budget after a long debate in the chamber."] * 12)
    page = _page("en", p1=long_p, p2="The vote passed by a narrow margin.")
    assert ClickTeaser().extract(page)[0] == (0.0,)


def test_an_aggregator_naming_its_sources_is_quiet() -> None:
    # Headlines and snippets, each credited, each link through the aggregator's own counter.
    items = "".join(
        f'<p>{t}</p><p>Fonte: {s} · há 2 horas</p><p><a href="https://{s.lower()}.pt/out/?url=1">'
        "Leia mais</a></p>"
        for t, s in (("Governo aprova verba", "Publico"), ("Autarcas criticam apoio", "Expresso"))
    )
    html = f"<html><body><article><h1>Últimas notícias</h1>{items}</article></body></html>"
    assert ClickTeaser().extract(parse_page(html, url="https://agregador.example/"))[0] == (0.0,)


def test_a_text_record_with_a_hop_url_beside_the_call_fires() -> None:
    text = (
        "Serikali Yatangaza Ajira Mpya 8,000 za Walimu\n\n"
        "Serikali imetangaza nafasi mpya 8,000 za ajira kwa walimu wa shule za msingi.\n\n"
        "Kwa mujibu wa taarifa hiyo, kipaumbele kitatolewa kwa walimu wa sayansi...\n\n"
        "ENDELEA KUSOMA HABARI KAMILI HAPA CHINI 👇👇\n\n"
        "https://habari-kamili.site/go/?p=88231\n"
    )
    page = parse_page(text, url="https://udaku.example/ajira", content_type="text/plain")
    assert page.kind == "text"
    assert ClickTeaser().extract(page)[0] == (1.0,)
