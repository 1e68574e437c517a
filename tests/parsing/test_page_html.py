"""HTML parsing: fields from metadata and DOM, charsets, caps, and bad input."""

from __future__ import annotations

from datetime import date

import pytest

from detector.errors import NotAPageError
from detector.features.provenance import Provenance
from detector.page import parse_page

FARM_HTML = """<!doctype html><html lang="en-US"><head><meta charset="utf-8">
<title>Markets rally on rate hopes | Crypto Yield Partners</title>
<meta property="og:site_name" content="Crypto Yield Partners">
<meta property="article:published_time" content="2025-04-24T11:43:07Z">
<meta property="article:modified_time" content="2025-04-25T08:00:00Z">
<link rel="canonical" href="https://other-site.example/original-story">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"NewsArticle","headline":"Markets rally on rate hopes","datePublished":"2025-04-24",
  "author":{"@type":"Person","name":"Staff Writer"},"publisher":{"@type":"Organization","name":"CYP"}},
 {"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},
  {"@type":"ListItem","position":2,"name":"Celebrity"}]}]}</script>
</head><body><header><a class="logo" href="/"><img alt="Crypto Yield Partners" src="/l.png"></a>
<nav><a href="/">Home</a><a href="/c">Celebrity</a></nav></header>
<article><h1>Markets rally on rate hopes</h1>
<p>NEW YORK (Reuters) - Stocks rallied on Tuesday as investors bet that the central bank would cut
interest rates sooner than expected, lifting shares of banks and technology companies alike.</p>
<div class="ad-slot"><ins class="adsbygoogle" data-ad-slot="123"></ins></div>
<p>The benchmark index rose 1.2 percent by midday, its biggest gain in three weeks, while bond
yields fell to their lowest level since the spring as traders priced in two cuts this year.</p>
<div class="ad-slot"><ins class="adsbygoogle" data-ad-slot="124"></ins></div>
<p>Analysts cautioned that the rally could fade if inflation data due later this week surprise on
the upside, but most said the trend in prices had clearly turned in recent months.</p>
</article>
<div class="reactions"><span>veryGood! (5)</span></div>
<aside><h3>Trending</h3><ul><li><a href="/a">Star reveals shocking diet secret</a></li>
<li><a href="https://gossip.example/b">Actor spotted with new partner</a></li>
<li><a href="/c">You won't believe this red carpet look</a></li></ul></aside>
<footer>Advertisement</footer></body></html>"""


def test_html_fields() -> None:
    page = parse_page(FARM_HTML.encode("utf-8"), url="https://cyp.example/news/markets")
    assert page.kind == "html"
    assert page.headline == "Markets rally on rate hopes"
    assert ("Crypto Yield Partners", "og:site_name") in page.brand_candidates
    assert ("Crypto Yield Partners", "title_suffix") in page.brand_candidates
    assert ("CYP", "jsonld_publisher") in page.brand_candidates
    assert page.breadcrumbs == ("Home", "Celebrity")
    assert page.published == date(2025, 4, 24)
    assert page.modified == date(2025, 4, 25)
    assert page.canonical == "https://other-site.example/original-story"
    assert page.dateline == "NEW YORK (Reuters) -"
    assert page.authors == ("Staff Writer",)
    assert page.language == "en"
    assert page.ad_slots >= 4
    assert "Google AdSense" in page.ad_networks
    assert len(page.paragraphs) == 3
    assert all("veryGood" not in p for p in page.paragraphs)
    assert [r.count for r in page.reactions] == [5]
    trending = [b for b in page.link_blocks if b.heading == "Trending"]
    assert trending and [a.internal for a in trending[0].anchors] == [True, False, True]


def test_charset_from_http_header_wins() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Café</title></head><body><p>é</p></body></html>"
    )
    page = parse_page(html.encode("cp1252"), content_type="text/html; charset=windows-1252")
    assert page.title == "Café"


def test_wrong_declared_charset_falls_back_to_utf8() -> None:
    html = "<html><head><meta charset='iso-8859-1'><title>Grüße</title></head><body></body></html>"
    page = parse_page(html.encode("utf-8"))
    assert page.title == "Grüße"
    assert any("wrong" in w for w in page.warnings)


def test_huge_page_is_cut_with_a_warning() -> None:
    body = "<p>" + "word " * 50 + "</p>"
    html = "<html><body>" + body * 5000 + "</body></html>"
    page = parse_page(html, max_bytes=100_000)
    assert any("cut to the first 100,000" in w for w in page.warnings)
    assert page.paragraphs


def test_deeply_nested_dom_does_not_recurse() -> None:
    html = (
        "<div>" * 20000
        + "<p>deep text here with enough words to be a paragraph.</p>"
        + "</div>" * 20000
    )
    page = parse_page(html)
    assert page.kind == "html"


def test_truncated_html_still_parses() -> None:
    page = parse_page(FARM_HTML[: len(FARM_HTML) // 2])
    assert page.headline == "Markets rally on rate hopes"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        ("   \n ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        (bytes(range(256)) * 20, "binary"),
        (b"%PDF-1.7 ...", "PDF"),
    ],
)
def test_not_a_page_raises_a_clear_error(content: bytes | str, message: str) -> None:
    with pytest.raises(NotAPageError, match=message):
        parse_page(content)


def test_a_page_pickles_for_other_processes() -> None:
    import pickle

    page = parse_page(FARM_HTML, url="https://cyp.example/news/markets")
    again = pickle.loads(pickle.dumps(page))
    assert again == page
    assert again.meta["og:site_name"] == "Crypto Yield Partners"


def test_bare_date_lines_give_a_published_date() -> None:
    text = "Some headline about the economy\nBy Hannah Morgan | 2024-04-10\n" + (
        "The economy grew faster than expected in the first quarter, officials said on Monday.\n"
        * 3
    )
    page = parse_page(text, content_type="text/plain")
    assert page.published is not None and page.published.isoformat() == "2024-04-10"
    assert page.date_candidates[0].source == "line"


def test_opengraph_keys_keep_their_prefix_for_the_signals() -> None:
    # The signals read page.opengraph["og:site_name"] / ["og:url"], as the meta tags name them.
    html = (
        "<html><head><title>Storm hits coast - Example</title>"
        '<meta property="og:site_name" content="Example Courier">'
        '<meta property="og:url" content="https://example-courier.test/2024/storm">'
        "</head><body><h1>Storm hits coast</h1>"
        "<p>A storm hit the coast on Tuesday, cutting power to thousands of homes, officials"
        " said, and crews worked through the night to restore it.</p></body></html>"
    )
    page = parse_page(html)
    assert page.opengraph["og:site_name"] == "Example Courier"
    assert page.url == "https://example-courier.test/2024/storm"
    assert ("Example Courier", "og:site_name") in page.brand_candidates
    values, _ = Provenance().extract(page)
    publisher_missing = values[Provenance.FEATURES.index("prov_publisher_missing")]
    assert publisher_missing == 0.0


BLOG_THEME = """<html><head><title>{title}</title>{og}</head><body>
<header><h1 class="site-title"><a href="{home}">{blog}</a></h1></header>
<main><article><h2 class="entry-title">{post}</h2>
<p>The council voted on Tuesday to close the old bridge for repairs that will take a year.</p>
<p>Traffic will be sent over the river road, which adds ten minutes to a trip into town.</p>
</article></main></body></html>"""


@pytest.mark.parametrize(
    ("home", "og"),
    [
        ("/", ""),  # the h1 only links home
        ("/blog/", '<meta property="og:site_name" content="Riverside Notes">'),  # it is the brand
    ],
)
def test_a_blog_themes_site_name_h1_gives_way_to_the_post_title(home: str, og: str) -> None:
    post = "Old bridge to close for a year of repairs"
    html = BLOG_THEME.format(
        title=f"{post} : Riverside Notes", og=og, home=home, blog="Riverside Notes", post=post
    )
    assert parse_page(html, url="https://riverside-notes.example/2026/12/bridge").headline == post


def test_a_story_h1_linking_to_the_story_stays_the_headline() -> None:
    html = BLOG_THEME.replace('<h2 class="entry-title">{post}</h2>', "").format(
        title="Old bridge to close - Riverside Notes",
        og="",
        home="/2026/12/bridge",
        blog="Old bridge to close for a year of repairs",
        post="",
    )
    page = parse_page(html, url="https://riverside-notes.example/2026/12/bridge")
    assert page.headline == "Old bridge to close for a year of repairs"
