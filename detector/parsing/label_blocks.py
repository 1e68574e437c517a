"""Link lists in text records under a plain label of any wording ("Najnowsze", "많이 본 뉴스",
"Çok Okunanlar", "Potrebbe interessarti anche").

`patterns.LINK_BLOCK_HEADING` knows the common labels of a few languages; a text record of any
other keeps its sidebar as a short label line followed by headline lines, which the main-text
search otherwise reads as part of the story. The structure is language-general: a label of 1-5
words that is not a sentence, then 3+ lines that read as headlines and not as prose (no full
stop at the end), each perhaps ending in "– 23 kwietnia 2025, 06:00".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detector.parsing.common import reads_as_headline

_LABEL_CHARS = (2, 40)  # "Najnowsze" .. "Das könnte Sie auch interessieren"
_LABEL_SPACES = 4  # at most 5 words: a headline has more
_ITEM_CHARS = (12, 160)  # a listed headline (longer lines are prose)
MIN_ITEMS = 3  # two short lines after a label are as often a byline and a date
# A list item's trailing date: " – 23 kwietnia 2025, 06:00", " - 2024.11.07", " | 14:22".
_DATE_TAIL = re.compile(r"\s+[-–—|·]\s+[^-–—|·]{0,28}\d[^-–—|·]{0,28}$")
# The tail's digit stands in the last 30 characters ("{0,28}", and "$" may stand before a final
# newline): a line without one there has no tail to cut.
_TAIL_DIGIT = re.compile(r"\d")
_TAIL_CHARS = 30
# A label ends in no sentence or clause punctuation (a colon opens prose: "Here is how:").
_LABEL_QUOTES = "'\"‘“「『【《«"  # "'뉴스정리' 카테고리의 다른 글"
_LABEL_ENDS = (".", "!", "?", ":", "：", ",", ";", "。", "…")

# An ad slot's label in a text record: the lines under it are ads (a legit paper's loan ad),
# not the site's own links.
AD_LABEL = re.compile(
    r"^\W{0,3}(advertisement|advertising|(sponsored|paid|partner)( content| links?| partners?| posts?)?|ads?|anzeigen?|werbung|publicité|"
    r"publicidad|publicidade|anúncios?|anuncios?|pubblicità|publicitate|reklama|reklam|hirdetés|mainos|annons|"
    r"advertentie|iklan|quảng cáo|tangazo|إعلان|اعلان|विज्ञापन|โฆษณา|광고|广告|廣告|広告|"
    r"реклама|διαφήμιση)\W{0,3}$",
    re.IGNORECASE,
)


def strip_date_tail(line: str) -> str:
    """`line` without a trailing "– date, time" (a list item's stamp)."""
    if _TAIL_DIGIT.search(line, max(0, len(line) - _TAIL_CHARS)) is None:
        return line
    return _DATE_TAIL.sub("", line)


def _is_label(line: str) -> bool:
    lo, hi = _LABEL_CHARS
    return (
        lo <= len(line) <= hi
        # Not a bullet or an arrow (an item of a list itself); a quoted category may open it.
        and (line[0].isalpha() or line[0] in _LABEL_QUOTES)
        and line.count(" ") <= _LABEL_SPACES
        and not line.endswith(_LABEL_ENDS)
        and not any(map(str.isdigit, line))  # dates, times, counts: not a list's name
        and any(map(str.isalpha, line))
    )


def _is_item(line: str) -> bool:
    lo, hi = _ITEM_CHARS
    if not lo <= len(line) <= hi:
        return False
    head = strip_date_tail(line)
    # A bulleted line is a list of the story's own as often as a sidebar's ("- Speed limit
    # reductions"); a text record's sidebar headlines come bare.
    return (
        head[:1].isalnum()
        and not head.endswith((".", "…", ":", "：", ",", ";", "。", "।", "!", "?", "؟", "！", "？"))
        and not head[:1].islower()  # a sentence's continuation, not a headline
        and reads_as_headline(head)
    )


def heads_list(lines: Sequence[str], i: int) -> bool:
    """Whether line `i` is a plain label heading `MIN_ITEMS`+ headline lines."""
    if not _is_label(lines[i]) or AD_LABEL.match(lines[i]):
        return False
    items = lines[i + 1 : i + 1 + MIN_ITEMS]
    return len(items) == MIN_ITEMS and all(_is_item(item) for item in items)


def list_items(lines: Sequence[str], start: int, max_items: int = 20) -> list[str]:
    """The headline lines from `start` on (their date tails cut), up to the first that is not."""
    found: list[str] = []
    for line in lines[start : start + max_items]:
        if not _is_item(line):
            break
        found.append(strip_date_tail(line))
    return found
