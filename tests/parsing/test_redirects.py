"""parsing.redirects: links to a hop path ("/go/", "/out/", "?url=") on another host."""

from __future__ import annotations

from detector.page import parse_page

HTML = """<html><body><article><h1>A headline of a story</h1>
<p>Some text of the story, long enough to be read as a paragraph of the page.</p>
<p><a href="https://habari-kamili.site/go/?p=88231"><strong>BOFYA HAPA &gt;&gt;</strong></a></p>
<p><a href="https://other.example/out/123">Out</a> <a href="https://news.example/r/abc">R</a>
<a href="https://t.example/click?url=https%3A%2F%2Fx.example">Tracked</a></p>
<p><a href="https://www.bbc.com/news/world-123">A story</a>
<a href="https://mysite.example/go/?p=1">Own hop</a>
<a href="https://blog.example/2024/01/router-guide">Not a hop</a></p>
</article></body></html>"""


def test_hops_to_other_hosts_are_listed_with_their_text() -> None:
    page = parse_page(HTML, url="https://www.mysite.example/story")
    found = [(a.text, a.href) for a in page.redirect_links]
    assert found == [
        ("BOFYA HAPA >>", "//habari-kamili.site/go/?p=88231"),
        ("Out", "//other.example/out/123"),
        ("R", "//news.example/r/abc"),
        ("Tracked", "//t.example/click?url=https%3a%2f%2fx.example"),
    ]
    assert all(a.internal is False for a in page.redirect_links)


def test_a_page_without_hops_lists_none() -> None:
    html = '<html><body><p><a href="https://www.bbc.com/news/1">BBC</a></p></body></html>'
    assert parse_page(html, url="https://mysite.example/").redirect_links == ()
