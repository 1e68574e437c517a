"""News agencies: one table (`AGENCIES`) and the lookups by code, name, byline token and domain.

Finding an agency's traces on a page is the job of the modules beside this one:
`detector.parsing.datelines` (datelines at the head of a story), `detector.parsing.agency_credits`
(credit lines, copyright notices, bylines, labelled and bracketed credits) and
`detector.parsing.signoffs` (marks that close agency copy). Judging whether a page strips a
credit is the job of `detector.features.wire`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


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
    Agency("ANP", ("ANP",), ("algemeen nederlands persbureau",), ("anp.nl",), ("ANP",)),
    Agency("Belga", ("Belga", "BELGA"), ("belga",), ("belga.be",)),
    Agency("APA", ("APA",), ("austria presse agentur",), ("apa.at",), ("APA",)),
    Agency("KNA", ("KNA", "epd"), ("katholische nachrichten-agentur",), ()),
    Agency("Prensa Latina", ("PL", "Prensa Latina"), ("prensa latina",), ("prensa-latina.cu",)),
    Agency("Notimex", ("Notimex",), ("notimex",), ("notimex.gob.mx",)),
    Agency(
        "IRNA",
        ("IRNA", "ایرنا"),
        ("islamic republic news agency", "ایرنا", "خبرگزاری جمهوری اسلامی"),
        ("irna.ir",),
        ("IRNA",),
    ),
    Agency(
        "ISNA",
        ("ISNA", "ایسنا"),
        ("iranian students' news agency", "ایسنا", "خبرگزاری دانشجویان ایران"),
        ("isna.ir",),
        ("ISNA",),
    ),
    Agency("KUNA", ("KUNA", "كونا"), ("kuwait news agency",), ("kuna.net.kw",), ("KUNA",)),
    Agency("WAM", ("WAM", "وام"), ("emirates news agency",), ("wam.ae",)),
    Agency("SPA", ("SPA", "واس"), ("saudi press agency",), ("spa.gov.sa",)),
    # National agencies of Europe, Latin America, the Middle East and Asia: their codes close
    # or open copy reposted in their languages ("... psów. (PAP)", "Hà Nội (TTXVN) -").
    Agency("PAP", ("PAP",), ("polska agencja prasowa",), ("pap.pl",), ("PAP",)),
    Agency("TT", ("TT",), ("tt nyhetsbyrån", "tidningarnas telegrambyrå"), ("tt.se",)),
    Agency("NTB", ("NTB",), ("norsk telegrambyrå",), ("ntb.no",), ("NTB",)),
    Agency("STT", ("STT", "STT-FNB"), ("suomen tietotoimisto",), ("stt.fi",), ("STT",)),
    Agency("Ritzau", ("Ritzau",), ("ritzaus bureau", "ritzau"), ("ritzau.dk",)),
    Agency("ČTK", ("ČTK", "CTK"), ("česká tisková kancelář",), ("ctk.cz",), ("ČTK", "CTK")),
    Agency("MTI", ("MTI",), ("magyar távirati iroda",), ("mti.hu",), ("MTI",)),
    Agency("TASR", ("TASR",), ("tlačová agentúra slovenskej republiky",), ("tasr.sk",), ("TASR",)),
    Agency(
        "HINA",
        ("HINA", "Hina"),
        ("hrvatska izvještajna novinska agencija",),
        ("hina.hr",),
        ("HINA",),
    ),
    Agency("BTA", ("BTA",), ("bulgarian news agency",), ("bta.bg",), ("BTA",)),
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
    Agency("QNA", ("QNA",), ("qatar news agency",), ("qna.org.qa",), ("QNA",)),
    Agency("Petra", ("Petra", "بترا"), ("jordan news agency",), ("petra.gov.jo",)),
    # Turkey's private agencies and Greece's: "İSTANBUL (DHA) -", "(İHA)", "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) -".
    Agency("DHA", ("DHA",), ("demirören haber ajansı",), ("dha.com.tr",), ("DHA",)),
    Agency("İHA", ("İHA", "IHA"), ("ihlas haber ajansı",), ("iha.com.tr",), ("İHA", "IHA")),
    Agency("ANKA", ("ANKA",), ("anka haber ajansı",), ("ankahaber.net",), ("ANKA",)),
    Agency(
        "ANA-MPA",
        ("ΑΠΕ-ΜΠΕ", "ΑΠΕ", "ANA-MPA"),
        ("αθηναϊκό-μακεδονικό πρακτορείο ειδήσεων", "απε-μπε"),
        ("amna.gr",),
    ),
    Agency(
        "Ukrinform", ("Ukrinform",), ("ukrinform", "укрінформ"), ("ukrinform.net", "ukrinform.ua")
    ),
    Agency(
        "UNIAN", ("UNIAN", "УНІАН", "УНИАН"), ("unian", "уніан", "униан"), ("unian.ua", "unian.net")
    ),
    # Iran's agencies, credited "به گزارش خبرگزاری مهر": "مهر" (a month, "kindness"), "فارس"
    # ("Persian", a province) and "تسنیم" (a given name) are words, so only the noun-led names and
    # the Latin codes count; the acronyms "ایرنا", "ایسنا" are no words.
    # A code that closes a paragraph is read as a sign-off, so the codes that are also common
    # initials ("(MNA)" a Pakistani member of parliament, "(PNA)" the Palestinian Authority,
    # "(TNA)", "(NNT)", "(FARS)") are left out: those agencies count by name only.
    Agency("Fars", ("FNA",), ("fars news agency", "خبرگزاری فارس"), ("farsnews.ir",), ("FNA",)),
    Agency("Tasnim", (), ("tasnim news agency", "خبرگزاری تسنیم"), ("tasnimnews.com",)),
    Agency("Mehr", (), ("mehr news agency", "خبرگزاری مهر"), ("mehrnews.com",)),
    # Asia: "ঢাকা, ৫ মে (বাসস) :", "ISLAMABAD, May 5 (APP):", "(UNI)".
    Agency("PNA", (), ("philippine news agency",), ("pna.gov.ph",)),
    Agency("TNA", (), ("thai news agency", "สำนักข่าวไทย"), ("tnamcot.com",)),
    Agency(
        "NNT",
        (),
        ("national news bureau of thailand", "สำนักข่าวกรมประชาสัมพันธ์"),
        ("thainews.prd.go.th",),
    ),
    Agency(
        "BSS",
        ("BSS", "বাসস"),
        ("bangladesh sangbad sangstha", "বাংলাদেশ সংবাদ সংস্থা", "বাসস"),
        ("bssnews.net",),
    ),
    Agency(
        "UNB",
        ("UNB", "ইউএনবি"),
        ("united news of bangladesh", "ইউএনবি"),
        ("unb.com.bd",),
    ),
    Agency("APP", ("APP",), ("associated press of pakistan",), ("app.com.pk",)),
    Agency("UNI", ("UNI", "यूएनआई"), ("united news of india", "यूएनआई"), ("uniindia.com",)),
    # Serbia: "Beta" is a word in every language, so only its full names count.
    Agency("Tanjug", ("Tanjug", "Танјуг"), ("tanjug", "танјуг"), ("tanjug.rs",)),
    Agency("Beta", (), ("agencija beta", "бета новинска агенција", "beta news agency"), ()),
    # Africa and Brazil's private agency. Kenya's "KNA" is the German church agency's code too.
    Agency("KNA Kenya", (), ("kenya news agency",), ("kenyanews.go.ke",)),
    Agency("NAN", ("NAN",), ("news agency of nigeria",), ("nannews.ng",)),
    Agency(
        "Estadão Conteúdo",
        ("Estadão Conteúdo",),
        ("estadão conteúdo", "estadao conteudo", "agência estado"),
        (),
    ),
)

# Codes as listed, and in capitals too: "(EUROPA PRESS)", "(BLOOMBERG)", "(ANTARA)".
BY_CODE: dict[str, Agency] = {
    variant: a for a in AGENCIES for code in a.codes for variant in (code.upper(), code)
}
BY_NAME: dict[str, Agency] = {name: a for a in AGENCIES for name in a.names}
BY_TOKEN: dict[str, Agency] = {tok: a for a in AGENCIES for tok in a.tokens}
BY_DOMAIN: dict[str, Agency] = {d: a for a in AGENCIES for d in a.domains}


def alternation(words: list[str]) -> str:
    """A regex alternation, longest first so "Jiji Press" wins over "Jiji"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


CODES = alternation(list(BY_CODE))

NAMES = alternation(list(BY_NAME))
TOKENS = alternation(list(BY_TOKEN))
# Agency names anywhere in a byline-like string (case-insensitive), and short tokens ("AP").
NAME_IN_BYLINE = re.compile(rf"(?<![\w-])(?:the\s+)?(?P<name>{NAMES})(?![\w-])", re.IGNORECASE)
TOKEN_IN_BYLINE = re.compile(rf"(?<![\w-])(?P<token>{TOKENS})(?![\w-])")
# A token in any case when a staff role follows it: title-casing templates print
# "Greg Beacham, Ap Sports Writer" for "AP Sports Writer" (case-sensitive above, "ap" alone is
# too common a word to match in any case).
TOKEN_ROLE_IN_BYLINE = re.compile(
    rf"(?<![\w-])(?P<token>{TOKENS})(?:\s+[^\W\d_]+){{0,2}}?\s+"
    r"(?:writer|correspondent|reporter|editor|photographer)s?(?![\w-])",
    re.IGNORECASE,
)


_WORD = re.compile(r"[^\W_]+")
# Every word of every agency name and code, lower-case: a cheap gate for `agency_in_name`.
_NAME_WORDS = frozenset(
    w for n in (*BY_NAME, *(t.lower() for t in BY_TOKEN)) for w in _WORD.findall(n)
)


def agency_in_name(text: str) -> Agency | None:
    """The agency a byline, author or publisher name refers to ("Associated Press", "By X | AP")."""
    if not text or len(text) > 200:
        return None
    if _NAME_WORDS.isdisjoint(_WORD.findall(text.lower())):
        return None  # no word of any agency name: skip the slow alternations
    m = NAME_IN_BYLINE.search(text)
    if m:
        return BY_NAME[m["name"].lower()]
    m = TOKEN_IN_BYLINE.search(text)
    if m:
        return BY_TOKEN[m["token"]]
    m = TOKEN_ROLE_IN_BYLINE.search(text)
    if m:
        return lookup(m["token"])
    return None


def agency_for_host(host: str) -> Agency | None:
    """The agency whose own site `host` is (``uk.reuters.com`` -> Reuters)."""
    host = host.lower().strip(".")
    while host:
        agency = BY_DOMAIN.get(host)
        if agency is not None:
            return agency
        _, _, host = host.partition(".")
        if "." not in host:
            return BY_DOMAIN.get(host)
    return None


_BY_ANY_LOWER: dict[str, Agency] = {
    **{c.lower(): a for c, a in BY_CODE.items()},
    **{t.lower(): a for t, a in BY_TOKEN.items()},
    **BY_NAME,
}


def lookup(word: str) -> Agency | None:
    return _BY_ANY_LOWER.get(word.lower())


NAME_LITERALS = tuple(sorted(BY_NAME))  # agency names, lower-case
TOKEN_LITERALS = tuple(sorted(BY_TOKEN))  # short agency codes, case as printed ("AP", "dpa")


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
