"""A capital-city dateline on a local site, with nobody credited and nobody signing.

A local site that runs national agency copy without a licence strips the agency's name but
leaves its dateline: "ROMA –" on a Cesena valley site, "Ciudad de México.-" on a Bajío portal,
"नई दिल्ली, 17 नवंबर।" on a Hindi town site, all signed by a desk ("Redazione", "Redacción") or
by no one. A licensee credits the agency (`wire_copy_v1` reads every credit form), a
correspondent signs with a name, and a national outlet's own city is in its name or host. So
the signal needs all three: a wire-hub dateline at the story's head that the site's name and
host do not hold, no credit to an agency or publisher, and a desk signature or none.
"""

from __future__ import annotations

from detector.features._textscan import cut
from detector.features.base import PageFeatures, register
from detector.features.byline_role import BylineRole
from detector.features.wire import WireCopy, host_of
from detector.lexicon.wire_hubs import WIRE_HUBS
from detector.page import Page

# Longest first, so "ciudad de méxico" wins over "méxico"; by first letter for the head test.
_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _hub in sorted(WIRE_HUBS, key=len, reverse=True):
    _BY_FIRST[_hub[0]] = (*_BY_FIRST.get(_hub[0], ()), _hub)
_LEAD = " \t\"'“‘«*•"
_DASHES = "-–—:"
_HEAD_PARAGRAPHS = 4  # the dateline opens one of the story's first paragraphs
_MIN_PARA = 40  # a dateline opens prose, not a caption
_REST = 24  # characters after the city in which a date and the dash may stand
_WIRE = WireCopy()
_ROLE = BylineRole()


def _dated_dash(rest: str) -> bool:
    """Whether the text after a city reads as a bare dateline's tail: a dash ("ROMA –",
    "México.-") or a comma and a date ("नई दिल्ली, 17 नवंबर।"). A bracket ("Paris (AFP)",
    "नयी दिल्ली, 24 सितंबर (भाषा)") names the agency: a credit, and `wire_copy_v1`'s case."""
    rest = rest.lstrip(" .")
    if "(" in rest[:_REST]:
        return False
    if rest[:1] in _DASHES:
        return True
    return rest[:1] == "," and any(c.isdigit() or c in _DASHES for c in rest[:_REST])


def hub_dateline(page: Page) -> tuple[str, str] | None:
    """(city, paragraph) of a wire-hub dateline opening one of the story's first paragraphs."""
    for para in page.paragraphs[:_HEAD_PARAGRAPHS]:
        if len(para) < _MIN_PARA:
            continue
        low = para[: _REST * 2].lstrip(_LEAD).lower()
        for hub in _BY_FIRST.get(low[:1], ()):
            if low.startswith(hub):
                nxt = low[len(hub) : len(hub) + 1]
                if not nxt.isalpha() and _dated_dash(low[len(hub) :]):
                    return hub, para
    return None


def _site_holds(page: Page, city: str) -> bool:
    names = (page.site_name, host_of(page.url), host_of(page.canonical))
    text = " ".join(names).lower()
    return city in text or city.replace(" ", "") in text


def _signed_by_desk_or_none(page: Page) -> bool:
    if not page.byline and not page.authors:
        # Unsigned counts on HTML only: a text record loses the bylines of real pages (the
        # NYT's "MADRID —" correspondents read unsigned there on the real-page scan).
        return page.kind == "html"
    return any(_ROLE.extract(page)[0])


def _credited(page: Page) -> bool:
    """Whether the page credits an agency or another publisher, or is an agency's own."""
    values = _WIRE.extract(page)[0]
    names = _WIRE.FEATURES
    row = dict(zip(names, values, strict=True))
    return bool(row["wire_credited"] or row["wire_agency_site"] or row["wire_credits"])


@register("away_dateline_v1")
class AwayDateline(PageFeatures):
    """A capital-city dateline the site does not hold, with no credit and no named reporter."""

    FEATURES = (
        # a wire-hub dateline ("ROMA –") not in the site's name or host, no agency or publisher
        # credit, signed by a desk or by no one
        "away_dateline_uncredited",
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        found = hub_dateline(page)
        if (
            found is None
            or _site_holds(page, found[0])
            or not _signed_by_desk_or_none(page)
            or _credited(page)
        ):
            return (0.0,), ()
        who = page.byline or "no one"
        return (1.0,), (
            f'story datelined "{found[0]}" away from the site, signed by {cut(who, 40)}, '
            f'no credit: "{cut(found[1])}"',
        )
