"""Runs of word characters or of letters, as `re.findall(r"\\w+")` and `r"[^\\W\\d_]+"` find them.

The signal families and the originals index cut the same page text into words several ways.
Python's `re` walks a text one character at a time in its matcher (about 0.3 µs a word); news
text is nearly all ASCII, so here the text is cut in C instead: its UTF-8 bytes go through one
`bytes.translate` table that blanks every ASCII character outside a run, the few distinct
non-ASCII characters outside a run (curly quotes, dashes) are blanked with `bytes.replace`
(UTF-8 is self-synchronising: one character's bytes never match across two others), and `split`
cuts the runs. Each character is judged alone, by the same Unicode tests `re` uses (`\\w` is
`str.isalnum()` or "_", `\\d` is `str.isdecimal()`), so the runs are exactly the regex's.
A text with many distinct non-ASCII characters outside runs goes through the regex.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ASCII = bytes(range(128))
_SPACE = 32
# Past this many distinct non-ASCII characters to blank, one regex pass is cheaper.
_MAX_BLANKED = 48


def _table(in_run: Callable[[str], bool], lower: bool = False) -> bytes:
    """ASCII bytes -> themselves when `in_run` (capitals lower-cased with `lower`), else a space;
    bytes >= 0x80 kept as they are."""
    out = bytearray(range(256))
    for c in range(128):
        ch = chr(c)
        if not in_run(ch):
            out[c] = _SPACE
        elif lower:
            out[c] = ord(ch.lower())
    return bytes(out)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _is_letter(ch: str) -> bool:
    return ch.isalnum() and not ch.isdecimal()


_WORD_TABLE = _table(_is_word)
_LOWER_WORD_TABLE = _table(_is_word, lower=True)
_LETTER_TABLE = _table(_is_letter)
_WORD_RE = re.compile(r"\w+")
_LETTER_RE = re.compile(r"[^\W\d_]+")


def utf8_and_non_ascii(text: str) -> tuple[bytes, set[str]]:
    """`text` as UTF-8 (lone surrogates passed through) and its distinct non-ASCII characters."""
    data = text.encode("utf-8", "surrogatepass")
    rest = data.translate(None, _ASCII)
    return data, set(rest.decode("utf-8", "surrogatepass")) if rest else set()


def _blank(
    data: bytes, non_ascii: set[str], table: bytes, in_run: Callable[[str], bool]
) -> bytes | None:
    """UTF-8 `data` (its non-ASCII characters `non_ascii`) with every character outside a run
    turned into a space, through `table` (None: too many distinct non-ASCII characters to
    blank one by one)."""
    outside = [ch for ch in non_ascii if not in_run(ch)]
    if len(outside) > _MAX_BLANKED:
        return None
    for ch in outside:
        data = data.replace(ch.encode("utf-8", "surrogatepass"), b" ")
    return data.translate(table)


def _blanked(text: str, table: bytes, in_run: Callable[[str], bool]) -> bytes | None:
    """`_blank` of `text`."""
    return _blank(*utf8_and_non_ascii(text), table, in_run)


def word_runs(text: str) -> list[str]:
    """`re.findall(r"\\w+", text)`: the runs of letters, digits and underscores."""
    data = _blanked(text, _WORD_TABLE, _is_word)
    if data is None:
        return _WORD_RE.findall(text)
    return data.decode("utf-8", "surrogatepass").split()


# As `_WORD_TABLE`, but a line break is kept: it ends a run as a space does, and splits texts.
_WORD_LINE_TABLE = _table(lambda ch: _is_word(ch) or ch == "\n")


def joined_word_runs(texts: list[str]) -> list[str]:
    """`[" ".join(word_runs(text)) for text in texts]`, cut in one pass over all of them (a
    line break is no word character, so no run spans two texts)."""
    joined = "\n".join(texts)
    data = None
    if joined.count("\n") == len(texts) - 1:  # no text holds a line break of its own
        data = _blank(*utf8_and_non_ascii(joined), _WORD_LINE_TABLE, _is_word)
    if data is None:
        return [" ".join(word_runs(text)) for text in texts]
    return [" ".join(line.split()) for line in data.decode("utf-8", "surrogatepass").split("\n")]


def word_runs_utf8(text: str) -> list[bytes]:
    """`word_runs(text)`, each run UTF-8 encoded."""
    data = _blanked(text, _WORD_TABLE, _is_word)
    if data is None:
        found = _WORD_RE.findall(text)
        return " ".join(found).encode("utf-8").split(b" ") if found else []
    return data.split()


def lower_ascii_word_runs_utf8(data: bytes, non_ascii: set[str]) -> list[bytes] | None:
    """The word runs of UTF-8 `data` with ASCII capitals lower-cased, UTF-8 encoded, given
    `utf8_and_non_ascii` of its text (None: too many distinct characters to blank; use
    `word_runs_utf8`)."""
    data_ = _blank(data, non_ascii, _LOWER_WORD_TABLE, _is_word)
    return None if data_ is None else data_.split()


def letter_runs(text: str) -> list[str]:
    """`re.findall(r"[^\\W\\d_]+", text)`: the runs of letters (word characters that are
    neither decimal digits nor underscores)."""
    data = _blanked(text, _LETTER_TABLE, _is_letter)
    if data is None:
        return _LETTER_RE.findall(text)
    return data.decode("utf-8", "surrogatepass").split()


def lower_letter_runs(text: str) -> list[str]:
    """`[run.lower() for run in letter_runs(text)]`, lower-casing the text once instead.

    The same unless lower-casing looks past a character: "İ" lower-cases to two characters and
    "Σ" by its neighbours (final sigma); every other character lower-cases to one character of
    its own class (a test checks every code point), so the runs keep their places.
    """
    if "İ" in text or "Σ" in text:
        return [run.lower() for run in letter_runs(text)]
    return letter_runs(text.lower())


# ASCII whitespace (as `str.isspace` has it) -> a space, every other byte -> "x".
_SPACE_OR_X = bytes(_SPACE if chr(c).isspace() else ord("x") for c in range(128)) + b"x" * 128


def word_count(text: str) -> int:
    """`len(text.split())`, counted in C without building the words.

    Every character becomes a space (whitespace) or some "x" (its UTF-8 bytes, the few distinct
    non-ASCII whitespace characters first blanked with `bytes.replace`), and the words are the
    places where an "x" follows a space.
    """
    data, non_ascii = utf8_and_non_ascii(text)
    for ch in non_ascii:
        if ch.isspace():
            data = data.replace(ch.encode("utf-8"), b" ")
    return (b" " + data.translate(_SPACE_OR_X)).count(b" x")
