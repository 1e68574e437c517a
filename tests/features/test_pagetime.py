"""The page's own time: the copyright year read from candidate lines equals a per-line scan."""

from __future__ import annotations

import pytest

from detector.features._pagememo import forget
from detector.features._pagetime import _COPYRIGHT, copyright_year
from detector.page import Page
from detector.parsing.common import YEAR4


def _every_line(page: Page) -> int | None:
    """The newest copyright year, every line read with the regex (the definition)."""
    best: int | None = None
    for line in (*page.other_lines, *page.credit_lines):
        if len(line) <= 200 and _COPYRIGHT.search(line):
            years = [int(y) for y in YEAR4.findall(line)]
            if years:
                best = max(best or 0, max(years))
    return best


@pytest.mark.parametrize(
    ("other", "credits"),
    [
        ((), ()),
        (("Home", "News", "© 2012-2024 Brand", "Contact"), ()),
        (("COPYRIGHT 2019 Brand", "(C) 2021", "Copyright 1999 and (c)2005 (C) 2007"), ()),
        (("Menu", "x" * 250 + " © 2030"), ("Copyright 2003 The Associated Press",)),
        (("a\nb © 2011", "line after a break 2020"), ()),
        (("COPYRİGHT 2019 Brand", "Σ © 2001"), ()),  # "İ" lower-cases to two characters
        (("copyrıght 2022", "ſ"), ()),  # "ı" is "i" to re when ignoring case
        (("No notice 2024", "copy right 2010"), ("Source: Reuters",)),
    ],
)
def test_copyright_year_equals_the_per_line_scan(
    other: tuple[str, ...], credits: tuple[str, ...]
) -> None:
    forget()
    page = Page(other_lines=other, credit_lines=credits, paragraphs=("Story text.",))
    assert copyright_year(page) == _every_line(page)


def test_copyright_year_takes_the_newest_year() -> None:
    forget()
    page = Page(other_lines=("© 2012-2024 Brand", "Copyright 2019"))
    assert copyright_year(page) == 2024
