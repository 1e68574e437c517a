"""word_runs / letter_runs cut exactly the runs the regexes they replace find."""

from __future__ import annotations

import random
import re

import pytest

from detector import wordruns
from detector.wordruns import (
    letter_runs,
    lower_letter_runs,
    word_count,
    word_runs,
    word_runs_utf8,
)

_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]+")

# Characters that try the edges: digits of other scripts, numerals that are not decimal,
# marks, spaces and separators outside ASCII, a lone surrogate, letters that lower-case oddly.
_ODD = (
    "\u0130\u03a3\u03c2\u00df\u1e9e\u00c9\u00e9\u0301\u2019\u201c\u2014\u2026\ufb01\u00bd"
    "\u2163\u00b2\u0661\uff10\u00a0\u0085\u3000\u200b\u2028\u4e00\u3002\ud800\U0001f600_"
)
_POOL = [chr(c) for c in range(128)] + list(_ODD) + ["The ", "İstanbul ", "ΟΔΟΣ'Α ", "año "]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_POOL) for _ in range(rng.randint(0, 120))) for _ in range(n)]


@pytest.mark.parametrize("text", ["", "   ", "Hello, world", "a_b 12x", "don’t — “quoted” …"])
def test_simple_texts_match_the_regexes(text: str) -> None:
    assert word_runs(text) == _WORD.findall(text)
    assert letter_runs(text) == _LETTERS.findall(text)


def test_random_texts_match_the_regexes() -> None:
    for text in _random_texts(3000):
        words = _WORD.findall(text)
        assert word_runs(text) == words, text
        assert word_runs_utf8(text) == [w.encode("utf-8") for w in words], text
        assert letter_runs(text) == _LETTERS.findall(text), text
        assert lower_letter_runs(text) == [r.lower() for r in _LETTERS.findall(text)], text


def test_many_distinct_outside_characters_fall_back_to_the_regex() -> None:
    # More distinct non-ASCII separators than are blanked one by one.
    text = " ".join(f"w{i}{chr(0x2190 + i)}" for i in range(wordruns._MAX_BLANKED + 10))
    assert word_runs(text) == _WORD.findall(text)
    assert letter_runs(text) == _LETTERS.findall(text)
    assert word_runs_utf8(text) == [w.encode() for w in _WORD.findall(text)]


def test_lower_casing_keeps_each_character_in_its_class() -> None:
    """What `lower_letter_runs` relies on: only "İ" lower-cases to more than one character,
    and no character changes class (word, letter) when lower-cased."""
    multi = []
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            multi.append(ch)
            continue
        assert wordruns._is_word(ch) == wordruns._is_word(low), hex(code)
        assert wordruns._is_letter(ch) == wordruns._is_letter(low), hex(code)
    assert multi == ["İ"]


def test_word_count_is_the_number_of_split_words() -> None:
    spaces = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    for text in [*_random_texts(3000, seed=11), "", spaces, f"a{spaces}b\ud800 c"]:
        assert word_count(text) == len(text.split()), text


def test_joined_word_runs_cuts_each_text_as_word_runs_does() -> None:
    texts = _random_texts(400)
    expected = [" ".join(_WORD.findall(text)) for text in texts]
    for size in (0, 1, 2, 7, 400):
        assert wordruns.joined_word_runs(texts[:size]) == expected[:size]
    # A text holding a line break, and many distinct characters to blank, take the slow road.
    assert wordruns.joined_word_runs(["a\nb", "c d"]) == ["a b", "c d"]
    many = "".join(chr(c) for c in range(0x2000, 0x2100))
    assert wordruns.joined_word_runs([many, "x"]) == [" ".join(_WORD.findall(many)), "x"]
