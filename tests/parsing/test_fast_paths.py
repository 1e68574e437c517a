"""The parser's shortcuts give what the plain definitions they replace would give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from detector.parsing import patterns as P
from detector.parsing.common import STOPWORDS, detect_language, find_credit_lines
from detector.parsing.decode import _CONTROL_BYTES
from detector.parsing.html import (
    _AD_LINE_MAX,
    _CLASS_ATTR,
    _ID_ATTR,
    _LINK_OPEN,
    _PAGINATION_FIRST,
    _class_id_values,
    _has_page_links,
    _host,
    _link_block_tokens,
    _script_networks,
)

CREDIT_PIECES = [
    "Copyright 2023 The Associated Press. All rights reserved.",
    "(c) Reuters",
    "© AFP",
    "Reporting by Jane Doe; Editing by John Roe",
    "additional reporting by Ann Lee",
    "  by Joe McDonald, AP",
    "By JOE McDONALD, Associated Press",
    "Reuters",
    "The Associated Press",
    "Associated Press writers Ann and Bo contributed to this report.",
    "copyright agence france",
    "Bloomberg News",
    "UPI",
    "dpa",
    "by the way",
    "nearby",
    "standby reporting",
    "WordPress theme",
    "apple map",
    "İstanbul BY",
]
line = st.one_of(
    st.sampled_from(CREDIT_PIECES),
    st.text(alphabet="abyAPrsc ©()\t\xa0ΣİI", max_size=30),
    st.builds(lambda a, b: a + b, st.sampled_from(CREDIT_PIECES), st.text(max_size=8)),
    st.builds(lambda a, b: a + b, st.text(max_size=8), st.sampled_from(CREDIT_PIECES)),
)


def _credit_lines_by_definition(lines: list[str], limit: int = 10) -> tuple[str, ...]:
    """Every line CREDIT_LINE matches, in order, as `find_credit_lines` documents it."""
    found: list[str] = []
    for text in lines:
        credit = len(text) < 300 and P.CREDIT_LINE.search(text.lower())
        if credit and text.strip() not in found:
            found.append(text.strip())
    return tuple(found[:limit])


@settings(max_examples=200, deadline=None)
@given(st.lists(line, max_size=14, unique_by=str.lower))
def test_credit_line_gate_misses_nothing(lines: list[str]) -> None:
    lines = [x for x in lines if "\n" not in x and "\r" not in x]
    assert find_credit_lines(lines) == _credit_lines_by_definition(lines)


def test_credit_lines_found_among_prose() -> None:
    lines = [
        "The index rose by 2 percent, analysts said.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Powered by WordPress",
        "Copyright 2023 The Associated Press. All rights reserved.",
    ]
    assert find_credit_lines(lines) == (lines[1], lines[3])


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _language_by_definition(text: str) -> str:
    """detect_language as first written: character and word loops, no shortcuts."""
    sample = text[:4000]
    if not sample.strip():
        return ""
    n = len(sample)
    han = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    kana = sum(1 for ch in sample if "\u3040" <= ch <= "\u30ff")
    if kana > n * 0.1 or (han + kana > n * 0.2 and kana > han * 0.1):
        return "ja"
    if han > n * 0.2:
        return "zh"
    if sum(1 for ch in sample if "\uac00" <= ch <= "\ud7af") > n * 0.2:
        return "ko"
    if sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff") > n * 0.3:
        return "uk" if sum(1 for ch in sample if ch in "іїєґІЇЄҐ") > n * 0.005 else "ru"
    if sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff") > n * 0.3:
        return "ar"
    for code, lo, hi in (
        ("el", "\u0370", "\u03ff"),
        ("he", "\u0590", "\u05ff"),
        ("hi", "\u0900", "\u097f"),
        ("th", "\u0e00", "\u0e7f"),
    ):
        if sum(1 for ch in sample if lo <= ch <= hi) > n * 0.3:
            return code
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 5:
        return ""
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= max(2, len(words) * 0.03) else ""


WORDS = [w for stop in STOPWORDS.values() for w in sorted(stop)] + [
    "ΣΑΣ",
    "İstanbul",
    "中文",
    "ひらがな",
    "한국어",
    "новости",
    "їжак",
    "الأخبار",
    "ειδήσεις",
    "חדשות",
    "समाचार",
    "ข่าว",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60))
def test_language_guess_matches_its_definition(words: list[str]) -> None:
    text = " ".join(words)
    assert detect_language(text) == _language_by_definition(text)


def _link_tokens_by_definition(values: str) -> list[str]:
    blocks = []
    for m in P.LINK_BLOCK_WORD.finditer(values):
        start = max(values.rfind(" ", 0, m.start()), values.rfind("\n", 0, m.start())) + 1
        ends = (values.find(" ", m.end()), values.find("\n", m.end()), len(values))
        blocks.append(values[start : min(x for x in ends if x >= 0)])
    return list(dict.fromkeys(blocks))[:20]


def test_link_block_words_are_the_patterns_words() -> None:
    assert all(P.LINK_BLOCK_WORD.fullmatch(w) for w in P.LINK_BLOCK_WORDS)
    # Every match of the pattern on a text made of its own words is one of the listed words.
    sample = "mostread most-read read-next readnext you-may hot-news top-stories also-like"
    assert all(m.group() in P.LINK_BLOCK_WORDS for m in P.LINK_BLOCK_WORD.finditer(sample))


class_token = st.one_of(
    st.sampled_from(["related-posts", "mostreadnext", "ad", "nav", "top-stories_box", "x"]),
    st.text(alphabet="abdegilmnoprstuvy-_", max_size=12),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(class_token, st.sampled_from([" ", "\n", "\t"])), max_size=40))
def test_link_block_tokens_match_their_definition(parts: list[tuple[str, str]]) -> None:
    values = "".join(a + b for a, b in parts)
    assert _link_block_tokens(values) == _link_tokens_by_definition(values)


attr_value = st.text(alphabet="ab é中\"'<>-_", max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["class=", "id=", "data-id=", "<a ", "<A ", "<a\n"]),
                          st.sampled_from(['"', "'", ""]), attr_value), max_size=20),
       st.integers(0, 260))  # fmt: skip
def test_raw_markup_scans_on_bytes_match_str(parts: list[tuple[str, str, str]], pad: int) -> None:
    html = "".join(a + q + v for a, q, v in parts) + ' class="' + "é" * pad + "x" * 210
    values = "\n".join([*_CLASS_ATTR.findall(html), *_ID_ATTR.findall(html)]).lower()
    assert _class_id_values(html.encode(), html) == values
    n_links = html.count("<a ") + html.count("<A ") + html.count("<a\n")
    assert len(_LINK_OPEN.findall(html.encode())) == n_links


@settings(max_examples=80, deadline=None)
@given(
    st.from_regex(P.AD_TEXT_LINE, fullmatch=True),
    st.from_regex(P.DATE_LABEL, fullmatch=True),
    st.one_of(
        st.from_regex(P.PAGINATION_TEXT, fullmatch=True),
        st.sampled_from(["ſeite 2 von 3", "PAGE 1 OF 2", "١٢ / 3 next", "Next page"]),
    ),
)
def test_line_gates_keep_every_match(ad_line: str, date_line: str, page_line: str) -> None:
    ad_line = ad_line.strip()  # lines reach the gate stripped ("$" also allows a final "\n")
    assert P.AD_TEXT_LINE.match(ad_line) and len(ad_line) <= _AD_LINE_MAX
    assert P.PAGINATION_TEXT.match(page_line)
    assert page_line[0] in _PAGINATION_FIRST or page_line[0].isdecimal()
    date_line = date_line.strip()
    if P.DATE_LABEL.match(date_line):  # (stripping may cut the value under its 6 characters)
        assert date_line[0] in P.DATE_LABEL_FIRST


def _networks_by_definition(srcs: list[str]) -> set[str]:
    networks: set[str] = set()
    for host in {_host(src if "//" in src else "") for src in srcs}:
        networks.update(name for dom, name in P.AD_NETWORKS.items() if host.endswith(dom))
    return networks


src = st.one_of(
    st.sampled_from(
        [
            "https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js",
            "//WWW.Taboola.com/libtrc/x.js",
            "https://cdn.example/doubleclick.net.js",
            "https://securepubads.g.doubleclick.\tnet/tag/js/gpt.js",
            "https://user@ads.mgid.com:8080/x",
            "/local/outbrain.com.js",
            "https://[::1/x",
        ]
    ),
    st.text(max_size=30),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(src, max_size=6))
def test_script_networks_match_their_definition(srcs: list[str]) -> None:
    assert _script_networks(srcs) == _networks_by_definition(srcs)


def test_page_links_need_a_link_inside_the_container() -> None:
    for html, expected in [
        ('<div class="page-links"><a href="/2">2</a></div>', True),
        ('<div class="wp-post-pages-nav"><span><a href="/2">2</a></span></div>', True),
        ('<a class="page-links" href="/2">2</a>', False),
        ('<div class="page-links">Pages: 1</div><a href="/2">2</a>', False),
    ]:
        tree = LexborHTMLParser(html)
        assert _has_page_links(tree) is expected
        assert bool(tree.css_first(".page-links a, [class*=post-pages] a")) is expected


@given(st.binary(max_size=300))
def test_control_byte_count_matches_its_definition(head: bytes) -> None:
    by_definition = sum(1 for b in head if b < 9 or 13 < b < 32)
    assert len(head) - len(head.translate(None, _CONTROL_BYTES)) == by_definition
