"""Made elsewhere: how many independent signs say the story was not written for this page.

Each farm shape leaves its own trace of a story made somewhere else: a feed importer's footer
("The post ... appeared first on ..."), a post signed by the CMS account ("admin") or a desk, a
real site's page whose descriptors and menus still tell the story it was cloned with, a
canonical URL on the site the page was copied from, a DMCA takedown page in the site's menus,
agency copy on a site whose menus name no news section (a shop's, a software vendor's: no
newsroom that could have licensed it), a footer that says the site's news is published or
updated automatically, a story pasted as the opening post of a board thread, another outlet's
voice left in the copy (its follow call, its sign-off, a bare credit to its domain), another
locale's conventions in uncredited copy (machine translation), a persona signing a story that
someone else's sign-off closes.
A detector that learns each trace as its own feature gives a trace it never saw in training no
weight, and a new farm shape mostly shows new traces. Counting them as one piece of evidence
("the page was not made for its story") lets a model weigh a trace seen on one kind of farm when
another kind shows a different one. (The generator makes no takedown pages and no automation
disclaimers: those signs are weighed only through the count.)

Each sign is computed by its own family (`byline_role_v1`, `story_fit_v1`, `site_identity_v1`,
`clone_seams_v1`, `leftovers_v1`, `wire_copy_v1`, `forum_repost_v1`, `origin_voice_v1`,
`translated_copy_v1`, `persona_byline_v1`) or helper (`_takedown`, `_newsroom`,
`_automated`); a sign that licensed copy also shows only counts without a credit. Their answers
come from the per-page memo (`_pagememo`): each is computed once per page, whichever asks
first, and of story fit only the credited-or-not verdict is read.
"""

from __future__ import annotations

from detector.features._automated import automation_disclaimer
from detector.features._newsroom import names_news_sections
from detector.features._takedown import takedown_page
from detector.features.base import PageFeatures, register
from detector.features.byline_role import BylineRole
from detector.features.clone_seams import CloneSeams
from detector.features.forum_repost import ForumRepost
from detector.features.leftovers import Leftovers
from detector.features.origin_voice import OriginVoice
from detector.features.persona_byline import PersonaByline
from detector.features.site_identity import SiteIdentity
from detector.features.story_fit import StoryFit
from detector.features.translated_copy import TranslatedCopy
from detector.features.wire import WireCopy
from detector.page import Page


@register("made_elsewhere_v1")
class MadeElsewhere(PageFeatures):
    """Count of the signs that the story was made elsewhere and poured into this page."""

    FEATURES = (
        # How many of the signs below the page shows (0-11). One number, not one per sign and
        # no "any" flag: a model then gives each sign the same weight, learned on whichever
        # farms showed signs in training.
        "elsewhere_signs",
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        signs: list[str] = []
        role, _ = BylineRole().extract(page)
        if role[0]:
            signs.append("signed by a role or an account")
        if StoryFit().foreign_uncredited(page):
            signs.append("its descriptors or menus tell another story, and nobody is credited")
        ident, _ = SiteIdentity().extract(page)
        if ident[0]:
            signs.append("its canonical URL is on another, uncredited site")
        elif any(CloneSeams().extract(page)[0][:4]):
            # One sign with the canonical's: a clone's identity names the site it copied.
            signs.append("its own metadata or brand names another, uncredited site it imitates")
        left, _ = Leftovers().extract(page)
        names = Leftovers.FEATURES
        if left[names.index("left_feed_footer")]:
            signs.append("a feed importer's footer")
        if takedown_page(page):
            signs.append("a DMCA takedown page in its menus")
        automated = automation_disclaimer(page)
        if automated:
            signs.append(
                f'it says its stories are made automatically or taken from elsewhere ("{automated[:80]}")'
            )
        wire, _ = WireCopy().extract(page)
        if wire[WireCopy.FEATURES.index("wire_uncredited")] and names_news_sections(page) is False:
            signs.append("uncredited agency copy on a site whose menus name no news section")
        signs.extend(_later_signs(page))
        if not signs:
            return (0.0,), ()
        return (float(len(signs)),), (f"made elsewhere: {'; '.join(signs)}",)


def _later_signs(page: Page) -> list[str]:
    """The signs of the families written for the hand-written farm kinds (fourteenth session)."""
    signs: list[str] = []
    forum, _ = ForumRepost().extract(page)
    if forum[ForumRepost.FEATURES.index("forum_story_in_post")]:
        signs.append("the story is pasted as the opening post of a board thread")
    voice, _ = OriginVoice().extract(page)
    if any(voice[:3]):  # follow call, sign-off or domain credit of another outlet
        signs.append("another outlet's voice is left in the copy")
    translated, _ = TranslatedCopy().extract(page)
    if translated[TranslatedCopy.FEATURES.index("translated_uncredited")]:
        signs.append("another locale's conventions in uncredited copy")
    persona, _ = PersonaByline().extract(page)
    if persona[PersonaByline.FEATURES.index("persona_foreign_claim")]:
        signs.append("a persona signs a story that someone else's sign-off closes")
    return signs
