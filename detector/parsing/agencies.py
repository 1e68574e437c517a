"""News agencies and the regular expressions that find their datelines and credits.

One table (`AGENCIES`) and a few compiled patterns, shared by the `wire_copy_v1` signal and the
parser. The functions here only *find* things; judging whether a page strips a credit is the job
of `detector.features.wire`. (It lives with the parser, which finds datelines with it.)

Shapes recognised:
- agency datelines: "BEIJING (AP) —", "WASHINGTON (Reuters) -", "PARIS, Oct 3 (AFP) -",
  "MANILA, Nov. 24 (Xinhua) --", "Berlin (dpa) -", "MADRID (EFE).-";
- the same in other scripts: "МОСКВА, 14 февраля. /ТАСС/.", "(서울=연합뉴스)", "【ワシントン共同】",
  "新华社北京3月5日电", "（中央社台北5日電）", "عمان (رويترز) -", "أنقرة/ الأناضول", "تهران- ایرنا-",
  "नयी दिल्ली, 14 मई (भाषा)";
- dated datelines without an agency, Reuters 1987 style: "LONDON, Feb 26 -", day first in the
  European agencies' languages ("ROMA, 15 ott -"), TASS's with "/ТАСС/." cut ("ВЛАДИВОСТОК, 6
  октября."), Arabic "القاهرة - وكالات" ("agencies");
- marks that travel with the copy at its end: Kyodo's "（共同）", desk sign-offs ("HYD // JMR",
  "PTI ABC DEF", "भाषा सुरेंद्र नरेश", "dpa-infocom, dpa:240222-99-085512/4");
- credits: copyright notices ("Copyright 2023 The Associated Press. All rights reserved."),
  Reuters sign-offs ("Reporting by ...; Editing by ...", a closing "Reuter", Arabic "(إعداد ...
  تحرير ...)"), "The Associated Press contributed to this report", "Source: AFP" / "Quelle: dpa" /
  "Fuente: EFE" / "Kaynak: AA" / "Con información de EFE y AFP", "（共同通信）", and agency names in
  bylines ("By JOE McDONALD, Associated Press", "Reuters Staff", "By ... | AP", "رويترز").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from detector.features._textscan import snippets
from detector.parsing import patterns as P


@dataclass(frozen=True, slots=True)
class Agency:
    """A news agency: its dateline codes, the names it is credited under, its own domains."""

    key: str  # short display name, e.g. "AP"
    codes: tuple[str, ...]  # as written in a dateline's brackets, case-sensitive: "(AP)"
    names: tuple[str, ...]  # credited names, matched case-insensitively as whole words
    domains: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()  # short names matched case-sensitively in bylines ("AP")


AGENCIES: tuple[Agency, ...] = (
    # Codes and names in other scripts are written as the agencies' own services write them:
    # Arabic "عمان (رويترز) -", "باريس (أ ف ب) -"; Hindi "(भाषा)" (PTI's Hindi service).
    Agency(
        "AP",
        ("AP", "أ ب"),
        ("associated press", "أسوشيتد برس", "اسوشيتد برس"),
        ("apnews.com", "ap.org"),
        ("AP",),
    ),
    Agency(
        "Reuters",
        ("Reuters", "REUTERS", "Reuter", "رويترز"),
        ("reuters", "thomson reuters", "رويترز"),
        ("reuters.com", "reutersmedia.net"),
    ),
    Agency(
        "AFP",
        ("AFP", "أ ف ب", "أ.ف.ب"),
        ("agence france-presse", "agence france presse", "فرانس برس", "وكالة فرانس برس"),
        ("afp.com",),
        ("AFP",),
    ),
    Agency("UPI", ("UPI",), ("united press international",), ("upi.com",), ("UPI",)),
    Agency(
        "dpa",
        ("dpa", "DPA", "د ب أ"),
        ("deutsche presse-agentur",),
        ("dpa.com", "dpa-international.com"),
        ("dpa",),
    ),
    Agency("PA", ("PA",), ("press association", "pa media", "pa wire"), ("pa.media",)),
    Agency("Bloomberg", ("Bloomberg",), ("bloomberg news", "bloomberg"), ("bloomberg.com",)),
    Agency("ANSA", ("ANSA",), ("ansa",), ("ansa.it",)),
    Agency("Adnkronos", ("Adnkronos", "ADNKRONOS"), ("adnkronos",), ("adnkronos.com",)),
    Agency("AGI", ("AGI",), ("agenzia italia",), ("agi.it",)),
    Agency("EFE", ("EFE",), ("agencia efe", "efe"), ("efe.com",)),
    Agency(
        "Kyodo",
        ("Kyodo", "KYODO"),
        ("kyodo news", "kyodo", "共同社", "共同通信"),
        ("kyodonews.net", "kyodonews.jp"),
    ),
    Agency(
        "Xinhua",
        ("Xinhua", "XINHUA"),
        ("xinhua news agency", "xinhua", "新华社", "新华网", "شينخوا"),
        ("xinhuanet.com", "news.cn"),
    ),
    Agency(
        "CNS",
        ("CNS",),
        ("china news service", "中新社", "中新网"),
        ("chinanews.com", "chinanews.com.cn"),
    ),
    Agency(
        "CNA",
        ("CNA",),
        ("central news agency", "focus taiwan", "中央社", "中央通訊社"),
        ("focustaiwan.tw", "cna.com.tw"),
    ),
    Agency(
        "Yonhap",
        ("Yonhap", "YONHAP"),
        ("yonhap news agency", "yonhap", "연합뉴스"),
        ("yna.co.kr", "yonhapnews.co.kr"),
    ),
    Agency("Jiji", ("Jiji", "Jiji Press"), ("jiji press", "時事通信"), ("jiji.com",)),
    Agency("TASS", ("TASS", "ITAR-TASS"), ("tass", "тасс", "итар-тасс"), ("tass.com", "tass.ru")),
    Agency("RIA Novosti", ("RIA Novosti", "RIA"), ("ria novosti", "риа новости"), ("ria.ru",)),
    Agency("Interfax", ("Interfax",), ("interfax", "интерфакс"), ("interfax.com", "interfax.ru")),
    Agency(
        "Anadolu",
        ("AA", "Anadolu", "الأناضول"),
        ("anadolu agency", "anadolu ajansı", "الأناضول", "وكالة الأناضول"),
        ("aa.com.tr",),
    ),
    Agency(
        "PTI",
        ("PTI", "भाषा", "पीटीआई", "पीटीआई-भाषा"),
        ("press trust of india", "पीटीआई", "पीटीआई-भाषा", "पीटीआई भाषा"),
        ("ptinews.com",),
        ("PTI",),
    ),
    Agency("IANS", ("IANS",), ("indo-asian news service",), ("ianslive.in",), ("IANS",)),
    Agency("ANI", ("ANI",), ("asian news international",), ("aninews.in",), ("ANI",)),
    Agency("AAP", ("AAP",), ("australian associated press",), ("aap.com.au",), ("AAP",)),
    Agency("CP", ("CP",), ("the canadian press", "canadian press"), ("thecanadianpress.com",)),
    Agency("Newsis", ("NEWSIS",), ("newsis", "뉴시스"), ("newsis.com",)),
    Agency("News1", ("News1",), ("news1 korea", "뉴스1"), ("news1.kr",)),
    Agency("Bernama", ("Bernama",), ("bernama",), ("bernama.com",)),
    # "ANTARA" in capitals only: "antara" is Indonesian for "between".
    Agency("Antara", ("ANTARA", "Antara"), ("antara news",), ("antaranews.com",), ("ANTARA",)),
    Agency("Europa Press", ("Europa Press",), ("europa press",), ("europapress.es",)),
    Agency("Lusa", ("Lusa",), ("agência lusa", "lusa"), ("lusa.pt",)),
    Agency("ANP", ("ANP",), ("algemeen nederlands persbureau",), ("anp.nl",)),
    Agency("Belga", ("Belga", "BELGA"), ("belga",), ("belga.be",)),
    Agency("APA", ("APA",), ("austria presse agentur",), ("apa.at",)),
    Agency("KNA", ("KNA", "epd"), ("katholische nachrichten-agentur",), ()),
    Agency("Prensa Latina", ("PL", "Prensa Latina"), ("prensa latina",), ("prensa-latina.cu",)),
    Agency("Notimex", ("Notimex",), ("notimex",), ("notimex.gob.mx",)),
    Agency("IRNA", ("IRNA", "ایرنا"), ("islamic republic news agency",), ("irna.ir",)),
    Agency("ISNA", ("ISNA", "ایسنا"), ("iranian students' news agency",), ("isna.ir",)),
    Agency("KUNA", ("KUNA", "كونا"), ("kuwait news agency",), ("kuna.net.kw",)),
    Agency("WAM", ("WAM", "وام"), ("emirates news agency",), ("wam.ae",)),
    Agency("SPA", ("SPA", "واس"), ("saudi press agency",), ("spa.gov.sa",)),
    # National agencies of Europe, Latin America, the Middle East and Asia: their codes close
    # or open copy reposted in their languages ("... psów. (PAP)", "Hà Nội (TTXVN) -").
    Agency("PAP", ("PAP",), ("polska agencja prasowa",), ("pap.pl",)),
    Agency("TT", ("TT",), ("tt nyhetsbyrån", "tidningarnas telegrambyrå"), ("tt.se",)),
    Agency("NTB", ("NTB",), ("norsk telegrambyrå",), ("ntb.no",)),
    Agency("STT", ("STT", "STT-FNB"), ("suomen tietotoimisto",), ("stt.fi",)),
    Agency("Ritzau", ("Ritzau",), ("ritzaus bureau", "ritzau"), ("ritzau.dk",)),
    Agency("ČTK", ("ČTK", "CTK"), ("česká tisková kancelář",), ("ctk.cz",)),
    Agency("MTI", ("MTI",), ("magyar távirati iroda",), ("mti.hu",)),
    Agency("TASR", ("TASR",), ("tlačová agentúra slovenskej republiky",), ("tasr.sk",)),
    Agency("HINA", ("HINA", "Hina"), ("hrvatska izvještajna novinska agencija",), ("hina.hr",)),
    Agency("BTA", ("BTA",), ("bulgarian news agency",), ("bta.bg",)),
    Agency("Agerpres", ("AGERPRES", "Agerpres"), ("agerpres",), ("agerpres.ro",)),
    Agency("Keystone-SDA", ("SDA", "ATS", "Keystone-SDA"), ("keystone-sda",), ("keystone-sda.ch",)),
    Agency(
        "VNA",
        ("TTXVN", "VNA"),
        ("vietnam news agency", "thông tấn xã việt nam"),
        ("vnanet.vn", "vietnamplus.vn"),
    ),
    Agency(
        "Agência Brasil",
        ("Agência Brasil", "ABr"),
        ("agência brasil",),
        ("agenciabrasil.ebc.com.br",),
    ),
    Agency("Télam", ("Télam", "Telam"), ("agencia télam",), ("telam.com.ar",)),
    Agency("MENA", ("MENA", "أ ش أ"), ("middle east news agency",), ("mena.org.eg",)),
    Agency("QNA", ("QNA",), ("qatar news agency",), ("qna.org.qa",)),
    Agency("Petra", ("Petra", "بترا"), ("jordan news agency",), ("petra.gov.jo",)),
    # Turkey's private agencies and Greece's: "İSTANBUL (DHA) -", "(İHA)", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) -".
    Agency("DHA", ("DHA",), ("demirören haber ajansı",), ("dha.com.tr",)),
    Agency("İHA", ("İHA", "IHA"), ("ihlas haber ajansı",), ("iha.com.tr",)),
    Agency("ANKA", ("ANKA",), ("anka haber ajansı",), ("ankahaber.net",)),
    Agency(
        "ANA-MPA",
        ("ΑΠΕ-ΜΠΕ", "ΑΠΕ", "ANA-MPA"),
        ("αθηναϊκό-μακεδονικό πρακτορείο ειδήσεων", "απε-μπε"),
        ("amna.gr",),
    ),
    Agency(
        "Ukrinform", ("Ukrinform",), ("ukrinform", "укрінформ"), ("ukrinform.net", "ukrinform.ua")
    ),
)

# Codes as listed, and in capitals too: "(EUROPA PRESS)", "(BLOOMBERG)", "(ANTARA)".
_BY_CODE: dict[str, Agency] = {
    variant: a for a in AGENCIES for code in a.codes for variant in (code.upper(), code)
}
_BY_NAME: dict[str, Agency] = {name: a for a in AGENCIES for name in a.names}
_BY_TOKEN: dict[str, Agency] = {tok: a for a in AGENCIES for tok in a.tokens}
_BY_DOMAIN: dict[str, Agency] = {d: a for a in AGENCIES for d in a.domains}


def _alternation(words: list[str]) -> str:
    """A regex alternation, longest first so "Jiji Press" wins over "Jiji"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_CODES = _alternation(list(_BY_CODE))
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
    r"|(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)[a-zé]{0,6}\.?"
    r"|(?:enero|feb|marzo|abr|mayo|jun|jul|agosto|sept?|oct|nov|dic)[a-z]{0,6}\.?"
)
# The dash after a dateline: em/en dash, hyphens, AP's old "_", EFE's ".-", a colon, or the "?"
# a mis-decoded em dash becomes in old pages (seen in the L3S Google-News set).
_DASH = r"(?:\.-|[-—–_:]{1,3}|\?(?=\s))"

# "BEIJING (AP) —", "TAIPEI, Taiwan (AP) -", "BEIJING, April 24 (Reuters) -", "(Reuters) -", and
# without a dash when a capital or a letter of a caseless script opens the story, as the Indian
# agencies write it ("New Delhi, May 14 (PTI) The government ...", "नयी दिल्ली, 14 मई (भाषा) सरकार").
AGENCY_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[^\W\d_][^()\n]{0,60}?)?\s*"
    rf"\((?P<code>{_CODES})(?:\s*[/,]\s*[\w+-]{{1,12}}){{0,3}}\)"
    r"(?:\s*" + _DASH + r"|(?=\s+[\"“‘']?(?:[A-Z]|[^\W\d_\u0000-\u036f])))",
)
# Chinese agency datelines: "新华社北京4月24日电", "中新社北京4月24日电", "共同社东京4月24日电".
CJK_DATELINE = re.compile(
    r"^\W{0,3}(?:(?P<name>新华社|中新社|共同社|中新网|新华网)(?P<place>[^\n。，]{0,24}?)电"
    # Taiwan's CNA: "（中央社記者楊慧君台南5日電）", "（中央社台北5日電）".
    r"|[（(](?P<tw>中央社)(?:記者[^\n（）()]{2,3})?(?P<twplace>[^\n（）()\d]{0,12}?)\d{1,2}日電[）)])"
)
# Datelines in other scripts, the agency written as the agency writes it there:
# Korean "(서울=연합뉴스) 홍길동 기자 =", Japanese "【ワシントン共同】", Russian
# "МОСКВА, 14 февраля. /ТАСС/." and "МОСКВА, 5 мар — РИА Новости.".
KO_DATELINE = re.compile(
    r"^\W{0,3}[(【\[]\s*(?P<place>[^()【】\[\]=\n]{1,15}?)\s*=\s*(?P<name>연합뉴스|뉴시스|뉴스1)\s*[)】\]]"
)
JA_DATELINE = re.compile(r"^\W{0,3}【(?P<place>[^】\n]{0,12}?)(?P<name>共同|時事)】")
RU_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[А-ЯЁ][А-ЯЁ. -]{1,40}),\s*\d{1,2}\s+[а-яё]{3,8}\.?(?:\s+\d{4})?\s*"
    r"(?:\.\s*/|[—–-]{1,2}\s*)(?P<name>ТАСС|ИТАР-ТАСС|РИА Новости|Интерфакс|ИНТЕРФАКС)/?\.?",
)
# Arabic datelines that write the agency after a slash or a dash, without brackets: Anadolu's
# "أنقرة/ الأناضول", "واشنطن - رويترز", and "القاهرة - وكالات" ("agencies": no one agency).
AR_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[\u0621-\u064a\u067e-\u06cc]+(?: [\u0621-\u064a\u067e-\u06cc]+){0,2})"
    r"\s*[/\-–—]\s*\(?"
    r"(?P<name>الأناضول|رويترز|أ ف ب|فرانس برس|د ب أ|شينخوا|وام|واس|كونا|بترا|وكالات|ایرنا|ایسنا)\)?"
    r"(?=\s*$|\s*[-–—:.]|\s)",
)
# A TASS dateline whose "/ТАСС/." was cut: "ВЛАДИВОСТОК, 6 октября. Режим ЧС ...". The place in
# capitals and the month's full name in the genitive: no sentence opens that way.
RU_DATED_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[А-ЯЁ][А-ЯЁ-]+(?: [А-ЯЁ-]+){0,3}),\s*\d{1,2}\s+(?:января|февраля|марта|"
    r"апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.(?=\s)"
)
# Interfax writes a full stop after the place: "Москва. 14 февраля. INTERFAX.RU - ...".
INTERFAX_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[А-ЯЁ][А-ЯЁа-яё-]+(?: [А-ЯЁа-яё-]+){0,2})\.\s*\d{1,2}\s+[а-яё]{3,8}\.\s*"
    r"(?P<name>INTERFAX\.RU|ИНТЕРФАКС|Интерфакс)(?![\w-])"
)
_SCRIPT_DATELINES = (KO_DATELINE, JA_DATELINE, RU_DATELINE, INTERFAX_DATELINE, AR_DATELINE)
# The agencies' names as these datelines write them (not credited names: "共同" is also "joint").
_DATELINE_NAMES = {"共同": "共同通信", "時事": "時事通信", "interfax.ru": "interfax"}
_AR_DATELINE_CODES = {"فرانس برس": "أ ف ب", "وكالات": ""}  # "" for no one agency
# "LONDON, Feb 26 -" (Reuters 1987), "WASHINGTON, Jan. 5, 2008 --": upper-case place, date, dash.
DATED_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[A-Z][A-Z.'’/ -]{1,40}(?:,\s*[A-Z][\w.]{1,20}\.?)?),\s*"
    rf"(?P<when>(?:{_MONTH})\s+\d{{1,2}}(?:,\s*\d{{4}})?)\s*{_DASH}\s",
)
# The same with the day first, as Europe writes it: "ROMA, 15 ott -", "PARÍS, 3 de octubre.-",
# "LISBOA, 12 mar 2025 -", "DEN HAAG, 4 mrt -": month names and abbreviations of those languages.
_DAY_MONTH = (
    r"(?:jan|feb|fév|fev|mar|mär|mrt|apr|avr|abr|ma[iyg]|mei|jun|jui|giu|jul|lug|aug|aoû|ago|"
    r"sep|set|oct|okt|ott|out|nov|dec|déc|dez|dic|ene|gen)[a-zà-ÿ]{0,7}\.?"
)
DAY_MONTH_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[^\W\d_][^\W\d_ .'’/-]*(?:[ .'’/-]+[^\W\d_]+){0,3}),\s*"
    rf"(?P<when>\d{{1,2}}\.?(?:\s+de)?\s+{_DAY_MONTH}(?:\s+(?:de\s+)?\d{{4}})?)\s*{_DASH}\s",
    re.IGNORECASE,
)
_LEAD_PUNCT = " \t\"'“‘«(*•-–—"
_MONTH_IN_PLACE = re.compile(rf"(?:^|,\s*)(?:{_MONTH})\s+\d{{1,2}}\b")


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the head of a paragraph."""

    text: str  # e.g. "BEIJING (AP) —"
    place: str
    agency: Agency | None  # None for a dated dateline without an agency ("LONDON, Feb 26 -")


def _caseless(ch: str) -> bool:
    """A letter of a script without capitals (Arabic, Devanagari, Thai, CJK...)."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def _place_ok(place: str) -> bool:
    """A dateline place: starts upper-case, a few words, not a sentence."""
    place = place.strip(" ,")
    if not place:
        return True  # "(Reuters) - ..." with no place
    if not (place[0].isupper() or _caseless(place[0])):
        return False
    words = place.replace("/", " ").split()
    if _MONTH_IN_PLACE.search(place):
        return len(words) <= 10
    return len(words) <= 8 and not place.endswith(("!", "?"))


def find_dateline(text: str) -> DatelineMatch | None:
    """The dateline opening `text` (one paragraph), with its agency when it names one."""
    head = text[:160]
    m = AGENCY_DATELINE.match(head)
    if m:
        place = (m["place"] or "").strip()
        if _place_ok(place):
            return DatelineMatch(head[: m.end()].strip(), place, _BY_CODE[m["code"]])
    m = DATED_DATELINE.match(head)
    if m:
        return DatelineMatch(head[: m.end()].strip(), m["place"].strip(), None)
    # The place in capitals (no sentence opens that way): its first two letters are tested
    # before the pattern, which most paragraphs would fail slowly.
    lead = head[:5].lstrip(_LEAD_PUNCT)[:2]
    if lead.isupper():
        m = DAY_MONTH_DATELINE.match(head)
        if m and m["place"].isupper():
            return DatelineMatch(head[: m.end()].strip(), m["place"], None)
    m = CJK_DATELINE.match(head)
    if m:
        name, place = (m["name"], m["place"]) if m["name"] else (m["tw"], m["twplace"])
        return DatelineMatch(head[: m.end()].strip(), place, _BY_NAME[name])
    if head.isascii():
        return None
    for pattern in _SCRIPT_DATELINES:
        m = pattern.match(head)
        if m:
            name = m["name"].lower()
            if pattern is AR_DATELINE:
                code = _AR_DATELINE_CODES.get(name, name)
                agency = _BY_CODE[code] if code else None
            else:
                agency = _BY_NAME[_DATELINE_NAMES.get(name, name)]
            return DatelineMatch(head[: m.end()].strip(), m["place"].strip(), agency)
    m = RU_DATED_DATELINE.match(head)
    if m:
        return DatelineMatch(head[: m.end()].strip(), m["place"], None)
    return None


_NAMES = _alternation(list(_BY_NAME))
_TOKENS = _alternation(list(_BY_TOKEN))
# Agency names anywhere in a byline-like string (case-insensitive), and short tokens ("AP").
NAME_IN_BYLINE = re.compile(rf"(?<![\w-])(?:the\s+)?(?P<name>{_NAMES})(?![\w-])", re.IGNORECASE)
TOKEN_IN_BYLINE = re.compile(rf"(?<![\w-])(?P<token>{_TOKENS})(?![\w-])")
# A token in any case when a staff role follows it: title-casing templates print
# "Greg Beacham, Ap Sports Writer" for "AP Sports Writer" (case-sensitive above, "ap" alone is
# too common a word to match in any case).
TOKEN_ROLE_IN_BYLINE = re.compile(
    rf"(?<![\w-])(?P<token>{_TOKENS})(?:\s+[^\W\d_]+){{0,2}}?\s+"
    r"(?:writer|correspondent|reporter|editor|photographer)s?(?![\w-])",
    re.IGNORECASE,
)


_WORD = re.compile(r"[^\W_]+")
# Every word of every agency name and code, lower-case: a cheap gate for `agency_in_name`.
_NAME_WORDS = frozenset(
    w for n in (*_BY_NAME, *(t.lower() for t in _BY_TOKEN)) for w in _WORD.findall(n)
)


def agency_in_name(text: str) -> Agency | None:
    """The agency a byline, author or publisher name refers to ("Associated Press", "By X | AP")."""
    if not text or len(text) > 200:
        return None
    if _NAME_WORDS.isdisjoint(_WORD.findall(text.lower())):
        return None  # no word of any agency name: skip the slow alternations
    m = NAME_IN_BYLINE.search(text)
    if m:
        return _BY_NAME[m["name"].lower()]
    m = TOKEN_IN_BYLINE.search(text)
    if m:
        return _BY_TOKEN[m["token"]]
    m = TOKEN_ROLE_IN_BYLINE.search(text)
    if m:
        return _lookup(m["token"])
    return None


def agency_for_host(host: str) -> Agency | None:
    """The agency whose own site `host` is (``uk.reuters.com`` -> Reuters)."""
    host = host.lower().strip(".")
    while host:
        agency = _BY_DOMAIN.get(host)
        if agency is not None:
            return agency
        _, _, host = host.partition(".")
        if "." not in host:
            return _BY_DOMAIN.get(host)
    return None


# Credit lines, each tagged with the agency it credits ("name" group) or Reuters by shape.
CREDIT = re.compile(
    # Copyright notices: "Copyright 2023 The Associated Press.", "© 2008 Reuters", "(c) AFP 2020",
    # "All content © Copyright 2003-2007 WorldNow, WPRI, WNAC and Associated Press".
    rf"(?P<copyright>(?:copyright|[©ⓒ]|\(c\))[^\n]{{0,100}}?(?<![\w-])(?:the\s+)?"
    rf"(?P<cname>{_NAMES}|{_TOKENS})(?![\w-]))"
    # "The Associated Press contributed to this report", "Associated Press writer X contributed".
    rf"|(?P<contrib>(?:the\s+)?(?P<kname>{_NAMES})\b[^.\n]{{0,80}}?\bcontributed\b)"
    # "Source: AFP", "Quelle: dpa", "Fuente: EFE", "Fonte: ANSA", "Mit Material von dpa".
    rf"|(?P<source>(?:^|\(|\s)(?:{P.SOURCE_LABEL_PATTERN}|mit material von)"
    r"\s*[:：]?\s*"
    rf"(?:the\s+)?(?P<sname>{_NAMES}|{_TOKENS})(?![\w-]))"
    # Reuters' sign-off: "(Reporting by X; Editing by Y)", "Writing by X; editing by Y".
    r"|(?P<reuters>\b(?:additional\s+)?(?:reporting|writing)\s+by\b[^\n]{2,160}?\bediting\s+by\b)",
    re.IGNORECASE | re.MULTILINE,
)
# Lower-case words one of which every CREDIT match contains: scanned for first, cheaply.
CREDIT_TRIGGERS = (
    "copyright",
    "©",
    "ⓒ",
    "(c)",
    "contributed",
    "mit material",
    "editing by",
    *P.SOURCE_LABELS,
)
# A short credit line that opens with the agency: "Associated Press - January 11, 2008",
# "AP Golf Writer", "By The Associated Press", "Reuters staff", "AFP | Paris".
CREDIT_LINE_START = re.compile(
    rf"^\W{{0,3}}(?:by\s+)?(?:the\s+)?(?P<name>{_NAMES}|{_TOKENS})"
    r"(?:\s+(?:news|staff|wire|reporters?|writers?|correspondents?|[\w-]+ writer|[\w-]+ editor))?"
    r"\s*(?:$|[-–—|,:/•]\s*\S?)",
    re.IGNORECASE,
)
# A closing "Reuter" or "-- Reuters" line (the 1987 corpus ends every story with "Reuter").
SIGNOFF = re.compile(rf"^\s*(?:[-—–]+\s*)?(?P<name>{_CODES})\s*\.?\s*$")


@dataclass(frozen=True, slots=True)
class CreditMatch:
    """A credit to an agency found in a line of the page."""

    agency: Agency
    text: str  # the matched words, e.g. "Copyright 2023 The Associated Press"
    kind: str  # copyright | contributed | source | reporting_editing | signoff | byline


_BY_ANY_LOWER: dict[str, Agency] = {
    **{c.lower(): a for c, a in _BY_CODE.items()},
    **{t.lower(): a for t, a in _BY_TOKEN.items()},
    **_BY_NAME,
}


def _lookup(word: str) -> Agency | None:
    return _BY_ANY_LOWER.get(word.lower())


def find_credits(
    text: str, limit: int = 10, literals: tuple[tuple[str, ...], tuple[str, ...]] | None = None
) -> list[CreditMatch]:
    """Agency credits in `text` (lines joined by newlines); at most `limit` of them.

    Args:
        text: lines joined by newlines.
        limit: stop after this many credits.
        literals: `agency_literals(text)` when the caller has it already.
    """
    names, tokens = agency_literals(text) if literals is None else literals
    signed = "editing by" in text.lower()  # Reuters' sign-off names no agency
    if not (names or tokens or signed):
        return []  # most pages: no agency named anywhere, nothing to credit
    found: list[CreditMatch] = []
    reuters = _BY_CODE["Reuters"]
    for snippet in snippets(text, CREDIT_TRIGGERS, radius=200, limit=limit * 2):
        low = snippet.lower()
        if not (
            ("editing by" in low)
            or any(n in low for n in names)
            or any(t in snippet for t in tokens)
        ):
            continue
        for m in CREDIT.finditer(snippet):
            if m["copyright"]:
                agency, kind = _lookup(m["cname"]), "copyright"
            elif m["contrib"]:
                agency, kind = _lookup(m["kname"]), "contributed"
            elif m["source"]:
                agency, kind = _lookup(m["sname"]), "source"
            else:
                agency, kind = reuters, "reporting_editing"
            word = m["cname"] or m["sname"]
            if word and word.lower() not in _BY_NAME and word not in _BY_TOKEN:
                continue  # a short code in the wrong case ("ap" in "snap") is no credit
            if agency is not None:
                found.append(CreditMatch(agency, m.group(0).strip(" (\n"), kind))
                if len(found) >= limit:
                    return found
    return found


_FIRST_WORDS = frozenset([n.split()[0] for n in _BY_NAME] + [t.lower() for t in _BY_TOKEN])


NAME_LITERALS = tuple(sorted(_BY_NAME))  # agency names, lower-case
TOKEN_LITERALS = tuple(sorted(_BY_TOKEN))  # short agency codes, case as printed ("AP", "dpa")


def has_word(hay: str, word: str) -> bool:
    """`word` occurs in `hay` as a whole word (not inside "reference" or "Kansas")."""
    i = hay.find(word)
    n = len(word)
    while i >= 0:
        before = hay[i - 1] if i else " "
        after = hay[i + n] if i + n < len(hay) else " "
        if not (before.isalnum() or before in "-_" or after.isalnum() or after in "-_"):
            return True
        i = hay.find(word, i + 1)
    return False


def agency_literals(
    text: str, names: Iterable[str] = NAME_LITERALS
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Agency names (lower-case) and short codes (as written) that occur in `text`.

    A cheap gate: a page that names no agency skips every per-line credit check. `names` narrows
    the names searched (a caller that has ruled some out); short codes are always searched.
    """
    low = text.lower()
    found = tuple(n for n in names if n in low and has_word(low, n))
    tokens = tuple(t for t in TOKEN_LITERALS if t in text and has_word(text, t))
    return found, tokens


def credit_line_agency(line: str, max_chars: int = 80) -> Agency | None:
    """The agency a short credit line opens with ("AP Golf Writer", "Associated Press - Jan 8")."""
    if len(line) > max_chars:
        return None
    words = line.lower().split(None, 3)
    while words and words[0].strip("-–—|•·:*") in ("", "by", "the", "©"):
        words.pop(0)
    if not words or words[0].strip(",.:|-–—/") not in _FIRST_WORDS:
        return None
    m = CREDIT_LINE_START.match(line)
    if not m:
        return None
    word = m["name"]
    # Short codes ("AP", "PTI") must be written in capitals; names may be any case.
    if word.lower() not in _BY_NAME and word not in _BY_TOKEN:
        return None
    return _lookup(word)


# Source labels of the languages whose credit lines name the agency by its code: Turkish
# "Kaynak: AA", Hindi "इनपुट: भाषा", Arabic "المصدر: الأناضول", Vietnamese "Nguồn: TTXVN",
# Swedish "Källa: TT", Polish "Źródło: PAP", Czech "Zdroj: ČTK", Hungarian "Forrás: MTI"...
_LINE_LABELS = (
    *P.SOURCE_LABELS,
    "sources",
    "källa",
    "kilde",
    "lähde",
    "źródło",
    "zdroj",
    "forrás",
    "izvor",
    "sursa",
    "πηγή",
    "джерело",
    "المصدر",
    "स्रोत",
    "इनपुट",
    "एजेंसी",
    "nguồn",
    "منبع",
    "提供",
    "配信",
)
# Words that credit the agencies named after them without a colon: "Con información de EFE",
# "Com informações da Agência Brasil", "avec AFP", "Theo TTXVN", "Material från TT".
_LINE_LEADS = (
    r"con (?:información|informaciones) de(?: las? agencias?)?",
    r"com informações d[aoe]s?(?: agências?)?",
    r"avec",
    r"theo",
    r"(?:med )?material från",
    r"mit material (?:von|der)",
)
_CREDIT_LABELS = frozenset(("sources", *P.SOURCE_LABELS))
_AGENCY_WORD = _alternation([*_BY_CODE, *_BY_NAME])
SOURCE_LINE = re.compile(
    rf"^\W{{0,3}}(?:(?P<label>{_alternation(list(_LINE_LABELS))})\s*[:：]|"
    rf"(?:{'|'.join(_LINE_LEADS)})\s)\s*(?:the\s+)?"
    rf"(?P<words>(?:{_AGENCY_WORD})(?:\s*(?:,|&|/|\by\b|\be\b|\bet\b|\band\b|\bund\b|\bvà\b)\s*"
    rf"(?:d[aoe]s?\s+)?(?:{_AGENCY_WORD})){{0,3}})\W{{0,3}}$",
    re.IGNORECASE,
)
_AGENCY_WORDS = re.compile(rf"(?<![\w-])(?:{_AGENCY_WORD})(?![\w-])", re.IGNORECASE)
# A line that is only an agency's name in brackets: "（共同通信）", "(Agência Lusa)".
BRACKETED_NAME = re.compile(rf"^\s*[(（]\s*(?P<name>{_NAMES})\s*[)）]\s*$", re.IGNORECASE)
# Reuters' Arabic desk signs its copy "(إعداد فلان للنشرة العربية - تحرير فلان)": the
# "Reporting by ...; Editing by ..." of its English copy.
AR_REUTERS_SIGNOFF = re.compile(r"^\W{0,3}(?:إعداد|تغطية صحفية)\s[^\n]{2,160}?\sتحرير\s")
# A line that is only an agency's code, when the code is not ASCII: the byline "भाषा" (PTI's
# Hindi service), "ΑΠΕ-ΜΠΕ", "İHA". (An ASCII code alone may be a language menu's "PL" or a
# commenter called "Petra".)
# (A code that is also a name, "رويترز", is read by `credit_line_agency`.)
_SCRIPT_CODES = {
    code: a for code, a in _BY_CODE.items() if not code.isascii() and code.lower() not in _BY_NAME
}
_LEAD_WORDS = ("con ", "com ", "avec ", "theo ", "material ", "med ", "mit ")


def _source_line(line: str) -> list[CreditMatch]:
    """The agencies a "<label>: <agencies>" or "<credit words> <agencies>" line names."""
    m = SOURCE_LINE.match(line)
    if m is None:
        return []
    # `find_credits` reads the name or token right after its own labels ("Quelle: dpa", "Mit
    # Material von dpa"): it is not counted twice.
    own = (m["label"] or "").lower() in _CREDIT_LABELS or line.lower().startswith("mit material")
    found = []
    for k, word in enumerate(_AGENCY_WORDS.findall(m["words"])):
        agency = _BY_CODE.get(word) or _BY_NAME.get(word.lower())
        if agency is None:  # a code in the wrong case ("Kaynak: aa") is no credit
            return []
        if not (own and k == 0 and (word.lower() in _BY_NAME or word in _BY_TOKEN)):
            found.append(CreditMatch(agency, line, "source"))
    return found


_LABEL_SET = frozenset(_LINE_LABELS)
# Literals, lower-case, of which a credit line by credit words or a desk signature has one.
_LEAD_LITERALS = ("con informa", "avec ", "theo ", "mit material")
# Not ASCII: "Com informações", "Material från", Reuters' Arabic sign-off, the codes alone.
_SCRIPT_LITERALS = ("com informa", "material fr", "تحرير", *(c.lower() for c in _SCRIPT_CODES))
_OPENERS = " \t([（-–—"


def _lower_same_length(text: str) -> str:
    """`text` lower-cased, keeping as is the letters whose lower case is longer ("İ")."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _line_at(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, end if end >= 0 else len(text)


# Every literal (lower-case) one of which a labelled credit line holds, bar a bracket: a caller
# that knows which of them a page may hold passes those to `labelled_credits_in`.
LABELLED_LITERALS = (*_LINE_LABELS, *_LEAD_LITERALS, *_SCRIPT_LITERALS)
# A literal as searched in `_lower_same_length` text, where it differs ("İHA": "İha").
_SEARCHED = {c.lower(): _lower_same_length(c) for c in _SCRIPT_CODES if len(c.lower()) != len(c)}


def labelled_credits_in(
    text: str, literals: Collection[str] | None = None, bracketed: bool = True
) -> list[CreditMatch]:
    """`labelled_credits` of every line of `text` (lines joined by newlines) that may hold one.

    The lines are found by literal searches of the whole text (a colon after a source label,
    credit words, a bracket opening the line, a non-ASCII code), not by a test of every line:
    pages have hundreds of short lines and hardly any credit among them.

    Args:
        text: lines joined by newlines, stripped as the parser gives them.
        literals: the `LABELLED_LITERALS` the text may hold (None: any of them).
        bracketed: look at lines opening with a bracket ("（共同通信）", "(إعداد ..."); a caller
            that found no agency name and no "تحرير" in the text passes False.
    """
    spans: set[tuple[int, int]] = set()
    labelled = literals is None or not _LABEL_SET.isdisjoint(literals)
    for colon in (":", "：") if labelled else ():
        i = text.find(colon)
        while i >= 0:
            start, end = _line_at(text, i)
            if text[start:i].strip(_OPENERS).lower() in _LABEL_SET:
                spans.add((start, end))
            i = text.find(colon, end)  # the first colon of each line
    leads = _LEAD_LITERALS if text.isascii() else (*_LEAD_LITERALS, *_SCRIPT_LITERALS)
    if literals is not None:
        leads = tuple(lit for lit in leads if lit in literals)
    low = _lower_same_length(text) if leads else ""
    for literal in leads:
        literal = _SEARCHED.get(literal, literal)
        i = low.find(literal)
        while i >= 0:
            start, end = _line_at(text, i)
            if literal == "تحرير" or not text[start:i].strip(_OPENERS):
                spans.add((start, end))
            i = low.find(literal, end)
    for bracket in ("(", "（") if bracketed else ():
        if text.startswith(bracket):
            spans.add(_line_at(text, 0))
        i = text.find("\n" + bracket)
        while i >= 0:
            spans.add(_line_at(text, i + 1))
            i = text.find("\n" + bracket, i + 2)
    found: list[CreditMatch] = []
    for start, end in sorted(spans):
        found.extend(labelled_credits(text[start:end]))
    return found


def labelled_credits(line: str) -> list[CreditMatch]:
    """Credits in a short line naming the agency by a label, brackets or a desk's signature.

    "Kaynak: AA", "Con información de EFE y AFP", "المصدر: رويترز", "（共同通信）",
    "(إعداد ... - تحرير ...)": read line by line because the codes they name are not among the
    literals `find_credits` gates on ("AA" alone is too common a string to look for anywhere).
    """
    if len(line) > 200:
        return []
    line = line.strip()
    if ":" in line or "：" in line or line[:12].lstrip("(（[-–— ").lower().startswith(_LEAD_WORDS):
        found = _source_line(line)
        if found:
            return found
    agency = _SCRIPT_CODES.get(line)
    if agency is not None:
        return [CreditMatch(agency, line, "byline")]
    if line[:1] in "(（":
        m = BRACKETED_NAME.match(line)
        if m:
            return [CreditMatch(_BY_NAME[m["name"].lower()], line, "byline")]
    if "تحرير" in line and AR_REUTERS_SIGNOFF.match(line):
        return [CreditMatch(_BY_CODE["Reuters"], line, "reporting_editing")]
    return []


# A story's last paragraph closed by the agency's code in brackets: "... na łańcuchach. (PAP)",
# "... (ANSA).", and Japanese "...呼びかけている。（共同）": the way several agencies sign their copy.
TRAILING_CODE = re.compile(rf"[(（](?P<name>{_CODES}|共同|時事)[)）][.。]?\s*$")
_TRAILING_NAMES = {"共同": "共同通信", "時事": "時事通信"}


def find_trailing_code(paragraph: str) -> Agency | None:
    """The agency whose code in brackets closes a paragraph of the story ("... (PAP)")."""
    if paragraph.endswith((")", ").")):
        if len(paragraph) < _SIGNED_PARAGRAPH:
            return None
    elif not paragraph.endswith(("）", "）。")) or len(paragraph) < _SIGNED_CJK_PARAGRAPH:
        return None
    m = TRAILING_CODE.search(paragraph[-40:])
    if m is None:
        return None
    name = m["name"]
    return _BY_NAME[_TRAILING_NAMES[name]] if name in _TRAILING_NAMES else _BY_CODE[name]


def find_closing_mark(paragraph: str) -> Agency | None:
    """Kyodo's or Jiji's mark closing a paragraph of Japanese copy ("...呼びかけている。（共同）").

    Unlike a Latin closing code, which English, German or Brazilian papers print as their
    credit ("... (Reuters)", "(dpa)") and which is also a party's initials ("Bolsonaro (PL)."),
    the Japanese mark comes with the copy: licensees credit Kyodo apart from it ("共同通信").
    """
    if not paragraph.endswith(("）", "）。", "共同)", "時事)")):
        return None
    agency = find_trailing_code(paragraph)
    return agency if agency is not None and agency.key in ("Kyodo", "Jiji") else None


# Desk sign-offs that travel with the copy to licensees and copiers alike: Lusa's editors'
# initials "HYD // JMR", PTI's "... stay hydrated. PTI ABC DEF", PTI-Bhasha's "भाषा सुरेंद्र नरेश",
# dpa's fingerprint "dpa-infocom, dpa:240222-99-085512/4" (a licensee prints it after a "©").
# Each with a literal it cannot be without, tested first.
DESK_SIGNOFFS = (
    (
        "Lusa",
        " // ",
        re.compile(r"^[A-Z]{2,4}(?:/[A-Z]{2,4}){0,2} // [A-Z]{2,4}(?:/[A-Z]{2,4}){0,2}$"),
    ),
    # After a sentence's end or alone: "a PTI MNA" is Pakistan's party, not the agency.
    ("PTI", "PTI", re.compile(r"(?:^|[.!?\"”’)]\s+)PTI(?: [A-Z]{2,4}){1,5}$")),
    ("PTI", "भाषा", re.compile(r"^भाषा(?: [\u0900-\u097f]{2,12}){1,4}$")),
    ("dpa", "dpa-infocom", re.compile(r"^dpa-infocom(?:,?\s*dpa:\d{6}-\d{2,3}-\d{3,}(?:/\d+)?)?$")),
)


DESK_LITERALS = tuple(dict.fromkeys(literal for _, literal, _ in DESK_SIGNOFFS))


def find_desk_signoff(paragraph: str) -> DatelineMatch | None:
    """The agency desk's sign-off closing `paragraph` ("HYD // JMR", "... PTI ABC DEF")."""
    text = paragraph.strip()
    if len(text) > 2000:
        return None
    for key, literal, pattern in DESK_SIGNOFFS:
        if literal not in text:
            continue
        m = pattern.search(text[-40:]) if key == "PTI" and text.isascii() else pattern.match(text)
        if m:
            return DatelineMatch(m.group(0).lstrip('.!?"”’) '), "", _BY_CODE[key])
    return None


_SIGNED_PARAGRAPH = 60  # a sentence of the story, not a caption's "(AFP)"
_SIGNED_CJK_PARAGRAPH = 30  # the same in Japanese, which says as much in half the characters


def find_signoff(line: str) -> Agency | None:
    """The agency of a closing sign-off line ("Reuter", "-- AFP"), if `line` is one."""
    if len(line) > 30:
        return None
    m = SIGNOFF.match(line)
    return _BY_CODE[m["name"]] if m else None
