"""copy_context_v1, story_age_v1, site_identity_v1 and the page-time helper: the generic tells
"uncredited + stale copy", "a story older than the page" and "markup that says another site"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detector.features._pagetime import copyright_year, page_time, visible_date
from detector.features.base import get_signal
from detector.features.copy_context import CopyContext
from detector.features.site_identity import SiteIdentity
from detector.features.story_age import StoryAge
from detector.page import Anchor, LinkBlock, Page
from features._copy_fixture import ORIGINAL, build_original_index, copy_page


@pytest.fixture(scope="module")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_original_index(tmp_path_factory.mktemp("ctx"))


def row(extractor: object, page: Page) -> tuple[dict[str, float], tuple[str, ...]]:
    values, evidence = extractor.extract(page)  # type: ignore[attr-defined]
    return dict(zip(extractor.FEATURES, values, strict=True)), evidence  # type: ignore[attr-defined]


def test_registered() -> None:
    assert get_signal("copy_context_v1") is CopyContext
    assert get_signal("story_age_v1") is StoryAge
    assert get_signal("site_identity_v1") is SiteIdentity


def test_uncredited_stale_copy_is_the_core_tell(index_path: Path) -> None:
    got, evidence = row(CopyContext(index_path=index_path), copy_page())
    assert got["ctx_copy_uncredited"] == 1 and got["ctx_uncredited_stale"] == 1
    assert got["ctx_copy_credited"] == 0 and got["ctx_copy_age_missing"] == 0
    assert got["ctx_copy_age_log_days"] > 6  # 2017-11-02 -> 2025-04-24: 2,730 days
    assert "no credit" in evidence[0] and "2,730 days later" in evidence[1]


def test_credited_fresh_copy_is_licensed_style(index_path: Path) -> None:
    page = copy_page(byline="By Reuters Staff", published=date(2017, 11, 3))
    got, evidence = row(CopyContext(index_path=index_path), page)
    assert got["ctx_copy_credited"] == 1 and got["ctx_credited_fresh"] == 1
    assert got["ctx_uncredited_stale"] == 0 and "credits it" in evidence[0]


def test_publisher_named_in_a_closing_line_is_a_credit(index_path: Path) -> None:
    paras = (*ORIGINAL.split("\n"), "This article originally appeared on Reuters.")
    got, _ = row(CopyContext(index_path=index_path), copy_page(paragraphs=paras))
    assert got["ctx_copy_credited"] == 1 and got["ctx_copy_uncredited"] == 0


def test_no_match_is_all_quiet_and_marks_the_family_as_copy_derived(index_path: Path) -> None:
    extractor = CopyContext(index_path=index_path)
    page = copy_page(paragraphs=("A wholly different story about gardening in the spring.",))
    got, evidence = row(extractor, page)
    assert set(got.values()) == {0.0} and evidence == ()
    assert extractor.best_match(page) is None
    assert extractor.best_match(copy_page())["site"] == "reuters.com"  # type: ignore[index]


def test_page_time_falls_back_to_date_line_then_copyright() -> None:
    lines = ("- Home", "By Hannah Morgan | 2024-04-10", "© 2017-2024 MapleBloom Report.")
    page = Page(kind="text", other_lines=lines)
    assert visible_date(page) == date(2024, 4, 10)
    assert page_time(page) == (date(2024, 4, 10), "date line")
    only_copyright = Page(kind="text", other_lines=("© 2012-2023 Apex Haven. All rights.",))
    assert copyright_year(only_copyright) == 2023
    assert page_time(only_copyright) == (date(2023, 7, 1), "copyright 2023")
    assert page_time(Page(kind="text")) == (None, "")


def test_story_age_uncredited_dateline_on_an_old_story() -> None:
    page = Page(
        paragraphs=(
            "LONDON (Reuters) - Output rose in 1987, the ministry said on Tuesday, after a "
            "weak 1986 that left factories idle across the north of the country.",
        ),
        published=date(2023, 5, 2),
    )
    got, evidence = row(StoryAge(), page)
    assert got["age_uncredited_dateline_stale"] == 1 and got["age_from_year_only"] == 1
    assert got["age_story_log_days"] > 8 and "year 1987" in evidence[0]


def test_story_age_quiet_on_a_current_story_and_missing_without_cues() -> None:
    current = Page(
        paragraphs=("The council said on 3 May 2023 that the bridge will reopen in 2024.",),
        published=date(2023, 5, 4),
    )
    got, evidence = row(StoryAge(), current)
    assert got["age_story_log_days"] < 1 and got["age_uncredited_dateline_stale"] == 0
    assert evidence == ()
    got, _ = row(
        StoryAge(), Page(paragraphs=("No dates here at all.",), published=date(2023, 1, 1))
    )
    assert got["age_missing"] == 1


def _links(host: str, n: int) -> tuple[LinkBlock, ...]:
    anchors = tuple(Anchor(f"Story {i}", f"https://{host}/s/{i}", False) for i in range(n))
    return (LinkBlock("More", anchors),)


def test_cloned_page_points_home_to_another_site() -> None:
    page = Page(
        url="https://guardian-daily.example/news/9",
        canonical="https://www.theguardian.com/world/2012/oct/17/story",
        link_blocks=_links("www.theguardian.com", 8),
    )
    got, evidence = row(SiteIdentity(), page)
    assert got["ident_canonical_foreign"] == 1 and got["ident_links_elsewhere_share"] == 1.0
    assert "theguardian.com" in evidence[0] and "8 of 8 links" in evidence[1]


def test_canonical_to_a_credited_source_or_agency_is_fine() -> None:
    to_agency = Page(url="https://local.example/a", canonical="https://www.reuters.com/x/1")
    assert row(SiteIdentity(), to_agency)[0]["ident_canonical_foreign"] == 0
    credited = Page(
        url="https://local.example/a",
        canonical="https://www.bbcnews.com/x/1",
        byline="BBC News",
    )
    assert row(SiteIdentity(), credited)[0]["ident_canonical_foreign"] == 0
    own = Page(url="https://local.example/a", canonical="https://local.example/a")
    assert row(SiteIdentity(), own)[0] == {
        "ident_canonical_foreign": 0.0,
        "ident_links_elsewhere_share": 0.0,
        "ident_unobservable": 0.0,
    }
    assert row(SiteIdentity(), Page(kind="text"))[0]["ident_unobservable"] == 1


def test_a_kept_dateline_is_not_a_credit(index_path: Path) -> None:
    page = copy_page(other_lines=("WASHINGTON (Reuters) —",))
    got, evidence = row(CopyContext(index_path=index_path), page)
    assert got["ctx_copy_uncredited"] == 1 and got["ctx_copy_credited"] == 0
    assert "no credit" in evidence[0]


def test_a_credit_inside_a_text_record_counts(index_path: Path) -> None:
    story = ORIGINAL.split("\n")
    paras = ("Menu", "Home", *story[:1], "Copyright 2017 Reuters. All rights reserved.", *story[1:])
    paras = (*paras, "An unrelated closing paragraph of the site's own template, long enough.")
    got, _ = row(CopyContext(index_path=index_path), copy_page(paragraphs=paras))
    assert got["ctx_copy_credited"] == 1


def test_best_match_follows_a_changed_index_path(index_path: Path, tmp_path: Path) -> None:
    extractor = CopyContext(index_path=index_path)
    assert extractor.best_match(copy_page()) is not None
    extractor.set_params(index_path=tmp_path / "missing.idx")
    assert extractor.best_match(copy_page()) is None
