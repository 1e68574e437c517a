"""find_reactions: a sidebar list of categories or archive months with post counts
("Kategorien", "Deutschland (212)", "Welt (3.418)") is not an engagement widget; reaction
counters elsewhere on the page still are."""

from __future__ import annotations

import pytest

from detector.page import parse_page
from detector.parsing.common import find_reactions


@pytest.mark.parametrize(
    "lines",
    [
        ["Kategorien", "Deutschland (212)", "Welt (3.418)", "Wirtschaft (507)"],
        ["Categories", "Politics (58)", "Sport (1,204)", "Tech (12)"],
        ["전체 카테고리", "사회 이슈 (612)", "경제 정보 (488)"],
        ["Archives", "March (14)", "February (22)"],
        ["Κατηγορίες", "Πολιτική (58)", "Αθλητισμός (77)"],
    ],
)
def test_counted_category_lists_are_no_reactions(lines: list[str]) -> None:
    assert find_reactions(lines) == ()


def test_reaction_counters_still_count() -> None:
    found = find_reactions(["Like (4)", "Love (2)", "Kategorien", "Welt (3.418)", "Wow (1)"])
    assert [r.label for r in found] == ["Like", "Love"]
    assert [r.label for r in find_reactions(["Was denken Sie?", "Gefällt mir (12)"])] == [
        "Gefällt mir"
    ]


def test_category_widget_of_a_parsed_page() -> None:
    html = (
        "<html><head><title>Feuerwehr rettet Hund</title></head><body><article><h1>Feuerwehr "
        "rettet Hund aus Teich</h1>"
        + "<p>Die Feuerwehr hat am Montag einen Hund aus einem zugefrorenen Teich gerettet.</p>"
        * 4
        + "</article><aside><h2>Kategorien</h2><ul><li>Deutschland (212)</li><li>Welt (3.418)"
        "</li><li>Wirtschaft (507)</li></ul></aside></body></html>"
    )
    assert parse_page(html, url="https://example.de/a").reactions == ()
