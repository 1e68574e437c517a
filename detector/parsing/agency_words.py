"""Agency-like names: a byline or dateline code naming a news agency the agency table lacks.

A regional paper credits its agency by name ("Agência Atlântica", "(창원=한빛통신)", "ČTK",
"Redacció / ACP"); the table of known agencies cannot hold every national and regional one. A
name holding an agency noun, in any of the languages below, names an agency all the same.
"""

from __future__ import annotations

import re

# Agency nouns: en es/ca pt fr it de/cs/sk pl tr ru uk/bg sr/hr ro ko ja zh ar fa id/ms vi bn
# he hi nl sv/no da fi hu el th. Whole words where the script has word breaks.
AGENCY_WORD = re.compile(
    r"통신|通信|通讯|通訊|\b(?:agency|agencia|agència|agência|agence|agentur[a]?|agenzia|"
    r"agencja|agencija|agenţia|agenția|ajans\w*|агентство|агенція|агенция|агенција|"
    r"kantor berita|thông tấn|persbureau|nieuwsbureau|nyhetsbyrå|nyhedsbureau|"
    r"uutistoimisto|hírügynökség|tisková kancelář|πρακτορείο)\b|وكالة|خبرگزاری|"
    r"সংবাদ সংস্থা|סוכנות|समाचार एजेंसी|एजेंसी|สำนักข่าว",
    re.IGNORECASE,
)
# A code in capitals (2-5 letters) in a byline, a dateline code or a sign-off: "ACP", "NPB".
_CAPS = re.compile(r"(?<![\w])[A-ZÀ-ÞČŠŽ]{2,5}(?![\w])")


def agency_like(name: str) -> bool:
    """Whether `name` holds an agency noun ("Agência Atlântica", "한빛통신")."""
    return AGENCY_WORD.search(name) is not None


def caps_codes(text: str) -> frozenset[str]:
    """The codes in capitals of `text` ("AA // JLS": AA, JLS)."""
    return frozenset(_CAPS.findall(text))


def names_agency(name: str, codes: frozenset[str]) -> bool:
    """Whether a byline names an agency: an agency noun, or a code in capitals that the
    dateline or sign-off also holds ("Redacció / ACP" over "... (ACP)")."""
    return agency_like(name) or bool(codes and caps_codes(name) & codes)
