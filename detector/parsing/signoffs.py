"""Marks that close agency copy: a code in brackets ("... (PAP)", Kyodo's "（共同）"), a desk's
sign-off ("HYD // JMR", "PTI ABC DEF", "भाषा सुरेंद्र नरेश", "dpa-infocom, dpa:240222-99-085512/4"),
and a closing "Reuter" line. They travel with the copy to licensees and copiers alike.
"""

from __future__ import annotations

import re

from detector.parsing.agencies import BY_CODE, BY_NAME, CODES, Agency
from detector.parsing.datelines import DatelineMatch

# A closing "Reuter" or "-- Reuters" line (the 1987 corpus ends every story with "Reuter").
SIGNOFF = re.compile(rf"^\s*(?:[-—–]+\s*)?(?P<name>{CODES})\s*\.?\s*$")


# A story's last paragraph closed by the agency's code in brackets: "... na łańcuchach. (PAP)",
# "... (ANSA).", and Japanese "...呼びかけている。（共同）": the way several agencies sign their copy.
TRAILING_CODE = re.compile(rf"[(（](?P<name>{CODES}|共同|時事)[)）][.。]?\s*$")
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
    return BY_NAME[_TRAILING_NAMES[name]] if name in _TRAILING_NAMES else BY_CODE[name]


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
            return DatelineMatch(m.group(0).lstrip('.!?"”’) '), "", BY_CODE[key])
    return None


_SIGNED_PARAGRAPH = 60  # a sentence of the story, not a caption's "(AFP)"
_SIGNED_CJK_PARAGRAPH = 30  # the same in Japanese, which says as much in half the characters


def find_signoff(line: str) -> Agency | None:
    """The agency of a closing sign-off line ("Reuter", "-- AFP"), if `line` is one."""
    if len(line) > 30:
        return None
    m = SIGNOFF.match(line)
    return BY_CODE[m["name"]] if m else None
