"""Keyword stuffing: one key phrase repeated through the body, the related list and the tags.

An SEO farm writes for one search query. The headline's key phrase ("bonus bollette 2026",
"İzmir deprem son dakika", "청년 전세대출 금리 인하") comes back verbatim in paragraph after
paragraph, the related list is five near-identical headlines on one name ("한별, 공항 출국…",
"한별 나이·키·프로필 총정리", "한별 열애설 재조명…"), and the tag list is that phrase with small
variations ("izmir deprem", "izmir deprem son dakika", "deprem son dakika"). A newsroom varies
its wording, and its tags name distinct things. Live blogs, topic pages and follow-up clusters
do list many headlines on one event, so the related-list share is a free number, and the body
and tag measures count only verbatim multi-word repeats.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from detector.features._keyword_units import (
    fold,
    headline_phrases,
    keys,
    phrase_hits,
    tokens,
)
from detector.features.base import PageFeatures, register
from detector.page import Page
from detector.wordruns import joined_word_runs

# A related headline has at least this many tokens (one- and two-word links are navigation);
# an unspaced-script anchor at least this many characters.
_MIN_ANCHOR_TOKENS = 3
_MIN_UNSPACED_CHARS = 8
# A tag is short: at most this many tokens and characters.
_MAX_TAG_TOKENS = 6
_MAX_TAG_CHARS = 60
_MIN_STEM = 4  # the shortest word a longer one counts as an inflection of
_MIN_LIST = 4  # a tag list or related list of fewer items says nothing
_MIN_BODY = 3  # a share of fewer body paragraphs says nothing
# Thresholds of `kw_stuffed`, set on the 8,769 real page versions of data/html (HTML and text):
# a list of >= 5 items, >= 90% sharing a headline key, is on 0.19% of them (wedding and
# recipe blogs tagging "wedding cake", "wedding hair"; a Chinese related list on one name);
# >= 75% already on 0.47%. A body repeating the phrase in >= 3 paragraphs and >= 25% of them
# is on 2.4% alone (topic essays: "high blood pressure"), so it only counts together with a
# list >= 4 items, >= 60% on one key (0.08% both).
TAG_VARIANTS = 5
TAG_SHARE = 0.9
PHRASE_PARAGRAPHS = 3
PHRASE_SHARE = 0.25
LIST_ITEMS = 4
LIST_SHARE = 0.6
# A related headline twins the page's headline when the key sets overlap this much (heldout_am
# p06: variant titles at Jaccard 0.40-0.62, 6-8 keys shared; a pink-slime list of one county's
# templates at most 0.36). On the real pages of data/html, English series ("Hurricane Sandy:
# the aftermath", "Think like a doctor: ...") share 2-3 keys, and issues differ by a number:
# so >= `TWIN_MIN_KEYS` keys and the same numbers. `TWIN_LIST` twins or more, and
# >= `TWIN_SHARE` of the related headlines (a topic page's long list holds a few), count.
TWIN_JACCARD = 0.4
TWIN_CONTAINED = 0.6
TWIN_MIN_KEYS = 4
TWIN_LIST = 3
TWIN_SHARE = 0.2
_NUMBER = re.compile(r"\d+")
_SEPARATOR = re.compile("[,，、·|#]")
_TAG_SEPARATORS = (",", "，", "、", "·", "|", "#")


@dataclass(frozen=True, slots=True)
class Repeat:
    """The key most items of a list share: the key, how many items hold it, and of how many."""

    key: str = ""
    count: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.count / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class PhraseRepeat:
    """The headline phrase most body paragraphs repeat."""

    phrase: str = ""
    paragraphs: int = 0
    hits: int = 0
    body: int = 0  # body paragraphs (headline copies left out)


def _line(text: str) -> str:
    return " ".join(tokens(text))


def _is_headline_copy(line: str, head: str) -> bool:
    """A paragraph that is the headline again (text records open with it) or a piece of it."""
    return bool(line) and (line in head or (head in line and len(line) < len(head) + 12))


def _common_hits(phrase: str, line: str, cased: str) -> int:
    """Hits of `phrase` in `line` (space-joined lower-case tokens) where the page writes it as
    a common phrase: for a cased script, some word of the hit is in lower case in `cased` (the
    same tokens as written). A name ("Halvorsen Robotics", "Real Madrid") comes back in any
    story about it; a query-like phrase ("bonus bollette 2026") does not. Uncased scripts
    (Hangul, Han, Arabic) cannot tell, and every hit counts."""
    hits = phrase_hits(phrase, line)
    if not hits or len(cased) != len(line) or phrase.upper() == phrase:
        return hits
    common = 0
    start = line.find(phrase)
    while start >= 0:
        if (not start or line[start - 1] == " ") and any(
            w[:1].islower() for w in cased[start : start + len(phrase)].split()
        ):
            common += 1
        start = line.find(phrase, start + 1)
    return common


def body_phrase(page: Page, sizes: tuple[int, ...] = (2, 3)) -> PhraseRepeat:
    """The headline phrase repeated, as a common phrase, in most body paragraphs (ties: most
    repeats)."""
    headline = page.headline or page.title
    head = _line(headline)
    phrases = headline_phrases(headline, sizes)
    if not head or not phrases:
        return PhraseRepeat()
    lines: list[tuple[str, str]] = []
    for cased in joined_word_runs([para.replace("İ", "I") for para in page.paragraphs]):
        line = cased.lower()
        if line and not _is_headline_copy(line, head):
            lines.append((line, cased))
    best = PhraseRepeat(body=len(lines))
    # One count over the joined body first: most candidates are never repeated.
    joined = "\n ".join(line for line, _ in lines)
    for phrase in sorted(phrases):  # sorted: ties go the same way in every run
        if joined.count(phrase) < 2:
            continue
        # A line without the phrase has no hit: `in` first, the hit count only where it is.
        counts = [
            n
            for line, cased in lines
            if phrase in line and (n := _common_hits(phrase, line, cased))
        ]
        cand = PhraseRepeat(phrase, len(counts), sum(counts), len(lines))
        if (cand.paragraphs, cand.hits, len(phrase)) > (
            best.paragraphs,
            best.hits,
            len(best.phrase),
        ):
            best = cand
    return best


@functools.lru_cache(maxsize=1 << 14)
def _is_story_anchor(text: str) -> bool:
    toks = tokens(text)
    if len(toks) >= _MIN_ANCHOR_TOKENS:
        return True
    return sum(len(t) for t in toks) >= _MIN_UNSPACED_CHARS and not text.isascii()


def _with_stems(
    item_keys: list[frozenset[str]], among: frozenset[str] | None = None
) -> list[frozenset[str]]:
    """Each item's keys plus the other items' keys that start them ("deprem" for "depremler"):
    inflected and agglutinative languages add endings to the keyword. With `among`, an item
    that can hold no key of `among` this way keeps its own keys only."""
    universe = frozenset().union(*item_keys)
    # A stem in `among` is a key of both, long enough, starting a longer key of the item.
    starts = () if among is None else tuple(a for a in among & universe if len(a) >= _MIN_STEM)
    lengths: list[int] | None = None
    out = []
    for ks in item_keys:
        if (
            among is not None
            and ks.isdisjoint(among)
            and not (starts and any(k.startswith(starts) for k in ks))
        ):
            out.append(ks)
            continue
        if lengths is None:
            lengths = sorted({len(k) for k in universe if len(k) >= _MIN_STEM})
        stems = {k[:n] for k in ks for n in lengths if n < len(k) and k[:n] in universe}
        out.append(ks | stems if stems else ks)
    return out


def top_repeat(items: Sequence[str], among: frozenset[str] | None = None) -> Repeat:
    """The key held by most `items` (only keys in `among`, when given)."""
    item_keys = _with_stems([keys(it) for it in items], among)
    df: Counter[str] = Counter()
    for ks in item_keys:
        held = ks if among is None else ks & among
        if held:  # Counter.update pays a Mapping check even for nothing
            df.update(held)
    if not df:
        return Repeat(total=len(items))
    # A Hangul stem and its word, or overlapping trigrams, tie: the longest key reads best.
    # Last, the key itself: set order varies between runs, the result must not.
    key, count = max(df.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))
    return Repeat(key, count, len(items))


def _related_headlines(page: Page) -> list[str]:
    """The distinct related headlines (story-like anchors of every block), lower case."""
    seen: dict[str, None] = {}
    for block in page.link_blocks:
        for anchor in block.anchors:
            text = " ".join(anchor.text.split())
            if _is_story_anchor(text):
                seen.setdefault(text.lower())
    return list(seen)


def related_repeat(page: Page, items: list[str] | None = None) -> Repeat:
    """How many related headlines (anchors of every block) hold one of the headline's keys."""
    head_keys = keys(page.headline or page.title)
    seen = _related_headlines(page) if items is None else items
    if not head_keys or not seen:
        return Repeat(total=len(seen))
    return top_repeat(seen, head_keys)


def is_headline_twin(item_keys: frozenset[str], head_keys: frozenset[str]) -> bool:
    """Whether a related headline restates the page's own headline with its words reordered or
    a keyword suffix changed ("청년도약계좌 신청방법 총정리, 7월 가입조건은?"): it shares
    >= `TWIN_JACCARD` of the two key sets and >= `TWIN_CONTAINED` of the smaller one."""
    if not item_keys or not head_keys:
        return False
    common = len(item_keys & head_keys)
    return (
        common >= TWIN_MIN_KEYS
        and common >= TWIN_CONTAINED * min(len(item_keys), len(head_keys))
        and common >= TWIN_JACCARD * len(item_keys | head_keys)
    )


def headline_twins(page: Page, items: list[str]) -> list[str]:
    """The related headlines of `items` that are twins of the page's headline and name the same
    numbers (a series' "day 14" / "#180" or a model number tells another story). An item that
    holds the whole headline (a most-read list naming this page, a comment on it) is no twin."""
    head = page.headline or page.title
    head_keys = keys(head)
    own = " ".join(head.split()).lower()
    numbers = set(_NUMBER.findall(head))
    return [
        it
        for it in items
        if own not in it  # "Anna commented on <headline>": a comments widget
        and is_headline_twin(keys(it), head_keys)
        and set(_NUMBER.findall(it)) == numbers
    ]


def _split_tags(line: str) -> list[str]:
    if not _MIN_LIST * 4 <= len(line) <= _MAX_TAG_CHARS * 8 or len(_SEPARATOR.findall(line)) < 3:
        return []
    for sep in _TAG_SEPARATORS:
        if line.count(sep) >= _MIN_LIST - 1:
            return [t.strip(" #") for t in line.split(sep) if t.strip(" #")]
    return []


def _is_tag(text: str) -> bool:
    return 0 < len(text) <= _MAX_TAG_CHARS and len(text.split()) <= _MAX_TAG_TOKENS


def tag_lists(page: Page) -> Iterable[list[str]]:
    """Lists of short items: link blocks, runs of short lines, separated one-line lists."""
    for block in page.link_blocks:
        items = [a.text.strip() for a in block.anchors if _is_tag(a.text.strip())]
        if len(items) >= _MIN_LIST:
            yield items
    run: list[str] = []
    separators = _SEPARATOR.findall
    for line in (*page.other_lines, ""):
        text = line.strip()
        size = len(text)
        # `_split_tags` and `_is_tag` inlined on their first tests: most lines are neither.
        parts = (
            _split_tags(text)
            if _MIN_LIST * 4 <= size <= _MAX_TAG_CHARS * 8 and len(separators(text)) >= 3
            else []
        )
        if len(parts) >= _MIN_LIST and all(map(_is_tag, parts)):
            yield parts
        if (
            0 < size <= _MAX_TAG_CHARS
            and not parts
            and len(text.split()) <= _MAX_TAG_TOKENS
            and not text.endswith(":")
        ):
            run.append(text)
            continue
        if len(run) >= _MIN_LIST:
            yield run
        run = []  # a heading ("Tags:", "Etiketler:") or a long line ends a run


_fold_item = functools.lru_cache(maxsize=1 << 15)(fold)  # tags are short and come back


def tag_repeat(page: Page) -> Repeat:
    """The tag list whose items most share one of the headline's keys."""
    best = Repeat()
    head_keys = keys(page.headline or page.title)
    if not head_keys:
        return best
    for items in tag_lists(page):
        distinct = list(dict.fromkeys(map(_fold_item, items)))
        if len(distinct) < _MIN_LIST:
            continue
        # Every key (and stem) of an item is a piece of its text: a list without any headline
        # key as a substring cannot share one, and most lists (menus, footers) are dropped here.
        joined = "\n".join(distinct)
        if not any(k in joined for k in head_keys):
            continue
        rep = top_repeat(distinct, head_keys)
        if (rep.count, rep.share) > (best.count, best.share):
            best = rep
    return best


@register("keyword_stuffing_v1")
class KeywordStuffing(PageFeatures):
    """The headline's key phrase repeated through the body, the related list and the tags."""

    FEATURES = (
        "kw_phrase_paragraphs",
        "kw_phrase_share",
        "kw_related_entity_count",
        "kw_related_entity_share",
        "kw_tag_variants",
        "kw_stuffed",
        "kw_headline_missing",
        "kw_related_headline_twins",
    )

    def __init__(
        self,
        min_tag_variants: int = TAG_VARIANTS,
        min_tag_share: float = TAG_SHARE,
        min_phrase_paragraphs: int = PHRASE_PARAGRAPHS,
        min_phrase_share: float = PHRASE_SHARE,
        min_list_items: int = LIST_ITEMS,
        min_list_share: float = LIST_SHARE,
        cap: int = 10,
    ) -> None:
        # Defaults: see the module constants (measured on real pages).
        self.min_tag_variants = min_tag_variants
        self.min_tag_share = min_tag_share
        self.min_phrase_paragraphs = min_phrase_paragraphs
        self.min_phrase_share = min_phrase_share
        self.min_list_items = min_list_items
        self.min_list_share = min_list_share
        self.cap = cap

    def _listed(self, rep: Repeat) -> bool:
        return rep.count >= self.min_list_items and rep.share >= self.min_list_share

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Body repeats of the key phrase, the related list's shared entity, tag variants."""
        if not (page.headline or page.title).strip():
            return (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0), ("no headline to take a keyword from",)
        body = body_phrase(page)
        share = body.paragraphs / body.body if body.body >= _MIN_BODY else 0.0
        items = _related_headlines(page)
        related = related_repeat(page, items)
        twins = headline_twins(page, items) if related.count >= TWIN_LIST else []
        # Twins of the headline are one story under variant titles, not an outlet's topical
        # links: the entity columns count the other related headlines only.
        topical = (
            related_repeat(page, [it for it in items if it not in twins]) if twins else related
        )
        twin_share = len(twins) / len(items) if len(twins) >= TWIN_LIST else 0.0
        if twin_share < TWIN_SHARE:
            twins, twin_share, topical = [], 0.0, related
        tags = tag_repeat(page)
        in_body = body.paragraphs >= self.min_phrase_paragraphs and share >= self.min_phrase_share
        variants = tags.count if tags.share >= self.min_list_share else 0
        stuffed = (tags.count >= self.min_tag_variants and tags.share >= self.min_tag_share) or (
            in_body and (self._listed(tags) or self._listed(related))
        )

        evidence = []
        if body.paragraphs:
            evidence.append(
                f'headline phrase "{body.phrase}" repeated in {body.paragraphs} of {body.body} '
                f"paragraphs ({body.hits} times)"
            )
        if related.count:
            evidence.append(
                f'{related.count} of {related.total} related headlines hold "{related.key}"'
            )
        if variants:
            evidence.append(f'{tags.count} of {tags.total} tags are variants of "{tags.key}"')
        if twin_share:
            evidence.append(
                f"{len(twins)} of {len(items)} related headlines restate the headline: "
                + " | ".join(twins[:3])
            )
        values = (
            float(min(body.paragraphs, self.cap)),
            share,
            float(min(topical.count, self.cap)),
            topical.count / len(items) if items else 0.0,
            float(min(variants, self.cap)),
            float(stuffed),
            0.0,
            twin_share,
        )
        return values, tuple(evidence)
