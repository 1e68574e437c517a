"""A dated dateline dates the story to the day: the page's date set against it."""

from __future__ import annotations

from datetime import date

import pytest

from detector.features._dateline_day import dateline_day, gap_days, story_dateline_day
from detector.features.story_age import StoryAge
from detector.page import Page


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("SINGAPORE, Jan 22 (Reuters) -", (1, 22, None)),
        ("WASHINGTON, Jan. 5, 2008 --", (1, 5, 2008)),
        ("PARIS, 3 mars (AFP) -", (3, 3, None)),
        ("MADRID, 12 dic (EFE).-", (12, 12, None)),
        ("BERLIN, 5. März (dpa) -", (3, 5, None)),
        ("BEIJING (AP) —", None),
        ("TAIPEI, Taiwan (AP) -", None),
    ],
)
def test_dateline_day(dateline: str, day: tuple[int, int, int | None] | None) -> None:
    assert dateline_day(dateline) == day


def test_gap_counts_to_the_nearest_earlier_day_and_allows_a_day_or_two_ahead() -> None:
    assert gap_days(date(2026, 3, 14), 1, 22, None) == 51
    assert gap_days(date(2026, 1, 2), 12, 30, None) == 3  # over the new year
    assert gap_days(date(2026, 1, 22), 1, 23, None) == 0  # Asia's date runs ahead
    assert gap_days(date(2026, 3, 14), 1, 5, 2008) == (date(2026, 3, 14) - date(2008, 1, 5)).days
    last_leap_day = date(2024, 2, 29)
    assert gap_days(date(2026, 3, 15), 2, 29, None) == (date(2026, 3, 15) - last_leap_day).days


def values(page: Page) -> tuple[dict[str, float], tuple[str, ...]]:
    got, evidence = StoryAge().extract(page)
    return dict(zip(StoryAge.FEATURES, got, strict=True)), evidence


def test_a_stale_dated_dateline_is_told_credited_or_not() -> None:
    page = Page(
        dateline="SINGAPORE, Jan 22 (Reuters) -",
        paragraphs=("SINGAPORE, Jan 22 (Reuters) - Oil prices rose on Monday.",),
        published=date(2026, 3, 14),
    )
    got, evidence = values(page)
    assert got["age_dateline_undated"] == 0 and 3.9 < got["age_dateline_gap_log_days"] < 4.0
    assert any("51 days before" in e for e in evidence)


def test_a_same_day_dateline_and_an_undated_one_are_quiet() -> None:
    same_day = Page(
        dateline="LONDON, Feb 26 (Reuters) -",
        paragraphs=("LONDON, Feb 26 (Reuters) - Shares fell.",),
        published=date(1987, 2, 26),
    )
    got, evidence = values(same_day)
    assert got["age_dateline_gap_log_days"] == 0 and got["age_dateline_undated"] == 0
    assert not any("dateline" in e for e in evidence)
    undated = Page(
        dateline="BEIJING (AP) —",
        paragraphs=("BEIJING (AP) — Talks resumed.",),
        published=date(2026, 3, 14),
    )
    assert values(undated)[0]["age_dateline_undated"] == 1


def test_no_page_date_means_no_gap() -> None:
    page = Page(dateline="LONDON, Feb 26 (Reuters) -", paragraphs=("Shares fell.",))
    assert values(page)[0]["age_dateline_undated"] == 1


def test_a_page_date_read_month_for_day_is_read_both_ways() -> None:
    # "02/04/1987" read as 4 February on a page running "Apr 2" copy: read as 2 April, it fits.
    assert gap_days(date(1987, 2, 4), 4, 2, None) == 0
    assert gap_days(date(1987, 2, 20), 4, 2, None) == 324  # 20 can only be a day


def test_the_place_and_date_after_the_code() -> None:
    para = "(ANSA) - GENOVA, 15 OTT - La Protezione civile della Regione Liguria ha diramato"
    assert story_dateline_day("(ANSA) -", para) == (10, 15, None)
    assert story_dateline_day("(ANSA) -", "(ANSA) - La Protezione civile, 15 ottobre") is None
    assert story_dateline_day("SINGAPORE, Jan 22 (Reuters) -", "") == (1, 22, None)
