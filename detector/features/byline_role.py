"""Byline role: the story is signed by an account or a desk, not by a person.

Content farms and feed importers publish under the CMS account that posted the item ("admin",
WordPress's default user, or a login name such as "admin_clinic" or "Admin2") or under a
catch-all desk ("Editor", "Staff", "News Desk", "Web Desk",
"Redaktion"). Real outlets sign with a person's name, an agency, or their brand plus a role
("NFL.com Staff", "Reuters Staff"): a bare role word with nothing else says nobody wrote it here.
"""

from __future__ import annotations

import re

from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.lexicon.words import wordset
from detector.page import Page

# "By", "Von", "Por", "Par", "Di", "Door", "Av", "Af" and separators before the name.
_LEAD = re.compile(r"^[\s|·•:—–-]*(?:(?:by|von|por|par|di|da|door|av|af|de)\b[\s:]*)?", re.I)
# Account and desk words in the corpora's languages. A signature made only of these (and filler
# such as "the", "our", "news", "web") names no person and no publisher. Newsroom and genre
# names are filler, not roles: German outlets sign "Redaktion", papers sign "Editorial" (24 of
# the 4,270 real pages of the generated build signed so), and "publisher" is a meta default.
_ROLE_WORDS = wordset(
    """admin administrator administrador administrateur amministratore webmaster root user
    superuser moderator editor editors editores editeur éditeur staff team desk newsdesk
    webdesk newsroom author autor auteur autore poster équipe equipe equipo squadra zespół"""
)
# A role's login name as the signature: an account word joined by "_" or digits to more
# ("admin_sonrisa", "Admin2", "user_1842"): the CMS account that posted the item. (Any handle
# would take brands such as "TAG24" and bloggers' own logins.)
_HANDLE = re.compile(
    r"^(?:admin|administrator|webmaster|user|editor|author|poster|root|moderator)(?:_\w+|\d+)$",
    re.IGNORECASE,
)
_FILLER = wordset(
    """the our news web online site de la le el il del der die das und and editorial
    redaktion redakteur redaction rédaction redaccion redacción redazione redactie redação
    redacao redakcja redakce redakcia redaksi guest"""
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


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


@register("byline_role_v1")
class BylineRole(PageFeatures):
    """Whether the byline or author metadata is a role or an account instead of a person."""

    # Only the role flag: "the page is signed at all" taught held-out ai_rewrite farms (signed
    # with invented names) to look legitimate (validation, LOFO), and provenance_v1 already
    # says whether an author is missing.
    FEATURES = ("byline_role_only",)  # every signature the page gives is a bare role

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, "byline_role_extract", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        signatures = [s for s in (page.byline, *page.authors) if s and s.strip()]
        if not signatures:
            return (0.0,), ()
        if all(role_only(s) for s in signatures):
            shown = ", ".join(dict.fromkeys(f'"{s.strip()[:40]}"' for s in signatures))
            return (1.0,), (f"signed by a role, not a person: {shown}",)
        return (0.0,), ()
