"""Story origin: the story's own words name the outlet it was reported for, and that is not this page.

Reporters write their outlet into the story: "a spokesman told Reuters", "she told the BBC",
"sagte der Deutschen Presse-Agentur", "a déclaré à l'AFP", "dijo a El Diario", "disse ao Jornal
do Vale". A copy carries those words along. On the outlet's own page, or on a page that credits
the outlet, they are normal; on a page that is neither, they show where the story was written.
An outlet is an agency (the `agencies` table) or a name that holds a media word ("Tribune",
"Zeitung", "Diario", ...) or is a broadcaster's short name ("BBC", "CNN").
"""

from __future__ import annotations

import re

from detector.features._pagememo import memo
from detector.features._trigrams import lower_map, possible
from detector.features.base import PageFeatures, register
from detector.features.publisher_credits import publisher_credits, squash
from detector.features.wire import WireCopy, host_of
from detector.lexicon.words import wordset
from detector.page import Page
from detector.parsing.agencies import agency_in_name

# "told", "said to", "in an interview with" and their kin in en, de, fr, es, it, pt, nl, followed
# by an optional article; what follows is read as a name of up to six words.
_TELL = re.compile(
    r"(?:\btold|\bsaid to|\bin an interview with|\bspeaking to|"
    r"\bim (?:Gespräch|Interview) mit(?: der| dem)?|\bgegenüber (?:der|dem)|"
    r"\ba (?:déclaré|confié|indiqué|expliqué|affirmé) (?:à|au|aux)|"
    r"\b(?:dijo|declaró|explicó|aseguró|afirmó) a(?:l)?|"
    r"\bha (?:detto|dichiarato|spiegato|riferito) (?:a|al|alla)|"
    r"\b(?:disse|declarou|afirmou|explicou|informou) (?:a|ao|à)|"
    r"\bzei (?:tegen|tegenover))"
    r"\s+(?:the\s+|The\s+|l['’]|la\s+|le\s+|el\s+|la\s+|il\s+|lo\s+|o\s+|a\s+|de\s+|het\s+)?"
    r"((?:[A-Z][\w&'’.-]*|[A-Z]{2,})(?:\s+(?:(?:of|de|del|do|da|di|der|des)\s+)?[A-Z][\w&'’.-]*){0,5})"
)
_TRIGGERS = ("told", "said to", "interview", "speaking to", "gespräch", "gegenüber",
             "déclaré", "confié", "indiqué", "expliqué", "affirmé", "dijo", "declaró", "explicó",
             "aseguró", "afirmó", "detto", "dichiarato", "spiegato", "riferito", "disse",
             "declarou", "afirmou", "explicou", "informou", "zei")  # fmt: skip
# Words that make a name a media outlet's, in the languages above (lower-case, whole words).
_MEDIA_WORDS = wordset(
    """tribune times post news herald journal gazette chronicle telegraph guardian observer
    courier courant express mail star daily weekly magazine radio tv television channel
    network press standard record examiner inquirer dispatch bulletin sentinel register
    review mirror independent monitor report reporter zeitung presse kurier anzeiger
    rundschau nachrichten tagblatt tagesspiegel allgemeine abendblatt morgenpost rundfunk
    journal quotidien parisien figaro monde dépêche libération diario periódico periodico
    gaceta noticias crónica cronica corriere gazzetta giornale stampa repubblica messaggero
    jornal folha diário gazeta correio notícias krant dagblad courant nieuwsblad"""
)
_BROADCASTERS = wordset(
    "bbc cnn npr cnbc msnbc abc cbs nbc fox pbs bloomberg politico axios zdf ard rai tf1 rtl "
    "nos vrt rtve cbc sky itv"
)
_WORD = re.compile(r"[^\W\d_]+")
_MAX_PARAGRAPHS = 60


def outlet_name(name: str) -> bool:
    """Whether `name` (as it follows "told") names a news outlet rather than a person or body."""
    words = [w.lower() for w in _WORD.findall(name)]
    if not words:
        return False
    if any(w in _MEDIA_WORDS for w in words) or words[0] in _BROADCASTERS:
        return True
    return agency_in_name(name) is not None


def _own_names(page: Page) -> set[str]:
    names = {page.site_name, *(b for b, _ in page.brand_candidates)}
    host = host_of(page.url)
    if host:
        names.add(host.removeprefix("www.").split(".")[0])
    return {squash(n) for n in names if n and len(squash(n)) >= 3}


def _same(a: str, b: str) -> bool:
    return a in b or b in a


@register("story_origin_v1")
class StoryOrigin(PageFeatures):
    """Whether the story names the outlet it was reported for, that is neither this page nor credited."""

    FEATURES = ("origin_named_uncredited",)

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, "story_origin_extract", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        # The page's trigrams rule out most trigger words without reading its text again.
        triggers = possible(page, _TRIGGERS)
        if not triggers:
            return (0.0,), ()
        low = lower_map(page)
        candidates = [
            (m.group(0), m.group(1).rstrip(".,;:’'"))
            for para in page.paragraphs[:_MAX_PARAGRAPHS]
            if any(t in low[para] for t in triggers)
            for m in _TELL.finditer(para)
        ]
        candidates = [(said, name) for said, name in candidates if outlet_name(name)]
        if not candidates:
            return (0.0,), ()
        # Only now what the page is and whom it credits (most pages name no outlet).
        own = _own_names(page)
        credited = {squash(c.name) for c in publisher_credits(page)}
        agencies = {c.agency.key for c in WireCopy().credits(page)}
        signed = squash(" ".join((page.byline, *page.authors)))
        for said, name in candidates:
            key = squash(name)
            if len(key) < 2 or any(_same(key, o) for o in own):
                continue
            if any(_same(key, c) for c in credited if len(c) >= 3) or (key in signed):
                continue
            agency = agency_in_name(name)
            if agency is not None and agency.key in agencies:
                continue
            shown = " ".join(said.split())
            brand = page.site_name or next((b for b, _ in page.brand_candidates), "")
            on = f' on "{brand}"' if brand else ""
            return (1.0,), (
                f'story says "{shown}", but the page{on} is not {name} and does not credit it',
            )
        return (0.0,), ()
