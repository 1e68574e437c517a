"""Script-aware keys for keyword repetition: words, Hangul stems and CJK/Thai character n-grams.

A keyword repeated by an SEO farm has to be recognised across scripts. Spaced alphabets give
words; Korean glues particles to the noun ("한별은", "한별의"), so a Hangul word also counts as
its stem without its last syllable; Chinese, Japanese and Thai write no spaces, so a run of
their characters counts as its character trigrams. Function words and words shorter than four
letters carry no keyword and are skipped.
"""

from __future__ import annotations

import functools
import re

from detector.lexicon.words import wordset
from detector.wordruns import word_runs

# Frequent function words of four letters or more (shorter words are skipped anyway), in the
# languages of the corpora: never a keyword, however often a headline list repeats them.
FUNCTION_WORDS = wordset(
    """that with this from have were they their there what when which will would about after
    more into over than them then some been also just your like could says said here news
    does make most only best what's how's
    eine einer eines einem einen nicht sich auch dass wird wurde werden nach über oder noch
    beim sind sein mehr wieder
    dans pour avec mais sont plus leur cette elle comme tout fait être sans sous selon
    para como pero más este esta sobre desde entre cuando porque donde todo también está
    della delle dello degli alla alle sono anche come quando dopo perché questo questa ecco
    chi cosa
    para mais como pela pelo entre sobre quando também está após isso esse essa
    voor niet zijn maar ook door naar over deze heeft worden werd
    yang dengan untuk dari dalam tidak akan pada juga bisa atau oleh saat
    için olarak daha gibi olan değil sonra kadar nasıl neden nedir
    przez oraz który jest jako jego tego będzie
    jsou také které který podle jako bylo
    och inte till från efter
    este pentru sunt care fost după
    hogy csak szerint volt
    että mukaan myös ovat joka
    của được những không người này
    efter blev også havde etter ikke
    katika kuwa hiyo
    это что как для его она они было если чтобы после может тоже также
    від для його вона вони було якщо після може також
    """
)

_WORD_RE = re.compile(r"\w+")
_SHORT = 200

# Scripts written without spaces between words: kana, Han, Thai, Lao, Myanmar and Khmer.
_UNSPACED = re.compile(
    "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"
)


def is_hangul(ch: str) -> bool:
    """A Hangul syllable."""
    return "\uac00" <= ch <= "\ud7af"


def is_unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words."""
    return _UNSPACED.match(ch) is not None


def fold(text: str) -> str:
    """`text` lower-cased, with the Turkish dotted capital I kept one letter long."""
    return text.replace("İ", "i").lower()


def tokens(text: str) -> list[str]:
    """The lower-cased word runs of `text` (letters, digits, underscores)."""
    # `word_runs` pays a fixed cost per call that only a long text earns back; the lists this
    # module reads (tags, anchors, headlines) are short.
    if len(text) < _SHORT:
        return _WORD_RE.findall(fold(text))
    return word_runs(fold(text))


@functools.lru_cache(maxsize=1 << 16)
def token_keys(token: str) -> tuple[str, ...]:
    """The keys one lower-case token counts as: itself, its Hangul stem, or its trigrams."""
    if token.isascii():
        if len(token) < 4 or token.isdigit() or token in FUNCTION_WORDS:
            return ()
        return (token,)
    first = token[0]
    if is_hangul(first):
        if len(token) < 2:
            return ()
        return (token, token[:-1]) if len(token) >= 3 else (token,)
    if is_unspaced(first):
        return tuple(token[i : i + 3] for i in range(len(token) - 2))
    if len(token) < 4 or token.isdecimal() or token in FUNCTION_WORDS:
        return ()
    return (token,)


# Headlines, anchors and tags: short texts, and menus and tags come back on every page of a site.
@functools.lru_cache(maxsize=1 << 14)
def keys(text: str) -> frozenset[str]:
    """The distinct keys of `text`'s tokens."""
    return frozenset(k for t in tokens(text) for k in token_keys(t))


def is_content(token: str) -> bool:
    """A token that can carry a keyword (a year counts: "bonus bollette 2026")."""
    return bool(token_keys(token)) or (len(token) == 4 and token.isdecimal())


def headline_phrases(headline: str, sizes: tuple[int, ...] = (2, 3)) -> set[str]:
    """The headline's key-phrase candidates: runs of `sizes` tokens with two content tokens,
    and four-character runs of unspaced scripts, each as space-joined lower-case tokens."""
    toks = tokens(headline)
    out: set[str] = set()
    for n in sizes:
        for i in range(len(toks) - n + 1):
            gram = toks[i : i + n]
            if sum(map(is_content, gram)) >= 2:
                out.add(" ".join(gram))
    for tok in toks:
        if is_unspaced(tok[0]):
            out.update(tok[i : i + 4] for i in range(len(tok) - 3))
    return out


def phrase_hits(phrase: str, line: str) -> int:
    """How often `phrase` starts a token in `line` (both space-joined lower-case tokens); the
    last token may run on (a particle or a case ending); an unspaced-script phrase may sit
    anywhere."""
    if is_unspaced(phrase[0]):
        return line.count(phrase)
    return f" {line}".count(f" {phrase}")
