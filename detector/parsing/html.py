"""Parse HTML into `Page` fields with lexbor (selectolax); main text with resiliparse.

Measured here (FIELD_NOTES.md): lexbor parses in ~0.75 ms a page and resiliparse's main-content
extraction scores bag-of-words F1 0.91 against the benchmark's gold at ~1.6 ms (alt texts,
link markers and bullets off), where trafilatura needs ~25 ms for 0.95.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree
from selectolax.lexbor import LexborHTMLParser, LexborNode

from detector.page import Anchor, DateCandidate, LinkBlock
from detector.parsing import bylines, common, hidden_links, monetise, prefilter, redirects
from detector.parsing import patterns as P
from detector.parsing.dates import may_hold_year, parse_date, standalone_date
from detector.parsing.story_links import story_links

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "og:article:published_time",
    "cxenseparse:recs:publishtime", "original-publish-date", "displaydate", "date.available",
)  # fmt: skip
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "last-modified",
    "dc.date.modified", "dcterms.modified", "article.updated", "og:article:modified_time",
)  # fmt: skip
_HEADING_SELECTOR = (
    "h2, h3, h4, h5, h6, [class*=widget-title], [class*=block-title], [class*=section-title], "
    "[class*=heading], [class*=module-title], [class*=box-title]"
)
# What `_headings` queries: two substring tests instead of six (each ~0.013 ms a page).
_HEADING_WIDE = "h2, h3, h4, h5, h6, [class*=title], [class*=heading]"
_HEADING_TAGS = frozenset(["h2", "h3", "h4", "h5", "h6"])
_HEADING_CLASSES = (
    "widget-title", "block-title", "section-title", "heading", "module-title", "box-title"
)  # fmt: skip
# Whether a class value holds one of them: one search in C instead of a generator over six.
_HEADING_CLASS = re.compile("|".join(map(re.escape, _HEADING_CLASSES)))
# Ad slots are counted from the raw markup: one regex pass is ~5x cheaper than CSS selectors.
# (A pattern that starts with a literal lets the regex engine skip ahead fast.)
_PAGE_TWO = re.compile(
    r"[?&](?:page|p|pg|pagina|seite)=2\b|/(?:page/)?2/?$|[-_]2(?:\.html?)?$", re.I
)
_EDGES_TO_BREAKS = str.maketrans(" _-", "\n\n\n")
# patterns.AD_TOKEN's "ad" branch after a token edge (every word it matches is in AD_WORDS).
_AD_AFTER_EDGE = re.compile(
    r"\nad(?:s|v|verts?|vertisements?|vertising|slot|unit|sense|sbygoogle|box|container|wrapper|"
    r"block|space|zone)?(?![a-z])"
)
_CLASS_ATTR = re.compile(r"""class=["']([^"'<>]{1,200})""")
_ID_ATTR = re.compile(r"""id=["']([^"'<>]{1,200})""")
# The same scans over the UTF-8 bytes: several times faster than over a str with non-Latin-1
# characters (most pages). While every value found is ASCII they find exactly what the str
# patterns find; a page with a non-ASCII value is scanned again as str (the 200 is in chars).
_CLASS_ATTR_B = re.compile(rb"""class=["']([^"'<>]{1,200})""")
_ID_ATTR_B = re.compile(rb"""id=["']([^"'<>]{1,200})""")
# Counted with a regex, not bytes.count: its search skips ahead to the rare "<" or "d", where
# count's on such short needles is ~4x slower (measured on the bench pages).
_LINK_OPEN = re.compile(rb"<(?:a[ \n]|A )")  # "<a ", "<A ", "<a\n"
_AD_DATA_ATTR = re.compile(rb"data-ad-(?:slot|unit)")
_DIGIT = re.compile(r"\d")


def _class_id_values(raw: bytes, html: str) -> str:
    """Class values then id values of the raw markup, one a line, lower-cased."""
    values_b = b"\n".join([*_CLASS_ATTR_B.findall(raw), *_ID_ATTR_B.findall(raw)])
    if values_b.isascii():
        return values_b.lower().decode("ascii")
    return "\n".join([*_CLASS_ATTR.findall(html), *_ID_ATTR.findall(html)]).lower()


def _scan_class_values(raw: bytes, html: str) -> tuple[int, list[str], set[str]]:
    """One pass over class/id values: (ad slot count, values naming link-block containers,
    native-ad networks named by their containers).

    `raw` is `html` encoded as UTF-8.
    """
    values = _class_id_values(raw, html)
    # (Most pages have no such attribute: a find, ~6x cheaper than the regex scan, rules it out.)
    ads = len(_AD_DATA_ATTR.findall(raw)) if raw.find(b"data-ad-") >= 0 else 0
    # Both searches below read each distinct line once: a value repeated later (a theme's
    # "post-item" on every card) adds no new token and changes neither answer.
    distinct = "\n".join(dict.fromkeys(values.split("\n")))
    natives = monetise.native_class_networks(distinct)
    return ads + ad_tokens(values), _link_block_tokens(distinct), natives


def ad_tokens(values: str) -> int:
    """How many class/id tokens (lower-cased `values`) open with an ad word: the matches of
    `patterns.AD_TOKEN` that start a token (after a space, line break, "_" or "-")."""
    # Every token edge made a line break: each literal then opens with one ("\nad"), which
    # the regex engine skips ahead to, where AD_TOKEN tries a match at every a, s and d
    # (~2.5x the instructions). Each branch matches only letters, so no hit can overlap another.
    edged = "\n" + values.translate(_EDGES_TO_BREAKS)
    return len(_AD_AFTER_EDGE.findall(edged)) + edged.count("\nsponsored") + edged.count("\ndfp")


def _link_block_tokens(values: str, limit: int = 20) -> list[str]:
    """The class tokens (space- or newline-delimited) that hold a link-block word, in order."""
    spaced = values.replace("\n", " ")  # one delimiter: half the searches per hit
    hits: list[int] = []
    for word in P.LINK_BLOCK_WORDS:
        i = spaced.find(word)
        while i >= 0:
            hits.append(i)
            i = spaced.find(word, i + 1)
    blocks: list[str] = []
    end = -1
    for i in sorted(hits):
        if i < end:
            continue  # in the token just taken
        # Widen the hit to the whole class token around it.
        start = spaced.rfind(" ", 0, i) + 1
        end = spaced.find(" ", i)
        if end < 0:
            end = len(spaced)
        blocks.append(spaced[start:end])
    return list(dict.fromkeys(blocks))[:limit]


_INLINE_AD_NAMES = {
    "adsbygoogle": "Google AdSense", "googletag": "Google Ad Manager", "pubads": "Google Ad Manager",
    "taboola": "Taboola", "outbrain": "Outbrain", "mgid": "MGID", "revcontent": "Revcontent",
    "prebid": "Prebid header bidding", "ezstandalone": "Ezoic",
}  # fmt: skip
_RELOAD = re.compile(r"location\.reload|setInterval\([^)]*location|refresh\s*=\s*\d", re.I)
# _RELOAD's alternatives for lower-cased text, each behind a literal it needs: the
# case-insensitive alternation has no literal to skip ahead to (~0.25 ms on a page's scripts).
# On lower-cased text, ignoring case changes nothing but that "ı" and "ſ" match "i" and "s"
# (the other letters that match ASCII ones under re.I, "K" and "İ", do not survive lower()).
_SET_INTERVAL_LOCATION = re.compile(r"setinterval\([^)]*location")
_REFRESH_SECONDS = re.compile(r"refresh\s*=\s*\d")
# (Not "head": only the body's text is read, and the parser never puts a head inside the body.)
# `_collect` lists them in its traversal, to be removed once the queries that read them are done.
_STRIP_TAGS = ["script", "style", "noscript", "template", "svg", "iframe"]
_MAX_LINES = 600


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _name_key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _names_the_site(node: LexborNode, text: str, names: tuple[str, ...]) -> bool:
    """Whether an h1 holds the site's name (the brand of og:site_name or the title) or only a
    link to the home page, as blog and forum-digest themes make it, not the story's headline."""
    key = _name_key(text)
    if key and any(key == _name_key(n) for n in names if n):
        return True
    link = node.css_first("a")
    href = (link.attributes.get("href") or "").strip() if link is not None else ""
    return href == "/" or (href.count("/") == 3 and href.endswith("/") and "://" in href)


def _title_heading(tree: LexborHTMLParser, headline_part: str) -> str:
    """The first h2 the document title's headline part begins with ("" when none)."""
    want = _name_key(headline_part)
    if not want:
        return ""
    for node in tree.css("h2"):
        text = _text(node)
        key = _name_key(text)
        if len(key) >= 8 and want.startswith(key[:60]):
            return text
    return ""


def _text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return " ".join((node.text(deep=True, separator=" ") or "").split())


def _jsonld_objects(raw: str) -> Iterator[Mapping[str, Any]]:
    raw = raw.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip()
    if not raw:
        return
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError):
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            if isinstance(item.get("@graph"), list):
                stack.extend(reversed(item["@graph"]))


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD author/publisher value (str, dict or list of them)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:10]:
        if isinstance(item, str) and item.strip() and not item.startswith("http"):
            out.append(item.strip())
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            out.append(item["name"].strip())
    return out


# JSON-LD types whose headline is the page's story's.
_ARTICLE_TYPES = frozenset(
    ("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "WebPage")
)


class _TextCache:
    """`_text` of each node once: the link-block search reads the same anchors many times.

    Keyed by the node's address (LexborNode's `==` serialises both nodes); valid while the
    tree is not changed.
    """

    __slots__ = ("_texts",)

    def __init__(self) -> None:
        self._texts: dict[int, str] = {}

    def __call__(self, node: LexborNode) -> str:
        key = node.mem_id
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = _text(node)
        return text


def _container_anchors(
    heading: LexborNode, text: _TextCache, max_up: int = 4
) -> tuple[LexborNode | None, list]:
    node = heading
    for _ in range(max_up):
        parent = node.parent
        if parent is None or parent.tag in ("body", "html"):
            break
        anchors = [a for a in parent.css("a") if len(text(a)) >= 3]
        if len(anchors) >= 2:
            return parent, anchors
        node = parent
    return None, []


_URL_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/?#]*@)?([^:/?#]+)", re.IGNORECASE)


def _anchor(a: LexborNode, page_host: str, text: str) -> Anchor:
    href = (a.attributes.get("href") or "").strip()
    internal: bool | None = None
    if href and not href.startswith(("javascript:", "#", "mailto:")):
        m = _URL_HOST.match(href)  # a regex instead of urlsplit: this runs for every link
        if m is None:
            internal = True  # a relative link stays on the site
        elif page_host:
            host = m[1].lower().removeprefix("www.")
            internal = host == page_host or host.endswith("." + page_host)
    return Anchor(text[:300], href[:500], internal)


def _headings(tree: LexborHTMLParser) -> list[LexborNode]:
    """The nodes `_HEADING_SELECTOR` matches, in document order, each once.

    (lexbor lists a node once per selector of a list it matches; a heading seen again adds no
    link block, since its links are all taken already, so the parser reads each once.)
    """
    found: list[LexborNode] = []
    last = -1
    for node in tree.css(_HEADING_WIDE):
        key = node.mem_id
        if key == last:
            continue
        last = key
        if node.tag in _HEADING_TAGS or _HEADING_CLASS.search(node.attrs.get("class") or ""):
            found.append(node)
    return found


def _link_blocks(
    tree: LexborHTMLParser, page_host: str, block_classes: list[str]
) -> tuple[LinkBlock, ...]:
    blocks: list[LinkBlock] = []
    seen: set[str] = set()
    text = _TextCache()

    def take(anchors: list[LexborNode]) -> list[Anchor]:
        """The anchors no earlier block has taken (they are taken now)."""
        items = []
        for a in anchors[:60]:
            anchor = _anchor(a, page_host, text(a))
            # (A placeholder href, "#" or "javascript:", names no page: the text does.)
            key = anchor.text if anchor.href.startswith(("#", "javascript:")) else anchor.href
            key = key or anchor.text
            if key and key not in seen and len(anchor.text) >= 3:
                seen.add(key)
                items.append(anchor)
        return items

    def add(heading: str, anchors: list[LexborNode]) -> None:
        items = take(anchors)
        if len(items) >= 2:
            blocks.append(LinkBlock(heading[:80], tuple(items)))

    def add_plain(heading: str, texts: list[str], least: int) -> None:
        """A list whose items are not links ("Most read" boxes that print headlines only)."""
        items = [Anchor(t[:300]) for t in dict.fromkeys(texts) if t not in seen]
        if len(items) >= least:
            seen.update(a.text for a in items)
            blocks.append(LinkBlock(heading[:80], tuple(items)))

    others: list[tuple[str, LexborNode]] = []  # short headings of other wording
    for h in _headings(tree):
        label = text(h)
        if not 2 <= len(label) <= 50:
            continue
        if P.is_link_block_heading(label):
            _, anchors = _container_anchors(h, text)
            if anchors:
                add(label, [a for a in anchors if text(a) != label])
            else:
                add_plain(label, _plain_list_after(h, text), 2)
            if len(blocks) >= 12:
                return tuple(blocks)
        # A list's label is short; longer "headings" are the titles of story cards.
        elif len(label) <= 40 and label.count(" ") <= 5:
            others.append((label, h))
    selector = ", ".join(
        f'[class~="{c}" i], [id="{c}" i]'
        for c in block_classes
        if c.replace("-", "").replace("_", "").isalnum()
    )
    last = -1
    for box in tree.css(selector) if selector else []:
        # lexbor lists a box once per class it matches: a box seen again has no links left.
        if box.mem_id == last:
            continue
        last = box.mem_id
        anchors = [a for a in box.css("a") if len(text(a)) >= 3]
        if 3 <= len(anchors) <= 80:
            items = take(anchors)
            if len(items) >= 2:  # (the label only for a block: it costs a query)
                blocks.append(LinkBlock(_box_label(box)[:80], tuple(items)))
            if len(blocks) >= 12:
                return tuple(blocks)
    for label, heading in others:
        # Lists of headlines under a heading of any wording ("Đọc nhiều", "이 기자의 다른 기사",
        # "Новости партнеров"): a sidebar's second and third lists, whose labels
        # `P.LINK_BLOCK_HEADING` does not know. Two in three items must read as headlines, which
        # keeps out menus, tag clouds and archive lists.
        anchors = _anchors_after(heading, text)
        if not anchors:
            # (A bullet list in the story under its own subhead is prose: only a sidebar's.)
            texts = _plain_list_after(heading, text) if _in_sidebar(heading) else []
            if sum(map(common.reads_as_headline, texts)) * 3 >= len(texts) * 2:
                add_plain(label, texts, 3)
            continue
        if (
            len(anchors) < 3
            or sum(common.reads_as_headline(text(a)) for a in anchors) * 3 < len(anchors) * 2
        ):
            continue
        items = take(anchors)
        if len(items) >= 3:
            blocks.append(LinkBlock(label[:80], tuple(items)))
            if len(blocks) >= 12:
                break
    return tuple(blocks)


def _anchors_after(heading: LexborNode, text: _TextCache, max_siblings: int = 12) -> list:
    """Anchors (text of 3+ characters) in the elements after `heading` before the next heading;
    [] past 40 (a page region, not a list). A heading alone in a wrapper reads its wrapper's."""
    sibling = _element_after(heading)
    anchors: list = []
    for _ in range(max_siblings):
        if sibling is None:
            break
        tag = sibling.tag
        if tag in _LIST_ENDS:
            break
        if tag == "a":
            found = [sibling]
        elif _first_child_element(sibling) is not None:
            found = sibling.css("a")
        else:  # (no element inside, so no link: a paragraph or an empty spacer)
            found = []
        anchors += [a for a in found if len(text(a)) >= 3]
        if len(anchors) > 40:
            return []
        sibling = _next_element(sibling)
    return anchors


def _element_after(heading: LexborNode) -> LexborNode | None:
    """The element after `heading`, or after its wrapper when it stands alone in one (up to two
    levels: <div class="widget-head"><h3>Label</h3></div><ul>...</ul>); None at the page's
    top."""
    node: LexborNode | None = heading
    sibling = _next_element(heading)
    for _ in range(2):
        if node is None or sibling is not None:
            break
        node = node.parent
        if node is None or node.tag in ("body", "html"):
            return None
        sibling = _next_element(node)
    return sibling


def _in_sidebar(node: LexborNode, max_up: int = 6) -> bool:
    """Whether `node` sits in an <aside> or a sidebar/widget box, within `max_up` levels."""
    for _ in range(max_up):
        parent = node.parent
        if parent is None or parent.tag in ("body", "html", "article", "main"):
            return False
        cls = (parent.attrs.get("class") or "").lower()
        if parent.tag == "aside" or "sidebar" in cls or "widget" in cls:
            return True
        node = parent
    return False


def _plain_list_after(heading: LexborNode, text: _TextCache) -> list[str]:
    """The item texts (3+ characters) of a list with no link right after `heading`; [] when
    the next element is not such a list (or holds more than 60 items: an index, not a box)."""
    sibling = _element_after(heading)
    if sibling is None or sibling.tag not in ("ul", "ol") or sibling.css_first("a") is not None:
        return []
    texts = [text(li) for li in sibling.css("li")]
    return [t for t in texts if len(t) >= 3] if len(texts) <= 60 else []


# Where the list after a heading ends: the next heading or an article.
_LIST_ENDS = _HEADING_TAGS | {"h1", "article"}


def _first_child_element(node: LexborNode) -> LexborNode | None:
    """The first child of `node` that is an element (a property walk, ~4x cheaper than a query
    for its links)."""
    child = node.first_child
    while child is not None and not child.is_element_node:
        child = child.next
    return child


def _next_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling


def _box_label(box: LexborNode) -> str:
    """A link-block container's label: its first heading, else the link-block word of its
    class or id, else "related"."""
    head = box.css_first("h2, h3, h4, h5, h6")
    label = _text(head) if head else ""
    if not label:
        cls = f"{box.attributes.get('class') or ''} {box.attributes.get('id') or ''}"
        m = P.LINK_BLOCK_CLASS.search(cls)
        label = m.group(0) if m else "related"
    return label


def _breadcrumbs(
    tree: LexborHTMLParser, jsonld: list[Mapping[str, Any]], in_dom: bool = True
) -> tuple[str, ...]:
    """Breadcrumb names from JSON-LD, else from the DOM (`in_dom`: the DOM may have a trail)."""
    for obj in jsonld:
        if "BreadcrumbList" in common.schema_types(obj) and isinstance(
            obj.get("itemListElement"), list
        ):
            names = []
            for el in obj["itemListElement"][:12]:
                if isinstance(el, dict):
                    name = el.get("name") or (el.get("item") or {}).get("name")
                    if isinstance(name, str) and name.strip():
                        names.append(" ".join(name.split()))
            if names:
                return tuple(names)
    for node in tree.css(prefilter.BREADCRUMB) if in_dom else []:
        parts = [_text(a) for a in node.css("a, li > span, [itemprop=name]")]
        parts = [p for p in dict.fromkeys(parts) if 0 < len(p) <= 60]
        if not parts:
            parts = [p for p in P.BREADCRUMB_SEPARATORS.split(_text(node)) if 0 < len(p) <= 60]
        if parts:
            return tuple(parts[:12])
    return ()


def _main_paragraphs(html: str) -> list[str]:
    # resiliparse's tree stays a temporary, freed here: its trees are bound to the thread that
    # made them, and one held by parse_html's frame (tried, to save 0.05 ms a page) outlived it
    # in a reference cycle and was freed by the collector on another thread of a Dask worker
    # ("HTMLTreePy is unsendable, but is being dropped on another thread").
    text = extract_plain_text(
        # (From the str: parse_from_bytes(..., "utf-8") was ~0.14 ms a page slower, paired.)
        HTMLTree.parse(html),
        main_content=True,
        alt_texts=False,
        links=False,
        list_bullets=False,
        form_fields=False,
        noscript=False,
    )
    return list(filter(None, map(" ".join, map(str.split, text.splitlines()))))


def _split_furniture(lines: list[str], titles: set[str]) -> tuple[list[str], list[str]]:
    """Move the headline, reaction counters and ad labels out of the main text.

    `lines` are stripped, one line each (as `_main_paragraphs` gives them).
    """
    keep: list[str] = []
    furniture: list[str] = []
    for line in lines:
        n = len(line)
        if line in titles or (
            n <= 40
            and (
                (n <= _AD_LINE_MAX and line[0] in _AD_LINE_FIRST and P.AD_TEXT_LINE.match(line))
                # (every counter pattern needs a digit: one search rules out all three)
                or (
                    _DIGIT.search(line)
                    and (
                        P.REACTION_COUNTER.match(line)
                        or P.REACTION_BAR.match(line)
                        or P.COMMENT_COUNT.match(line)
                        or P.SHARE_COUNT.match(line)
                    )
                )
            )
        ):
            furniture.append(line)
        else:
            keep.append(line)
    return keep, furniture


# Document order, one node once: the first title and h1 here are what css_first would give.
# The same traversal lists the `_STRIP_TAGS` elements (`strip_tags` would walk the DOM once a tag).
_COLLECT_SELECTOR = (
    'meta, script, iframe, link[rel], time[datetime], a[rel="next"], title, h1, '
    "style, noscript, template, svg"
)
# The same traversal also finds `prefilter.UNION`'s nodes: one walk of the DOM fewer (~0.1 ms a
# page, measured). lexbor lists a node once per selector of the list it matches, in a run, and
# no node matches two of the selectors above (each names its own tag).
_COLLECT_AND_PREFILTER = f"{_COLLECT_SELECTOR}, {prefilter.UNION}"
_NEXT_LINK = 'a[rel="next"]'


_STRIP_ONLY = frozenset(["style", "noscript", "template", "svg"])


def _collected(node: LexborNode, tag: str | None) -> bool:
    """Whether `_COLLECT_SELECTOR` matches `node` (its tag is `tag`)."""
    if tag in _COLLECT_TAGS:
        return True
    if tag == "link":
        return "rel" in node.attrs
    if tag == "time":
        return "datetime" in node.attrs
    if tag == "a":
        rel = node.attrs.get("rel")
        # (lexbor compares rel's value ignoring ASCII case: ask it when the case differs.)
        return rel == "next" or (
            rel is not None and rel.lower() == "next" and node.css_matches(_NEXT_LINK)
        )
    return False


# The tags `_COLLECT_SELECTOR` names with no attribute test.
_COLLECT_TAGS = frozenset(
    ["meta", "script", "iframe", "title", "h1", "style", "noscript", "template", "svg"]
)


def _collect(tree: LexborHTMLParser) -> dict[str, list[LexborNode]]:
    """Nodes of the kinds the parser reads, grouped, from one traversal of the DOM; "strip"
    holds the `_STRIP_TAGS` elements, as `_strip` takes them, and "prefilter" the nodes
    `prefilter.UNION` matches."""
    groups: dict[str, list[LexborNode]] = {
        "meta": [], "ld": [], "script_src": [], "script": [], "canonical": [], "next": [],
        "time": [], "title": [], "h1": [], "strip": [], "prefilter": [],
    }  # fmt: skip
    strip = groups["strip"]
    union = groups["prefilter"]
    last = -1
    in_union = False
    for node in tree.css(_COLLECT_AND_PREFILTER):
        key = node.mem_id
        if key == last:
            # Listed again: a second selector matched, a prefilter one (collect's exclude each
            # other).
            if not in_union:
                union.append(node)
                in_union = True
            continue
        last = key
        tag = node.tag
        in_union = not (tag in _COLLECT_TAGS or _collected(node, tag))
        if in_union:  # a prefilter node only
            union.append(node)
            continue
        if tag in ("meta", "title", "h1", "time"):  # (no attributes needed: the dict costs
            groups[tag].append(node)  # more than the tag)
            continue
        if tag in _STRIP_ONLY:
            strip.append(node)
            continue
        attrs = node.attributes
        if tag == "script":
            strip.append(node)
            if "src" in attrs:
                groups["script_src"].append(node)
            elif (attrs.get("type") or "").strip().lower() == "application/ld+json":
                groups["ld"].append(node)
            else:
                groups["script"].append(node)
        elif tag == "iframe":
            strip.append(node)
            if "src" in attrs:
                groups["script_src"].append(node)
        else:
            rel = (attrs.get("rel") or "").lower().split()
            if "canonical" in rel:
                groups["canonical"].append(node)
            elif "next" in rel or "prev" in rel:
                groups["next"].append(node)
    return groups


# Gates before two per-line patterns (see patterns.py).
_AD_LINE_MAX = P.AD_LINE_MAX
_AD_LINE_FIRST = P.AD_LINE_FIRST
_PAGINATION_FIRST = P.PAGINATION_FIRST
_DATE_LABEL_FIRST = P.DATE_LABEL_FIRST


def _script_networks(srcs: list[str]) -> set[str]:
    """Ad networks whose domains serve these script/iframe sources."""
    joined = " ".join(srcs).lower()
    if "\t" in joined or "\r" in joined or "\n" in joined:
        domains = list(P.AD_NETWORKS.items())  # urlsplit drops these: look at every host
    else:  # a host that ends in a domain has it in the lower-cased source text
        domains = [(dom, name) for dom, name in P.AD_NETWORKS.items() if dom in joined]
        # (so only those sources need urlsplit, ~2 us each)
        srcs = [src for src in srcs if any(dom in src.lower() for dom, _ in domains)]
    networks: set[str] = set()
    if domains:
        for host in {_host(src if "//" in src else "") for src in srcs}:
            networks.update(name for dom, name in domains if host.endswith(dom))
    return networks


# How many leading main-text lines, and how short, may be a theme's date row rather than story.
_META_ROW_REACH = 3
_META_ROW_CHARS = 80


def _visible_dates(other: list[str]) -> list[DateCandidate]:
    """Dates of labelled lines ("Published: ...") and the first bare date line among `other`."""
    dates: list[DateCandidate] = []
    bare_date_found = False
    for i, ln in enumerate(other[:200]):
        # (labelled_date's own first test, here: most lines open with no label's first letter,
        # and the call costs more than the test.)
        labelled = common.labelled_date(ln) if ln[:1] in _DATE_LABEL_FIRST else None
        if labelled is not None:
            dates.append(labelled)
        elif (
            not bare_date_found
            and i < 80
            and may_hold_year(ln)  # standalone_date needs a year: test that first
            and common.is_date_line(ln)
            and (d := standalone_date(ln))
        ):
            dates.append(DateCandidate(d, "line", "published", ln))
            bare_date_found = True
    return dates


def _reloads(inline: str) -> bool:
    """Whether lower-cased script text reloads the page (`_RELOAD` finds something)."""
    if not inline.isascii() and ("ı" in inline or "ſ" in inline):
        return bool(_RELOAD.search(inline))
    return (
        "location.reload" in inline
        or ("setinterval(" in inline and bool(_SET_INTERVAL_LOCATION.search(inline)))
        or ("refresh" in inline and bool(_REFRESH_SECONDS.search(inline)))
    )


def _strip(nodes: list[LexborNode]) -> None:
    """Take these elements out of the tree, as `tree.strip_tags(_STRIP_TAGS)` does.

    (Each is unlinked from its parent, its content with it. One nested in another is unlinked
    from a subtree already out of the tree, which strip_tags would not find: the tree left is
    the same.)
    """
    for node in nodes:
        node.decompose(recursive=False)


def _has_page_links(tree: LexborHTMLParser) -> bool:
    """WordPress's in-post page links: a link inside `.page-links` or `[class*=post-pages]`."""
    # Containers first, then a link in one: ~2x cheaper than matching "X a" at every link.
    # A node's css() includes the node itself, which must not count as its own link.
    for box in tree.css(prefilter.PAGE_LINKS):
        if any(a.mem_id != box.mem_id for a in box.css("a")):
            return True
    return False


def parse_html(html: str, url: str) -> dict[str, Any]:
    """Fields of a `Page` from an HTML document (str)."""
    # resiliparse first: it encodes `html` through the str's own UTF-8 cache, which the
    # encode below then copies instead of encoding the page a second time (-1.6M instructions
    # a page, measured).
    main_lines = _main_paragraphs(html)
    # Encoded once, for lexbor and the raw-markup scans. (Strict: a lone surrogate raises
    # UnicodeEncodeError, a ValueError, and the caller reads the page as text.)
    utf8 = html.encode("utf-8")
    tree = LexborHTMLParser(utf8)
    fields: dict[str, Any] = {"kind": "html"}
    nodes = _collect(tree)

    meta: dict[str, str] = {}
    og: dict[str, str] = {}
    for node in nodes["meta"]:
        attrs = node.attributes
        key = (
            attrs.get("property")
            or attrs.get("name")
            or attrs.get("itemprop")
            or attrs.get("http-equiv")
        )
        content = attrs.get("content")
        if key and content is not None:
            key = key.strip().lower()
            meta.setdefault(key, content.strip())
            if key.startswith("og:"):
                og.setdefault(key, content.strip())
    jsonld: list[Mapping[str, Any]] = []
    for node in nodes["ld"]:
        jsonld.extend(_jsonld_objects(node.text() or ""))
        if len(jsonld) > 50:
            break

    canonical_node = nodes["canonical"][0] if nodes["canonical"] else None
    canonical = (canonical_node.attributes.get("href") or "").strip() if canonical_node else ""
    base = url or canonical or og.get("og:url", "")
    page_host = _host(base)

    title = _text(nodes["title"][0] if nodes["title"] else None)
    h1 = _text(nodes["h1"][0] if nodes["h1"] else None)
    article = next((o for o in jsonld if _ARTICLE_TYPES.intersection(common.schema_types(o))), {})
    raw_headline = article.get("headline")
    ld_headline: str = raw_headline if isinstance(raw_headline, str) else ""
    headline_part, title_brand = common.split_title(title)
    site_h1 = ""
    if h1 and _names_the_site(nodes["h1"][0], h1, (og.get("og:site_name", ""), title_brand)):
        # A blog theme's h1 is the blog's name; the post's title is a lower heading.
        site_h1, h1 = h1, _title_heading(tree, headline_part)
    headline = next(
        (h for h in (h1, og.get("og:title", ""), ld_headline, headline_part) if 3 <= len(h) <= 400),
        site_h1,  # nothing better: the site's name is still the page's heading
    )

    brands: list[tuple[str, str]] = []
    if og.get("og:site_name"):
        brands.append((og["og:site_name"], "og:site_name"))
    for obj in [article, *jsonld]:
        for name in _names(obj.get("publisher")) if obj else []:
            brands.append((name, "jsonld_publisher"))
            break
    if meta.get("application-name"):
        brands.append((meta["application-name"], "application-name"))
    if title_brand:
        brands.append((title_brand, "title_suffix"))
    may_match = prefilter.candidates_of(nodes["prefilter"])
    logo = tree.css_first(prefilter.LOGO) if may_match.logo else None
    if logo is not None and (logo.attributes.get("alt") or "").strip():
        brands.append(((logo.attributes.get("alt") or "").strip(), "logo_alt"))
    brands = list(dict.fromkeys((b[:100], s) for b, s in brands if b.strip()))

    authors: list[str] = []
    for obj in [article] if article else []:
        authors.extend(_names(obj.get("author")))
    if meta.get("author") and not meta["author"].startswith("http"):
        authors.append(meta["author"])
    byline_node = tree.css_first(prefilter.BYLINE) if may_match.byline else None
    # Failing the exact query, a theme's own author class ("meta-author", "jeg_meta_author");
    # the date or reading time after the name is no part of the signature.
    byline = _text(byline_node)[:200] or (bylines.wide_author(tree) if may_match.byline else "")
    byline = bylines.trim_tail(byline)
    if not byline:
        # A theme's meta row right under the headline: "Redakcja · 28.12.2024 · 1 min" (a desk in
        # a <span>, then a <time>), with no author class to find it by. Blog themes make the
        # blog's name the h1 and the post's title an h2.
        h1_node = nodes["h1"][0] if nodes["h1"] else None
        byline = bylines.meta_row_after(h1_node)
        if not byline and bylines.names_site(h1_node):
            byline = bylines.meta_row_after(tree.css_first("h2"))
    if byline and not authors:
        authors.append(byline)

    dates: list[DateCandidate] = []
    for key in _PUBLISHED_META:
        if key in meta and (d := parse_date(meta[key])):
            dates.append(DateCandidate(d, f"meta:{key}", "published", meta[key]))
    for key in _MODIFIED_META:
        if key in meta and (d := parse_date(meta[key])):
            dates.append(DateCandidate(d, f"meta:{key}", "modified", meta[key]))
    for obj in jsonld[:20]:
        for key, kind in (("datePublished", "published"), ("dateModified", "modified")):
            raw = obj.get(key)
            if isinstance(raw, str) and (d := parse_date(raw)):
                dates.append(DateCandidate(d, f"jsonld:{key}", kind, raw))
    for node in nodes["time"][:5]:
        raw = node.attributes.get("datetime") or ""
        if d := parse_date(raw):
            dates.append(DateCandidate(d, "time", "published", raw))

    scripts_src = [n.attributes.get("src") or "" for n in nodes["script_src"]]
    networks = _script_networks(scripts_src)
    inline = " ".join((n.text() or "")[:3000] for n in nodes["script"][:40]).lower()
    networks.update(name for key, name in _INLINE_AD_NAMES.items() if key in inline)
    refresh = "refresh" in meta or ("reload" in inline and _reloads(inline))
    ad_slots, block_classes, natives = _scan_class_values(utf8, html)
    hosts = monetise.link_hosts(utf8)
    networks |= natives | monetise.click_tracker_hosts(utf8, hosts)
    # A story split over pages: a rel=next link to page 2, or WordPress's in-post page links.
    # Any rel=next is not enough: themes and old WordPress put it on "next post" links too
    # (13% of the real pages had one).
    pagination = (
        (may_match.page_links and _has_page_links(tree))
        or any(_PAGE_TWO.search(n.attributes.get("href") or "") for n in nodes["next"][:3])
        or monetise.numbered_pager(
            [n.attributes.get("href") or "" for n in nodes["next"][:4]],
            [url, canonical, og.get("og:url", "")],
        )
    )

    link_blocks = _link_blocks(tree, page_host, block_classes)
    breadcrumbs = _breadcrumbs(tree, jsonld, may_match.breadcrumbs)
    n_links = len(_LINK_OPEN.findall(utf8))
    html_node = tree.css_first("html")
    lang = (html_node.attributes.get("lang") or "") if html_node else ""
    lang = lang or meta.get("content-language", "") or og.get("og:locale", "")

    paragraphs, furniture = _split_furniture(main_lines, {title, h1, headline})
    _strip(nodes["strip"])
    body = tree.body
    # skip_empty drops whitespace-only text nodes: lines the loop below would skip anyway.
    visible = (body.text(separator="\n", skip_empty=True) if body else "") or ""
    main = set(paragraphs) | set(furniture)
    other: list[str] = list(furniture)
    for raw in visible.splitlines():
        line = raw.strip()
        if not line or len(line) > 300:
            continue
        if "  " in line or "\t" in line or "\xa0" in line:
            line = " ".join(line.split())
        if line not in main:
            other.append(line)
            if len(other) >= _MAX_LINES:
                break
    # A theme's meta row ("April 17, 2024", "Posted by X on March 14, 2026") often sits inside
    # the article element and lands at the head of the main text: its date is the page's too.
    meta_rows = [p for p in paragraphs[:_META_ROW_REACH] if len(p) <= _META_ROW_CHARS]
    dates.extend(_visible_dates([*meta_rows, *other]))
    ad_lines, paged = common.ad_lines_and_pagination(other)
    ad_slots += ad_lines
    pagination = pagination or paged
    section = meta.get("article:section", "") or (
        article.get("articleSection") if isinstance(article.get("articleSection"), str) else ""
    )

    holder = common.copyright_holder(other)
    if holder and all(holder[:100] != b for b, _ in brands):
        brands.append((holder[:100], "copyright"))
    fields.update(
        title=title,
        headline=headline,
        site_name=brands[0][0] if brands else "",
        brand_candidates=tuple(brands),
        breadcrumbs=breadcrumbs,
        section=section or "",
        paragraphs=tuple(paragraphs),
        byline=byline,
        authors=tuple(dict.fromkeys(a[:100] for a in authors if a.strip()))[:10],
        date_candidates=tuple(dates),
        link_blocks=link_blocks,
        canonical=canonical,
        jsonld=tuple(jsonld[:50]),
        opengraph=og,
        meta=meta,
        ad_slots=ad_slots,
        ad_networks=tuple(sorted(networks)),
        auto_refresh=refresh,
        ad_script_refresh=monetise.script_ad_refresh(inline, bool(networks)),
        sponsored_links=monetise.sponsored_links(utf8, hosts),
        hidden_links=hidden_links.scan(tree, utf8, page_host),
        redirect_links=redirects.redirect_links(utf8, hosts, page_host),
        story_links=story_links(tree, paragraphs, _anchor, page_host),
        pagination=pagination,
        language=lang.split("-")[0].split("_")[0].lower()[:8],
        other_lines=tuple(other),
        n_links=n_links,
    )
    return fields
