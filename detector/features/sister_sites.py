"""Sister sites: a network of templated local sites, named by one brand template and a place.

Spam networks register one site per town under one name pattern ("Drammen i dag", "Kielce24h",
"Puebla Hoy") and fill each with the same national copy, the town's name pushed into it. Their
footers list the sister sites: "Asker i dag · Bærum i dag", "Radom24h · Płock24h". The test is
structural: link texts and short lines that are the page's own brand with another name in the
place where the brand has its own ("Notícias de {Sorocaba} Agora" -> "Notícias de {Campinas}
Agora"), found by the affix they share with the brand, not by a list of place names.
"""

from __future__ import annotations

import re

from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.features.brand import NEWS_WORDS, pick_brand
from detector.lexicon.sections import NEWS_SECTION_WORDS, NEWSROOM_WORDS
from detector.lexicon.words import wordset
from detector.page import Page

_MAX_NAME_CHARS = 50  # a site's name in a footer list; longer lines are headlines
_MAX_NAME_WORDS = 6
_MAX_PLACE_WORDS = 3  # "Ribeirão Preto", "Nowy Sącz", "San Luis Potosí"
_MIN_AFFIX = 3  # letters or digits the template keeps besides the place: "Hoy", "24h", "i dag"
# Sister names before the page counts as one of a network: two could be a paper and its
# weekly ("Kurier Lubelski", "Kurier Poranny") or two editions.
_MIN_SISTERS = 3
# Articles and prepositions a template may hold that do not make one ("The _", "El _ de _").
_FILLER = wordset("the a of de da do di del la le el der die das il lo en i w na")
# A domain ending written into a brand ("SpaceNews.com", "Lånesjekken.no").
_TLD = re.compile(r"\.[a-z]{2,6}$")
_STEM = 4  # letters of the brand's place that must recur in the story ("Kielc" of "Kielce")
# Items of a list on one line: split at middle dots, bars, bullets, commas, a label's colon.
_LIST_MARKS = re.compile(r"[·|•,;:]")
_LIST_SPLIT = re.compile(r"\s*[·|•,;:]\s*")
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


def candidate_names(page: Page, ending: str = "") -> list[str]:
    """Link texts and short lines that may name a site: footer lists, "Our sites" blocks, and
    the items of a list written on one line ("Our network: Asker i dag · Bærum i dag"), as a
    text record writes a footer's inline links. With `ending`, only names that end with it
    (and only lines holding it are split into items)."""
    names = [a.text for block in page.link_blocks for a in block.anchors]
    for line in page.other_lines[:400]:
        names.append(line)
        if (
            len(line) <= _MAX_LIST_CHARS
            and (not ending or ending in line)
            and _LIST_MARKS.search(line)
        ):
            names += _LIST_SPLIT.split(line)
    if ending:  # a name ending with it holds it: most texts are ruled out before the strip
        names = [raw for raw in names if ending in raw]
    out: dict[str, None] = {}
    for raw in names:
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


def _in_story(page: Page, split: tuple[str, str, str] | None) -> bool:
    """Whether the brand's own place is in the story's headline: a network's site writes its
    town into the national copy it runs, headline first ("Mieszkańcy Kielc: ..."); a media
    family's sub-brands share its name, not a town ("Fox _": "News", "Business")."""
    if split is None:
        return False
    place = split[1]
    return place[: max(_STEM, len(place) - 2)] in page.headline


@register("sister_sites_v1")
class SisterSites(PageFeatures):
    """Footer lists of sister sites named by the page's own brand template."""

    FEATURES = ("identity_sister_network",)  # sister names sharing the brand's template, 0 or 3+

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, "sister_sites_extract", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        brand = _TLD.sub("", pick_brand(page)[0])
        if not brand or len(brand) > _MAX_NAME_CHARS:
            return (0.0,), ()
        template, names = sister_names(page, brand)
        if len(names) < _MIN_SISTERS or not _in_story(page, template_split(brand, names[0])):
            return (0.0,), ()
        shown = ", ".join(f'"{n}"' for n in names[:6])
        return (float(min(len(names), 20)),), (
            f'{len(names)} sister sites named by the brand\'s template "{template}" '
            f'("{brand}"): {shown}',
        )
