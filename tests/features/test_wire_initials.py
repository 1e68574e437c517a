"""wire_copy_v1: an agency dateline credited under a name or code the agency table lacks."""

from __future__ import annotations

import pytest

from detector.features._pagememo import forget
from detector.features.wire import WireCopy
from features._republisher_pages import STORY, evidence, story_page, values

# Dutch and French copy for the (ANP) dateline, Malay for the (CP) one: the mechanism is read
# from the code and the credit, not from the story's language.
FR = (
    "Le gouvernement a annoncé mardi une hausse des salaires dans la fonction publique.",
    "La mesure concerne environ 120 000 agents et entrera en vigueur au premier janvier.",
)
MS = (
    "Kerajaan hari ini mengumumkan pelaksanaan fasa kedua subsidi diesel bersasar untuk semua.",
    "Menteri berkata pengusaha yang layak boleh memohon kad fleet melalui portal rasmi kerajaan.",
)


def _wire(**changes: object) -> dict[str, float]:
    forget()
    return values(WireCopy(), story_page(**changes))


@pytest.mark.parametrize(
    "changes",
    [
        # en: the agency's full name in the byline, its initials the dateline's code.
        {
            "paragraphs": ("COLUMBUS, Ohio (CP) — " + STORY[0], *STORY[1:]),
            "byline": "By ROBERT KEANE Continental Press",
        },
        # en: the same name in the copyright notice under the story, no byline.
        {
            "paragraphs": (
                "WASHINGTON (CP) — " + STORY[0],
                *STORY[1:],
                "Copyright 2026 Continental Press. All rights reserved.",
            ),
        },
        # fr: a name with joiners ("de") in the byline.
        {
            "paragraphs": ("DAKAR (ANP) - " + FR[0], FR[1]),
            "byline": "Par Awa Diop, Agence Nationale de Presse",
            "language": "fr",
        },
        # ms: the code itself in the byline row and as the closing line.
        {
            "paragraphs": ("PUTRAJAYA (CP) - " + MS[0], MS[1]),
            "other_lines": ("Oleh CP | 23 Februari 2026, 6:12 petang", "— CP"),
            "language": "ms",
        },
    ],
)
def test_a_dateline_credited_by_its_initials_or_code(changes: dict[str, object]) -> None:
    v = _wire(**changes)
    assert v["wire_dateline"] == 1
    assert v["wire_credited"] == 1 and v["wire_uncredited"] == 0
    assert v["wire_credits"] == 1


def test_the_evidence_names_the_credit() -> None:
    forget()
    page = story_page(
        paragraphs=("COLUMBUS, Ohio (CP) — " + STORY[0], *STORY[1:]),
        byline="By ROBERT KEANE Continental Press",
    )
    assert 'credited: byline "By ROBERT KEANE Continental Press" (CP)' in evidence(WireCopy(), page)


@pytest.mark.parametrize(
    "changes",
    [
        # A persona byline whose initials happen to spell the code: no agency word.
        {"byline": "By CARLA PEREZ"},
        # The site's own copyright notice: its own name is no credit to the agency.
        {
            "site_name": "Capital Press",
            "url": "https://www.capitalpress-news.com/world/story",
            "other_lines": ("© 2026 Capital Press. All rights reserved.",),
        },
        # The site's menus ("Cookie Policy") and a photo credit name no agency.
        {"other_lines": ("Cookie Policy", "Photo: CP / Jane Doe", "(CP).")},
    ],
)
def test_a_stripped_dateline_stays_uncredited(changes: dict[str, object]) -> None:
    v = _wire(paragraphs=("WASHINGTON (CP) — " + STORY[0], *STORY[1:]), **changes)
    assert v["wire_uncredited"] == 1 and v["wire_credited"] == 0
