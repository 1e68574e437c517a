"""Golden test: the real farm page (the seed) parses into the fields its tells live in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detector.page import Page, parse_page

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_92ec4ba84c87f13f.txt"


@pytest.fixture(scope="module")
def seed() -> Page:
    return parse_page(SEED.read_text(encoding="utf-8"))


def test_seed_is_read_as_a_text_record(seed: Page) -> None:
    assert seed.kind == "text"
    assert seed.warnings == ()


def test_run_together_first_line_is_split(seed: Page) -> None:
    assert seed.breadcrumbs == ("Home", "Scams")
    assert seed.headline.startswith("US senators see a glimmer of hope")
    assert seed.brand_candidates == (("WealthTrail Solutions", "title_suffix"),)
    assert "Current:" in seed.other_lines


def test_visible_date_and_dateline(seed: Page) -> None:
    assert seed.published == date(2025, 4, 24)
    assert seed.date_candidates[0].source == "visible"
    assert seed.dateline == "BEIJING (AP) —"
    assert seed.credit_lines == ()


def test_main_text_is_the_story_only(seed: Page) -> None:
    assert seed.paragraphs[0].startswith("BEIJING (AP)")
    assert seed.paragraphs[-1].startswith("Hassan said she told Xi")
    assert len(seed.paragraphs) == 15
    assert "veryGood! (5)" not in seed.text


def test_reaction_counter_and_link_blocks(seed: Page) -> None:
    assert [(r.label, r.count, r.kind) for r in seed.reactions] == [("veryGood!", 5, "reaction")]
    assert [b.heading for b in seed.link_blocks] == ["Related", "Ranking", "Recommendation"]
    assert [len(b.anchors) for b in seed.link_blocks] == [10, 8, 8]
    assert seed.link_blocks[1].anchors[0].text.startswith("Elon Musk’s Daughter")
    assert seed.language == "en"
