"""Bylines: where a page signs its story, and the name a signature line gives.

One home for the multilingual "by" labels ("By", "Por", "Đăng bởi:", "โดย", "بواسطة", "기자명",
"作者：") and for the clean-up of a signature: themes put the date, the time or the reading time
after the name ("Por Redacción 20/02/2024", "By Staff Writer · October 2, 2024 · 4 min read").
Text records and HTML author elements use the same rules.
"""

from __future__ import annotations

import re

from dateutil.parser import parserinfo
from selectolax.lexbor import LexborHTMLParser, LexborNode

from detector.lexicon.sections import NEWS_SECTION_WORDS, NEWSROOM_WORDS
from detector.lexicon.words import wordset
from detector.parsing import common
from detector.parsing import patterns as P
from detector.parsing.dates import FOREIGN_MONTH, parse_date, standalone_date

# Labels that open a signature, followed by a space or a colon: en de fr es it pt nl sv/da/no
# pl cs ro id tr vi ru uk el th ar hi sw. "de", "da", "di" and "av" are also prepositions: in
# running text `label_line(strict=True)` asks for a capitalised name after them.
_WORD_LABELS = (
    r"(?:posted|written|published|reported|words|story)\s+by|by|von|(?:geschrieben|verfasst)\s+von|"
    r"(?:publié|écrit|rédigé)\s+par|par|(?:publicado|escrito|publicada)\s+por|por|"
    r"(?:scritto|pubblicato)\s+da|di|da|de|(?:geplaatst\s+)?door|(?:skrevet\s+)?a[fv]|"
    r"od|przez|napisał[a]?|napsal[a]?|(?:publicat|scris)\s+de|(?:ditulis\s+)?oleh|yazan|"
    r"imewekwa\s+na|"
    r"(?:đăng|viết)\s+bởi|bởi|от|від|από|โดย|بواسطة|كتبت?|بقلم|מאת|imeandikwa\s+na|기자명|글쓴이"
)
# Nouns ("Author", "Penulis", "Mwandishi") label a name only before a colon: "Mwandishi Wetu"
# ("our writer") is the signature itself.
_NOUN_LABELS = (
    r"author|auteur|autore|autora|autor|reporter|penulis|yazar|mwandishi|tác\s+giả|"
    r"người\s+viết|автор|الكاتب|लेखक|ผู้เขียน|작성자"
)
# Chinese and Japanese labels run into the name, so they count only before a colon or slash.
_CJK_LABELS = r"作者|撰文|文|记者|記者|编辑|編輯|責任編輯|责任编辑|執筆|筆者|投稿者"
_LABEL = re.compile(
    rf"^[\s|·•—–-]*(?:(?:{_WORD_LABELS})(?:\s*[:：]\s*|\s+)|(?:{_NOUN_LABELS}|{_CJK_LABELS})"
    r"\s*[:：/／]\s*)(?=\S)",
    re.IGNORECASE,
)
# A label with no name after it: a theme's caption ("AUTHOR", "Posted by:").
_LABEL_ONLY = re.compile(rf"^(?:{_WORD_LABELS}|{_NOUN_LABELS})\s*[:：]?$", re.IGNORECASE)
# A label inside a meta row ("2024-08-17 21:36 来源：网络整理 作者：小编 阅读：3286").
_IN_ROW = re.compile(
    rf"(?:^|\s)(?:{_CJK_LABELS}|author|autor|penulis|작성자)\s*[:：]\s*(?=\S)", re.I
)
# Where a signature ends: a bar, dot or dash between spaces, or a comma before a number; and
# after its label, the next "Label:" of the row ("阅读：3286", "| Editor: Bambang Sutrisno").
_PART_SPLIT = re.compile(r"\s+[|·•/]\s+|\s+[–—-]\s+|\s*,\s*(?=\d)")
_NEXT_LABEL = re.compile(r"(?:\s+[|·•/]?\s*)[^\W\d_][^\s:：]{0,11}(?:\s[^\s:：]{1,12})?\s?[:：]")
# Trailing dates, times and counts: "20/02/2024", "14:20", "4 min read" (tokens opening in a digit).
# A short connector may open it ("Redazione SlotMania il 3 marzo 2025", "by admin on 2 May").
_NUMERIC_TAIL = re.compile(
    r"(?:\s+(?:on|am|il|le|el|em|en|à|op|den|dnia|lúc|vào|tanggal))?"
    r"(?:[\s,]+\d\S*(?:\s+(?:min\w*|minut\w*|phút|h|uhr))?(?:\s+\w+)?)+$",
    re.IGNORECASE,
)
_DIGIT_TOKEN = re.compile(r"(?:^|\s)\d")
_SENTENCE = re.compile(r"[!?;\"«»“”]|\.\s|\.$")
# A date at the head of a row with the name after it: "26 września 2024 Redakcja Kielce24h".
_DATE_HEAD = re.compile(
    r"^(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}|"
    r"[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4})(?:\s*[,|·•–—-])?\s+(?P<rest>\D.*)$"
)
_SECTION_WORDS = NEWS_SECTION_WORDS | NEWSROOM_WORDS  # "Local News" next to a date is a section
# Share bars, buttons and salutations that text records put next to a date: "Teilen Twittern
# Email", "Tweet This", "Dear Mr Smith" (lower case, whole words).
_WIDGET_WORDS = wordset(
    """share tweet twittern teilen email e-mail print drucken facebook twitter whatsapp
    linkedin pinterest partager imprimer compartir imprimir condividi stampa compartilhar
    delen dela udostępnij drukuj comment comments kommentare reply follow subscribe dear liebe
    lieber"""
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "do",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "du",
        "del",
        "bin",
        "al",
        "y",
        "e",
        "и",
    ]
)
_NOT_NAME_CHARS = re.compile(r"[.,:;!?()\"«»“”|/<>©@#-]")
_NAME_CHARS = 60  # a signature, not a sentence ("Por Equipe Sorocaba Agora": 25)
_NAME_WORDS = 6
# HTML: the theme's author element when the exact byline selector finds nothing
# ("span.meta-author", "span.jeg_meta_author", "div.mg-info-author-block", "span.author-post").
_WIDE_AUTHOR = "[class*=author], [class*=Author], a[rel~=author]"
_NOT_BYLINE_CLASS = re.compile(r"comment|avatar|bio|desc|about|social|photo|img|image", re.I)
# The CMS account that posted the item, as the whole signature: "admin", "Admin2", "แอดมินข่าวเด็ด"
# (Thai runs words together), "小编", "관리자" (en, th, zh, ko, ja, ru, uk, ar, tr, vi, hi).
ACCOUNT_PREFIXES = (
    "admin", "webmaster", "แอดมิน", "小编", "小編", "管理员", "管理員", "管理人", "관리자", "운영자",
    "админ", "адмін", "ادمن", "أدمن", "الادمن", "yönetici", "quản trị", "एडमिन",
)  # fmt: skip

# Desk words: a newsroom, a team or an anonymous writer (en de fr es it pt nl sv/da/no pl cs sk
# ro hu fi id tr vi ru uk el th ar hi sw ko zh ja). The byline classifiers read them too.
DESK_WORDS = wordset(
    """redaktion redaktionen redaction rédaction redaccion redacción redazione redactie redação
    redacao redakcja redakce redakcia redaksi redaksjonen redaksjon redacția redactia
    szerkesztőség toimitus uredništvo редакция редакція σύνταξη yazı işleri merkezi team staff
    équipe equipe equipo equipa squadra zespół desk newsdesk newsroom writer writers reporter
    reporters reports correspondent editors editor rédacteur redakteur wetu mwandishi
    فريق التحرير تحرير هيئة محرر संपादकीय टीम डेस्क ban biên tập viên nhóm กองบรรณาธิการ ทีมข่าว"""
)
# Desk words that Chinese, Japanese, Korean and Thai run into the name: "快訊日報編輯部",
# "이슈픽 온라인팀", "마케팅팀".
DESK_SUFFIXES = (
    "編輯部", "编辑部", "編輯室", "编辑室", "編集部", "新聞部", "新闻部", "編輯", "编辑",
    "편집부", "편집국", "온라인팀", "뉴스팀", "취재팀", "팀", "กองบรรณาธิการ", "ทีมข่าว", "ทีมงาน",
)  # fmt: skip
# Meta rows: "Redakcja · 28.12.2024, 08:00 · Czas czytania: 1 min", "온라인뉴스팀 | 입력 2026.01.21".
_ROW_PARTS = re.compile(r"\s+[|·•/]\s+|\s+[–—]\s+")
_ROW_ITEMS, _ROW_ITEM_CHARS = 4, 40  # name, date, comments: "온라인이슈팀", "승인 2024.11.20"
_ROW_PARTS_MAX = 4
_ROW_HOPS = 3  # theme meta rows sit right after the headline (or its standfirst)
_ROW_CHARS = 160  # a row of name, date, time and reading time; longer is a sentence or a menu
# A by-label after a date in the same part ("Gepostet am 12/08/2026 von X", "Posted on May 2,
# 2024 by admin"); not "de", "di", "da", which join day, month and year ("7 de dezembro de").
_LABEL_AFTER_DATE = re.compile(
    r"\d\S*\s+(?:by|von|par|por|door|przez|od|av|af|bởi|oleh|от|від|από|โดย|بواسطة|na)\s+(?=\S)",
    re.IGNORECASE,
)
# Where a name ends inside its part: a number, perhaps after a connector ("admin في 2 أبريل",
# "Redazione il 3 marzo", "Da Redação às 07h12").
_NAME_END = re.compile(
    r"[\s,،]+(?:(?:on|am|um|at|le|il|el|em|en|à|às|alle|op|den|dnia|lúc|vào|tanggal|في|saat)\s+)?"
    r"(?=\d)|\s+(?:on|am|le|il|el|em|en|op|den|dnia|tanggal|في)\s+(?=[^\W\d_]+\.?\s+\d)"
    # the post's category or a link after the name ("by admin in News", "Filed under:")
    r"|\s+(?:in|filed\s+under|updated|more\s+from)\s|\s*;\s",
    re.IGNORECASE,
)
_DATE_WORDS = parserinfo()  # English months and weekdays; other languages' months: dates
_EDGE = " ,|·•–—-:/"
_CONNECTORS = wordset("on am um at le il el em en à às alle op den dnia lúc vào tanggal في saat")
# Relative times ("منذ ساعتين", "hace 2 horas", "2 hours ago") name nobody.
_RELATIVE_WORDS = wordset("ago منذ hace há temu назад тому lalu önce trước vor fa yang lalu")


def is_account(name: str) -> bool:
    """Whether a signature is the CMS account that posted the item ("admin", "Admin2")."""
    low = name.strip().lower()
    return len(low.split()) <= 2 and low.startswith(ACCOUNT_PREFIXES)


def trim_tail(signature: str) -> str:
    """The signature without the date, time or reading time a theme put after it.

    Parts after a separator go only when they open in a digit or hold a date: "By Jane | AP"
    keeps its agency, "Tomasz Wierzbicki · 18.06.2024, 14:20" loses its date.
    """
    parts = _PART_SPLIT.split(signature.strip())
    kept = [parts[0]] + [p for p in parts[1:] if not _dated(p)]
    head = " | ".join(p.strip() for p in kept if p.strip())
    return _NUMERIC_TAIL.sub("", head).strip(" ,|·•–—-")


def _dated(part: str) -> bool:
    return bool(_DIGIT_TOKEN.search(part)) or standalone_date(part) is not None


def strip_label(signature: str) -> str:
    """The signature without its opening "by" label ("Đăng bởi: Minh Anh" -> "Minh Anh")."""
    return _LABEL.sub("", signature.strip(), count=1)


def _cut_next_label(name: str) -> str:
    m = _NEXT_LABEL.search(name)
    return name[: m.start()] if m else name


def signature_name(signature: str) -> str:
    """The name a byline gives: no label, no date before or after it, no reading time and no
    further labels ("14. März 2024 von admin" -> "admin")."""
    text = signature.strip()
    m = _DATE_HEAD.match(text)
    if m and parse_date(m["date"]) is not None:
        text = m["rest"]
    return label_line(text) or trim_tail(_cut_next_label(text))


def _is_name(name: str, strict: bool) -> bool:
    if not name or len(name) > _NAME_CHARS or common.line_words(name) > _NAME_WORDS:
        return False
    # In running text "Por la mañana, ..." opens with a label too: ask for a capital (or a
    # script without case) and no sentence punctuation.
    return not strict or (not name[0].islower() and not _SENTENCE.search(name))


def label_line(line: str, strict: bool = False) -> str:
    """The name of a line that opens with a "by" label, or "" ("Por Redacción 20/02/2024")."""
    if len(line) > 2 * _NAME_CHARS + 20:
        return ""
    m = _LABEL.match(line)
    if not m:
        m = _IN_ROW.search(line)
        if not m:
            return ""
    name = trim_tail(_cut_next_label(line[m.end() :]))
    return name if _is_name(name, strict) else ""


def _date_line(line: str) -> bool:
    return len(line) <= 40 and (
        standalone_date(line) is not None or common.labelled_date(line) is not None
    )


def _bare_name(line: str) -> bool:
    """A short line that can only be a signature: two to four words, no digit-led token, no
    punctuation, no section name ("Mwandishi Wetu", "快訊日報編輯部"); one word only if it is an
    account ("Admin": a lone word next to a date is as often the section or the place)."""
    if len(line) > 40 or _DIGIT_TOKEN.search(line) or _NOT_NAME_CHARS.search(line):
        return False
    if line.isupper() or P.LINK_BLOCK_HEADING.match(line):  # "PAID CONTENT", "Related Articles"
        return False
    words = line.split()
    lows = [w.lower() for w in words]
    if _SECTION_WORDS.intersection(lows) or _WIDGET_WORDS.intersection(lows):
        return False
    # Names and desks are capitalised ("Mwandishi Wetu"); "First frost expected overnight" or
    # "Share this article" is a headline or a button. Particles ("de", "van") may be lower-case.
    if any(w[0].islower() and w not in _PARTICLES for w in words):
        return False
    return 2 <= common.line_words(line) <= 4 or (len(words) == 1 and is_account(line))


def _date_headed(line: str) -> str:
    m = _DATE_HEAD.match(line)
    if not m or parse_date(m["date"]) is None:
        return ""
    rest = trim_tail(m["rest"])
    return rest if _bare_name(rest) else ""


def signature_near(lines: list[str], start: int, headline: str = "") -> str:
    """The signature among the short lines around a story's first line `start`.

    Themes put the headline, a date and the signature in any order just above the story, and
    text records often take the headline and these lines into the story: so the three lines
    above and the two below are read. A line that opens with a label, a date row with the name
    after the date, or a bare name line next to a date line.
    """
    lo, hi = max(start - 3, 0), min(start + 3, len(lines))
    for k in range(lo, hi):
        ln = lines[k].strip()
        if not ln or ln == headline:
            continue
        name = label_line(ln, strict=True) or _date_headed(ln) or meta_row_name(ln, parts_only=True)
        if name:
            return name
        near = lines[max(k - 1, 0) : k + 2]
        if _bare_name(ln) and any(_date_line(x.strip()) for x in near if x is not lines[k]):
            return ln
    return ""


def _node_text(node: object) -> str:
    text = getattr(node, "text", None)
    return " ".join((text(deep=True, separator=" ") or "").split()) if text else ""


def wide_author(tree: LexborHTMLParser) -> str:
    """A theme's author element the exact byline selector misses ("span.meta-author"): the first
    with a short text, outside comments and author boxes."""
    for node in tree.css(_WIDE_AUTHOR)[:12]:
        if _NOT_BYLINE_CLASS.search(node.attributes.get("class") or ""):
            continue
        text = trim_tail(_node_text(node))
        name = strip_label(text)
        if _LABEL_ONLY.match(text):
            continue
        # After a label any name; without one, a name's shape ("Follow us on Twitter" is not).
        one_word = name.isalpha() and name[:1].isupper()  # "Redazione" in its own element
        if name and (name != text or is_account(name) or one_word or _bare_name(name)):
            return text
    return ""


def _row_name(part: str) -> tuple[str, bool]:
    """The name a part of a meta row may give, and whether a by-label introduced it."""
    rest = strip_label(part)
    labelled = rest != part.strip()
    if not labelled and (m := _LABEL_AFTER_DATE.search(part) or _IN_ROW.search(part)):
        rest, labelled = part[m.end() :], True
    cut = _NAME_END.search(rest)
    name = _cut_next_label(rest[: cut.start()] if cut else rest).strip(_EDGE)
    # A date's month or weekday before its number: "Ray Chesterton January 5", "Saed, Wednesday".
    words = name.split()
    while len(words) > 1 and (_date_word(words[-1]) or words[-1].lower() in _CONNECTORS):
        words.pop()
    return " ".join(words).strip(_EDGE), labelled


def _date_word(word: str) -> bool:
    word = word.strip(_EDGE + ".")
    return bool(word) and (
        _DATE_WORDS.month(word) is not None
        or _DATE_WORDS.weekday(word) is not None
        or FOREIGN_MONTH.fullmatch(word) is not None
    )


def _desk_like(name: str) -> bool:
    low = name.lower()
    return (
        is_account(name)
        or low.endswith(DESK_SUFFIXES)
        or bool(DESK_WORDS.intersection(low.split()))
    )


def _unlabelled_name(name: str) -> bool:
    """A row part with no label that can only be a signature: an account or a desk ("Redakcja",
    "Haber Merkezi", "온라인이슈팀"). Any capitalised words would take sections and links
    ("Umwelt & Klima · 12.03.2021", "Contact Us · 2 Comments") as names."""
    if len(name) > 40:
        return False
    return _desk_like(name) and (" " not in name or _bare_name(name) or len(name.split()) <= 3)


def meta_row_name(row: str, *, parts_only: bool = False) -> str:
    """The signature of a theme's meta row, or "" when the row names nobody.

    A part that opens with a by-label (in any part: "بواسطة admin2 · منذ ساعتين", "Gepostet am
    12/08/2026 von Weltblick Redaktion") gives the name after it. Failing that, a row with a date,
    time or count in one part and one name-shaped part ("Redakcja · 28.12.2024, 08:00",
    "Haber Merkezi · 23.01.2026") gives that part: a person's or desk's name, not a section, a
    relative time or a button ("Politics · 5 min read" names nobody).

    Args:
        row: the row's text.
        parts_only: read only rows of two parts or more. Lines of a text record may be prose,
            and "Von Berlin aus fährt der Zug um 8 Uhr" opens with a label too.
    """
    row = " ".join(row.split())
    if not row or len(row) > _ROW_CHARS:
        return ""
    parts = [p for p in _ROW_PARTS.split(row) if p]
    if parts_only and len(parts) < 2:
        return ""
    bare: list[str] = []
    for part in parts:
        name, labelled = _row_name(part)
        if not name or _RELATIVE_WORDS.intersection(name.lower().split()):
            continue
        if labelled:
            if _is_name(name, strict=False) and (not name[0].islower() or is_account(name)):
                return name
            continue
        if name == part.strip() and _unlabelled_name(name):
            bare.append(name)
    dated = any(_DIGIT_TOKEN.search(p) or standalone_date(p) for p in parts)
    # Name, date, time, reading time: more parts is a ticker or a menu ("Vasas – Bástya 1–0 | ...").
    fits = 2 <= len(parts) <= _ROW_PARTS_MAX and dated
    return bare[0] if fits and len(bare) == 1 else ""


def _row_text(node: LexborNode) -> str:
    """A row's text; a list's items joined as a row ("온라인이슈팀 · 승인 2024.11.20 11:47")."""
    if node.tag not in ("ul", "ol"):
        return _node_text(node)
    # A few short items, not a list of stories with their sources and times.
    items = node.css("li")
    texts = [_node_text(li) for li in items[:_ROW_ITEMS]]
    if len(items) > _ROW_ITEMS or any(len(t) > _ROW_ITEM_CHARS for t in texts):
        return ""
    return " · ".join(filter(None, texts))


def meta_row_after(heading: LexborNode | None) -> str:
    """The signature in a meta row among the three elements after the story's heading."""
    node = heading.next if heading is not None else None
    hops = 0
    while node is not None and hops < _ROW_HOPS:
        if not (node.tag or "-").startswith("-"):  # ("-text", "-comment")
            hops += 1
            text = _row_text(node)
            if text and len(text) <= _ROW_CHARS and (name := meta_row_name(text)):
                return name
        node = node.next
    return ""


def names_site(heading: LexborNode | None) -> bool:
    """Whether an h1 is the site's name, a link home (blog themes), or missing."""
    if heading is None:
        return True
    parent = heading.parent
    return heading.css_first("a") is not None or (parent is not None and parent.tag == "a")
