"""A bare credit: the page's only credit to the story's source is a source line, with no licence.

Licensed copy shows more than "Source: AP" under the text: an agency byline ("By The Associated
Press", "Redazione ANSA"), the agency's copyright or licence notice ("Copyright 2024 The
Associated Press", "Material från TT publiceras med tillstånd", "Conteúdos da agência Lusa
reproduzidos ao abrigo de contrato", "© Česká tisková kancelář"), the source as the JSON-LD or
meta author or publisher, or a canonical link to the source's own page. A copier that keeps a
credit keeps the one line that came with the text. Used by `wire_copy_v1` (`wire_bare_credit`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from detector.features._pagememo import memo
from detector.features._trigrams import lower_map, possible
from detector.features.provenance import jsonld_names
from detector.features.publisher_credits import PublisherCredit, publisher_credits, squash
from detector.page import Page
from detector.parsing.agencies import Agency, agency_in_name
from detector.parsing.source_lines import LITERALS, find_source_lines, outlet_like

# Credit kinds that are a source line and nothing more (`CreditMatch.kind` "source", the
# `PublisherCredit` kinds "label", "via", "origin"); a closing "(PAP)" mark came with the copy
# and says nothing either way. Every other kind (a byline, a copyright, a permission, a
# distribution, a JSON-LD or meta field) is licence evidence.
BARE_KINDS = frozenset(("source", "label", "via", "origin"))
NEUTRAL_KINDS = frozenset(("signoff",))
# Words of a copyright or licence notice, lower-case, in 20+ languages. A notice counts when its
# line also names the credited source (the page's own footer names the page's owner).
LICENCE_WORDS = (
    "copyright", "©", "(c)", "ⓒ", "rights reserved", "licen", "permission", "tillstånd",
    "tilladelse", "tillatelse", "luvalla", "genehmigung", "autorisation", "autorización",
    "autorização", "permiso", "permesso", "contrato", "contract", "umow", "smlouv",
    "szerzői jog", "jogvédelm", "derechos reservados", "diritti riservati", "direitos reservados",
    "droits réservés", "rechte vorbehalten", "rechten voorbehouden", "prawa zastrzeżone",
    "práva vyhrazena", "jog fenntartva", "drepturile", "telif", "hak cipta", "bản quyền",
    "저작권", "무단", "版權", "版权", "著作権", "無断転載", "авторськ", "авторск",
    "права защищены", "права захищені", "حقوق", "πνευματικά", "με άδεια",
)  # fmt: skip
_JSONLD_KEYS = ("author", "creator", "publisher", "sourceOrganization", "copyrightHolder")
_TAIL = 6  # credit lines close the story: its last paragraphs (and short lines anywhere)
_SHORT = 120  # `source_lines.MAX_LINE`
# A date or a time on the credit line: a byline row ("Bron: X | 9 april 2024 15:48").
_DATED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}:\d\d(?!\d)")
_PROSE = 80  # a paragraph this long is prose (as `wire_copy_v1` reads the story's head)


class CreditLike(Protocol):
    """What `wire_copy_v1` knows of a credit to an agency."""

    @property
    def agency(self) -> Agency: ...
    @property
    def where(self) -> str: ...
    @property
    def kind(self) -> str: ...


def credit_lines(page: Page) -> tuple[str, ...]:
    """Lines where a credit or a licence notice may stand, in page order, each once (memoised
    per page: translated_copy reads them too)."""

    def build() -> tuple[str, ...]:
        paras = page.paragraphs
        short = [p for p in paras if len(p) <= _SHORT]
        lines = (*page.credit_lines, *short, *paras[-_TAIL:], *page.other_lines)
        return tuple(dict.fromkeys(lines))

    return memo(page, "credit_lines", build)


def own_keys(page: Page) -> set[str]:
    """The page's own names, squashed: its site name, brands and host word."""
    from detector.features.wire import host_of  # wire imports this module

    names = {page.site_name, *(b for b, _ in page.brand_candidates)}
    host = host_of(page.url)
    if host:
        names.add(host.removeprefix("www.").split(".")[0])
    return {k for k in (squash(n) for n in names if n) if len(k) >= 3}


def _names_source(text: str, keys: Iterable[str], agencies: set[str]) -> bool:
    """Whether `text` names one of the sources (squashed names, or agencies by key)."""
    agency = agency_in_name(text)
    if agency is not None and agency.key in agencies:
        return True
    flat = squash(text)
    return any(k in flat for k in keys)


def _licence_notice(page: Page, lines: Sequence[str], keys: set[str], agencies: set[str]) -> str:
    """A line of the page that is a copyright or licence notice naming a source ("" if none)."""
    words = possible(page, LICENCE_WORDS)
    if not words:
        return ""
    low = lower_map(page)
    for line in lines:
        text = low.get(line) or line.lower()
        if any(w in text for w in words) and _names_source(line, keys, agencies):
            return line
    return ""


def _field_credit(page: Page, keys: set[str], agencies: set[str]) -> str:
    """Where a byline, author or JSON-LD/meta field names a source ("" if none)."""
    fields = [("byline", page.byline), *(("author", a) for a in page.authors)]
    fields += [(f"JSON-LD {k}", n) for k, n in jsonld_names(page, _JSONLD_KEYS)]
    fields += [(f"meta {k}", v) for k, v in page.meta.items() if "author" in k and v]
    for where, text in fields:
        if text and len(text) <= 200 and _names_source(text, keys, agencies):
            return where
    return ""


def _canonical_to_source(page: Page, publishers: Sequence[PublisherCredit], keys: set[str]) -> str:
    """The canonical URL, when it points at the credited source's site (licensed syndication)."""
    from detector.features.provenance import registered_domain
    from detector.features.wire import host_of

    host = host_of(page.canonical)
    if not host or host == host_of(page.url):
        return ""
    domain = registered_domain(host)
    brand = squash(domain.split(".")[0])
    if any(p.names_site(domain) for p in publishers) or (
        len(brand) >= 3 and any(brand in k or k in brand for k in keys)
    ):
        return page.canonical
    return ""


def _key_of(name: str) -> str:
    agency = agency_in_name(name)
    return "" if agency is not None else squash(name)


def bare_credit(page: Page, credits: Sequence[CreditLike]) -> str:
    """Evidence when the page credits the story's source by a bare source line only ("" if not).

    Args:
        page: the page.
        credits: the page's credits to agencies, as `wire_copy_v1` finds them.
    """
    if any(c.kind not in BARE_KINDS | NEUTRAL_KINDS for c in credits):
        return ""  # an agency byline, copyright notice, permission or field: licensed-looking
    publishers = publisher_credits(page)
    if any(p.kind not in BARE_KINDS for p in publishers):
        return ""
    lines = credit_lines(page)
    own = own_keys(page)
    found = find_source_lines(lines, possible(page, LITERALS))
    bare: list[tuple[str, tuple[str, ...]]] = []
    for hit in found:
        if any(names_own(n, own) for n in hit.names):
            continue  # "Źródło: Kurier Zamojski, PAP" on Kurier Zamojski's own site
        bare.append((hit.text, hit.names))
    bare += [(_where_text(c.where), (c.agency.key,)) for c in credits if c.kind in BARE_KINDS]
    # The story's source is an outlet: "via Roma 48" is an Italian street, "Source: Eurostat" a
    # chart's, "First published in Poetry for Students" a book's.
    bare += [(p.text, (p.name,)) for p in publishers if outlet_like(p.name)]
    if not bare:
        return ""
    slot = _story_head(page)
    if any(line in slot or _byline_row(line) for line, _ in bare):
        return ""  # "Source: BBC News | Published 2004-07-03": the CMS's byline row
    names = tuple(dict.fromkeys(n for _, ns in bare for n in ns))
    agencies = {a.key for n in names if (a := agency_in_name(n)) is not None}
    agencies |= {c.agency.key for c in credits}
    keys = {k for k in map(_key_of, names) if len(k) >= 3}
    if _field_credit(page, keys, agencies) or _licence_notice(page, lines, keys, agencies):
        return ""
    if _canonical_to_source(page, publishers, keys):
        return ""
    line, credited = bare[0]
    who = ", ".join(credited)
    return (
        f'bare source line "{line[:80]}" credits {who}: no byline of {who}, no copyright or '
        f"licence notice of {who}, no JSON-LD or meta credit"
    )


def _byline_row(line: str) -> bool:
    """Whether a credit line is a byline row: it carries a date or opens with "By"."""
    return bool(_DATED.search(line)) or line.lower().startswith("by ")


def _story_head(page: Page) -> set[str]:
    """The story's short lines before its first prose paragraph, where a byline stands."""
    head: set[str] = set()
    for para in page.paragraphs:
        if len(para) >= _PROSE:
            break
        head.add(para)
    return head


def names_own(name: str, own: set[str]) -> bool:
    """Whether `name` is one of the page's own names (`own_keys`), either inside the other."""
    key = squash(name)
    return len(key) >= 3 and any(key in o or o in key for o in own)


def _where_text(where: str) -> str:
    """The quoted line of a credit's `where` ('credit line "Kilde: Ritzau"' -> "Kilde: Ritzau")."""
    start = where.find('"')
    return where[start + 1 : -1] if start >= 0 and where.endswith('"') else where
