"""Breadcrumb / section vs story topic: farms file wire copy under sections that don't fit it.

The seed files an AP story on US senators in Beijing under "Home > Scams". Real outlets file a
politics story under "Politics" or "World". Generic crumbs ("Home", "News") and crumbs that are
the story's own title say nothing about the topic and are skipped.
"""

from __future__ import annotations

import re

from detector.features._story import clip, short_topic, story_topic
from detector.features.base import PageFeatures, register
from detector.features.brand import brand_domain_similarity, domain_labels
from detector.lexicon.words import wordset
from detector.page import Page
from detector.topic import load_topic_space

# Navigation roots and catch-all sections in a few languages: they carry no topic.
GENERIC_CRUMBS = wordset(
    """home homepage start startseite inicio início accueil portada główna page front news
    nachrichten noticias notícias actualités actualites nieuws notizie 新闻 articles article blog
    posts post stories story latest current index main top all more section sections categories
    category uncategorized uncategorised general misc other archive archives opinion opinions
    comment commentisfree analysis editorial editorials features feature blogs columns column
    columnists international national local regional breaking meinung kommentar opinión"""
)
_LABEL_RE = re.compile(r"^\s*(current|you are here|location)\s*:\s*", re.IGNORECASE)


def informative_crumbs(page: Page, max_words: int = 5) -> list[str]:
    """Crumbs and the section that may name a topic, most specific last, without duplicates.

    Crumbs longer than `max_words` words are the story's title, not a section.
    """
    seen: set[str] = set()
    out: list[str] = []
    headline = " ".join((page.headline or page.title).lower().split())
    labels = domain_labels(page.url or page.canonical)
    brands = {re.sub(r"\W", "", b.lower()) for b, _ in page.brand_candidates}
    brands |= {re.sub(r"\W", "", page.site_name.lower())}
    brands.discard("")
    for raw in (*page.breadcrumbs, page.section):
        crumb = _LABEL_RE.sub("", raw).strip(" >/|»›-·\t")
        key = crumb.lower()
        generic = key in GENERIC_CRUMBS or all(w in GENERIC_CRUMBS for w in key.split())
        if not crumb or key in seen or generic or len(crumb.split()) > max_words:
            continue
        if headline and (key in headline and len(key) > 30):
            continue
        squeezed = re.sub(r"\W", "", key)
        site_named = any(b and (b in squeezed or squeezed in b) for b in brands) or any(
            brand_domain_similarity(crumb, lab) >= 0.8 for lab in labels
        )
        if site_named:
            continue  # the root crumb often names the site ("NBCNews.com", "ESPN Sports")
        seen.add(key)
        out.append(crumb)
    return out


@register("breadcrumb_topic_v1")
class BreadcrumbTopic(PageFeatures):
    """How well the page's breadcrumb / section fits the story's topic."""

    FEATURES = (
        "crumb_story_similarity",
        "crumb_offtopic",
        "crumb_category_mismatch",
        "crumb_missing",
    )

    def __init__(self, offtopic_below: float = 0.2, confident_prob: float = 0.6) -> None:
        # 0.2: on held-out BBC/AG/Reuters articles, section names ("Football", "Markets", ...) of
        # the article's own category scored >= 0.28 for 95% of pairs (1.9% below 0.2), other
        # categories' names a median 0.12 (held-out split; `detector topic build`).
        self.offtopic_below = offtopic_below
        # A crumb or story category counts only when the classifier gives it >= 0.6: flat
        # estimates ("News" -> 0.3-0.5) say nothing.
        self.confident_prob = confident_prob

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Best crumb-to-story similarity, an off-topic flag, a category clash, missing."""
        crumbs = informative_crumbs(page)
        if not crumbs:
            return (0.0, 0.0, 0.0, 1.0), ("no breadcrumb or section naming a topic",)
        story = story_topic(page)
        if story.vector is None:
            return (0.0, 0.0, 0.0, 1.0), (f"story topic unknown: {story.why_missing}",)
        space = load_topic_space()
        best: tuple[float, str, str, float] | None = None
        for crumb in crumbs[-3:]:
            read = short_topic(crumb, space, story.language)
            if read is None or read[2] < self.confident_prob:
                continue  # unknown word or no clear topic
            sim = float(read[0] @ story.vector)
            if best is None or sim > best[0]:
                best = (sim, crumb, read[1], read[2])
        if best is None:
            shown = " > ".join(clip(c, 30) for c in crumbs)
            return (0.0, 0.0, 0.0, 1.0), (f"breadcrumb {shown!r}: no clear topic",)
        sim, crumb, category, _ = best
        clash = category != story.category and story.prob >= self.confident_prob
        offtopic = sim < self.offtopic_below and clash
        verdict = "mismatch" if offtopic else "another category" if clash else "fits"
        evidence = (
            f'breadcrumb "{clip(crumb, 40)}" ({category}) vs story topic {story.category}: '
            f"similarity {sim:.2f} ({verdict})",
        )
        return (sim, float(offtopic), float(clash), 0.0), evidence
