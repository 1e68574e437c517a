"""Section niche: hard news filed on a shelf that names no news desk.

The story's own category, breadcrumb or article:section says which shelf of the site it sits
on. A newsroom files a cabinet decision under "Politics"; a shop, affiliate or game portal
that pastes wire copy files it under the shelf it has: "Blog > Tips Website", "Porady
finansowe", "格安SIM比較", "Μόδα & Lifestyle". Unlike `site_niche`, which reads the menus, this
reads only the story's own labels, so a site with news-like menus ("Aktualności") is read too.

A real paper's lifestyle or money shelf carries lifestyle or money stories: the state's actors
are absent from their leads, or the lead names the shelf's own subject ("tips" on tax tips).
A real outlet's blogger names politicians, but under a news desk's label or a newsroom brand.
"""

from __future__ import annotations

from detector.features._pagememo import memo
from detector.features._uncredited import credits_nothing
from detector.features.base import PageFeatures, register
from detector.features.site_niche import brand_is_newsroom, lead_actors
from detector.lexicon.section_labels import NON_NEWS_LABEL_PHRASES, NON_NEWS_LABEL_WORDS
from detector.lexicon.sections import NEWS_SECTION_PHRASES, NEWS_SECTION_WORDS
from detector.page import Page
from detector.wordruns import lower_letter_runs

# A section label is one to four words ("Blog o zdrowiu", "Thị trường bất động sản"); a longer
# crumb is the story's own headline at the end of the trail.
_LABEL_WORDS = 5
# A "Blog" shelf alone is also an outlet's opinion shelf, whose bloggers name politicians: it
# counts with a second non-news label ("Blog > Porady"), not alone (2 real pages fired).
_BLOG = frozenset(("blog", "blogs"))
# Home links open a trail and name no shelf.
_HOME = frozenset(("home", "start", "startseite", "accueil", "inicio", "início", "главная"))


def story_labels(page: Page) -> list[str]:
    """The story's own shelf labels: breadcrumbs (not the headline) and article:section."""
    labels = [c for c in page.breadcrumbs if c.count(" ") < _LABEL_WORDS]
    if page.section:
        labels.append(page.section)
    headline = (page.headline or page.title).strip().lower()
    return [lab.lower() for lab in labels if lab.lower() != headline and lab.lower() not in _HOME]


# A label word this long is matched inside compounds and inflections too ("Gartentipps",
# "deneme bonusu"); shorter ones only whole ("spel" is in "beispiel").
_STEM = 5
_LONG_WORDS = tuple(w for w in NON_NEWS_LABEL_WORDS if len(w) >= _STEM)


def _label_hits(label: str) -> list[str]:
    runs = set(lower_letter_runs(label))
    found = sorted(runs & NON_NEWS_LABEL_WORDS)
    found.extend(
        w for r in runs if len(r) > _STEM for w in _LONG_WORDS if r.startswith(w) or r.endswith(w)
    )
    found.extend(p for p in NON_NEWS_LABEL_PHRASES if p in label)
    return found


def _names_news(label: str) -> bool:
    if NEWS_SECTION_WORDS.intersection(lower_letter_runs(label)):
        return True
    return any(p in label for p in NEWS_SECTION_PHRASES)


def _on_shelf(lead: str, words: list[str]) -> bool:
    """Whether the lead names the shelf's own subject (a tax-tips story on "tips")."""
    runs = lower_letter_runs(lead)
    for word in words:
        if " " in word or any(ch >= "\u0e00" for ch in word):  # phrases, Thai, CJK, Hangul
            if word in lead:
                return True
        elif any(r.startswith(word[:_STEM]) if len(word) >= _STEM else r == word for r in runs):
            return True
    return False


@register("section_niche_v1")
class SectionNiche(PageFeatures):
    """Whether the story's own shelf names no news desk while its lead is uncredited hard news."""

    FEATURES = (
        # the story's breadcrumb/category/section is a non-news shelf (blog, tips, recipes,
        # deals, games, property...), no label names a news desk, the brand is no newsroom's,
        # the lead names two or more state actors and not the shelf's subject, and the page
        # credits no agency or publisher
        "niche_section_hard_news",
    )

    def __init__(self, min_actors: int = 2) -> None:
        # min_actors: one state actor is named by much soft news (as in `site_niche`)
        self.min_actors = min_actors

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        return memo(page, ("section_niche", self.min_actors), lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        labels = story_labels(page)
        if not labels or not page.paragraphs or any(map(_names_news, labels)):
            return (0.0,), ()
        words = sorted({w for label in labels for w in _label_hits(label)})
        if not words or _BLOG.issuperset(words) or brand_is_newsroom(page):
            return (0.0,), ()
        lead, actors = lead_actors(page)
        if len(actors) < self.min_actors or _on_shelf(lead, words):
            return (0.0,), ()
        if not credits_nothing(page):
            return (0.0,), ()
        evidence = (
            f"the story is filed under '{' > '.join(labels)[:80]}' ({', '.join(words[:3])}), "
            f"yet its lead is uncredited hard news ({', '.join(actors[:4])})",
        )
        return (1.0,), evidence
