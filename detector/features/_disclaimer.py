"""Content disclaimers: the site says its stories come from elsewhere.

Sites filled with other people's articles tend to say so in their chrome: a DMCA takedown page
in the footer menu ("About | Contact | DMCA"), or a note that their content is collected from
the internet and removed on request ("本站部分内容来源于网络，如有侵权请联系删除", "материалы
взяты из открытых источников", "Semua artikel diambil dari berbagai sumber"). Outlets that write
or license their stories have no use for either: of the 4,395 real pages of the shared HTML
collections, 10 link a DMCA page (viral, lyrics and rumour sites and one magazine group) and none
carries one of the notes below in its chrome.

Only the chrome (lines outside the story) and the story's last paragraphs (where a text
record's footer runs on) are read, so a story about copyright law does not count.
"""

from __future__ import annotations

import re

from detector.page import Page

# Notes that the site's content was gathered from elsewhere or is taken down on request (matched
# on lower-cased text).
_COPIED_NOTE = re.compile(
    r"(?:content|articles?|posts?|news|materials?|images?)\b[^.\n]{0,40}?\b"
    r"(?:collected|sourced|taken|gathered|compiled|copied) from "
    r"(?:the internet|the web|various sources|other sources|open sources)"
    r"|removed (?:immediately )?(?:up)?on request"
    r"|(?:do|does) not claim (?:any )?ownership"
    r"|if you are the (?:copyright )?owner of"
    r"|来源于网络|来源于互联网|来自网络|来自互联网|转载于网络|如有侵权|侵权删除|侵删|版权归原作者"
    r"|из открытых источников"
    r"|(?:diambil|dikutip) dari berbagai sumber"
    r"|(?:source|fuente|fonte|quelle|nguồn|kaynak|источник)\s*:\s*(?:internet|интернет|sưu tầm)",
)
# "DMCA" on a short line: a footer menu item ("DMCA", "DMCA Policy", "Privacy | Terms | DMCA");
# sentences about the law are longer.
_DMCA_WORD = re.compile(r"(?<![\w-])dmca(?![\w-])")
_MENU_LINE_WORDS = 16
_TAIL_PARAGRAPHS = 3


def content_disclaimer(page: Page) -> str:
    """What the page's chrome says about its content coming from elsewhere, or ""."""
    text = "\n".join((*page.other_lines, *page.paragraphs[-_TAIL_PARAGRAPHS:]))
    low = text.lower()
    at = low.find("dmca")
    while at >= 0:
        start, end = low.rfind("\n", 0, at) + 1, low.find("\n", at)
        line = low[start : end if end >= 0 else len(low)]
        if len(line.split()) <= _MENU_LINE_WORDS and _DMCA_WORD.search(line):
            return "a DMCA takedown page in its menus"
        at = low.find("dmca", at + 4)
    m = _COPIED_NOTE.search(low)
    return f'a note that its content comes from elsewhere: "{m[0]}"' if m else ""
