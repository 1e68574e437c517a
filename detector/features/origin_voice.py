"""Origin voice: the copied text still speaks for the outlet it was written for.

Text written by and for one outlet names that outlet in its own voice: it asks the reader to
follow it ("Iscriviti alla newsletter del Corriere del Tirreno", "Assine o Jornal do Planalto",
"تابعوا موقع «صدى النيل»", "iscriviti al canale WhatsApp di CorriereTirreno.it"), it closes with
the agency's staff sign-off and copyright ("Pewarta: … / Editor: … / COPYRIGHT © KBN 2026"
under "Jakarta (KBN) -"; "(Reporting by …; Editing by …)" with no agency named anywhere), or
it ends on a bare credit in domain form ("Theo baodongdo.vn"). On the outlet's own page these
are its own words; on a page of another brand that does not credit the outlet, they show where
the story was written. A credit line naming the site itself as the story's source ("Kaynak:
Kırşehir Manşet" on Kırşehir Manşet) is a copier's habit too: a newsroom does not credit itself.

The key test everywhere is that the named outlet is not the page's own brand, compared loosely
(site name, brand candidates, copyright holder, the URL's registrable domain; word subsets and
initials count as the same brand).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from detector.features._channel_footer import OTHER_BUTTONS, SUBSCRIBE, channel_footer_names
from detector.features._pagememo import memo
from detector.features._textscan import cut
from detector.features._trigrams import lower_map, possible
from detector.features.base import PageFeatures, register
from detector.features.leftovers import SOURCE_LINE
from detector.features.provenance import registered_domain
from detector.features.publisher_credits import publisher_credits
from detector.features.wire import WireCopy
from detector.lexicon.origin_voice import (
    CHANNEL_WORDS,
    CTA_IMPERATIVES,
    CTA_STEMS,
    CTA_VERBS,
    OUR_WORDS,
    OUTLET_NOUNS,
    PLATFORM_WORDS,
    SIGNOFF_LABELS,
)
from detector.lexicon.words import wordset
from detector.page import Page
from detector.parsing.agencies import agency_in_name
from detector.parsing.common import COPYRIGHT_SIGNS, copyright_holder
from detector.parsing.source_lines import LABELS, OUTLET_WORDS

_MAX_LINE = 300  # a follow call or a credit line is short; longer lines are prose
_LABEL_CHARS = 30  # "\W{0,3}" + a source label + its colon
# A self-credit names the brand in full: short names ("SBS", "EnBW", "THW") are the
# broadcasters' and companies' own desk marks on real pages of the scan.
_SELF_MIN = 5
_TAIL = 8  # sign-offs and closing credits stand among the story's last paragraphs
_HEAD = 4  # the dateline stands in the story's first paragraphs
_SHORT = 100  # a sign-off or credit line
_DOMAIN = re.compile(
    r"(?<![\w@/.-])(?:[a-z0-9][a-z0-9-]*\.)+(?:[a-z]{2,12})(?![\w-])", re.IGNORECASE
)
_QUOTED = re.compile(r"«([^»]{2,60})»|“([^”]{2,60})”|\"([^\"]{2,60})\"|„([^“”]{2,60})[“”]")
_TOKEN = re.compile(r"[\w'’.&-]+")
# Words that join the words of a name ("Corriere del Tirreno", "Jornal do Planalto").
_JOINERS = wordset(
    "del della dello dei degli de di do da dos das du des of the la le el il lo von der für  na wa ya"
)
# A masthead's weekend or weekly edition is the same outlet ("Sunday Times" on thetimes.co.za,
# "Welt am Sonntag" on welt.de): these words, and the "am"/"on" that tie them to the title,
# are dropped before the names are compared again.
_EDITION = wordset(
    "sunday saturday weekend weekly sonntag samstag wochenende dimanche samedi domingo sabado "
    "domenica sabato zondag zaterdag niedziela sobota sondag lordag sunnuntai pazar "
    "nedele nedelja"
)
_EDITION_TIES = frozenset(("am", "on", "de", "di", "do", "du", "al", "el", "la", "le"))
# First words that are not a name's (a capitalised sentence opener or article).
_ARTICLES = wordset("the la le les el los il lo o a al alla der die das")
# The name after an outlet noun in a script without capitals ends at one of these.
_NAME_STOP = re.compile(r"[.,;:!?()\[\]،؛]|\s(?:على|عبر|في|من|لمتابعة|للمزيد|و)\s")
_STAFF_LINE = re.compile(
    rf"^\W{{0,3}}(?:{'|'.join(map(re.escape, SIGNOFF_LABELS))})\s*[:：]\s*\S", re.IGNORECASE
)
_WIRE_SIGNOFF = re.compile(r"\breporting by\b.{2,120}\bediting by\b", re.IGNORECASE)
# A closing credit naming a domain: "Theo baodongdo.vn", "Source: x.com", "via x.com".
# ("via X.com" is left out: syndication services credit themselves so, "Via SyndiGate.info".)
_CREDIT_LEADS = (
    "theo", "nguồn", "according to", "selon", "según", "secondo", "laut", "menurut",
    "d'après", "d’après", "dilansir dari", "kwa mujibu wa", "по материалам", "за матеріалами",
    "نقلا عن", *(label for label in LABELS if label != "via"),
)  # fmt: skip
_DOMAIN_CREDIT = re.compile(
    rf"^\W{{0,3}}(?:{'|'.join(map(re.escape, _CREDIT_LEADS))})\s*[:：]?\s*"
    r"(?P<domain>(?:https?://)?(?:www\.)?(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,12})/?\W{0,3}$",
    re.IGNORECASE,
)
_SELF_CREDIT = re.compile(
    rf"^\W{{0,3}}(?:{'|'.join(map(re.escape, LABELS))})\s*[:：]\s*(?P<name>[^|]{{3,60}}?)\W{{0,3}}$",
    re.IGNORECASE,
)
_SOURCE_LABEL = re.compile(
    rf"^\W{{0,3}}(?:{'|'.join(map(re.escape, LABELS))})\s*[:：]", re.IGNORECASE
)
_SEVERAL = re.compile(r"[,،;/&+]|\s(?:and|i|y|e|et|und|ve|và|dan|и|та|و)\s", re.IGNORECASE)
_COMPANY = re.compile(
    r"\b(?:ltd|limited|inc|llc|gmbh|s\.?a|s\.?l|s\.?p\.?a|s\.?r\.?l|plc|pvt|corp|co|group|media)\b|\(p\)",
    re.IGNORECASE,
)
_SIGNOFF_KINDS = frozenset(("reporting_editing", "signoff"))


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_AND_BEFORE = "|".join(
    rf"(?<=\s{w}\s)" for w in ("and", "e", "et", "y", "und", "en", "i", "và", "dan")
)
# A call: an imperative anywhere (Arabic ones after a "و"/"ف" prefix too), a plain verb only
# where a sentence or clause starts (a line's start, after . ! ? : ; | – — • » or "and").
# Nominal and infinitive calls that open a line: "لمتابعة أخبار …" ("to follow the news of"),
# "للمزيد من أخبار", "Підписатися", "Подписаться" (a Telegram post's footer button).
NOMINAL_CALLS = (
    "لمتابعة", "لمتابعه", "للمزيد من أخبار", "للمزيد من الأخبار", "підписатися", "подписаться",
    "підписуйтесь на", "підпишіться на", "для підписки", "для подписки",
)  # fmt: skip
# Channel words in the scripts and inflections CHANNEL_WORDS lacks ("قناتنا": our channel).
CHANNEL_MORE = ("قناتنا", "قنواتنا", "واتساب", "تلغرام", "تيليجرام", "телеграм", "вайбер", "вотсап")
# "News of «X»": a quoted name after a news word is the outlet whose news one follows.
NEWS_OF = ("أخبار", "اخبار", "новини", "новости", "новин", "news from", "news of", "notícias d")
_CALL = re.compile(
    rf"(?:(?<!\w)|(?<=[وف]))(?:{_alternation((*CTA_IMPERATIVES, *NOMINAL_CALLS))})(?!\w)"
    rf"|(?:^|(?<=[.!?:;|–—•»)])\s*|{_AND_BEFORE})"
    rf"(?:{_alternation(CTA_VERBS)})(?!\w)",
    re.IGNORECASE,
)
_WINDOW = 160  # the outlet is named soon after the call
_NEAR = 30  # a channel word right before a domain: "… canale WhatsApp di X.it"
_CREDIT_TRIGGERS = tuple(dict.fromkeys(lead.lower() for lead in _CREDIT_LEADS))


# Every ASCII character that is not a letter or a digit (`str.isalnum`), to delete.
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())


def fold(text: str) -> str:
    """Lower-case letters and digits only, accents dropped: "Kırşehir Manşet" -> "kirsehirmanset"."""
    low = text.lower()
    if low.isascii():  # NFKD keeps ASCII as it is: delete the other characters in C
        return low.encode().translate(None, _ASCII_NOT_ALNUM).decode()
    text = unicodedata.normalize("NFKD", low.replace("ı", "i"))
    return "".join(ch for ch in text if ch.isalnum())


def _words(name: str) -> list[str]:
    return [f for w in _TOKEN.findall(name) if (f := fold(w)) and w.lower() not in _JOINERS]


def _same_brand(name: str, own: str) -> bool:
    """Whether `name` and `own` are one brand, compared loosely: one holds the other, one's
    words are among the other's, or one is the other's initials ("NYT")."""
    a, b = fold(name), fold(own)
    if len(a) < 2 or len(b) < 2:
        return False
    if (len(a) >= 3 and a in b) or (len(b) >= 3 and b in a):
        return True
    wa, wb = _words(name), _words(own)
    if wa and wb and (set(wa) <= set(wb) or set(wb) <= set(wa)):
        return True
    if "".join(w[0] for w in wb) == a or "".join(w[0] for w in wa) == b:
        return True
    return _same_masthead(wa, b) or _same_masthead(wb, a)


def _same_masthead(words: list[str], other: str) -> bool:
    """Whether `words` are the masthead `other` plus an edition word ("Sunday Times" and
    "thetimes": an article before the title is allowed)."""
    if not any(w in _EDITION for w in words):
        return False
    core = "".join(w for w in words if w not in _EDITION and w not in _EDITION_TIES)
    if len(core) < 4:
        return False
    return other == core or (other.endswith(core) and other[: -len(core)] in _ARTICLES)


def own_names(page: Page) -> tuple[str, ...]:
    """The names the page gives itself: site name, brand candidates, copyright holder, domain."""

    def build() -> tuple[str, ...]:
        names = [page.site_name, *(b for b, _ in page.brand_candidates)]
        names.append(copyright_holder(page.other_lines))
        domain = registered_domain(page.url) if page.url else ""
        if domain:
            names.append(domain.split(".")[0])
        return tuple(dict.fromkeys(n for n in names if n and len(fold(n)) >= 2))

    return memo(page, "origin_voice_own_names", build)


def is_own(page: Page, name: str) -> bool:
    """Whether `name` (a brand or a domain) is the page's own. A domain is compared with the
    page's registrable domain when the page has a URL (a look-alike domain is not its own)."""
    if _DOMAIN.fullmatch(name.strip()):
        own_domain = registered_domain(page.url) if page.url else ""
        if own_domain:
            return registered_domain(name.strip().lower()) == own_domain
    return any(_same_brand(name, own) for own in own_names(page))


def _is_own_exactly(page: Page, name: str) -> bool:
    """Whether `name` is the page's own brand or domain as a whole (not one generic word of it:
    "Source: News" on "City News" is not a self-credit); the strict side of `is_own`."""
    a = fold(name.strip().removeprefix("www."))
    domain = registered_domain(page.url) if page.url else ""
    if len(a) < _SELF_MIN:
        return False
    if domain and a in (fold(domain), fold(domain.split(".")[0])):
        return True
    return any(a == fold(own) for own in own_names(page))


def _platform(name: str) -> bool:
    words = [w.lower() for w in _TOKEN.findall(name)]
    return any(w in PLATFORM_WORDS or w.split(".")[0] in PLATFORM_WORDS for w in words)


def _capitalised_runs(text: str) -> Iterable[tuple[str, int]]:
    """Runs of capitalised words, with their joiners, and where each starts."""
    run: list[str] = []
    start = 0
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        if word[:1].isupper() or (run and word.lower() in _JOINERS):
            if not run:
                start = m.start()
            run.append(word)
            continue
        yield from _flush(run, start)
        run = []
    yield from _flush(run, start)


def _flush(run: list[str], start: int) -> Iterable[tuple[str, int]]:
    while run and run[-1].lower() in _JOINERS:
        run = run[:-1]
    if run and run[0].lower() in _ARTICLES and len(run) > 1:
        run = run[1:]
    if run:
        yield " ".join(run), start


def _after_noun(before: str) -> bool:
    """Whether the text before a name ends with an outlet noun (and maybe an article)."""
    words = [w.lower() for w in _TOKEN.findall(before)][-3:]
    while words and (words[-1] in _JOINERS or words[-1] in _ARTICLES):
        words.pop()
    return bool(words) and words[-1] in OUTLET_NOUNS


def _outlet_name(name: str) -> bool:
    """A news outlet's name: an agency's, or a proper name with an outlet word ("Corriere del
    Tirreno", "Jornal do Planalto"); a bare "TV", "Magazine" or "News" names none."""
    if agency_in_name(name) is not None:
        return True
    words = [w for t in _TOKEN.findall(name.lower()) for w in t.split("-") if w]
    outlet = [w for w in words if w in OUTLET_WORDS]
    proper = [w for w in words if w not in OUTLET_WORDS and w not in _JOINERS]
    return bool(outlet) and bool(proper)


def _names_a_product(after: str) -> bool:
    """Whether a channel word follows a name at once ("… Review newsletter", "… TV app")."""
    head = after.lstrip(" '’s").lower()
    return any(head.startswith(w.strip()) for w in CHANNEL_WORDS)


def _names_in(call: str) -> list[tuple[int, str, str]]:
    """(where, name, why it is an outlet's) for the outlets a follow call names, in order."""
    found: list[tuple[int, str, str]] = []
    for m in _DOMAIN.finditer(call):
        label = m.group(0).lower().removeprefix("www.").split(".")[0]
        before = call[max(0, m.start() - _NEAR) : m.start()].lower()
        # A site's domain the call sends one to ("canale WhatsApp di CorriereTirreno.it"), or
        # an outlet's by its name; not a person's site after "follow them on Twitter".
        if any(w in before for w in CHANNEL_WORDS) or any(
            w in label for w in OUTLET_WORDS if len(w) >= 5
        ):
            found.append((m.start(), m.group(0), "domain"))
    for m in _QUOTED.finditer(call):
        name = next(g for g in m.groups() if g)
        if _after_noun(call[: m.start()]) or call[: m.start()].rstrip().lower().endswith(NEWS_OF):
            found.append((m.start(), name, "after an outlet noun"))
        elif _outlet_name(name):
            found.append((m.start(), name, "outlet name"))
    for name, at in _capitalised_runs(call):
        if _names_a_product(call[at + len(name) :]):
            continue  # "the Morning Review newsletter": a newsletter's name, not an outlet's
        if _outlet_name(name):
            found.append((at, name, "outlet name"))
        elif _after_noun(call[:at]):
            found.append((at, name, "after an outlet noun"))
    # Scripts without capitals: the words after an outlet noun, up to a stop.
    for m in _TOKEN.finditer(call):
        if m.group(0).lower() in OUTLET_NOUNS and not m.group(0).isascii():
            rest = call[m.end() :]
            stop = _NAME_STOP.search(rest)
            name = (rest[: stop.start()] if stop else rest).strip(' «»"“”')
            if name and len(name.split()) <= 4 and not name.isascii():
                found.append((m.end(), name, "after an outlet noun"))
    return sorted(found)


def _follow_calls(page: Page) -> list[str]:
    """Follow/subscribe calls in the story naming an outlet that is not the page's own."""
    stems = possible(page, (*CTA_STEMS, *NOMINAL_CALLS))
    if not stems:
        return []
    low = lower_map(page)
    found: list[str] = []
    for para in page.paragraphs:
        if len(para) > _MAX_LINE or para.isupper():
            continue  # prose, or a menu row in capitals ("HOME | SUBSCRIBE TO NEWSPAPER")
        if not any(s in low[para] for s in stems):
            continue
        name = _called_outlet(page, para)
        if name:
            found.append(f'"{cut(para)}" names {name}')
    return found


def _called_outlet(page: Page, para: str) -> str:
    """The other outlet a follow call in `para` names ("" when none)."""
    for m in _CALL.finditer(para):
        call = para[m.start() : m.end() + _WINDOW]
        low = call.lower()  # (a window of a short line: lower-cased alone)
        if not any(w in low for w in (*CHANNEL_WORDS, *CHANNEL_MORE)) and not any(
            w.lower() in OUTLET_NOUNS for w in _TOKEN.findall(call)
        ):
            continue
        rest = call[m.end() - m.start() :]
        # The call's object is the first outlet it names: a later one is another clause's.
        for at, name, why in _names_in(rest):
            if _platform(name):
                continue
            if any(w.lower() in OUR_WORDS for w in _TOKEN.findall(rest[:at])):
                break  # "our newsletter", "unser Kanal": the page's own
            if is_own(page, name):
                break
            return f"{name} ({why})"
    return ""


def _channel_footers(page: Page) -> list[str]:
    """A messenger channel's footer of buttons left under the story, naming a channel that is
    not the page's own ("Вінниця Оперативна | Підписатися" on another site)."""
    if not possible(page, SUBSCRIBE) or not possible(page, OTHER_BUTTONS):
        return []
    tail = [p for p in page.paragraphs[-_TAIL:] if len(p) <= _SHORT]
    found: list[str] = []
    for lines in (tail, page.other_lines):
        for name, line in channel_footer_names(lines):
            words = [w.lower() for w in _TOKEN.findall(name)]
            if _platform(name) or any(w in OUR_WORDS for w in words):
                continue
            if is_own(page, name) or _credited(page, name) or _source_named(page, name):
                continue
            found.append(f'channel footer "{cut(line, 60)}" names {name}')
    return found


def _source_named(page: Page, name: str) -> bool:
    """Whether a source line of the page names `name` ("Джерело: Telegram-канал X"): an
    aggregator quoting a channel's post credits it."""
    for line in (*page.paragraphs[-_TAIL:], *page.other_lines):
        if len(line) <= _SHORT and name in line and _SOURCE_LABEL.match(line):
            return True
    return False


def _credited(page: Page, name: str) -> bool:
    """Whether the page credits `name` as a publisher or an agency."""
    if any(_same_brand(name, c.name) for c in publisher_credits(page)):
        return True
    agency = agency_in_name(name)
    return agency is not None and any(c.agency.key == agency.key for c in WireCopy().credits(page))


def _signoffs(page: Page) -> list[str]:
    """An agency's staff sign-off and copyright under the story, for an outlet not the page's."""
    tail = [p for p in page.paragraphs[-_TAIL:] if len(p) <= _SHORT]
    if not tail:
        return []
    found: list[str] = []
    head = " ".join((page.dateline, *page.paragraphs[:_HEAD]))
    for i, line in enumerate(tail):
        if not any(sign in line.lower() for sign in COPYRIGHT_SIGNS):
            continue
        holder = copyright_holder([line])
        if not holder or is_own(page, holder) or _credited(page, holder):
            continue
        code = f"({holder})" in head
        # The staff lines stand right above the notice, and the holder is an outlet, not the
        # publishing company ("East Coast Media (P) Ltd" under "Editor: …" is the site's owner).
        staff = [t for t in tail[max(0, i - 2) : i] if _STAFF_LINE.match(t)]
        if code or (staff and not _COMPANY.search(holder)):
            how = "its dateline code" if code else f'"{cut(staff[0], 40)}"'
            found.append(f'"{cut(line, 60)}" with {how}, and {holder} is not this site')
    if not found:
        found.extend(_wire_signoff(page, tail))
    return found


def _wire_signoff(page: Page, tail: Sequence[str]) -> list[str]:
    """A wire desk's "(Reporting by …; Editing by …)" on a page that names no agency at all."""
    line = next((t for t in tail if _WIRE_SIGNOFF.search(t)), "")
    # The sign-off itself reads as Reuters' ("reporting_editing"): only another credit counts.
    if not line or any(c.kind not in _SIGNOFF_KINDS for c in WireCopy().credits(page)):
        return []
    names = (page.site_name, page.byline, *page.authors, page.dateline, page.url)
    if any(n and agency_in_name(n) is not None for n in names):
        return []
    return [f'wire sign-off "{cut(line, 60)}" and no agency named on the page']


def _tail_lines(page: Page) -> list[str]:
    return [p.strip() for p in page.paragraphs[-_TAIL:] if len(p) <= _SHORT]


def _domain_credits(page: Page) -> list[str]:
    """A closing credit naming another site's domain ("Theo baodongdo.vn"); the labelled
    form "Source: x.com" is `leftovers_v1`'s and not counted again."""
    if not possible(page, _CREDIT_TRIGGERS):
        return []
    found: list[str] = []
    for line in _tail_lines(page):
        if "." not in line:
            continue
        m = _DOMAIN_CREDIT.match(line)
        if m is None or SOURCE_LINE.match(line):
            continue
        domain = m["domain"].split("//")[-1]
        if not is_own(page, domain):
            found.append(f'closing credit "{cut(line, 60)}" names another site')
    return found


def _self_credits(page: Page) -> list[str]:
    """A source line naming the site itself: "Kaynak: Kırşehir Manşet" on Kırşehir Manşet."""
    found: list[str] = []
    lines = (*_tail_lines(page), *(o for o in page.other_lines if len(o) <= _SHORT))
    for line in lines:
        # A label's colon stands near the line's start: most lines have none and are skipped.
        if ":" not in line[:_LABEL_CHARS] and "：" not in line[:_LABEL_CHARS]:
            continue
        m = _SELF_CREDIT.match(line)
        # The site alone: "Źródło: Kurier Zamojski, PAP" is its own reporting plus an agency's.
        if m is not None and not _SEVERAL.search(m["name"]) and _is_own_exactly(page, m["name"]):
            found.append(f'source line "{cut(line, 60)}" credits the site itself')
    return found


@register("origin_voice_v1")
class OriginVoice(PageFeatures):
    """Whether the story still speaks for another outlet: its follow calls, sign-off, credit."""

    FEATURES = (
        "voice_follow_other",  # a follow call or a channel's footer naming another outlet
        "voice_signoff_other",  # another outlet's staff sign-off and copyright under the story
        "voice_domain_credit",  # a closing "Theo <other domain>" credit
        "voice_self_credit",  # a source line crediting the site itself
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised: made_elsewhere
        asks)."""
        return memo(page, "origin_voice", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        if not page.paragraphs:
            return (0.0,) * len(self.FEATURES), ()
        follow = _follow_calls(page) or _channel_footers(page)
        parts = (follow, _signoffs(page), _domain_credits(page), _self_credits(page))
        evidence = tuple(f"origin voice: {hits[0]}" for hits in parts if hits)
        return tuple(float(bool(hits)) for hits in parts), evidence
