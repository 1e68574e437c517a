"""Credits to news agencies in a page's lines.

Copyright notices ("Copyright 2023 The Associated Press. All rights reserved."), Reuters sign-offs
("Reporting by ...; Editing by ...", Arabic "(إعداد ... تحرير ...)"), "The Associated Press
contributed to this report", "Source: AFP" / "Quelle: dpa" / "Kaynak: AA" / "Con información de EFE
y AFP", "（共同通信）", and agency names in bylines ("By JOE McDONALD, Associated Press", "Reuters
Staff", "By ... | AP", "رويترز").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from detector.features._textscan import snippets
from detector.parsing import patterns as P
from detector.parsing.agencies import (
    BY_CODE,
    BY_NAME,
    BY_TOKEN,
    NAMES,
    TOKENS,
    Agency,
    agency_literals,
    alternation,
    lookup,
)

# Credit lines, each tagged with the agency it credits ("name" group) or Reuters by shape.
CREDIT = re.compile(
    # Copyright notices: "Copyright 2023 The Associated Press.", "© 2008 Reuters", "(c) AFP 2020",
    # "All content © Copyright 2003-2007 WorldNow, WPRI, WNAC and Associated Press".
    rf"(?P<copyright>(?:copyright|[©ⓒ]|\(c\))[^\n]{{0,100}}?(?<![\w-])(?:the\s+)?"
    rf"(?P<cname>{NAMES}|{TOKENS})(?![\w-]))"
    # "The Associated Press contributed to this report", "Associated Press writer X contributed".
    rf"|(?P<contrib>(?:the\s+)?(?P<kname>{NAMES})\b[^.\n]{{0,80}}?\bcontributed\b)"
    # "Source: AFP", "Quelle: dpa", "Fuente: EFE", "Fonte: ANSA", "Mit Material von dpa".
    rf"|(?P<source>(?:^|\(|\s)(?:{P.SOURCE_LABEL_PATTERN}|mit material von)"
    r"\s*[:：]?\s*"
    rf"(?:the\s+)?(?P<sname>{NAMES}|{TOKENS})(?![\w-]))"
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
    rf"^\W{{0,3}}(?:by\s+)?(?:the\s+)?(?P<name>{NAMES}|{TOKENS})"
    r"(?:\s+(?:news|staff|wire|reporters?|writers?|correspondents?|[\w-]+ writer|[\w-]+ editor))?"
    r"\s*(?:$|[-–—|,:/•]\s*\S?)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class CreditMatch:
    """A credit to an agency found in a line of the page."""

    agency: Agency
    text: str  # the matched words, e.g. "Copyright 2023 The Associated Press"
    kind: str  # copyright | contributed | source | reporting_editing | signoff | byline


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
    reuters = BY_CODE["Reuters"]
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
                agency, kind = lookup(m["cname"]), "copyright"
            elif m["contrib"]:
                agency, kind = lookup(m["kname"]), "contributed"
            elif m["source"]:
                agency, kind = lookup(m["sname"]), "source"
            else:
                agency, kind = reuters, "reporting_editing"
            word = m["cname"] or m["sname"]
            if word and word.lower() not in BY_NAME and word not in BY_TOKEN:
                continue  # a short code in the wrong case ("ap" in "snap") is no credit
            if agency is not None:
                found.append(CreditMatch(agency, m.group(0).strip(" (\n"), kind))
                if len(found) >= limit:
                    return found
    return found


_FIRST_WORDS = frozenset([n.split()[0] for n in BY_NAME] + [t.lower() for t in BY_TOKEN])


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
    if word.lower() not in BY_NAME and word not in BY_TOKEN:
        return None
    return lookup(word)


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
SOURCE_LINE_LABELS = _LINE_LABELS  # (public: `source_lines` reads any source after them)
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
_AGENCY_WORD = alternation([*BY_CODE, *BY_NAME])
SOURCE_LINE = re.compile(
    rf"^\W{{0,3}}(?:(?P<label>{alternation(list(_LINE_LABELS))})\s*[:：]|"
    rf"(?:{'|'.join(_LINE_LEADS)})\s)\s*(?:the\s+)?"
    rf"(?P<words>(?:{_AGENCY_WORD})(?:\s*(?:,|&|/|\by\b|\be\b|\bet\b|\band\b|\bund\b|\bvà\b)\s*"
    rf"(?:d[aoe]s?\s+)?(?:{_AGENCY_WORD})){{0,3}})\W{{0,3}}$",
    re.IGNORECASE,
)
_AGENCY_WORDS = re.compile(rf"(?<![\w-])(?:{_AGENCY_WORD})(?![\w-])", re.IGNORECASE)
# A line that is only an agency's name in brackets: "（共同通信）", "(Agência Lusa)".
BRACKETED_NAME = re.compile(rf"^\s*[(（]\s*(?P<name>{NAMES})\s*[)）]\s*$", re.IGNORECASE)
# Reuters' Arabic desk signs its copy "(إعداد فلان للنشرة العربية - تحرير فلان)": the
# "Reporting by ...; Editing by ..." of its English copy.
AR_REUTERS_SIGNOFF = re.compile(r"^\W{0,3}(?:إعداد|تغطية صحفية)\s[^\n]{2,160}?\sتحرير\s")
# A line that is only an agency's code, when the code is not ASCII: the byline "भाषा" (PTI's
# Hindi service), "ΑΠΕ-ΜΠΕ", "İHA". (An ASCII code alone may be a language menu's "PL" or a
# commenter called "Petra".)
# (A code that is also a name, "رويترز", is read by `credit_line_agency`.)
_SCRIPT_CODES = {
    code: a for code, a in BY_CODE.items() if not code.isascii() and code.lower() not in BY_NAME
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
        agency = BY_CODE.get(word) or BY_NAME.get(word.lower())
        if agency is None:  # a code in the wrong case ("Kaynak: aa") is no credit
            return []
        if not (own and k == 0 and (word.lower() in BY_NAME or word in BY_TOKEN)):
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
            return [CreditMatch(BY_NAME[m["name"].lower()], line, "byline")]
    if "تحرير" in line and AR_REUTERS_SIGNOFF.match(line):
        return [CreditMatch(BY_CODE["Reuters"], line, "reporting_editing")]
    return []
