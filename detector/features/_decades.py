"""Decades are not dates: "the 1970s", "die 1970er", "los años 1970", "1970-х", "1970년대".

A story that says "since the 1970s" dates nothing to 1970; read as a year cue, it makes current
copy look decades stale. A year ending in 0 with a decade suffix or after a decade word is dropped
from the year cues.
"""

from __future__ import annotations

import re
from collections import Counter

# Suffixes: en 's, de/nl er/-er, sv/no/da -talet/-tallet, fi -luvulla/-luku, ru/uk -х/-е/-ые,
# tr 'lar/'ler/-lı, ko 년대, ja/zh 年代, pl -tych? (lata 70.: no year), el -ες? (rare).
# Words before: fr années, es/pt años/anos, it anni, nl jaren, pl lata/latach, ro anii, ca anys.
_DECADE = re.compile(
    r"(?<!\d)((?:19|20)\d0)(?:\s?['’]?s\b|-?er(?:n|jahren|jahre)?\b|-?(?:talet|tallet)\b|"
    r"-?(?:luvulla|luvun|luku)\b|-?(?:х|е|ые|ых|ті|ти)\b|['’]?(?:lar|ler|lı|li)\w*|"
    r"\s?(?:년대|年代))"
    r"|(?i:\b(?:années|años|anos|anni|jaren|lata|latach|anii|anys|decade of|década de)\s+)"
    r"((?:19|20)\d0)(?!\d)"
)
_BEFORE = 16  # "décadas de " / "les années " before the year
_AFTER = 12  # "-luvulla", "jahren", "년대" after it


def drop_decades(text: str, years: list[str]) -> list[str]:
    """`years` (year strings found in `text`) without those `text` names as decades."""
    decades: Counter[str] = Counter()
    for year in {y for y in years if y.endswith("0")}:
        # Only a window around each mention is matched: the whole story need not be scanned.
        i = text.find(year)
        while i >= 0:
            lo = max(0, i - _BEFORE)
            window = text[lo : i + len(year) + _AFTER]
            if any(m.start(m.lastindex or 1) == i - lo for m in _DECADE.finditer(window)):
                decades[year] += 1
            i = text.find(year, i + len(year))
    if not decades:
        return years
    kept: list[str] = []
    for year in years:
        if decades[year]:
            decades[year] -= 1
        else:
            kept.append(year)
    return kept
