"""Another language's interface lines left inside a story: the source page's chrome, copied along.

A farm that machine-translates (or copies) a story from a page in another language takes the
source's in-body furniture with it, untranslated: "Read more: <headline>" or "Sign up for our
newsletter ..." inside a Spanish story, a Russian "Читайте также:" inside a Ukrainian one. A
native page's in-body furniture is in its own language. Only furniture is looked for (a line
that opens with a "read also / sign up / subscribe" label), never sentences: a quote in another
language inside a story is reporting, not a leftover.

Written by hand for this project from the "read also" and sign-up labels of news sites in each
language, not from any page. Labels shared by two languages ("baca juga" id/ms, "pročitajte
još" hr/bs/sr) are left out, so that a label names one language.
"""

from __future__ import annotations

from detector.page import Page
from detector.parsing.common import STOPWORDS as FUNCTION_WORDS
from detector.topic import STOP_WORDS
from detector.wordruns import lower_letter_runs

# Label -> language. Each label opens a line ("Читайте также: ..."); matched on the first
# 40 characters, lower-cased.
READ_ALSO: dict[str, str] = {
    "читайте также": "ru", "читайте еще": "ru", "читайте ещё": "ru", "смотрите также": "ru",
    "читайте також": "uk", "читайте ще": "uk", "дивіться також": "uk",
    "чытайце таксама": "be", "прочетете още": "bg", "вижте още": "bg",
    "czytaj także": "pl", "czytaj również": "pl", "czytaj też": "pl", "zobacz także": "pl",
    "čtěte také": "cs", "čtěte též": "cs", "přečtěte si také": "cs",
    "čítajte tiež": "sk", "prečítajte si tiež": "sk", "preberite tudi": "sl",
    "pročitajte također": "hr", "pročitajte takođe": "sr", "прочитајте још": "sr",
    "прочитајте такође": "sr",
    "lea también": "es", "lee también": "es", "leia também": "pt", "veja também": "pt",
    "leggi anche": "it", "lire aussi": "fr", "à lire aussi": "fr", "llegiu també": "ca",
    "llegeix també": "ca", "lesen sie auch": "de", "lies auch": "de", "lees ook": "nl",
    "läs också": "sv", "läs även": "sv", "læs også": "da", "les også": "no",
    "citește și": "ro", "citeste si": "ro", "ayrıca okuyun": "tr", "ezt is olvassa": "hu",
    "διαβάστε επίσης": "el",
    # "read more" labels: native over a native headline, a leftover over an English one
    "czytaj więcej": "pl", "mehr lesen": "de", "weiterlesen": "de", "leer más": "es",
    "lire la suite": "fr", "en savoir plus": "fr", "leia mais": "pt", "leggi di più": "it",
    "lees meer": "nl", "читать далее": "ru", "читати далі": "uk", "devamını oku": "tr",
    "citește mai mult": "ro", "läs mer": "sv", "læs mere": "da", "xem thêm": "vi",
    "čtěte více": "cs",
}  # fmt: skip
# English furniture: the source language of most machine-translated copy. Not the strings of
# untranslated CMS themes, which native blogs show ("Subscribe to: Post Comments (Atom)",
# "Click here to edit", "Follow us"), nor a bilingual outlet's template ("Continue reading the
# main story" on a Spanish edition): each fired on real pages.
ENGLISH_OPENERS = (
    "read more", "read also", "also read", "see also", "related:", "sign up", "get the latest",
    "don't miss", "advertisement", "story continues", "more:", "watch:",
)  # fmt: skip
# A label's language and the page's count as one when they share the label's words.
SAME = {"ms": "id", "bs": "hr", "nb": "no", "nn": "no", "af": "nl"}  # (af "lees meer" = nl)
_HEAD = 40
_LABELS = tuple(READ_ALSO)
# Furniture lines are short; a paragraph of story is longer (a "Read more" line with a
# headline is 8-20 words).
MAX_WORDS = 30
# English share of a line's words, above which it reads as English: sklearn's stop words are
# 0.28-0.43 of English news text (`_story.MIN_ENGLISH_SHARE`).
MIN_ENGLISH_SHARE = 0.2
# Words of a headline behind a native label: fewer is a name or a brand ("Mehr lesen: iPhone 15").
MIN_HEADLINE_WORDS = 5


def _same(a: str, b: str) -> bool:
    return SAME.get(a, a) == SAME.get(b, b)


def _english_furniture(line: str, low: str) -> bool:
    """An English label opening a line that reads as English ("Read more: Heat wave grips ...")."""
    if not low.startswith(ENGLISH_OPENERS):
        return False
    words = lower_letter_runs(line)
    if len(words) <= 2:  # a bare "Advertisement": an ad label, also in native templates
        return False
    return sum(map(STOP_WORDS.__contains__, words)) / len(words) >= MIN_ENGLISH_SHARE


def _label(low: str) -> tuple[str, str]:
    """The (label, language) opening a lower-cased line, ("", "") when none."""
    head = low[:_HEAD]
    if not head.startswith(_LABELS):
        return "", ""
    for label, lang in READ_ALSO.items():
        if head.startswith(label):
            return label, lang
    return "", ""


def _english_headline(rest: str, lang: str) -> bool:
    """Whether the text after a native label reads English ("Czytaj więcej: Wildfire season
    could be worst on record"): ASCII words, English stop words, none of `lang`'s own."""
    if not rest.isascii():
        return False
    words = lower_letter_runs(rest)
    if len(words) < MIN_HEADLINE_WORDS:
        return False
    own = FUNCTION_WORDS.get(lang, set())
    if any(w in own for w in words):
        return False
    return sum(map(STOP_WORDS.__contains__, words)) / len(words) >= MIN_ENGLISH_SHARE


def foreign_ui_lines(page: Page, langs: tuple[str, ...]) -> list[str]:
    """The story's furniture lines in another language than every one of `langs` (the page's
    declared and detected languages)."""
    found: list[str] = []
    english = any(_same(lang, "en") for lang in langs)
    for para in page.paragraphs:
        if para.count(" ") >= MAX_WORDS:
            continue
        low = para.lower()
        if not english and _english_furniture(para, low):
            found.append(para)
            continue
        label, lang = _label(low)
        if not lang:
            continue
        native = any(_same(lang, own) for own in langs)
        if not native or (not english and _english_headline(para[len(label) :], lang)):
            found.append(para)
    return found
