"""Engagement counters of the farm kind ("veryGood! (5)", emoji votes with tiny counts).

Farm templates (many built from one Chinese news-CMS theme) end every story with a reaction
widget: an emotive label and a small count in brackets, e.g. "veryGood! (5)", "Like (3)",
"😂 (2)". A real outlet shows a comment count ("123 comments") or share counts instead; those are
reported as their own features and never count as farm counters.
"""

from __future__ import annotations

import math
import re

from detector.features.base import PageFeatures, register
from detector.page import Page, Reaction
from detector.wordruns import utf8_and_non_ascii

# Labels of reaction widgets, in the languages of the corpora; emoji and "!" count as emotive too.
# Word starts ("Interesting", "Surprised") for the longer stems, whole words for the short ones
# ("Gutsy Girls", "Bada" are names, not reactions); "veryGood!" is caught by its "!".
_EMOTIVE = re.compile(
    r"\b(?:good|great|awesome|love|like|angry|funny|haha|boring|happy|shock|surpris|useful|"
    r"helpful|insightful|interest|excit|upset|laugh|agree|disagree|support|oppose|thumbs|"
    r"traurig|génial|genial|me gusta|bello)"
    r"|\b(?:wow|sad|cool|bad|gut|super|toll|triste|bien|bueno|nice|meh|lol|omg)\b"
    r"|赞|顶|踩|喜欢|难过|愤怒|搞笑|震惊|感动|无聊",
    re.IGNORECASE,
)
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2764\u2b50]")
# Fallback for pages built by hand or parsed without reactions: "Label! (5)" on a short line.
_COUNTER_LINE = re.compile(
    r"^(?P<label>[^\d()\[\]\n]{1,24}?)\s*[(\[]\s*(?P<count>\d{1,6})\s*[)\]]\s*$"
)
# Two-word reactions open with one of these ("very good", "not bad", "me gusta").
_INTENSIFIERS = frozenset(
    {"very", "so", "really", "not", "too", "me", "sehr", "très", "muy", "molto"}
)
_EMOJI_CHARS = "\U0001f300-\U0001faff\u2600-\u27bf\u2764\u2b50\ufe0f\u200d"
_EMOJI_PAIR = re.compile(rf"(?P<emoji>[{_EMOJI_CHARS}]+)\s*[(\[]?\s*(?P<count>\d{{1,6}})\s*[)\]]?")
_EMOJI_BAR = re.compile(rf"^(?:\s*[{_EMOJI_CHARS}]+\s*[(\[]?\s*\d{{1,6}}\s*[)\]]?){{2,}}\s*$")
_COUNT_ONLY = re.compile(r"^[(\[]\s*\d{1,6}\s*[)\]]$")
_FARM_KINDS = ("reaction", "vote", "like")


def _emotive(label: str) -> bool:
    """A reaction label: an emotive word (or "very"/"not" + one), an emoji, or ending in "!".

    Longer labels with a count ("Lifetime of Love (6)") are archive and category lists.
    """
    label = label.strip()
    words = label.split()
    if not words or len(words) > 2:
        return False
    if label.endswith("!") or _EMOJI.search(label):
        return True
    if len(words) == 2 and words[0].lower() not in _INTENSIFIERS:
        return False  # "Bad Science (37)", "Controller Support (5)": a category, not a reaction
    return bool(_EMOTIVE.search(label))


def _bracketed(r: Reaction) -> bool:
    """The farm widget's shape: a label, then its count ("veryGood! (5)", "😂 2" in an emoji bar)."""
    raw = r.raw.strip() or f"{r.label} ({r.count})"
    if r.kind == "vote" and _EMOJI.search(r.label):
        return True
    return raw.endswith((")", "]")) and not raw[:1].isdigit()


def _raw(r: Reaction) -> str:
    if r.raw:
        return " ".join(r.raw.split())[:60]
    return f"{r.label} ({r.count})" if r.count is not None else r.label


@register("engagement_v1")
class Engagement(PageFeatures):
    """Farm-style reaction counters (tiny counts, emotive labels) against real comment counts."""

    FEATURES = (
        "react_widgets",  # reaction / vote / like counters
        "react_tiny",  # ... whose count is tiny
        "react_emotive",  # ... with an emotive, emoji or "!" label
        "react_farm_counter",  # at least one tiny emotive counter: the "veryGood! (5)" kind
        "react_log_max",  # log1p of the largest reaction count
        "comment_counters",  # comment counts: a real outlet's kind
        "comment_log_max",  # log1p of the largest comment count
        "engagement_missing",  # no counter of any kind on the page
    )

    def __init__(self, tiny_max: int = 50, max_line_chars: int = 40) -> None:
        # tiny_max: the seed shows "veryGood! (5)": a farm gets few visitors, so its counters
        # stay small. On the 4,395 real pages a bracketed emotive counter fired on 3 pages at
        # <= 20, 4 at <= 60 and 8 at <= 1000 (0.07-0.2%); 50 keeps real pages quiet while
        # catching counters a farm has let grow a little. The count itself is react_log_max.
        self.tiny_max = tiny_max
        # max_line_chars: a counter line is short; longer lines are prose that ends in "(3)".
        self.max_line_chars = max_line_chars

    def _reactions(self, page: Page) -> tuple[Reaction, ...]:
        bars = self._emoji_bars(page)
        if page.reactions:
            return (*page.reactions, *bars)
        found: list[Reaction] = list(bars)
        lines = page.other_lines
        for i, line in enumerate(lines):
            if len(line) > self.max_line_chars or not line.rstrip().endswith((")", "]")):
                continue
            line = line.strip()
            if _COUNT_ONLY.match(line) and i:
                # The widget's label and count in separate elements: "veryGood!" then "(25)".
                line = f"{lines[i - 1].strip()} {line}"
            m = _COUNTER_LINE.match(line)
            if m and _emotive(m["label"]):
                found.append(Reaction(m["label"].strip(), int(m["count"]), "reaction", line))
        return tuple(found)

    def _emoji_bars(self, page: Page) -> list[Reaction]:
        """Emoji-vote bars ("👍 3 ❤️ 1 😂 0"): one vote reaction per emoji and count."""
        # _EMOJI matches one character: the page has one when its distinct non-ASCII characters
        # do (found in C, a few times faster than the regex over every line).
        if not page.other_lines:
            return []
        _, non_ascii = utf8_and_non_ascii("".join(page.other_lines))
        if not _EMOJI.search("".join(non_ascii)):
            return []
        found: list[Reaction] = []
        for line in page.other_lines:
            if len(line) <= self.max_line_chars * 2 and _EMOJI_BAR.match(line):
                for m in _EMOJI_PAIR.finditer(line):
                    found.append(Reaction(m["emoji"], int(m["count"]), "vote", m.group(0).strip()))
        return found[:20]

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        reactions = self._reactions(page)
        widgets = [r for r in reactions if r.kind in _FARM_KINDS]
        comments = [r for r in reactions if r.kind == "comments"]
        tiny = [r for r in widgets if r.count is not None and r.count <= self.tiny_max]
        emotive = [r for r in widgets if _emotive(r.label)]
        farm = [r for r in tiny if _emotive(r.label) and _bracketed(r)]
        evidence: list[str] = []
        if farm:
            shown = ", ".join(f'"{_raw(r)}"' for r in farm[:3])
            evidence.append(f"farm-style reaction counter {shown} (count <= {self.tiny_max})")
        elif widgets:
            evidence.append(f'reaction counter "{_raw(widgets[0])}" (not tiny or not emotive)')
        if comments:
            evidence.append(
                f'comment count "{_raw(comments[0])}" (a real outlet\'s kind, not a farm counter)'
            )
        react_max = max((r.count or 0 for r in widgets), default=0)
        comment_max = max((r.count or 0 for r in comments), default=0)
        values = (
            float(len(widgets)),
            float(len(tiny)),
            float(len(emotive)),
            float(bool(farm)),
            math.log1p(react_max),
            float(len(comments)),
            math.log1p(comment_max),
            float(not reactions),
        )
        return values, tuple(evidence)
