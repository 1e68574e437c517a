"""Bylines: where a page signs its story, and the name a signature line gives.

One home for the multilingual "by" labels ("By", "Por", "Đăng bởi:", "โดย", "بواسطة", "기자명",
"作者：") and for the clean-up of a signature: themes put the date, the time or the reading time
after the name ("Por Redacción 20/02/2024", "By Staff Writer · October 2, 2024 · 4 min read").
Text records and HTML author elements use the same rules.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from detector.lexicon.sections import NEWS_SECTION_WORDS, NEWSROOM_WORDS
from detector.lexicon.words import wordset
from detector.parsing import common
from detector.parsing import patterns as P
from detector.parsing.dates import parse_date, standalone_date

# Labels that open a signature, followed by a space or a colon: en de fr es it pt nl sv/da/no
# pl cs ro id tr vi ru uk el th ar hi sw. "de", "da", "di" and "av" are also prepositions: in
# running text `label_line(strict=True)` asks for a capitalised name after them.
_WORD_LABELS = (
    r"(?:posted|written|published|reported|words|story)\s+by|by|von|(?:geschrieben|verfasst)\s+von|"
    r"(?:publié|écrit|rédigé)\s+par|par|(?:publicado|escrito|publicada)\s+por|por|"
    r"(?:scritto|pubblicato)\s+da|di|da|de|(?:geplaatst\s+)?door|(?:skrevet\s+)?a[fv]|"
    r"od|przez|napisał[a]?|napsal[a]?|(?:publicat|scris)\s+de|(?:ditulis\s+)?oleh|yazan|"
    r"(?:đăng|viết)\s+bởi|bởi|от|від|από|โดย|بواسطة|كتبت?|بقلم|imeandikwa\s+na|기자명|글쓴이"
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
        name = label_line(ln, strict=True) or _date_headed(ln)
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
