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
