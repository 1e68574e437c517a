"""Find words that begin with one of many stems, and phrases, without a regex of alternatives.

A regex of a few hundred alternatives is tried alternative by alternative at every word; a word's
beginnings looked up in a set cost one lookup per stem length. Used for the trade words of
`detector.lexicon.trades_intl` (brands and site chrome in some thirty languages) and the chrome
stems of `detector.lexicon.trades`.
"""

from __future__ import annotations

from collections.abc import Iterable

from detector.lexicon.trades import TRADE_STEMS
from detector.lexicon.trades_intl import (
    BRAND_NOSPACE,
    BRAND_PHRASES,
    BRAND_STEMS,
    CHROME_PHRASES,
    CHROME_STEMS,
)


class StemSet:
    """Stems (lower-case word beginnings) looked up by a word's prefixes."""

    def __init__(self, stems: Iterable[str]) -> None:
        self.stems = frozenset(s.lower() for s in stems if s)
        self.lengths = tuple(sorted({len(s) for s in self.stems}))
        # Every stem's first letters, as long as the shortest stem: one lookup turns most words away.
        self.shortest = self.lengths[0] if self.lengths else 0
        self.heads = frozenset(s[: self.shortest] for s in self.stems)

    def stem_of(self, word: str) -> str:
        """The shortest stem `word` begins with ("" when none)."""
        if word[: self.shortest] not in self.heads:
            return ""
        n = len(word)
        for length in self.lengths:
            if length > n:
                break
            if word[:length] in self.stems:
                return word[:length]
        return ""

    def words_in(self, words: Iterable[str]) -> list[tuple[str, str]]:
        """(word, stem) for each distinct word of `words` that begins with a stem, in order."""
        k = self.shortest
        distinct = dict.fromkeys(words)
        heads = self.heads.intersection({w[:k] for w in distinct})
        if not heads:  # most pages: no word begins like any stem
            return []
        out = []
        for w in distinct:
            if w[:k] not in heads:
                continue
            stem = self.stem_of(w)
            if stem:
                out.append((w, stem))
        return out


def _merged(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.lower() for entries in table.values() for s in entries))


# Brands: a trade's name in any of the languages (all of them non-licensee trades).
BRAND_STEM_SET = StemSet(_merged(BRAND_STEMS))
BRAND_PHRASE_LIST = _merged(BRAND_PHRASES)
BRAND_NOSPACE_LIST = _merged(BRAND_NOSPACE)
# Site chrome: gambling, coupon-code, quick-money and shopping-cart words, the first languages'
# (`trades.TRADE_STEMS`) and the others'.
TRADE_STEM_SET = StemSet(TRADE_STEMS)
CHROME_STEM_SET = StemSet(_merged(CHROME_STEMS))
CHROME_PHRASE_LIST = tuple(dict.fromkeys(p.lower() for p in CHROME_PHRASES))


def _first_word(phrase: str) -> str:
    return phrase.split()[0] if " " in phrase else ""


# Phrases of spaced scripts by their first word (looked for only when the text has that word),
# and the phrases of scripts without spaces (looked for only in text that is not ASCII).
_PHRASES_BY_FIRST: dict[str, list[str]] = {}
for _p in CHROME_PHRASE_LIST:
    if _first_word(_p):
        _PHRASES_BY_FIRST.setdefault(_first_word(_p), []).append(_p)
_NOSPACE_PHRASES = tuple(p for p in CHROME_PHRASE_LIST if not _first_word(p))


def chrome_phrases(text: str, words: Iterable[str]) -> list[str]:
    """The chrome phrases of `CHROME_PHRASES` in `text` (lower-cased), whose words are `words`."""
    found = [
        p
        for w in dict.fromkeys(words)
        if w in _PHRASES_BY_FIRST
        for p in _PHRASES_BY_FIRST[w]
        if p in text
    ]
    if not text.isascii():
        found += [p for p in _NOSPACE_PHRASES if p in text]
    return found


def brand_trade_words(brand: str, words: list[str]) -> list[str]:
    """Trade words of a brand in the languages of `trades_intl`: its words that begin with a
    stem, its phrases (Vietnamese "bất động sản") and, in scripts without spaces, substrings.

    `words` are the brand's lower-cased words (`detector.features.brand.brand_words`).
    """
    found = [w for w, _ in BRAND_STEM_SET.words_in(words)]
    if BRAND_PHRASE_LIST:
        padded = f" {' '.join(words)} "
        found += [p for p in BRAND_PHRASE_LIST if f" {p} " in padded]
    if not brand.isascii():
        lowered = brand.lower()
        found += [p for p in BRAND_NOSPACE_LIST if p in lowered]
    return found
