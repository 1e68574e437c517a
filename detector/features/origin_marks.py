"""Origin marks: the copy still carries the marks of the outlet that wrote it.

A story copied whole keeps what its newsroom put in it: the reporter's sign-off with an e-mail
at the outlet's domain ("김민수 기자 minsu.kim@seohaeilbo.co.kr"), the outlet's rights line under
the story ("저작권자 © 서해일보 무단전재 및 재배포 금지"), its dateline code ("[경인데일리=김민서
기자]", "(세종=누리통신)"), its first-person nouns for itself ("aan onze redactie", "gazeti hili")
and its back-references ("Ранее «Волжская неделя» сообщала"). On the outlet's own page these are
its own; on another site they show where the story was written. Every test requires the named
outlet not to be the page's own (`origin_voice.is_own`) nor credited on the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from detector.features._pagememo import memo
from detector.features._textscan import cut
from detector.features._to_reporter import TO_REPORTER, code_of
from detector.features._to_reporter import TRIGGERS as REPORTER_TRIGGERS
from detector.features._trigrams import lower_map, possible
from detector.features.base import PageFeatures, register
from detector.features.origin_voice import fold, is_own, own_names
from detector.features.provenance import own_domains, registered_domain, same_owner
from detector.features.publisher_credits import publisher_credits
from detector.lexicon.origin_marks import (
    CONTACT_WORDS,
    CORRESPONDENT_STEMS,
    EARLIER_WORDS,
    FREE_MAIL,
    OUR_OUTLET,
    REPORTED_STEMS,
    RIGHTS_PHRASES,
    STAFF_BYLINES,
)
from detector.page import Page
from detector.parsing.agencies import agency_in_name, lookup
from detector.parsing.agency_words import AGENCY_WORD

_TAIL = 8  # sign-offs stand among the story's last paragraphs
_HEAD = 8  # a dateline code stands in the story's first paragraphs (after any menu rows)
_SHORT = 120  # a sign-off, a rights line
# 【ロンドン＝岡田浩幸】 names the paper's own correspondent; a kanji outlet comes with 記者.
_KANJI = re.compile(r"[\u4e00-\u9fff]+")
_PLACE = 4  # letters of a city in a dateline code ("세종", "워싱턴")
_NEAR = 3  # other lines right after the story: a sign-off sits next to a rights line
_EMAIL = re.compile(r"[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,12})\b", re.IGNORECASE)
_RIGHTS_SIGN = re.compile(r"[©ⓒ]|\(c\)|copyright|저작권자", re.IGNORECASE)
_HOLDER = re.compile(
    r"(?:[©ⓒ]|\(c\)|copyright|저작권자)\s*(?:[©ⓒ]|\(c\))?\s*(?:(?:19|20)\d\d\s*[-–]?\s*(?:(?:19|20)\d\d)?)?"
    r"\s*(?P<h>[^,.|<>()\[\]·•–—:;]{2,40}?)\s*(?:[,.|<>()\[\]·•–—:;]|무단|$"
    r"|all rights|tous droits|todos los|todos os|alle rechte|tutti i|все права|جميع الحقوق)",
    re.IGNORECASE,
)
# "[경인데일리=김민서 기자]", "(세종=누리통신)", "【ワシントン=共同】".
_CODE = re.compile(
    r"^\s*[\[(（【［]\s*([^=＝\])）】］]{1,20})\s*[=＝]\s*([^\])）】］]{1,30})[\])）】］]"
)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b|\bcopyright\b", re.IGNORECASE)
_COMPANY = re.compile(
    r"\b(?:inc|llc|ltd|gmbh|company|corp\w*|media|group|division)\b|전문가그룹", re.IGNORECASE
)
_NO_HOLDER = re.compile(r"(?i)(?:all|alle|tous|todos|tutti|все|جميع)\b|[mdclxvi]+$")
_REPORTER_WORD = re.compile(
    r"기자|記者|记者|\b(?:reporter|correspondent|journalist\w*|redakteur\w*|rédacteur|"
    r"redactor|repórter|mwandishi|корреспондент\w*|кореспондент\w*|wartawan|muhabir\w*)\b|مراسل",
    re.IGNORECASE,
)
_REPORTER = re.compile(r"\s*(?:기자|特派員|記者|记者)$")
_QUOTED = r"«([^»]{2,50})»|“([^”]{2,50})”|\"([^\"]{2,50})\"|„([^“”]{2,50})[“”]"
_CAPS = r"((?:[A-Z][\w'’&-]+\s?){2,4})"  # two words at least: one is a person ("Thode")
_EARLIER = re.compile(
    rf"(?:^|[.!?]\s+)(?i:{'|'.join(map(re.escape, EARLIER_WORDS))}),?\s+(?:{_QUOTED}|{_CAPS})"
    rf"[^.]{{0,20}}?(?i:{'|'.join(map(re.escape, REPORTED_STEMS))})",
)
_CORRESPONDENT = re.compile(
    rf"(?:{'|'.join(map(re.escape, CORRESPONDENT_STEMS))})\w*\s+"
    rf"(?:(?:of|for|de|du|do|da|di|der|des|von|wa)\s+)?(?:{_QUOTED})",
    re.IGNORECASE,
)
_OUR = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, OUR_OUTLET))})(?!\w)", re.IGNORECASE)
_TRIGGERS_BACKREF = (*EARLIER_WORDS, *CORRESPONDENT_STEMS)
# An agency's name word: its dateline code credits the licensed copy it heads.
_AGENCY_WORD = AGENCY_WORD
_REPORTER_BACK = 40  # "told the KTVN " before the noun
_REPORTER_AHEAD = 50  # "correspondant de l'AFP" after it


def _credited(page: Page, name: str, publishers: bool = True) -> bool:
    """Whether the page names `name` as a credit, byline, author or agency (licensed copy);
    with `publishers`, an origin line ("first published at X") counts as a credit too."""
    if agency_in_name(name) is not None:
        return True
    key = fold(name)
    if len(key) < 2:
        return True
    named = (page.byline, *page.authors, page.dateline, *page.credit_lines)
    if any(key in fold(n) for n in named if n):
        return True
    if not publishers:
        return False
    return any(key in fold(c.name) or fold(c.name) in key for c in publisher_credits(page))


def _words5(name: str) -> list[str]:
    return [w for w in (fold(t) for t in re.findall(r"\w+", name)) if len(w) >= 5]


def _inflected(a: str, b: str) -> bool:
    """One word in two cases: a common prefix all but the last three letters of the shorter."""
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return n >= max(5, min(len(a), len(b)) - 3)


def _foreign(page: Page, name: str, publishers: bool = True) -> bool:
    """Whether `name` (a brand or a domain) is another outlet's, and the page does not credit it.
    Word stems count as the same brand: a name is inflected ("корреспондентка «Вінниці
    Сьогодні»" on Вінниця Сьогодні)."""
    name = name.strip(" \"'«»“”„")
    if len(fold(name)) < 2 or not (own_names(page) or own_domains(page)):
        return False
    if is_own(page, name) or _credited(page, name, publishers):
        return False
    words = _words5(name)
    return not any(_inflected(a, b) for own in own_names(page) for a in words for b in _words5(own))


def _tail_lines(page: Page) -> list[str]:
    """Short lines closing the story: its last paragraphs and the other lines that follow them
    (for a text record, the lines the parser left outside the story)."""
    lines = [p for p in page.paragraphs[-_TAIL:] if len(p) <= _SHORT]
    return lines + [o for o in page.other_lines if len(o) <= _SHORT]


def _mail_signoffs(page: Page, lines: Sequence[str]) -> list[str]:
    """(a) A reporter's unlabelled e-mail sign-off at another site's domain."""
    own = own_domains(page)
    if _agency_code(page):
        return []  # an agency's dateline code: its reporters' mail goes with the licensed copy
    found: list[str] = []
    for i, line in enumerate(lines):
        if "@" not in line:
            continue
        m = _EMAIL.search(line)
        if m is None:
            continue
        rest = (line[: m.start()] + line[m.end() :]).lower()
        # A labelled line ("E-mail: …", "Tips: …") is a contact directory, not a sign-off.
        if ":" in rest or "：" in rest or any(w in line.lower() for w in CONTACT_WORDS):
            continue
        if len(rest.split()) > 4:
            continue  # prose mentioning an address
        # A reporter's line ("name 기자 x@y"), or a bare address right above a rights line: a
        # bare address alone is any blogger's or contributor's.
        if not _REPORTER_WORD.search(rest) and not _rights_below(lines, i):
            continue
        domain = registered_domain(m[1].lower())
        if not domain or domain in FREE_MAIL or domain in own:
            continue
        if page.url and same_owner(page.url, domain):
            continue  # the outlet's other domain ("seattlepi.nwsource.com" mailing from seattlepi.com)
        # "Jane Doe, Reuters jane.doe@thomsonreuters.com" under "Reporting by ...": the agency's
        # reporter on licensed copy, named on the line or credited on the page.
        if agency_in_name(line) is not None or _credited(page, domain.split(".")[0]):
            continue
        if (
            own and not any(fold(n) in fold(domain) for n in own_names(page) if len(fold(n)) >= 4)
        ) or (not own and _foreign_mail(page, lines, i, domain)):
            found.append(f'reporter sign-off "{cut(line, 60)}" mails from {domain}')
    return found


def _foreign_mail(page: Page, lines: Sequence[str], i: int, domain: str) -> bool:
    """Without the page's own domain: the mail's domain is not the brand (an ASCII brand), or
    the rights line under it names another outlet (e-mail ≈ © holder ≠ brand)."""
    if all(n.isascii() for n in own_names(page)):
        return _foreign(page, domain)
    for line in lines[i + 1 : i + _NEAR]:
        m = _HOLDER.search(line) if _is_rights(line) else None
        holder = _YEARS.sub("", m["h"]).strip(" -–") if m else ""
        if holder and not _COMPANY.search(line) and _foreign(page, holder):
            return True
    return False


def _rights_below(lines: Sequence[str], i: int) -> bool:
    return any(_is_rights(t) for t in lines[i + 1 : i + _NEAR])


def _rights_lines(page: Page, story_tail: Sequence[str]) -> list[str]:
    """(b) A rights line under the story whose holder is another outlet, right under a reporter's
    e-mail sign-off (a bare photo or agency rights line is a licence, not a sign)."""
    others = [o for o in page.other_lines if len(o) <= _SHORT]
    # A rights line counts right under a reporter's e-mail ("김민수 기자 x@y.kr").
    candidates = [
        block[j]
        for block in (story_tail, others)
        for i in [i for i, t in enumerate(block) if "@" in t and _EMAIL.search(t)]
        for j in range(i + 1, min(i + _NEAR + 1, len(block)))
        if _is_rights(block[j])
    ]
    found: list[str] = []
    for line in candidates:
        m = _HOLDER.search(line)
        holder = _YEARS.sub("", m["h"]).strip(" -–") if m else ""
        # A publishing company ("Dow Jones & Company, Inc") is the site's owner; a rights
        # phrase or a Roman year names nobody.
        if _COMPANY.search(line) or _NO_HOLDER.match(holder):
            continue
        if (
            sum(c.isalpha() for c in holder) >= 2
            and len(holder.split()) <= 5
            and foreign(page, holder)
        ):
            found.append(f'rights line "{cut(line, 60)}": {holder} is not this site')
    return found


def _is_rights(line: str) -> bool:
    low = line.lower()
    return bool(_RIGHTS_SIGN.search(line)) and (
        any(p in low for p in RIGHTS_PHRASES) or "©" in line or "ⓒ" in line or "(c)" in low
    )


def _codes(page: Page) -> list[tuple[str, str]]:
    """(the code, the outlet it names) for dateline codes at the story's head."""
    found: list[tuple[str, str]] = []
    for para in (page.dateline, *page.paragraphs[:_HEAD]):
        m = _CODE.match(para)
        if m is None:
            continue
        left, right = m[1].strip(), m[2].strip()
        # "[Outlet=Name 기자]", or "(City=Outlet)" with a short place name ("세종", "北京").
        if _REPORTER.search(right):
            outlet = left
        elif (
            len(left) <= _PLACE
            and " " not in left
            and " " not in right
            and not _KANJI.fullmatch(right)
        ):
            outlet = right
        else:
            continue  # a column's code ("[엔터미디어=정덕현의 이슈공감]")
        if not _REPORTER.search(outlet) and len(outlet.split()) <= 3:
            found.append((m[0], outlet))
    return found


def _agency_code(page: Page) -> bool:
    return any(is_agency(outlet) for _, outlet in _codes(page))


def is_agency(outlet: str) -> bool:
    """A known agency, or a name with an agency word ("한빛통신", "Agência Atlântica")."""
    return agency_in_name(outlet) is not None or _AGENCY_WORD.search(outlet) is not None


def foreign(page: Page, name: str, publishers: bool = True) -> bool:
    """Whether `name` is another outlet's and the page does not credit it (`_foreign`), nor
    names it in a dateline code; without `publishers`, an origin line naming it is not taken
    for a credit (the line being tested)."""
    return _foreign(page, name, publishers) and not _in_code(page, name)


def _in_code(page: Page, name: str) -> bool:
    """Whether a dateline code names `name`: "(창원=한빛통신) 김도윤 기자 =" credits the agency
    whose mail and notice close the story (the holder is the dateline's source)."""
    key = fold(name)
    return len(key) >= 2 and any(key == fold(outlet) for _, outlet in _codes(page))


def _dateline_codes(page: Page) -> list[str]:
    """(c) "[Outlet=Name 기자]" or "(City=Outlet)" naming another outlet at the story's head."""
    return [
        f'dateline code "{cut(code, 40)}" names {outlet}'
        for code, outlet in _codes(page)
        if _foreign(page, outlet) and not (is_agency(outlet) and _named_apart(page, outlet, code))
    ]


def _named_apart(page: Page, outlet: str, code: str) -> bool:
    """Whether a short line other than the code's names the outlet: a byline "한빛통신" or a
    rights line under an agency's code credits it; a code alone is the copy's, kept by a copier."""
    lines = (page.byline, *page.authors, *page.credit_lines, *page.paragraphs, *page.other_lines)
    return any(outlet in line and code not in line for line in lines if len(line) <= 120)


def _staff_byline(page: Page) -> bool:
    """Whether the page signs its story with a staff word or its own brand, and no person:
    a newsroom that speaks of "our paper" names its reporters; an unsigned page is unknown."""
    names = [n for n in (page.byline, *page.authors) if n.strip()]
    if not names:
        return False
    for name in names:
        words = [w.lower() for w in re.findall(r"\w+", name)]
        if not (any(w in STAFF_BYLINES for w in words) or is_own(page, name)):
            return False
    return True


def _our_outlet(page: Page) -> list[str]:
    """(d) The outlet's first-person nouns for itself, on a page with no named reporter."""
    if not possible(page, OUR_OUTLET) or not _staff_byline(page):
        return []
    low = lower_map(page)
    for para in page.paragraphs:
        if not any(w in low[para] for w in OUR_OUTLET):
            continue
        m = _OUR.search(para)
        if m is not None:
            return [f'"{m[0]}" in "{cut(para, 60)}", and the site names no reporter']
    return []


def _back_references(page: Page) -> list[str]:
    """(e) "Earlier «X» reported" / "X's correspondent" naming another outlet."""
    triggers = possible(page, _TRIGGERS_BACKREF)
    if not triggers:
        return _to_reporter(page)
    low = lower_map(page)
    for para in page.paragraphs:
        if not any(t in low[para] for t in triggers):
            continue
        for pattern in (_EARLIER, _CORRESPONDENT):
            for m in pattern.finditer(para):
                name = next((g for g in m.groups() if g), "").strip()
                if name and _foreign(page, name):
                    return [f'"{cut(m[0], 60)}" names {name}']
    return _to_reporter(page)


def _reporter_matches(para: str, low: str, triggers: Sequence[str]) -> Iterable[re.Match[str]]:
    """`TO_REPORTER` matches in windows around each reporter noun (the regex is too slow for a
    whole paragraph; most paragraphs hold no noun at all)."""
    for t in triggers:
        i = low.find(t)
        while i >= 0:
            m = TO_REPORTER.search(para[max(0, i - _REPORTER_BACK) : i + _REPORTER_AHEAD])
            if m:
                yield m
            i = low.find(t, i + 1)


def _to_reporter(page: Page) -> list[str]:
    """(e) "told the XYZ reporter", "THA muhabirine": speech to another outlet's reporter."""
    triggers = possible(page, REPORTER_TRIGGERS)
    if not triggers:
        return []
    low = lower_map(page)
    for para in page.paragraphs:
        for m in _reporter_matches(para, low[para], triggers):
            code = code_of(m)
            # An all-caps line ("TOLD THE REPORTER") has no codes to tell apart.
            # A known agency's code: its licensed copy names its own reporter ("AA muhabirine").
            shouting = m[0].replace(code, "").isupper()
            if not shouting and lookup(code) is None and _foreign(page, code):
                return [f'"{cut(m[0], 60)}" names {code}']
    return []


@register("origin_marks_v1")
class OriginMarks(PageFeatures):
    """Whether the story carries another outlet's marks: mail, rights line, codes, voice."""

    FEATURES = (
        "mark_mail_other",  # a reporter's e-mail sign-off at another site's domain
        "mark_rights_other",  # another outlet's rights line under the story
        "mark_code_other",  # a dateline code naming another outlet
        "mark_our_outlet",  # "our newsroom / this newspaper" under a staff or brand byline
        "mark_backref_other",  # "earlier X reported" / "X's correspondent", X another outlet
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        return memo(page, "origin_marks", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        if not page.paragraphs:
            return (0.0,) * len(self.FEATURES), ()
        story_tail = [p for p in page.paragraphs[-_TAIL:] if len(p) <= _SHORT]
        parts = (
            _mail_signoffs(page, _tail_lines(page)),
            _rights_lines(page, story_tail),
            _dateline_codes(page),
            _our_outlet(page),
            _back_references(page),
        )
        evidence = tuple(f"origin mark: {hits[0]}" for hits in parts if hits)
        return tuple(float(bool(hits)) for hits in parts), evidence
