"""Origin tail: the story's closing lines still name the outlet that wrote it.

A newsroom closes its copy with its own marks: a rights line ("ⓒ 한빛일보, 무단전재 및 재배포
금지", "Dalsze rozpowszechnianie tylko za zgodą wydawcy Puls Zdrowia"), a syndication line
("Artikel ini telah tayang di SuaraNusantara.co.id dengan judul …"), "read also" links into its
own archive ("Baca Juga: <a href=beritanusaraya.com/…>"), and its noun for itself ("本报讯",
"nói với tờ báo này"). On the outlet's own page these are its own; copied whole to another
brand, they name a site that is not this one. Every test needs the named outlet not to be the
page's (brand, domain, copyright holder, group sites) nor credited on it, and the line to carry
no licence or credit wording (CC republication, translation by permission, "via", "Quelle:").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from detector.features._filler import is_label
from detector.features._pagememo import memo
from detector.features._textscan import cut
from detector.features._trigrams import lower_joined, lower_map, possible
from detector.features.base import PageFeatures, register
from detector.features.origin_marks import foreign, is_agency
from detector.features.origin_voice import fold, is_own, own_names
from detector.features.provenance import registered_domain
from detector.features.publisher_credits import publisher_credits
from detector.features.sister_sites import candidate_names
from detector.lexicon.origin_marks import (
    LICENCE_WORDS,
    PAPER_SELF,
    PAPER_WORDS,
    PUBLISHED_AT,
    REPRINT_BANS,
    STAFF_BYLINES,
)
from detector.lexicon.words import wordset
from detector.page import Page

_DATELINE = 80  # characters: "Palu (NUSRA) -", "(창원=한빛통신) 김도윤 기자 ="
_TAIL = 8  # closing lines stand among the story's last paragraphs
_SHORT = 200  # a rights or syndication line; longer lines are prose
_NAME = r"(?P<h>[^\W\d_][^,.|<>()\[\]·•–—:;\"“”«»]{1,40}?)"
# "ⓒ X, 무단전재", "© 2026 X. All rights reserved", "<저작권자 © X, …>", "Copyright X |".
_RIGHTS = re.compile(
    r"(?:[©ⓒ]|\(c\)|copyright|저작권자|版权所有|版權所有|hak cipta)\s*(?:[©ⓒ]|\(c\))?\s*"
    r"(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?\s*)?(?:by\s+)?" + _NAME + r"\s*"
    r"(?:[,.|<>()\[\]·•–—:;]|무단|$|all rights|tous droits|todos|alle rechte|tutti i|"
    r"wszelkie|все права|всі права|جميع الحقوق|tüm hakları|bảo lưu)",
    re.IGNORECASE,
)
# "only with the consent of the publisher X" (a reprint ban that names its publisher).
_CONSENT = re.compile(
    r"(?:zgodą|consent of|permission of|autorización de|autorização d[oa]|autorisation d[eu]|"
    r"genehmigung (?:des|der|von)|permesso d[ei]|souhlasem|согласия|дозволу)\s+"
    r"(?:the\s+)?(?:wydawcy|redakcji|publisher|editor|editorial|editora|éditeur|"
    r"verlags?|redaktion|editore|vydavatele|redakce|редакции|редакції|издателя)\s+"
    + _NAME
    + r"\s*(?:[,.;:(]|$)",
    re.IGNORECASE,
)
# "… published on / by X": the words between the phrase and the outlet.
_PREPOSITIONS = frozenset(
    wordset(
        "di on in en em sur dans bei su w op в tại trên على في by par por von oleh przez da door от"
    )
)
_PUBLISHED = re.compile(
    rf"(?:{'|'.join(map(re.escape, PUBLISHED_AT))})\s*"
    rf"(?:(?:{'|'.join(sorted(_PREPOSITIONS, key=len, reverse=True))})\s+)?(?:the\s+)?(?P<h>(?:https?://)?[^\s,;:()\"“”«»]"
    r"[^,;:()\"“”«»]{1,50}?)\s*(?:dengan judul|with the title|con el título|com o título|"
    r"sous le titre|unter dem titel|con il titolo|[,;:(\"“«]|\.\s|\.?$)",
    re.IGNORECASE,
)
# What closes a "read also" label ("Baca Juga:", "Leia também »"); a label has 2+ letters.
_LABEL_SEPARATORS = re.compile("[:：»|]")
_URL = re.compile(r"https?://[^\s)\]>\"']+", re.IGNORECASE)
# Hosts a story may link to without being another outlet's copy: officials and platforms.
_OFFICIAL = re.compile(
    r"(?:^|\.)(?:gov|gouv|gob|go|gv|govt|mil|edu|ac|int|europa|who|un)\.|\.(?:gov|mil|edu|int)$"
    r"|(?:youtube|youtu|facebook|twitter|x|instagram|tiktok|t|wikipedia|google|linkedin|"
    r"whatsapp|telegram|threads|bit|apple|amazon)\.[a-z.]+$",
    re.IGNORECASE,
)
_COMPANY = re.compile(
    r"\b(?:inc|llc|ltd|gmbh|company|corp\w*|group|publishing|holdings?|s\.?a|plc|co|e\.v|network)\b"
    r"|(?:photo|foto|image|bild|getty|shutterstock|reuters pictures|openstreetmap|mapbox)",
    re.IGNORECASE,
)
_NO_HOLDER = re.compile(r"(?i)(?:all|alle|tous|todos|tutti|все|جميع|the)\b|[mdclxvi]+$")
# Words of a rights phrase: a "holder" holding one is the phrase, not a name.
_RIGHTS_WORDS = re.compile(
    r"(?i)rights|reserved|droits|derechos|direitos|rechte|diritti|prawa|hakları|права|الحقوق"
    r"|הזכויות|haki zote|quyền|권리|版权|著作権|riproduzione|reproduc"
)
_GENERIC = re.compile(
    r"(?i)\b(?:policy|notice|information|statement|message|disclaimer|infringement|registration|"
    r"terms|reprints?|permissions?|crown|commonwealth|copyrighted|stuff)\b"
)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_LICENCE = re.compile(_alternation(LICENCE_WORDS), re.IGNORECASE)
# Substrings (lower-case) that open the two tests: plain `in` checks, cheaper than a regex.
_RIGHTS_TRIGGERS = ("©", "ⓒ", "(c)", "copyright", "저작권", *REPRINT_BANS)
_HEAD = 4  # a credit or dateline code stands in the story's first paragraphs
_MENU_WORDS = 3  # a footer link is a word or two ("제휴문의", "Partner werden")
# Enquiry / contact nouns of a footer link beside a licence word (lower-case substrings).
_ENQUIRY = re.compile(
    r"문의|inquir|enquir|contact|kontakt|contacto|contatt|anfrage|zapytani|iletişim|liên hệ|"
    r"تواصل|اتصل|संपर्क|связ|зв'яз|咨询|諮詢|問い合わせ|お問合せ|werden|become|devenir|torne-se|"
    r"hazte|program",
    re.IGNORECASE,
)


def is_foreign_outlet(page: Page, name: str, publishers: bool = True) -> bool:
    """Whether `name` is another outlet's, not credited on the page, and not one of the site's
    group (a media house's footer lists its sister papers)."""
    if is_agency(name) or not foreign(page, name, publishers):
        return False  # an agency's name on its copy is its credit
    # The story's head names its source ("Palu (NUSRA) -"): the holder is the dateline's.
    if _in_dateline(page, name):
        return False
    key = fold(name)
    return not any(key == fold(n) for n in candidate_names(page))


def _in_dateline(page: Page, name: str) -> bool:
    """Whether a dateline code at the story's head names `name`: "(X)", "=X)", "X -"."""
    low = name.lower()
    forms = (f"({low})", f"={low})", f"={low}]", f"[{low}]", f"({low} ")
    for para in (page.dateline, *page.paragraphs[:_HEAD]):
        head = para[:_DATELINE].lower()
        if any(f in head for f in forms) or head.startswith((f"{low} -", f"{low} –")):
            return True
    return False


def _has(low: str, words: Iterable[str]) -> bool:
    return any(map(low.__contains__, words))  # `w in low` for each, with no generator


def _licensed(line: str) -> bool:
    return _LICENCE.search(line) is not None


def _tail(page: Page) -> list[str]:
    """The story's last short paragraphs and the page's other short lines (a text record's
    closing lines, an HTML page's lines around the story)."""
    lines = [p for p in page.paragraphs[-_TAIL:] if len(p) <= _SHORT]
    return lines + [o for o in page.other_lines if len(o) <= _SHORT]


def _holder(m: re.Match[str] | None) -> str:
    if m is None:
        return ""
    holder = re.sub(r"\b(?:19|20)\d\d\b|(?i:^copyright\b)", "", m["h"]).strip(" -–'\"©")
    if (
        _NO_HOLDER.match(holder)
        or _RIGHTS_WORDS.search(holder)
        or sum(c.isalpha() for c in holder) < 2
    ):
        return ""
    return holder if len(holder.split()) <= 5 else ""


def _menu_link(line: str) -> bool:
    """A footer menu link, not a credit: "제휴문의", "Partner", "Syndication", "Kooperationen"
    (a licence word alone or beside an enquiry noun, on nearly every news site's footer)."""
    if len(line.split()) > _MENU_WORDS:
        return False
    return _ENQUIRY.search(line) is not None or _LICENCE.sub("", line).strip(" \t|·•-–—:>") == ""


def _credit_anywhere(page: Page, tail: Sequence[str]) -> bool:
    """Whether the page carries any licence/credit wording at the story's head or tail (the
    credit may sit on another line than the named outlet: "Republished under CC BY-ND"); a
    footer's menu links ("제휴문의", "Partners") are no credit."""
    head = [p for p in page.paragraphs[:_HEAD] if len(p) <= _SHORT]
    return _licensed("\n".join(x for x in (*head, *tail) if not _menu_link(x)))


def _rights_other(page: Page, lines: Sequence[str], low: str) -> list[str]:
    """(a) A rights line or a reprint ban naming another outlet as the holder, on a page that
    also carries its own rights line (two holders: the site's footer and the original's notice
    under the story) or in a reprint-ban form ("무단전재 및 재배포 금지", "riproduzione riservata").
    A single company or person in a footer is a site's owner, not a sign. `low` is the lines
    joined by newlines, lower-cased."""
    # The page's trigrams rule most triggers out first (a present one is never ruled out).
    present = [t for t in possible(page, _RIGHTS_TRIGGERS) if t in low]  # "©", "무단전재"
    if not present:  # most pages: no rights line at all
        return []
    if low.count("\n") + 1 == len(lines):
        rights = [lines[k] for k in _lines_holding(low, present)]
    else:  # a line holding a newline: lower-case each one
        rights = [line for line in lines if _has(line.lower(), present)]
    if not rights:
        return []
    own_at: int | None = None  # the site's own notice: looked for when first needed
    found: list[str] = []
    for i, line in enumerate(rights):
        if _licensed(line) or _COMPANY.search(line) or "/" in line:
            continue  # a licence, an owner, or a photo credit ("© Name / Agency")
        if not _has(line.lower(), REPRINT_BANS):
            if own_at is None:
                own_at = _last_own(page, rights)
            if i > own_at:
                continue
        holder = _holder(_RIGHTS.search(line)) or _holder(_CONSENT.search(line))
        if holder and _name_like(holder) and is_foreign_outlet(page, holder):
            found.append(f'rights line "{cut(line, 60)}": {holder} is not this site')
    return found


def _lines_holding(low: str, keys: Iterable[str]) -> list[int]:
    """The indices, in order, of the lines of `low` (lines joined by newlines, none holding
    one) that hold one of `keys`: one `find` pass per key, not one test per line and key."""
    found: set[int] = set()
    for key in keys:
        at = low.find(key)
        while at >= 0:
            found.add(low.count("\n", 0, at))
            end = low.find("\n", at)
            at = low.find(key, end + 1) if end >= 0 else -1
    return sorted(found)


def _last_own(page: Page, rights: Sequence[str]) -> int:
    """The index of the last of `rights` naming the site itself, or -1: the site's own notice
    closes the page, the original's stands above it, under the story."""
    return max((i for i, t in enumerate(rights) if _own_rights(page, t)), default=-1)


def _own_rights(page: Page, line: str) -> bool:
    """A rights line naming the site itself ("Copyright © 2026 데일리인사이트경제")."""
    holder = _holder(_RIGHTS.search(line))
    return bool(holder) and is_own(page, holder)


def _name_like(holder: str) -> bool:
    """A name: its first letter a capital or of a script without case ("Copyright Policy",
    "and Reprint" and "notice" are link labels)."""
    first = holder.split()[0]
    if first[0].isalpha() and first[0].islower():
        return False
    return not _GENERIC.search(holder)


def _published_other(page: Page, lines: Iterable[str]) -> list[str]:
    """(b) "This article was first published on X / telah tayang di X" naming another outlet."""
    found: list[str] = []
    for line in lines:
        m = _PUBLISHED.search(line) if _has(line.lower(), PUBLISHED_AT) else None
        if m is None or _licensed(line):
            continue
        name = m["h"].split("//")[-1].removeprefix("www.").strip(" .")
        # The origin line is itself what `publisher_credits` reads: its licence words decide.
        if _outlet_like(name) and is_foreign_outlet(page, name, publishers=False):
            found.append(f'syndication line "{cut(line, 60)}" names {name}')
    return found


def _outlet_like(name: str) -> bool:
    """A domain, or a name opening with a capital or an uncased script, with no digit (not
    "avril 2017") and not a bare preposition."""
    if not name or name.lower() in _PREPOSITIONS:
        return False
    if "." in name and " " not in name:
        return True
    return not any(c.isdigit() for c in name) and not (name[0].isalpha() and name[0].islower())


def _read_also_hosts(page: Page) -> list[str]:
    """(c) A "read also" insert inside the story linking to another news host."""
    hrefs: list[tuple[str, str]] = []
    labelled = [p for p in page.paragraphs if len(p) <= _SHORT and _is_read_also(p)]
    if not labelled:
        return []
    for link in page.story_links:
        # The link is the insert's headline: most of the line after its label.
        para = next((p for p in labelled if link.text and link.text[:40] in p), "")
        if para and len(link.text.split()) >= 3 and len(link.text) >= 0.6 * len(_after_label(para)):
            hrefs.append((link.href, para))
    for para in labelled:  # a text record keeps the URL in the line ("… (https://x.co.id/…)")
        hrefs.extend((m[0], para) for m in _URL.finditer(para))
    for href, para in hrefs:
        domain = registered_domain(href)
        if not domain or _OFFICIAL.search(domain) or is_own(page, domain):
            continue
        if is_foreign_outlet(page, domain):
            return [f'"{cut(para, 50)}" links to {domain}, another news host']
    return []


def _after_label(para: str) -> str:
    at = min((i for i in (para.find(sep, 0, 53) for sep in ":：»|") if i > 1), default=0)
    return para[at + 1 :].strip()


def _is_read_also(para: str) -> bool:
    if _LABEL_SEPARATORS.search(para, 2, 53) is None:  # no separator after a label's letters
        return False
    for sep in (":", "：", "»", "|"):
        at = para.find(sep, 0, 53)
        if at > 1:
            return is_label(para[:at])
    return False


def _paper_noun(page: Page) -> list[str]:
    """(d) The original paper's noun for itself ("本报讯", "tờ báo này") on a site whose brand is
    not a paper, with no named reporter of its own and no credit."""
    if not possible(page, PAPER_SELF):
        return []
    names = own_names(page)
    if not names or _a_paper(page, names):
        return []
    if _named_reporter(page) or page.credit_lines or publisher_credits(page):
        return []
    low = lower_map(page)
    for para in page.paragraphs:
        hit = next((w for w in PAPER_SELF if w in low[para]), "")
        if hit:
            return [f'"{hit}" in "{cut(para, 50)}" on a site that is not a paper']
    return []


def _a_paper(page: Page, names: Iterable[str]) -> bool:
    """Whether the site's names, or a rights line closing the page, name a paper."""
    rights = [t for t in _tail(page) if "©" in t or "ⓒ" in t]
    return any(w in n.lower() for n in (*names, *rights) for w in PAPER_WORDS)


def _named_reporter(page: Page) -> bool:
    names = [n for n in (page.byline, *page.authors) if n.strip()]
    return any(
        not any(w.lower() in STAFF_BYLINES for w in re.findall(r"\w+", n)) and not is_own(page, n)
        for n in names
    )


@register("origin_tail_v1")
class OriginTail(PageFeatures):
    """Whether the story's tail names another outlet: its rights line, syndication line,
    "read also" links into its host, or its noun for itself."""

    FEATURES = (
        "tail_rights_other",  # a rights line / reprint ban whose holder is another outlet
        "tail_published_other",  # "first published on X / telah tayang di X", X another outlet
        "tail_read_also_other",  # an in-story "read also" link to another news host
        "tail_paper_noun",  # "本报讯 / this newspaper" on a site that is not a paper
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        return memo(page, "origin_tail", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        if not page.paragraphs or not own_names(page):
            return (0.0,) * len(self.FEATURES), ()
        tail = _tail(page)
        low = lower_joined(page, tail)
        # Cheap gates on the joined tail first: most pages carry none of the three forms.
        named: list[list[str]] = [
            _rights_other(page, tail, low),
            _published_other(page, tail) if _has(low, possible(page, PUBLISHED_AT)) else [],
            _read_also_hosts(page),
        ]
        if any(named) and _credit_anywhere(page, tail):
            named = [[], [], []]  # licence or credit wording: the named outlet is credited
        parts = (*named, _paper_noun(page))
        evidence = tuple(f"origin tail: {hits[0]}" for hits in parts if hits)
        return tuple(float(bool(hits)) for hits in parts), evidence
