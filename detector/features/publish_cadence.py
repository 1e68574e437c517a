"""Publishing cadence: a site that posts a story every minute or hundreds a month is a feed.

An autoblog pulls RSS feeds and posts each item as it arrives, so its "latest" list reads
"07:15 · 07:14 · 07:14 · 07:13 · 07:13": five stories in two minutes, on a site with one
byline. A copy-paste blog's archive widget counts "Septemba 2026 (387)" posts a month. A
newsroom's latest list is minutes to hours apart, except on a live blog (its updates are the
story) or an aggregator (it carries no story of its own), so the cadence counts only beside a
full story that is no live blog.
"""

from __future__ import annotations

import itertools
import re
import statistics

from detector.features._textscan import cut
from detector.features.base import PageFeatures, register
from detector.page import Page

# A list item's time at the start of a line: "07:14", "14:22 У Дніпрі ...", "09.10 14:22".
_ITEM_TIME = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}[./]?(?:\d{2,4})?,?\s+)?([01]?\d|2[0-3]):([0-5]\d)(?!\d)"
)
_MIN_ITEMS = 5  # the brief's floor: fewer times say nothing about a cadence
_MAX_MEDIAN_GAP = 2  # minutes between neighbouring items; a newsroom's list is further apart
_MAX_RUN_GAP = 3  # lines between two items of one list (headline, source, a separator)
_HEADLINE_WORDS = 3  # an item's headline: the words after the time or on a neighbouring line
_DAY = 24 * 60
_MAX_LINES = 400
# A full story: this many words in paragraphs of at least `_PARA_WORDS` (an aggregator's
# snippets and a live blog's short updates are shorter).
_STORY_WORDS = 100
_PARA_WORDS = 15
_LIVE_TIMED_PARAGRAPHS = 3  # a live blog stamps its updates in the story itself
# A live blog names itself in its headline, title or address (lower-case substrings).
LIVE_WORDS = (
    "live", "ticker", "en direct", "en vivo", "directo", "in diretta", "ao vivo", "na żywo",
    "онлайн", "наживо", "трансляц", "canlı", "trực tiếp", "langsung", "direkt", "suora",
    "relacja", "minute by minute", "minuto a minuto", "minut po minucie", "heute im überblick",
    # the blog's record once it closes ("As it happened: ...")
    "as it happened", "how it happened", "nachlese", "lo que pasó", "como aconteceu",
    "実況", "速報", "直播", "실시간", "ζωντανά", "בשידור חי", "עדכונים",
)  # fmt: skip

# An archive widget's month with its post count: "Septemba 2026 (387)", "► março 2026 (412)".
_ARCHIVE_MONTH = re.compile(
    r"^[►▼▸▾›»\-–•\s]*[^\W\d_]{3,12}\.?\s+((?:19|20)\d\d)\s*\((\d{1,5})\)\s*$"
)
_MIN_ARCHIVE_LINES = 2  # a widget lists months; one line may be a category named by a year
# Posts in one month: a one-byline blog that posts 300 stories a month runs a feed. Set on
# the real pages of data/html (see the report in the commit message).
_ARCHIVE_MONTHLY = 300


def _words(line: str) -> int:
    return sum(any(c.isalpha() for c in w) for w in line.split())


def _item_times(lines: tuple[str, ...]) -> list[tuple[int, int]]:
    """(line index, minute of the day) of lines that open with a time and carry a headline,
    after the time or on a neighbouring line."""
    out = []
    for i, line in enumerate(lines):
        if not line[:1].isdigit():
            continue
        m = _ITEM_TIME.match(line)
        if not m:
            continue
        rest = line[m.end() :]
        near = (lines[i - 1] if i else "", lines[i + 1] if i + 1 < len(lines) else "")
        if _words(rest) >= _HEADLINE_WORDS or any(
            _words(n) >= _HEADLINE_WORDS and not _ITEM_TIME.match(n) for n in near
        ):
            out.append((i, int(m[1]) * 60 + int(m[2])))
    return out


def _runs(times: list[tuple[int, int]]) -> list[list[int]]:
    """Times grouped into lists: neighbours at most a few lines apart."""
    runs: list[list[int]] = []
    last = -_MAX_RUN_GAP - 1
    for i, minute in times:
        if i - last > _MAX_RUN_GAP or not runs:
            runs.append([])
        runs[-1].append(minute)
        last = i
    return runs


def _gap(a: int, b: int) -> int:
    d = abs(a - b)
    return min(d, _DAY - d)  # "23:59", "00:01": two minutes across midnight


def minute_list(page: Page, min_items: int = _MIN_ITEMS) -> list[int]:
    """The times of a list of `min_items` or more items at most two minutes apart (median)."""
    lines = page.other_lines[:_MAX_LINES]
    for run in _runs(_item_times(lines)):
        if len(run) < min_items or len(set(run)) < max(3, len(run) / 2):
            continue  # most items at one time: a theme printing the page's or a feed's time
        gaps = [_gap(a, b) for a, b in itertools.pairwise(run)]
        # Median and mean: repeated times ("12:00, 12:00, 12:00, 12:11, 12:12") pull the
        # median to 0 on a newsroom's list too; the mean gap is its span over its items.
        if statistics.median(gaps) <= _MAX_MEDIAN_GAP and sum(gaps) <= _MAX_MEDIAN_GAP * len(gaps):
            return run
    return []


def full_story(page: Page) -> bool:
    """A story of its own: paragraphs of sentences, not snippets, and no live blog."""
    long = [p for p in page.paragraphs if len(p.split()) >= _PARA_WORDS]
    if sum(len(p.split()) for p in long) < _STORY_WORDS:
        return False
    timed = sum(bool(p[:1].isdigit() and _ITEM_TIME.match(p)) for p in page.paragraphs)
    if timed >= _LIVE_TIMED_PARAGRAPHS:
        return False
    named = f"{page.headline} {page.title} {page.url}".lower()
    return not any(w in named for w in LIVE_WORDS)


def archive_months(page: Page) -> tuple[int, str]:
    """(largest monthly count, its line) of an archive widget with two or more months."""
    found = []
    for line in page.other_lines[:_MAX_LINES]:
        if line.endswith(")") and (m := _ARCHIVE_MONTH.match(line)):
            found.append((int(m[2]), line))
    if len(found) < _MIN_ARCHIVE_LINES:
        return 0, ""
    return max(found)


@register("publish_cadence_v1")
class PublishCadence(PageFeatures):
    """A latest list of stories minutes apart beside a full story, and an archive counting
    hundreds of posts a month."""

    FEATURES = (
        "cadence_minutes_apart",  # 1: >= 5 listed items, median gap <= 2 min, full story
        "cadence_archive_monthly",  # 1: an archive month of >= 300 posts
    )

    def __init__(self, min_items: int = _MIN_ITEMS, monthly: int = _ARCHIVE_MONTHLY) -> None:
        self.min_items = min_items
        self.monthly = monthly

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        run = minute_list(page, self.min_items)
        if run and not full_story(page):
            run = []
        count, line = archive_months(page)
        evidence = []
        if run:
            shown = " · ".join(f"{m // 60:02d}:{m % 60:02d}" for m in run[:8])
            evidence.append(f"latest list {len(run)} items minutes apart: {shown}")
        if count >= self.monthly:
            evidence.append(f'archive counts {count} posts in a month: "{cut(line, 60)}"')
        return (float(bool(run)), float(count >= self.monthly)), tuple(evidence)
