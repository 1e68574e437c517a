"""A takedown page: the site's menus link a DMCA page.

Sites filled with other people's articles keep a page for copyright-takedown requests and link it
from their footer menu ("About | Contact | DMCA"). Outlets that write or license their stories
rarely do: of the 4,395 real pages of the shared HTML collections, 17 show one (viral, lyrics and
rumour sites, a few magazines and forums). A disclaimer in words ("content taken from the web,
removed on request") is read by `leftovers_v1` (`TAKEN_DISCLAIMER`).
"""

from __future__ import annotations

import re

from detector.features._trigrams import lower_joined, lower_map
from detector.page import Page

# "DMCA" as a word on a short line: a menu item ("DMCA", "DMCA Policy", "Privacy | Terms | DMCA");
# sentences about the law are longer.
_DMCA_WORD = re.compile(r"(?<![\w-])dmca(?![\w-])")
_MENU_LINE_WORDS = 16
# A text record's footer runs on into the story's last paragraphs.
_TAIL_PARAGRAPHS = 3


def takedown_page(page: Page) -> bool:
    """Whether the page's chrome (or a text record's trailing lines) links a DMCA page."""
    lines = (*page.other_lines, *page.paragraphs[-_TAIL_PARAGRAPHS:])
    # (The page's lines lower-cased once, shared with the other families: `lower_map`.)
    if "dmca" not in lower_joined(page, lines):
        return False
    low = lower_map(page)
    return any(
        len(line.split()) <= _MENU_LINE_WORDS and _DMCA_WORD.search(low[line]) for line in lines
    )
