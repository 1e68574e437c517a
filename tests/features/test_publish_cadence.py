"""publish_cadence_v1: latest lists minutes apart beside a full story; archive month counts."""

from __future__ import annotations

from detector.features.base import get_signal
from detector.features.publish_cadence import PublishCadence
from features._republisher_pages import STORY, story_page, values

_LONG = tuple(p + " " + p for p in STORY)  # a full story: three paragraphs, > 100 words


def test_registered() -> None:
    assert get_signal("publish_cadence_v1") is PublishCadence


def test_a_latest_list_minutes_apart_fires_nl_and_uk() -> None:
    nl = story_page(
        paragraphs=_LONG,
        other_lines=(
            "Laatste nieuws",
            *(
                x
                for t, h in (
                    ("07:15", "Ajax-trainer na nederlaag: niet scherp"),
                    ("07:14", "Auto te water in Zwolle, bestuurder gered"),
                    ("07:14", "File op A28 na ongeluk bij Meppel"),
                    ("07:13", "Zanger maakt comeback in Ahoy"),
                    ("07:13", "Weerbericht: grijs en nat, later opklaringen"),
                )
                for x in (h, t)
            ),
        ),
    )
    assert values(PublishCadence(), nl)["cadence_minutes_apart"] == 1.0
    uk = story_page(
        paragraphs=_LONG,
        other_lines=(
            "Останні новини",
            "14:22 У Дніпрі змінять графік руху трамваїв",
            "14:20 У Харкові відновили рух метро після ремонту",
            "14:18 На Волині затримали контрабандистів",
            "14:16 Пенсії в листопаді: що зміниться",
            "14:15 Синоптики попередили про заморозки",
        ),
    )
    assert values(PublishCadence(), uk)["cadence_minutes_apart"] == 1.0
    assert values(PublishCadence(min_items=6), uk)["cadence_minutes_apart"] == 0.0


def test_live_blogs_newsrooms_and_snippet_pages_stay_quiet() -> None:
    items = tuple(
        f"10:{m:02d} Update number {m} from the scene today" for m in (50, 49, 48, 47, 46)
    )
    live = story_page(paragraphs=_LONG, headline="Live: storm hits the coast", other_lines=items)
    assert values(PublishCadence(), live)["cadence_minutes_apart"] == 0.0
    snippets = story_page(paragraphs=("Short snippet.",), other_lines=items)
    assert values(PublishCadence(), snippets)["cadence_minutes_apart"] == 0.0
    spaced = tuple(
        f"{h:02d}:05 A headline of the newsroom number {h}" for h in (14, 13, 12, 11, 10)
    )
    newsroom = story_page(paragraphs=_LONG, other_lines=spaced)
    assert values(PublishCadence(), newsroom)["cadence_minutes_apart"] == 0.0


def test_archive_months_of_hundreds_of_posts_fire() -> None:
    blog = story_page(other_lines=("Oktoba 2026 (214)", "Septemba 2026 (387)", "Agosti 2026 (402)"))
    assert values(PublishCadence(), blog)["cadence_archive_monthly"] == 1.0
    small = story_page(other_lines=("März 2026 (21)", "Februar 2026 (18)"))
    assert values(PublishCadence(), small)["cadence_archive_monthly"] == 0.0
    category = story_page(other_lines=("Politik (412)", "Sport (388)"))
    assert values(PublishCadence(), category)["cadence_archive_monthly"] == 0.0
