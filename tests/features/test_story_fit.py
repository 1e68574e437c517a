"""story_fit_v1: descriptors and menus that tell another story than the one the page carries."""

from __future__ import annotations

import random
import re
from collections import Counter

from detector.features import story_fit
from detector.features.base import REGISTRY, load_all
from detector.features.story_fit import StoryFit, language_of, slug_words, words
from features._republisher_pages import fire_share, real_sample, story_page, values

OTHER_DESC = (
    "Flowers add life to a room: a single blossom or an arrangement brings colour and scent."
)
OTHER_SLUG = "https://www.example-news.com/home/flower-arrangements-colour-scent-ideas"
GERMAN_MENU = (
    "Die Stadt plant neue Radwege und der Rat hat am Abend mit großer Mehrheit zugestimmt",
    "Warum zwei weitere Metzgereien in der Innenstadt schließen und was das für die Kunden ist",
    "Der Verein steigt auf und die Fans feiern auf dem Platz mit den Spielern bis in die Nacht",
    "Das Wetter wird am Wochenende wieder wärmer, sagt der Dienst, mit Sonne auf den Inseln",
)
ENGLISH_CHROME = (
    "This website uses cookies to improve the service and provide tailored ads for you",
    "Skip to content and read the terms of the site before you sign in with your account",
    "Create a free website or blog at the platform and share it with the people you love",
)


def test_counted_inside_made_elsewhere_not_registered_alone() -> None:
    load_all()
    assert StoryFit not in REGISTRY.values()
    assert "made_elsewhere_v1" in REGISTRY


def test_descriptors_of_the_story_fit() -> None:
    page = story_page(
        meta={
            "description": "Senators visiting Beijing see hope for talks on the fentanyl crisis."
        },
        canonical="https://www.example-news.com/world/senators-beijing-fentanyl-talks",
    )
    got = values(StoryFit(), page)
    assert got["fit_descriptor_overlap"] >= 0.5
    assert got["fit_descriptors_foreign"] == 0 and got["fit_foreign_uncredited"] == 0
    assert got["fit_descriptors_missing"] == 0


def test_descriptors_of_another_story_without_credit() -> None:
    page = story_page(meta={"description": OTHER_DESC}, canonical=OTHER_SLUG)
    values_, evidence = StoryFit().extract(page)
    got = dict(zip(StoryFit.FEATURES, values_, strict=True))
    assert got["fit_descriptors_foreign"] == 2
    assert got["fit_specific_foreign"] == 1 and got["fit_foreign_uncredited"] == 1
    assert got["fit_descriptor_overlap"] < 0.2
    assert "describe another story" in evidence[0] and "credits anyone" in evidence[-1]


def test_a_newsroom_source_line_is_a_credit() -> None:
    page = story_page(
        meta={"description": OTHER_DESC}, canonical=OTHER_SLUG, byline="Source: BBC News"
    )
    assert values(StoryFit(), page)["fit_foreign_uncredited"] == 0
    plain = story_page(meta={"description": OTHER_DESC}, canonical=OTHER_SLUG, byline="By Jane Doe")
    assert values(StoryFit(), plain)["fit_foreign_uncredited"] == 1


def test_a_credit_keeps_the_licensee_out() -> None:
    page = story_page(
        meta={"description": OTHER_DESC},
        canonical=OTHER_SLUG,
        credit_lines=("Copyright 2024 The Associated Press. All rights reserved.",),
    )
    got = values(StoryFit(), page)
    assert got["fit_specific_foreign"] == 1
    assert got["fit_foreign_uncredited"] == 0


def test_one_description_alone_is_not_specific() -> None:
    # A single off-story description is often a site-wide blurb: counted, not combined.
    got = values(StoryFit(), story_page(meta={"description": OTHER_DESC}))
    assert got["fit_descriptors_foreign"] == 1
    assert got["fit_specific_foreign"] == 0 and got["fit_foreign_uncredited"] == 0


def test_a_blurb_naming_the_site_is_skipped() -> None:
    page = story_page(
        site_name="Example News",
        meta={"description": "Example News: your source for flowers, gardens and home decor."},
    )
    got = values(StoryFit(), page)
    assert got["fit_descriptors_missing"] == 1 and got["fit_descriptors_foreign"] == 0


def test_story_in_another_language_than_its_menus() -> None:
    got = values(StoryFit(), story_page(other_lines=GERMAN_MENU))
    assert got["fit_language_foreign"] == 1 and got["fit_foreign_uncredited"] == 1


def test_english_chrome_around_a_german_story_is_not_foreign() -> None:
    page = story_page(paragraphs=GERMAN_MENU, other_lines=ENGLISH_CHROME, language="de")
    assert values(StoryFit(), page)["fit_language_foreign"] == 0


def test_text_record_has_no_descriptors() -> None:
    got = values(StoryFit(), story_page(kind="text", url=""))
    assert got["fit_descriptors_missing"] == 1 and got["fit_foreign_uncredited"] == 0


def test_language_of_needs_a_clear_winner() -> None:
    assert language_of(" ".join(GERMAN_MENU)) == "de"
    assert language_of(" ".join(ENGLISH_CHROME)) == "en"
    assert language_of("Home News Sport") == ""  # too short to tell


def test_slug_and_words() -> None:
    assert slug_words(OTHER_SLUG) >= {"flower", "arrangements", "colour", "scent"}
    assert words("The news about Flowers, 2024 and a cat") == {"flowers"}
    assert slug_words("not a url") == frozenset()


def test_quiet_on_real_outlet_pages() -> None:
    # On all 4,270 real pages of the generated build: 0.4% (HTML) and 0.2% (text).
    assert fire_share(StoryFit(), "fit_foreign_uncredited", real_sample()) <= 0.02


def test_the_verdict_alone_equals_the_full_reading() -> None:
    # made_elsewhere_v1 reads only the verdict, lazily: it must agree with `extract` whatever
    # sign decides it (descriptors, language, credit) and on real pages.
    pages = (
        story_page(meta={"description": OTHER_DESC}, canonical=OTHER_SLUG),
        story_page(meta={"description": OTHER_DESC}, canonical=OTHER_SLUG, byline="Source: BBC"),
        story_page(other_lines=GERMAN_MENU),
        story_page(),
        *real_sample(),
    )
    fit = StoryFit()
    verdicts = [fit.foreign_uncredited(p) for p in pages]
    assert verdicts[:4] == [True, False, True, False]
    for page, verdict in zip(pages, verdicts, strict=True):
        assert verdict == bool(values(StoryFit(), page)["fit_foreign_uncredited"])


def _regex_words(text: str) -> frozenset[str]:
    """`words` as first written: one regex over the text."""
    found = re.findall(r"[^\W\d_]{4,}", text)
    return frozenset(map(str.lower, found)) - story_fit._EMPTY


def _regex_language(text: str, min_hits: int = 8) -> str:
    """`language_of` as first written: every letter run counted."""
    found = re.findall(r"[^\W\d_]+", text[:6000])
    if len(found) < 20:
        return ""
    counts = Counter(map(str.lower, found))
    scores = sorted(
        ((sum(counts[w] for w in fw), lang) for lang, fw in story_fit._FUNCTION_WORDS.items()),
        reverse=True,
    )
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= min_hits and best >= 2 * second and best >= 0.04 * len(found):
        return lang
    return ""


def test_words_and_language_match_their_regex_definitions() -> None:
    rng = random.Random(3)
    pool = [" ", "\n", "the", "and", "of", "der", "die", "la", "le", "y", "que", "ß", "é", "É"]
    pool += ["12", "_", "’", "“", "—", "ﬁ", "½", "Ⅳ", "²", "İ", "Σ", "ς", "İstanbul", "ΟΔΟΣ'Α"]
    pool += ["THE", "Für", "NICHT", "más", "Ünd", "de"]
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 400))) for _ in range(1500)]
    texts += [story_page().text, " ".join(GERMAN_MENU), " ".join(ENGLISH_CHROME)]
    for text in texts:
        assert words(text) == _regex_words(text), text[:80]
        assert language_of(text) == _regex_language(text), text[:80]
