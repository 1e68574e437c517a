"""date_staleness_v1: stale or inconsistent dates fire; a story dated within its cues doesn't."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from detector.features._office import office_cues
from detector.features.base import load_all
from detector.features.dates import (
    _NOT_AFTER,
    _WEEKDAY_RE,
    _WEEKDAYS,
    DateStaleness,
    claimed_date,
    dates_in,
)
from detector.page import Anchor, DateCandidate, LinkBlock
from features._pages import block, check_contract, fire_share, politics_page, real_pages, seed_page

BIDEN_SCHUMER = (
    "Senate Majority Leader Chuck Schumer said on Tuesday that the bill would pass.",
    "President Joe Biden is expected to sign it next month, the White House said.",
)


def run(**changes: object) -> tuple[dict[str, float], tuple[str, ...]]:
    sig = DateStaleness().signal(politics_page(**changes))
    return sig.as_dict(), sig.evidence


def test_registered() -> None:
    assert load_all()["date_staleness_v1"] is DateStaleness


def test_seed_story_cues_point_before_the_page_date() -> None:
    sig = DateStaleness().signal(seed_page())
    got = sig.as_dict()
    assert got["office_conflict_years"] > 0.25  # 111 days past Schumer's term
    assert got["office_cues"] >= 2
    assert got["weekday_lag_days"] == 2.0  # "Tuesday" on a Thursday
    assert got["sidebar_lag_years"] > 0.5  # "AP Top Photos of the Day ... August 7, 2024"
    text = " | ".join(sig.evidence)
    assert "page dated 2025-04-24 but story cues point to 2021-2025" in text
    assert "President Joe Biden" in text and "Chuck Schumer" in text


def test_story_dated_within_the_terms_is_quiet() -> None:
    got, evidence = run(paragraphs=BIDEN_SCHUMER, published=date(2023, 10, 11))
    assert got["office_conflict_years"] == 0.0 and got["office_cues"] == 2.0
    assert got["weekday_lag_days"] == 1.0
    assert not any("cues point" in e for e in evidence)


def test_same_story_restamped_two_years_later_fires() -> None:
    got, _ = run(paragraphs=BIDEN_SCHUMER, published=date(2026, 3, 1))
    assert got["office_conflict_years"] > 1.0


def test_former_then_and_historical_mentions_are_not_current() -> None:
    text = (
        "Former President Barack Obama spoke. In 2015, President Barack Obama signed the deal. "
        "Then-Prime Minister Boris Johnson resigned. Vice President Joe Biden visited in 2012."
    )
    assert office_cues(text, date(2024, 5, 1)) == []
    current = office_cues("Prime Minister Keir Starmer said on Monday.", date(2025, 2, 1))
    assert [c.mention for c in current] == ["Prime Minister Keir Starmer"]
    assert current[0].distance_days(date(2025, 2, 1)) == 0


def test_contradicting_cues_use_the_most_consistent_one() -> None:
    # "President Obama" without "former" next to the current president: no conflict.
    story = ("President Donald Trump and President Barack Obama both backed the plan.",)
    got, _ = run(paragraphs=story, published=date(2019, 6, 1))
    assert got["office_conflict_years"] == 0.0


def test_weekday_holidays_do_not_count() -> None:
    got, _ = run(paragraphs=("Shops opened early for Black Friday deals.",))
    assert got["weekday_missing"] == 1.0
    got, evidence = run(
        paragraphs=("The minister resigned on Friday.",), published=date(2024, 5, 7)
    )
    assert got["weekday_lag_days"] == 4.0
    assert not any('"Friday"' in e for e in evidence)  # told only for wire-style leads
    got, evidence = run(
        paragraphs=("LONDON (Reuters) - The minister resigned on Friday.",),
        dateline="LONDON (Reuters) -",
        published=date(2024, 5, 7),
    )
    assert any(
        'story says "Friday" but the page is dated Tuesday 2024-05-07' in e for e in evidence
    )


def test_sidebar_dates() -> None:
    assert dates_in("Top Photos of the Day Wednesday August 7, 2024 and 3 Sept 2023") == [
        date(2024, 8, 7),
        date(2023, 9, 3),
    ]
    sidebar = (block("More", "Photo gallery of the day: Aug. 7, 2024 in pictures"),)
    got, _ = run(link_blocks=sidebar, published=date(2025, 4, 24))
    assert got["sidebar_lag_years"] > 0.7
    got, _ = run(link_blocks=sidebar, published=date(2024, 8, 8))
    assert got["sidebar_lag_years"] < 0.01 and got["sidebar_dates_missing"] == 0.0
    # Dates in link URLs count; "Related" lists (older stories on purpose) don't.
    by_url = LinkBlock("Latest", (Anchor("Storm hits coast", "/news/2023/01/05/storm-hits"),))
    got, _ = run(link_blocks=(by_url,), published=date(2024, 1, 5))
    assert 0.99 < got["sidebar_lag_years"] < 1.01
    older = LinkBlock("Related", (Anchor("Storm hits coast", "/news/2023/01/05/storm-hits"),))
    got, _ = run(link_blocks=(older,), published=date(2024, 1, 5))
    assert got["sidebar_dates_missing"] == 1.0


def test_published_modified_and_fetched_consistency() -> None:
    page = politics_page(
        date_candidates=(
            DateCandidate(date(2023, 10, 10), "meta:article:published_time"),
            DateCandidate(date(2021, 1, 5), "url"),
        ),
        modified=date(2023, 9, 1),
        fetched=date(2023, 9, 20),
    )
    sig = DateStaleness().signal(page)
    got = sig.as_dict()
    assert got["published_spread_log_days"] > 6  # 1,008 days between candidates
    assert got["modified_before_published"] == 1.0
    assert got["after_fetched_log_days"] > 2  # dated 20 days after it was fetched
    assert any("after it was fetched" in e for e in sig.evidence)


def test_no_date_is_missing() -> None:
    page = politics_page(published=None, date_candidates=())
    assert claimed_date(page) is None
    got = DateStaleness().signal(page).as_dict()
    assert got["date_missing"] == 1.0 and got["office_conflict_years"] == 0.0
    earliest = replace(page, date_candidates=(DateCandidate(date(2020, 1, 2), "url"),))
    assert claimed_date(earliest) == date(2020, 1, 2)


def test_contract() -> None:
    check_contract(
        DateStaleness(),
        [seed_page(), politics_page(), politics_page(published=None, date_candidates=())],
    )


def test_real_outlet_pages_stay_quiet() -> None:
    # First 80 article-extraction-benchmark pages: no office-holder conflict, no stale sidebar.
    pages = real_pages()
    extractor = DateStaleness()
    assert fire_share(extractor, "office_conflict_years", pages) <= 0.02
    assert fire_share(extractor, "sidebar_lag_years", pages, above=90 / 365) <= 0.02


def test_the_weekday_pattern_finds_what_its_readable_form_finds() -> None:
    """`_WEEKDAY_RE` opens with the capital (for speed); it must find what the look-behinds
    before a whole word find, on holidays, relative days, word edges and line breaks."""
    readable = re.compile(
        "".join(f"(?<!{w} )" for w in _NOT_AFTER)
        + r"\b("
        + "|".join(w.title() for w in _WEEKDAYS)
        + r")\b"
    )
    words = ["Monday", "Sunday", "Munday", "Fridays", "aTuesday", "Black", "last", "Next", "é"]
    for parts in itertools.product(words, ["", " ", "\n", "_", "-"], words):
        text = "".join(parts)
        want = [(m.span(), m[1]) for m in readable.finditer(text)]
        assert [(m.span(), m[1]) for m in _WEEKDAY_RE.finditer(text)] == want, text
    found = _WEEKDAY_RE.search("Good Friday, then on Tuesday")
    assert found is not None and found[1] == "Tuesday"
