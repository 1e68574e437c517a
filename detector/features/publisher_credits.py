"""Credits to another publisher: "Source: BBC News", "This article originally appeared on ...".

A licensed or syndicated copy says where the story comes from; a scraper strips it. Agencies are
read by `detector.parsing.agencies` (a fixed table); this module reads the *shapes* of a credit,
whoever it names, in English, German, French, Spanish and Italian:

- a source label: "Source: BBC News", "Quelle: Spiegel Online", "Source : Le Monde",
  "Fuente: El País", "Fonte: Corriere", "(Source: The Guardian)", "via Bloomberg";
- an origin line: "This article originally appeared on The Conversation", "Originally published
  at https://...", "Dieser Artikel erschien zuerst bei Zeit Online", "Cet article a été publié
  initialement sur ...", "Publicado originalmente en ...", "Pubblicato originariamente su ...";
- a permission or distribution line: "Republished with permission from X", "Reprinted from X",
  "(c) 2023 The Guardian, distributed by Tribune Content Agency", "Mit freundlicher Genehmigung
  von X", "avec l'aimable autorisation de X", "por cortesía de X", "per gentile concessione di X";
- a source named in the page's metadata (`<meta name="original-source" content="https://...">`).

The credited name is what follows the phrase, up to the end of its clause: a publisher's name or
a URL (read as its registered domain). Photo credits ("Credit: Getty Images"), dates ("First
published on November 19, 2019") and the feed importer's "The post ... appeared first on ..."
footer (a farm's mark, read by `leftovers_v1`) are not credits; nor is a source that licenses
nothing: a government body or "social networks" ("Fonte: Governo Federal / Redes sociais").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from detector.features._pagememo import memo
from detector.features._textscan import cut
from detector.features._trigrams import lower_map, possible
from detector.lexicon.vague_sources import GOVERNMENT_HEADS, VAGUE_NAME_WORDS
from detector.page import Page
from detector.parsing.agencies import agency_for_host

MAX_LINE = 300  # credit lines are short; longer lines are prose
MAX_NAME = 60  # a publisher's name, not a clause

_EN_VERBS = ("appeared", "published", "posted", "ran", "printed")
# Lower-case literals, per kind of credit, one of which every credit of that kind contains. The
# page's lines are searched for them first (after the page's trigrams rule most out), and a line
# is only parsed with the patterns of the kinds whose literals it holds. They are specific (a
# label with its colon, a verb with its adverb) so that menus and prose rarely hold one: the
# words alone ("source" in "resources", "first", "via") would send most pages to the patterns.
LABEL_WORDS = (
    *(
        f"{w}{sep}"
        for w in ("source", "sources", "quelle", "fuente", "fonte")
        for sep in (":", "：", " :", "\xa0:")  # "Source : Le Monde" (French spacing)
    ),
    *(f"{w}:" for w in ("quellen", "fuentes", "fonti", "bron", "via", "origin", "original")),
    "original source",
    "originally at",
    "originally from",
    "originally on",
)
VIA_STARTS = ("via ", "courtesy of ", "h/t ")  # a short line opening with one (its own check)
VIA_WORDS = tuple(f"\n{p}{w}" for w in VIA_STARTS for p in ("", "(", "["))
ORIGIN_WORDS = (
    "originally",
    *(f"{a} {v}" for a in ("first", "previously", "initially") for v in _EN_VERBS),
    *(f"{v} first" for v in _EN_VERBS),
    "zuerst",  # de
    "ursprünglich",
    "erstmals",
    "erstveröffentlichung",
    "initialement",  # fr
    "à l'origine",
    "à l’origine",
    "originellement",
    "d'abord",
    "d’abord",
    "pour la première fois",
    "précédemment",
    "originalmente",  # es, it
    "originariamente",
    "por primera vez",
    "inicialmente",
    "previamente",
    "per la prima volta",
    "inizialmente",
    "in origine",
    "precedentemente",
)
PERMISSION_WORDS = (
    "republish",
    "reprint",
    "reproduc",
    "reposted",
    "syndicated from",
    "syndicated of",
    "adapted from",
    "adapted with",
    "adapted by",
    "excerpted from",
    "excerpted with",
    "excerpted by",
    "permission",
    "genehmigung",
    "autorisation",
    "permiso",
    "cortesía",
    "permesso",
    "concessione",
)
DISTRIBUTION_WORDS = tuple(
    f"{v} {p}" for v in ("distributed", "licensed", "syndicated") for p in ("by", "through", "via")
)
KIND_WORDS = (*LABEL_WORDS, *VIA_WORDS, *ORIGIN_WORDS, *PERMISSION_WORDS, *DISTRIBUTION_WORDS)
# What the page's lines are scanned for: fewer, shorter literals, one of which every literal
# above contains (a test holds this), so each costs one scan of the text and a hit's line is
# then checked against the specific literals. (Scanning for the ~110 literals themselves costs
# ~3x more: most survive the trigram filter on a long page, each word being common alone.)
TRIGGERS = (
    "source",
    "quelle",
    "fuente",
    "fonte",
    "fonti",
    "bron:",
    "via",
    "origin",
    "courtesy",
    "h/t",
    "first",
    "previously",
    "initial",
    "inicialmente",
    "inizialmente",
    "zuerst",
    "ursprünglich",
    "erstmals",
    "erstveröffentlichung",
    "abord",
    "première fois",
    "précédemment",
    "primera vez",
    "previamente",
    "prima volta",
    "precedentemente",
    "reprint",
    "republish",
    "reproduc",
    "reposted",
    "syndicat",
    "adapted",
    "excerpted",
    "permission",
    "genehmigung",
    "autorisation",
    "permiso",
    "cortesía",
    "permesso",
    "concessione",
    "distributed",
    "licensed",
)


def _anchor_map() -> dict[str, tuple[tuple[str, str], ...]]:
    """Trigger -> the (kind, literal) pairs it is part of: a line hit by a trigger is only
    matched against the kinds whose literal it holds (no search for the other literals)."""
    pairs: dict[str, list[tuple[str, str]]] = {t: [] for t in TRIGGERS}
    kinds = (
        ("label", LABEL_WORDS),
        ("via", VIA_STARTS),
        ("origin", ORIGIN_WORDS),
        ("permission", PERMISSION_WORDS),
        ("distribution", DISTRIBUTION_WORDS),
    )
    for kind, words in kinds:
        for word in words:
            for trigger in TRIGGERS:
                if trigger in word or (kind == "via" and word.startswith(trigger)):
                    pairs[trigger].append((kind, word))
    return {t: tuple(dict.fromkeys(p)) for t, p in pairs.items()}


ANCHORS = _anchor_map()

# Where a credit phrase may begin: a line's start, after a sentence, a bracket, a bar or a dash.
# The phrase patterns are only tried there (`re.match` at each), never at every position.
_START = re.compile(r"[.!?]\s+|[(\[|]\s*|\s[-–—]\s*")
# "Source: X" and its translations; "Source :" (French spacing); "Via: X".
_LABEL = (
    r"(?:sources?|quellen?|fuentes?|fonti|fonte|bron|via|origin(?:al)?(?:\s+source)?"
    r"|original(?:ly)?\s+(?:at|from|on))\s*[:：]"
)
# "via Bloomberg", "Courtesy of X": a bare short credit line (no colon).
_BARE = r"(?:via|courtesy\s+of|h/t)\s+"
_EN_SUBJECT = (
    r"(?:(?:this|the|an?)\s+)?(?:[\w-]+\s+)?"
    r"(?:article|story|post|piece|column|essay|report|interview|op-ed|commentary|version|feature)"
    r"\s+(?:was\s+|is\s+|has\s+been\s+|had\s+been\s+)?"
)
_EN_ORIGIN = (
    r"(?:(?:originally|first|previously|initially)\s+(?:appeared|published|posted|ran|printed)"
    r"|(?:appeared|published|posted|ran|printed)\s+(?:originally|first))"
    r"\s+(?:on|in|at|by|for|with)\s+"
)
_DE_SUBJECT = (
    r"(?:(?:dieser|der|die|das|diese)\s+)?"
    r"(?:artikel|beitrag|text|kommentar|interview|gastbeitrag|essay|bericht)\s+"
)
_DE_ORIGIN = (
    r"(?:(?:erschien|ist|wurde|war)\s+(?:zuerst|ursprünglich|erstmals)\s+"
    r"(?:erschienen\s+|veröffentlicht\s+)?"
    r"|(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht)\s+)"
    r"(?:bei|auf|in|im|unter|von)\s+"
    r"|erstveröffentlichung\s*(?:[:：]|bei|in|auf|im)\s*"
)
_FR_SUBJECT = (
    r"(?:(?:cet|l['’]|un)\s*)?(?:article|texte|billet|tribune|chronique|entretien)\s+"
    r"(?:a\s+été\s+|est\s+|avait\s+été\s+)?"
)
_FR_ORIGIN = (
    r"(?:(?:publiée?|parue?)\s+(?:initialement|à\s+l['’]origine|originellement|d['’]abord"
    r"|pour\s+la\s+première\s+fois|précédemment)"
    r"|(?:initialement|originellement|d['’]abord)\s+(?:publiée?|parue?))\s+"
    r"(?:sur|dans|par|chez)\s+"
)
_ES_SUBJECT = (
    r"(?:(?:este|el|un)\s+)?(?:artículo|texto|reportaje|columna|entrevista)\s+"
    r"(?:fue\s+|ha\s+sido\s+|se\s+)?"
)
_ES_ORIGIN = (
    r"(?:(?:publicad[oa]|aparecid[oa]|publicó|apareció)\s+(?:originalmente|originariamente"
    r"|por\s+primera\s+vez|inicialmente|previamente)"
    r"|(?:originalmente|inicialmente)\s+publicad[oa])\s+(?:en|por)\s+"
)
_IT_SUBJECT = (
    r"(?:(?:questo|l['’]|un)\s*)?(?:articolo|testo|pezzo|intervista)\s+"
    r"(?:è\s+stat[oa]\s+|era\s+stat[oa]\s+|è\s+)?"
)
_IT_ORIGIN = (
    r"(?:(?:pubblicat[oa]|appars[oa]|uscit[oa])\s+(?:originariamente|originalmente"
    r"|per\s+la\s+prima\s+volta|inizialmente|in\s+origine|precedentemente)"
    r"|(?:originariamente|originalmente)\s+pubblicat[oa])\s+"
    r"(?:su|in|sul|sulla|sullo|da|dal|nel|nella)\s+"
)
_SUBJECT = rf"(?:{_EN_SUBJECT}|{_DE_SUBJECT}|{_FR_SUBJECT}|{_ES_SUBJECT}|{_IT_SUBJECT})?"
_ORIGIN = rf"(?:{_EN_ORIGIN}|{_DE_ORIGIN}|{_FR_ORIGIN}|{_ES_ORIGIN}|{_IT_ORIGIN})"
_PERMISSION = (
    r"(?:(?:republished|reprinted|reproduced|reposted|syndicated|adapted|excerpted)\s+"
    r"(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+|express\s+|written\s+)?permission\s+)?"
    r"(?:from|of|by|courtesy\s+of)"
    r"|(?:used|shared|published|posted|reproduced)\s+(?:here\s+)?with\s+(?:the\s+)?"
    r"(?:kind\s+|express\s+|written\s+)?permission\s+(?:from|of|by)"
    r"|mit\s+freundlicher\s+genehmigung\s+(?:von|der|des|vom)"
    r"|(?:(?:republiée?|reproduite?|traduite?)\s+)?avec\s+l['’](?:aimable\s+)?autorisation"
    r"\s+(?:de\s+la|de|du|des|d['’])"
    r"|(?:reproducid[oa]|republicad[oa]|publicad[oa])\s+con\s+(?:el\s+)?permiso\s+(?:de|del)"
    r"|(?:por\s+)?cortesía\s+(?:de|del)"
    r"|(?:ripubblicat[oa]|riprodott[oa])\s+(?:con|su)\s+(?:il\s+)?permesso\s+(?:di|del|della)"
    r"|per\s+gentile\s+concessione\s+(?:di|del|della|dello|dell['’]))\s*"
)
# Distribution: "distributed by Tribune Content Agency", after a copyright holder or alone.
_DISTRIBUTION = r"(?:distributed|licensed|syndicated)\s+(?:by|through|via)\s+"
# "(c) 2023 The Guardian, distributed by ...": the copyright holder is credited too.
_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<rest>[^,;|\n]{2,60}?)"
    r"\s*[,;.]?\s+(?:and\s+)?(?:distributed|licensed|syndicated)\s+(?:by|through|via)\b",
    re.IGNORECASE,
)

# Each kind of credit phrase, matched where a clause starts, with what follows it ("rest").
_REST = r"(?P<rest>.*)"


# The phrase pattern of each kind, tried in this order at each clause start.
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("label", re.compile(rf"\W{{0,3}}{_LABEL}\s*{_REST}", re.I)),
    ("via", re.compile(rf"\W{{0,3}}{_BARE}{_REST}", re.I)),
    ("origin", re.compile(rf"\W{{0,3}}{_SUBJECT}{_ORIGIN}{_REST}", re.I)),
    ("permission", re.compile(rf"\W{{0,3}}{_PERMISSION}{_REST}", re.I)),
)
# Distribution stands anywhere in a line: "The Guardian, distributed by Tribune Content Agency".
DISTRIBUTION = re.compile(rf"\b{_DISTRIBUTION}{_REST}", re.IGNORECASE)
# "Originally posted by <member>" quotes a forum post: it names a person, not a publisher.
_FORUM_QUOTE = re.compile(r"\W{0,3}(?:originally|first)\s+posted\s+by\b", re.IGNORECASE)
# The feed importer's footer: "The post <title> appeared first on <site>." (not a credit).
_FEED_FOOTER = re.compile(r"^\W{0,3}the post\b.*\b(?:appeared|published)\s+first\s+on\b", re.I)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$", re.IGNORECASE)
# Where the credited name ends: a sentence, a clause, a bracket, a bar or a dash.
_NAME_END = re.compile(r"[.;!?|](?:\s|$)|[,()\[\]©]|\s[-–—/]\s|\s\(c\)|\s+(?:on|am|le|el|il)\s+\d")
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober"
    "|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_DATE = re.compile(rf"^(?:\d|(?:{_MONTHS})[a-zé]*\.?(?:\s|$))", re.IGNORECASE)
# A leading article: "The Guardian", "Le Monde", "L'Express" (not the "Le" of "Legrandcontinent").
_ARTICLE = re.compile(r"^(?:(?:the|la|le|les|el|los|il|lo|der|die|das)\s+|l['’]\s*)", re.IGNORECASE)
# Names that credit no publisher: the page itself, a person's role, a photo or data service.
_NOT_PUBLISHERS = frozenset(
    {
        "here",
        "this site",
        "this website",
        "our site",
        "our website",
        "us",
        "the author",
        "author",
        "authors",
        "unknown",
        "internet",
        "the internet",
        "the web",
        "various",
        "agencies",
        "news agencies",
        "wire services",
        "staff",
        "getty",
        "getty images",
        "shutterstock",
        "istock",
        "istockphoto",
        "pixabay",
        "unsplash",
        "wikimedia commons",
        "email",
        "e-mail",
        "rss",
    }
)
_FUNCTION = frozenset(("the", "and", "of", "de", "des", "da", "do", "dos", "das", "e", "y", "et"))
# <meta> keys that name the story's origin: "original-source", "syndication-source", "dc.source".
_META_SOURCE = re.compile(r"(?:original|syndicat)[\w.-]*source|^(?:dc|dcterms)\.source$", re.I)


@dataclass(frozen=True, slots=True)
class PublisherCredit:
    """A credit to a publisher found on the page."""

    name: str  # the credited publisher as written ("BBC News"), or a domain ("wired.com")
    domain: str  # the registered domain when the credit gives a URL or a domain, else ""
    kind: str  # label | via | origin | permission | distribution | holder | meta
    text: str  # the line it stands in, clipped

    def names_site(self, domain: str) -> bool:
        """Whether this credit names the site `domain` ("theconversation.com" <- "The Conversation")."""
        if self.domain and self.domain == domain:
            return True
        brand = squash(domain.split(".")[0])
        name = squash(_ARTICLE.sub("", self.name))
        return len(brand) >= 3 and len(name) >= 3 and (brand in name or name in brand)


# Runs of `str.isalnum` characters: `\w` is those and "_" (a test checks every code point).
_ALNUM_RUN = re.compile(r"[^\W_]+")


def squash(text: str) -> str:
    """Lower-case letters and digits only: "The Conversation" -> "theconversation"."""
    return "".join(_ALNUM_RUN.findall(text.lower()))


def vague_source(low: str) -> bool:
    """Whether a lower-cased name is a government body or only "social networks", "internet",
    "agencies": a source of facts, not a publisher that licensed its story."""
    if low.startswith(GOVERNMENT_HEADS):
        return True
    words = low.split()
    return all(w in VAGUE_NAME_WORDS for w in words) and not all(w in _FUNCTION for w in words)


def _domain_of(url_or_host: str) -> str:
    from detector.features.provenance import registered_domain  # provenance imports this module

    return registered_domain(url_or_host)


def credited_name(rest: str) -> tuple[str, str]:
    """(name, domain) of what a credit phrase credits, from the text after it; ("", "") if none.

    "BBC News. © 2005 BBC." -> ("BBC News", ""); "https://theconversation.com/x" ->
    ("theconversation.com", "theconversation.com"); "November 19, 2019" -> ("", "").
    """
    rest = rest.strip().lstrip("\"'“”‘’«» :")
    url = _URL.match(rest)
    if url:
        domain = _domain_of(url.group(0).rstrip(".,;"))
        return (domain, domain) if domain else ("", "")
    end = _NAME_END.search(rest)
    name = (rest[: end.start()] if end else rest).strip().rstrip("\"'“”‘’«».,:;")
    if not name or len(name) > MAX_NAME or len(name.split()) > 7 or _DATE.match(name):
        return "", ""
    if not any(ch.isalpha() for ch in name):
        return "", ""
    low = " ".join(name.lower().split())
    if low in _NOT_PUBLISHERS or vague_source(low):
        return "", ""
    if _DOMAIN_NAME.match(name):
        domain = _domain_of(name)
        return name.lower(), domain
    first = _ARTICLE.sub("", name)[:1] or name[:1]
    if not (first.isupper() or first.isdigit()):
        return "", ""  # a publisher's name is capitalised: "via email", "source of income" are not
    return name, ""


_TRIGGER_BYTES = {t: t.encode() for t in TRIGGERS}


def _candidate_lines(
    lines: Sequence[str], triggers: tuple[str, ...], lower: Mapping[str, str] | None = None
) -> list[tuple[str, str, set[str]]]:
    """(line, next line, the triggers it holds) for every line holding one of `triggers`.

    The lines are joined (each after a line break, so a trigger may anchor at a line's start:
    "\\nvia "), lower-cased and encoded once; each trigger is then one `bytes.find` scan (on
    pages in other scripts `str.find` runs several times slower), and a hit is mapped back to
    its line by counting the line breaks before it. No per-line Python loop runs on a page
    without credits. `lower` maps each line to itself lower-cased, when the caller has it.
    """
    if not triggers or not lines:
        return []
    if lower is None:
        low = "\n" + "\n".join(lines).lower()
    else:
        low = "\n" + "\n".join(map(lower.__getitem__, lines))
    if low.count("\n") != len(lines):  # a line broke apart when lower-cased: keep the count
        low = "\n" + "\n".join(line.lower().replace("\n", " ") for line in lines)
    raw = low.encode("utf-8", "surrogatepass")
    starts: dict[int, set[str]] = {}
    for trigger in triggers:
        needle = _TRIGGER_BYTES.get(trigger) or trigger.encode()
        i = raw.find(needle)
        while i >= 0:
            start = i + 1 if needle[:1] == b"\n" else raw.rfind(b"\n", 0, i) + 1
            starts.setdefault(start, set()).add(trigger)
            end = raw.find(b"\n", start)
            if end < 0:
                break
            i = raw.find(needle, end)  # one hit per line is enough
    out: list[tuple[str, str, set[str]]] = []
    k, at = -1, 0
    for start in sorted(starts):
        k += raw.count(b"\n", at, start)
        at = start
        out.append((lines[k], lines[k + 1] if k + 1 < len(lines) else "", starts[start]))
    return out


def _kinds_of(line: str, hits: Iterable[str]) -> set[str]:
    """The kinds of credit `line` may hold: those whose literal it holds, among its triggers'."""
    low = line.lower()
    kinds: set[str] = set()
    for trigger in hits:
        for kind, word in ANCHORS.get(trigger, ()):
            if kind in kinds:
                continue
            if kind == "via":
                # "via X" on a short line of its own; in prose "via" is a preposition
                if len(line) <= 60 and low.lstrip(" ([-–—•|").startswith(word):
                    kinds.add(kind)
            elif word in low:
                kinds.add(kind)
    return kinds


def _line_credit(line: str, following: str, kinds: set[str]) -> PublisherCredit | None:
    """The first credit phrase of `line` of one of `kinds` that names a publisher, tried where
    clauses start ("via" only at the line's start; distribution anywhere)."""
    phrased = [(kind, pattern) for kind, pattern in KINDS if kind in kinds]
    if phrased:
        for at in (0, *(m.end() for m in _START.finditer(line))):
            for kind, pattern in phrased:
                if kind == "via" and at > 0:
                    continue
                m = pattern.match(line, at)
                if m is None or (kind == "origin" and _FORUM_QUOTE.match(line, at)):
                    continue
                rest = m["rest"]
                if kind == "label" and not rest.strip():
                    rest = following if len(following) <= MAX_NAME else ""
                name, domain = credited_name(rest)
                if name:
                    return PublisherCredit(name, domain, kind, cut(line))
    if "distribution" in kinds:
        m = DISTRIBUTION.search(line)
        if m is not None:
            name, domain = credited_name(m["rest"])
            if name:
                return PublisherCredit(name, domain, "distribution", cut(line))
    return None


def find_publisher_credits(
    lines: Iterable[str],
    limit: int = 8,
    triggers: tuple[str, ...] = TRIGGERS,
    lower: Mapping[str, str] | None = None,
) -> list[PublisherCredit]:
    """Credits to publishers in `lines` (the page's lines, in order); at most `limit`.

    Lines longer than `MAX_LINE` are prose and skipped. A label standing alone ("Source:")
    credits the short line that follows it. `triggers` narrows the trigger words searched (a
    caller that has ruled some out); `lower` maps each line to itself lower-cased (a caller
    that has lower-cased them already).
    """
    short = [line for line in lines if len(line) <= MAX_LINE]
    found: list[PublisherCredit] = []
    for line, following, hits in _candidate_lines(short, triggers, lower):
        kinds = _kinds_of(line, hits)
        if not kinds or _FEED_FOOTER.match(line):
            continue
        credit = _line_credit(line, following, kinds)
        if credit is not None:
            found.append(credit)
        if credit is not None and credit.kind == "distribution":
            holder = _HOLDER.search(line)
            if holder is not None:
                name, domain = credited_name(holder["rest"])
                if name:
                    found.append(PublisherCredit(name, domain, "holder", cut(line)))
        if len(found) >= limit:
            return found[:limit]
    return found


def meta_credits(meta: Mapping[str, str]) -> list[PublisherCredit]:
    """Sources named in `<meta>` ("original-source", "syndication-source", "dc.source")."""
    found: list[PublisherCredit] = []
    for key, value in meta.items():
        if value and len(value) <= MAX_LINE and _META_SOURCE.search(key):
            name, domain = credited_name(value)
            if name:
                found.append(PublisherCredit(name, domain, "meta", f'meta {key} "{cut(value)}"'))
    return found


def page_lines(page: Page) -> tuple[str, ...]:
    """The page's lines where credits stand, in page order: credit lines, story, the rest."""
    return (*page.credit_lines, *page.paragraphs, *page.other_lines)


def publisher_credits(page: Page) -> tuple[PublisherCredit, ...]:
    """Every credit the page gives to another publisher (memoised per page: several families ask).

    Credits naming the page's own site (its domain or its site name) are left out: they say
    who publishes the page, not where its story comes from.
    """
    return memo(page, ("publisher_credits",), lambda: _publisher_credits(page))


def _is_own(page: Page, credit: PublisherCredit) -> bool:
    """Whether `credit` names the page's own site: its URL's domain or brand, or its site name
    (not its canonical, which may point at the credited original)."""
    domain = _domain_of(page.url) if page.url else ""
    if domain and credit.names_site(domain):
        return True
    return bool(page.site_name) and squash(_ARTICLE.sub("", credit.name)) == squash(
        _ARTICLE.sub("", page.site_name)
    )


def _publisher_credits(page: Page) -> tuple[PublisherCredit, ...]:
    # The page's trigrams rule out most trigger words without reading its text again (the
    # lines searched are among those the trigrams were taken from).
    triggers = possible(page, TRIGGERS)
    found = meta_credits(page.meta)
    if page.byline:
        found += find_publisher_credits((page.byline,))
    if triggers:
        found += find_publisher_credits(page_lines(page), triggers=triggers, lower=lower_map(page))
    return tuple(dict.fromkeys(c for c in found if not _is_own(page, c)))


def site_credited(page: Page, domain: str) -> str:
    """Where the page credits the site `domain` ("" when it does not).

    An agency's own site counts as credited (agency copy is licensed by default); otherwise a
    publisher credit naming it, or a byline, author or credit line holding its brand word
    ("theconversation.com" is credited by "The Conversation").
    """
    if not domain:
        return ""
    agency = agency_for_host(domain)
    if agency is not None:
        return f"{domain} is {agency.key}'s own site"
    for credit in publisher_credits(page):
        if credit.names_site(domain):
            return f'{credit.kind} "{credit.text}"'
    brand = squash(domain.split(".")[0])
    if len(brand) < 3:
        return ""
    for text in (page.byline, *page.authors, *page.credit_lines):
        if text and brand in squash(text):
            return f'"{cut(text)}"'
    return ""
