"""Reposted wire copy: agency datelines in the story, and whether the page credits the agency.

A real outlet running AP or Reuters copy says so (a byline "Associated Press", a copyright notice,
"Reporting by ...; Editing by ...", the agency as JSON-LD author or publisher); a republisher keeps
the dateline "BEIJING (AP) —" that came with the text and strips every credit. Credits read by
their shape ("via Bloomberg", "Originally published by Reuters") count for the agency they name;
a copy without an agency dateline that credits another publisher ("Source: BBC News", "This
article originally appeared on The Conversation": `publisher_credits`) is credited copy too.
An agency the table knows by its code but not under the name a licensee credits it by counts as
credited by that name's initials or the code itself ("(CP)" and "By X Continental Press":
`detector.parsing.agency_initials`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from detector.features._bare_credit import bare_credit
from detector.features._licensee import discounted_credit
from detector.features._pagememo import memo
from detector.features._textscan import cut
from detector.features._trigrams import lower_joined, possible
from detector.features.base import PageFeatures, register
from detector.features.provenance import jsonld_names
from detector.features.publisher_credits import PublisherCredit, publisher_credits
from detector.page import Page
from detector.parsing.agencies import (
    NAME_LITERALS,
    TOKEN_LITERALS,
    Agency,
    agency_for_host,
    agency_in_name,
    has_word,
)
from detector.parsing.agency_credits import (
    LABELLED_LITERALS,
    credit_line_agency,
    find_credits,
    labelled_credits_in,
)
from detector.parsing.agency_initials import (
    code_on_line,
    credit_cue,
    initials_code,
    name_for_code,
)
from detector.parsing.agency_words import caps_codes, names_agency
from detector.parsing.datelines import DatelineMatch, find_dateline, standalone_dateline
from detector.parsing.signoffs import (
    DESK_LITERALS,
    find_closing_mark,
    find_desk_signoff,
    find_signoff,
)

# <meta> names that name an author, a publisher or a content provider ("dcsext.contentprovider",
# "syndication-source", "original-source", "sailthru.author", ...).
_META_KEY = re.compile(
    r"author|creator|publisher|provider|source|syndicat|credit|byl", re.IGNORECASE
)


@functools.lru_cache(maxsize=4096)  # meta keys are a small vocabulary (og:*, article:*, ...)
def _names_key(key: str) -> bool:
    """Whether a meta key names an author or a publisher (`_META_KEY` finds it)."""
    return _META_KEY.search(key) is not None


_OG_KEYS = ("og:site_name", "article:author", "article:publisher")
_JSONLD_KEYS = (
    "author",
    "creator",
    "publisher",
    "sourceOrganization",
    "provider",
    "copyrightHolder",
)


_DESK_LOWER = tuple(literal.lower() for literal in DESK_LITERALS)
_LABELLED_CHARS = 80  # "Kaynak: AA", "（共同通信）": a labelled credit is a short line
_LOWER_TOKENS = tuple(t.lower() for t in TOKEN_LITERALS)
_SIGNED = ("editing by",)  # what `find_credits` reads as a Reuters sign-off without a name
# Fields naming the site itself, not a credit: an agency's name there is read from the host.
_OWN_FIELDS = ("site name", "og:site_name", "article:publisher", "JSON-LD publisher")
_CODE_LINE_CHARS = 200  # a byline or a copyright notice naming an agency by its full name


@dataclass(frozen=True, slots=True)
class _Credit:
    agency: Agency
    where: str  # e.g. 'byline "By JOE McDONALD, Associated Press"'
    kind: str = "field"  # a `CreditMatch.kind`, a `PublisherCredit.kind`, "field" or "signoff"


def host_of(url: str) -> str:
    """The lower-case host of a URL, "" when there is none."""
    if not url:
        return ""
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return ""


def _agency_literals(page: Page, lines: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`agency_literals("\n".join(lines))` for lines of the page, without searching the names
    and codes the page's trigrams rule out, nor lower-casing the lines again.

    (A test holds the result equal to `agency_literals`.)
    """
    text = "\n".join(lines)
    names = possible(page, NAME_LITERALS)
    low = lower_joined(page, lines) if names else ""
    # A short code as written ("AFP") lower-cases to a literal of the page's lower-cased lines:
    # the codes of three letters or more that the trigrams rule out are not searched either.
    maybe = frozenset(possible(page, _LOWER_TOKENS))
    return (
        tuple(n for n in names if n in low and has_word(low, n)),
        tuple(
            t
            for t in TOKEN_LITERALS
            if (len(t) < 3 or t.lower() in maybe) and t in text and has_word(text, t)
        ),
    )


def _naming_lines(
    lines: tuple[str, ...], joined: str, names: tuple[str, ...], tokens: tuple[str, ...]
) -> list[str]:
    """The short lines (<= 100 characters: bylines, credits) naming an agency, in order.

    A line names one when a name occurs in it lower-cased or a token as written. The names are
    found in the joined text (one scan each, not one per line) and mapped back to their lines.
    """
    low = joined.lower()
    if len(low) != len(joined):  # lower-casing changed lengths ("İ"): offsets would drift
        return [
            line
            for line in lines
            if len(line) <= 100
            and (any(n in line.lower() for n in names) or any(t in line for t in tokens))
        ]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    hit: set[int] = set()
    for hay, needles in ((low, names), (joined, tokens)):
        for needle in needles:
            i = hay.find(needle)
            while i >= 0:
                hit.add(bisect.bisect_right(starts, i) - 1)
                i = hay.find(needle, i + 1)
    return [lines[k] for k in sorted(hit) if len(lines[k]) <= 100]


@register("wire_copy_v1")
class WireCopy(PageFeatures):
    """Agency datelines ("BEIJING (AP) —") and whether the page credits the agency or strips it."""

    FEATURES = (
        "wire_dateline",  # the story opens with an agency dateline
        "wire_generic_dateline",  # a dated dateline without an agency ("LONDON, Feb 26 -")
        # agency copy credited: its dateline's agency, any agency credit, or (no agency
        # dateline) a credit to another publisher
        "wire_credited",
        "wire_uncredited",  # an agency dateline with no credit to that agency anywhere
        "wire_agency_site",  # the page is on an agency's own site
        "wire_credits",  # credits to any agency seen (capped)
        # the only credit to the story's source is a bare source line ("Source: AP", "Kilde:
        # Ritzau", "Con información de EFE"): no byline, licence notice or JSON-LD credit
        "wire_bare_credit",
    )

    def __init__(
        self,
        head_paragraphs: int = 4,
        max_paragraphs: int = 40,
        tail_paragraphs: int = 4,
        max_credits: int = 5,
        max_line_chars: int = 300,
    ) -> None:
        # head_paragraphs: the dateline opens the story, so only the first few prose paragraphs
        # (>= 80 characters) are checked; short lines before them (labels, menus, a photo
        # caption on the seed and on L3S pages) are skipped, up to max_paragraphs in all.
        self.head_paragraphs = head_paragraphs
        self.max_paragraphs = max_paragraphs
        # tail_paragraphs: copyright notices and "Reporting by" sign-offs close the story.
        self.tail_paragraphs = tail_paragraphs
        # max_credits: the count only says "some" vs "many"; capped so one footer can't dominate.
        self.max_credits = max_credits
        # max_line_chars: credit lines are short; the longest credit seen on the L3S wire pages
        # (a copyright notice with its "may not be published, broadcast..." rider) is ~200.
        self.max_line_chars = max_line_chars

    def _dateline(self, page: Page) -> DatelineMatch | None:
        if page.dateline:
            found = find_dateline(page.dateline)
            if found is not None:
                return found
        prose = 0
        for para in page.paragraphs[: self.max_paragraphs]:
            if len(para) < 40:
                # A short line is read only when it is a dateline and nothing else, as Arabic
                # copy sets its own: "أنقرة/ الأناضول".
                found = standalone_dateline(para)
                if found is not None:
                    return found
                continue
            found = find_dateline(para)
            if found is not None:
                return found
            if len(para) >= 80:
                prose += 1
                if prose >= self.head_paragraphs:
                    break
        # No dateline at the head: Kyodo's mark closing a paragraph of Japanese copy marks it
        # as well ("...呼びかけている。（共同）"); licensees credit 共同通信 apart from it.
        for para in page.paragraphs[: self.max_paragraphs]:
            agency = find_closing_mark(para)
            if agency is not None:
                return DatelineMatch("…" + para[-24:].lstrip(), "", agency)
        # Or the agency desk's sign-off closing the story ("HYD // JMR", "... PTI ABC DEF"), in
        # its last paragraphs or in a line the parser left outside them ("dpa-infocom").
        if not possible(page, _DESK_LOWER):  # most pages have none of their literals
            return None
        tail = (
            *page.paragraphs[-self.tail_paragraphs - 2 :],
            *page.credit_lines,
            *page.other_lines,
        )
        joined = "\n".join(tail)
        literals = [literal for literal in DESK_LITERALS if literal in joined]  # "PTI" as cased
        if literals:
            for para in tail:
                if any(literal in para for literal in literals):
                    found = find_desk_signoff(para)
                    if found is not None:
                        return found
        return None

    def _named_fields(self, page: Page) -> Iterator[tuple[str, str]]:
        """(where, text) for every field that names an author or a publisher."""
        if page.byline:
            yield "byline", page.byline
        for author in page.authors:
            yield "author", author
        for key, value in page.meta.items():
            if value and len(value) <= 200 and _names_key(key):
                yield f"meta {key}", value
        for key in _OG_KEYS:
            og = page.opengraph.get(key, "")
            if og:
                yield key, og
        for key, name in jsonld_names(page, _JSONLD_KEYS):
            yield f"JSON-LD {key}", name
        if page.site_name:
            yield "site name", page.site_name

    def credits(self, page: Page) -> tuple[_Credit, ...]:
        """Every credit to an agency the page gives (its `.agency` and where it stands)."""
        return self._credits(page)

    def _credits(self, page: Page) -> tuple[_Credit, ...]:
        """Every credit to an agency the page gives (memoised per page: three families ask)."""
        key = (
            "wire_credits",
            self.head_paragraphs,  # (the dateline's agency may be credited by its code's name)
            self.max_paragraphs,
            self.tail_paragraphs,
            self.max_line_chars,
            self.max_credits,
        )
        return memo(page, key, lambda: tuple(self._find_credits(page)))

    def _find_credits(self, page: Page) -> list[_Credit]:
        credits: list[_Credit] = []
        for where, text in self._named_fields(page):
            agency = agency_in_name(text)
            if agency is not None:
                credits.append(_Credit(agency, f'{where} "{cut(text)}"', "field"))
        paras = page.paragraphs
        tail = paras[-self.tail_paragraphs :] if self.tail_paragraphs > 0 else ()
        # Credits are short lines (bylines, copyright notices, sign-offs): long prose is skipped.
        limit = self.max_line_chars
        lines = tuple(
            [
                line
                for line in (*page.credit_lines, *paras[:3], *tail, *page.other_lines)
                if len(line) <= limit
            ]
        )
        joined = "\n".join(lines)
        # A name never spans a line break, so the names of the distinct lines are the names of
        # all of them; menus and share bars repeat lines (12% of the text on real pages).
        names, tokens = literals = _agency_literals(page, tuple(dict.fromkeys(lines)))
        if names or tokens:  # most pages name no agency at all: skip the per-line pass
            for line in _naming_lines(lines, joined, names, tokens):
                if line.lower().lstrip().startswith("by "):
                    # A byline left in the text: "By JOE McDONALD, Associated Press".
                    agency = agency_in_name(line)
                else:
                    # A credit line: "AP Golf Writer", "Associated Press - January 8, 2008".
                    agency = credit_line_agency(line.strip())
                if agency is not None:
                    credits.append(_Credit(agency, f'credit line "{cut(line)}"', "byline"))
        # Without a name, a code or "editing by" (ruled out by the trigrams) `find_credits`
        # finds nothing: it is not called.
        if names or tokens or possible(page, _SIGNED):
            for match in find_credits(joined, limit=self.max_credits * 2, literals=literals):
                credits.append(_Credit(match.agency, f'"{cut(match.text)}"', match.kind))
        # Credit lines that name the agency by its code after a label ("Kaynak: AA"), in
        # brackets ("（共同通信）") or by its desk's signature (Reuters' Arabic "(إعداد ... تحرير").
        # Such a line may stand anywhere among the paragraphs ("Kaynak: AA" under the story).
        # The page's trigrams rule out most of the literals such lines need; a bracketed line
        # names an agency or is Reuters' Arabic sign-off.
        maybe = frozenset(possible(page, LABELLED_LITERALS))
        bracketed = bool(names) or "تحرير" in maybe
        if maybe or bracketed:
            short = [p for p in paras if len(p) <= _LABELLED_CHARS]
            text = "\n".join(dict.fromkeys((*lines, *short)))
            for labelled in labelled_credits_in(text, maybe, bracketed):
                where = f'credit line "{cut(labelled.text)}"'
                credits.append(_Credit(labelled.agency, where, labelled.kind))
        if paras:
            agency = find_signoff(paras[-1])
            if agency is not None:
                credits.append(_Credit(agency, f'sign-off "{cut(paras[-1])}"', "signoff"))

        # Credits read by their shape that name an agency: "via Bloomberg", "Originally
        # published by Reuters", "Source: https://apnews.com/...".
        for credit in publisher_credits(page):
            agency = agency_in_name(credit.name) or (
                agency_for_host(credit.domain) if credit.domain else None
            )
            if agency is not None:
                credits.append(_Credit(agency, f'{credit.kind} "{credit.text}"', credit.kind))
        credits.extend(self._code_credits(page, credits, lines))
        return credits

    def _head_dateline(self, page: Page) -> DatelineMatch | None:
        """`_dateline`, memoised: the credits and the values both ask."""
        key = ("wire_dateline", self.head_paragraphs, self.max_paragraphs, self.tail_paragraphs)
        return memo(page, key, lambda: self._dateline(page))

    def _code_credits(
        self, page: Page, credits: Sequence[_Credit], lines: Sequence[str]
    ) -> list[_Credit]:
        """A credit to the dateline's agency under a name the agency table lacks: its initials in
        a byline or a copyright notice ("Continental Press" for "(CP)"), or its code on a byline
        or a closing line ("— PERNAS"). Read only for an agency dateline no credit names."""
        dateline = self._head_dateline(page)
        agency = dateline.agency if dateline is not None else None
        if dateline is None or agency is None or any(c.agency is agency for c in credits):
            return []
        codes = [c for c in agency.codes if initials_code(c) and c in dateline.text]
        if not codes:
            return []
        # (Imported here: origin_voice reads this module's credits.)
        from detector.features.origin_voice import is_own

        def named(text: str) -> str:
            for code in codes:
                name = name_for_code(code, text)
                if name and not is_own(page, name):
                    return name
            return ""

        for where, text in self._named_fields(page):
            if where in _OWN_FIELDS or "publisher" in where.lower():
                continue
            if named(text) or any(has_word(text, code) for code in codes):
                return [_Credit(agency, f'{where} "{cut(text)}" ({codes[0]})', "field")]
        for line in dict.fromkeys(lines):
            if len(line) > _CODE_LINE_CHARS or find_dateline(line) is not None:
                continue
            if credit_cue(line) and named(line):
                return [_Credit(agency, f'credit line "{cut(line)}" ({codes[0]})', "byline")]
            if any(code_on_line(code, line) for code in codes):
                return [_Credit(agency, f'credit line "{cut(line)}" ({codes[0]})', "byline")]
        return []

    def _agency_byline(self, page: Page, dateline: DatelineMatch) -> str:
        """Where a byline or credit line names an agency the table lacks, "" if none does: an
        agency noun ("Agência Atlântica") or a code the dateline holds too ("Redacció / ACP")."""
        from detector.features.origin_voice import is_own  # (origin_voice reads this module)

        codes = caps_codes(dateline.text)
        fields = [(w, t) for w, t in self._named_fields(page) if w not in _OWN_FIELDS]
        fields += [("credit line", line) for line in page.credit_lines if len(line) <= 100]
        for where, text in fields:
            if (
                "publisher" not in where.lower()
                and names_agency(text, codes)
                and not is_own(page, text)
            ):
                return f'{where} "{cut(text)}"'
        return ""

    def _publishers(self, page: Page) -> list[PublisherCredit]:
        """Credits to other publishers that are not agencies ("Source: BBC News")."""
        return [
            c
            for c in publisher_credits(page)
            if agency_in_name(c.name) is None
            and (not c.domain or agency_for_host(c.domain) is None)
        ]

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised: story age asks)."""
        key = (
            "wire_extract",
            self.head_paragraphs,
            self.max_paragraphs,
            self.tail_paragraphs,
            self.max_credits,
            self.max_line_chars,
        )
        return memo(page, key, lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        dateline = self._head_dateline(page)
        credits = self._credits(page)
        host = host_of(page.url) or host_of(page.canonical)
        site_agency = agency_for_host(host) if host else None
        evidence: list[str] = []
        agency_dl = dateline is not None and dateline.agency is not None
        generic_dl = dateline is not None and dateline.agency is None
        credited = uncredited = False
        if dateline is not None and dateline.agency is not None:
            agency = dateline.agency
            own = [c for c in credits if c.agency is agency]
            if site_agency is agency:
                credited = True
                evidence.append(
                    f'{agency.key} dateline "{dateline.text}" on the agency\'s own site {host}'
                )
            elif own:
                credited = True
                evidence.append(f'{agency.key} dateline "{dateline.text}" credited: {own[0].where}')
            elif renamed := self._agency_byline(page, dateline):
                # A sign-off read as a known agency's ("AA // JLS", Lusa's form) under a byline
                # naming another agency: that agency's copy, credited.
                credited = True
                evidence.append(
                    f'{agency.key}-style dateline "{dateline.text}" credited: {renamed}'
                )
            else:
                uncredited = True
                others = sorted({c.agency.key for c in credits})
                tail = f" (credits only {', '.join(others)})" if others else ""
                evidence.append(
                    f'{agency.key} dateline "{dateline.text}" with no {agency.key} credit'
                    f" or byline{tail}"
                )
        elif dateline is not None:
            publishers = [] if credits or site_agency else self._publishers(page)
            if credits or site_agency is not None or publishers:
                credited = True
                if credits:
                    who = credits[0].where
                elif publishers:
                    who = f'{publishers[0].name}: {publishers[0].kind} "{publishers[0].text}"'
                else:
                    who = f"the agency's own site {host}"
                evidence.append(f'dated wire dateline "{dateline.text}" credited: {who}')
            else:
                evidence.append(
                    f'dated wire dateline "{dateline.text}" naming no agency, no agency credit'
                )
        elif credits:
            credited = True  # agency copy without its dateline, credited all the same
            evidence.append(f"credits {credits[0].agency.key}: {credits[0].where}")
        elif site_agency is None:
            publishers = self._publishers(page)
            if publishers:
                credited = True  # a copy that names its publisher is syndication, not a scrape
                first = publishers[0]
                evidence.append(f'credits the publisher {first.name}: {first.kind} "{first.text}"')
        if site_agency is not None and not evidence:
            credited = True
            evidence.append(f"page is on {site_agency.key}'s own site {host}")
        if credited and site_agency is None:
            discount = discounted_credit(page)
            if discount:
                # A credit copied along with the story: agency copy without a licensee's credit.
                credited, uncredited = False, True
                evidence.append(f"but {discount}: the credit came with the copy")
        bare = "" if site_agency is not None else bare_credit(page, credits)
        if bare:
            evidence.append(bare)
        values = (
            float(agency_dl),
            float(generic_dl),
            float(credited),
            float(uncredited),
            float(site_agency is not None),
            float(min(len(credits), self.max_credits)),
            float(bool(bare)),
        )
        return values, tuple(evidence)
