"""The prefilter never rules out a query that would match (so skipping it changes nothing)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from detector.parsing import prefilter

WORDS = ["logo", "Logo", "byline", "BYLINE", "author", "Author-Name", "author-name", "breadcrumb",
         "Breadcrumb", "BreadcrumbList", "readcrumb", "page-links", "PAGE-LINKS", "post-pages",
         "site", "nav", "x"]  # fmt: skip
ATTRS = ["class", "id", "rel", "itemprop", "aria-label", "itemtype", "alt", "CLASS"]
TAGS = ["div", "span", "img", "a", "nav", "p", "li", "svg"]


@st.composite
def element(draw: st.DrawFn) -> str:
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ATTRS),
                st.one_of(
                    st.sampled_from(WORDS),  # one word, as `[rel=author]` needs
                    st.lists(st.sampled_from(WORDS), min_size=2, max_size=3).map(" ".join),
                ),
            ),
            max_size=3,
        )
    )
    inner = "".join(f' {name}="{value}"' for name, value in attrs)
    return f"<{tag}{inner}>t"


@st.composite
def document(draw: st.DrawFn) -> str:
    doctype = draw(st.sampled_from(["<!doctype html>", ""]))  # standards or quirks mode
    parts = draw(st.lists(element(), min_size=1, max_size=8))
    return doctype + "<html><body>" + "".join(parts) + "</body></html>"


@settings(max_examples=400, deadline=None)
@given(document())
def test_no_query_that_matches_is_ruled_out(html: str) -> None:
    tree = LexborHTMLParser(html)
    found = prefilter.candidates(tree)
    for selector, may_match in [
        (prefilter.LOGO, found.logo),
        (prefilter.BYLINE, found.byline),
        (prefilter.BREADCRUMB, found.breadcrumbs),
        (prefilter.PAGE_LINKS, found.page_links),
    ]:
        if tree.css_first(selector) is not None:
            assert may_match, selector


def test_a_page_without_furniture_runs_no_query() -> None:
    tree = LexborHTMLParser("<html><body><div class='story'><p>Text</p></div></body></html>")
    assert prefilter.candidates(tree) == prefilter.Candidates()


def test_each_kind_of_furniture_is_a_candidate() -> None:
    html = (
        "<div class='site-logo'><img alt='Brand' src='l.png'></div>"
        "<span class='byline'>By A</span><nav aria-label='Breadcrumb'><a>Home</a></nav>"
        "<div class='page-links'><a href='/2'>2</a></div>"
    )
    assert prefilter.candidates(LexborHTMLParser(html)) == prefilter.Candidates(
        logo=True, byline=True, breadcrumbs=True, page_links=True
    )
