"""An agency credited under a name the agency table does not hold, read from its dateline code.

A licensee running agency copy credits the agency whose code opens the story ("COLUMBUS, Ohio
(CP) —") by the agency's full name in the byline or the copyright notice ("By ROBERT KEANE
Continental Press", "Copyright 2026 Continental Press", "Agence Nationale de Presse" for ANP,
"Česká tisková kancelář" for ČTK), or by the code itself on a byline or a closing line ("Oleh
PERNAS | 23 Februari", "— PERNAS", "Redacció / ACOM", "© KBN 2026"). No table lists every
agency's every name: these read the credit from the code. Used by `detector.features.wire`.
"""

from __future__ import annotations

import re

from detector.lexicon.words import wordset
from detector.parsing.source_lines import outlet_like

# Words an agency's name holds that its initials skip: articles, prepositions, conjunctions
# (en, fr, es, pt, it, ca, de, nl, sv/da/no, pl, cs, ro, id/ms, tr).
_JOINERS = wordset(
    """the of and for a an at in on de del dels della delle dello di da do dos das des du d la
    le les l el los las lo y e et i und der die das dem des von vom zu van voor het en och för
    på af og w z na pro ve și al dan ja"""
)
# Agency words the outlet lexicon (`source_lines.OUTLET_WORDS`) lacks: "Česká tisková
# kancelář", "Polska Agencja Prasowa", "Magyar Távirati Iroda", "Suomen Tietotoimisto"...
_AGENCY_STEMS = (
    "tiskov", "tlačov", "prasow", "sajtó", "távirat", "tietotoimisto", "uutistoimisto",
    "nyhetsbyr", "nyhedsbureau", "persbureau", "agentur", "agentúr", "agenci", "agenc", "agenț",
    "agenz", "agênci", "ajans", "agensi", "kantor berita", "büro", "bureau", "byrå", "biuro",
    "iroda", "telegra", "servi", "dienst", "syndicat", "informa",
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# What may stand between two words of a name: spaces, a hyphen ("France-Presse"), an apostrophe.
_GAP = re.compile(r"[\s'’-]*")
# Words that open a byline or a credit before the name, in 12 languages.
_BY_WORDS = wordset("by por par von di da door av af przez oleh autor author tekijä yazan")
# Cues of a credit line that may hold an agency's full name: a copyright or licence notice.
_LICENCE_CUES = (
    "©", "(c)", "ⓒ", "copyright", "rights reserved", "licen", "licenč", "contract", "contrat",
    "tillstånd", "permission", "riservat", "reservados", "réservés", "vorbehalten",
    "zastrzeżone", "vyhrazen", "hak cipta", "telif", "umow", "smlouv",
)  # fmt: skip
# A photo or graphic credit names who took the picture, not who wrote the story.
_PHOTO = re.compile(
    r"^\W{0,3}(?:foto|photo|fot|bild|kuva|zdjęcie|ảnh|φωτ|фото|صورة|사진|写真|图|graphic|grafik)",
    re.IGNORECASE,
)
_SEPARATORS = ("|", "·", ",", "/", "—", "–", "-")
# After a code opening the line, a byline row goes on with a date or a name ("PERNAS | 23
# Februari", "AGN / Gazeta de Banat"); a language menu ("PL | EN | DE") with codes only.
_SAYS_MORE = re.compile(r"\d|[^\W\d_]{4,}")
MAX_CODE_LINE = 60  # a byline row or a closing line: "Oleh PERNAS | 23 Februari 2026, 6:12 petang"
_MAX_CODE_WORDS = 8


def initials_code(code: str) -> bool:
    """Whether `code` can be a name's initials: 2-6 letters, all capitals ("CP", "ANP", "ČTK")."""
    return 2 <= len(code) <= 6 and code.isalpha() and code.isupper()


def _agency_like(name: str) -> bool:
    low = name.lower()
    return outlet_like(name) or any(stem in low for stem in _AGENCY_STEMS)


def name_for_code(code: str, text: str) -> str:
    """The words of `text` whose initials spell `code` and that name an agency or an outlet
    ("Continental Press" for "CP" in "By ROBERT KEANE Continental Press"), or "".

    The name's first word is capitalised; joiners ("de", "the") are skipped; its words stand
    next to each other; a capitalised word right after it would make it a longer name's start.
    """
    if not initials_code(code):
        return ""
    want = code.casefold()
    words = list(_WORD.finditer(text))
    for i, first in enumerate(words):
        if not first[0][0].isupper() or first[0].lower() in _JOINERS:
            continue
        content = 0
        j = i
        while j < len(words) and content < len(want):
            if j > i and not _GAP.fullmatch(text, words[j - 1].end(), words[j].start()):
                break
            word = words[j][0]
            if word.lower() not in _JOINERS:
                if word[0].casefold() != want[content]:
                    break
                content += 1
            j += 1
        if content < len(want):
            continue
        after = words[j] if j < len(words) else None
        if (
            after is not None
            and after[0][0].isupper()
            and _GAP.fullmatch(text, words[j - 1].end(), after.start())
        ):
            continue
        name = text[first.start() : words[j - 1].end()]
        if _agency_like(name):
            return name
    return ""


def credit_cue(line: str) -> bool:
    """Whether a short line is a credit: a copyright or licence notice, or a byline ("By X")."""
    low = line.lower()
    if any(cue in low for cue in _LICENCE_CUES):
        return True
    first = _WORD.search(low)
    return first is not None and first[0] in _BY_WORDS and first.start() <= 3


def code_on_line(code: str, line: str) -> bool:
    """Whether a short byline or closing line credits `code` as written: "— PERNAS", "Oleh
    PERNAS | 23 Februari", "Redacció / ACOM", "© KBN 2026"; not a photo credit, and not the
    bracketed mark closing agency copy ("(ANSA).") that comes with the text."""
    line = line.strip()
    if not initials_code(code) or len(line) > MAX_CODE_LINE or code not in line:
        return False
    if _PHOTO.match(line) or len(line.split()) > _MAX_CODE_WORDS:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", line):
        before, after = line[: m.start()].rstrip(), line[m.end() :].lstrip()
        if before.endswith(("(", "（", "[")):
            continue  # "(AGP)." closes the copy; "Kaynak: AA" and the like are read elsewhere
        if not before and not after:
            continue  # a line of the code alone: a menu's "PL" as much as a credit
        if (
            before.endswith(("—", "–", "-", "©", "/", "|", "·", ","))
            or (before and before.split()[-1].lower() in _BY_WORDS)
            or (not before and after[:1] in _SEPARATORS and _SAYS_MORE.search(after))
            or credit_cue(before)
        ):
            return True
    return False
