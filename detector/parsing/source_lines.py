"""Bare source lines: a short line that names where the story comes from, and nothing more.

"Source: AP", "Kilde: Ritzau", "Źródło: PAP", "出典：共同通信", "Nguồn: VnExpress", "المصدر: وكالات"
(a source label and a name), or "Con información de EFE", "Dilansir dari Antara", "ขอบคุณข้อมูลจาก
X", "本文轉載自X", "This article is based on reporting by X" (a source phrase and a name). The
labels are those `agency_credits` reads agency codes after, plus more languages; the name must be
an outlet's after a label (an agency, a name holding a media word, or a vague "agencies" /
"internet"), so that "Source: Eurostat" under a chart is not one. After a source phrase, which
only ever credits a publisher, any name counts. Whether the page backs the line with licence
evidence is the job of `detector.features.wire`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from detector.lexicon.words import wordset
from detector.parsing.agencies import BY_CODE, agency_in_name, alternation
from detector.parsing.agency_credits import SOURCE_LINE_LABELS

MAX_LINE = 120  # a credit line is short: the longest probe one ("本文轉載自…，原文標題：…") is ~50
MAX_NAME = 60  # a publisher's name, not a clause

# Source labels in more languages than `SOURCE_LINE_LABELS` (which reads agency codes after
# them, and so stays as it is): plurals, Thai, Swahili, Hebrew, Baltic, Bulgarian, Hindi "साभार"...
_MORE_LABELS = (
    "fontes", "fuentes", "quellen", "bronnen", "källor", "kilder", "lähteet", "źródła", "zdroje",
    "fonti", "sursă", "izvori", "izvor vijesti", "источники", "джерела", "المصادر", "ที่มา",
    "แหล่งที่มา", "chanzo", "מקור", "šaltinis", "avots", "allikas", "vir", "heimild", "font",
    "източник", "извор", "出处", "出處", "出所", "引用元", "ソース", "來源出處", "原文",
    "সূত্র", "साभार", "ماخذ", "nguồn tin", "sumber berita", "haber kaynağı", "via",
)  # fmt: skip
LABELS = tuple(dict.fromkeys((*SOURCE_LINE_LABELS, *_MORE_LABELS)))
_LABEL = re.compile(rf"^\W{{0,3}}(?P<label>{alternation(list(LABELS))})\s*[:：]\s*", re.I)
# Source phrases that only ever credit a publisher: any name may follow.
_PHRASES = (
    r"(?:mit|unter verwendung von) material (?:von|der|des)",  # de
    r"(?:med )?material från",  # sv
    r"d['’]après",  # fr
    r"dilansir(?: dari)?",  # id, ms
    r"dikutip dari",
    r"disadur dari",
    r"ขอบคุณ(?:ข้อมูล)?(?:\s*(?:และ|/)\s*ภาพ)?(?:จาก)?",  # th: "thanks (for the info/photos) from"
    r"อ้างอิง(?:ข้อมูล)?จาก",
    r"(?:本文|本文章|文章)?(?:轉載|转载|轉貼|转贴)(?:自|於|于)",  # zh: "reprinted from"
    r"(?:本文|文章)(?:來源|来源)(?:於|于)?",
    r"по материалам",  # ru
    r"за матеріалами",  # uk
    r"نقلا عن|نقلاً عن",  # ar
    r"به نقل از",  # fa
    r"na podstawie(?: informacji)?",  # pl
)
# Weaker leads: they also open prose ("Theo X", "Kwa mujibu wa X") or credit reporters ("Con
# información de Paloma Marín", "With reporting from Kelly O'Donnell"): the name must be an
# outlet's, as after a label.
_WEAK_PHRASES = (
    r"con informaci(?:ón|ones) de(?: la| las| los)?",  # es
    r"com informaç(?:ão|ões) d[aoe]s?",  # pt
    r"(?:this (?:article|story|report) is )?based on (?:reporting|a report) (?:by|from)",  # en
    r"with (?:additional )?reporting (?:by|from)",
    r"theo",  # vi
    r"avec",  # fr
    r"kwa mujibu wa",  # sw
    r"по (?:данным|информации)",  # ru
    r"за даними",  # uk
)
_PHRASE = re.compile(
    rf"^\W{{0,3}}(?:(?P<strong>{'|'.join(_PHRASES)})|(?P<weak>{'|'.join(_WEAK_PHRASES)})\s)"
    r"\s*[:：]?\s*",
    re.IGNORECASE,
)
# Lower-case literals one of which every label or phrase line holds (a label with its colon is
# found by the colon: see `find_source_lines`).
PHRASE_LITERALS = (
    "con informaci", "com informa", "based on report", "reporting by", "reporting from",
    "material", "après", "apres", "dilansir", "dikutip", "disadur", "ขอบคุณ", "อ้างอิง", "轉載",
    "转载", "轉貼", "转贴", "來源", "来源", "по материалам", "за матеріалами", "نقلا عن",
    "نقلاً عن", "به نقل از", "na podstawie", "theo ", "avec ", "kwa mujibu", "по данным",
    "по информации", "за даними",
)  # fmt: skip
_LABEL_LITERALS = frozenset(label.lower() for label in LABELS)
# Every literal (lower-case) one of which a source line holds: a caller passes those the page may
# hold (`possible`) to `find_source_lines`.
LITERALS = (*_LABEL_LITERALS, *PHRASE_LITERALS)
_LABEL_CHARS = 30  # the colon of a label stands near the line's start ("\W{0,3}" + the label)
_PHRASE_CHARS = 4  # a phrase opens the line, after at most a bracket or a dash
# Words of outlets' names in 25+ languages (whole words; those of 5+ letters, and any in a script
# written without spaces, also inside a word: "VnExpress", "Diariolibre", "東岸新聞網").
OUTLET_WORDS = wordset(
    """news times post daily herald tribune journal gazette press chronicle observer telegraph
    courier star mirror express record review report reporter weekly radio tv television
    broadcasting network magazine wire dispatch independent standard globe inquirer register
    bulletin examiner sentinel guardian monitor ledger newspaper agency courrier républicain
    progrès zeitung presse kurier
    anzeiger rundschau nachrichten tagblatt abendblatt morgenpost rundfunk quotidien journal
    parisien dépêche nouvelles agence diario periódico periodico gaceta noticias crónica
    corriere gazzetta giornale notizie agenzia jornal folha diário gazeta correio notícias
    agência krant dagblad nieuws nieuwsblad courant avis avisen tidning tidningen tidende posten
    bladet nyheter nyheder lehti sanomat uutiset noviny novine novosti vesti dnevnik vjesnik
    jutarnji večernji denník deník zprávy zpravy kurir dziennik tygodnik wiadomości głos
    agencja hírek hírlap napló újság ziar ziarul știri stiri jurnal haber haberler gazete
    gazetesi gündem ekspres ajans ajansı berita harian koran tribun báo habari gazeti echo eco
    вести новости новини вісник известия газета правда телеграф агентство агенція ηχώ
    εφημερίδα ειδήσεις νέα חדשות עיתון صحيفة جريدة قناة أخبار اخبار وكالة خبرگزاری
    روزنامه समाचार खबर ख़बर न्यूज़ न्यूज दैनिक टाइम्स ข่าว นิวส์ รายวัน ไทม์ ทีวี 新聞 新闻 日報
    日报 晚報 晚报 時報 时报 週刊 周刊 電視 电视 通信 通訊社 通讯社 テレビ 放送 ニュース 뉴스 일보 신문
    방송 통신"""
)
# Names that say only "agencies", "the media", "the internet": a vague source is still a credit
# line, and a copier's favourite ("来源：网络", "المصدر: وكالات", "Джерело: регіональні ЗМІ").
VAGUE_WORDS = wordset(
    """agencies agencias agências agences agenturen agenzie agencje agentury ajanslar media
    medios mídia médias medien mediji internet web агентства агенції змі сми интернет
    інтернет وكالات وكالة مواقع 网络 網路 网上 網上 网络整理 網路整理 互联网 ネット"""
)
_WORD = re.compile(r"[^\W\d_]+")
# Words that may follow the name on a credit line: a date, "原文標題：…" (probe lines have <= 5).
_MAX_TAIL_WORDS = 6
_NAME_END = re.compile(r"[.;|()\[\]（）〈〉。，、]|\s[-–—]\s|[,，]\s*(?:原文|foto|photo|fot)", re.I)
_SPLIT = re.compile(r"\s*(?:,|，|、|&|/|\+|\s(?:and|y|e|i|und|et|và|ve|og|och|en|dan)\s)\s*", re.I)
_SPACELESS = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A newspaper's common noun before its name: "Theo báo Tuổi Trẻ", "Πηγή: εφημερίδα Καθημερινή",
# "Źródło: dziennik Rzeczpospolita", "Fuente: el diario Clarín": the name after it is an outlet's
# whatever its words.
_PAPER_NOUN = re.compile(
    r"(?:the |la |el |o |a |il |de |η |το )?(?:(?:tờ )?báo|tờ|newspaper|daily|diario|periódico|"
    r"jornal|gazeta|giornale|quotidien|journal|dziennik|gazety|krant|dagblad|tidningen|avisen|"
    r"zeitung|газета|газети|газеты|видання|издание|εφημερίδα|ιστοσελίδα|صحيفة|جريدة|موقع|"
    r"روزنامه|अखबार|अख़बार|koran|harian|gazeti|gazetesi|gazetesinden|신문|일간)\s+(?=\S)"
)  # lower-case only: "Gazeta Wyborcza" is the name itself
# A web address credited as the source: "Sumber: Kompas.com", "Πηγή: in.gr", "Zdroj: iDNES.cz".
_DOMAIN = re.compile(
    r"(?P<domain>(?:[^\W_][\w-]*\.)+(?:com|net|org|info|news|online|[a-z]{2})(?:\.[a-z]{2})?)"
    r"(?![\w.])",
    re.IGNORECASE,
)
# Hosts that are platforms, not outlets: "Source: youtube.com" credits a video.
_PLATFORMS = (
    "wikipedia", "wiki", "youtube", "facebook", "twitter", "x.com", "instagram", "tiktok",
    "github", "google", "reddit", "t.me", "telegram", "vk.com", "weibo", "linkedin", "gov",
)  # fmt: skip
# A company, a body or a release named after a label in `any_name` mode: "Source: Acme Inc".
_COMPANY = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|ag|s\.?a|corp|co|plc|bv|ab|oy|as|kg|sp\.? z o\.?o|"
    r"ministry|ministerio|ministère|ministerium|ministerstwo|university|universit\w*|"
    r"institut\w*|bank|office|statisti\w*|\w*stat(?:is)?|census|survey|data|study|report|fc|sc|sv|tsv|vfb|vfl|club|verein|klub|vevo)\b\.?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SourceLine:
    """A bare source line: the line, the names it credits, and how ("label" or "phrase")."""

    text: str
    names: tuple[str, ...]
    kind: str


# Outlet words not searched inside a word: "WordPress", "devpress", "Pressemitteilung".
_WHOLE_ONLY = frozenset(("press", "presse"))
# A press release names a company or a body, not an outlet ("Quelle: Pressemitteilung der TU").
_RELEASE_WORDS = (
    "press release", "pressemitteilung", "pressemeldung", "communiqué", "comunicado",
    "nota de prensa", "persbericht", "pressmeddelande", "tiedote", "komunikat",
    "tisková zpráva", "新闻稿", "新聞稿", "プレスリリース", "보도자료", "пресс-релиз", "прес-реліз",
    "basın bülteni", "siaran pers", "ข่าวประชาสัมพันธ์",
)  # fmt: skip


def _is_outlet_word(word: str, low: str) -> bool:
    if (len(word) >= 5 and word not in _WHOLE_ONLY) or _SPACELESS.search(word):
        return word in low
    return False


def outlet_like(name: str) -> bool:
    """Whether `name` is a news source's: an agency, a name with an outlet word, or a vague one."""
    if agency_in_name(name) is not None or name.strip() in BY_CODE:
        return True
    low = name.lower()
    if any(w in low for w in _RELEASE_WORDS):
        return False
    words = _WORD.findall(low)
    if any(w in OUTLET_WORDS or w in VAGUE_WORDS for w in words):
        return True
    return any(_is_outlet_word(w, low) for w in OUTLET_WORDS)  # "media" is in "Wikimedia"


def _clause_follows(rest: str) -> bool:
    """Whether a sentence goes on after the name ("Dilansir dari Antara, harga beras ..."): the
    line is prose that cites a source, not a credit line."""
    end = _NAME_END.search(rest)
    if end is not None and len(rest[end.end() :].split()) > _MAX_TAIL_WORDS:
        return True
    head = rest[: end.start()] if end else rest
    return any(len(part.split()) > _MAX_TAIL_WORDS for part in _SPLIT.split(head))


def _names(rest: str) -> tuple[str, ...]:
    """The names a credit credits, from the text after its label or phrase."""
    rest = rest.strip().strip("\"'“”‘’«»「」『』<>")
    end = _NAME_END.search(rest)
    head = rest[: end.start()] if end else rest
    names = []
    for part in _SPLIT.split(head):
        name = part.strip(" \"'“”‘’«»「」『』:").rstrip(".")
        if _SPACELESS.search(name):
            name = name.split()[0]  # "来源：网络整理 发布时间：…": a space ends a CJK name
        if not name or len(name) > MAX_NAME or len(name.split()) > 7:
            continue
        first = name.lstrip("@")[:1]
        lowly = not first.isalpha() or (first.isascii() and not first.isupper())
        vague = any(w in VAGUE_WORDS for w in _WORD.findall(name.lower()))
        if lowly and not vague and agency_in_name(name) is None:
            continue  # a Latin name is capitalised: "Source: ourselves" is none
        names.append(name)
    return tuple(names)


def _web_outlet(rest: str) -> str:
    """The web address `rest` opens with, when it names a site that is not a platform ("")."""
    m = _DOMAIN.match(rest.strip().strip("\"'“”«»"))
    if m is None:
        return ""
    domain = m["domain"]
    low = domain.lower()
    return "" if any(p in low for p in _PLATFORMS) else domain


def source_line(line: str, any_name: bool = False) -> SourceLine | None:
    """The bare source line `line` is, or None ("Kilde: Ritzau" -> names ("Ritzau",)).

    A name after a label must be an outlet's (`outlet_like`) or follow a newspaper's noun ("Theo
    báo Tuổi Trẻ"); with `any_name`, also a web address ("Sumber: Kompas.com") or any
    capitalised name that is not a company's, a body's or a release ("Bron: NOS", "Πηγή:
    Καθημερινή"): for a caller that has already found a full story the line closes.
    """
    if len(line) > MAX_LINE:
        return None
    line = line.strip()
    m = _LABEL.match(line)
    kind, outlet_only = "label", True
    if m is None:
        m = _PHRASE.match(line)
        if m is None:
            return None
        kind, outlet_only = "phrase", m["weak"] is not None
    rest = line[m.end() :]
    paper = _PAPER_NOUN.match(rest)
    if paper is not None:
        rest, outlet_only = rest[paper.end() :], False
    # A web address alone is also a shop's or a data site's ("Quelle: Vergleich.de", "Source:
    # Statista.com" on real pages): read only for a caller that found a full story.
    web = _web_outlet(rest) if any_name else ""
    if web:
        return (
            None
            if _clause_follows(rest.replace(web, "site", 1))
            else SourceLine(line, (web,), kind)
        )
    names = _names(rest)
    if not names or _clause_follows(rest):
        return None
    if outlet_only and not any(_named_outlet(n, any_name and kind == "label") for n in names):
        return None
    return SourceLine(line, names, kind)


def _named_outlet(name: str, any_name: bool) -> bool:
    """Whether `name` credits an outlet (with `any_name`: is not a company's or a body's)."""
    if outlet_like(name):
        return True
    low = name.lower()
    return any_name and not _COMPANY.search(name) and not any(w in low for w in _RELEASE_WORDS)


def _spans(text: str, needle: str, near: int) -> set[tuple[int, int]]:
    """(start, end) of the lines of `text` where `needle` stands within `near` of the start."""
    spans: set[tuple[int, int]] = set()
    i = text.find(needle)
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        if i - start <= near:
            spans.add((start, end))
        i = text.find(needle, end)
    return spans


def find_source_lines(
    lines: Iterable[str], literals: Collection[str], any_name: bool = False
) -> list[SourceLine]:
    """The bare source lines among `lines`.

    The lines are found by literal searches of their joined text (a colon near a line's start,
    a phrase at it), not by a test of every line: pages have hundreds of short lines and
    hardly any credit among them.

    Args:
        lines: the page's lines where a credit may stand.
        literals: the `LITERALS` the page may hold (its trigrams rule out the rest).
        any_name: read any capitalised name after a label (see `source_line`).
    """
    if not literals:
        return []
    text = "\n".join(dict.fromkeys(line for line in lines if len(line) <= MAX_LINE))
    spans: set[tuple[int, int]] = set()
    if not _LABEL_LITERALS.isdisjoint(literals):
        for colon in (":", "："):
            spans |= _spans(text, colon, _LABEL_CHARS)
    phrases = [p for p in PHRASE_LITERALS if p in literals]
    if phrases:
        low = text.lower()
        if len(low) == len(text):  # else ("İ") offsets drift: the label lines only
            for phrase in phrases:
                spans |= _spans(low, phrase, _PHRASE_CHARS)
    found = [source_line(text[a:b], any_name) for a, b in sorted(spans)]
    return [hit for hit in found if hit is not None]
