"""repurposed_domain_v1: copied news on the lapsed domain of a club, association or old paper."""

from __future__ import annotations

from datetime import date

from detector.features.base import get_signal
from detector.features.repurposed_domain import RepurposedDomain, archive_months
from detector.page import Anchor, LinkBlock
from features._republisher_pages import evidence, story_page, values

VI_MENU = ("Trang chủ", "Giới thiệu", "Tin tức", "Xã hội", "Kinh tế", "Thể thao", "Liên hệ")
NEWS_MENU = ("Home", "News", "Politics", "Economy", "World", "Sport", "Contact", "About us")


def _values(**changes: object) -> dict[str, float]:
    return values(RepurposedDomain(), story_page(**changes))


def test_registered() -> None:
    assert get_signal("repurposed_domain_v1") is RepurposedDomain


def test_a_month_archive_silent_for_years_fires_in_several_languages() -> None:
    for archive in (
        ("Arquivo", "Dezembro 2026 · Novembro 2026 · Outubro 2026 · Março 2019 · Fevereiro 2019"),
        ("Archiv", "Dezember 2026", "November 2026", "Mai 2016", "April 2016 (3)"),
        ("Архив", "Декабрь 2026", "Ноябрь 2026", "Апрель 2014", "Март 2014"),
        ("归档", "2026年12月", "2026年11月", "2015年4月", "2015年3月"),
    ):
        v = _values(other_lines=(*NEWS_MENU, *archive), published=date(2026, 12, 7))
        assert v["repurp_archive_gap_years"] >= 5, archive


def test_a_continuous_archive_is_quiet() -> None:
    archive = ("Archives", "December 2026", "November 2026", "October 2026", "September 2026")
    v = _values(other_lines=(*NEWS_MENU, *archive), published=date(2026, 12, 7))
    assert v["repurp_archive_gap_years"] == 0.0
    assert archive_months(["March 2019 · April 2019"]) == [(2019, 3), (2019, 4)]


def test_a_club_or_theatre_site_running_general_news_fires() -> None:
    cases = (
        dict(  # de: a sports club's legal form and training times
            site_name="TSV Grünwiesen-Altdorf 1921",
            other_lines=(
                *NEWS_MENU,
                "Trainingszeiten",
                "TSV Grünwiesen-Altdorf 1921 e.V. · Altdorf",
            ),
        ),
        dict(  # fr: a theatre association "loi 1901"
            site_name="Théâtre des Tilleuls",
            other_lines=(*NEWS_MENU, "© 2026 Théâtre des Tilleuls | Association loi 1901"),
        ),
    )
    for changes in cases:
        assert _values(**changes)["repurp_entity_off_story"] == 1.0, changes["site_name"]


def test_a_clubs_own_news_and_nonprofit_newsrooms_are_quiet() -> None:
    club = dict(
        site_name="TSV Grünwiesen-Altdorf 1921",
        other_lines=(*NEWS_MENU, "TSV Grünwiesen-Altdorf 1921 e.V. · Altdorf"),
    )
    own_story = ("Die erste Mannschaft des TSV Grünwiesen-Altdorf gewinnt das Derby 3:1.",)
    assert _values(**club, paragraphs=own_story)["repurp_entity_off_story"] == 0.0
    # A reader-funded newsroom: donate and membership asks, a nonprofit footer, a news name.
    newsroom = dict(
        site_name="Example News",
        other_lines=(*NEWS_MENU, "Donate", "Become a member", "© 2026 Example News Foundation"),
    )
    assert _values(**newsroom)["repurp_entity_off_story"] == 0.0
    # A foundation's own pages: no news sections in its menus.
    foundation = dict(
        site_name="Nemo Health Foundation",
        other_lines=("Home", "Health topics", "About us", "© 2026 Nemo Health Foundation"),
    )
    assert _values(**foundation)["repurp_entity_off_story"] == 0.0


def test_an_old_tagline_with_stale_and_current_listed_items_counts_two_tells() -> None:
    related = LinkBlock(
        "Meer nieuws",
        (
            Anchor("Beste online casino's van Nederland in 2026: onze top 10"),
            Anchor("Nieuwe rotonde bij de Omring bijna klaar (2019)"),
        ),
    )
    page = story_page(
        site_name="De West-Friese Bode",
        other_lines=("De West-Friese Bode", "Sinds 1954 het huis-aan-huisblad", *NEWS_MENU),
        link_blocks=(related,),
        published=date(2026, 3, 18),
    )
    assert values(RepurposedDomain(), page)["repurp_tells"] == 2.0
    assert "1954" in evidence(RepurposedDomain(), page)


def test_a_stale_footer_alone_or_an_old_paper_with_current_lists_is_quiet() -> None:
    # "© 2019" on a 2024 story: an outlet that never updated its footer.
    stale_footer = _values(
        other_lines=(*NEWS_MENU, "© 2019 Example News"), published=date(2024, 5, 1)
    )
    assert stale_footer["repurp_copyright_lag_years"] == 0.0
    assert stale_footer["repurp_tells"] == 0.0
    # "desde 1987" on a paper whose lists are all current.
    related = LinkBlock("Leia também", (Anchor("Prefeitura abre inscrições para 2024 hoje"),))
    old_paper = _values(
        other_lines=("Jornal do Vale", "O jornal da região desde 1987", *NEWS_MENU),
        link_blocks=(related,),
        published=date(2024, 5, 1),
    )
    assert old_paper["repurp_tells"] == 0.0


def test_the_lag_counts_beside_a_second_tell() -> None:
    v = _values(
        site_name="Quỹ Đồng Hành Trẻ Em",
        other_lines=(*VI_MENU, "© 2015 Quỹ Đồng Hành Trẻ Em"),
        published=date(2026, 6, 27),
    )
    assert v["repurp_copyright_lag_years"] == 10.0  # 11 years, capped at 10
    assert v["repurp_tells"] == 2.0
    # The fund's name alone (a body that may publish of its own) is no sign without the lag.
    v = _values(
        site_name="Quỹ Đồng Hành Trẻ Em", other_lines=(*VI_MENU, "© 2025 Quỹ Đồng Hành Trẻ Em")
    )
    assert v["repurp_entity_off_story"] == 0.0
