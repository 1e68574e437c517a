"""Byline role: the story is signed by an account or a desk, not by a person.

Content farms and feed importers publish under the CMS account that posted the item ("admin",
WordPress's default user, or a login name such as "admin_clinic" or "Admin2") or under a
catch-all desk ("Editor", "Staff", "News Desk", "Web Desk",
"Redaktion"). Real outlets sign with a person's name, an agency, or their brand plus a role
("NFL.com Staff", "Reuters Staff"): a bare role word with nothing else says nobody wrote it here.

Two weaker kinds of anonymous signature get their own flags. A desk named after the site itself
("Equipe Sorocaba Agora" on sorocaba-agora, "Redakcja Kielce24h", "快訊日報編輯部") says no more
than "admin" does; a bare desk with no name ("Redaktion", "Staff Writer", "فريق التحرير",
"編輯部") is common on real papers too. A desk that names an agency ("Redazione ANSA") and a
person with a role ("Reporter: Dwi Handayani") sign the story.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from detector.features._pagememo import memo
from detector.features._suffixes import suffix_extractor
from detector.features.base import PageFeatures, register
from detector.features.publisher_credits import squash
from detector.lexicon.words import wordset
from detector.page import Page
from detector.parsing import agencies, bylines

# "By", "Von", "Por", "Par", "Di", "Door", "Av", "Af" and separators before the name.
_LEAD = re.compile(r"^[\s|·•:—–-]*(?:(?:by|von|por|par|di|da|door|av|af|de)\b[\s:]*)?", re.I)
# Account and desk words in the corpora's languages. A signature made only of these (and filler
# such as "the", "our", "news", "web") names no person and no publisher. Newsroom and genre
# names are filler, not roles: German outlets sign "Redaktion", papers sign "Editorial" (24 of
# the 4,270 real pages of the generated build signed so), and "publisher" is a meta default.
_ROLE_WORDS = wordset(
    """admin administrator administrador administrateur amministratore webmaster root user
    superuser moderator editor editors editores editeur éditeur staff team desk newsdesk
    webdesk newsroom author autor auteur autore poster équipe equipe equipo squadra zespół
    bot bots newsbot feedbot rssbot robot robô feed feeds rss autopost autoblog portal portale
    portail портал پورتال"""
)
# A role's login name as the signature: an account word joined by "_" or digits to more
# ("admin_sonrisa", "Admin2", "user_1842"): the CMS account that posted the item. (Any handle
# would take brands such as "TAG24" and bloggers' own logins.)
_HANDLE = re.compile(
    r"^(?:(?:admin|administrator|webmaster|user|editor|author|poster|root|moderator)(?:_\w+|\d+)"
    r"|\w+_admin)$",
    re.IGNORECASE,
)
_FILLER = wordset(
    """the our news web online site de la le el il del der die das und and editorial
    redaktion redakteur redaction rédaction redaccion redacción redazione redactie redação
    redacao redakcja redakce redakcia redaksi guest haber
    data dados datos daten dati digital digitale numérique dijital breaking metro city"""
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NAME_WORD = re.compile(r"[^\W_]+")  # with digits: "Kielce24h"
# Desk words and the suffixes CJK and Thai run into a name: with nothing but filler a bare desk;
# with the site's own name an own-brand desk (the lexicon lives with the byline parser).
_DESK_WORDS = bylines.DESK_WORDS
_DESK_SUFFIXES = bylines.DESK_SUFFIXES
_BRAND_KEY_CHARS = 3  # "Kielce24h" -> "kielce24h"; shorter keys match by chance


def role_only(signature: str) -> bool:
    """True when `signature` (a byline or author name) is made of role words only."""
    text = _LEAD.sub("", signature.strip())
    if _HANDLE.match(text):
        return True
    tokens = [w.lower() for w in _WORD.findall(text)]
    if not tokens or len(tokens) > 4:
        return False
    roles = [w for w in tokens if w in _ROLE_WORDS]
    return bool(roles) and all(w in _ROLE_WORDS or w in _FILLER for w in tokens)


def _brand_keys(page: Page) -> set[str]:
    """The site's own name, squashed: its brand names and its registrable domain label."""
    keys = {squash(name) for name, _ in page.brand_candidates}
    keys.add(squash(page.site_name))
    host = urlsplit(page.url).hostname or ""
    if host:
        keys.add(squash(str(suffix_extractor()(host).domain)))
    return {k for k in keys if len(k) >= _BRAND_KEY_CHARS}


def _names_brand(rest: str, keys: set[str]) -> bool:
    key = squash(rest)
    # The rest of the signature is (part of) the site's name: not a person beside it
    # ("Eric Song, IGN Staff" holds "ign" but is not the IGN desk).
    return len(key) >= _BRAND_KEY_CHARS and any(key in k for k in keys)


def signature_kind(signature: str, page: Page) -> str:
    """What a signature is: "role" (an account or role word), "agency", "own_desk" (a desk word
    and the site's own name), "bare_desk", "brand" (the site's own name) or "other" (memoised
    per page: the byline role and the persona families both ask of the same signatures)."""
    return memo(page, ("signature_kind", signature), lambda: _signature_kind(signature, page))


def _signature_kind(signature: str, page: Page) -> str:
    name = bylines.signature_name(signature)
    if role_only(signature) or role_only(name) or bylines.is_account(name):
        return "role"
    desk, rest, bare = False, [], []
    # Whole tokens first: a Devanagari word is no run of \w ("डेस्क टीम": its vowel signs are
    # marks), so it would be cut into pieces that are no desk word.
    tokens = [t.lower() for t in name.split()]
    words = [w for t in tokens if t not in _DESK_WORDS for w in _NAME_WORD.findall(t)]
    desk = len(words) < sum(len(_NAME_WORD.findall(t)) for t in tokens)
    for word in words:
        low = word.lower()
        # One `endswith` over the whole tuple first (in C): most words end in no desk suffix.
        stem = (
            next((low[: -len(x)] for x in _DESK_SUFFIXES if low.endswith(x)), None)
            if low.endswith(_DESK_SUFFIXES)
            else None
        )
        if stem is not None:
            desk = True
            low = stem
        if low in _DESK_WORDS or low in _ROLE_WORDS:
            desk = True
        elif low:
            rest.append(low)
            bare += [] if low in _FILLER else [low]
    kind = "other"
    if not bare:
        kind = "bare_desk" if desk else "other"
    else:
        # With and without filler: "Il Gazzettino del Garda", "La rédaction CoinVeille". The
        # brand keys (a domain parse) only for the few signatures that may need them.
        keys = _brand_keys(page)
        if _names_brand(" ".join(rest), keys) or _names_brand(" ".join(bare), keys):
            kind = "own_desk" if desk else "brand"
    if kind != "other" and agencies.agency_in_name(signature) is not None:
        return "agency"  # "Redazione ANSA", "APA / red."
    return kind


@register("byline_role_v1")
class BylineRole(PageFeatures):
    """Whether the byline or author metadata is a role or an account instead of a person."""

    # Only the role flag: "the page is signed at all" taught held-out ai_rewrite farms (signed
    # with invented names) to look legitimate (validation, LOFO), and provenance_v1 already
    # says whether an author is missing.
    FEATURES = (
        "byline_role_only",  # every signature the page gives is a bare role
        "byline_own_desk",  # signed only by a desk named after the site itself (and roles)
        "byline_bare_desk",  # signed only by a nameless desk ("Redaktion", "Staff Writer")
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, "byline_role_extract", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        signatures = [s for s in (page.byline, *page.authors) if s and s.strip()]
        if not signatures:
            return (0.0, 0.0, 0.0), ()
        shown = ", ".join(dict.fromkeys(f'"{s.strip()[:40]}"' for s in signatures))
        kinds = {signature_kind(s, page) for s in signatures}
        if kinds == {"role"}:
            return (1.0, 0.0, 0.0), (f"signed by a role, not a person: {shown}",)
        if not kinds <= {"role", "own_desk", "bare_desk", "brand"}:
            return (0.0, 0.0, 0.0), ()
        # A nameless desk beside the site's own name as author is the own desk too ("Redazione"
        # over a JSON-LD author that is the site).
        if "own_desk" in kinds or {"bare_desk", "brand"} <= kinds:
            return (0.0, 1.0, 0.0), (f"signed by the site's own desk, not a person: {shown}",)
        if "bare_desk" in kinds:
            return (0.0, 0.0, 1.0), (f"signed by a nameless desk: {shown}",)
        return (0.0, 0.0, 0.0), ()
