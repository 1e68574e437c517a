"""Persona bylines: an invented author with a lifestyle bio signs copied or agency copy.

AI and SEO farms sign what they copy with a persona: "Jonas Hartmann ist ein leidenschaftlicher
Tech-Enthusiast … liebt er es zu wandern", "Appassionata di cucina tradizionale e mamma di due
bambini" over an agency story that still ends "(AGN). RIPRODUZIONE RISERVATA © Copyright AGN".
Three traces, read from the byline person's bio box (a line opening with the name, the line
after the name or after an "About the author" heading, or the JSON-LD Person's description):

- the bio describes a persona, not a reporter: two or more kinds of lifestyle cue (passion or
  fandom, family, pastimes, lifestyle subjects; `detector.lexicon.persona`);
- a bio with such cues is about another subject than the story (topic space, LSA part);
- the story the person signs closes with another party's mark: an agency's sign-off or code,
  or a copyright notice naming neither the site nor the person.

A staff bio ("X covers politics for the Times; before that …") holds no persona cue, and a
reporter's byline that names the agency ("Jane Doe, AP") credits it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from detector.features._pagememo import memo
from detector.features._story import (
    MIN_COVERAGE,
    MIN_MAPPED_COVERAGE,
    clip,
    read_tokens,
    story_topic,
)
from detector.features._trigrams import possible
from detector.features.base import PageFeatures, register
from detector.features.byline_role import signature_kind
from detector.features.publisher_credits import squash
from detector.lexicon.persona import ABOUT_AUTHOR, ABOUT_HEADING, CUES
from detector.page import Page
from detector.parsing import agency_credits, bylines, common, signoffs
from detector.parsing.agencies import Agency, agency_in_name
from detector.topic import load_topic_space

_NAME_WORDS = (2, 4)  # a person's name: "Giulia Ferraris", "Marta Kowalewska"
_NAME_CUT = re.compile(r"\s*(?:[,|(]|\s[–—-]\s)")  # "Marta Kowalewska, ekspertka ds. …"
_BIO_CHARS = (30, 700)  # a bio box's sentence or two; longer is a story paragraph
_BIO_WORDS = 6
_BIO_EDGE = " ,;:|–—-·"
_HEADING_CHARS = 40  # an "About the author" heading line
_TAIL = 3  # the story's last paragraphs, where agency copy carries its sign-off
_NOTICE_CHARS = 150  # a copyright notice line, not a paragraph mentioning copyright
# A copyright notice inside the story: "RIPRODUZIONE RISERVATA © Copyright AGN", "© dpa".
_NOTICE = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:copyright\s*)?(?:(?:19|20)\d\d\s*[-–]?\s*)?"
    r"(?P<holder>[^\W\d_][^.,|·•:;()]{1,40}?)\s*(?:(?:19|20)\d\d)?\s*(?:[.,|·•:;()]|$)",
    re.IGNORECASE,
)
# Photo and image credits name a picture agency, not the story's owner.
_PHOTO = re.compile(
    r"foto|photo|bild|image|imag|picture|zdjęci|fotoğraf|фото|obrázek|gambar|ảnh|illustr|"
    r"grafik|graphic|video",
    re.IGNORECASE,
)
_PERSONA_KINDS = 2  # a persona bio holds two kinds of cue; a staff bio seldom one
# Bio-to-story similarity (LSA part of the topic space) below which the bio is about another
# subject: on the probes a cooking/family bio over a transport strike scores 0.06, tech and
# finance bios over tech and tax stories 0.37-0.42 (see the realscan note in the report).
_OFFTOPIC_BELOW = 0.15


@dataclass(frozen=True, slots=True)
class Bio:
    """The byline person's bio and where it stands."""

    name: str
    text: str
    where: str  # "paragraphs", "other_lines" or "jsonld"
    index: int = -1  # the line's index in `where` (-1 for JSON-LD)


def person_names(page: Page) -> tuple[str, ...]:
    """Names of the persons the page is signed by (not desks, accounts, brands or agencies)."""
    names: list[str] = []
    for signature in dict.fromkeys(s.strip() for s in (page.byline, *page.authors) if s):
        if agency_in_name(signature) is not None or signature_kind(signature, page) != "other":
            continue
        name = _NAME_CUT.split(bylines.signature_name(signature), maxsplit=1)[0].strip()
        words = name.split()
        if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
            continue
        if any(ch.isdigit() for ch in name) or not all(w[0].isupper() for w in words[:1]):
            continue
        if name not in names:
            names.append(name)
    return tuple(names)


def _bio_text(line: str) -> str:
    text = line.strip().strip(_BIO_EDGE)
    fits = _BIO_CHARS[0] <= len(text) <= _BIO_CHARS[1] and common.line_words(text) >= _BIO_WORDS
    return text if fits and common.is_prose(text) else ""


def _opens_with(line: str, name: str) -> str:
    """The rest of `line` after `name` opening it as a sentence's subject, or ""."""
    if not line.startswith(name) or len(line) <= len(name) + 1 or line[len(name)] not in " ,–—-:":
        return ""
    return "" if bylines.label_line(line) else _bio_text(line[len(name) :])


def _opens_with_first_name(line: str, name: str) -> str:
    """`_opens_with` for the first name and a verb after it ("Jessica is a passionate …"):
    "Mark Zuckerberg said" opens with another person."""
    first = name.split()[0]
    rest = _opens_with(line, first)
    return rest if rest[:1].islower() else ""


def _name_rows(lines: Sequence[str], names: Sequence[str]) -> set[int]:
    """Indices of the lines that hold one of `names` (one search of the joined lines per name)."""
    joined = "\n".join(lines)
    if joined.count("\n") != len(lines) - 1 or any("\n" in name for name in names):
        return {i for i, line in enumerate(lines) if any(name in line for name in names)}
    rows: set[int] = set()
    for name in names:
        at, row, counted = joined.find(name), 0, 0
        while at >= 0:
            row += joined.count("\n", counted, at)
            counted = at
            rows.add(row)
            end = joined.find("\n", at)
            at = joined.find(name, end + 1) if end >= 0 else -1
    return rows


def _line_bio(
    lines: Sequence[str], names: Sequence[str], first: int, about: bool
) -> tuple[int, str] | None:
    """The first bio line of `lines`: from `first` on, the name opening a sentence, or the line
    after the name alone or after an "About the author" heading; anywhere, a line right after
    the byline row that opens with the name or the first name ("Jessica is a passionate
    storyteller"). `about`: whether the page may hold an "About the author" heading at all.

    Only lines that hold a name, or (when `about`) short lines from `first` on, can give a
    bio: the others are not read.
    """
    rows = _name_rows(lines, names)
    if about:
        rows.update(
            i
            for i in range(first, len(lines))
            if len(lines[i]) <= _HEADING_CHARS or len(lines[i].strip()) <= _HEADING_CHARS
        )
    for i in sorted(rows):
        line = lines[i].strip()
        if not line or len(line) > _BIO_CHARS[1]:
            continue
        for name in names:
            if i >= first and (bio := _opens_with(line, name)):
                return i, bio
            elif name in line and len(line) <= 2 * len(name) + 80 and i + 1 < len(lines):
                nxt = lines[i + 1].strip()
                after = line == name or bool(bylines.label_line(line))
                if (after and i >= first and (bio := _bio_text(nxt))) or (
                    bio := _opens_with_first_name(nxt, name) or _opens_with(nxt, name)
                ):
                    return i + 1, bio
            elif (
                i >= first
                and len(line) <= _HEADING_CHARS
                and i + 1 < len(lines)
                and ABOUT_HEADING.match(line.lower())
                and (bio := _bio_text(lines[i + 1]))
            ):
                return i + 1, bio
    return None


def _jsonld_people(objects: Sequence[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    for obj in objects:
        if "Person" in common.schema_types(obj):
            yield obj
        authors = obj.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, Mapping):
                yield author


def find_bio(page: Page, names: Sequence[str]) -> Bio | None:
    """The bio of one of `names` on the page, or None.

    In the main text only its second half is read: a bio box closes the story, and the lines
    near the top are the byline and the lead.
    """
    if not names:
        return None
    half = len(page.paragraphs) // 2
    if page.byline:  # a bio right under a byline the parser took out of the text
        for i, para in enumerate(page.paragraphs[:2]):
            for name in names:
                if bio := _opens_with_first_name(para, name) or _opens_with(para, name):
                    return Bio(name, bio, "paragraphs", i)
    # The page's trigrams rule out an "About the author" heading on almost every page.
    headed = bool(possible(page, ABOUT_AUTHOR))
    for where, lines, first in (
        ("paragraphs", page.paragraphs, half),
        ("other_lines", page.other_lines, 0),
    ):
        if found := _line_bio(lines, names, first, headed):
            i, text = found
            name = next((n for n in names if n in lines[i] or n in lines[i - 1]), names[0])
            return Bio(name, text, where, i)
    for person in _jsonld_people(page.jsonld[:20]):
        desc, who = person.get("description"), person.get("name")
        if isinstance(desc, str) and who in names and (about := _bio_text(desc)):
            return Bio(str(who), about, "jsonld")
    return None


def persona_cues(bio: str) -> tuple[str, ...]:
    """The kinds of lifestyle cue a bio holds (passion, family, leisure, lifestyle)."""
    low = bio.lower()
    return tuple(kind for kind, pattern in CUES.items() if pattern.search(low))


def _story_tail(page: Page, bio: Bio) -> Sequence[str]:
    """The story's last paragraphs before the bio box (and its name or heading line)."""
    end = len(page.paragraphs)
    if bio.where == "paragraphs":
        end = bio.index
        head = page.paragraphs[end - 1].strip() if end > 0 else ""
        if head == bio.name or ABOUT_HEADING.match(head.lower()):  # the box's name or heading
            end -= 1
    return page.paragraphs[max(end - _TAIL, 0) : end]


def _notice_holder(line: str) -> str:
    """The holder a short copyright notice names ("RIPRODUZIONE RISERVATA © Copyright AGN")."""
    if len(line) > _NOTICE_CHARS or _PHOTO.search(line):
        return ""
    m = _NOTICE.search(line)
    return m["holder"].strip() if m else ""


def _closing_agency(para: str) -> Agency | None:
    """A known agency's mark closing a paragraph: "... (PAP)", "-- AFP", "PTI ABC DEF"."""
    found = signoffs.find_trailing_code(para) or signoffs.find_signoff(para)
    if found is None and (m := signoffs.find_desk_signoff(para)) is not None:
        found = m.agency
    return found


def _signs_twice(holder: str, tail: Sequence[str]) -> bool:
    """Whether a paragraph of the story closes with the holder's code: "... (AGN)." and
    "© Copyright AGN" are one party signing its copy twice, not a site's footer."""
    code = f"({holder})"
    return any(p.rstrip(" .").endswith(code) for p in tail)


def foreign_mark(page: Page, bio: Bio) -> str:
    """Another party's mark closing the story the person signs, or "".

    A known agency's sign-off, closing code or copyright notice; or a party that both closes a
    paragraph with its code and holds a copyright notice in the story ("(AGN)" and "© Copyright
    AGN"). A party the byline or the bio names is credited, not claimed.
    """
    tail = _story_tail(page, bio)
    if not tail:
        return ""
    credited = squash(f"{page.byline} {' '.join(page.authors)} {bio.text}")

    def claimed(*names: str) -> bool:
        return not any(len(k) >= 2 and k in credited for k in map(squash, names))

    for para in reversed(tail):
        agency = _closing_agency(para)
        if agency is not None and claimed(agency.key, *agency.codes):
            return f"{agency.key} sign-off: {clip(para[-40:], 40)!r}"
        holder = _notice_holder(para)
        if holder and _signs_twice(holder, tail) and claimed(holder):
            return f"copyright of {holder!r}: {clip(para, 60)!r}"
    for credit in agency_credits.find_credits("\n".join(tail), limit=3):
        if credit.kind == "copyright" and claimed(credit.agency.key, *credit.agency.codes):
            return f"{credit.agency.key} copyright: {clip(credit.text, 60)!r}"
    return ""


def bio_story_similarity(page: Page, bio: Bio) -> float | None:
    """The bio's similarity to the story (LSA part), or None when either cannot be read.

    A bio read through a glossary needs the share of mapped words a story needs: bios are
    dense with lifestyle words ("benessere", "nutrizione") the news glossaries lack.
    """
    story = story_topic(page)
    if story.vector is None:
        return None
    space = load_topic_space()
    vectors, coverage = space.read_tokens([read_tokens(bio.text, story.language)])
    if coverage[0] < (MIN_MAPPED_COVERAGE if story.language else MIN_COVERAGE):
        return None
    return float(space.story_similarity(vectors[0], story.vector)[0])


@register("persona_byline_v1")
class PersonaByline(PageFeatures):
    """Whether the byline person is a lifestyle persona signing another's story."""

    FEATURES = (
        "persona_bio",  # the byline person's bio holds >= 2 kinds of lifestyle cue
        "persona_bio_offtopic",  # a bio with passion/family/leisure cues is about another subject
        "persona_foreign_claim",  # a persona signs a story closed by another party's mark
        "persona_bio_missing",  # no bio of a byline person on the page
    )

    def __init__(
        self, persona_kinds: int = _PERSONA_KINDS, offtopic_below: float = _OFFTOPIC_BELOW
    ) -> None:
        self.persona_kinds = persona_kinds
        self.offtopic_below = offtopic_below

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        key = ("persona_byline", self.persona_kinds, self.offtopic_below)
        return memo(page, key, lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        bio = find_bio(page, person_names(page))
        if bio is None:
            return (0.0, 0.0, 0.0, 1.0), ()
        cues = persona_cues(bio.text)
        shown = f"{bio.name}: {clip(bio.text, 70)!r}"
        evidence: list[str] = []
        persona = len(cues) >= self.persona_kinds
        if persona:
            evidence.append(f"persona bio ({', '.join(cues)}) — {shown}")
        offtopic = False
        if set(cues) - {"lifestyle"}:  # a self-description, not only a beat ("Lifestylemagazin")
            sim = bio_story_similarity(page, bio)
            offtopic = sim is not None and sim < self.offtopic_below
            if offtopic:
                evidence.append(f"bio about another subject than the story (similarity {sim:.2f})")
        mark = foreign_mark(page, bio) if cues else ""  # a staff bio over agency copy is a credit
        if mark:
            evidence.append(f"{bio.name} signs a story closed by another's mark: {mark}")
        return (float(persona), float(offtopic), float(bool(mark)), 0.0), tuple(evidence)
