"""More parser shortcuts against the plain definitions they replace (see test_fast_paths.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from detector.page import DateCandidate, LinkBlock
from detector.parsing import common
from detector.parsing import patterns as P
from detector.parsing.dates import parse_date, standalone_date
from detector.parsing.html import (
    _AD_LINE_MAX,
    _HEADING_SELECTOR,
    _RELOAD,
    _anchor,
    _box_label,
    _headings,
    _link_blocks,
    _reloads,
    _split_furniture,
    _text,
    _visible_dates,
)

SCRIPT_PIECES = ["location.reload()", "setInterval(function(){ x.location", "refresh = 5",
                 "refresh=x", "setinterval(a)", "Location.Reload", "ı", "ſ", "K", "İ", "\n"]  # fmt: skip
script = st.lists(
    st.one_of(
        st.sampled_from(SCRIPT_PIECES), st.text(alphabet="ocatinrelsfhdv(). =15ıſ", max_size=12)
    ),
    max_size=8,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(script)
def test_reload_test_matches_the_pattern(text: str) -> None:
    inline = text.lower()
    assert _reloads(inline) == bool(_RELOAD.search(inline))


def test_reload_test_finds_each_kind() -> None:
    assert _reloads('setinterval("window.location.href = u", 9)')
    assert _reloads("<meta> refresh = 30")
    assert _reloads("location.reload()")
    assert _reloads("ſetinterval('location = u', 9)")  # "ſ" is an "s" to re.I
    assert not _reloads("reload the page yourself")


HEADING_CLASSES = ["widget-title", "Widget-Title", "block-title", "section-title", "heading",
                   "sub-heading", "module-title", "box-title", "title", "entry-title", "x"]  # fmt: skip
HEADING_TAGS = ["h2", "h3", "h6", "div", "span", "h1", "p"]


@st.composite
def heading_document(draw: st.DrawFn) -> str:
    parts = []
    for tag, classes in draw(
        st.lists(
            st.tuples(
                st.sampled_from(HEADING_TAGS),
                st.lists(st.sampled_from(HEADING_CLASSES), max_size=3),
            ),
            min_size=1,
            max_size=8,
        )
    ):
        cls = f' class="{" ".join(classes)}"' if classes else ""
        parts.append(f"<{tag}{cls}>t</{tag}>")
    doctype = draw(st.sampled_from(["<!doctype html>", ""]))
    return doctype + "<html><body>" + "".join(parts) + "</body></html>"


@settings(max_examples=300, deadline=None)
@given(heading_document())
def test_headings_are_the_selectors_nodes_each_once(html: str) -> None:
    tree = LexborHTMLParser(html)
    expected: list[int] = []
    for node in tree.css(_HEADING_SELECTOR):
        if node.mem_id not in expected:
            expected.append(node.mem_id)
    assert [n.mem_id for n in _headings(tree)] == expected


LINES = ["Advertisement", "ADVERTISEMENT", "Sponsored content", "Page 2 of 3", "ſeite 2 von 3",
         "Next page", "1 / 3 next", "Posted on May 7, 2024", "May 7, 2024", "By Ann | 2024-04-10",
         "Updated: 2023-10-10", "2019 was a year", "Anzeige", "x", "Date: yesterday"]  # fmt: skip
line = st.one_of(st.sampled_from(LINES), st.text(min_size=1, max_size=30).map(str.strip)).filter(
    bool
)


@settings(max_examples=200, deadline=None)
@given(st.lists(line, max_size=30))
def test_ad_lines_and_pagination_match_their_definition(other: list[str]) -> None:
    ads = sum(1 for ln in other if len(ln) <= _AD_LINE_MAX and P.AD_TEXT_LINE.match(ln))
    paged = any(P.PAGINATION_TEXT.match(ln) for ln in other)
    assert common.ad_lines_and_pagination(other) == (ads, paged)


def _visible_dates_by_definition(other: list[str]) -> list[DateCandidate]:
    """The loop `_visible_dates` replaced: standalone_date tried on every short line."""
    dates: list[DateCandidate] = []
    bare_date_found = False
    for i, ln in enumerate(other[:200]):
        m = P.DATE_LABEL.match(ln)
        if m and len(ln) < 80 and (d := parse_date(m["value"])):
            kind = "modified" if P.MODIFIED_LABEL.search(m["label"]) else "published"
            dates.append(DateCandidate(d, "visible", kind, ln))
        elif (
            not bare_date_found
            and i < 80
            and common.is_date_line(ln)
            and (d := standalone_date(ln))
        ):
            dates.append(DateCandidate(d, "line", "published", ln))
            bare_date_found = True
    return dates


@settings(max_examples=200, deadline=None)
@given(st.lists(line, max_size=30))
def test_visible_dates_match_their_definition(other: list[str]) -> None:
    assert _visible_dates(other) == _visible_dates_by_definition(other)


def _box_blocks_by_definition(tree: LexborHTMLParser, classes: list[str]) -> list[LinkBlock]:
    """The container loop of `_link_blocks` as first written: every node the query lists (once
    per class it matches), its label looked up before its links."""
    blocks: list[LinkBlock] = []
    seen: set[str] = set()
    selector = ", ".join(f'[class~="{c}" i], [id="{c}" i]' for c in classes)
    for box in tree.css(selector):
        anchors = [a for a in box.css("a") if len(_text(a)) >= 3]
        if 3 <= len(anchors) <= 80:
            label = _box_label(box)
            items = []
            for a in anchors[:60]:
                anchor = _anchor(a, "example.com", _text(a))
                key = anchor.href or anchor.text
                if key and key not in seen and len(anchor.text) >= 3:
                    seen.add(key)
                    items.append(anchor)
            if len(items) >= 2:
                blocks.append(LinkBlock(label[:80], tuple(items)))
            if len(blocks) >= 12:
                break
    return blocks


BOX_CLASSES = ["related", "related-posts", "popular", "Related"]


@st.composite
def box_document(draw: st.DrawFn) -> str:
    def box(depth: int) -> str:
        classes = " ".join(draw(st.lists(st.sampled_from([*BOX_CLASSES, "x"]), max_size=3)))
        head = draw(st.sampled_from(["", "<h3>More</h3>", "<h4></h4>"]))
        links = "".join(
            f'<a href="/{draw(st.integers(0, 6))}">{draw(st.sampled_from(["Story", "ab", "News"]))}</a>'
            for _ in range(draw(st.integers(0, 5)))
        )
        inner = box(depth + 1) if depth < 2 and draw(st.booleans()) else ""
        return f'<div class="{classes}">{head}{links}{inner}</div>'

    return (
        "<html><body>" + "".join(box(0) for _ in range(draw(st.integers(1, 4)))) + "</body></html>"
    )


@settings(max_examples=200, deadline=None)
@given(box_document())
def test_link_blocks_of_containers_match_their_definition(html: str) -> None:
    tree = LexborHTMLParser(html)
    classes = ["related", "related-posts", "popular"]
    expected = _box_blocks_by_definition(tree, classes)
    assert list(_link_blocks(tree, "example.com", classes)) == expected


FURNITURE = ["veryGood! (5)", "Like [12]", "12 comments", "Comments: 3", "KOMMENTARE (4)", "1.2k shares",
             "Advertisement", "Sponsored links", "广告", "٣ comments", "Headline", "Page 2 (of 3)"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(FURNITURE), st.text(max_size=45).map(lambda t: " ".join(t.split()))
        ),
        max_size=20,
    )
)
def test_furniture_split_matches_its_definition(lines: list[str]) -> None:
    lines = [ln for ln in lines if ln]
    titles = {"Headline"}
    keep: list[str] = []
    furniture: list[str] = []
    for line in lines:
        counters = (P.AD_TEXT_LINE, P.REACTION_COUNTER, P.COMMENT_COUNT, P.SHARE_COUNT)
        short_furniture = len(line) <= 40 and any(p.match(line) for p in counters)
        (furniture if line in titles or short_furniture else keep).append(line)
    assert _split_furniture(lines, titles) == (keep, furniture)
