"""Click-arbitrage teasers: a story cut short, and a button that sends the reader to another site.

An arbitrage page buys cheap clicks, shows two sentences of a story and a stack of ads, and
sends the reader on ("ENDELEA KUSOMA HABARI KAMILI HAPA CHINI 👇", "Read the full story here",
"Baca selengkapnya") through a counted hop on another host ("/go/?p=88231", "/out/123",
"?url=..."), where the next page sells the visit again. The story was made elsewhere; the page
only routes readers. The sign is structural: a short body (or one cut off with an ellipsis), a
call to read on as the text of a link (or, in a text record, beside a URL) to a hop path on
another host, and no outlet named as the story's source. A headline aggregator names its
sources and links each item (through a hop or not), so a page whose hop links go to more than
one host, or that names a source, stays quiet; so does a full story with a "continue reading"
link.

Calls to read on written by hand for this project from everyday vocabulary in some twenty
languages, not from any page.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from detector.features.base import PageFeatures, register
from detector.features.leftovers import POINTS_ELSEWHERE, SOURCE_LINE
from detector.page import Page
from detector.parsing.common import is_other_site, line_words
from detector.parsing.redirects import is_hop

# Calls to read the rest elsewhere (lower-case substrings of a short line or a link's text).
CALLS = (
    # en, de, fr, es, it, pt, nl
    "read the full", "read full", "read more", "continue reading", "click here", "read the rest",
    "full story here", "weiterlesen", "mehr lesen", "hier klicken", "ganzen artikel",
    "lire la suite", "lire l'article", "cliquez ici", "continuer la lecture", "leer más",
    "sigue leyendo", "seguir leyendo", "haz clic aquí", "nota completa", "noticia completa",
    "leggi tutto", "continua a leggere", "clicca qui", "articolo completo", "leia mais",
    "continue lendo", "clique aqui", "matéria completa", "notícia completa", "lees verder",
    "lees meer", "klik hier",
    # sw, id/ms, tl, tr, ru, uk, pl, ro, vi, th
    "endelea kusoma", "bofya hapa", "soma zaidi", "kusoma zaidi", "habari kamili",
    "baca selengkapnya", "baca lebih lanjut", "lanjut baca", "klik di sini", "klik disini",
    "baca berita lengkap", "basahin ang buong", "i-click dito", "magbasa pa", "devamını oku",
    "haberin devamı", "devamı için", "tıklayın", "читать далее", "читать полностью",
    "нажмите здесь", "читати далі", "читайте повністю", "czytaj dalej", "czytaj więcej",
    "kliknij tutaj", "citește continuarea", "citește mai mult", "click aici", "đọc tiếp",
    "xem tiếp", "xem chi tiết", "bấm vào đây", "อ่านต่อ", "คลิกที่นี่", "อ่านเพิ่มเติม",
    # hi, bn, ar, fa, zh, ja, ko
    "पूरी खबर", "आगे पढ़ें", "यहां क्लिक", "यहाँ क्लिक", "पूरा पढ़ें", "বিস্তারিত পড়ুন",
    "আরও পড়ুন", "اقرأ المزيد", "اضغط هنا", "تابع القراءة", "اقرأ التفاصيل", "ادامه مطلب",
    "کلیک کنید", "阅读全文", "查看全文", "点击阅读", "閱讀全文", "続きを読む", "全文を読む",
    "기사 전문", "계속 읽기", "자세히 보기",
)  # fmt: skip
_CALL_CHARS = 90  # a button's label or a one-line call, not a sentence of the story
_CUT = ("...", "…")
# A teaser shows a paragraph or two: the probe teaser holds 81 words, a short full story of a
# news site 150 or more (wire briefs of three to four paragraphs run 80-100 words, and end
# in a full stop, not an ellipsis).
_TEASER_WORDS = 120
_CUT_TEASER_WORDS = 250  # a longer opening that ends in an ellipsis (real pages: none fire)
_PROSE_WORDS = 6  # a paragraph of running text, not a label
_MAX_HOSTS = 1  # one exit door; an aggregator links its items to many sites
_URL = re.compile(r"https?://([\w.-]+\.[a-z]{2,})(/[^\s\"'<>]*)?", re.IGNORECASE)


def _trie_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching any of `words`, factored into a trie: "read (?:more|the full)" tries
    each position's first letter once, where a flat alternation tries every word there."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(pattern(trie))


_CALL = _trie_pattern(CALLS)  # `_CALL.search(low)` iff some call is a substring of `low`


def is_call(text: str) -> bool:
    """A short line or link text that calls the reader to read on (or click) elsewhere."""
    return len(text) <= _CALL_CHARS and _CALL.search(text.lower()) is not None


def _host(url: str) -> str:
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


@register("click_teaser_v1")
class ClickTeaser(PageFeatures):
    """A short teaser whose one call to read on leads through a hop to another site."""

    FEATURES = (
        # 1 when a short or cut-off story's call to read on links to a hop path ("/go/",
        # "/out/", "?url=") on another host, and the page names no source outlet.
        "teaser_redirect_cta",
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        exits = self._exits(page)
        if not exits or len({_host(href) for _, href in exits}) > _MAX_HOSTS:
            return (0.0,), ()
        words = _teaser_words(page)
        if words is None or _names_a_source(page, [call for call, _ in exits]):
            return (0.0,), ()
        call, href = exits[0]
        return (1.0,), (
            f'a {words}-word teaser sends readers on through "{call}" to a hop on another '
            f"site ({href[:80]})",
        )

    def _exits(self, page: Page) -> list[tuple[str, str]]:
        """(call, href) of each call to read on that leads to a hop on another host."""
        found = [(a.text, a.href) for a in page.redirect_links if is_call(a.text)]
        if found or page.kind != "text":
            return found
        # A text record keeps no links: a URL in the call's line or the next one.
        own = _host(page.url)
        for lines in (page.paragraphs, page.other_lines):
            for i, line in enumerate(lines):
                if is_call(line):
                    found.extend((line, url) for url in _hop_urls(lines[i : i + 2], own))
        return found


def _hop_urls(lines: tuple[str, ...], own: str) -> list[str]:
    """URLs of `lines` to a hop path on a host other than `own`."""
    found: list[str] = []
    for line in lines:
        for m in _URL.finditer(line) if "http" in line else ():
            if is_other_site(m[1].lower().removeprefix("www."), own) and is_hop(
                (m[2] or "").lower()
            ):
                found.append(m.group(0))
    return found


def _teaser_words(page: Page) -> int | None:
    """The words of the story before its call to read on, when it is a teaser, else None."""
    story = [p for p in page.paragraphs if not is_call(p)]
    words = sum(map(line_words, story))
    if words < _TEASER_WORDS:
        return words
    # A longer opening counts when it stops mid-story: its last running paragraph is cut off.
    prose = [p for p in story if line_words(p) >= _PROSE_WORDS]
    cut = bool(prose) and prose[-1].rstrip().endswith(_CUT)
    return words if cut and words < _CUT_TEASER_WORDS else None


def _names_a_source(page: Page, calls: list[str]) -> bool:
    """The call names where the story lives ("Read more at X"), or a line credits a source."""
    if any(POINTS_ELSEWHERE.search(c) for c in calls) or page.credit_lines:
        return True
    return any(SOURCE_LINE.match(line) for line in (*page.paragraphs, *page.other_lines))
