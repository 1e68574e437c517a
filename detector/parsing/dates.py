"""Turn the many ways pages write dates into `datetime.date`, quickly and without guessing wildly."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

# Dates outside this window are not news dates (typos, epoch zeros, far-future placeholders).
MIN_YEAR = 1980
MAX_YEAR = 2100

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?:T|\b)")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})(?:[/-](\d{1,2}))?(?=[/-])")
_HAS_DIGIT = re.compile(r"\d")
_REUTERS_1987 = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


def _valid(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Month names of the corpora's other languages, mapped to English for dateutil.
_FOREIGN_MONTHS = {
    "januar": "January", "jänner": "January", "februar": "February", "märz": "March",
    "mai": "May", "juni": "June", "juli": "July", "oktober": "October", "dezember": "December",
    "janvier": "January", "février": "February", "mars": "March", "avril": "April",
    "juin": "June", "juillet": "July", "août": "August", "septembre": "September",
    "octobre": "October", "novembre": "November", "décembre": "December",
    "enero": "January", "febrero": "February", "marzo": "March", "abril": "April",
    "mayo": "May", "junio": "June", "julio": "July", "agosto": "August",
    "septiembre": "September", "octubre": "October", "noviembre": "November",
    "diciembre": "December", "gennaio": "January", "febbraio": "February", "aprile": "April",
    "maggio": "May", "giugno": "June", "luglio": "July", "settembre": "September",
    "ottobre": "October", "dicembre": "December", "janeiro": "January", "fevereiro": "February",
    "março": "March", "maio": "May", "junho": "June", "julho": "July", "setembro": "September",
    "outubro": "October", "dezembro": "December", "maart": "March", "mei": "May",
    "augustus": "August", "januari": "January", "februari": "February",
    # Indonesian / Malay
    "maret": "March", "agustus": "August", "desember": "December",
    # Turkish
    "ocak": "January", "şubat": "February", "mart": "March", "nisan": "April",
    "mayıs": "May", "haziran": "June", "temmuz": "July", "ağustos": "August", "eylül": "September",
    "ekim": "October", "kasım": "November", "aralık": "December",
    # Russian (the genitive of dates: "14 марта 2024")
    "января": "January", "февраля": "February", "марта": "March", "апреля": "April",
    "мая": "May", "июня": "June", "июля": "July", "августа": "August", "сентября": "September",
    "октября": "October", "ноября": "November", "декабря": "December",
    # Ukrainian (genitive)
    "січня": "January", "лютого": "February", "березня": "March", "квітня": "April",
    "травня": "May", "червня": "June", "липня": "July", "серпня": "August",
    "вересня": "September", "жовтня": "October", "листопада": "November", "грудня": "December",
    # Polish (genitive and nominative)
    "stycznia": "January", "lutego": "February", "marca": "March", "kwietnia": "April",
    "maja": "May", "czerwca": "June", "lipca": "July", "sierpnia": "August",
    "września": "September", "października": "October", "listopada": "November",
    "grudnia": "December", "styczeń": "January", "luty": "February", "marzec": "March",
    "kwiecień": "April", "czerwiec": "June", "lipiec": "July", "sierpień": "August",
    "wrzesień": "September", "październik": "October", "listopad": "November",
    "grudzień": "December",
    # Swedish, Danish, Norwegian (the rest are spelled as in German or Dutch)
    "maj": "May", "augusti": "August", "marts": "March",  # ("desember": as Indonesian)
    # Czech (genitive)
    "ledna": "January", "února": "February", "března": "March", "dubna": "April",
    "května": "May", "června": "June", "července": "July", "srpna": "August", "září": "September",
    "října": "October", "listopadu": "November", "prosince": "December",
    # Greek (genitive)
    "ιανουαρίου": "January", "φεβρουαρίου": "February", "μαρτίου": "March",
    "απριλίου": "April", "μαΐου": "May", "ιουνίου": "June", "ιουλίου": "July",
    "αυγούστου": "August", "σεπτεμβρίου": "September", "οκτωβρίου": "October",
    "νοεμβρίου": "November", "δεκεμβρίου": "December",
    # Hindi
    "जनवरी": "January", "फरवरी": "February", "फ़रवरी": "February", "मार्च": "March",
    "अप्रैल": "April", "मई": "May", "जून": "June", "जुलाई": "July", "अगस्त": "August",
    "सितंबर": "September", "सितम्बर": "September", "अक्टूबर": "October", "नवंबर": "November",
    "नवम्बर": "November", "दिसंबर": "December", "दिसम्बर": "December",
    # Arabic (the Egyptian and Gulf names, and the Levantine ones of a single word)
    "يناير": "January", "فبراير": "February", "مارس": "March", "أبريل": "April",
    "ابريل": "April", "إبريل": "April", "مايو": "May", "يونيو": "June", "يوليو": "July",
    "أغسطس": "August", "اغسطس": "August", "سبتمبر": "September", "أكتوبر": "October",
    "اكتوبر": "October", "نوفمبر": "November", "ديسمبر": "December", "شباط": "February",
    "آذار": "March", "نيسان": "April", "أيار": "May", "حزيران": "June", "تموز": "July",
    "آب": "August", "أيلول": "September",
}  # fmt: skip
# Edges by lookaround, not \b: a Devanagari month ends in a vowel sign ("जनवरी"), which is no
# word character, so \b finds no edge after it.
_FOREIGN_MONTH = re.compile(r"(?<!\w)(" + "|".join(_FOREIGN_MONTHS) + r")(?!\w)", re.IGNORECASE)
_NUMERIC_DMY = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)")
# "2025年7月11日" (zh, ja), "2025년 7월 11일" (ko): year, month, day in that order.
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})(?!\d)")
# "11 tháng 7, 2025", "ngày 11 tháng 07 năm 2025" (vi): day, month number, year.
_VI_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,|\s+năm)?\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def parse_date(raw: str) -> date | None:
    """Parse one date string (ISO, RFC 2822, "October 10, 2023", "26-FEB-1987 ..."), else None."""
    text = raw.strip()
    if not text or len(text) > 80 or not _HAS_DIGIT.search(text):
        return None
    m = _ISO.search(text)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _REUTERS_1987.search(text)
    if m and m[2].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    m = _COMPACT.match(text)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC_DMY.search(text)  # 08.08.2024: day first, as everywhere dots are used
    if m:
        return _valid(int(m[3]), int(m[2]), int(m[1]))
    m = _CJK_DATE.search(text)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _VI_DATE.search(text)
    if m:
        return _valid(int(m[3]), int(m[2]), int(m[1]))
    text = _FOREIGN_MONTH.sub(lambda mm: _FOREIGN_MONTHS[mm[1].lower()], text)
    try:
        parsed = dateutil_parser.parse(text, fuzzy=True, ignoretz=True, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year == 1:  # no year in the string: not a usable date
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUMERIC_DATE = re.compile(r"\d{1,4}[-./]\s?\d{1,2}[-./]\s?\d{1,4}")
_MONTH_WORD = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|" + _FOREIGN_MONTH.pattern,
    re.IGNORECASE,
)


def standalone_date(line: str) -> date | None:
    """The date of a short line that is only a date, maybe with a byline or time around it.

    "May 7, 2024", "By Hannah Morgan | 2024-04-10", "08.08.2024", "27. Januar 2014 / Event".
    """
    # ("19"/"20" first: a C substring test, where _YEAR's lookbehind makes the regex try
    # every position.)
    if len(line) > 80 or ("19" not in line and "20" not in line) or not _YEAR.search(line):
        return None
    for part in re.split(r"\s[|/·•]\s|\s[-–—]\s", line):
        part = part.strip()
        if part.lower().startswith("by "):
            if " on " not in part:
                continue
            part = part.split(" on ", 1)[1]  # "By Jane Doe on Monday November 12, 2012"
        if (
            len(part.split()) <= 6
            and _YEAR.search(part)
            and (
                _MONTH_WORD.search(part)
                or _NUMERIC_DATE.search(part)
                or _CJK_DATE.search(part)
                or _VI_DATE.search(part)
            )
            and (d := parse_date(part))
        ):
            return d
    return None


def date_from_url(url: str) -> date | None:
    """A date written in a URL path like /2023/10/10/ or /2023-10/ (day 1 when absent)."""
    m = _URL_DATE.search(url)
    if not m:
        return None
    return _valid(int(m[1]), int(m[2]), int(m[3] or 1))
