"""Parse extracted-text records (the seed, Common Crawl WET records) into `Page` fields.

In such records block elements became lines, and inline elements can run together
("Current:Home > ScamsUS senators ..."), so the parser re-splits the first lines with the help of
the headline found further down.
"""

from __future__ import annotations

import re
from typing import Any

from detector.lexicon.sections import NEWS_SECTION_WORDS, NEWSROOM_WORDS
from detector.page import Anchor, DateCandidate, LinkBlock
from detector.parsing import agencies, agency_credits, bylines, common, label_blocks
from detector.parsing import patterns as P
from detector.parsing.dates import standalone_date

_BULLET = re.compile(r"^\s*(?:[-*•·▪►]|\d{1,2}[.)])\s+")
# A signature line: "By Jane Doe", "By Reuters", "Von dpa", "Par AFP".
_BYLINE_LINE = re.compile(r"^(?:by|von|par|por|di|door)\s+\S", re.IGNORECASE)
# How far above the story a byline may sit (headline, date and byline lines come in any order).
_BYLINE_REACH = 3
_AGENCY_LINE_CHARS = 40  # "Thomson Reuters", "Agence France-Presse": a name, not a sentence
# How far above the story its headline may sit (date, byline and label lines between).
_HEADLINE_REACH = 4
_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")
_LABEL_PREFIX = re.compile(r"^\s*([A-Za-z]{2,15}\s*[:：])\s*(?=\S)")


def _is_name_list(line: str) -> bool:
    """A long line of capitalised words with no sentence punctuation: a tag cloud or a menu."""
    words = line.split()
    if any(ch in line for ch in ".!?。,;"):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= 0.7 * len(words)


def _is_link_item(line: str) -> bool:
    if _BULLET.match(line):
        return True
    words = line.split()
    # A footer's "© 2026 Brand" closes a list; it is not one of its links.
    if line.startswith(("©", "(c) ", "Copyright", "copyright")):
        return False
    return 0 < len(words) <= 30 and not line.rstrip().endswith((".", "。"))


def _is_agency_signature(line: str) -> bool:
    """A "Name, Agency role" signature line with no "By": "Greg Beacham, AP Sports Writer"."""
    name, comma, role = line.partition(", ")
    return (
        bool(comma)
        and 2 <= len(name.split()) <= 4
        and name.replace(" ", "").replace(".", "").replace("-", "").isalpha()
        and agencies.agency_in_name(role) is not None
    )


# An author label ("Autor:", "Penulis:", "작성자:", "بواسطة") before the name.
_AUTHOR_LABEL = re.compile(
    r"^(?:author|written by|autor|auteur|autore|autora|penulis|yazar|автор|作者|작성자|著者|"
    r"tác giả|người viết|bởi|oleh|بواسطة|الكاتب|लेखक)\s*[:：]?\s*(?=\S)",
    re.IGNORECASE,
)
# "Publié le 22 mars 2024 par Rédaction", "Posted on May 2, 2024 by admin": a signature after a
# date, up to the next separator or category ("... por admin en Actualidad").
_BY_AFTER_DATE = re.compile(
    r"\b(?:by|von|par|por|di|door|av|af|bởi|oleh)\s+(?P<name>[^\s|·•,–—]+(?:\s+[^\s|·•,–—]+){0,3}?)"
    r"(?=\s*(?:$|[|·•,–—]|\s(?:en|in|em|nel|dans|im|op|i|på)\s))",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")
_META_ROW_SPLIT = re.compile(r"\s[|·•]\s")
_META_ROW_CHARS = 120
_SECTION_WORDS = NEWS_SECTION_WORDS | NEWSROOM_WORDS


def _signature_in_row(line: str) -> str:
    """The signature in a short date row: "12.08.2024 | Zespół FlowCRM | 3 min czytania",
    "Posted on May 2, 2024 by admin", "Penulis: Admin2"; "" when the row names nobody."""
    if len(line) > _META_ROW_CHARS:
        return ""
    label = _AUTHOR_LABEL.match(line)
    if label:
        return bylines.cut_relative(_META_ROW_SPLIT.split(line[label.end() :])[0].strip())
    if standalone_date(line) is None and common.labelled_date(line) is None:
        return ""
    m = _BY_AFTER_DATE.search(line)
    if m:
        return m["name"]
    # A bar-separated row: the one part of two to four words with no digit, no label and no
    # section name (a lone word is as often the story's section: "May 7, 2024 | Politics").
    parts = [part.strip() for part in _META_ROW_SPLIT.split(line)]
    names = [
        part
        for part in parts
        if not _NUMBER.search(part)  # a date, a time, "3 min", a count
        and ":" not in part
        and "：" not in part
        and 2 <= common.line_words(part) <= 4
        and not _SECTION_WORDS.intersection(part.lower().split())
    ]
    return names[0] if len(parts) >= 2 and len(names) == 1 else ""


# A fact sheet's row: "Horário: 16h", "Local: Estádio X", "Árbitro: Y" (one or two words, a colon).
_FACT_ROW = re.compile(r"^[^\W\d_]{2,15}(?:\s[^\W\d_]{1,15})?\s*[:：]\s*\S")
_FACT_ROWS = 2  # other label rows within two lines of the date row (al p23: four rows)


def _in_fact_sheet(lines: list[str], i: int) -> bool:
    """Whether the labelled date row `i` is one row of a fact sheet ("Data:", "Horário:",
    "Local:"), not the page's date line: other short label rows, not dates, sit beside it."""
    near = (lines[j] for j in range(max(i - 2, 0), min(i + 3, len(lines))) if j != i)
    rows = sum(
        1
        for ln in near
        if len(ln) <= 80 and _FACT_ROW.match(ln) and common.labelled_date(ln) is None
    )
    return rows >= _FACT_ROWS


def _byline_above(lines: list[str], story_start: int) -> str:
    """The signature line right above the story, if any.

    Read from the lines themselves, not from what is left over: in a WET record of a busy page the
    lines above the story (teasers, headline, date, "By Reuters") often run together into one
    link-list-like block, which would otherwise swallow the byline.
    """
    for k in range(story_start - 1, max(story_start - 1 - _BYLINE_REACH, -1), -1):
        ln = lines[k]
        if len(ln) < 120 and (_BYLINE_LINE.match(ln) or _is_agency_signature(ln)):
            return ln
        # An agency's name on its own line ("Thomson Reuters", "Associated Press") signs the
        # story as a byline does.
        if len(ln) <= _AGENCY_LINE_CHARS and agency_credits.credit_line_agency(ln) is not None:
            return ln
        signature = _signature_in_row(ln) or bylines.meta_row_name(ln, parts_only=True)
        if signature:
            return signature
    return ""


def _restates(line: str, headline_part: str, title: str) -> bool:
    """Whether a line under the title repeats its headline (the page's h1 under its <title>).

    A short piece of the title ("- WSJ", "Home") is a menu item or the brand, not the headline.
    """
    if line == headline_part:
        return True
    if not (line in title or title.startswith(line)) or line.startswith(("-", "|", "–", "—")):
        return False
    return common.line_words(line) >= 3 and len(line) >= 0.5 * len(headline_part)


# A title of this many words at most that no line restates may be the site's name or a menu
# item ("Home", "Startseite", "首页", "Skip to main content").
_SHORT_TITLE_WORDS = 4


def _names_no_story(headline: str, title: str, brand: str, holder: str) -> bool:
    """Whether the headline taken from the first line is the site's name or page chrome."""
    if headline.startswith(("-", "|", "–", "—")) or headline in (brand, holder):
        return True
    return common.line_words(headline) <= _SHORT_TITLE_WORDS


def _headline_above(
    lines: list[str], story_start: int, used: set[int], lead: str = "", lead_only: bool = False
) -> str:
    """The headline right above the story, for a record whose first line names no story.

    Between the headline and the story sit only short lines (date, byline, labels). Going up,
    the first line of four words or more that is no date line, byline or label, and shares
    words with the story's `lead`, is the headline; lines a link list took count too (a WET
    record's crumbs, headline and byline often run together into one list-like block). Failing
    that (and unless `lead_only`), the first such line outside any list.
    """
    lead_keys = _keys(lead)
    fallback = ""
    for k in range(story_start - 1, max(story_start - 1 - _HEADLINE_SEARCH, -1), -1):
        ln = lines[k]
        if _BYLINE_LINE.match(ln) or ln.endswith((":", "：")):
            continue
        if P.PAGINATION_TEXT.match(ln) or P.AD_TEXT_LINE.match(ln):
            continue
        if not (common.line_words(ln) >= 4 and len(ln) <= 200 and not standalone_date(ln)):
            continue
        if lead_keys and len(_keys(ln) & lead_keys) >= _SHARED_KEYS:
            return ln
        if not fallback and k not in used and k >= story_start - 1 - _HEADLINE_REACH:
            fallback = ln
    return "" if lead_only else fallback


# How far above the story a headline that shares words with it may sit (lists between).
_HEADLINE_SEARCH = 10
_SHARED_KEYS = 2
_KEY_WORD = re.compile(r"\w{4,}")
_CJK_PAIR = re.compile(r"(?=([\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2}))")


def _keys(text: str) -> set[str]:
    """Content words of a line (four letters or more), and pairs of CJK characters."""
    keys = {w.lower() for w in _KEY_WORD.findall(text) if not w.isdigit()}
    if not text.isascii():
        keys.update(_CJK_PAIR.findall(text))
    return keys


def _split_breadcrumb_line(first: str, later: list[str]) -> tuple[tuple[str, ...], str, list[str]]:
    """Split a run-together "Label:Home > Section<title>" line. Returns (crumbs, title, extras)."""
    extras: list[str] = []
    body = first
    label = _LABEL_PREFIX.match(body)
    if label and P.BREADCRUMB_LINE.match(body):
        extras.append(label[1].strip())
        body = body[label.end() :]
    m = P.BREADCRUMB_LINE.match(body)
    if not m:
        return (), first, extras
    rest = m[2]
    title = ""
    # The headline usually follows on its own line: find where it starts inside the merged line.
    for cand in later:
        cand = cand.strip()
        if len(cand) >= 15 and cand in rest:
            cut = rest.index(cand)
            title, rest = rest[cut:], rest[:cut]
            break
    crumbs = [m[1].strip()] + [c.strip() for c in P.BREADCRUMB_SEPARATORS.split(rest) if c.strip()]
    if not title and crumbs:
        # No headline to anchor on: split the last crumb at its first lower->Upper case join.
        last = crumbs[-1]
        parts = _CASE_JOIN.split(last, maxsplit=1)
        if len(parts) == 2 and len(parts[1].split()) >= 3:
            crumbs[-1], title = parts[0], parts[1]
        elif len(last.split()) >= 5:
            crumbs, title = crumbs[:-1], last
    return tuple(c for c in crumbs if len(c) <= 60), title.strip(), extras


def parse_text_record(text: str, url: str) -> dict[str, Any]:
    """Fields of a `Page` from an extracted-text record."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    fields: dict[str, Any] = {"kind": "text"}
    if not lines:
        return fields

    used: set[int] = set()
    other: list[str] = []
    title = lines[0] if len(lines[0]) <= 300 else ""
    breadcrumbs: tuple[str, ...] = ()
    if title:
        used.add(0)
        crumbs, rest_title, extras = _split_breadcrumb_line(title, lines[1:6])
        if crumbs:
            breadcrumbs, title = crumbs, rest_title or title
            other.extend(extras)
    headline_part, brand = common.split_title(title)
    headline = headline_part
    restated = False
    for i in range(1, min(len(lines), 5)):
        ln = lines[i]
        if i not in used and 3 <= len(ln) <= 300 and _restates(ln, headline_part, title):
            headline, restated = ln, True
            used.add(i)
            break
    if not breadcrumbs:
        for i in range(min(len(lines), 8)):
            m = P.BREADCRUMB_LINE.match(lines[i])
            if m and len(lines[i]) < 120:
                breadcrumbs = tuple(
                    c.strip() for c in [m[1], *P.BREADCRUMB_SEPARATORS.split(m[2])] if c.strip()
                )
                used.add(i)
                break

    dates: list[DateCandidate] = []
    bare_date_found = False
    month_only: DateCandidate | None = None
    first_prose = next((k for k, ln in enumerate(lines) if common.is_prose(ln)), len(lines))
    for i, ln in enumerate(lines[:60]):
        labelled = common.labelled_date(ln)
        if labelled is not None:
            dates.append(labelled)
            # A fact sheet's "Data:" row inside the story is no barrier to the story's span.
            if i <= first_prose or not _in_fact_sheet(lines, i):
                used.add(i)
                other.append(ln)
        elif not bare_date_found and i not in used and common.is_date_line(ln):
            value = standalone_date(ln)
            if value and len(_NUMBER.findall(ln)) < 2:
                # A month and a year alone ("mars 2024") is as often an archive's entry as the
                # page's date: taken only when the page gives no other date.
                month_only = month_only or DateCandidate(value, "line", "published", ln)
            elif value:
                dates.append(DateCandidate(value, "line", "published", ln))
                bare_date_found = True
    if not dates and month_only is not None:
        dates.append(month_only)

    # Link blocks: a heading line such as "Related" followed by list-like lines.
    blocks: list[LinkBlock] = []
    block_ranges: list[tuple[int, int]] = []
    plain_end = 0  # the end of the last plain-label list (its items head no list of their own)
    i = 0
    while i < len(lines):
        ln = lines[i]
        if i not in used and len(ln) <= 60 and P.is_link_block_heading(ln):
            j = i + 1
            items: list[Anchor] = []
            # A native-ad widget prints "Sponsored" under each item: a label, not a new list.
            native = bool(P.SPONSORED_HEADING.search(ln))
            while j < len(lines) and _is_link_item(lines[j]):
                if native and P.AD_ITEM_LABEL.match(lines[j]):
                    j += 1
                    continue
                if P.is_link_block_heading(lines[j]):
                    break
                items.append(Anchor(_BULLET.sub("", lines[j]).strip()))
                j += 1
            if len(items) >= 2:
                blocks.append(LinkBlock(ln.strip(" :"), tuple(items)))
                block_ranges.append((i, j))
                used.update(range(i, j))
                i = j
                continue
        # A plain label of any wording ("Najnowsze", "많이 본 뉴스") over 3+ headlines, after
        # the story has begun (above it, a section name over the headline, byline and date
        # lines would read alike). Its lines stay where they are: as a barrier to the main-text
        # search, a story's own sub-heading and short lines would cut the story.
        if i >= plain_end and i > first_prose and label_blocks.heads_list(lines, i):
            items_text = label_blocks.list_items(lines, i + 1)
            blocks.append(LinkBlock(ln, tuple(Anchor(t) for t in items_text)))
            plain_end = i + 1 + len(items_text)
        i += 1

    # Main text: the densest run of prose (a maximum-sum span, Kadane): prose lines add their
    # words, menu-like short lines subtract, and title, date and link-block lines are barriers.
    # A WET record carries the whole page, so menus and sidebars surround the story.
    best_span, best_sum, run_start, run_sum = (0, 0), 0.0, 0, 0.0
    for k, ln in enumerate(lines):
        if k in used:
            weight = -1e6
        else:
            words = common.line_words(ln)
            if common.is_prose(ln, words) and not _is_name_list(ln):
                weight = float(words)
            else:
                weight = -float(max(4, words))
        if run_sum <= 0:
            run_start, run_sum = k, 0.0
        run_sum += weight
        if run_sum > best_sum:
            best_span, best_sum = (run_start, k + 1), run_sum
    paragraphs: list[str] = []
    for k in range(*best_span):
        if k in used:
            continue
        ln = lines[k]
        n = len(ln)
        if (
            (n <= P.AD_LINE_MAX and ln[0] in P.AD_LINE_FIRST and P.AD_TEXT_LINE.match(ln))
            # ("... 3Next page »" ends as a sentence may)
            or ((ln[0] in P.PAGINATION_FIRST or ln[0].isdecimal()) and P.PAGINATION_TEXT.match(ln))
            or (n <= 40 and (P.REACTION_COUNTER.match(ln) or P.REACTION_BAR.match(ln)))
        ):
            other.append(ln)
        else:
            paragraphs.append(ln)
        used.add(k)
    other.extend(lines[k] for k in range(len(lines)) if k not in used)
    byline = ""
    if paragraphs:
        # Failing a "By" line above the story, a signature in other languages and layouts
        # ("기자명 ...", a date row then the name), also among the story's first lines.
        start = best_span[0]
        byline = (
            _byline_above(lines, start)
            or bylines.signature_near(lines, start)
            or bylines.signature_over_buttons(lines, start, headline)
        )
    holder = common.copyright_holder(lines)
    ad_lines, paged = common.ad_lines_and_pagination(other)
    if paragraphs and not restated:
        lead = " ".join(paragraphs[:2])[:600]
        skip = used - set(range(*best_span))
        if _names_no_story(headline, title, brand, holder):
            # The record opens with the site's name, a menu or a skip link, not the story's
            # title: the headline sits above the story.
            headline = _headline_above(lines, best_span[0], skip, lead) or headline
        elif len(_keys(headline) & _keys(lead)) < _SHARED_KEYS:
            # "Brand – tagline" as the first line: its second part names the site, not the
            # story. A line above the story that shares its words is the headline.
            headline = _headline_above(lines, best_span[0], skip, lead, lead_only=True) or headline

    if holder and brand and headline not in title:
        # The first line names only the site ("Hollister & Vance Injury Lawyers | Free Case
        # Review 24/7"): the brand is the part the footer's copyright holder begins, not the
        # shorter end piece.
        low = holder.lower()
        parts = (part.strip() for part in P.TITLE_SEPARATORS.split(title))
        brand = next((part for part in parts if part.lower().startswith(low)), brand)
    brands = [(brand, "title_suffix")] if brand else []
    if holder and holder != brand:
        brands.append((holder[:100], "copyright"))
    fields.update(
        title=title,
        headline=headline,
        breadcrumbs=breadcrumbs,
        brand_candidates=tuple(brands),
        site_name=brands[0][0] if brands else "",
        paragraphs=tuple(paragraphs),
        date_candidates=tuple(dates),
        link_blocks=tuple(blocks),
        other_lines=tuple(other),
        **({"byline": byline} if byline else {}),
        ad_slots=ad_lines,
        pagination=paged,
        n_links=sum(len(b.anchors) for b in blocks),
    )
    return fields
