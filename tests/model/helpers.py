"""Toy signal extractors and pages for the model tests (not registered globally)."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

from detector.evaluation import Row
from detector.features.base import REGISTRY, PageFeatures
from detector.model import build_signals
from detector.page import Anchor, LinkBlock, Page, Reaction
from detector.training import TrainResult, from_pages, train


class ToyReactions(PageFeatures):
    """Counts reaction widgets (farms show "veryGood! (5)")."""

    FEATURES = ("reaction_count", "has_reactions")
    registry_name = "toy_reactions_v1"

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        n = len(page.reactions)
        said = f"{n} reaction widget(s): {page.reactions[0].raw}" if n else ""
        return (float(n), float(n > 0)), (said, "has a reaction widget" if n else "")


class ToyRanking(PageFeatures):
    """Counts anchors under a "Ranking" heading (gossip lists)."""

    FEATURES = ("ranking_links",)
    registry_name = "toy_ranking_v1"

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        n = sum(len(b.anchors) for b in page.link_blocks if b.heading == "Ranking")
        return (float(n),), (f"a 'Ranking' block with {n} links",) if n else ()


class ToyLength(PageFeatures):
    """Log of the word count (noise: does not separate the classes)."""

    FEATURES = ("log_words",)
    registry_name = "toy_length_v1"

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        return (math.log1p(page.word_count),), ()


TOYS: tuple[type[PageFeatures], ...] = (ToyLength, ToyRanking, ToyReactions)
TOY_NAMES = tuple(sorted(t.registry_name for t in TOYS))


@pytest.fixture
def toy_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, ...]]:
    """Register the toy extractors for one test only."""
    for cls in TOYS:
        monkeypatch.setitem(REGISTRY, cls.registry_name, cls)
    yield TOY_NAMES


def toy_page(rng: random.Random, label: int, i: int) -> Page:
    """A page whose widgets depend (noisily) on its label."""
    farm = label == 1
    has_reactions = rng.random() < (0.85 if farm else 0.12)
    ranking = rng.randint(4, 10) if rng.random() < (0.8 if farm else 0.1) else 0
    words = " ".join(["word"] * rng.randint(80, 600))
    reactions = (Reaction("veryGood!", 5, raw="veryGood! (5)"),) if has_reactions else ()
    blocks = (
        (LinkBlock("Ranking", tuple(Anchor(f"gossip {k}") for k in range(ranking))),)
        if ranking
        else ()
    )
    return Page(
        url=f"https://site{i % 17}.example/story-{i}",
        headline=f"Story {i}",
        paragraphs=(words,),
        reactions=reactions,
        link_blocks=blocks,
    )


FAMILIES = {1: ("farm_a", "farm_b", "farm_c"), 0: ("real", "syndication")}


@dataclass
class Toy:
    """Toy pages with their rows."""

    rows: list[Row] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)

    def labels(self) -> np.ndarray:
        """Labels as an int array."""
        return np.array([r.label for r in self.rows], dtype=int)


def toy_data(n: int = 240, seed: int = 7) -> Toy:
    """Labelled toy pages with families, kinds and the three splits."""
    rng = random.Random(seed)
    data = Toy()
    for i in range(n):
        label = int(rng.random() < 0.4)
        family = FAMILIES[label][i % len(FAMILIES[label])]
        split = ("train", "train", "train", "validation", "test")[i % 5]
        row = Row(
            id=f"p{i}",
            label=label,
            family=family,
            kind="html" if i % 2 else "text",
            site=f"site{i % 31}",
            split=split,
            group="real" if family == "real" else ("farm" if label else "hard_negative"),
        )
        data.rows.append(row)
        data.pages.append(toy_page(rng, label, i))
    return data


def toy_train(toy: Toy, name: str = "toy", **kwargs: Any) -> TrainResult:
    """Train on toy pages with the toy signals (the toy registry must be active)."""
    signals = build_signals(TOY_NAMES)
    data, (feats,) = from_pages(toy.rows, toy.pages, [signals])
    kwargs.setdefault("lofo", False)
    kwargs.setdefault("oof", False)
    return train(data, feats, signals, name=name, data_hash_hex="0" * 64, **kwargs)
