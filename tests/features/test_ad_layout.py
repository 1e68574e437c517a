"""ad_layout_v1: ad density against content, native-ad widgets, auto-refresh, split stories."""

from __future__ import annotations

import pytest

from detector.features.ad_layout import AdLayout
from detector.page import Anchor, LinkBlock
from features._republisher_pages import (
    evidence,
    fire_share,
    real_sample,
    seed_page,
    story_page,
    values,
)

LONG_STORY = tuple(" ".join(["word"] * 100) for _ in range(30))  # 3,000 words


def test_density_is_relative_to_content() -> None:
    short = story_page(paragraphs=(" ".join(["word"] * 100),), ad_slots=40)
    v = values(AdLayout(), short)
    assert v["ad_slots_per_1k_words"] == pytest.approx(1000 * 40 / 150)  # words floored at 150
    assert v["ad_dense"] == 1
    assert "40 ad slots for 100 words of story" in evidence(AdLayout(), short)
    long = story_page(paragraphs=LONG_STORY, ad_slots=30)  # a real outlet: many ads, long story
    v = values(AdLayout(), long)
    assert v["ad_slots_per_1k_words"] == pytest.approx(10.0) and v["ad_dense"] == 0


def test_few_slots_never_dense() -> None:
    page = story_page(paragraphs=("one two three",), ad_slots=3)
    assert values(AdLayout(), page)["ad_dense"] == 0


def test_native_ad_widgets_and_networks() -> None:
    page = story_page(
        ad_networks=("Taboola", "Outbrain", "Google AdSense"),
        link_blocks=(
            LinkBlock("Around the Web", (Anchor("You won't believe this"),)),
            LinkBlock("Related", (Anchor("Senators return"),)),
        ),
    )
    v = values(AdLayout(), page)
    assert v["ad_native_widgets"] == 3 and v["ad_networks"] == 3
    text = evidence(AdLayout(), page)
    assert 'native-ad widgets: Outbrain, Taboola, "Around the Web"' in text


def test_refresh_and_pagination_flags() -> None:
    page = story_page(auto_refresh=True, pagination=True)
    v = values(AdLayout(), page)
    assert v["ad_auto_refresh"] == 1 and v["ad_paginated"] == 1
    assert "reloads itself" in evidence(AdLayout(), page)


def test_empty_and_text_pages() -> None:
    v = values(AdLayout(), story_page(paragraphs=(), ad_slots=5000))
    assert v["ad_content_missing"] == 1 and v["ad_slots_per_1k_words"] == 1000.0  # capped
    seed = values(AdLayout(), seed_page())
    assert seed["ad_unobservable"] == 1 and seed["ad_dense"] == 0


def test_real_pages_rarely_dense() -> None:
    # Measured on all 4,395 real pages with the parser's slot counts: 1.9% above the threshold.
    assert fire_share(AdLayout(), "ad_dense", real_sample()) <= 0.06


def test_a_repeated_native_widget_counts_once() -> None:
    from detector.features.ad_layout import AdLayout
    from detector.page import Anchor, LinkBlock, Page

    block = LinkBlock("- FROM THE WEB", (Anchor("a"), Anchor("b")))
    once = Page(paragraphs=("word " * 300,), link_blocks=(block,))
    seven = Page(paragraphs=("word " * 300,), link_blocks=(block,) * 7)
    ex = AdLayout()
    i = ex.FEATURES.index("ad_native_widgets")
    assert ex.extract(seven)[0][i] == ex.extract(once)[0][i] == 1.0


def _story(**changes: object) -> dict[str, float]:
    return values(AdLayout(), story_page(paragraphs=LONG_STORY[:2], **changes))


@pytest.mark.parametrize(
    "title",
    [
        "Retired teacher finds a lost time capsule – Slide 4 of 14 | DailyWonder",
        "Un fermier din Vaslui a găsit un tezaur. Ce a urmat (pagina 2) - Viata Azi",
        "Bürgermeister eröffnet die neue Brücke am Fluss – Seite 2/3 | Kurier",
        "Nông dân tìm thấy kho báu cổ trong vườn nhà – Trang 2 trên 5",
    ],
)
def test_a_counter_beside_the_headline_splits_the_story(title: str) -> None:
    assert _story(title=title)["ad_paginated"] == 1


@pytest.mark.parametrize("line", ["Continue to Slide 5 ›", "Następna strona »", "次のページへ"])
def test_a_continuation_link_splits_the_story(line: str) -> None:
    v = _story(other_lines=("Home", line, "© 2024"))
    assert v["ad_paginated"] == 1


def test_a_section_front_paging_its_list_is_not_a_split_story() -> None:
    teasers = tuple(f"Story {i} teaser" for i in range(30))
    front = story_page(
        title="Politik – Seite 2 von 40 | Kurier",
        headline="Politik",
        paragraphs=teasers,
        pagination=True,
        other_lines=("Nächste Seite",),
    )
    assert values(AdLayout(), front)["ad_paginated"] == 0
    # a series in parts is journalism, not a split story
    assert _story(title="Inside the port – Part 2 of 3 | Example News")["ad_paginated"] == 0


def test_script_ad_refresh_counts_only_on_a_page_made_for_ads() -> None:
    assert _story(ad_script_refresh=True)["ad_auto_refresh"] == 0  # a real outlet's ad stack
    paged = _story(ad_script_refresh=True, title="A dog waits at the bus stop – Slide 2 of 9")
    assert paged["ad_auto_refresh"] == 1


def test_native_widgets_from_container_names_and_trackers() -> None:
    v = _story(ad_networks=("MGID", "click tracker feed-click.com", "AdPushup"))
    assert v["ad_native_widgets"] == 2 and v["ad_networks"] == 3


@pytest.mark.parametrize(
    "line",
    [
        "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.",
        "Annonsørinnhold: Lånesjekken mottar provisjon fra enkelte banker vi viser til.",
        "Este artículo contiene enlaces de afiliado.",
        "As an Amazon Associate I earn from qualifying purchases.",
    ],
)
def test_affiliate_disclosures(line: str) -> None:
    assert _story(other_lines=("Home", line))["ad_affiliate"] == 1


def test_affiliate_links_and_membership_asks() -> None:
    assert _story(sponsored_links=1)["ad_affiliate"] == 1
    asks = ("S'abonner", "Fes-te soci", "Swisha valfritt belopp", "Consider a paid subscription")
    assert _story(other_lines=asks)["ad_affiliate"] == 0
