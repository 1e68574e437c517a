"""Clone networks: one site per town, built from one template, the town the only slot changed.

A city-template network registers `<city>-manset.com.tr`, `novosti-<city><nn>.ru`, "<City>
Aktuell", and lists its sisters in the footer ("Aksaray Manşet · Karaman Manşet", "Новости
Казани 16 · Новости Самары 63"). Three marks of it, none needing a brand match:

- sister names or hosts that are the page's own host (or name) with one slot replaced: the
  letters before and after the slot are shared, a number beside it may differ ("permi59",
  "kazani16"), and the slots are names, not nouns (a media family's "Sky Sports", "Sky Arts");
- a claim to cover twenty or more cities, towns or places ("Lokalnachrichten für über 2.000
  Städte", "alle 2.140 Orte");
- a related headline that repeats the story's own headline for another place ("В Краснодаре с
  1 декабря подорожает проезд ..." under "В Самаре с 1 декабря подорожает проезд ...").

A newsroom's related list shares the story's town ("more from Lippstadt"); the clone mark is the
same sentence with **another** town in it. A media house's sister papers carry different names,
not one template.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata

from detector.features._pagememo import memo, two_digit_lines
from detector.features._suffixes import suffix_extractor
from detector.features._textscan import cut
from detector.features.base import PageFeatures, register
from detector.features.brand import NEWS_WORDS
from detector.features.origin_voice import fold
from detector.features.sister_sites import candidate_names, noun_words, own_names
from detector.page import Page

_MIN_AFFIX = 4  # letters the template keeps besides the slot: "manset", "novosti", "aktuell"
_MIN_SLOT = 3  # letters of a town in the slot ("Ufa" is three)
_MAX_SLOT = 24
# Sisters before a page counts as one of a network: two could be a paper and its weekly.
_MIN_SISTERS = 3
_MIN_NAMED = 4  # sister *names* (not hosts): "Langlaufzentrum Antholz", "Destination Antholz"
_MIN_NETWORK = 5  # sisters enough when the own town is not in the story (a paper lists 2-4)
_STORY_PARAGRAPHS = 12
_CAP = 20
_MAX_SLOT_CHUNKS = 3  # "Castelo Branco", "Ribeirão Preto" plus a region number
_CHUNK = re.compile(r"[^\W\d_]+?(?=[A-ZА-Я][a-zа-я]|[^\w]|\d|_|$)|\d+")
# A slot at the end ("Новости _", "Kabar _", "Noticias de _") follows a word for news; any
# other name followed by another is a media family's sub-brand ("Guardian Weekly").
_NEWS_HEADS = frozenset(
    [
        "news",
        "noticias",
        "noticia",
        "noticies",
        "noticies",
        "notizie",
        "nachrichten",
        "nieuws",
        "nyheter",
        "nyheder",
        "uutiset",
        "wiadomosci",
        "novosti",
        "novini",
        "vesti",
        "haber",
        "haberleri",
        "kabar",
        "berita",
        "habari",
        "actu",
        "actualites",
        "jornal",
        "diario",
        "zpravy",
        "spravy",
        "stiri",
        "hirek",
        "eidiseis",
        "tintuc",
        "samachar",
        "khabar",
        "akhbar",
    ]
)
# Company forms: a list of firms shares them, not a template ("Argo GmbH", "Sweco GmbH").
_LEGAL_FORMS = frozenset(
    [
        "gmbh",
        "ag",
        "kg",
        "ug",
        "ltd",
        "llc",
        "inc",
        "corp",
        "co",
        "plc",
        "lp",
        "llp",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "sl",
        "bv",
        "nv",
        "oy",
        "ab",
        "as",
        "aps",
        "asa",
        "sro",
        "ooo",
        "oao",
        "zao",
        "tov",
        "pt",
        "tbk",
        "bhd",
        "pty",
        "kk",
    ]
)
# Cyrillic written in Latin letters, as a Russian or Ukrainian site's host spells its name
# ("novosti-kazani16.ru" for "Новости Казани 16").
_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэіґ", "abvgdeziiklmnoprstufyeig", strict=True)),
        **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch"},
        **{"ю": "yu", "я": "ya", "ї": "yi", "є": "ye", "ъ": "", "ь": ""},
    }
)
# The same and Latin letters without their accents ("día" -> "dia", "manşet" -> "manset"): a
# cheap stand-in for `fold` in the test that rules most names out.
_BASE = str.maketrans(
    {
        **{k: v for k, v in _LATIN.items()},
        **{
            c: unicodedata.normalize("NFKD", chr(c))[0]
            for c in range(0xC0, 0x250)
            if unicodedata.normalize("NFKD", chr(c))[0].isascii()
        },
        ord("ı"): "i",
    }
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_URL_HOST = re.compile(r"(?:[a-z]+:)?//([^/:?#@]+)", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b[^\W\d_A-ZÀ-ÞА-ЯİĞŞÇÖÜ][^\W\d_]*")  # written in lower case

# "N cities / towns / places / municipalities" in some twenty languages (lower-case stems that
# open the word after the count; a count of 20 or more, with thousands marks).
_PLACE_WORDS = (
    r"cities|towns|municipalities|places|localities|counties"
    r"|st[äa]dte|orte|gemeinden|kommunen|landkreise"
    r"|villes|communes|localit[ée]s|ciudades|municipios|localidades|pueblos"
    r"|citt[àa]|comuni|cidades|munic[íi]pios|steden|gemeenten|plaatsen"
    r"|miast|gmin|miejscowo\w+|город\w*|населённ\w+|населенн\w+|міст\w*|громад\w*"
    r"|şehir\w*|ilçe\w*|kent\w*|städer|kommuner|orter|byer|kommuner"
    r"|kota|kabupaten|daerah|mest[ao]?|obc[ií]|v[áa]ros\w*|ora[sș]e|πόλεις|δήμ\w+"
    r"|thành phố|tỉnh|城市|个城市|都市|市区町村|도시|지역"
)
# The count is `(?<![\d.,])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{2,5})`, written to open with
# its first digit (the look-behind after it): a pattern that opens with a character class lets
# `re` skip to the digits in C instead of trying the place words at every position (3x faster).
# The place words' first letters, tested before the words: otherwise `re` tries every word at
# each of the three places after every count (2x faster search; ignoring case, the class
# matches the same characters as the words' first letters: a test checks every code point).
_PLACE_FIRST = "[" + "".join(sorted({word[0] for word in _PLACE_WORDS.split("|")})) + "]"
_PLACES_CLAIM = re.compile(
    r"(\d(?<![\d.,]\d)(?:\d{0,2}(?:[.,\u00a0\u202f ]\d{3})+|\d{1,4}))\s*\+?\s*"
    r"(?:[^\W\d]+\s+){0,2}?"
    rf"(?={_PLACE_FIRST})(?:{_PLACE_WORDS})(?!\w)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_MENU_WORDS = 5
# "all" and "more" before a count in a menu ("alle 2.140 Orte", "+ 62 kota lainnya").
_ALL_WORDS = (
    " all ", " alle ", " alla ", " todas ", " todos ", " toutes ", " tous ", " tutte ",
    " tutti ", " wszystkie ", " все ", " всі ", " tüm ", " bütün ", " kaikki ", " semua ",
    " všechny ", " toate ", " όλες ", " tất cả ", "모든", "全部", " more ", " weitere ",
    " lainnya ", " altre ", " ещё ", " еще ", " інші ", " diğer ", " más ", " autres ",
)  # fmt: skip
# Words for news beside the count ("Lokalnachrichten für über 2.000 Städte"), lower-case stems
# in some twenty languages; "community" and "local" alone also name a story's subject.
_NEWS_STEMS = (
    "news", "nachricht", "noticia", "notícia", "notizi", "nieuws", "nouvelles", "actualit",
    "actu ", "wiadomo", "новост", "новин", "haber", "nyhet", "nyhed", "uutis", "zpráv",
    "berita", "kabar", "habari", "știri", "stiri", "hírek", "ειδήσ", "tin tức", "뉴스",
    "新闻", "新聞", "ニュース", "أخبار", "חדשות", "समाचार", "खबर",
)  # fmt: skip
_MIN_PLACES = 20  # a regional paper covers a county's dozen towns; a network claims hundreds
_CLAIM_CHARS = 200  # a footer or menu line, not a story paragraph
_MAX_LINES = 400

# Related headlines: word tokens as written; a place slot of one or two capitalised tokens.
_WORD = re.compile(r"[^\s«»\"“”„'’(),:;!?.–—|]+")
_MIN_SHARED = 4  # tokens both headlines keep around the slot
_SHARE = 0.7  # of the longer headline's tokens
_MAX_SLOT_TOKENS = 2  # "Nizhny Novgorod", "San Sebastián"; a match-up "X vs Y" is three
_MAX_HEADLINE_CHARS = 200


@functools.lru_cache(maxsize=1 << 13)  # a page's link hosts come back on every page of its site
def _label(host: str) -> str:
    """The registrable name of a host, as written ("eregli-manset")."""
    return str(suffix_extractor()(host).domain)


def chunks(name: str) -> tuple[str, ...]:
    """A name's words, folded, also split where letters meet digits or a lower case meets an
    upper case: "Kielce24h" -> ("kielce", "24", "h"), "novosti-permi59" -> ("novosti",
    "permi", "59")."""
    return tuple(c.translate(_LATIN) for c in map(fold, _CHUNK.findall(name)) if c)


def _slot(own: tuple[str, ...], other: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) of the slot in `other` when it is `own` with one to three chunks replaced
    and the chunks kept around them hold four or more letters; a number beside the slot may
    differ too ("Новости Перми 59", "Новости Казани 16")."""
    n = min(len(own), len(other))
    p = 0
    while p < n and own[p] == other[p]:
        p += 1
    s = 0
    while s < n - p and own[-1 - s] == other[-1 - s]:
        s += 1
    kept = (*own[:p], *own[len(own) - s :])
    if sum(len(c) for c in kept if not c.isdigit()) < _MIN_AFFIX:
        return None
    x, y = own[p : len(own) - s], other[p : len(other) - s]
    if all(c in _LEGAL_FORMS for c in kept if not c.isdigit()):
        return None  # "Argo GmbH", "Sweco GmbH": firms, not a template
    if all(c in NEWS_WORDS for c in kept if not c.isdigit()):
        return None  # "_ News", "_ Times": a portal's city sections ("Denver News")
    if all(c.isdigit() for c in own[len(own) - s :]) and not any(c in _NEWS_HEADS for c in kept):
        return None  # a name after the brand: a family's "Guardian Weekly", "Sky Sports"
    if not (1 <= len(x) <= _MAX_SLOT_CHUNKS and 1 <= len(y) <= _MAX_SLOT_CHUNKS):
        return None
    letters_x = "".join(c for c in x if not c.isdigit())
    letters_y = "".join(c for c in y if not c.isdigit())
    if not (_MIN_SLOT <= len(letters_y) <= _MAX_SLOT and len(letters_x) >= _MIN_SLOT):
        return None
    if letters_x in letters_y or letters_y in letters_x:
        return None  # "Calendário da Stock" is a page of "Stock Car", not a sister
    return p, len(other) - s


def _own_keys(page: Page) -> list[tuple[str, ...]]:
    """The page's own host name and names, as chunks: the templates a sister may fill."""
    names = []
    host = _host(page.url or page.canonical)
    if host:
        names.append(_label(host))
    names += own_names(page)
    return list(dict.fromkeys(c for c in map(chunks, names) if len(c) >= 2))


def _host(url: str) -> str:
    m = _URL_HOST.match(url.strip())
    return m[1].lower() if m else ""


def _named(shown: str) -> bool:
    """A site's name: every word of four letters or more capitalised (in a cased script);
    "Bærum i dag" and "Notícias de Bauru Agora" are, "Harlow County gas prices" is not."""
    return all(
        len(w) < _MIN_AFFIX or not w[0].isalpha() or w[0].lower() == w[0].upper() or w[0].isupper()
        for w in shown.split()
    )


def _sister_keys(page: Page, probes: frozenset[str]) -> dict[tuple[str, ...], str]:
    """Chunks -> as shown, for every other site the page names or links: short names written
    as names (footer lists, one-line lists) and the hosts of its outbound links."""
    out: dict[tuple[str, ...], str] = {}
    # A link into the site itself is a section ("Denver News"), not a sister site.
    internal = {a.text.strip() for b in page.link_blocks for a in b.anchors if a.internal}
    for name in _sharing(candidate_names(page), probes):
        if _named(name) and name not in internal:
            out.setdefault(chunks(name), name)
    hrefs = [a.href for b in page.link_blocks for a in b.anchors]
    hrefs += [h.href for h in page.hidden_links] + [a.href for a in page.redirect_links]
    for host in _sharing([host for host in map(_host, hrefs) if host], probes):
        out.setdefault(chunks(_label(host)), host)
    return out


def _probes(own: list[tuple[str, ...]]) -> frozenset[str]:
    """The first three letters of each own template's first and last word: a sister keeps one
    of them (its affix), and most names on a page hold neither."""
    words = [[c for c in key if not c.isdigit()] for key in own]
    return frozenset(w[i][:_MIN_SLOT] for w in words if w for i in (0, -1))


def _base(low: str) -> str:
    """`low.translate(_BASE)`, translating only the runs of non-ASCII characters (`_BASE` maps
    none of ASCII; a whole text with one accent in it is translated char by char in a dict,
    about four times slower on a page's names)."""
    if low.isascii():
        return low
    return _NON_ASCII.sub(lambda m: m[0].translate(_BASE), low)


def _shares(name: str, probes: frozenset[str]) -> bool:
    low = _base(name.lower())
    return any(p in low for p in probes)


def _sharing(names: list[str], probes: frozenset[str]) -> list[str]:
    """The `names` that `_shares` keeps, in order: one lower-casing and one search per probe
    over all of them (a probe holds letters and digits only, never a line break, and lower-
    casing looks no further than a line break)."""
    low = _base("\n".join(names).lower())
    lows = low.split("\n")
    if len(lows) != len(names):  # a name holds a line break: one by one
        return [name for name in names if _shares(name, probes)]
    starts = list(itertools.accumulate((len(part) + 1 for part in lows), initial=0))
    hit: set[int] = set()
    for probe in probes:
        at = low.find(probe)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            hit.add(i)
            at = low.find(probe, starts[i + 1])  # the next name on
    return [names[i] for i in sorted(hit)]


def sister_hosts(page: Page) -> tuple[str, list[str]]:
    """(own template, sisters shown) of the largest set of names or hosts that fill the
    page's own host or name template with a town; ("", []) below three."""
    return memo(page, "clone_sister_hosts", lambda: _sister_hosts(page))


def _sister_hosts(page: Page) -> tuple[str, list[str]]:
    own = _own_keys(page)
    if not own:
        return "", []
    names = _sister_keys(page, _probes(own))
    best: tuple[str, list[str]] = ("", [])
    for key in own:
        slots: dict[tuple[str, ...], str] = {}
        for folded, shown in names.items():
            cut_at = _slot(key, folded)
            if cut_at:
                slot = tuple(c for c in folded[cut_at[0] : cut_at[1]] if not c.isdigit())
                slots.setdefault(slot, shown)
        if len(slots) >= max(_MIN_SISTERS, len(best[1]) + 1):
            towns = _towns(page, slots)
            hosts = sum("." in shown and " " not in shown for shown in towns)
            enough = _MIN_SISTERS if hosts >= _MIN_SISTERS else _MIN_NAMED
            if not _own_place_told(page, key, names):
                enough = _MIN_NETWORK
            if len(towns) >= max(enough, len(best[1]) + 1):
                best = (" ".join(key), towns)
    return best


def _own_place_told(page: Page, key: tuple[str, ...], names: dict[tuple[str, ...], str]) -> bool:
    """Whether the own slot (the site's town) is named in the headline or the story: a
    network's site writes its town into the copy it runs ("Konya'nın Ereğli ilçesinde")."""
    slots = [_slot(key, other) for other in names]
    starts = {s[0] for s in slots if s}
    if len(starts) != 1:
        return False
    p = starts.pop()
    own = [c for c in key[p:] if not c.isdigit()][:1]
    if not own or len(own[0]) < _MIN_SLOT:
        return False
    stem = own[0][: max(_MIN_SLOT, len(own[0]) - 2)]
    story = fold(" ".join((page.headline, *page.paragraphs[:_STORY_PARAGRAPHS])))
    return stem in story.translate(_LATIN)


def _towns(page: Page, slots: dict[tuple[str, ...], str]) -> list[str]:
    """The sisters whose slot is a name, not a noun: no word of it in the news glossaries or
    written in lower case on the page ("Crédito pessoal", "Assurance auto")."""
    nouns = noun_words()
    lower = {fold(w) for w in _LOWER_WORD.findall(" ".join(page.other_lines[:_MAX_LINES]))}
    lower |= {fold(w) for p in page.paragraphs for w in _LOWER_WORD.findall(p)}
    return [
        shown for slot, shown in slots.items() if not any(c in nouns or c in lower for c in slot)
    ]


def places_claim(page: Page) -> str:
    """A footer or menu line claiming twenty or more cities, towns or places ("" when none):
    beside a word for news ("Lokalnachrichten für über 2.000 Städte") or, on a short menu
    line, a word for all ("alle 2.140 Orte"); a story's "schools closed in 40 towns" has
    neither."""
    lines = page.other_lines
    counted = [lines[i] for i in two_digit_lines(page) if len(lines[i]) <= _CLAIM_CHARS]
    if not counted or not _PLACES_CLAIM.search("\n".join(counted)):
        return ""  # one pass over the lines with numbers: most pages claim no towns
    for line in counted:
        low = f" {line.lower()} "
        menu = len(line.split()) <= _MENU_WORDS and any(w in low for w in _ALL_WORDS)
        if not menu and not any(w in low for w in _NEWS_STEMS):
            continue
        for m in _PLACES_CLAIM.finditer(line):
            count = m[1]
            if count.isdigit() and _YEAR.fullmatch(count):
                continue  # "© 2024 Tópart Város": a year, not a count
            if int(re.sub(r"\D", "", count)) >= _MIN_PLACES:
                return line
    return ""


def _capital(token: str) -> bool:
    return token[:1].isupper()


def other_place(headline: str, other: str) -> tuple[str, str] | None:
    """(own place, other place) when `other` is `headline` with one or two capitalised words
    replaced and most words kept in order around them: the story run for another town."""
    a, b = _WORD.findall(headline), _WORD.findall(other)
    if not a or not b:
        return None
    p = 0
    while p < min(len(a), len(b)) and a[p].lower() == b[p].lower():
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s].lower() == b[-1 - s].lower():
        s += 1
    x, y = a[p : len(a) - s], b[p : len(b) - s]
    shared = p + s
    if shared < _MIN_SHARED or shared < _SHARE * max(len(a), len(b)):
        return None
    if not (1 <= len(x) <= _MAX_SLOT_TOKENS and 1 <= len(y) <= _MAX_SLOT_TOKENS):
        return None
    if not all(map(_capital, (*x, *y))) or any(t.isalpha() is False for t in (*x, *y)):
        return None
    if s == 0:
        return None  # a series' last word ("Day Two, Morning", "Day Two, Afternoon")
    own_place, place = " ".join(x), " ".join(y)
    if own_place.lower() in place.lower() or place.lower() in own_place.lower():
        return None  # the headline inside a menu line ("HomeLatest NewsNollywood Actress")
    return own_place, place


def story_other_places(page: Page) -> list[str]:
    """Related headlines (link blocks, short lines) that repeat the story for another place."""
    headline = page.headline.strip()
    if not headline:
        return []
    words = _WORD.findall(headline)
    if len(words) < _MIN_SHARED + 1:
        return []
    last = words[-1]  # a twin keeps the words after the slot: the cheap test first
    items = [a.text for b in page.link_blocks for a in b.anchors if last in a.text]
    items += [ln for ln in page.other_lines[:_MAX_LINES] if last in ln]
    out: dict[str, None] = {}
    story = " ".join(page.paragraphs[:_STORY_PARAGRAPHS])
    for item in items:
        text = " ".join(item.split())
        if len(text) > _MAX_HEADLINE_CHARS or text.lower() == headline.lower():
            continue
        split = other_place(headline, text)
        if (
            split
            and _told(story, split[0])
            and split[1].split()[0] not in story
            and not all(fold(w) in noun_words() for w in split[1].split())
        ):
            out.setdefault(text)
    return list(out)


def _told(story: str, place: str) -> bool:
    """Whether the story names `place` (its first word's stem, for case endings) as a name:
    never in lower case ("How To Become ..." against "Ways to Become ...": "how" is a word)."""
    word = place.split()[0]
    if len(word) < _MIN_SLOT or f" {word.lower()} " in f" {story.replace(word, ' ').lower()} ":
        return False
    return word[: max(_MIN_SLOT, len(word) - 2)] in story


@register("clone_network_v1")
class CloneNetwork(PageFeatures):
    """Sister sites that fill the page's own host or name template with another town, a claim
    to cover twenty or more towns, and the story's headline repeated for another town."""

    FEATURES = (
        "clone_sister_hosts",  # names/hosts filling the own template with a town: 0 or 3-20
        "clone_places_claim",  # 1: "news for 2,000 towns", "alle 2.140 Orte"
        "clone_story_other_place",  # related headlines: the story's words, another town (0-5)
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        key, sisters = sister_hosts(page)
        claim = places_claim(page)
        twins = story_other_places(page)
        evidence = []
        if sisters:
            shown = ", ".join(f'"{cut(s, 40)}"' for s in sisters[:6])
            evidence.append(f'{len(sisters)} sister sites fill the template of "{key}": {shown}')
        if claim:
            evidence.append(f'claims to cover many towns: "{cut(claim, 120)}"')
        if twins:
            shown = ", ".join(f'"{cut(t, 80)}"' for t in twins[:3])
            evidence.append(f"the story's headline repeated for another place: {shown}")
        values = (
            float(min(len(sisters), _CAP)),
            float(bool(claim)),
            float(min(len(twins), 5)),
        )
        return values, tuple(evidence)
