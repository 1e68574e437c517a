"""Sister sites: a network of templated local sites, named by one brand template and a place.

Spam networks register one site per town under one name pattern ("Drammen i dag", "Kielce24h",
"Puebla Hoy") and fill each with the same national copy, the town's name pushed into it. Their
footers list the sister sites: "Asker i dag · Bærum i dag", "Radom24h · Płock24h". The test is
structural: link texts and short lines that are the page's own brand with another name in the
place where the brand has its own ("Notícias de {Sorocaba} Agora" -> "Notícias de {Campinas}
Agora"), found by the affix they share with the brand, not by a list of place names.

A text record often names no brand: its first line is the site's name ("Manisa Haber Portalı").
Then the page's name is the line that spells its domain (manisahaberportali.com), and the town
in the domain stands in for the town in the headline (such sites run other towns' copy too),
when five or more sisters are named after towns, not nouns ("Music Talk", "Mobile Marketing").

Networks of data-bot "local papers" name no sisters; they say how many they are ("part of a
network of more than 1,200 local news sites"): `identity_network_claim` (see `_network_claims`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path

from detector import lexicon
from detector.features._automated import automation_disclaimer
from detector.features._network_claims import (
    member_claim,
    press_release_desk,
    size_claim,
    template_headlines,
)
from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.features.brand import NEWS_WORDS, domain_labels, pick_brand
from detector.features.origin_voice import fold
from detector.lexicon import LANGUAGES, read_entries
from detector.lexicon.sections import NEWS_SECTION_WORDS, NEWSROOM_WORDS
from detector.lexicon.words import wordset
from detector.page import Page
from detector.parsing.patterns import TITLE_SEPARATORS

_MAX_NAME_CHARS = 50  # a site's name in a footer list; longer lines are headlines
_MAX_NAME_WORDS = 6
_MAX_PLACE_WORDS = 3  # "Ribeirão Preto", "Nowy Sącz", "San Luis Potosí"
_MIN_AFFIX = 3  # letters or digits the template keeps besides the place: "Hoy", "24h", "i dag"
# Sister names before the page counts as one of a network: two could be a paper and its
# weekly ("Kurier Lubelski", "Kurier Poranny") or two editions.
_MIN_SISTERS = 3
# Sister names from which a page is one of a network outright, whether or not its own place is
# in the headline: a paper lists its editions (two to four), not five towns under one template.
_MIN_NETWORK = 5
_MAX_OWN_NAMES = 3  # the brand, then names that spell the domain
_NOUN_SHARE = 3  # towns of which at most one in this many may be a common word
_NAME_SPACES = 8  # characters a name adds to the domain that spells it: spaces, hyphens
# Articles and prepositions a template may hold that do not make one ("The _", "El _ de _").
_FILLER = wordset("the a of de da do di del la le el der die das il lo en i w na")
# A domain ending written into a brand ("SpaceNews.com", "Lånesjekken.no").
_TLD = re.compile(r"\.[a-z]{2,6}$")
_STEM = 4  # letters of the brand's place that must recur in the story ("Kielc" of "Kielce")
# Items of a list on one line: split at middle dots, bars, bullets, commas, a label's colon.
_LIST_MARKS = re.compile(r"[·|•,;:]")
_LOWER_WORD = re.compile(r"\b[^\W\d_A-ZÀ-ÞА-ЯİĞŞÇÖÜ][^\W\d_]*")  # words written in lower case
_MAX_LIST_CHARS = 600


def _boundary(text: str, i: int) -> bool:
    """Whether a name may start or end at position `i` of `text`: an end, a space or a
    punctuation mark, or a seam between letters and digits or a lower and an upper case."""
    if i <= 0 or i >= len(text):
        return True
    a, b = text[i - 1], text[i]
    if not a.isalnum() or not b.isalnum():
        return True
    return a.isalpha() != b.isalpha() or (a.islower() and b.isupper())


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def template_split(brand: str, other: str) -> tuple[str, str, str] | None:
    """(template, brand's place, other's place) when `other` is `brand` with another name in the
    same place ("Drammen i dag", "Asker i dag" -> ("_ i dag", "Drammen", "Asker")), else None."""
    shortest = min(len(brand), len(other))
    p = _common_prefix(brand, other)
    s = _common_prefix(brand[::-1], other[::-1])
    p, s = min(p, shortest), min(s, shortest - min(p, shortest))
    while p > 0 and not (_boundary(brand, p) and _boundary(other, p)):
        p -= 1
    while s > 0 and not (_boundary(brand, len(brand) - s) and _boundary(other, len(other) - s)):
        s -= 1
    x, y = brand[p : len(brand) - s].strip(), other[p : len(other) - s].strip()
    head, tail = brand[:p], brand[len(brand) - s :]
    kept = [w for w in f"{head} {tail}".split() if w.lower() not in _FILLER]
    if sum(c.isalnum() for w in kept for c in w) < _MIN_AFFIX:
        return None
    if all(w.lower() in NEWS_WORDS for w in kept):
        return None  # "_ News", "_ Post": a newsroom's sections ("Tech News", "KidsPost")
    # The place comes first or in the middle: "{Asker} i dag", "Notícias de {Campinas} Agora".
    # A brand followed by a name is a media family's sub-brand ("Fox Business", "TED Books",
    # "Quartz India"), which real outlets list in their footers.
    if not tail.strip() or not _place_like(x) or not _place_like(y):
        return None
    if x.casefold() in y.casefold() or y.casefold() in x.casefold():
        return None  # "Calendário da Stock" is a page of "Stock Car", not a sister
    return f"{head.strip()} _ {tail.strip()}".strip(), x, y


def _place_like(name: str) -> bool:
    """A proper name of a few words: capitalised (in a cased script), not a section's name."""
    words = name.split()
    if not words or len(words) > _MAX_PLACE_WORDS or not name[0].isalpha():
        return False
    # First and last words capitalised (in a cased script): "Ribeirão Preto", not "Unes du".
    if any(w[0].lower() != w[0].upper() and not w[0].isupper() for w in (words[0], words[-1])):
        return False
    low = name.lower()
    return all(
        w not in NEWS_SECTION_WORDS and w not in NEWSROOM_WORDS and w not in NEWS_WORDS
        for w in low.split()
    )


def _list_items(line: str) -> list[str]:
    """`line` split at every list mark, each item as written (spaces around a mark kept: the
    callers strip the items)."""
    for mark in "·•,;:":
        if mark in line:
            line = line.replace(mark, "|")
    return line.split("|")


def candidate_names(page: Page, ending: str = "") -> list[str]:
    """Link texts and short lines that may name a site: footer lists, "Our sites" blocks, and
    the items of a list written on one line ("Our network: Asker i dag · Bærum i dag"), as a
    text record writes a footer's inline links. With `ending`, only names that end with it
    (and only lines holding it are split into items)."""
    names = [a.text for block in page.link_blocks for a in block.anchors]
    lines: Sequence[str] = page.other_lines[:400]
    if ending:  # a line without it has no item holding it either
        lines = [line for line in lines if ending in line]
    for line in lines:
        names.append(line)
        if len(line) <= _MAX_LIST_CHARS and _LIST_MARKS.search(line):
            names += _list_items(line)
    if ending:  # a name ending with it holds it: most texts are ruled out before the strip
        names = [raw for raw in names if ending in raw]
    out: dict[str, None] = {}
    for raw in dict.fromkeys(names):  # menus and footers repeat their links: each text once
        name = raw.strip()
        if (
            (not ending or name.endswith(ending))
            and 3 <= len(name) <= _MAX_NAME_CHARS
            and len(name.split()) <= _MAX_NAME_WORDS
        ):
            out[name] = None
    return list(out)


def sister_names(page: Page, brand: str) -> tuple[str, list[str]]:
    """The brand's template and the names that fill it with another place (most common
    template wins)."""
    by_template: dict[str, list[str]] = {}
    # A template keeps a tail (`template_split`): a name that does not end as the brand ends
    # is no sister, and most of a page's names do not. Two characters of it: a one-character
    # tail ("_ 1") would need two more of the template's letters before the place.
    for name in candidate_names(page, brand[-2:]):
        split = template_split(brand, name)
        if split is not None:
            by_template.setdefault(split[0], []).append(name)
    if not by_template:
        return "", []
    template = max(by_template, key=lambda t: len(by_template[t]))
    return template, by_template[template]


def _in_story(page: Page, split: tuple[str, str, str] | None, own: str = "") -> bool:
    """Whether the brand's own place is in the story's headline: a network's site writes its
    town into the national copy it runs, headline first ("Mieszkańcy Kielc: ..."); a media
    family's sub-brands share its name, not a town ("Fox _": "News", "Business"). The brand
    itself in the headline ("DVD Talk Review: ...") names the site, not a town."""
    if split is None:
        return False
    place = split[1]
    headline = page.headline.replace(own, " ") if own else page.headline
    return place[: max(_STEM, len(place) - 2)] in headline


def _in_domain(page: Page, split: tuple[str, str, str] | None) -> bool:
    """Whether the brand's own place is in the site's domain ("Manisa" in manisahaberportali):
    one site per town, the town in the name and the address, is how such networks register."""
    labels = domain_labels(page.url)
    if split is None or not labels:
        return False
    place = fold(split[1])
    return len(place) >= _STEM and place in labels[0]


@functools.cache
def _noun_words() -> frozenset[str]:
    """Words of the news glossaries, both sides, folded: nouns and verbs of eleven languages
    and English, which a site's section is named with and a town mostly is not."""
    words: set[str] = set()
    for lang in LANGUAGES:
        for word, english in read_entries(Path(lexicon.__file__).parent / f"glossary_{lang}.tsv"):
            words.update(fold(w) for w in f"{word} {english}".replace(",", " ").split())
    return frozenset(words)


noun_words = _noun_words  # public: clone_network tells towns from nouns with it too


def _nouns(page: Page, places: list[str]) -> int:
    """How many places are common words: a word of the glossaries or one the page writes in
    lower case ("Music Talk", "Mobile Marketing"); a town is a name ("Aydın", "Sandefjord")."""
    lower = set(_LOWER_WORD.findall(" ".join((*page.paragraphs, *page.other_lines[:400]))))
    nouns = _noun_words()
    return sum(
        any(w.lower() in lower or fold(w) in nouns for w in re.split(r"[\s-]+", place) if w)
        for place in places
    )


def _domain_names(page: Page, label: str) -> list[str]:
    """Short lines and link texts that spell the domain ("Manisa Haber Portalı" on
    manisahaberportali.com): the site's name when no tag gives it."""
    lines = (
        *_title_parts(page),
        *page.other_lines[:60],
        *(a.text for b in page.link_blocks for a in b.anchors),
    )
    return [
        ln.strip()
        for ln in lines
        if len(label) <= len(ln) <= min(len(label) + _NAME_SPACES, _MAX_NAME_CHARS)
        and (ln[0].lower() == label[0] or not ln[0].isascii())
        and fold(ln) == label
    ]


def _title_parts(page: Page) -> list[str]:
    return [p.strip() for p in TITLE_SEPARATORS.split(page.title or "") if p.strip()]


def own_names(page: Page) -> list[str]:
    """The names a page goes by: its brand, then its title's parts and lines that spell its
    domain ("Manisa Haber Portalı", the first line of a text record that names no brand;
    memoised per page: the sister-site and clone-network families both ask)."""
    return list(memo(page, "sister_own_names", lambda: tuple(_own_names(page))))


def _own_names(page: Page) -> list[str]:
    brand = _TLD.sub("", pick_brand(page)[0])
    names = [brand] if brand else []
    labels = domain_labels(page.url)
    if labels and len(labels[0]) >= _STEM:
        names += _domain_names(page, labels[0])
    out: dict[str, str] = {}
    for name in names:
        if 3 <= len(name) <= _MAX_NAME_CHARS and len(name.split()) <= _MAX_NAME_WORDS:
            out.setdefault(name.casefold(), name)
    return list(out.values())[:_MAX_OWN_NAMES]


def network_sisters(page: Page) -> tuple[str, str, list[str]]:
    """(own name, template, sister names) of the largest network the page's names template,
    ("", "", []) when none: three or more sisters with the own place in the headline, or five
    or more named after towns (not nouns) with the own place in the domain."""
    best: tuple[str, str, list[str]] = ("", "", [])
    for own in own_names(page):
        template, names = sister_names(page, own)
        if len(names) < max(_MIN_SISTERS, len(best[2]) + 1):
            continue
        split = template_split(own, names[0])
        if _in_story(page, split, own) or (
            len(names) >= _MIN_NETWORK and _in_domain(page, split) and _towns(page, own, names)
        ):
            best = (own, template, names)
    return best


def _towns(page: Page, own: str, names: list[str]) -> bool:
    """Whether the places of the sister names are names, not nouns the page uses (at most one
    in three a common word: 3 of 13 on a Portuguese network, "Guarda", "Lisboa", "Porto")."""
    places = [s[2] for s in (template_split(own, n) for n in names) if s is not None]
    return _nouns(page, places) * _NOUN_SHARE <= len(places)


def network_claim(page: Page) -> tuple[str, ...]:
    """A claim of belonging to a network of sites and the marks beside it that a network of
    data bots and press releases leaves; () when it does not hold. A count of news sites ("one
    of 1,200 local news sites") needs one mark: a press-release desk or section in the menu,
    template headlines, or a note that the site's stories are generated. A bare membership
    ("part of the X Network", as real groups write too) needs a desk that asks for releases or
    that note."""
    size = size_claim(page)
    claim = size or member_claim(page)
    if not claim:
        return ()
    desk, asks = press_release_desk(page)
    note = automation_disclaimer(page)
    twins = template_headlines(page) if size else ()
    enough = bool(desk or note or twins) if size else bool(asks or note)
    if not enough:
        return ()
    out = [f'network claim: "{claim[:160]}"']
    if desk:
        out.append(f'press-release {"desk" if asks else "section"}: "{desk}"')
    if note and note != claim:
        out.append(f'generated-content note: "{note[:120]}"')
    if twins:
        out.append("template headlines: " + ", ".join(f'"{t[:80]}"' for t in twins[:3]))
    return tuple(out)


@register("sister_sites_v1")
class SisterSites(PageFeatures):
    """Footer lists of sister sites named by the page's own brand template, and a network's
    claim of its size beside its press-release desk or template headlines."""

    FEATURES = (
        "identity_sister_network",  # sister names sharing the brand's template, 0 or 3-20
        "identity_network_template",  # 1 at five or more such names: a network, bounded
        "identity_network_claim",  # 1: "one of N sites" + a press-release desk/template stories
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, "sister_sites_extract", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        own, template, names = network_sisters(page)
        claim = network_claim(page)
        evidence = list(claim)
        if names:
            shown = ", ".join(f'"{n}"' for n in names[:6])
            evidence.insert(
                0,
                f'{len(names)} sister sites named by the brand\'s template "{template}" '
                f'("{own}"): {shown}',
            )
        values = (
            float(min(len(names), 20)),
            float(len(names) >= _MIN_NETWORK),
            float(bool(claim)),
        )
        return values, tuple(evidence)
