"""Steps shared by the HTML and text parsers: datelines, credits, reactions, brands, language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from detector.page import DateCandidate, Reaction
from detector.parsing import agencies, datelines
from detector.parsing import patterns as P
from detector.parsing.dates import parse_date, standalone_date
from detector.wordruns import letter_runs, utf8_and_non_ascii

_DIGIT = re.compile(r"\d")
# Words one of which every line CREDIT_LINE matches holds (besides a "by" it checks itself): a
# cheap gate, found with str.find, before the full pattern runs on a line. An agency name is
# part of every copyright alternative, so "copyright" itself need not be looked for.
_CREDIT_WORDS = ("press", "reuters", "afp", "bloomberg", "dpa", "upi", "agence france")

# A handful of very frequent function words per language: enough to tell the languages of
# the corpora apart on a paragraph of text (a full detector would be overkill here).
STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "on", "with", "said"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "für"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "pas", "sur"},
    "es": {"el", "la", "los", "las", "y", "que", "en", "del", "por", "una", "para", "con"},
    "it": {"il", "di", "che", "della", "per", "una", "sono", "nel", "gli", "anche", "non", "con"},
    "pt": {"o", "os", "que", "do", "da", "em", "uma", "para", "com", "não", "dos", "mais"},
    "nl": {"de", "het", "een", "van", "en", "is", "dat", "niet", "op", "voor", "zijn", "met"},
    "id": {"yang", "dan", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan",
           "pada", "juga"},
    "tr": {"ve", "bir", "bu", "için", "ile", "olarak", "daha", "çok", "gibi", "olan", "ise",
           "değil"},
    "pl": {"się", "nie", "jest", "że", "w", "z", "i", "przez", "oraz", "już", "który",
           "są"},
    "cs": {"se", "je", "že", "na", "jsou", "také", "které", "který", "podle", "jako", "bylo",
           "už"},
    "sv": {"och", "att", "det", "som", "är", "för", "på", "med", "har", "inte", "av", "till"},
    "ro": {"și", "în", "că", "este", "pentru", "sunt", "care", "mai", "cu", "din", "această",
           "fost"},
    "hu": {"és", "az", "hogy", "nem", "egy", "is", "meg", "már", "csak", "szerint", "volt",
           "van"},
    "fi": {"ja", "on", "että", "ei", "se", "oli", "mukaan", "myös", "kun", "ovat", "hän",
           "joka"},
    "vi": {"của", "và", "các", "có", "được", "cho", "những", "không", "người", "với", "này",
           "đã"},
    # Danish and Norwegian (bokmål) share most function words with each other and with
    # Swedish: each set holds the shared ones ("det", "som", "på") so that only the words they
    # differ by ("af"/"av", "blev"/"ble", "og"/"och") decide between them.
    "da": {"og", "af", "at", "ikke", "efter", "blev", "sig", "også", "havde", "mod", "det",
           "som", "på", "med", "har"},
    "no": {"og", "av", "å", "ikke", "etter", "ble", "seg", "også", "hadde", "mot", "det",
           "som", "på", "med", "har"},
    "sw": {"na", "ya", "wa", "kwa", "za", "katika", "ni", "kuwa", "hiyo", "pia", "cha",
           "huo"},
}  # fmt: skip


_ZEROS = (0,) * max(map(len, STOPWORDS.values()))


def _script(lo: str, hi: str) -> tuple[str, str, re.Pattern[str]]:
    return lo, hi, re.compile(f"[{lo}-{hi}]")


_HAN = _script("\u4e00", "\u9fff")
_KANA = _script("\u3040", "\u30ff")
# Scripts that name their language well enough on a news page (letters of other scripts aside).
_HANGUL = _script("\uac00", "\ud7af")
_CYRILLIC = _script("\u0400", "\u04ff")
_ARABIC = _script("\u0600", "\u06ff")
_GREEK = _script("\u0370", "\u03ff")
_HEBREW = _script("\u0590", "\u05ff")
_DEVANAGARI = _script("\u0900", "\u097f")
_THAI = _script("\u0e00", "\u0e7f")
# Alphabets of one language each on a news page (Devanagari: Hindi far ahead of Marathi and
# Nepali in news), told by a third of the sample as Cyrillic and Arabic are.
_ONE_LANGUAGE_SCRIPTS = (("el", _GREEK), ("he", _HEBREW), ("hi", _DEVANAGARI), ("th", _THAI))
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")


def _script_count(sample: str, chars: set[str], script: tuple[str, str, re.Pattern[str]]) -> int:
    """Characters of `sample` in the `script` range; `chars` are its distinct non-ASCII ones
    (a script none of them is in is not counted: most samples have one script or none)."""
    lo, hi, pattern = script
    if not any(lo <= ch <= hi for ch in chars):
        return 0
    return len(pattern.findall(sample))


def detect_language(text: str) -> str:
    """Guess an ISO 639-1 code from function words (CJK by script); "" when unsure."""
    sample = text[:4000]
    if not sample.strip():
        return ""
    found: list[str]
    if sample.isascii():
        # No CJK or kana; the words are runs of ASCII letters, and lower-casing the sample
        # first lower-cases each of them (the runs cut in C, see `letter_runs`).
        found = letter_runs(sample.lower())
        if len(found) < 5:
            return ""
        words = Counter(found)
    else:
        # Each script is counted only when one of the sample's distinct non-ASCII characters
        # (found in C) is in it: the counts are those of a regex pass over the whole sample.
        _, chars = utf8_and_non_ascii(sample)
        han = _script_count(sample, chars, _HAN)
        kana = _script_count(sample, chars, _KANA)
        # Japanese mixes kana into its kanji (Chinese never uses kana): a kanji-heavy Japanese
        # news text has only ~15-30% kana among them, too few to pass a share of the whole.
        if kana > len(sample) * 0.1 or (han + kana > len(sample) * 0.2 and kana > han * 0.1):
            return "ja"
        if han > len(sample) * 0.2:
            return "zh"
        if _script_count(sample, chars, _HANGUL) > len(sample) * 0.2:
            return "ko"
        if _script_count(sample, chars, _CYRILLIC) > len(sample) * 0.3:
            return "uk" if len(_UKRAINIAN.findall(sample)) > len(sample) * 0.005 else "ru"
        if _script_count(sample, chars, _ARABIC) > len(sample) * 0.3:
            return "ar"
        for code, script in _ONE_LANGUAGE_SCRIPTS:
            if _script_count(sample, chars, script) > len(sample) * 0.3:
                return code
        found = letter_runs(sample)
        if len(found) < 5:
            return ""
        # Lower-cased in one call: the same as word by word ("\n" ends a word for final sigma
        # too).
        words = Counter("\n".join(found).lower().split("\n"))
    # (dict.get with a default, mapped in C: a Counter's missing key runs Python code)
    scores = {lang: sum(map(words.get, stop, _ZEROS)) for lang, stop in STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= max(2, len(found) * 0.03) else ""


# Han ideographs and kana: scripts written without spaces between words.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Characters of unspaced script per word: Chinese words run one to three characters, about
# two on average (Japanese kana-mixed text a little more; two is close enough for a length).
CHARS_PER_WORD = 2


# A letter of Thai, kana or Han: the scripts a headline is written in without spaces.
UNSPACED_LETTER = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def reads_as_headline(text: str) -> bool:
    """A headline rather than a menu, share or skip link: 4+ words (as link_blocks_v1 reads
    headlines), or 8+ letters of an unspaced script (Thai, Chinese, Japanese)."""
    return text.count(" ") >= 3 or (not text.isascii() and len(UNSPACED_LETTER.findall(text)) >= 8)


def is_other_site(host: str, own: str) -> bool:
    """Whether a host (lower-case, without "www.") is another site than the page's own host
    `own`: not it, nor one of its subdomains. Every host is another when `own` is unknown ("")."""
    return bool(host) and not (own and (host == own or host.endswith("." + own)))


def line_words(line: str) -> int:
    """Words in a line: space-separated words, and in Chinese or Japanese text (no spaces
    between words) one word per two ideographs or kana."""
    n = len(line.split())
    if line.isascii():
        return n
    unspaced = len(_UNSPACED.findall(line))
    if not unspaced:
        return n
    return n + unspaced // CHARS_PER_WORD


def is_prose(line: str, words: int | None = None) -> bool:
    """A line that reads like running text rather than a menu item or a label.

    `words`: `line_words(line)` when the caller has it.
    """
    n = line_words(line) if words is None else words
    if n >= 12:
        return True
    return n >= 6 and line.rstrip()[-1:] in '.!?"”’:;)»。！？」'


def ad_lines_and_pagination(lines: Iterable[str]) -> tuple[int, bool]:
    """(how many of the stripped, non-empty `lines` are ad labels (`P.AD_TEXT_LINE`), whether
    one says the story goes on over pages (`P.PAGINATION_TEXT`))."""
    ad_lines = 0
    paged = False
    for ln in lines:  # (one loop for both: ~30% cheaper than two generator passes)
        if len(ln) <= P.AD_LINE_MAX and ln[0] in P.AD_LINE_FIRST and P.AD_TEXT_LINE.match(ln):
            ad_lines += 1
        if (
            not paged
            and (ln[0] in P.PAGINATION_FIRST or ln[0].isdecimal())
            and P.PAGINATION_TEXT.match(ln)
        ):
            paged = True
    return ad_lines, paged


def is_date_line(line: str) -> bool:
    """A short line that may be a bare date ("May 7, 2024", "By Jane Doe | 2024-04-10")."""
    return 6 <= len(line) <= 80 and len(line.split()) <= 12 and not line.endswith(".")


# A labelled date line is short: "Published: Oct 10, 2023", "Aggiornato il 3 luglio 2025".
_LABELLED_DATE_CHARS = 80


def labelled_date(line: str) -> DateCandidate | None:
    """The visible date of a stripped line that opens with a date label ("Date:2025-04-24",
    "Aggiornato il 3 luglio 2025", "Cập nhật lúc: 08:30 | 14/05/2025 | ..."), else None.

    Cheap tests first: a label's first letter opens the line, and a labelled date has digits
    (most short lines, menu items, fail one of them before the pattern runs).
    """
    if (
        not line
        or line[0] not in P.DATE_LABEL_FIRST
        or len(line) >= _LABELLED_DATE_CHARS
        or not _DIGIT.search(line)
    ):
        return None
    m = P.DATE_LABEL.match(line)
    if not m:
        return None
    # (the date may be one part of a row: "lúc: 08:30 | 14/05/2025 | Người đăng: ...")
    value = parse_date(m["value"]) or standalone_date(m["value"])
    if value is None:
        return None
    kind = "modified" if P.MODIFIED_LABEL.search(m["label"]) else "published"
    return DateCandidate(value, "visible", kind, line)


def find_dateline(paragraphs: Sequence[str], other: Sequence[str] = ()) -> str:
    """The dateline opening the story ("BEIJING (AP) —", "LONDON, Feb 26 -"), or "".

    Agency and dated datelines come from `detector.parsing.datelines`; a bare
    capitalised place with a dash ("NEW YORK — ") is accepted too. A line outside the main text
    counts when it is an agency dateline and nothing else and not plain ASCII (a cheap guard):
    Arabic copy sets "أنقرة/ الأناضول" on a line of its own, which reads as no prose.
    """
    for para in paragraphs[:3]:
        found = datelines.find_dateline(para)
        if found is not None:
            return found.text
        m = P.PLACE_DATELINE.match(para)
        if m and len(m["place"]) > 2:
            return para[: m.end()].strip()
    for line in other[:_DATELINE_LINES]:
        found = datelines.standalone_dateline(line)
        if found is not None and found.agency is not None:
            return found.text
    return ""


_DATELINE_LINES = 60  # the lines outside the main text that come before the story


def _credit_line_starts(low: str) -> list[int]:
    """Offsets of the lines of `low` (lower-cased, newline-joined) a credit line could be."""
    starts: set[int] = set()
    for word in _CREDIT_WORDS:
        i = low.find(word)
        while i >= 0:
            starts.add(low.rfind("\n", 0, i) + 1)
            end = low.find("\n", i)
            i = low.find(word, end) if end >= 0 else -1  # the next line that has it
    # "reporting by", "writing by", "editing by" or a line opening with "by".
    i = low.find("by")
    while i >= 0:
        start = low.rfind("\n", 0, i) + 1
        if low.startswith("ing ", max(i - 4, 0), i) or not low[start:i].strip():
            starts.add(start)
        i = low.find("by", i + 2)
    return sorted(starts)


def find_credit_lines(lines: Iterable[str], limit: int = 10) -> tuple[str, ...]:
    """Lines that credit a news agency or reporters (copyright notices, "Reporting by ...")."""
    candidates = [line for line in lines if len(line) < 300]
    joined = "\n".join(candidates)
    low = scan = joined.lower() if joined.isascii() or "\u0130" in joined else ""
    if not scan:
        # The credit words are ASCII, so the lines are found in the text with its ASCII letters
        # lower-cased (in C over the bytes: ~5x cheaper than str.lower on non-ASCII text), and
        # only those lines are lower-cased in full. Two letters lower-case into ASCII ones: the
        # Kelvin sign into "k" (in no credit word) and "İ" into "i" and a dot, which also moves
        # the offsets: with it, the whole text is lower-cased.
        scan = joined.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    originals: dict[str, str] | None = None
    found: list[str] = []
    for start in _credit_line_starts(scan):
        end = scan.find("\n", start)
        if end < 0:
            end = len(scan)
        # (A line lower-cased alone is its part of the whole: see `_trigrams._lower_page`.)
        line = low[start:end] if low else joined[start:end].lower()
        if P.CREDIT_LINE.search(line):
            if originals is None:  # built only for pages that have a credit line
                originals = {line.lower(): line for line in candidates}
            text = originals.get(line, line).strip()
            if text not in found:
                found.append(text)
                if len(found) >= limit:
                    break
    return tuple(found)


def _count(raw: str | None) -> int | None:
    if not raw:
        return None
    digits = raw.replace(",", "").replace(".", "")
    return int(digits) if digits.isdigit() else None


# The heading of a sidebar list of sections or archive months with post counts ("Kategorien",
# "Deutschland (212)", "Welt (3.418)"): the counts are post totals, not reactions (heldout_al
# p07). A word or two may come before it ("Blog categories").
_COUNT_LIST_HEADING = re.compile(
    r"^\W*(?:\w+\s+){0,2}(?:categor(?:y|ies|ie|ia|ias|iás|ii|i)|catégories|categorieën|"
    r"kategori(?:e|en|er|ler|a|i|ie)?|rubri(?:ken|ques|che|cs)|archiv(?:e|es|o|os|io)?|arkiv|"
    r"archief|archiwum|arşiv|arhiv[aă]|arsip|tags?|etiquetas|étiquettes|schlagw[öo]rter|themen|"
    r"temas|topics|sections|secciones|danh mục|chuyên mục|категории|категорії|рубрики|архив|"
    r"архів|теги|κατηγορίες|αρχείο|التصنيفات|الأقسام|الأرشيف|دسته[\u200c ]?بندی‌?ها|"
    r"دسته[\u200c ]?بندی|بایگانی|श्रेणियाँ|श्रेणियां|分类|分類|标签|归档|文章归档|カテゴリー?|"
    r"アーカイブ|タグ|카테고리|분류|보관함|태그)\W*$",
    re.IGNORECASE,
)
# A list item with a post count, thousands separators allowed ("Welt (3.418)").
_COUNTED_ITEM = re.compile(r"^[^()\[\]]{1,40}?\s*[(\[]\s*\d[\d.,\s]*[)\]]$")


def find_reactions(lines: Iterable[str]) -> tuple[Reaction, ...]:
    """Engagement widgets among short lines: reaction counters, comment and share counts.

    Lines listed under a categories or archive heading are post counts and are skipped.
    """
    found: list[Reaction] = []
    counted_list = False  # inside a list of counted items under a categories/archive heading
    for raw in lines:
        line = raw.strip()
        if counted_list and _COUNTED_ITEM.match(line):
            continue
        counted_list = (
            0 < len(line) <= 40
            and not _DIGIT.search(line)
            and _COUNT_LIST_HEADING.match(line) is not None
        )
        if not line or len(line) > 40 or not _DIGIT.search(line):
            continue  # every widget shows a count
        m = P.COMMENT_COUNT.match(line)
        if m:
            found.append(Reaction("comments", _count(m["n1"] or m["n2"]), "comments", line))
            continue
        m = P.SHARE_COUNT.match(line)
        if m:
            kind = "share" if "share" in line.lower() else "like"
            found.append(
                Reaction(line.split()[-1].lower(), _count(m["n"].rstrip("kKmM")), kind, line)
            )
            continue
        m = P.REACTION_COUNTER.match(line)
        if m and not m["label"].strip().lower().startswith(("page", "photo", "image", "figure")):
            found.append(Reaction(m["label"].strip(), int(m["count"]), "reaction", line))
        elif not m and P.REACTION_BAR.match(line):
            found.extend(
                Reaction(p["label"], int(p["count"]), "reaction", p.group(0))
                for p in P.REACTION_PAIR.finditer(line)
            )
    return tuple(found[:20])


def split_title(title: str) -> tuple[str, str]:
    """Split "Story headline - Brand" into (headline part, brand suffix); brand "" if none."""
    parts = [p.strip() for p in P.TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip(), ""
    last, first = parts[-1], parts[0]
    # The brand is the shorter end piece; some sites put it first ("Brand | Headline").
    if len(last.split()) <= 5 and len(last) < len(" ".join(parts[:-1])):
        return " - ".join(parts[:-1]), last
    if len(first.split()) <= 4 and len(first) < len(" ".join(parts[1:])):
        return " - ".join(parts[1:]), first
    return title.strip(), ""


def choose_dates(candidates: Sequence[DateCandidate]) -> tuple[date | None, date | None]:
    """Pick the published and modified dates from candidates, trusting metadata over text."""
    rank = {"meta": 0, "jsonld": 0, "time": 1, "visible": 2, "url": 3, "line": 4, "text": 5}

    def best(kind: str) -> date | None:
        pool = [c for c in candidates if c.kind == kind]
        if not pool:
            return None
        pool.sort(key=lambda c: rank.get(c.source.split(":", 1)[0], 5))
        return pool[0].value

    return best("published"), best("modified")


# "All rights reserved" (its opening words) in 30 languages: en de fr es it pt nl pl tr ru uk
# da no sv fi cs sk hu ro el bg sr/hr id sw vi ar fa he hi zh ja ko. It ends a holder, and it
# makes a notice without a year a footer's (a photo credit "© Jane Doe" has none).
_RIGHTS_WORDS = (
    r"all\s+rights|alle\s+rechte|tous\s+droits|todos\s+los\s+derechos|tutti\s+i\s+diritti|"
    r"todos\s+os\s+direitos|alle\s+rechten|wszelkie\s+prawa|tüm\s+hakları|все\s+права|"
    r"(?:всі|усі)\s+права|alle\s+rettighe(?:der|ter)|alla\s+rättigheter|kaikki\s+oikeudet|"
    r"všechna\s+práva|všetky\s+práva|minden\s+jog|toate\s+drepturile|"
    r"(?:όλα\s+τα|με\s+επιφύλαξη)\s|всички\s+права|sva\s+prava|сва\s+права|"
    r"hak\s+cipta\s+dilindungi|haki\s+zote|bảo\s+lưu|(?:جميع|كل|كافة)\s+الحقوق|"
    r"(?:کلیه|تمامی)\s+حقوق|כל\s+הזכויות|सर्वाधिकार|版[权權]所有|無断転載|무단\s*전재"
)
_RIGHTS = re.compile(_RIGHTS_WORDS, re.IGNORECASE)
# A year or a span of years, also in Roman numerals ("© MMVIII, CBS Interactive Inc.").
_YEARS = r"(?:(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?|MM[MCDLXVI]{0,7}\b)"
# A footer's copyright notice: "© 2013-2024 Crypto Mart. All rights reserved.", "Copyright ©
# 2019 Battery Media Group – All Rights Reserved", "© CoinRadar News 2026". The holder runs
# from after the sign and years to the first full stop, bar, comma, spaced dash or rights phrase.
_COPYRIGHT_NOTICE = re.compile(
    r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:copyright\s*)?"
    rf"(?:{_YEARS}\s*[,.|:–—-]?\s*)?"
    r"(?:by\s+)?(?P<holder>[^.,|·•–—:;(।]{2,60}?)\s*"
    rf"(?:(?:19|20)\d\d\s*)?(?=[.,|·•–—:;(।]|\s-\s|{_RIGHTS_WORDS}|$)",
    re.IGNORECASE,
)
# The holder before the sign, opening the line: "Dagbladet Nord © 2025", "Portal Gol Agora ©
# 2026", "Haber Merkezi 34 © Tüm hakları saklıdır"; after the sign only years, a rights phrase
# or a separator may follow.
_NOTICE_AFTER_HOLDER = re.compile(
    r"^\W{0,3}(?P<holder>[^\W\d_][^.,|·•–—:;(©।]{1,59}?)\s*[,–—।-]?\s*"
    rf"(?:{_YEARS}\s*)?(?:copyright\s*)?(?:©|\(c\))\s*(?:{_YEARS})?\s*[.,]?\s*"
    rf"(?:$|[|·•–—]|(?:{_RIGHTS_WORDS}))",
    re.IGNORECASE,
)
# "Copyright © HABARI MPYA LEO.": a notice that opens the line with both signs and names only
# its holder is a footer's, with no year.
_DOUBLE_SIGN = re.compile(r"^\W{0,3}(?:copyright\s*©|©\s*copyright)\s*[^\W\d_]", re.IGNORECASE)
COPYRIGHT_SIGNS = ("©", "(c)", "copyright")  # lower-cased: what marks a copyright notice
_RIGHTS_PHRASE = re.compile(
    rf"^(?:{_RIGHTS_WORDS})|^(?:all|alle|tous|todos|tutti|wszelkie|tüm|все)\s|"
    r"^(?:powered|designed|theme)\b",
    re.I,
)
# Stock-photo libraries: "Copyright © Getty Images" names a picture's owner, not the site's.
_PHOTO_WORDS = frozenset(
    [
        "getty",
        "shutterstock",
        "istock",
        "istockphoto",
        "alamy",
        "depositphotos",
        "dreamstime",
        "123rf",
        "unsplash",
        "pixabay",
        "freepik",
    ]
)
_ROMAN_YEAR = re.compile(r"MM[MCDLXVI]{0,7}")
# A year in other digits before the holder ("© ۲۰۲۶ خبرنامه فردا"): YEAR4 reads ASCII digits.
_LEADING_YEAR = re.compile(r"^\d{4}\s+")
# The holder after a rights phrase that says whose the rights are: "כל הזכויות שמורות לחדשות
# השרון", "جميع الحقوق © محفوظة لـ «دار الصباح»".
_RESERVED_TO = re.compile(
    r"^(?:כל\s+הזכויות\s+שמורות\s+ל|(?:(?:جميع|كل|كافة)\s+الحقوق\s+)?محفوظة\s+(?:لـ\s*|ل))"
    r"(?P<name>\S.*)$"
)
# Menu items about copyright ("Copyright Policy", "About Copyright") name no holder.
_NOT_HOLDER = frozenset(
    [
        "about",
        "and",
        "or",
        "by",
        "policy",
        "policies",
        "information",
        "info",
        "notice",
        "notices",
        "disclaimer",
        "terms",
        "permissions",
        "permission",
        "statement",
        "infringement",
        "reserved",
        "protected",
        "law",
        "laws",
        "copyright",
        "complaints",
        "contact",
        "agent",
        "ed",
        "privacy",
        "cookies",
        "impressum",
        "imprint",
        "datenschutz",
        "sitemap",
        "محفوظة",
    ]
)
# What a name before the sign may be instead of a holder: what the notice covers ("Content
# and Design © 2005", "Weather data © 2006", "Portions of this content are ©1998").
_COVERED = frozenset(
    [
        "content",
        "contents",
        "design",
        "text",
        "texts",
        "data",
        "weather",
        "portions",
        "website",
        "some",
        "images",
        "photos",
    ]
)
# A four-digit year of 1900-2099 between non-digits, written to open with its first digit: a
# pattern opening with a look-behind is tried at every character, this one only at a "1" or a
# "2" (2.4x faster on real pages' lines; the same matches).
YEAR4 = re.compile(r"(?:1(?<!\d1)9|2(?<!\d2)0)\d\d(?!\d)")
_FOOTER_REACH = 40  # footers sit among the page's last lines
_HOLDER_MAX_WORDS = 6


def copyright_holder(lines: Sequence[str]) -> str:
    """The site's name from the last copyright notice among a page's closing lines, or "".

    The holder may follow the sign ("© 2024 Name") or open the line before it ("Name © 2024").
    Notices of a news agency ("Copyright 2023 The Associated Press") credit the story's source,
    not the site, and are passed over.
    """
    undated = ""  # a notice without a year counts when no dated one names a holder
    for line in reversed(lines[-_FOOTER_REACH:]):
        if len(line) > 200:
            continue
        low = line.lower()
        if not any(sign in low for sign in COPYRIGHT_SIGNS):
            continue
        dated = YEAR4.search(line) is not None
        if not dated and (undated or not _reserved(line)):
            continue
        holder = next((h for h in _holders(line) if _is_holder(h)), "")
        if holder and dated:
            return holder
        undated = undated or holder
    return undated


def _reserved(line: str) -> bool:
    """Whether a line with a copyright sign and no year is a notice, not a menu item ("Copyright
    Policy") or a photo credit: it has a rights phrase, or opens with "Copyright ©"."""
    return bool(_RIGHTS.search(line) or _DOUBLE_SIGN.match(line))


def _holders(line: str) -> list[str]:
    """The candidate holders of a notice: the name before the sign, then the one after it."""
    out = []
    # A name opening the line right before the sign wins: what follows it is then a menu
    # ("Dagbladet Nord © 2025 | Kontakt").
    if "©" in line or "(c)" in line.lower():
        m = _NOTICE_AFTER_HOLDER.match(line)
        if m and m["holder"].split()[0].lower() not in _COVERED:
            out.append(m["holder"])
    m = _COPYRIGHT_NOTICE.search(line)
    if m:
        holder = _LEADING_YEAR.sub("", m["holder"])
        to = _RESERVED_TO.match(holder)
        out.append(to["name"] if to else holder)
    out = [_before_rights(h).strip(" \"'*/।") for h in out]
    # Quotes round the whole name go ("«Волга Сегодня»"), not those inside ("ТОВ «Дніпро»").
    return [h[1:-1] if h[:1] in "«“" and h[-1:] in "»”" else h for h in out]


def _before_rights(holder: str) -> str:
    """A holder up to a rights phrase written onto it ("闽江新闻网版权所有" -> "闽江新闻网")."""
    m = _RIGHTS.search(holder)
    return holder[: m.start()] if m is not None and m.start() > 0 else holder


def _is_holder(holder: str) -> bool:
    """Whether a notice's holder names a site (not a menu word, a rights phrase or an agency)."""
    words = holder.split()
    if not words or words[0].lower() in _NOT_HOLDER:
        return False
    letters = sum(c.isalpha() for c in holder)
    # (Two Chinese characters make a name: "快讯365".)
    if letters < (3 if holder.isascii() else 2):
        return False
    if len(words) > _HOLDER_MAX_WORDS or _RIGHTS_PHRASE.match(holder):
        return False
    if not _PHOTO_WORDS.isdisjoint(w.lower() for w in words) or _ROMAN_YEAR.fullmatch(holder):
        return False
    return agencies.agency_in_name(holder) is None


def schema_types(obj: Mapping[str, Any]) -> tuple[str, ...]:
    """The schema.org `@type` of a JSON-LD object, one name or a list of them, in order."""
    t = obj.get("@type", "")
    return tuple(str(x) for x in t) if isinstance(t, list) else (str(t),)
