"""Evaluation gate for main-text extraction on real pages with gold text.

Bag-of-words F1 against the article-extraction-benchmark gold (181 real news pages). The floor is
the issue's target; measured 0.923 when it was set (resiliparse alone: 0.898).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter

from detector.config import load_settings
from detector.page import parse_page

F1_FLOOR = 0.90
_TOKEN = re.compile(r"\w+")


def bag_of_words_f1(predicted: str, gold: str) -> float:
    """F1 of the multiset of lower-cased word tokens."""
    p = Counter(_TOKEN.findall(predicted.lower()))
    g = Counter(_TOKEN.findall(gold.lower()))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def test_bag_of_words_f1_is_right() -> None:
    assert bag_of_words_f1("a b c", "a b c") == 1.0
    assert bag_of_words_f1("a a", "b") == 0.0
    assert abs(bag_of_words_f1("a b", "a c") - 0.5) < 1e-9


def test_main_text_f1_on_the_benchmark_meets_the_floor() -> None:
    path = load_settings().data_dir / "html" / "article_extraction_benchmark.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    assert len(records) == 181
    scores = [
        bag_of_words_f1(parse_page(r["html"], url=r["url"]).text, r["gold_text"]) for r in records
    ]
    mean = sum(scores) / len(scores)
    assert mean >= F1_FLOOR, f"main-text F1 {mean:.3f} fell below the floor {F1_FLOOR}"
