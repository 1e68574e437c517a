"""Turn the many ways pages write dates into `datetime.date`, quickly and without guessing wildly."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from dateutil import parser as dateutil_parser

from detector.page import DateCandidate

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
FOREIGN_MONTHS = {
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
    # Portuguese (the rest above with Spanish)
    "novembro": "November",
    # Romanian ("mai", "august" as elsewhere)
    "ianuarie": "January", "februarie": "February", "martie": "March", "aprilie": "April",
    "iunie": "June", "iulie": "July", "septembrie": "September", "octombrie": "October",
    "noiembrie": "November", "decembrie": "December",
    # Hungarian ("2024. március 5.": year first, which dateutil reads)
    "január": "January", "február": "February", "március": "March", "április": "April",
    "május": "May", "június": "June", "július": "July", "augusztus": "August",
    "szeptember": "September", "október": "October",
    # Catalan
    "gener": "January", "febrer": "February", "març": "March", "maig": "May", "juny": "June",
    "juliol": "July", "agost": "August", "setembre": "September", "desembre": "December",
    # Croatian and Serbian (Latin, genitive)
    "siječnja": "January", "veljače": "February", "ožujka": "March", "travnja": "April",
    "svibnja": "May", "lipnja": "June", "srpnja": "July", "kolovoza": "August",
    "rujna": "September", "studenoga": "November", "prosinca": "December",
    "januara": "January", "februara": "February", "aprila": "April",
    "juna": "June", "jula": "July", "avgusta": "August", "septembra": "September",
    "oktobra": "October", "novembra": "November", "decembra": "December",
    # Slovak (genitive; the rest as Serbian or Polish)
    "januára": "January", "februára": "February", "apríla": "April", "mája": "May",
    "júna": "June", "júla": "July", "októbra": "October",
    # Finnish (partitive)
    "tammikuuta": "January", "helmikuuta": "February", "maaliskuuta": "March",
    "huhtikuuta": "April", "toukokuuta": "May", "kesäkuuta": "June", "heinäkuuta": "July",
    "elokuuta": "August", "syyskuuta": "September", "lokakuuta": "October",
    "marraskuuta": "November", "joulukuuta": "December",
    # Swahili
    "machi": "March", "aprili": "April", "julai": "July", "agosti": "August",
    "septemba": "September", "oktoba": "October", "novemba": "November", "desemba": "December",
    # Bulgarian
    "януари": "January", "февруари": "February", "април": "April", "юни": "June",
    "юли": "July", "септември": "September", "октомври": "October", "ноември": "November",
    "декември": "December",
    # Serbian (Cyrillic, nominative and genitive; "мај" as Bulgarian "май" below)
    "јануар": "January", "јануара": "January", "фебруар": "February", "фебруара": "February",
    "март": "March", "априла": "April", "мај": "May",
    "маја": "May", "јун": "June", "јуна": "June", "јул": "July", "јула": "July",
    "август": "August", "септембар": "September",
    "септембра": "September", "октобар": "October", "октобра": "October",
    "новембар": "November", "новембра": "November", "децембар": "December",
    "децембра": "December", "май": "May",
    # Czech (nominative; "listopad" as Polish)
    "leden": "January", "únor": "February", "březen": "March", "duben": "April",
    "květen": "May", "červen": "June", "červenec": "July", "srpen": "August",
    "říjen": "October", "prosinec": "December",
    # Lithuanian (genitive: "2024 m. gruodžio 19 d.")
    "sausio": "January", "vasario": "February", "kovo": "March", "balandžio": "April",
    "gegužės": "May", "birželio": "June", "liepos": "July", "rugpjūčio": "August",
    "rugsėjo": "September", "spalio": "October", "lapkričio": "November",
    "gruodžio": "December",
    # Latvian (nominative and locative: "2024. gada 19. decembrī")
    "janvāris": "January", "janvārī": "January", "februāris": "February",
    "februārī": "February", "martā": "March", "aprīlis": "April", "aprīlī": "April",
    "maijs": "May", "maijā": "May", "jūnijs": "June", "jūnijā": "June", "jūlijs": "July",
    "jūlijā": "July", "augusts": "August", "augustā": "August", "septembris": "September",
    "septembrī": "September", "oktobris": "October", "oktobrī": "October",
    "novembris": "November", "novembrī": "November", "decembris": "December",
    "decembrī": "December",
    # Estonian
    "jaanuar": "January", "veebruar": "February", "märts": "March", "aprill": "April",
    "juuni": "June", "juuli": "July", "oktoober": "October", "detsember": "December",
    # Malay ("Januari", "Februari", "Julai" as Indonesian and Swahili)
    "mac": "March", "ogos": "August", "disember": "December",
    # Tagalog ("Enero", "Mayo", "Agosto" as Spanish)
    "pebrero": "February", "marso": "March", "hunyo": "June",
    "hulyo": "July", "setyembre": "September", "oktubre": "October", "nobyembre": "November",
    "disyembre": "December",
    # Thai: names and the dotted abbreviations (years are Buddhist: see _buddhist_to_common)
    "มกราคม": "January", "กุมภาพันธ์": "February", "มีนาคม": "March", "เมษายน": "April",
    "พฤษภาคม": "May", "มิถุนายน": "June", "กรกฎาคม": "July", "สิงหาคม": "August",
    "กันยายน": "September", "ตุลาคม": "October", "พฤศจิกายน": "November", "ธันวาคม": "December",
    "ม.ค.": "January", "ก.พ.": "February", "มี.ค.": "March", "เม.ย.": "April", "พ.ค.": "May",
    "มิ.ย.": "June", "ก.ค.": "July", "ส.ค.": "August", "ก.ย.": "September", "ต.ค.": "October",
    "พ.ย.": "November", "ธ.ค.": "December",
}  # fmt: skip
# Edges by lookaround, not \b: a Devanagari month ends in a vowel sign ("जनवरी"), which is no
# word character, so \b finds no edge after it.
# A digit may touch a month ("21ส.ค.2567"); a letter may not.
_FOREIGN_MONTH = re.compile(
    r"(?<![^\W\d])(" + "|".join(map(re.escape, FOREIGN_MONTHS)) + r")(?![^\W\d])", re.IGNORECASE
)
FOREIGN_MONTH = _FOREIGN_MONTH  # (bylines: a month name ends a signature)
_NUMERIC_DMY = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)")
# "2025年7月11日" (zh, ja), "2025년 7월 11일" (ko): year, month, day in that order.
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})(?!\d)")
# "11 tháng 7, 2025", "ngày 11 tháng 07 năm 2025" (vi): day, month number, year.
_VI_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,|\s+năm)?\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


# "08/10/2024", "8-10-2024": month first, as dateutil reads it, unless the first number is no
# month; `read_day_first` turns an ambiguous one round where the page's locale writes day first.
_SLASHED = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
# Zeros of the decimal digits of other scripts: Arabic-Indic, Persian, Devanagari, Bengali,
# Thai, Lao, Khmer, Myanmar. Read as ASCII digits.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x17E0, 0x1040)
_DIGITS = {zero + i: str(i) for zero in _DIGIT_ZEROS for i in range(10)}
# Buddhist-era years (Thai, Lao, Khmer, Myanmar, Sinhala: BE = CE + 543), 2523-2599 = 1980-2056:
# taken when the string is in one of those scripts or is a numeric date ("21/08/2567").
_BE_YEAR = re.compile(r"(?<!\d)25[2-9]\d(?!\d)")
_BE_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u0d80-\u0dff]")
_BE_NUMERIC = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]25[2-9]\d(?!\d)")
_CE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Solar Hijri (Persian) dates: "۱۲ آبان ۱۴۰۳" (digits read as ASCII first), years 1359-1479.
_JALALI_MONTHS = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
    "بهمن", "اسفند",
)  # fmt: skip
_JALALI_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s+(" + "|".join(_JALALI_MONTHS) + r")\s+(1[34]\d\d)(?!\d)"
)
# Day, month abbreviation, year in the languages whose abbreviations dateutil does not know:
# "06 fev 2025", "3 févr. 2024", "8 Okt 2024", "12 mrt 2025", "5 dic. 2024", "7 ian 2024".
_ABBREVIATIONS = {
    "fév": 2, "févr": 2, "fev": 2, "mär": 3, "mrt": 3, "avr": 4, "abr": 4, "mai": 5, "mag": 5,
    "mei": 5, "maj": 5, "juin": 6, "giu": 6, "juil": 7, "lug": 7, "aoû": 8, "ago": 8, "set": 9,
    "okt": 10, "ott": 10, "out": 10, "déc": 12, "dez": 12, "dic": 12, "ene": 1, "gen": 1,
    "ian": 1, "sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paź": 10,
    "lis": 11, "gru": 12, "oca": 1, "şub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8,
    "eyl": 9, "eki": 10, "kas": 11, "ara": 12,
}  # fmt: skip
_DAY_ABBR_YEAR = re.compile(
    r"(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(" + "|".join(_ABBREVIATIONS) + r")\.?,?\s+(?:de\s+)?"
    r"((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _jalali_to_gregorian(jy: int, jm: int, jd: int) -> date | None:
    """The Gregorian date of a Solar Hijri one (the 33-year arithmetic of the Iranian calendar)."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        return None
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    # (`days` counts from a year before Python's day 1 of the proleptic Gregorian calendar.)
    try:
        return date.fromordinal(days - 365)
    except ValueError:
        return None


def _buddhist_to_common(text: str) -> str:
    """`text` with a Buddhist-era year written as the common-era one, when it is a BE date."""
    if _CE_YEAR.search(text) or not (_BE_SCRIPT.search(text) or _BE_NUMERIC.search(text)):
        return text
    return _BE_YEAR.sub(lambda m: str(int(m[0]) - 543), text)


def _other_calendars(text: str) -> tuple[str, date | None]:
    """(`text` with other digits and BE years made common, a Solar Hijri date in it or None)."""
    if not text.isascii():
        text = text.translate(_DIGITS)
        m = _JALALI_DATE.search(text)
        if m:
            jalali = _jalali_to_gregorian(int(m[3]), _JALALI_MONTHS.index(m[2]) + 1, int(m[1]))
            if jalali is not None:
                return text, jalali
    if "25" in text:
        text = _buddhist_to_common(text)
    return text, None


def parse_date(raw: str) -> date | None:
    """Parse one date string (ISO, RFC 2822, "October 10, 2023", "26-FEB-1987 ..."), else None.

    Digits of other scripts, Buddhist-era years ("21 ส.ค. 2567") and Solar Hijri dates
    ("۱۲ آبان ۱۴۰۳") are read too. Numbers in slashes are month first ("08/10/2024" is August
    10) unless the first is no month: see `read_day_first` for pages that write day first.
    """
    text = raw.strip()
    if not text or len(text) > 80 or not _HAS_DIGIT.search(text):
        return None
    text, jalali = _other_calendars(text)
    if jalali is not None:
        return _valid(jalali.year, jalali.month, jalali.day)
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
    m = _SLASHED.search(text)  # (dateutil reads one such date, not a row of two)
    if m:
        first, second = int(m[1]), int(m[3])
        if first > 12:
            return _valid(int(m[4]), second, first)
        return _valid(int(m[4]), first, second)
    m = _DAY_ABBR_YEAR.search(text)
    if m:
        return _valid(int(m[3]), _ABBREVIATIONS[m[2].lower()], int(m[1]))
    text = _FOREIGN_MONTH.sub(lambda mm: FOREIGN_MONTHS[mm[1].lower()], text)
    try:
        parsed = dateutil_parser.parse(text, fuzzy=True, ignoretz=True, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.year == 1:  # no year in the string: not a usable date
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


# A year of the common era, the Buddhist one (2523-2599) or the Solar Hijri one (1359-1479).
_YEAR = re.compile(r"(?<!\d)(?:19\d\d|20\d\d|25[2-9]\d|1[34]\d\d)(?!\d)")
_NUMERIC_DATE = re.compile(r"\d{1,4}[-./]\s?\d{1,2}[-./]\s?\d{1,4}")
_MONTH_WORD = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|" + _FOREIGN_MONTH.pattern,
    re.IGNORECASE,
)


def may_hold_year(line: str) -> bool:
    """A cheap test before the year pattern: `line` holds the leading digits of a year (common
    era 19xx/20xx, Buddhist 25xx, Solar Hijri 13xx/14xx in Persian digits)."""
    if "20" in line or "19" in line or "25" in line:
        return True
    if line.isascii():
        return False
    line = line.translate(_DIGITS)
    return "20" in line or "19" in line or "25" in line or "13" in line or "14" in line


def standalone_date(line: str) -> date | None:
    """The date of a short line that is only a date, maybe with a byline or time around it.

    "May 7, 2024", "By Hannah Morgan | 2024-04-10", "08.08.2024", "27. Januar 2014 / Event".
    """
    # (may_hold_year first: C substring tests, where _YEAR's lookbehind makes the regex try
    # every position.)
    if len(line) > 80 or not may_hold_year(line):
        return None
    if not line.isascii():
        line = line.translate(_DIGITS)
    if not _YEAR.search(line):
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
                or _DAY_ABBR_YEAR.search(part)
                or _JALALI_DATE.search(part)
            )
            and (d := parse_date(part))
        ):
            return d
    return None


def url_date_candidate(url: str, stated: Iterable[DateCandidate]) -> DateCandidate | None:
    """The published date a URL path states, as a candidate ("url" source).

    "/2023/10/10/" names a day. A month-only permalink ("/2026/01/slug", the WordPress and
    Blogger default) names a month, not its first day: it takes the day of a published date the
    page states in that month, so that it adds no spread, and day 1 only when the page states
    none. The caller ranks a month below every stated date (`url_names_day`).
    """
    m = _URL_DATE.search(url)
    if not m:
        return None
    year, month = int(m[1]), int(m[2])
    if m[3]:
        day = _valid(year, month, int(m[3]))
        return DateCandidate(day, "url", "published", url) if day else None
    first = _valid(year, month, 1)
    if first is None:
        return None
    same = [
        c.value
        for c in stated
        if c.kind == "published" and (c.value.year, c.value.month) == (year, month)
    ]
    return DateCandidate(min(same) if same else first, "url", "published", url)


def url_names_day(url: str) -> bool:
    """Whether the date in a URL path has a day ("/2023/10/10/"), not a month only."""
    m = _URL_DATE.search(url)
    return bool(m and m[3])


def _words(text: str) -> list[str]:
    """The space-separated words of a lexicon string."""
    return text.split()


# Day-first is the norm but in the US and a few others: an ambiguous "08/10/2024" is read day
# first where the page's language is not English (Tagalog writes month first too), or where an
# English page's locale or country domain is not one of those. No hint: month first, as before.
_MONTH_FIRST_LANGUAGES = frozenset({"en", "tl", "fil"})
_MONTH_FIRST_REGIONS = frozenset({"us", "ph", "fm", "mh", "pw", "bz", "ca"})
# Country domains sold as generic names: they tell nothing of the reader's country.
_VANITY_DOMAINS = frozenset(
    _words("ai cc co fm gg io la ly me nu sh so tk to tv ws am ag bz dj gl im ms pw sc st tf vc vg")
)
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/?#:@]+)", re.IGNORECASE)


def day_first(language: str, url: str = "", locale: str = "") -> bool | None:
    """Whether the page writes numeric dates day first: True, False, or None when nothing says.

    Args:
        language: the page's language code ("fr", "en"): any but English says day first.
        url: the page's URL: a country domain is a hint for English pages.
        locale: a locale with a region ("en_GB", "en-AU"), as og:locale gives it.
    """
    if language and language not in _MONTH_FIRST_LANGUAGES:
        return True
    # "en_US" is the default og:locale of WordPress whatever the site: a country domain first.
    region = locale.replace("-", "_").partition("_")[2].lower()
    if region and region != "us":
        return region not in _MONTH_FIRST_REGIONS
    m = _HOST.match(url)
    tld = m[1].rsplit(".", 1)[-1].lower() if m else ""
    if len(tld) == 2 and tld not in _VANITY_DOMAINS:
        return tld not in _MONTH_FIRST_REGIONS
    return False if region else None


def read_day_first(candidate: DateCandidate) -> DateCandidate:
    """`candidate` read day first, when its value came from an ambiguous "MM/DD/YYYY"."""
    value, raw = candidate.value, candidate.raw
    if "/" not in raw and "-" not in raw:
        return candidate
    for m in _SLASHED.finditer(raw):
        first, second = int(m[1]), int(m[3])
        if first != second and second <= 12 and (value.month, value.day) == (first, second):
            return replace(candidate, value=value.replace(month=second, day=first))
    return candidate


# Relative stamps ("3 hours ago", "há 3 horas", "منذ ساعتين", "3 時間前"): a unit word and its
# length in days (0 for less than an hour's worth: the fetch date is the day). Lower-case.
_UNIT_DAYS = {
    **dict.fromkeys(
        _words("s sec secs second seconds segundo segundos seconde secondes sekunde sekunden secondo "
        "secondi sekund sekundy sekundę sekunder sekundami секунд секунду секунды giây 秒 초 "
        "วินาที सेकंड ثانية ثوان saniye detik δευτερόλεπτα sekuntia min mins minute minutes "
        "minuto minutos minuten minuti minut minuty minutę minutami minutou minuter minutter "
        "минут минуту минуты хвилин хвилину хвилини phút 分 分钟 分鐘 분 นาที मिनट دقيقة دقائق "
        "dakika menit minit λεπτά λεπτό minuuttia"),
        0.0,
    ),
    **dict.fromkeys(
        _words("h hr hrs hour hours hora horas heure heures stunde stunden std ora ore uur timme timmar "
        "time timer час часа часов годину години годин godzinę godziny godzin hodinou hodinami "
        "giờ 時間 小时 小時 个小时 個小時 시간 ชั่วโมง ชม घंटे घंटा ساعة ساعات saat jam ώρα ώρες "
        "tuntia"),
        1 / 24,
    ),
    **dict.fromkeys(
        _words("d day days día días dia dias jour jours tag tage tagen giorno giorni dag dagen dagar "
        "dage dager день дня дней дні днів dni dzień dny dnem ngày 日 天 일 วัน दिन يوم أيام gün "
        "hari μέρα μέρες ημέρα ημέρες päivää zile"),
        1.0,
    ),
    **dict.fromkeys(
        _words("w week weeks semana semanas semaine semaines woche wochen settimana settimane weken "
        "vecka veckor uge uger uke uker неделю недели недель тиждень тижні тижнів tydzień "
        "tygodnie tygodni týdny tuần 週間 周 週 주 สัปดาห์ सप्ताह हफ्ते أسبوع أسابيع hafta minggu "
        "εβδομάδα εβδομάδες viikkoa săptămâni"),
        7.0,
    ),
    **dict.fromkeys(
        _words("month months mes meses mês mois monat monate monaten mese mesi maand maanden månad "
        "månader måned måneder месяц месяца месяцев місяць місяці місяців miesiąc miesiące "
        "miesięcy měsíci tháng か月 ヶ月 个月 個月 개월 เดือน महीने شهر أشهر ay bulan μήνα μήνες "
        "kuukautta luni"),
        30.0,
    ),
    **dict.fromkeys(
        _words("year years año años ano anos an ans jahr jahre jahren anno anni jaar år год года лет "
        "рік роки років rok lata lat lety năm 年 년 ปี साल سنة سنوات عام tahun yıl χρόνια "
        "vuotta ani"),
        365.0,
    ),
    # Arabic duals: "ساعتين" is two hours.
    "دقيقتين": 0.0, "ساعتين": 2 / 24, "يومين": 2.0, "أسبوعين": 14.0, "شهرين": 60.0,
    "عامين": 730.0, "سنتين": 730.0,
}  # fmt: skip
# Words for "one" before a unit ("an hour ago", "há uma hora", "il y a un jour").
_ONE = "an|a|one|um|uma|un|une|una|uno|ein|eine|einer|einem|een|bir|một|o"
# The word that makes a stamp relative: before the number ("há", "hace", "il y a", "vor",
# "منذ", "acum", "πριν", "před", "för", "cách đây", "fa" in Catalan) or after it ("ago", "fa",
# "geleden", "назад", "тому", "temu", "önce", "lalu", "trước", "前", "전", "ที่แล้ว", "पहले";
# Scandinavian "for 3 timer siden" by its "siden").
_BEFORE = (
    r"há|hace|il\s+y\s+a|vor|منذ|acum|πριν(?:\s+από)?|před|pred|cách\s+đây|fa|преди|prije|"
    r"לפני"
)
_AFTER = (
    r"ago|fa|geleden|назад|тому|temu|önce|(?:yang\s+)?lalu|trước|前|전|ที่แล้ว|ที่ผ่านมา|पहले|"
    r"sedan|siden|sitten|پیش"
)
_UNIT = "|".join(sorted(map(re.escape, _UNIT_DAYS), key=len, reverse=True))
_RELATIVE = re.compile(
    rf"(?<![^\W\d])(?:(?:{_BEFORE})\s+(?:(?P<n1>\d{{1,3}})|(?:{_ONE}))?\s*(?P<u1>{_UNIT})\.?"
    rf"|(?:(?P<n2>\d{{1,3}})|(?:{_ONE}))\s*(?P<u2>{_UNIT})\.?\s*(?:{_AFTER}))(?![a-z])",
    re.IGNORECASE,
)
# A gate before _RELATIVE (~20 us a line: it tries its units at every position): a stamp holds
# its relative word, one before the number after a non-letter and before a space, or one after
# the unit before a non-letter. The same fragments and flags, so a line this finds nothing in
# holds no stamp (~4x cheaper; 1 in 50 short lines with a digit passes).
_RELATIVE_WORD = re.compile(
    rf"(?<![^\W\d])(?:{_BEFORE})\s|(?:{_AFTER})(?![a-z])",
    re.IGNORECASE,
)
# "Today, 17:34", "gestern 09:12", "сегодня, 10:47": a day word with a time of day.
_DAY_WORDS = {
    **dict.fromkeys(
        _words("today heute aujourd'hui hoy hoje oggi vandaag сегодня сьогодні dziś dzisiaj bugün idag "
        "dnes dnes hôm\\s+nay hari\\s+ini اليوم 今天 今日 오늘 วันนี้ σήμερα azi astăzi "
        "tänään"),
        0,
    ),
    **dict.fromkeys(
        _words("yesterday gestern hier ayer ontem ieri gisteren вчера вчора wczoraj dün igår včera "
        "hôm\\s+qua kemarin أمس امس 昨天 昨日 어제 เมื่อวาน χθες eilen"),
        1,
    ),
}  # fmt: skip
_DAY_WORD_TIME = re.compile(
    r"(?<![^\W\d])(?P<w>" + "|".join(_DAY_WORDS) + r")(?![^\W\d])[,\s]*"
    r"(?:um|à|at|alle|a\s+las|às|lúc|kl\.?|o|в|о|saat)?\s*\d{1,2}[:.h]\d\d",
    re.IGNORECASE,
)
_DAY_WORD_KEYS = {re.sub(r"\\s\+", " ", w): n for w, n in _DAY_WORDS.items()}
# A relative stamp is a short line of its own or a part of a meta row ("Reuters · 3 hours ago",
# "Publicado há 2 dias por X"): at most three words beside it within its part of the row, so
# "The plant was built 20 years ago" is no stamp. Stamps name the last year at most.
_RELATIVE_LINE_CHARS = 60
_ROW_SEPARATORS = re.compile(r"\s[|·•–—-]\s|[|·•]")
_MAX_RELATIVE_DAYS = 400
_WORDS_BESIDE = 3
# Stamps without a digit ("an hour ago", "hace una hora", "منذ ساعتين", "vor einer Stunde"):
# substrings a line must hold to be tried (C tests, cheaper than the pattern on most lines).
_WORDED_MARKERS = ("ago", "há", "hace", "il y a", "vor", "منذ", "acum", "πριν", "fa ", "前")
# (One search for any of them: ~2x cheaper than `any` over the tuple, on the many short lines.)
_WORDED_MARKER = re.compile("|".join(map(re.escape, _WORDED_MARKERS)))
# The larger unit of a compound stamp, just before the matched one.
_LEADING_PART = re.compile(rf"(?<!\d)(\d{{1,3}})\s*({_UNIT})\.?,?\s*$", re.IGNORECASE)


def _stands_alone(line: str, start: int, end: int) -> bool:
    """The match `line[start:end]` has few words beside it in its part of the row."""
    before = _ROW_SEPARATORS.split(line[:start])[-1]
    after = _ROW_SEPARATORS.split(line[end:])[0]
    return len(before.split()) + len(after.split()) <= _WORDS_BESIDE


def relative_date(line: str, fetched: date) -> date | None:
    """The day a relative stamp ("3 hours ago", "vor 2 Tagen", "Today, 17:34") names, counted
    back from `fetched`, when `line` is a short line holding one; else None."""
    if len(line) > _RELATIVE_LINE_CHARS or not (
        _HAS_DIGIT.search(line) or _WORDED_MARKER.search(line)
    ):
        return None
    m = _RELATIVE.search(line) if _RELATIVE_WORD.search(line) else None
    if m and _stands_alone(line, m.start(), m.end()):
        days = int(int(m["n1"] or m["n2"] or 1) * _UNIT_DAYS[(m["u1"] or m["u2"]).lower()])
        if lead := _LEADING_PART.search(line, 0, m.start()):  # "1 year 15 weeks ago"
            days += int(int(lead[1]) * _UNIT_DAYS[lead[2].lower()])
        return fetched - timedelta(days=days) if days <= _MAX_RELATIVE_DAYS else None
    m = _DAY_WORD_TIME.search(line)
    if m and _stands_alone(line, m.start(), m.end()):
        return fetched - timedelta(days=_DAY_WORD_KEYS[" ".join(m["w"].lower().split())])
    return None


RELATIVE_SOURCE = "text:relative"  # a "text" source: no rank over any stated date


def first_relative_date(lines: Iterable[str], fetched: date) -> DateCandidate | None:
    """The first relative stamp among `lines` as a published date candidate, else None."""
    for line in lines:
        value = relative_date(line, fetched)
        if value is not None:
            return DateCandidate(value, RELATIVE_SOURCE, "published", line)
    return None
