"""Property tests: parse_page returns a Page or raises DetectorError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detector.errors import DetectorError
from detector.page import Page, parse_page

TAGS = ["p", "div", "a", "h1", "h3", "ul", "li", "script", "meta", "title", "span", "article"]
fragment = st.one_of(
    st.text(max_size=40),
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(
        [
            '<meta charset="koi8-r">',
            '<meta property="article:published_time" content="2023-13-45">',
            '<script type="application/ld+json">{"@graph": [',
            "Home > Scams",
            "Date:2025-04-24 11:43:07",
            "veryGood! (5)",
            "BEIJING (AP) — ",
            "<!doctype html>",
            "\x00",
        ]
    ),
)


def _check(content: bytes | str) -> None:
    try:
        page = parse_page(content)
    except DetectorError:
        return
    assert isinstance(page, Page)
    assert all(isinstance(p, str) and p for p in page.paragraphs)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    _check(data)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(fragment, max_size=60).map("".join))
def test_random_html(html: str) -> None:
    _check(html)
    _check(html.encode("utf-8", "surrogatepass"))
