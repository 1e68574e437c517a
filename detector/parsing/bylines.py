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
_BY_WORDS = r"by|von|par|por|di|da|de|door|a[fv]|od|przez|oleh|bởi|от|від|από|na|ni"
# A publishing verb before a "by" word: "Posted by", "Diposting oleh", "Gepostet von", "Publié
# par", "Opublikowane przez", "Imewekwa na", "Isinulat ni" (en de fr es it pt nl pl cs ro id vi
# ru uk sv da no sw tl). Only after one of these are "na" and "ni" labels.
_PUBLISH_VERBS = (
    r"posted|written|published|reported|words|story|submitted|uploaded|gepostet|geschrieben|"
    r"verfasst|veröffentlicht|erstellt|publié|écrit|rédigé|posté|publicado|publicada|escrito|"
    r"escrita|postado|postada|enviado|scritto|pubblicato|postato|inserito|geplaatst|geschreven|"
    r"gepubliceerd|opublikowane|opublikowano|opublikował[a]?|dodane|dodano|napisane|napisano|"
    r"publikováno|napsáno|přidáno|publicat|scris|postat|diposting|diposkan|ditulis|diterbitkan|"
    r"dipublikasikan|dikirim|disiarkan|đăng|viết|được\s+đăng|опубликовано|написано|опубліковано|"
    r"publicerad|skriven|postad|publiceret|skrevet|publisert|imewekwa|imeandikwa|isinulat|"
    r"inilathala"
)
_WORD_LABELS = (
    rf"(?:{_PUBLISH_VERBS})\s+(?:{_BY_WORDS})|by|von|par|por|di|da|de|door|a[fv]|od|przez|"
    r"napisał[a]?|napsal[a]?|oleh|yazan|bởi|от|від|από|โดย|بواسطة|كتبت?|بقلم|מאת|기자명|글쓴이"
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
# A lone word after a separator and before ", <number>" is the date's weekday in any language
# ("Admin KVN - Rabu, 22 Januari 2025", "Redaktion | Mittwoch, 3. April"): no part of the name.
_WEEKDAY_BEFORE_DATE = re.compile(r"(?<=[|·•–—-])\s*[^\W\d_]{2,12}\s*,\s*(?=\d)")
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
    lieber download unduh indir baixar descargar scarica herunterladen télécharger pobierz
    abone takip abonnieren folgen abonner suivre suscribirse suscríbete seguir inscreva-se
    assine iscriviti segui abonneren volgen subskrybuj obserwuj subscrie urmărește
    berlangganan ikuti langganan подписаться подписка підписатися اشترك تابعنا"""
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
    redacao redac redakcja redakce redakcia redaksi redaksjonen redaksjon redacția redactia
    szerkesztőség toimitus uredništvo редакция редакція σύνταξη yazı işleri merkezi team staff
    équipe equipe equipo equipa squadra zespół desk newsdesk newsroom writer writers reporter
    reporters reports correspondent editors editor rédacteur redakteur wetu mwandishi
    فريق التحرير تحرير هيئة محرر संपादकीय टीम डेस्क ban biên tập viên nhóm กองบรรณาธิการ ทีมข่าว"""
)
# Desk words that Chinese, Japanese, Korean and Thai run into the name: "快訊日報編輯部",
# "이슈픽 온라인팀", "마케팅팀". A generic desk ("온라인이슈팀": online issue team, "网络编辑部": web
# desk) is a suffix as a whole, so that nothing is left to be taken for a name. Longest first:
# the byline classifiers strip the first suffix that matches.
_DESK_HEADS = ("온라인", "디지털", "인터넷", "이슈", "뉴스", "속보", "온라인이슈", "온라인뉴스", "디지털뉴스")  # fmt: skip
DESK_SUFFIXES = tuple(
    sorted(
        {
            "編輯部", "编辑部", "編輯室", "编辑室", "編集部", "新聞部", "新闻部", "編輯", "编辑",
            "网络编辑部", "網路編輯部", "新闻编辑部", "新聞編輯部", "ネット編集部", "ニュース編集部",
            "편집부", "편집국", "취재팀", "팀", "กองบรรณาธิการ", "ทีมข่าว", "ทีมงาน",
            *(head + "팀" for head in _DESK_HEADS),
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
# Meta rows: "Redakcja · 28.12.2024, 08:00 · Czas czytania: 1 min", "온라인뉴스팀 | 입력 2026.01.21".
# (A hyphen before a number joins a date and its time, "14.03.2024 - 11:42"; before a
# lower-case word it is prose: "His team - and any other contenders - will be given 30 days".)
_ROW_PARTS = re.compile(r"\s+[|·•/]\s+|\s+[–—]\s+|\s+-\s+(?![\da-zß-ÿ])|\s*[・｜]\s*")
_ROW_ITEMS, _ROW_ITEM_CHARS = 4, 40  # name, date, comments: "온라인이슈팀", "승인 2024.11.20"
_ROW_PARTS_MAX = 4
_ROW_HOPS = 3  # theme meta rows sit right after the headline (or its standfirst)
_ROW_DEPTH = 3  # a row's parts: <div><div><span>name</span><time>date</time></div></div>
_ROW_PARTS_CAP = 8
_BODY_CHARS = 600  # an element this long is the story (or a standfirst run on): rows stop there
# Links to an author's page: WordPress "/author/<slug>/", "?author=3", and their translations.
_AUTHOR_HREF = re.compile(
    r"/(?:author|authors|autor|autores|auteur|autore|autori|penulis|yazar|yazarlar|writer|"
    r"redaktor|tac-gia|avtor|profile|members?|user|users)/|[?&]author=",
    re.IGNORECASE,
)
_FAR_ABOVE = 6  # how far above the story a "by" line beside a date line is read
_BUTTON_WALK = 10  # head block plus share/copy/font buttons above the story (am p06: 8 lines)
_HEAD_LINES = 4  # a head block's own lines: standfirst, label, byline, date
# The slug of an author page: "/author/admin/", "/penulis/redaksi", "/autor/redacao-2/".
_AUTHOR_SLUG = re.compile(
    r"/(?:author|authors|autor|autores|auteur|autore|autori|penulis|yazar|writer|redaktor|"
    r"tac-gia|avtor)/([^/?#]{2,40})/?(?:[?#]|$)",
    re.IGNORECASE,
)
_SLUG_LINKS = 10
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
# A connector and one word left at the end of a name when the date after them went: "on Thu",
# "am Dienstag", "le lundi" (lower-case connectors only: "Anna Le Pen").
_DAY_BEFORE_DATE = re.compile(r"\s+(?:on|am|le|il|el|em|op|dnia|tanggal|في)\s+[^\W\d_]+\.?,?$")
# ... or a weekday and a month the date lexicon does not know ("on Jumamosi, Machi 07, 2026");
# after a connector that is also a name's particle ("Mohamed el Amin", "Jan op Hof") only a
# lower-case weekday ("il lunedì", "le lundi", "op maandag").
_DAY_WORDS = r"\s+[^\W\d_]+\.?,?(?:\s+[^\W\d_]+\.?,?)?(?:\s+\d[\d\s,.:/-]*)?"
_DAY_LEFT = re.compile(rf"\s+(?:on|am|dnia|tanggal|في|(?P<particle>le|il|el|em|op)){_DAY_WORDS}$")
_DATE_WORDS = parserinfo()  # English months and weekdays; other languages' months: dates
_EDGE = " ,|·•–—-:/"
_CONNECTORS = wordset("on am um at le il el em en à às alle op den dnia lúc vào tanggal في saat")
# Relative times ("منذ ساعتين", "hace 2 horas", "2 hours ago") name nobody.
_RELATIVE_WORDS = wordset("ago منذ hace há temu назад тому lalu önce trước vor fa yang lalu")
# Where a relative time starts after a name: a leading word ("منذ ساعتين", "hace 2 horas", "vor 3
# Stunden", "il y a 2 heures") or a number and a unit before a trailing one ("2 hours ago").
_RELATIVE_TAIL = re.compile(
    r"\s+(?:منذ|hace|há|vor|il\s+y\s+a|cách\s+đây)\s"
    r"|\s+\d+\s+\S+\s+(?:ago|temu|назад|тому|lalu|yang\s+lalu|önce|trước|fa|geleden|sedan|siden)$",
    re.IGNORECASE,
)


def is_account(name: str) -> bool:
    """Whether a signature is the CMS account that posted the item ("admin", "Admin2")."""
    low = name.strip().lower()
    return len(low.split()) <= 2 and low.startswith(ACCOUNT_PREFIXES)


def trim_tail(signature: str) -> str:
    """The signature without the date, time or reading time a theme put after it.

    Parts after a separator go only when they open in a digit or hold a date: "By Jane | AP"
    keeps its agency, "Tomasz Wierzbicki · 18.06.2024, 14:20" loses its date.
    """
    parts = _PART_SPLIT.split(_WEEKDAY_BEFORE_DATE.sub(" ", signature.strip()))
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
    return _cut_day(label_line(text) or trim_tail(_cut_next_label(text)))


def _cut_day(name: str) -> str:
    """A short name without the connector and weekday a theme left when it cut the date ("Admin
    on Jumamosi": Swahili weekdays are no words the date lexicon knows)."""
    m = _DAY_LEFT.search(name)
    if not m or not 1 <= len(name[: m.start()].split()) <= 3:
        return name
    if m["particle"] and name[m.end("particle") :].split()[0][0].isupper():
        return name
    return name[: m.start()]


def _is_name(name: str, strict: bool) -> bool:
    if not name or len(name) > _NAME_CHARS or common.line_words(name) > _NAME_WORDS:
        return False
    # In running text "Por la mañana, ..." opens with a label too: ask for a capital (or a
    # script without case) and no sentence punctuation; a CMS account keeps its lower case
    # ("Posted by admin").
    if name[0].isdigit():  # "Seite 34 von 40 Erste ...": a pager, not a signature
        return False
    if _SENTENCE.search(name):
        return not strict
    return not strict or not name[0].islower() or is_account(name) or lower_desk(name)


def lower_desk(name: str) -> bool:
    """A desk or account written in lower case after a label: "przez redakcja", "by staff",
    "oleh tim redaksi" (only desk words: "by the government" is prose)."""
    words = name.lower().split()
    return 0 < len(words) <= 2 and all(w in DESK_WORDS or is_account(w) for w in words)


def cut_relative(name: str) -> str:
    """The name without a relative time after it ("admin منذ ساعتين", "Redakcja 2 godziny temu")."""
    m = _RELATIVE_TAIL.search(name)
    return name[: m.start()].rstrip(_EDGE) if m else name


def label_line(line: str, strict: bool = False) -> str:
    """The name of a line that opens with a "by" label, or "" ("Por Redacción 20/02/2024")."""
    if len(line) > 2 * _NAME_CHARS + 20:
        return ""
    m = _LABEL.match(line)
    if not m:
        m = _IN_ROW.search(line)
        if not m:
            return ""
    rest = cut_relative(_cut_next_label(line[m.end() :]))
    name = trim_tail(rest)
    if name != rest.strip(" ,|·•–—-"):
        # A date went: a connector and a weekday before it go too ("Kyle Mantyla on Thu, 08/09").
        name = _DAY_BEFORE_DATE.sub("", name)
    return name if _is_name(name, strict) else ""


def _date_line(line: str) -> bool:
    return len(line) <= 40 and (
        standalone_date(line) is not None or common.labelled_date(line) is not None
    )


def _date_row(line: str) -> bool:
    """A meta row that opens with a date ("07.05.2026 - 16:05 | Güncelleme: 07.05.2026 - 16:05":
    a publish and an update time side by side)."""
    return len(line) <= _ROW_CHARS and _date_line(_ROW_PARTS.split(line, maxsplit=1)[0])


def _bare_name(line: str) -> bool:
    """A short line that can only be a signature: two to four words, no digit-led token, no
    punctuation, no section name ("Mwandishi Wetu", "快訊日報編輯部"); one word only if it is an
    account ("Admin": a lone word next to a date is as often the section or the place)."""
    if len(line) > 40 or _DIGIT_TOKEN.search(line) or _NOT_NAME_CHARS.search(line):
        return False
    if line.isupper() or P.is_link_block_heading(line):  # "PAID CONTENT", "Related Articles"
        return False
    words = line.split()
    if len(words) == 1 and is_account(line):  # the CMS's login keeps its case ("admin")
        return True
    lows = [w.lower() for w in words]
    if _SECTION_WORDS.intersection(lows) or _WIDGET_WORDS.intersection(lows):
        return False
    # Names and desks are capitalised ("Mwandishi Wetu"); "First frost expected overnight" or
    # "Share this article" is a headline or a button. Particles ("de", "van") may be lower-case.
    if any(w[0].islower() and w not in _PARTICLES for w in words):
        return False
    return 2 <= common.line_words(line) <= 4 or (len(words) == 1 and is_account(line))


def _desk_line(line: str) -> bool:
    """A line that is only a desk or an account: "Redakcja", "Haber Merkezi" (a section word
    beside the desk word), "온라인이슈팀", "编辑部", "REDACCIÓN"."""
    if len(line) > 40 or _DIGIT_TOKEN.search(line) or _NOT_NAME_CHARS.search(line):
        return False
    words = line.split()
    if len(words) > 4 or P.is_link_block_heading(line) or not _desk_like(line):
        return False
    if _WIDGET_WORDS.intersection(w.lower() for w in words):
        return False
    return all(not w[0].islower() or w in _PARTICLES for w in words) or is_account(line)


def _date_then_desk(part: str) -> str:
    """The desk or account after a date in one part of a row ("28 stycznia 2026 admin",
    "2024-05-02 Redaksi"); a person's name there may be the story's first words."""
    m = _DATE_HEAD.match(part)
    if not m or not _DIGIT_TOKEN.search(part) or parse_date(m["date"]) is None:
        return ""
    rest = trim_tail(m["rest"])
    return rest if _desk_like(rest) and (_desk_line(rest) or lower_desk(rest)) else ""


def _dated_label(line: str) -> str:
    """The name after a by-label in a dated line ("Opublikowano 24 listopada 2026 przez
    redakcja", "Posted on May 2, 2024 by admin"): the date makes it a meta row, not prose."""
    if len(line) > _ROW_CHARS or not _LABEL_AFTER_DATE.search(line):
        return ""
    if standalone_date(line) is None and common.labelled_date(line) is None:
        return ""
    return meta_row_name(line)


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
    after the date, or a bare name line next to a date line; failing these, a desk or account
    alone on its line next to a date line.
    """
    lo, hi = max(start - 3, 0), min(start + 3, len(lines))
    desk = ""
    for k in range(lo, hi):
        ln = lines[k].strip()
        if not ln or ln == headline:
            continue
        name = (
            label_line(ln, strict=True)
            or _date_headed(ln)
            or meta_row_name(ln, parts_only=True)
            or _dated_label(ln)
        )
        if name:
            return name
        bare = _bare_name(ln)
        if not (bare or (not desk and _desk_line(ln))):
            continue
        near = [x.strip() for x in lines[max(k - 1, 0) : k + 2] if x is not lines[k]]
        if any(_date_line(x) for x in near):
            if bare:
                return ln
        # A date row ("07.05.2026 - 16:05 | Güncelleme: ...") makes only a desk a signature: a
        # capitalised line beside a row is as often a caption or a heading ("Text Size").
        elif desk or not _desk_line(ln) or not any(_date_row(x) for x in near):
            continue
        # A desk alone on its line ("Redakcja", "Haber Merkezi") only when no line names a
        # person: "BY JOHN DOE and JANE ROE" above "DAILY NEWS WRITERS".
        desk = ln
    if not desk and (far := _far_label(lines, start, lo)):
        return far
    # ... and no by-line too long to be read as a name ("BY A in Los Angeles and B, C and D").
    signed = desk and any(_LABEL.match(x.strip()) for x in lines[lo:hi])
    return "" if signed else desk


def _button(line: str) -> bool:
    """A short line of page chrome between the head block and the story ("SNS 기사보내기",
    "복사하기", "댓글 0", "A+"): no date, label, name, desk or account."""
    if len(line) > 30 or common.line_words(line) > 3:
        return False
    return not (
        _date_line(line)
        or label_line(line, strict=True)
        # (a caseless script's button reads as a bare name: "본문 글씨 키우기")
        or (line[0].isupper() and _bare_name(line))
        or _desk_line(line)
        or is_account(line)
    )


def signature_over_buttons(lines: list[str], start: int, headline: str = "") -> str:
    """The signature of a head block that share, copy and font buttons part from the story.

    Walks up from the story's first line over at most `_BUTTON_WALK` lines, dropping the
    buttons, and stops at the headline; the head block's lines then sit right above the story.
    """
    kept: list[str] = []
    skipped = False
    for k in range(start - 1, max(start - 1 - _BUTTON_WALK, -1), -1):
        ln = lines[k].strip()
        if ln == headline:
            break
        if _button(ln):
            skipped = True
            continue
        kept.append(ln)
        if len(kept) == _HEAD_LINES:
            break
    if not skipped or not kept:
        return ""
    compact = [*reversed(kept), *lines[start : start + 3]]
    name = signature_near(compact, len(kept))
    # Only a signed or a desk line: with the buttons gone, headings and captions sit beside dates.
    if _desk_like(name) or is_account(name) or any(label_line(x, strict=True) for x in kept):
        return name
    return ""


def _far_label(lines: list[str], start: int, lo: int) -> str:
    """A "by" line beside a date line further above the story: ads and sub-heads may sit
    between ("Por Equipe X" / "12/11/2026" / "Anúncio" / a sub-head / the story)."""
    for k in range(lo - 1, max(start - _FAR_ABOVE, 0) - 1, -1):
        name = label_line(lines[k].strip(), strict=True)
        # A name's shape too: "AUTOR/IN" (a caption) above a date gives "IN".
        if not name or not (_bare_name(name) or _desk_line(name) or lower_desk(name)):
            continue
        near = (lines[j].strip() for j in (k - 1, k + 1) if 0 <= j < len(lines))
        if any(_date_line(x) for x in near):
            return name
    return ""


def _node_text(node: object) -> str:
    text = getattr(node, "text", None)
    return " ".join((text(deep=True, separator=" ") or "").split()) if text else ""


def _bounded_text(node: LexborNode, limit: int = _BODY_CHARS) -> str:
    """`_node_text(node)`, or, when that is longer than `limit`, some text longer than `limit`
    (a collapsed prefix of it): for callers that read only the length of a long one. (An
    article body after the h1 was collapsed whole only to be found too long, ~0.07 ms.)"""
    raw = node.text(deep=True, separator=" ") or ""
    if len(raw) > 2 * limit + 2:
        # Collapsing a prefix keeps its whole words and a part of the next: never longer than
        # the whole collapsed.
        head = " ".join(raw[: 2 * limit + 2].split())
        if len(head) > limit:
            return head
    return " ".join(raw.split())


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
    return " ".join(words).strip(_EDGE).rstrip(" @"), labelled  # "Tom Breihan @ 12:39pm"


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


def meta_row_name(
    row: str, *, parts_only: bool = False, handles: frozenset[str] = frozenset()
) -> str:
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
        handles: the texts of the row's links to an author page: a lower-case name after a
            label is a login only when it links there ("par <a href=/author/redac/>redac</a>").
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
        name = cut_relative(name)
        if not name or _RELATIVE_WORDS.intersection(name.lower().split()):
            continue
        if labelled and _date_word(name):  # "Von Oktober 2003 bis Februar 2004"
            continue
        if labelled:
            lower_ok = is_account(name) or name in handles or lower_desk(name)
            if _is_name(name, strict=False) and (not name[0].islower() or lower_ok):
                return name
            continue
        if name == part.strip() and _unlabelled_name(name):
            bare.append(name)
        elif desk := _date_then_desk(part):
            return desk
    dated = any(_DIGIT_TOKEN.search(p) or standalone_date(p) for p in parts)
    # Name, date, time, reading time: more parts is a ticker or a menu ("Vasas – Bástya 1–0 | ...").
    fits = 2 <= len(parts) <= _ROW_PARTS_MAX and dated
    return bare[0] if fits and len(bare) == 1 else ""


def _elements(node: LexborNode) -> list[LexborNode]:
    kids, child = [], node.child
    while child is not None:
        if not (child.tag or "-").startswith("-"):  # ("-text", "-comment")
            kids.append(child)
        child = child.next
    return kids


def _own_text(node: LexborNode) -> bool:
    """Whether a node holds text outside its child elements ("Publié le 4 mai par <a>")."""
    child = node.child
    while child is not None:
        if child.tag == "-text" and (child.text(deep=False) or "").strip():
            return True
        child = child.next
    return False


def _row_parts(node: LexborNode, depth: int = 0) -> list[str]:
    """A row's parts: the texts of its child elements when it has no text of its own
    (`<span>بواسطة: admin</span> <span>منذ ساعتين</span>`, `<span>Haber Merkezi</span><time>`)."""
    kids = _elements(node)
    if not kids or depth >= _ROW_DEPTH or _own_text(node):
        return [_node_text(node)]
    parts = [t for kid in kids for t in _row_parts(kid, depth + 1)]
    return [t for t in parts if t]


def _row_text(node: LexborNode) -> str:
    """A row's text, its parts joined ("온라인이슈팀 · 승인 2024.11.20 11:47"); a list's items
    joined as a row."""
    if node.tag not in ("ul", "ol"):
        parts = _row_parts(node)
        # Many parts are a menu or a ticker, read as the plain text (and rejected by length).
        text = " · ".join(parts) if len(parts) <= _ROW_PARTS_CAP else _node_text(node)
        return text.replace(" , ", ", ")  # "<a>Jeff Foust</a>, SpaceNews Writer"
    # A few short items, not a list of stories with their sources and times.
    items = node.css("li")
    texts = [_node_text(li) for li in items[:_ROW_ITEMS]]
    if len(items) > _ROW_ITEMS or any(len(t) > _ROW_ITEM_CHARS for t in texts):
        return ""
    return " · ".join(filter(None, texts))


def _handles(node: LexborNode) -> frozenset[str]:
    """The texts of a row's links to an author page."""
    links = node.css("a[href]") if node.tag != "a" else [node]
    return frozenset(
        _node_text(a) for a in links[:6] if _AUTHOR_HREF.search(a.attributes.get("href") or "")
    )


def _after(heading: LexborNode) -> list[LexborNode]:
    """The elements after a heading, then after its parent (a theme's `<header>` holds only the
    h1, and the meta row follows the header)."""
    nodes: list[LexborNode] = []
    for start in (heading, heading.parent):
        node = start.next if start is not None else None
        while node is not None and len(nodes) < _ROW_HOPS:
            if not (node.tag or "-").startswith("-"):
                nodes.append(node)
            node = node.next
        if nodes:
            break
    return nodes


def _prev_element(node: LexborNode) -> LexborNode | None:
    """The element right before a heading, when it may hold a signature: not a breadcrumb, a
    menu or a section kicker (those are links: "<a>Newsroom</a> / <a>Press Releases</a>")."""
    prev = node.prev
    while prev is not None and (prev.tag or "-").startswith("-"):
        prev = prev.prev
    if prev is None or prev.tag in ("nav", "a") or prev.css_first("a") is not None:
        return None
    return prev


def meta_row_after(heading: LexborNode | None) -> str:
    """The signature in a meta row among the three elements after the story's heading.

    Failing a row, short elements each holding one part of a row (a desk above or below the
    heading, the date in the next element: `<p>Redacción</p><h1>…</h1><p>12/03/2026</p>`) are
    read as one row.
    """
    if heading is None:
        return ""
    after = _after(heading)
    # (Only the length of a text past _BODY_CHARS is read below: a bounded one is enough.)
    plains = [_bounded_text(node) for node in after]
    split = True
    for node, plain in zip(after, plains, strict=True):
        if len(plain) > _BODY_CHARS:
            # Past the story's text an element's parts may be a reader's comment: read it whole.
            split = False
            continue
        if node.tag in ("ul", "ol"):
            text = _row_text(node)
        elif len(plain) > _ROW_CHARS:  # joined parts are no shorter
            continue
        else:
            text = _row_text(node) if split else plain
        if (
            text
            and len(text) <= _ROW_CHARS
            and (name := meta_row_name(text, handles=_handles(node)))
        ):
            return name
    if slug := _desk_slug(after):
        return slug
    prev = _prev_element(heading)
    prev_text = _bounded_text(prev) if prev is not None else ""
    short = [prev_text] if 0 < len(prev_text) <= _ROW_ITEM_CHARS else []
    for plain in plains:
        if not plain or len(plain) > _ROW_ITEM_CHARS:
            break
        short.append(plain)
    return meta_row_name(" · ".join(short), parts_only=True) if len(short) >= 2 else ""


def _desk_slug(nodes: list[LexborNode]) -> str:
    """A desk or account named only by the slug of an author link under the headline
    ("/author/admin/", "/penulis/redaksi/" behind an icon): the slug, else ""."""
    for node in nodes:
        links = [node] if node.tag == "a" else node.css("a[href]")[:_SLUG_LINKS]
        for a in links:
            m = _AUTHOR_SLUG.search(a.attributes.get("href") or "")
            slug = " ".join(re.split(r"[-_\d]+", m[1])).strip() if m else ""
            if slug and lower_desk(slug):
                return slug
    return ""


def names_site(heading: LexborNode | None) -> bool:
    """Whether an h1 is the site's name, a link home (blog themes), or missing."""
    if heading is None:
        return True
    parent = heading.parent
    return heading.css_first("a") is not None or (parent is not None and parent.tag == "a")
