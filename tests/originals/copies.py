"""Build farm-style copies of originals for the quality tests and the benchmark.

Each function takes an original's text (paragraphs separated by newlines) and a seeded random
generator and returns the copy's paragraphs. Text with a single paragraph (ISOT) is cut into
sentences so that "paragraph" operations still have units to work on.
"""

from __future__ import annotations

import random
import re

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")

# Lines of the kind a farm wraps around a copied story (after the real farm page in seeds/).
FARM_HEAD = (
    "Current:Home > News",
    "View",
    "Date:2025-04-24 11:43:07",
)
FARM_TAIL_HEADINGS = ("veryGood! (5)", "Related", "Ranking", "Recommendation")


def units(text: str) -> list[str]:
    """Paragraphs of `text`, or its sentences when it has a single paragraph."""
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) >= 3:
        return paras
    sentences = [s for p in paras for s in _SENTENCE.split(p) if s.strip()]
    return sentences if len(sentences) > len(paras) else paras


def boilerplate(text: str, rng: random.Random, headlines: list[str]) -> list[str]:
    """The story verbatim between farm navigation and lists of unrelated headlines."""
    tail: list[str] = []
    for heading in FARM_TAIL_HEADINGS:
        tail.append(heading)
        tail.extend(rng.sample(headlines, 8))
    return [*FARM_HEAD, *units(text), *tail]


def cut(text: str, rng: random.Random) -> list[str]:
    """Keep 30-60% of the paragraphs (in order, at least one)."""
    parts = units(text)
    keep = max(1, round(len(parts) * rng.uniform(0.30, 0.60)))
    chosen = sorted(rng.sample(range(len(parts)), keep))
    return [parts[i] for i in chosen]


def replace_words(text: str, rng: random.Random, vocabulary: list[str]) -> list[str]:
    """Replace 10-25% of the words with random words (a spinner's synonyms)."""
    share = rng.uniform(0.10, 0.25)
    out = []
    for para in units(text):
        words = para.split()
        for i in range(len(words)):
            if rng.random() < share:
                words[i] = rng.choice(vocabulary)
        out.append(" ".join(words))
    return out


def reorder(text: str, rng: random.Random) -> list[str]:
    """The same paragraphs in a shuffled order."""
    parts = units(text)
    shuffled = parts[:]
    for _ in range(10):
        rng.shuffle(shuffled)
        if shuffled != parts or len(parts) < 2:
            break
    return shuffled


KINDS = ("boilerplate", "cut", "replace", "reorder")


def make_copy(
    kind: str, text: str, rng: random.Random, headlines: list[str], vocabulary: list[str]
) -> list[str]:
    """One copy of `text` of the given kind (one of `KINDS`)."""
    if kind == "boilerplate":
        return boilerplate(text, rng, headlines)
    if kind == "cut":
        return cut(text, rng)
    if kind == "replace":
        return replace_words(text, rng, vocabulary)
    if kind == "reorder":
        return reorder(text, rng)
    raise ValueError(f"unknown copy kind {kind!r}; known: {KINDS}")
