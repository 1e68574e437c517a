"""Repurposed domain: copied news on the lapsed domain of an old club, association, school,
foundation or community paper.

Such a domain is bought for the links and the search rank it still has, and refilled with
copied news beside casino and loan posts. The old owner's traces stay in the chrome, where a
newsroom's page has none:

- time: a copyright notice years older than the page's own date ("© 2015" on a 2026 story), a
  month archive with a gap of years ("Dezembro 2026 · Novembro 2026 · Março 2019"), old dated
  items among the site's lists, a "since 1987" tagline;
- identity: a name, legal form or schema type of a body that is not a newsroom ("TSV ... e.V.",
  "Quỹ ...", `SportsClub`), or its menus ("Trainingszeiten", "Satzung"), while the story is
  general news that does not name that body (a club's own news names the club).

Any one of these is common on real pages (stale footers above all); the family counts them, and
`repurp_tells` is the number of kinds seen together.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import accumulate, pairwise

from detector.features._newsroom import names_news_sections
from detector.features._pagememo import memo
from detector.features._pagetime import copyright_year
from detector.features.base import PageFeatures, register
from detector.features.dates import claimed_date
from detector.features.other_trade import carries_story
from detector.features.trade_site import TradeSite
from detector.lexicon.entities import (
    ENTITY_NAV,
    ENTITY_PHRASES,
    ENTITY_PREFIXES,
    ENTITY_TAIL_EXCEPT,
    ENTITY_TAIL_PARISH,
    ENTITY_TAILS,
    ENTITY_WORDS,
    LEGAL_FORMS,
    MONTH_NAMES,
    PUBLISHING_BODIES,
    PUBLISHING_NAV,
    SINCE_WORDS,
)
from detector.lexicon.sections import NEWSROOM_NOSPACE, NEWSROOM_WORDS
from detector.page import Page
from detector.parsing.common import YEAR4, schema_types
from detector.parsing.dates import FOREIGN_MONTHS
from detector.wordruns import lower_letter_runs

_ENGLISH_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)
_MONTH_OF: dict[str, int] = {
    **{m: i + 1 for i, m in enumerate(_ENGLISH_MONTHS)},
    **{k: _ENGLISH_MONTHS.index(v.lower()) + 1 for k, v in FOREIGN_MONTHS.items()},
    **MONTH_NAMES,
}
_ENTITY_SCHEMA_TYPES = frozenset(
    (
        "NGO", "SportsClub", "SportsTeam", "SportsOrganization", "Church", "PlaceOfWorship",
        "School", "Preschool", "ElementarySchool", "MiddleSchool", "HighSchool", "MusicGroup",
        "PerformingGroup", "TheaterGroup", "DanceGroup", "FundingScheme",
    )
)  # fmt: skip

# Thresholds, from the real pages of /work/shared/data/html (see the family's commit note):
# "© 2021" on a 2024 page is a footer nobody updated: 1.8% of real page versions have a lag of
# 3+ years, fewer 5+ (and those mostly without a second tell)
_MIN_LAG_YEARS = 5
# A month archive silent for three years or more: real blogs pause for two (11 real page
# versions at 2-3 years, personal blogs)
_MIN_GAP_MONTHS = 36
_MIN_SIDE_MONTHS = 2  # months listed on each side of the gap
_MIN_STALE_YEARS = 3  # a listed item dated 3+ years before the page
_MIN_SINCE_YEARS = 10  # "since 1987": an old body; "since 2023" says nothing
_MIN_TRADE_WORDS = 3  # trade_site_v1's own gate for a trade site's chrome
_CAP_YEARS = 10.0
_SHORT_WORDS = 12  # identity, footer, list and menu lines are short
_FOOTER_LINES = 15
_TAGLINE_WORDS = 15
_NAV_CHARS = 40  # a menu item
_MASTHEAD_LINES = 10
_MIN_ITEM_WORDS = 3  # a listed headline, not a lone year or "Saison 2019"
_FOOTER_WORDS = 30  # a footer's notice may run on: "© 2026 X – Tous droits réservés | Association"
_MIN_STORY_WORDS = 80  # a news brief (other_trade's full story is 150)
_MIN_CORE_TOKEN = 6  # a name's own word long enough not to be a common word

# A month archive item: "März 2019", "Dezembro 2026 (4)", "2019. március", "2026年3月",
# "tháng 3/2026", "03/2019", each as a whole segment between separators.
_SEP = r"(?:^|(?<=[·|•,;\n]))[\s\-–•»]*"
_END = r"\s*(?:\(\d+\))?\s*(?=$|[·|•,;\n])"
_ARCHIVE = re.compile(
    rf"{_SEP}(?:(?P<m>[^\W\d_]{{3,12}})\.?\s+(?P<y>(?:19|20)\d\d)"
    rf"|(?P<y2>(?:19|20)\d\d)\.?\s+(?P<m2>[^\W\d_]{{3,12}})"
    rf"|(?P<y3>(?:19|20)\d\d)\s*[年년]\s*(?P<n3>\d{{1,2}})\s*[月월]"
    rf"|(?:tháng|thg)\s*(?P<n4>\d{{1,2}})\s*(?:/|,|\s)\s*(?:năm\s+)?(?P<y4>(?:19|20)\d\d)"
    rf"|(?P<n5>\d{{1,2}})[/.](?P<y5>(?:19|20)\d\d)){_END}",
    re.MULTILINE | re.IGNORECASE,
)
_SINCE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w) for w in sorted(SINCE_WORDS, key=len, reverse=True))
    + r")\s+(?P<y>(?:18|19|20)\d\d)(?!\d)"
    r"|(?P<y2>(?:18|19|20)\d\d)['’]?(?:den|dan|ten|tan)\s+beri",
    re.IGNORECASE,
)
_NAV = frozenset(ENTITY_NAV)
_PUBLISHING_TAILS = ("verein", "stiftung", "förening", "forening", "vereniging", "yhdistys")
_TOKEN_STRIP = ",;·|•:()[]\"'«»“”"
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
_DOMAIN_END = re.compile(r"\.[a-z]{2,10}\b")
_NAME_WORDS = 8  # a site's name; a longer "brand" is a headline the title split let through
_ARCHIVE_LINE = 400  # an archive widget may list a year of months on one line


def own_date(page: Page) -> date | None:
    """The date the page gives its story (never its copyright year)."""
    return claimed_date(page)


def copyright_lag(page: Page, day: date | None) -> tuple[int, int | None]:
    """(years between the page's date and its newest copyright year, that year); 0 if under 3."""
    year = copyright_year(page)
    if day is None or year is None or year < 1990:
        return 0, year
    lag = day.year - year
    return (lag if lag >= _MIN_LAG_YEARS else 0), year


def _short(lines: Iterable[str], words: int = _SHORT_WORDS) -> list[str]:
    # Spaces, not split(): cheaper, and a line with runs of spaces is only ever left out.
    return [ln for ln in lines if len(ln) <= 20 * words and ln.count(" ") < words]


def _dated_lines(page: Page) -> list[str]:
    """The lines that hold a year, of those outside the story (up to an archive widget's
    length), the link texts and (text records, whose lists run on inside the main text) the
    story lines: found in one scan of the lines joined, not a search per line."""
    lines = [ln for ln in page.other_lines if len(ln) <= _ARCHIVE_LINE]
    lines += [a.text for b in page.link_blocks for a in b.anchors]
    if page.kind == "text":
        lines += [ln for ln in page.paragraphs if len(ln) <= _ARCHIVE_LINE]
    text = "\n".join(lines)
    ends = list(accumulate(len(ln) + 1 for ln in lines))
    hit = dict.fromkeys(bisect.bisect_right(ends, m.start()) for m in YEAR4.finditer(text))
    return [lines[k] for k in hit]


def _month(word: str) -> int:
    return _MONTH_OF.get(word.lower(), 0)


def archive_months(lines: Sequence[str]) -> list[tuple[int, int]]:
    """Distinct (year, month) items of month-archive lists among `lines` (lines holding a
    year), sorted."""
    text = "\n".join(lines)
    found: set[tuple[int, int]] = set()
    for m in _ARCHIVE.finditer(text):
        if m["m"] or m["m2"]:
            month, year = _month(m["m"] or m["m2"]), int(m["y"] or m["y2"])
        else:
            num = m["n3"] or m["n4"] or m["n5"]
            month, year = int(num), int(m["y3"] or m["y4"] or m["y5"])
        if 1 <= month <= 12:
            found.add((year, month))
    return sorted(found)


def archive_gap_months(months: Sequence[tuple[int, int]]) -> int:
    """The longest silence between two listed months, in months, when at least two months
    stand on each side of it (a list, not a stray date); 0 otherwise."""
    if len(months) < 2 * _MIN_SIDE_MONTHS:
        return 0
    index = [y * 12 + m for y, m in months]
    gaps = [(b - a, k + 1) for k, (a, b) in enumerate(pairwise(index))]
    gap, cut = max(gaps)
    return gap if _MIN_SIDE_MONTHS <= cut <= len(index) - _MIN_SIDE_MONTHS else 0


def _listed_items(page: Page) -> list[str]:
    """Link texts and (text records) short story lines that hold a year: listed headlines."""
    lines = [a.text for b in page.link_blocks for a in b.anchors]
    if page.kind == "text":
        lines += _short(page.paragraphs)
    return [ln for ln in lines if YEAR4.search(ln)]


def stale_items(lines: Sequence[str], day: date | None) -> list[str]:
    """Listed items dated 3+ years before the page, in lists that also date items in its year.

    A list mixing this year's items with ones years old ("... bônus em 2024", "Festa do Peão
    2019") is a site that stood still between them; a list of old items alone is an archive.
    """
    if day is None:
        return []
    stale, current = [], False
    for ln in lines:
        n = len(ln.split())
        if n < _MIN_ITEM_WORDS or ln.endswith(".") or _SINCE.search(ln) or _COPYRIGHT.search(ln):
            continue
        if _ARCHIVE.search(ln):  # archive months are read apart
            continue
        years = [int(y) for y in YEAR4.findall(ln)]
        if not years:
            continue
        if max(years) == day.year:
            current = True
        elif max(years) <= day.year - _MIN_STALE_YEARS and min(years) >= 1990:
            stale.append(ln)
    return stale if current else []


def since_year(lines: Sequence[str], day: date | None) -> str:
    """A tagline "since 1987" / "desde 1987" / "sinds 1954" naming a year 10+ years back."""
    if day is None:
        return ""
    for ln in lines:
        for m in _SINCE.finditer(ln):
            if day.year - int(m["y"] or m["y2"]) >= _MIN_SINCE_YEARS:
                return ln
    return ""


def _tagline_lines(page: Page) -> list[str]:
    """Short lines of the masthead and the footer (and a text record's closing lines), where a
    site's tagline sits; never the headline."""
    other = page.other_lines
    lines = [*other[:_MASTHEAD_LINES], *other[-_FOOTER_LINES:]]
    if page.kind == "text":
        lines += page.paragraphs[-5:]
    story = {page.headline, page.title}
    return [ln for ln in _short(lines, _TAGLINE_WORDS) if ln not in story]


def _identity_strings(page: Page) -> list[str]:
    """The site's name, its brands, and the footer's copyright or legal-form lines."""
    story = {page.headline.lower(), page.title.lower()}
    names = [page.site_name, *(b for b, _ in page.brand_candidates)]
    names = [n for n in names if n.lower() not in story and len(n.split()) <= _NAME_WORDS]
    tail = list(page.other_lines[-_FOOTER_LINES:])
    if page.kind == "text":
        tail += page.paragraphs[-3:]
    footer = [ln for ln in _short(tail, _FOOTER_WORDS) if _COPYRIGHT.search(ln) or _legal_form(ln)]
    return [s for s in dict.fromkeys([*names, *footer]) if s]


def _legal_form(text: str) -> str:
    return next((t for t in _tokens(text) if t in LEGAL_FORMS), "")


def _tokens(text: str) -> list[str]:
    return [t.strip(_TOKEN_STRIP) for t in text.split()]


def _is_newsroom(words: Sequence[str], low: str) -> bool:
    return bool(NEWSROOM_WORDS.intersection(words)) or any(w in low for w in NEWSROOM_NOSPACE)


def _entity_word(words: Sequence[str]) -> str:
    for w in words:
        if w in ENTITY_WORDS:
            return w
        if w.endswith(ENTITY_TAIL_EXCEPT) and not w.endswith(ENTITY_TAIL_PARISH):
            continue
        if len(w) >= 8 and w.endswith(ENTITY_TAILS):
            return w
    return ""


def entity_name(text: str) -> str:
    """What in `text` names a non-news body ("e.V.", "Verein", "TSV"), or ""."""
    form = _legal_form(text)
    if form:
        return form
    tokens = _tokens(text)
    if len(tokens) >= 2 and tokens[0] in ENTITY_PREFIXES:
        return tokens[0]
    low = _DOMAIN_END.sub("", text.lower())  # "apuestagana.club" is a domain, not a club
    words = lower_letter_runs(low)
    if _is_newsroom(words, low):
        return ""
    return _entity_word(words) or next((p for p in ENTITY_PHRASES if p in low), "")


def _publishing(hit: str) -> bool:
    """Whether a clue names a body that publishes comment of its own (a foundation, an
    association, a legal form of either, a statutes menu)."""
    low = hit.lower()
    return (
        hit in LEGAL_FORMS
        or low in PUBLISHING_BODIES
        or low in PUBLISHING_NAV
        or (low.endswith(_PUBLISHING_TAILS))
    )


def entity_clues(page: Page) -> tuple[str, list[str], bool]:
    """(the name of the body the site says it is, or "", the clues to it, whether any clue is
    of a body that publishes nothing of its own: a club, a school, a parish, a choir)."""
    clues: list[str] = []
    hits: list[str] = []
    name = ""
    site = page.site_name.lower()
    if site and _is_newsroom(lower_letter_runs(site), site):
        return "", [], False  # the site calls itself a newsroom: its footer's owner may be any
    for text in _identity_strings(page):
        hit = entity_name(text)
        if hit:
            clues.append(f'"{text[:70]}" ({hit})')
            hits.append(hit)
            name = name or page.site_name or text  # a footer line runs on past the name
    types = [t for o in page.jsonld for t in schema_types(o) if t in _ENTITY_SCHEMA_TYPES]
    if types:
        clues.append(f"JSON-LD type {types[0]}")
        hits.append("foundation" if types[0] == "NGO" else types[0])
        name = name or page.site_name
    nav = [
        ln for ln in page.other_lines if len(ln) <= _NAV_CHARS and ln.strip(" :·|").lower() in _NAV
    ]
    if nav:
        clues.append(f'menu "{nav[0]}"')
        hits.append(nav[0].strip(" :·|"))
        name = name or page.site_name
    return name, clues, any(not _publishing(h) for h in hits)


def _core_tokens(name: str) -> list[str]:
    """A name's own words: not legal forms, entity words, club prefixes or numbers."""
    out = []
    for raw in re.split(r"[\s\-–·|/]+", name):
        tok = raw.strip(_TOKEN_STRIP + ".")
        low = tok.lower()
        if not tok or tok in LEGAL_FORMS or tok in ENTITY_PREFIXES or low in ENTITY_WORDS:
            continue
        if any(c.isdigit() for c in tok):
            continue
        out.append(low)
    return out


def story_names_entity(page: Page, name: str) -> bool:
    """Whether the story names the body (its own news), by its name or by its kind."""
    story = page.text.lower()
    core = _core_tokens(name)
    if core and " ".join(core) in story:
        return True
    if any(len(t) >= _MIN_CORE_TOKEN and t in story for t in core):
        return True
    words = set(lower_letter_runs(story))
    return bool(words.intersection(lower_letter_runs(name.lower())) & ENTITY_WORDS)


def _fmt_lag(lag: int, year: int | None, day: date | None) -> str:
    return f"the copyright notice says {year}, {lag} years before the page's date {day}"


@register("repurposed_domain_v1")
class RepurposedDomain(PageFeatures):
    """Copied news on the lapsed domain of an old club, association or community paper."""

    FEATURES = (
        "repurp_copyright_lag_years",  # newest copyright year 3+ years before the page's date
        "repurp_archive_gap_years",  # a month archive silent for 2+ years (capped at 10)
        "repurp_entity_off_story",  # the site names a non-news body; the story does not
        "repurp_tells",  # kinds of the above, stale listed items, an old "since" tagline and a
        # trade site's chrome seen together: 0, or 2+
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, "repurposed_domain_extract", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        day = own_date(page)
        evidence: dict[str, str] = {}
        dated = _dated_lines(page)
        months = archive_months(dated)
        gap = archive_gap_months(months)
        gap = gap if gap >= _MIN_GAP_MONTHS else 0
        if gap:
            shown = ", ".join(f"{m:02d}/{y}" for y, m in months[-6:])
            evidence["gap"] = f"the month archive falls silent for {gap // 12} years ({shown})"
        entity, silent_body = self._entity_tell(page)
        if entity:
            evidence["entity"] = entity
        stale = stale_items(_listed_items(page), day)
        if stale:
            evidence["stale"] = f'a listed item {_MIN_STALE_YEARS}+ years old: "{stale[0][:70]}"'
        since = since_year(_tagline_lines(page), day)
        if since:
            evidence["since"] = f'an old body\'s tagline: "{since[:70]}"'
        if TradeSite().extract(page)[0][0] >= _MIN_TRADE_WORDS:
            evidence["trade"] = "a trade site's chrome (casino, loans, shop)"
        # A stale footer alone is common on real outlets (1.8% of real page versions have a lag
        # of 3+ years): the lag is read only beside another tell.
        lag = 0
        if evidence:
            lag, year = copyright_lag(page, day)
            if lag:
                evidence = {"lag": _fmt_lag(lag, year, day), **evidence}
        tells = len(evidence)
        values = (
            min(float(lag), _CAP_YEARS),
            min(gap / 12.0, _CAP_YEARS),
            # A club's or a school's site alone; a foundation's or an association's (which
            # publish analysis of their own) beside a second tell.
            float(bool(entity) and (silent_body or tells >= 2)),
            float(tells) if tells >= 2 else 0.0,  # two kinds together
        )
        return values, tuple(evidence.values())

    @staticmethod
    def _entity_tell(page: Page) -> tuple[str, bool]:
        """(evidence of a non-news body's site running news not about it, or "", whether the
        body publishes nothing of its own)."""
        if not carries_story(page) and page.word_count < _MIN_STORY_WORDS:
            return "", False
        # Menus of a news site (politics, economy, world): the entity's site was re-themed as a
        # newsroom. A foundation's or a society's own pages name no such section.
        if not names_news_sections(page):
            return "", False
        name, clues, silent_body = entity_clues(page)
        if not clues or story_names_entity(page, name):
            return "", False
        shown = "; ".join(clues[:3])
        return (
            f"the site names a body that is not a newsroom ({shown}) and the story does not name it",
            silent_body,
        )
