"""Datelines: the place, date and agency that open a story.

"BEIJING (AP) —", "WASHINGTON (Reuters) -", "PARIS, Oct 3 (AFP) -", "MANILA, Nov. 24 (Xinhua) --",
"Berlin (dpa) -", "MADRID (EFE).-"; the same in other scripts ("МОСКВА, 14 февраля. /ТАСС/.",
"(서울=연합뉴스)", "【ワシントン共同】", "新华社北京3月5日电", "（中央社台北5日電）", "عمان (رويترز) -",
"أنقرة/ الأناضول", "تهران- ایرنا-", "नयी दिल्ली, 14 मई (भाषा)"); and dated datelines without an agency,
Reuters 1987 style ("LONDON, Feb 26 -"), day first in the European agencies' languages ("ROMA, 15
ott -"), TASS's with "/ТАСС/." cut ("ВЛАДИВОСТОК, 6 октября."), Arabic "القاهرة - وكالات".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detector.parsing.agencies import BY_CODE, BY_NAME, CODES, Agency

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
    rf"\((?P<code>{CODES})(?:\s*[/,]\s*[\w+-]{{1,12}}){{0,3}}\)"
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


def standalone_dateline(line: str, max_chars: int = 40) -> DatelineMatch | None:
    """The dateline a short line is made of and nothing else, when the line is not plain ASCII
    (a cheap guard): Arabic copy sets "أنقرة/ الأناضول" on a line of its own."""
    if len(line) > max_chars or line.isascii():
        return None
    found = find_dateline(line)
    return found if found is not None and found.text == line.strip() else None


def find_dateline(text: str) -> DatelineMatch | None:
    """The dateline opening `text` (one paragraph), with its agency when it names one."""
    head = text[:160]
    m = AGENCY_DATELINE.match(head)
    if m:
        place = (m["place"] or "").strip()
        if _place_ok(place):
            return DatelineMatch(head[: m.end()].strip(), place, BY_CODE[m["code"]])
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
        return DatelineMatch(head[: m.end()].strip(), place, BY_NAME[name])
    if head.isascii():
        return None
    for pattern in _SCRIPT_DATELINES:
        m = pattern.match(head)
        if m:
            name = m["name"].lower()
            if pattern is AR_DATELINE:
                code = _AR_DATELINE_CODES.get(name, name)
                agency = BY_CODE[code] if code else None
            else:
                agency = BY_NAME[_DATELINE_NAMES.get(name, name)]
            return DatelineMatch(head[: m.end()].strip(), m["place"].strip(), agency)
    m = RU_DATED_DATELINE.match(head)
    if m:
        return DatelineMatch(head[: m.end()].strip(), m["place"], None)
    return None
