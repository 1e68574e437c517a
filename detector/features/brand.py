"""Brand vs content: farms publish general news under brands from another world.

The seed's title ends "-WealthTrail Solutions": a wealth-management brand running an AP story
on fentanyl diplomacy. Real outlets carry news brands ("Times", "Post", "News") or a brand that
fits what they publish, and their brand matches their domain (nytimes.com, "The New York Times").
"""

from __future__ import annotations

import difflib
import functools
import re
from urllib.parse import urlsplit

from detector.features._pagememo import memo
from detector.features._story import clip, short_topic, story_topic
from detector.features._suffixes import suffix_extractor
from detector.features.base import PageFeatures, register
from detector.lexicon.sections import NEWS_SECTION_WORDS, NEWSROOM_NOSPACE, NEWSROOM_WORDS
from detector.lexicon.stems import brand_trade_words
from detector.lexicon.trades import (
    BEAT_WORDS,
    COMPANY_FORM_WORDS,
    NON_LICENSEE_CJK,
    NON_LICENSEE_WORDS,
    OFFWORLD_CJK,
    OFFWORLD_WORDS,
)
from detector.lexicon.words import wordset
from detector.page import Page
from detector.topic import load_topic_space

# Parts of a compound brand word ("Gartenmöbel", "AutoCzęści24" aside) that name a trade: only
# words of this length or more are searched inside longer words, so "bet" never matches "alphabet".
_COMPOUND_PART = 5
# Words of newsroom names, in a few languages: a brand with one of these is a news brand.
NEWS_WORDS = wordset(
    """news times post daily herald tribune journal gazette press chronicle observer telegraph
    courier star sun mirror express record review report reporter today weekly radio tv
    television broadcasting network media magazine wire dispatch independent standard globe
    inquirer register bulletin examiner sentinel guardian monitor insider watch mail politico
    bloomberg reuters associated newspaper newspapers publishing publications
    nachrichten zeitung tagblatt anzeiger rundschau noticias diario
    periódico periodico giornale corriere gazzetta journaal krant nieuws presse quotidien
    actualités info"""
)
# Words a domain may add around the brand (apnews.com for "Associated Press" is not covered).
DOMAIN_FILLER = ("the", "news", "online", "daily", "tv", "web", "media", "uk", "us", "my")
# Case changes and letter-digit seams inside a word: "WealthTrail", "Casino777", "GACOR88".
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_WORDS = re.compile(r"[^\W_]+")
_SOURCE_ORDER = (
    "title_suffix", "og:site_name", "jsonld_publisher", "application-name", "logo_alt", "copyright",
)  # fmt: skip


# Domain endings written into brands ("CBSSports.com"): not words of the name.
_TLD_WORDS = frozenset(("com", "net", "org", "co", "uk", "ca", "in", "au", "de", "fr", "www"))


def brand_words(brand: str) -> list[str]:
    """Lower-cased words of a brand, CamelCase and digits split ("WealthTrail" -> "wealth",
    "trail"; "GACOR88" -> "gacor", "88")."""
    words = [w.lower() for w in _WORDS.findall(_CAMEL.sub(" ", brand))]
    return [w for w in words if w not in _TLD_WORDS] or words


# ("Unlimited" holds no company: legal forms are not searched inside words.)
# Sorted: a set's order changes with the hash seed, and the evidence lists the parts in this order.
_LONG_OFFWORLD = tuple(
    sorted(
        w for w in OFFWORLD_WORDS if len(w) >= _COMPOUND_PART and w not in ("limited", "company")
    )
)


def offworld_words(brand: str, words: list[str], more: list[str] | None = None) -> list[str]:
    """The trade words of a brand: whole words, parts of long compound words ("gartenmöbel"
    -> "möbel"), and trade words of scripts without spaces ("金鼎财富网" -> "财富"). `more`:
    the brand's `brand_trade_words`, when the caller has them already."""
    found = [w for w in words if w in OFFWORLD_WORDS]
    for w in words:
        if w not in OFFWORLD_WORDS and len(w) > _COMPOUND_PART + 2:
            found += [p for p in _LONG_OFFWORLD if p in w and (w.startswith(p) or w.endswith(p))]
    found += [p for p in OFFWORLD_CJK if p in brand]
    # The trades' words in some thirty more languages.
    found += brand_trade_words(brand, words) if more is None else more
    # One word counts once: "kreditkarten" holds "kredit" and "kredi".
    return [w for w in dict.fromkeys(found) if not any(w != o and w in o for o in found)]


def non_licensee_words(name: str, words: list[str] | None = None) -> tuple[str, ...]:
    """The words of a trade no agency licenses to in one name or tagline (none for a line of
    trade words only: a section's name in a title, "... - Shop" on abc.net.au)."""
    words = brand_words(name) if words is None else words
    more = brand_trade_words(name, words)  # every trade of `trades_intl` is a non-licensee's
    if all(w in NON_LICENSEE_WORDS or w in more for w in words):
        return ()
    found = [w for w in offworld_words(name, words, more) if w in NON_LICENSEE_WORDS or w in more]
    if not name.isascii():
        found += [w for w in NON_LICENSEE_CJK if w in name and w not in found]
    return tuple(found)


# Separators of a title's parts ("Headline - Brand | Tagline").
_TITLE_PARTS = re.compile(r"\s+[|\-–—:·•]\s+|\s*[｜|]\s*")
_TAGLINE_WORDS = 10  # a tagline is short; a longer part is a headline or a sentence


def identity_lines(page: Page, brand: str) -> list[tuple[str, list[str]]]:
    """The page's other names and its title's parts that are not the headline, each with its
    `brand_words`."""
    headline = set(brand_words(page.headline or ""))
    lines = [(b, brand_words(b)) for b, _ in page.brand_candidates]
    parts = _TITLE_PARTS.split(page.title or "")
    # In "Headline - Brand | Tagline" the first part is the story's, however the headline reads.
    for part in parts[1:] if len(parts) > 1 else parts:
        words = brand_words(part)
        if not words or len(words) > _TAGLINE_WORDS or part.rstrip()[-1:] in "!?":
            continue
        if headline and sum(w in headline for w in words) * 2 >= len(words):
            continue  # the headline, or most of it
        lines.append((part, words))
    seen = {brand.strip().lower()}
    out = []
    for line, words in lines:
        key = line.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append((line.strip(), words))
    return out


def tagline_trade(page: Page, brand: str) -> tuple[str, tuple[str, ...]]:
    """A line beside the site's name that says its trade, and the trade's words (("", ()) when
    none): another of its names ("Bella Moda Boutique" in the copyright line) or its title's
    tagline ("SzybkaKasa24.pl - Porównywarka chwilówek i pożyczek online"). Only trades no
    agency licenses to count; a line that names news or a news section is a newsroom's, and a
    short line may be a section's name. Memoised per page (brand_mismatch_v1 and the licensee
    test both ask)."""
    return memo(page, ("tagline_trade", brand), lambda: _tagline_trade(page, brand))


def _tagline_trade(page: Page, brand: str) -> tuple[str, tuple[str, ...]]:
    for line, words in identity_lines(page, brand):
        # Two words in a spaced script are a section's name as often as a site's ("FOX Jobs").
        if len(words) < (3 if line.isascii() else 2) or any(
            w in NEWS_WORDS or w in NEWS_SECTION_WORDS or w in NEWSROOM_WORDS for w in words
        ):
            continue
        if not line.isascii() and any(p in line.lower() for p in NEWSROOM_NOSPACE):
            continue
        found = non_licensee_words(line, words)
        if found:
            return line, found
    return "", ()


def brand_offworld_words(brand: str, source: str, words: list[str]) -> list[str]:
    """`offworld_words` of a brand found at `source`, less company forms in a copyright notice."""
    found = offworld_words(brand, words)
    if source == "copyright":
        found = [w for w in found if w not in COMPANY_FORM_WORDS]
    return found


def pick_brand(page: Page) -> tuple[str, str]:
    """The brand the page shows readers (title suffix first) and where it came from."""
    ranked = sorted(
        page.brand_candidates,
        key=lambda bs: _SOURCE_ORDER.index(bs[1]) if bs[1] in _SOURCE_ORDER else 99,
    )
    for brand, source in ranked:
        if _name_like(brand):
            return brand.strip(), source
    return (page.site_name.strip(), "site_name") if _name_like(page.site_name) else ("", "")


def _name_like(text: str) -> bool:
    """A brand has 3+ letters and at most 6 words (not "6.0", not a tagline sentence)."""
    return sum(c.isalpha() for c in text) >= 3 and len(text.split()) <= 6


@functools.lru_cache(maxsize=4096)
def domain_labels(url: str) -> tuple[str, ...]:
    """The registrable domain without its suffix, then the subdomain labels.

    "https://smallbusiness.foxbusiness.com/x" -> ("foxbusiness", "smallbusiness").
    """
    if not url:
        return ()
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return _host_labels(host) if host else ()


@functools.lru_cache(maxsize=4096)  # pages' URLs differ, their hosts repeat
def _host_labels(host: str) -> tuple[str, ...]:
    parts = suffix_extractor()(host)
    labels = [str(parts.domain), *str(parts.subdomain).split(".")]
    squeezed = (re.sub(r"[^a-z0-9]", "", x.lower()) for x in labels)
    return tuple(x for x in squeezed if x and x != "www")


@functools.lru_cache(maxsize=8192)  # a site's brand and host labels come back on every page
def brand_domain_similarity(brand: str, label: str) -> float:
    """How well a brand names a domain label, 0-1.

    1.0 when the label is spelled from the brand's words, each whole or by its initial, with
    optional filler words ("Los Angeles Times" -> "latimes", "The New York Times" -> "nytimes",
    "BBC News" -> "bbc"); otherwise the difflib ratio of the squeezed strings.
    """
    words = brand_words(brand)
    if not words or not label:
        return 0.0
    squeezed = "".join(words)
    if label in squeezed or (len(squeezed) >= 4 and squeezed in label):
        return 1.0
    if _spelled(label, tuple(words)):
        return 1.0
    return difflib.SequenceMatcher(None, squeezed, label).ratio()


@functools.lru_cache(maxsize=1024)
def _spelled(label: str, words: tuple[str, ...]) -> bool:
    """True when `label` is the brand's words (whole, initial, or skipped) plus filler."""

    @functools.cache
    def ok(pos: int, k: int) -> bool:
        if pos == len(label):
            return True
        if any(label.startswith(f, pos) and ok(pos + len(f), k) for f in DOMAIN_FILLER):
            return True
        for j in range(k, len(words)):
            w = words[j]
            if label.startswith(w, pos) and ok(pos + len(w), j + 1):
                return True
            if label.startswith(w[0], pos) and ok(pos + 1, j + 1):
                return True
        return False

    return ok(0, 0) and len(label) >= 2


@register("brand_mismatch_v1")
class BrandMismatch(PageFeatures):
    """A brand from another world, unlike the story and unlike the page's own domain."""

    FEATURES = (
        "offworld_brand_words",
        "news_brand_word",
        "brand_business_tech_prob",
        "brand_story_similarity",
        "brand_story_mismatch",
        "brand_domain_similarity",
        "brands_disagree",
        "brand_missing",
        "brand_topic_missing",
        "domain_missing",
    )

    def __init__(
        self,
        domain_match_above: float = 0.5,
        domain_far_below: float = 0.2,
        brand_prob: float = 0.6,
    ) -> None:
        # difflib ratio 0.5: unrelated brand/domain pairs score ~0.1-0.4, spelled variants more.
        # On 452 real pages with a brand and a URL, 5.8% scored < 0.5 and 2.0% < 0.2 (mostly
        # section names and taglines in title suffixes).
        self.domain_match_above = domain_match_above
        self.domain_far_below = domain_far_below
        # The story's category counts from P >= 0.6 (as for breadcrumbs). Brand names are read
        # only as numbers: the space labels names poorly ("The Guardian" -> tech).
        self.brand_prob = brand_prob

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Off-world and news words of the brand, its topic, its fit with the story and domain."""
        brand, source = pick_brand(page)
        labels = domain_labels(page.url or page.canonical)
        label = labels[0] if labels else ""
        disagree = self._disagree(page)
        if not brand:
            line, trade = tagline_trade(page, "")
            values = (
                float(len(trade)),
                0.0,
                0.0,
                0.0,
                0.0,
                0.0,
                disagree,
                1.0,
                1.0,
                float(not label),
            )
            said = f'page names no brand; its title says "{clip(line, 40)}"' if trade else ""
            return values, (said or "page names no brand",)
        words = brand_words(brand)
        offworld = self._off_beat(brand_offworld_words(brand, source, words), page)
        news = any(w in NEWS_WORDS for w in words)
        tagline = ""
        if not offworld and not news:
            # A plain name ("Uśmiech+") whose trade is said beside it, in another of the site's
            # names or its title's tagline ("Centrum Stomatologii Uśmiech+ Kraków").
            tagline, trade = tagline_trade(page, brand)
            offworld = list(trade)
        evidence: list[str] = []
        biz, sim, mismatch, topic_missing = self._topic(
            brand, source, words, offworld, news, page, evidence
        )
        # Any of the page's brand names may spell any label of its host: titles carry taglines.
        names = {brand, page.site_name, *(b for b, _ in page.brand_candidates)} - {""}
        domain_sim = max(
            (brand_domain_similarity(n, lab) for n in names for lab in labels), default=0.0
        )
        # Title suffixes are often section names or taglines ("Arts and Entertainment": 5.8% of
        # real benchmark pages score < 0.5), so the mismatch is told only for a non-news brand
        # that is either from another world or a declared site name far from every host label.
        # A title suffix alone is often a section ("Japan", "Reports": 2% of real pages).
        declared = source in ("og:site_name", "jsonld_publisher")
        far = (domain_sim < self.domain_far_below and declared) or bool(offworld)
        latin = sum(c.isascii() and c.isalpha() for c in brand) >= 3  # else it can't spell a domain
        if label and domain_sim < self.domain_match_above and far and not news and latin:
            evidence.append(
                f'brand "{clip(brand, 40)}" ({source}) unlike the domain "{label}": '
                f"similarity {domain_sim:.2f}"
            )
        if not evidence and offworld:
            # Off-world words, on a story whose topic is unsure (or is the beat of another of
            # the brand's words): told, without the mismatch with the story.
            shown = ", ".join(f'"{w}"' for w in offworld)
            said = (
                f'brand "{clip(brand, 40)}" ({source}) uses {shown}: a brand of another trade'
                if not tagline
                else f'brand "{clip(brand, 40)}" ({source}), and the site says "{clip(tagline, 50)}"'
                f" ({shown}): a site of another trade"
            )
            evidence.append(said)
        if not evidence:
            evidence.append(f'brand "{clip(brand, 40)}" ({source}) fits the page')
        values = (
            float(len(offworld)),
            float(news),
            biz,
            sim,
            mismatch,
            domain_sim,
            disagree,
            0.0,
            topic_missing,
            float(not label),
        )
        return values, tuple(evidence)

    def _off_beat(self, offworld: list[str], page: Page) -> list[str]:
        """The off-world words less those of the story's own beat (a tech brand, a tech story)."""
        story = story_topic(page)
        if not offworld or story.vector is None or story.prob < self.brand_prob:
            return offworld
        beat = BEAT_WORDS.get(story.category, frozenset())
        return [w for w in offworld if w not in beat]

    def _topic(
        self,
        brand: str,
        source: str,
        words: list[str],
        offworld: list[str],
        news: bool,
        page: Page,
        evidence: list[str],
    ) -> tuple[float, float, float, float]:
        space = load_topic_space()
        story = story_topic(page)
        if story.vector is None:
            return 0.0, 0.0, 0.0, 1.0
        read = short_topic(" ".join(words), space, story.language)
        biz = sim = 0.0
        if read is not None:
            vec = read[0]
            probs = space.probabilities(vec)[0]
            cats = space.categories
            biz = float(probs[cats.index("business")] + probs[cats.index("tech")])
            sim = float(vec @ story.vector)
        mismatch = (
            not news
            and bool(offworld)
            and story.category not in ("business", "tech")
            and story.prob >= self.brand_prob
        )
        if mismatch:
            shown = ", ".join(f'"{w}"' for w in offworld)
            evidence.append(
                f'brand "{clip(brand, 40)}" ({source}) uses {shown}: a brand of another trade '
                f"publishing {story.category} news (similarity {sim:.2f})"
            )
        return biz, sim, float(mismatch), float(read is None)

    @staticmethod
    def _disagree(page: Page) -> float:
        """1.0 when the title-suffix brand spells none of the og:site_name / publisher names."""
        suffix = [b for b, src in page.brand_candidates if src == "title_suffix"]
        named = [
            b for b, src in page.brand_candidates if src in ("og:site_name", "jsonld_publisher")
        ]
        if not suffix or not named:
            return 0.0
        squeeze = "".join
        agree = any(
            brand_domain_similarity(a, squeeze(brand_words(b))) >= 0.5
            or brand_domain_similarity(b, squeeze(brand_words(a))) >= 0.5
            for a in suffix
            for b in named
        )
        return float(not agree)
