"""Bilingual news glossaries: read German, French, Spanish, Italian, Portuguese, Dutch, Polish,
Russian, Turkish, Indonesian and Swedish text in the English topic space.

The topic space (`detector.topic`) was learned from English news only. A text in one of
`LANGUAGES` is read by mapping its words, one by one, to the English words the space knows
(`to_english`), then embedding the mapped words as usual. The mapping is a word-level gloss, not a
translation: it keeps the subject (elections, markets, football, films) and drops the grammar.

The resource is `glossary_<lang>.tsv` next to this module, written by hand for this project
(December 2026; Portuguese, Dutch, Polish, Russian, Turkish, Indonesian and Swedish in its
twelfth session) from general news vocabulary, not from any page or template of ours. Each line
is `<word>\\t<English word(s)>`: the words with the highest loadings in the space's SVD components
and category model (government, election, market, shares, match, film, software, ...), the
common section and breadcrumb names (Politik, Wirtschaft, Betrug, Promis, Sport, Gesundheit,
Finanzen and their counterparts), days, months and common verbs of reporting. An English side of
`-` marks a function word (articles, pronouns, prepositions, auxiliaries), read as a stop word.
Inflected forms are matched through a light suffix-stripping stemmer per language (`stem`),
applied to the glossary's words and the text's alike, so one line covers a word's plural and
gender forms. A word the glossary does not know is kept as it is: names ("Merkel", "Apple") and
words spelled alike in English ("Minister", "Internet", "Film") are read by the space directly;
words that would read as another English word ("war" in German, "car" in French) are listed.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr", "id", "sv")
STOP = "the"  # what a function word maps to: an English stop word, so not a content word
_DIR = Path(__file__).resolve().parent
# (suffix, replacement), longest first; a suffix goes only when `_MIN_STEM` letters remain, and
# `stem` strips twice ("Kanzlerin" -> "kanzler" -> "kanzl", as "Kanzler" -> "kanzl").
# Written "suffix" (dropped) or "suffix:replacement".
_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    lang: tuple((rule.partition(":")[0], rule.partition(":")[2]) for rule in rules.split())
    for lang, rules in {
        "de": "innen ern em en er es in e n s",
        "fr": "aux:al euses euse eux es s x e",
        "es": "ciones:cion iones:ion ces:z es as os s a o e",
        "it": "zioni:zion zione:zion i e a o",
        "pt": "oes aes ao ais:al eis:el ois:ol ns:m es as os s a o e",
        "nl": "heden:heid en s e",
        # (written as `fold` leaves words: Polish "ów" as "ow"; Russian "й" as "и")
        "pl": "owie ami ach ego emu ych ymi ich imi ow om em ej ym im ie y i a e u o",
        "ru": "иями ями ами ого его ому ему ыми ими ах ях ов ев еи ои ыи ии ам ям ом ем ую юю ая "
        "яя ое ее ых их ым им ия ие ию ью а я у ю ы и е о ь",
        # Turkish: each plural/possessive/case chain is one rule, so two strips reach the noun
        "tr": "larından lerinden larının lerinin larında lerinde larıyla leriyle larına lerine "
        "larını lerini lardan lerden sından sinden sundan sunden ların lerin larda lerde larla "
        "lerle sının sinin sunun sında sinde sunda sıyla siyle suyla ından inden undan sunde "
        "suyle unden ları leri lara lere sına sine suna sını sini sunu ının inin unun ında inde "
        "unda ıyla iyle uyla sune unde uyle deki daki teki taki lar ler une ına ine una ını ini "
        "unu nın nin nun dan den tan ten ata:at ete:et ıta:ıt ite:it ota:ot ote:ot uta:ut "
        "ute:ut yla yle da de ta te ya ye yı yi yu sı si su ın in un ı i u a e",
        "id": "nya",  # (affixed forms are listed as entries)
        "sv": "arnas ernas ornas arna erna orna ens ets ar er or en et an rn:r s a e",
    }.items()
}
_MIN_STEM = 3
_MIN_PART = 4  # the shortest part of a compound that is looked up


def fold(word: str) -> str:
    """`word` without accents or umlauts ("wähler" -> "wahler", "élection" -> "election")."""
    if word.isascii():
        return word
    word = word.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str, lang: str) -> str:
    """A light stem of a lower-case `word` of `lang`: accents folded, one inflection suffix off.

    "Wahlen" and "Wahl", "élections" and "élection", "políticos" and "política" share a stem.
    Collisions of unrelated words are rare among the glossary's words and harmless elsewhere (a
    word the glossary does not list maps to nothing).
    """
    word = fold(word)
    suffixes = _SUFFIXES.get(lang, ())
    for _ in range(2):
        for suffix, replacement in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                word = word[: -len(suffix)] + replacement
                break
        else:
            break
    return word


class Glossary:
    """One language's glossary: word (and stem) -> English words, and the function words."""

    def __init__(self, lang: str, entries: list[tuple[str, str]]) -> None:
        self.lang = lang
        self.exact: dict[str, tuple[str, ...]] = {}
        self.stems: dict[str, tuple[str, ...]] = {}
        for word, english in entries:
            target = (STOP,) if english == "-" else tuple(english.split())
            self.exact.setdefault(word, target)
            if english != "-":  # function words match only as written
                self.stems.setdefault(stem(word, lang), target)
        self._memo: dict[str, tuple[str, ...]] = {}
        # German writes compounds as one word ("Bundesregierung", "Fußballverein"): they are
        # split into glossary words (`_compound`).
        self._splits = lang in ("de", "nl", "sv")  # (Dutch and Swedish compound as German does)

    def __len__(self) -> int:
        return len(self.exact)

    def english(self, token: str) -> tuple[str, ...]:
        """English words for a lower-case token; the token itself when the glossary lacks it."""
        found = self._memo.get(token)
        if found is None:
            found = self._lookup(token)
            if found is None and self._splits and len(token) >= 2 * _MIN_PART:
                found = self._compound(token)
            found = found or (token,)
            if len(self._memo) < 200_000:
                self._memo[token] = found
        return found

    def _lookup(self, word: str) -> tuple[str, ...] | None:
        return self.exact.get(word) or self.stems.get(stem(word, self.lang))

    def _content(self, part: str) -> tuple[str, ...] | None:
        """English words of a compound's part, when it is a content word of the glossary."""
        found = self._lookup(part)
        return None if found is None or found == (STOP,) else found

    def _compound(self, token: str) -> tuple[str, ...] | None:
        """A compound's head (its longest glossary word at the end) and its modifier, in
        English ("bundesregierung" -> federal government); None when no part is known."""
        cut = len(token) - _MIN_PART
        for i in range(_MIN_PART, cut + 1):
            head = self._content(token[i:])
            if head is None:
                continue
            mod = token[:i]
            modifier = self._content(mod) or (
                self._content(mod[:-1]) if mod.endswith("s") and len(mod) > _MIN_PART else None
            )
            return (modifier or ()) + head
        for i in range(cut, _MIN_PART - 1, -1):
            modifier = self._content(token[:i])
            if modifier is not None:
                return modifier
        return None

    def to_english(self, raw: list[str]) -> list[str]:
        """`raw` tokens (lower-case, as `topic.raw_tokens` gives them) mapped to English words."""
        english = self.english
        return [w for token in raw for w in english(token)]


def read_entries(path: Path) -> list[tuple[str, str]]:
    """The `(word, English)` pairs of a glossary file (blank lines and `#` comments skipped)."""
    out: list[tuple[str, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, sep, english = line.partition("\t")
        if not sep or not english.strip():
            raise ValueError(f"{path.name}:{n}: expected '<word>\\t<English>', got {line!r}")
        out.append((word.strip().lower(), english.strip().lower()))
    return out


@functools.lru_cache(maxsize=len(LANGUAGES))
def glossary(lang: str) -> Glossary:
    """The glossary of `lang` (one of `LANGUAGES`), read once per process."""
    if lang not in LANGUAGES:
        raise KeyError(f"no glossary for language {lang!r}; known: {', '.join(LANGUAGES)}")
    return Glossary(lang, read_entries(_DIR / f"glossary_{lang}.tsv"))


def to_english(raw: list[str], lang: str) -> list[str]:
    """`raw` tokens of a `lang` text mapped to English words (see `Glossary.to_english`)."""
    return glossary(lang).to_english(raw)
