"""Tail code: the story ends with an agency desk's closing mark, and nothing credits an agency.

Agency copy closes with the desk's marks: the editors' initials ("kw/ mhr/", PAP), an
end-of-item marker ("انتهای پیام", "(END)", "-0-", "/ENDS", "（完）", "(끝)"). A licensee keeps
them *with* a credit ("(PAP)", "Source: IRNA", the agency in the byline); a site that pastes
the copy and strips the credit keeps the marks. Read only with no agency named and no
publisher credited anywhere on the page (`_uncredited.credits_nothing`), and never on an
agency's own site.
"""

from __future__ import annotations

import re

from detector.features._pagememo import memo
from detector.features._uncredited import credits_nothing
from detector.features.base import PageFeatures, register
from detector.page import Page

# The story's first paragraphs hold no closing mark; after them the parser may keep the mark
# as a paragraph of its own, followed by share bars or ads it took for the story ("kw/ mhr/").
_HEAD = 2
_SHORT = 40  # a closing mark line is short
# Two to four editors' initials, each closed by a slash: "kw/ mhr/", "mw/mhr/", "pś/ akl/".
_INITIALS = re.compile(r"(?:^|\s)((?:[^\W\d_A-Z]{2,4}\s*/\s*){2,4})$")
# End-of-item markers of agency desks, as the whole line (lower-cased, stripped). Not "ENDS",
# "-END-", "###" nor "-30-": press releases and government sites close their own items so (19
# real page versions of 8.8k did).
_END_MARKS = frozenset(
    (
        "(end)", "-0-", "(fin)", "انتهای پیام", "انتهای پیام/", "/انتهای پیام", "پایان پیام",
        "(انتهى)", "(끝)", "（끝）", "(完)", "（完）", "（了）", "(了)", "(hết)", "(konec)", "(koniec)",
    )
)  # fmt: skip
_STRIP = " \t.。"
# What a line ends with (past `_STRIP`) to be any mark: slash initials, or the last character
# of an end-of-item marker (caseless, so lower-casing the line keeps it). Most lines end
# otherwise and are not read further.
_LAST = ("/", *sorted({mark[-1] for mark in _END_MARKS}))


def _mark(line: str, bare: bool) -> str:
    """The closing mark `line` is or ends with; `bare` takes only marks with letters in them."""
    if line.endswith(("/", "/ ")):
        m = _INITIALS.search(line.rstrip())
        if m is not None:
            return m.group(1).strip()
    if len(line) > _SHORT:
        return ""
    mark = line.strip(_STRIP)
    in_set = len(mark) <= _SHORT and mark.lower() in _END_MARKS
    return mark if in_set and (not bare or any(ch.isalpha() for ch in mark)) else ""


def tail_mark(page: Page) -> tuple[str, str]:
    """A closing mark after the story's head (in its paragraphs or the lines around them) and
    the line it stands on, or ("", "")."""
    for para in page.paragraphs[_HEAD:]:
        mark = _mark(para, bare=False) if para.rstrip(_STRIP).endswith(_LAST) else ""
        if mark:
            return mark, para
    for line in page.other_lines:
        # ("-0-" is also a divider in chrome)
        mark = _mark(line, bare=True) if line.rstrip(_STRIP).endswith(_LAST) else ""
        if mark:
            return mark, line
    return "", ""


@register("tail_code_v1")
class TailCode(PageFeatures):
    """Whether the story closes with an agency desk's mark on a page that credits no agency."""

    FEATURES = (
        # the last paragraphs hold editors' slash initials or an end-of-item marker, and no
        # agency or publisher is credited anywhere on the page
        "tail_code_uncredited",
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        return memo(page, ("tail_code",), lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        mark, line = tail_mark(page)
        if not mark or not credits_nothing(page, skip=line):
            return (0.0,), ()
        return (1.0,), (f"the story closes with the desk mark '{mark}' and credits no agency",)
