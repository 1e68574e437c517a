"""The "Discover" rewrite template in prose: question sub-heads and a closing summary.

Farms that rewrite agency or police copy for news feeds pour a short item into one shape: a
hook, two or three sub-heads that ask the reader's questions ("Qui est concerné ?", "Cuándo se
cobra la paga extra", "What should travelers do?"), and a last paragraph that sums the item up
again ("En conclusion, …", "En definitiva, …", "Here's the bottom line") or restates its
headline. A city portal of such a network splices its own town into the copy under a heading
"What does the strike mean for <the brand's town>?". A newsroom's short item ends on its last
fact or quote; its explainers may ask questions, but they do not close by repeating the
headline, and a local paper asks what a strike means for its readers, not for its brand name.

Two signals, each a structure rather than a wording:
- on a short story (100-600 words), two or more question sub-heads (a short line followed by
  prose, that ends in a question mark or opens with a question word) and, after the last one,
  a closing paragraph that opens with a conclusion marker or restates the headline;
- a question sub-head "what does X mean for <place>" whose place is a word of the site's own
  name (its brand or domain).
Interviews (a question followed by a quoted answer) are not sub-heads: the answer opens with a
quote or a dash. Lexicons in some fifteen languages, written by hand from everyday vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.features.seo_template import CLOSING_OPENERS, is_story, own_names, story_words
from detector.page import Page

# Question words a sub-head may open with when it carries no question mark ("Cuándo se cobra la
# paga extra"). Unambiguous forms only: accented Spanish "qué/cómo", not "que/como"; not French
# "comment" (an English word: "Comment not related to the topic will be deleted").
QUESTION_OPENERS = (
    "what", "why", "how", "who", "when", "where", "which",
    "qué", "por qué", "cómo", "quién", "quiénes", "cuándo", "cuánto", "cuánta", "dónde", "cuál",
    "cuáles", "pourquoi", "qu'est-ce", "qu’est-ce", "combien", "quels", "quelles",
    "warum", "weshalb", "wieso", "wer ", "wann", "welche", "perché", "quando", "quanto", "quali",
    "cosa", "o que", "por que", "quem", "onde", "quais", "waarom", "wanneer", "welke",
    "dlaczego", "kiedy", "почему", "когда", "сколько", "зачем", "чому", "коли", "mengapa",
    "kenapa", "bagaimana", "kapan", "kwa nini", "neden", "nasıl", "ne zaman",
    "لماذا", "متى", "كيف", "ماذا", "क्यों", "कब", "कैसे", "क्या",
)  # fmt: skip
# Closing markers beyond those of generated articles (`CLOSING_OPENERS`): "in short", "the
# bottom line", "all things considered" in the languages of the feeds.
MORE_CLOSERS = (
    "here's the bottom line", "here’s the bottom line", "the bottom line", "bottom line:",
    "in short,", "in a nutshell", "all things considered", "en definitiva", "en resumidas cuentas",
    "en síntesis", "en pocas palabras", "en somme", "en bref", "bref,", "au final,",
    "pour résumer", "in definitiva", "insomma,", "riassumendo", "kurz gesagt", "unterm strich",
    "alles in allem", "fazit:", "samengevat", "alles bij elkaar", "em síntese", "em resumo",
    "enfim,", "в итоге", "итак,", "словом,", "одним словом", "отже,", "підсумовуючи",
    "krótko mówiąc", "w skrócie", "singkatnya", "secara keseluruhan", "kwa ujumla",
    "kwa kumalizia", "kısacası", "sonuç olarak", "باختصار", "بشكل عام", "संक्षेप में",
    "nhìn chung", "tóm lại", "总之", "要するに", "요컨대",
)  # fmt: skip
_CLOSERS = tuple(dict.fromkeys((*CLOSING_OPENERS, *MORE_CLOSERS)))
# "What does X mean for <place>?": the frame and the place after it, per language.
_MEANS_FOR = re.compile(
    r"(?:what (?:does|do|will) .{1,50}? mean for|what it means for|was bedeutet .{1,50}? für"
    r"|was heißt (?:das|dies) für|que (?:signifie|change) .{0,50}?pour"
    r"|qu['’]est-ce que .{1,50}? (?:signifie|change) pour|ce que (?:ça|cela) change pour"
    r"|qué (?:significa|supone|implica) .{0,50}?para|(?:che )?cosa (?:significa|cambia) .{0,50}?per"
    r"|o que (?:significa|muda) .{0,50}?para|wat betekent .{1,50}? voor|vad betyder .{1,50}? för"
    r"|co oznacza .{1,50}? dla|что (?:означает|значит) .{1,50}? для|що означає .{1,50}? для"
    r"|apa arti(?:nya)? .{1,50}? bagi|ماذا يعني .{1,50}? ل)"
    r"\s*(?P<place>[^?？؟]{2,40})",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{4,}")
_QUESTION_MARKS = ("?", "？", "؟")
_QUOTES = ("«", "»", '"', "“", "„", "‘", "'", "—", "–", "-")  # an interview answer opens so
_HEADING_CHARS = 70  # a sub-head is a short line: the probes' are 18-43 characters
_PROSE_CHARS = 60  # a paragraph of prose (as in seo_template_v1)
_MIN_QUESTIONS = 2  # the probes' rewrites ask two or three; a story may ask one
# A short news item: the probes' rewrites run 160-320 words; the real guides and explainers
# whose sub-heads ask questions run longer (seo_template_v1's scan: 740-990 words).
_MAX_WORDS = 600
_MIN_WORDS = 100  # a teaser or a listing holds less (as in seo_template_v1)
# A paragraph restates the headline when it holds this share of the headline's words of four
# letters or more, and at least this many of them (the probes' recaps hold 3-5 of 5-8).
_RECAP_SHARE = 0.5
_RECAP_MIN = 3
_HEADLINE_MIN = 5  # a headline's words, not a brand's ("Régions France Actu" as a title)


def _is_question_head(line: str, nxt: str) -> bool:
    """A short sub-head that asks a question and is followed by prose (not a quoted answer)."""
    if len(line) > _HEADING_CHARS + 10:  # most paragraphs: no strip
        return False
    text = line.strip(" \t#*•-–—:0123456789.)")
    if not 8 <= len(text) <= _HEADING_CHARS or len(nxt) < _PROSE_CHARS:
        return False
    if nxt.lstrip().startswith(_QUOTES):
        return False  # an interview: the question and the interviewee's answer
    if text.endswith(_QUESTION_MARKS):
        return True
    low = text.lower()
    return line.rstrip()[-1:] not in ".,;:!。" and low.startswith(QUESTION_OPENERS)


def question_heads(page: Page) -> tuple[int, ...]:
    """Indexes of the question sub-heads among the page's paragraphs (memoised per page)."""
    return memo(page, "prose_question_heads", lambda: _question_heads(page.paragraphs))


def _question_heads(paragraphs: Sequence[str]) -> tuple[int, ...]:
    pairs = enumerate(pairwise(paragraphs))
    return tuple(i for i, (p, nxt) in pairs if _is_question_head(p, nxt))


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _headlines(page: Page) -> list[set[str]]:
    """The word sets of the page's headline candidates (a text record's is its first line,
    unless it asks a question), without the site's own name (a bio names the blog its title
    names)."""
    heads = [page.headline or page.title]
    first = page.paragraphs[0] if page.paragraphs else ""
    if page.kind == "text" and first.rstrip()[-1:] not in ".!。?？؟":
        heads.append(first)  # a headline, not the story's lead sentence
    own = {w for b in own_names(page)[0] for w in _words(b)}
    words = (_words(h) - own for h in dict.fromkeys(h for h in heads if 0 < len(h) <= 150))
    return [w for w in words if len(w) >= _HEADLINE_MIN]


def _closing(page: Page, after: int) -> str:
    """Evidence of a summary paragraph after the last question's answer, or "": one that
    opens with a conclusion marker, or one of the story's last two that restates the headline."""
    prose = [p for p in page.paragraphs[after + 1 :] if len(p) >= _PROSE_CHARS][1:]
    prose = [p for p in prose if not p.rstrip().endswith(_QUESTION_MARKS)]  # a summary tells
    for para in prose:
        low = para.lower()
        marker = next((c for c in _CLOSERS if low.startswith(c)), "")
        if marker:
            return f'closing paragraph opens "{marker}"'
    heads = _headlines(page)
    for para in prose[-2:]:
        words = _words(para)
        for head in heads:
            shared = head & words
            if len(shared) >= _RECAP_MIN and len(shared) >= _RECAP_SHARE * len(head):
                return f'closing paragraph restates the headline ("{para[:60]}")'
    return ""


def _short_story(page: Page) -> bool:
    """A short story: 100-600 words, with a date or byline unless it is a text record (whose
    dates and bylines the text parser often cannot read: "Actualizado: 28/11 07:15")."""
    words = story_words(page)
    if not _MIN_WORDS <= words <= _MAX_WORDS:
        return False
    return page.kind == "text" or is_story(page)


def question_template(page: Page) -> str:
    """Evidence of question sub-heads and a closing summary on a short story, or ""."""
    if not _short_story(page):
        return ""
    heads = question_heads(page)
    if len(heads) < _MIN_QUESTIONS:
        return ""
    closing = _closing(page, heads[-1])
    if not closing:
        return ""
    asked = " / ".join(page.paragraphs[i] for i in heads[:3])
    return f'question sub-heads "{asked}" and a {closing}'


def place_meaning(page: Page) -> str:
    """A sub-head asking what the story means for the town in the site's own name, or ""."""
    heads = question_heads(page)
    if not heads:
        return ""
    brands, labels = own_names(page)
    own = {w for b in brands for w in _words(b)} | set(labels)
    if not own:
        return ""
    for i in heads:
        m = _MEANS_FOR.search(page.paragraphs[i])
        if m and _words(m["place"]) & own:
            return f'sub-head "{page.paragraphs[i]}" names the site\'s own town'
    return ""


@register("prose_template_v1")
class ProseTemplate(PageFeatures):
    """Question sub-heads with a closing summary, and "what it means for <own town>" heads."""

    FEATURES = (
        # Two or more question sub-heads and a closing paragraph that opens with a conclusion
        # marker or restates the headline, on a story of 100-600 words.
        "prose_question_summary",
        # A "what does X mean for <place>" sub-head whose place is in the site's own name.
        "prose_own_town_meaning",
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, "prose_template_extract", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        found = (question_template(page), place_meaning(page))
        values = tuple(float(bool(f)) for f in found)
        return values, tuple(f for f in found if f)
