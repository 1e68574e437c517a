"""What the topic-based signals share: the story's topic, read once per page, and its gates.

The topic space is English. A German, French, Spanish or Italian story is read through that
language's glossary (`detector.lexicon`): its words are mapped to English ones, and the story's
`language` tells the signals to read the page's other short texts (crumbs, links, menus) the same
way. A story it cannot read (another language, too few known or mapped words) comes back as
unknown, and the signals that need it say "missing" instead of guessing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from detector.features._pagememo import memo
from detector.lexicon import LANGUAGES, to_english
from detector.page import Page
from detector.parsing.common import detect_language
from detector.topic import TopicSpace, load_topic_space, raw_tokens
from detector.wordruns import word_count

# Share of a story's words in sklearn's English stop-word list, measured on the headline and
# lead of real pages (trafilatura_eval, article-extraction benchmark): English median 0.43
# (5th percentile 0.28); German median 0.04 (95th 0.08), Spanish, Portuguese, French and Polish
# 0.05-0.13, Russian 0. Below 0.25 a story is not read as English.
MIN_ENGLISH_SHARE = 0.25
# A text is read when at least half of its content words are in the space's vocabulary.
MIN_COVERAGE = 0.5
# A story read through a glossary is read when this share of its content words map. On real
# German/French/Spanish/Italian pages of the shared HTML corpora (bench/topic_languages.py) the
# median story maps 0.50 (de) / 0.40 (fr, es, it), 5th percentile 0.34 / 0.28; headline-to-story
# AUC is 0.72-0.84 at 0.3 and above, 0.59 (de) in [0.2, 0.3).
MIN_MAPPED_COVERAGE = 0.3
STORY_WORDS = 250  # the headline plus the story's first ~250 words carry its topic


@dataclass(frozen=True, slots=True)
class StoryTopic:
    """The story's place in the topic space, or why it is unknown."""

    vector: np.ndarray | None  # None when the story cannot be read
    category: str = ""
    prob: float = 0.0
    why_missing: str = ""
    rare_terms: frozenset[str] = frozenset()  # names and rare words of the story's lead
    language: str = ""  # the glossary the story was read through ("": English, read directly)

    @property
    def known(self) -> bool:
        """True when the story's topic could be read."""
        return self.vector is not None


def story_text(page: Page, max_words: int = STORY_WORDS) -> str:
    """The headline (or title) and the first `max_words` words of the main text."""
    words: list[str] = []
    for para in page.paragraphs:
        words.extend(para.split())
        if len(words) >= max_words:
            break
    head = page.headline or page.title
    return f"{head}\n{' '.join(words[:max_words])}".strip()


def page_is_english(page: Page) -> bool:
    """False when the page declares a non-English language."""
    lang = page.language.strip().lower()
    return not lang or lang.startswith("en")


def read_tokens(text: str, lang: str = "") -> list[str]:
    """The tokens the space reads for `text`: its `raw_tokens`, mapped to English when `lang`
    is a glossary language."""
    raw = raw_tokens(text)
    return to_english(raw, lang) if lang else raw


def story_topic(page: Page, space: TopicSpace | None = None) -> StoryTopic:
    """The story's topic vector and category (memoised per page, cached on the story text)."""
    return memo(page, ("story_topic", space), lambda: _page_story_topic(page, space))


def _page_story_topic(page: Page, space: TopicSpace | None) -> StoryTopic:
    lang = page.language.strip().lower()[:2]
    english = page_is_english(page)
    if not english and lang not in LANGUAGES:
        return StoryTopic(None, why_missing=f"page language {page.language!r} is not English")
    text = story_text(page)
    if not text:
        return StoryTopic(None, why_missing="no headline or story text")
    space = space or load_topic_space()
    if english:
        story = _story_topic(text, space)
        if story.known or story.why_missing != NOT_ENGLISH:
            return story
        # A page that says (or is taken to be) English but is not: read it in its language.
        lang = detect_language(text)
        if lang not in LANGUAGES:
            return story
    return _mapped_story_topic(text, lang, space)


NOT_ENGLISH = "story does not read as English"


@functools.lru_cache(maxsize=256)
def _story_topic(text: str, space: TopicSpace) -> StoryTopic:
    vec, coverage, stop_share, rare = space.profile(text)
    if stop_share < MIN_ENGLISH_SHARE and word_count(text) >= 40:
        return StoryTopic(None, why_missing=NOT_ENGLISH)
    if coverage < MIN_COVERAGE:
        return StoryTopic(None, why_missing="too few known words in the story")
    probs = space.probabilities(vec)[0]
    best = int(np.argmax(probs))
    return StoryTopic(vec, space.categories[best], float(probs[best]), "", rare)


@functools.lru_cache(maxsize=256)
def _mapped_story_topic(text: str, lang: str, space: TopicSpace) -> StoryTopic:
    """The topic of a story in `lang` (a glossary language), read through the glossary."""
    tokens = read_tokens(text, lang)
    vectors, coverage = space.read_tokens([tokens])
    if coverage[0] < MIN_MAPPED_COVERAGE:
        return StoryTopic(None, why_missing=f"too few words of the story map from {lang!r}")
    vec = vectors[0]
    probs = space.probabilities(vec)[0]
    best = int(np.argmax(probs))
    rare = space.rare_tokens(tokens)
    return StoryTopic(vec, space.categories[best], float(probs[best]), "", rare, lang)


# Breadcrumbs and brand names repeat across a site's pages: their topics are kept.
@functools.lru_cache(maxsize=4096)
def short_topic(
    text: str, space: TopicSpace, lang: str = ""
) -> tuple[np.ndarray, str, float] | None:
    """Vector, category and probability of a short text, or None when the space can't read it.

    `lang`: the glossary to read it through (the story's `language`; "" reads it as English).
    """
    vectors, coverage = space.read_tokens([read_tokens(text, lang)])
    if coverage[0] < MIN_COVERAGE:
        return None
    vec = vectors[0]
    probs = space.probabilities(vec)[0]
    best = int(np.argmax(probs))
    return vec, space.categories[best], float(probs[best])


@functools.lru_cache(maxsize=4096)
def short_category(text: str, space: TopicSpace, lang: str = "") -> tuple[str, float] | None:
    """`short_topic(text, space, lang)`'s category and probability, without its vector."""
    probs, coverage = space.category_probabilities(read_tokens(text, lang))
    if coverage < MIN_COVERAGE:
        return None
    best = int(np.argmax(probs))
    return space.categories[best], float(probs[best])


def clip(text: str, limit: int = 60) -> str:
    """`text` cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
