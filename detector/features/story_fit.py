"""Story fit: does the page's own furniture describe the story it carries?

A page written for its story describes that story everywhere: the meta description, the
canonical URL's slug and the JSON-LD headline are made from it, and the menus and sidebars are in
its language. A republisher that pours copy into a page built for something else (a real site's
template whose story was swapped out, a feed item dropped into a theme in another language) leaves
those descriptors telling the old story, or the menus speaking another language.

Nothing here reads a template's strings: the checks compare the page with itself (word overlap
between descriptors and story, the language of the story against the language of everything
around it). Licensed copy run on a real outlet can show the same seams when the CMS keeps a
stale description, so the family also states the combination with "and nothing credits anyone
for the story", which is what the scraper does and the licensee does not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

from detector.features._credit_words import credit_wording
from detector.features._pagememo import memo
from detector.features._story import short_category, short_topic, story_topic
from detector.features.base import PageFeatures
from detector.features.wire import WireCopy
from detector.lexicon.words import wordset
from detector.page import Page
from detector.topic import load_topic_space
from detector.wordruns import letter_runs, lower_letter_runs

# Words of four letters or more that say nothing about a story (URL path parts, function words).
_EMPTY = wordset(
    """that this with from have were been they their there which would about after will said
    says also more than into over when what your just other some only them then these those
    while where being because could should before during against under again since among still
    here very most much many such each both news article articles story stories html index
    content page post posts item view default amp archive archives category tags year"""
)
_DESC_KEYS = ("description", "og:description", "twitter:description", "twitter:title")
# Descriptors made from one story only (a site-wide blurb is never a slug or a headline).
_STORY_SPECIFIC = ("canonical slug", "jsonld:headline", "twitter:title")
# A signature or source line that names a newsroom rather than a person: the credit a licensee
# gives a publisher that is not in the agency table.
_NEWSROOM = re.compile(
    r"(?i)\b(news|press|presse|prensa|agency|agence|agencia|agentur|wire|media|times|post|"
    r"journal|herald|tribune|gazette|telegraph|guardian|bbc|cnn|reuters|afp|dpa|ap)\b"
)
_SOURCE_LINE = re.compile(r"(?i)^\s*(source|sources|quelle|fuente|fonte|bron|via|by|von|por|par)\b")
# Frequent function words of the languages of the corpora; a text's language is the one whose
# words clearly dominate (see `language_of`). A word several languages share ("de", "e")
# is listed for each: listed for one only, a menu of another ("Mapas e Fotos", "Plano de
# Transporte") read as that one.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(ws.split())
    for lang, ws in {
        "en": "the and of to in is that for was on with said are by this from have it",
        "de": "der die und das ist nicht mit den sich auf ein eine für von dem zu im des",
        "fr": "le la les et de des est une dans pour que pas sur du au qui avec ce sont",
        "es": "el los las y de que en del por una para con se su al es lo como más",
        "it": "il di e che della per una sono nel gli anche non con del alla le si è",
        "pt": "o os e de que do da em uma para com não dos mais se na no ao as",
        "nl": "de het een van en is dat niet op voor zijn met te ook er aan",
    }.items()
}


# Function word -> the languages it is one of ("de" is Dutch and Spanish).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, fw in _FUNCTION_WORDS.items() if word in fw)
    for word in frozenset().union(*_FUNCTION_WORDS.values())
}


def words(text: str) -> frozenset[str]:
    """Lower-case content words (four letters or more) of `text`."""
    if "İ" in text:  # lower-cases to two characters: count the letters before lower-casing
        runs = [run.lower() for run in letter_runs(text) if len(run) >= 4]
    else:
        runs = lower_letter_runs(text)
    return frozenset(w for w in set(runs) if len(w) >= 4) - _EMPTY


def slug_words(url: str) -> frozenset[str]:
    """Content words of a URL's path ("/world/senators-china-talks" -> senators, china, talks)."""
    if not url.startswith("http"):
        return frozenset()
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return frozenset()
    return words(re.sub(r"[-_./+]", " ", path))


def language_of(text: str, min_hits: int = 8) -> str:
    """The language whose function words clearly dominate `text` (at least `min_hits` of them,
    twice the runner-up, 4% of the words), or "" when no language is that clear."""
    found = lower_letter_runs(text[:6000])
    if len(found) < 20:
        return ""
    # Only the few function words are counted (filtered in C), each distinct one once.
    scores = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word, n in Counter(filter(_LANGUAGES_OF.__contains__, found)).items():
        for lang in _LANGUAGES_OF[word]:
            scores[lang] += n
    ranked = sorted(((n, lang) for lang, n in scores.items()), reverse=True)
    (best, lang), (second, _) = ranked[0], ranked[1]
    if best >= min_hits and best >= 2 * second and best >= 0.04 * len(found):
        return lang
    return ""


def _line_lengths(page: Page) -> tuple[int, ...]:
    """Word counts of the page's first 400 other lines (the language and the menus read them;
    memoised per page)."""
    return memo(
        page, "other_line_lengths", lambda: tuple(map(len, map(str.split, page.other_lines[:400])))
    )


def _jsonld_texts(items: tuple[Mapping[str, Any], ...]) -> Iterator[tuple[str, str]]:
    """(key, text) of the JSON-LD headlines and descriptions of article-like objects."""
    stack: list[Any] = list(items[:20])
    seen = 0
    while stack and seen < 60:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(item[:20])
        elif isinstance(item, Mapping):
            for key in ("headline", "description"):
                value = item.get(key)
                if isinstance(value, str) and value.strip():
                    yield f"jsonld:{key}", value
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph[:20])


class StoryFit(PageFeatures):
    """The page's descriptors and furniture against its story.

    Not registered as a family of its own: in the training data its signs appear on one farm
    family only (and on that family's licensed twin, whose credit this class reads), so a model
    given them apart learns them as "licensed" when that farm is held out. `made_elsewhere_v1`
    counts its verdict together with the other signs of a story made for another page.

    Args:
        foreign_below: a descriptor sharing less than this share of its words with the story
            tells another story. On the real outlet pages (shared/data/html), 0.6% of canonical
            slugs and 8% of meta descriptions fell below 0.2, the latter mostly site-wide blurbs,
            which the brand filter and the "no descriptor fits" rule keep out.
        fits_above: a descriptor sharing at least this share describes the story.
        min_words: descriptors with fewer content words are not read.
        story_words: words of the story (after the headline) compared with the descriptors.
        furniture_min_lines: short lines outside the story needed to read the site's subject.
        offtopic_below: furniture-to-story topic similarity below which they disagree (0.2,
            as `breadcrumb_topic_v1`: a section of another category scores a median 0.12).
        confident_prob: both the furniture's and the story's category need this probability.
    """

    FEATURES = (
        "fit_descriptor_overlap",  # best share of a descriptor's words found in the story
        "fit_descriptors_missing",  # no description, slug or JSON-LD headline to compare
        "fit_descriptors_foreign",  # descriptors that tell another story (none fits)
        "fit_specific_foreign",  # ... and two of them, or a slug or headline, do
        "fit_language_foreign",  # the story's language is not that of the page around it
        "fit_furniture_offtopic",  # the page's menus and lists are about another subject
        "fit_foreign_uncredited",  # a foreign story (either sign) that credits nobody
    )

    def __init__(
        self,
        foreign_below: float = 0.2,
        fits_above: float = 0.5,
        min_words: int = 3,
        story_words: int = 600,
        furniture_min_lines: int = 10,
        offtopic_below: float = 0.2,
        confident_prob: float = 0.6,
    ) -> None:
        self.foreign_below = foreign_below
        self.fits_above = fits_above
        self.min_words = min_words
        self.story_words = story_words
        self.furniture_min_lines = furniture_min_lines
        self.offtopic_below = offtopic_below
        self.confident_prob = confident_prob

    def _story(self, page: Page) -> frozenset[str]:
        taken: list[str] = []
        for para in page.paragraphs:
            taken.extend(para.split())
            if len(taken) >= self.story_words:
                break
        return words(" ".join((page.headline, page.title, *taken[: self.story_words])))

    def _site_words(self, page: Page) -> frozenset[str]:
        """Words naming the site: a site-wide blurb that names its brand is not about a story."""
        names = [page.site_name, *(b for b, _ in page.brand_candidates)]
        host = (urlsplit(page.url).hostname or "") if page.url.startswith("http") else ""
        return words(" ".join(names) + " " + host.replace(".", " "))

    def descriptors(self, page: Page) -> list[tuple[str, frozenset[str]]]:
        """(where, content words) of each descriptor the page gives of its story."""
        found: list[tuple[str, str]] = []
        meta: Mapping[str, str] = {**page.meta, **page.opengraph}
        for key in _DESC_KEYS:
            if meta.get(key, "").strip():
                found.append((key, meta[key]))
        found.extend(_jsonld_texts(page.jsonld))
        site = self._site_words(page)
        out: list[tuple[str, frozenset[str]]] = []
        seen: set[frozenset[str]] = set()
        for where, text in found:
            got = words(text)
            if len(got) < self.min_words or got in seen or (site and got & site):
                continue
            seen.add(got)
            out.append((where, got))
        canonical = page.canonical.strip() or page.opengraph.get("og:url", "").strip()
        slug = slug_words(canonical)
        if len(slug) >= self.min_words and slug not in seen and not slug & site:
            out.append(("canonical slug", slug))
        return out

    def _language_gap(self, page: Page) -> tuple[str, str]:
        """(story language, furniture language) when both are clear and differ, else ("", "").

        English furniture does not count: platforms, cookie banners and web archives wrap
        stories of every language in English chrome (wordpress.com, archive.org pages did).
        """
        lines = [
            ln for ln, n in zip(page.other_lines[:400], _line_lengths(page), strict=True) if n >= 4
        ]
        around = language_of(" ".join(lines))
        if not around or around == "en":
            return "", ""  # most pages: the story's language is not needed
        story = language_of(" ".join(page.paragraphs[:20]))
        if story and around != story:
            return story, around
        return "", ""

    def furniture_offtopic(self, page: Page) -> tuple[str, str, float] | None:
        """(furniture category, story category, similarity) when the page's short lines (menus,
        lists, teasers) confidently name another subject than the story, else None.

        A general news site's menus name every subject and read as no clear category; a site
        about one subject (flowers, crafts, football) reads as that subject.
        """
        story = story_topic(page)
        if not story.known or story.prob < self.confident_prob or story.vector is None:
            return None
        head = (page.headline or page.title).strip()
        lines = [
            ln
            for ln, n in zip(page.other_lines[:300], _line_lengths(page)[:300], strict=True)
            if 1 <= n <= 12 and ln.strip() != head
        ]
        if len(lines) < self.furniture_min_lines:
            return None
        text, space = " ".join(lines), load_topic_space()
        # The category decides first: the menus' vector is read only when it differs.
        read = short_category(text, space, story.language)
        if read is None:
            return None
        category, prob = read
        if prob < self.confident_prob or category == story.category:
            return None
        full = short_topic(text, space, story.language)
        assert full is not None  # the same words as `short_category` read
        similarity = float(full[0] @ story.vector)
        if similarity < self.offtopic_below:
            return category, story.category, similarity
        return None

    def credited(self, page: Page) -> bool:
        """Whether the page credits anyone for the story: an agency, a credit line, or a
        signature or source line naming a newsroom ("Source: BBC News", "By Times staff")."""
        if page.credit_lines:
            return True
        values = WireCopy().extract(page)[0]
        if values[2] or values[5]:
            return True
        signatures = (page.byline, *page.authors)
        lines = (*page.paragraphs[:2], *page.paragraphs[-3:], *page.other_lines[:150])
        # The few lines opening like a source line are picked in C, then read.
        return any(_NEWSROOM.search(s) for s in signatures if s) or any(
            len(ln) <= 80 and _NEWSROOM.search(ln) for ln in filter(_SOURCE_LINE.match, lines)
        )

    def credited_in_words(self, page: Page) -> bool:
        """A credit `credited` does not read: a source label naming a newsroom or a permission
        of another language ("তথ্য: ... সংবাদ সংস্থা", "ברשות המערכת"). Costlier than `credited`,
        so read only for a page whose story is found foreign."""
        lines = (*page.paragraphs[:2], *page.paragraphs[-3:], *page.other_lines[:150])
        return bool(credit_wording(lines))

    def _key(self) -> tuple[float, ...]:
        """Every hyperparameter: the per-page memo keys on them."""
        return (
            self.foreign_below,
            self.fits_above,
            self.min_words,
            self.story_words,
            self.furniture_min_lines,
            self.offtopic_below,
            self.confident_prob,
        )

    def foreign_uncredited(self, page: Page) -> bool:
        """`fit_foreign_uncredited` of `extract`, reading only what decides it (memoised).

        The value is "(a specific descriptor, the language or the menus is foreign) and
        nothing credits anyone": a credited page reads no sign, and the first foreign sign
        found ends the reading. The costly reads (menus' topic, languages) come last.
        """
        return memo(
            page, ("story_fit_uncredited", *self._key()), lambda: self._foreign_uncredited(page)
        )

    def _foreign_uncredited(self, page: Page) -> bool:
        if self.credited(page):
            return False
        foreign = (
            bool(self._fit(page)[2])
            or bool(self._language_gap(page)[0])
            or self.furniture_offtopic(page) is not None
        )
        return foreign and not self.credited_in_words(page)

    def _fit(self, page: Page) -> tuple[list[tuple[float, str]], list[str], float]:
        """(share of each descriptor's words in the story, where), the foreign ones when none
        fits, and whether they are specific (two of them, or a slug or headline)."""
        # Descriptors first: without any (4 in 10 real pages), the story's words are not needed.
        descriptors = self.descriptors(page)
        story = self._story(page) if descriptors else frozenset()
        shares = [(len(w & story) / len(w), where) for where, w in descriptors] if story else []
        bad: list[str] = []
        specific = 0.0
        if shares and max(s for s, _ in shares) < self.fits_above:
            bad = [where for s, where in shares if s < self.foreign_below]
            specific = float(len(bad) >= 2 or any(w in _STORY_SPECIFIC for w in bad))
        return shares, bad, specific

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, ("story_fit_extract", *self._key()), lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        evidence: list[str] = []
        shares, bad, specific = self._fit(page)
        best = max(s for s, _ in shares) if shares else 0.0
        foreign = float(len(bad))
        if bad:
            evidence.append(
                f"{', '.join(bad)} describe another story (best overlap with the story {best:.2f})"
            )
        story_lang, around = self._language_gap(page)
        lang_foreign = float(bool(story_lang))
        if story_lang:
            evidence.append(f"story in {story_lang!r}, the page around it in {around!r}")
        off = self.furniture_offtopic(page)
        if off is not None:
            evidence.append(
                f"the page's menus and lists are about {off[0]}, the story about {off[1]} "
                f"(similarity {off[2]:.2f})"
            )
        uncredited = 0.0
        foreign_story = specific or lang_foreign or off is not None
        if foreign_story and not self.credited(page) and not self.credited_in_words(page):
            uncredited = 1.0
            evidence.append("and nothing on the page credits anyone for the story")
        values = (
            best,
            float(not shares),
            foreign,
            specific,
            lang_foreign,
            float(off is not None),
            uncredited,
        )
        return values, tuple(evidence)
