"""engagement_v1: farm reaction counters ("veryGood! (5)") against a real outlet's comment count."""

from __future__ import annotations

import math

import pytest

from detector.features.reactions import Engagement
from detector.page import Reaction
from features._republisher_pages import (
    evidence,
    fire_share,
    real_sample,
    seed_page,
    story_page,
    values,
)


def test_seed_golden_very_good_counter() -> None:
    page = seed_page()
    v = values(Engagement(), page)
    assert v["react_farm_counter"] == 1 and v["react_tiny"] == 1
    assert v["react_log_max"] == pytest.approx(math.log1p(5))
    assert '"veryGood! (5)"' in evidence(Engagement(), page)


@pytest.mark.parametrize(
    "reaction",
    [
        Reaction("Like", 3, "reaction", "Like (3)"),
        Reaction("😂", 2, "vote", "😂 (2)"),
        Reaction("Awesome!", 0, "reaction", "Awesome! [0]"),
        Reaction("Sad", 1, "reaction", "Sad (1)"),
        Reaction("赞", 4, "reaction", "赞 (4)"),
        Reaction("Not bad", 2, "reaction", "Not bad (2)"),
    ],
)
def test_farm_counters_of_several_kinds(reaction: Reaction) -> None:
    assert values(Engagement(), story_page(reactions=(reaction,)))["react_farm_counter"] == 1


@pytest.mark.parametrize(
    "reaction",
    [
        Reaction("Like", 250, "reaction", "Like (250)"),  # not tiny
        Reaction("Lifetime of Love", 6, "reaction", "Lifetime of Love (6)"),  # a category list
        Reaction("likes", 4, "like", "4 likes"),  # a like count, not the bracketed widget
        Reaction("Politics", 3, "reaction", "Politics (3)"),  # archive/category count
        Reaction("Gutsy Girls", 6, "reaction", "Gutsy Girls (6)"),  # a category name
        Reaction("Bada", 6, "reaction", "Bada (6)"),  # a phone platform, not "bad"
        Reaction("Bad Science", 37, "reaction", "Bad Science (37)"),  # a blog category
        Reaction("Controller Support", 5, "reaction", "Controller Support (5)"),
    ],
)
def test_not_farm_counters(reaction: Reaction) -> None:
    assert values(Engagement(), story_page(reactions=(reaction,)))["react_farm_counter"] == 0


def test_comment_count_is_a_real_outlet_feature_not_a_farm_counter() -> None:
    page = story_page(reactions=(Reaction("comments", 123, "comments", "123 comments"),))
    v = values(Engagement(), page)
    assert v["react_farm_counter"] == 0 and v["react_widgets"] == 0
    assert v["comment_counters"] == 1 and v["comment_log_max"] == pytest.approx(math.log1p(123))
    assert "not a farm counter" in evidence(Engagement(), page)


def test_fallback_reads_counter_lines_when_the_parser_found_none() -> None:
    page = story_page(other_lines=("Share", "veryGood! (5)", "Archives (12) and more text here"))
    v = values(Engagement(), page)
    assert v["react_farm_counter"] == 1 and v["engagement_missing"] == 0


def test_fallback_joins_a_label_and_its_count_rendered_apart() -> None:
    page = story_page(other_lines=("Share", "veryGood!", "(25)", "Related"))
    assert values(Engagement(), page)["react_farm_counter"] == 1
    assert '"veryGood! (25)"' in evidence(Engagement(), page)


def test_emoji_vote_bar_with_tiny_counts() -> None:
    page = story_page(other_lines=("Share", "👍 3 ❤️ 1 😂 0", "Related"))
    v = values(Engagement(), page)
    assert v["react_widgets"] == 3 and v["react_farm_counter"] == 1
    big = story_page(other_lines=("👍 3,400 ❤️ 1,200",))  # not a bar of small integers
    assert values(Engagement(), big)["react_farm_counter"] == 0


def test_no_counters_at_all() -> None:
    v = values(Engagement(), story_page())
    assert v["engagement_missing"] == 1 and sum(v.values()) == 1


def test_threshold_is_a_hyperparameter() -> None:
    page = story_page(reactions=(Reaction("Like", 80, "reaction", "Like (80)"),))
    assert values(Engagement(), page)["react_farm_counter"] == 0
    assert values(Engagement(tiny_max=100), page)["react_farm_counter"] == 1


def test_real_pages_rarely_show_farm_counters() -> None:
    # Measured on all 4,395 real pages: 0.1% (a blog's "Awesome (4)" button, a "Funny (58)").
    assert fire_share(Engagement(), "react_farm_counter", real_sample()) <= 0.02
