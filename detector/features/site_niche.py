"""Site niche: hard news on a site whose own menus say it is about something else.

An expired or made-for-advertising domain keeps the niche it was built for: a home-and-garden
guide ("Wohnen · Garten · Putzen & Haushalt"), a football club ("Seniorzy · Juniorzy ·
Terminarz"), a jobs-and-schemes portal ("Sarkari Naukri · Admit Card"), a recipe site. Then it
is filled with copied cabinet, court and police news, which no such site reports. A real outlet's
menus name its news sections ("Politik", "Świat"), and a niche outlet writing about its own
niche's news (a club's match, a jobs site's recruitment notice) names the niche in its story.

The site's topic comes from its menus and brand (short chrome lines, `_newsroom.chrome_lines`),
the story's from its headline and lead, both through small multilingual lexicons
(`detector.lexicon.niches`). The topic space is not used for the site: its five news
categories have no home, food, club or jobs category, and such menus land in "business" or
"tech" as a subsidy story does (a home guide's menus and a cabinet story: cosine 0.42).
"""

from __future__ import annotations

from detector.features._newsroom import chrome_lines
from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.lexicon.niches import NICHE_MENU, NICHE_MENU_PHRASES, STATE_PHRASES, STATE_STEMS
from detector.lexicon.sections import (
    NEWS_SECTION_PHRASES,
    NEWS_SECTION_WORDS,
    NEWSROOM_NOSPACE,
    NEWSROOM_WORDS,
)
from detector.page import Page
from detector.wordruns import lower_letter_runs

# A menu item is one to three words ("Putzen & Haushalt", "Sarkari Naukri"); longer chrome
# lines are headlines of lists or legal links ("Política de Privacidade").
_MENU_WORDS = 3
# News sections are one or two words ("Política", "Faits divers").
_SECTION_WORDS = 2
# Fewer chrome lines than this say nothing of the site (as in `_newsroom`).
_MIN_CHROME_LINES = 6
# The story's lead: headline plus its first words carry its subject (`_story.STORY_WORDS` is
# 250; the actors of a hard-news story are named in its first sentences).
_LEAD_WORDS = 150
_WORDS_CAP = 8
# Menu word -> the niches it names (one pass over a page's menus instead of one per niche).
_NICHE_OF: dict[str, tuple[str, ...]] = {
    word: tuple(n for n, words in NICHE_MENU.items() if word in words)
    for word in frozenset().union(*NICHE_MENU.values())
}


def _menu_items(page: Page, chrome: list[str]) -> list[str]:
    """Short chrome lines (menus, crumbs, list headings) and the brand, lower-cased, once each."""
    items = {line.lower() for line in chrome if line.count(" ") < _MENU_WORDS}
    if page.site_name.count(" ") < _MENU_WORDS:
        items.add(page.site_name.lower())
    items.discard("")
    return sorted(items)


def _niche_hits(items: list[str]) -> dict[str, set[str]]:
    """Niche -> the niche's words (or phrases) that the menu items use."""
    text = "\n".join(items)
    hits: dict[str, set[str]] = {}
    for word in _NICHE_OF.keys() & set(lower_letter_runs(text)):
        for niche in _NICHE_OF[word]:
            hits.setdefault(niche, set()).add(word)
    if not text.isascii():
        for niche, phrases in NICHE_MENU_PHRASES.items():
            for phrase in phrases:
                if phrase in text:
                    hits.setdefault(niche, set()).add(phrase)
    return hits


def _names_news(items: list[str]) -> bool:
    """Whether a one- or two-word menu item names a hard-news section or the brand a newsroom."""
    for item in items:
        if item.count(" ") >= _SECTION_WORDS:
            continue
        if NEWS_SECTION_WORDS.intersection(lower_letter_runs(item)):
            return True
        if any(p in item for p in NEWS_SECTION_PHRASES):
            return True
    return False


def brand_is_newsroom(page: Page) -> bool:
    """Whether the site's brand names a newsroom ("Zeitung", "News", "Gazette" ...)."""
    brand = page.site_name.lower()
    if NEWSROOM_WORDS.intersection(lower_letter_runs(brand)):
        return True
    return any(w in brand for w in NEWSROOM_NOSPACE)


def _lead(page: Page) -> str:
    words: list[str] = []
    for para in page.paragraphs:
        words.extend(para.split())
        if len(words) >= _LEAD_WORDS:
            break
    return f"{page.headline or page.title}\n{' '.join(words[:_LEAD_WORDS])}".lower()


def lead_actors(page: Page) -> tuple[str, tuple[str, ...]]:
    """The lower-cased lead (`_lead`) and the state actors it names (memoised per page: the
    niche, section and newsless families all ask)."""
    return memo(page, "lead_actors", lambda: _lead_actors(page))


def _lead_actors(page: Page) -> tuple[str, tuple[str, ...]]:
    lead = _lead(page)
    return lead, tuple(state_actors(lead))


def state_actors(lead: str) -> list[str]:
    """The distinct state actors (stems) named in a lower-cased lead."""
    found = {stem for run in lower_letter_runs(lead) for stem in _stems(run)}
    found.update(p for p in STATE_PHRASES if p in lead)
    return sorted(found)


def _stems(run: str) -> list[str]:
    if not run.startswith(STATE_STEMS):
        return []
    return [stem for stem in STATE_STEMS if run.startswith(stem)][:1]


def _niche_in_story(lead: str, niches: list[str]) -> list[str]:
    """Niche words (of the site's niches) the story's lead uses: the story is on the niche."""
    runs = set(lower_letter_runs(lead))
    found: set[str] = set()
    for niche in niches:
        found.update(runs & NICHE_MENU[niche])
        found.update(r for r in runs for w in NICHE_MENU[niche] if len(w) >= 5 and r.startswith(w))
        found.update(p for p in NICHE_MENU_PHRASES.get(niche, ()) if p in lead)
    return sorted(found)


@register("site_niche_v1")
class SiteNiche(PageFeatures):
    """Whether a site's menus name a non-news niche, and hard news fills it nonetheless."""

    FEATURES = (
        # distinct words of non-news niches in the menus (capped): one is common on outlets
        # ("Jobs" classifieds, "Fixtures" under sport), three name a site's trade
        "niche_menu_words",
        # menus name a niche and no news section, the brand is no newsroom's, and the story
        # names two or more state actors and not the niche
        "niche_hard_news",
        "niche_chrome_missing",  # too little chrome to tell what the site is
    )

    def __init__(self, min_words: int = 2, min_actors: int = 2, max_niche_words: int = 1) -> None:
        # min_words: one niche word is common on outlets' menus (a "Jobs" classifieds link,
        # "Fixtures" and "Fixtures & results" under sport: 9 real pages of 4.4k fired with
        # items counted instead of words); two of one niche, or one more across niches;
        # min_actors: one state actor is named by much soft news ("the city's police said");
        # max_niche_words: a story using two niche words is the niche's own news.
        self.min_words = min_words
        self.min_actors = min_actors
        self.max_niche_words = max_niche_words

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        key = ("site_niche", self.min_words, self.min_actors, self.max_niche_words)
        return memo(page, key, lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        chrome = chrome_lines(page)
        if len(chrome) < _MIN_CHROME_LINES or not page.paragraphs:
            return (0.0, 0.0, 1.0), ()
        items = _menu_items(page, chrome)
        hits = _niche_hits(items)
        named = sorted({word for found in hits.values() for word in found})
        n_items = float(min(len(named), _WORDS_CAP))
        one_niche = max(map(len, hits.values()), default=0)
        # (an outlet's menus hold one word of each of several niches: "Jobs", "Fixtures")
        enough = one_niche >= self.min_words or len(named) > self.min_words
        if not enough or _names_news(items) or brand_is_newsroom(page):
            return (n_items, 0.0, 0.0), ()
        lead, actors = lead_actors(page)
        if len(actors) < self.min_actors:
            return (n_items, 0.0, 0.0), ()
        on_niche = _niche_in_story(lead, sorted(hits))
        if len(on_niche) > self.max_niche_words:
            return (n_items, 0.0, 0.0), ()
        evidence = (
            f"menus name the niche {'/'.join(sorted(hits))} ({', '.join(named[:5])}) and no news "
            f"section, yet the story is hard news ({', '.join(actors[:4])})",
        )
        return (n_items, 1.0, 0.0), evidence
