"""Machine-translated foreign copy: another locale's conventions left in the story, no credit.

A farm runs English agency copy through a translation engine and posts it as its own. The words
come out German or French; the conventions of the source do not: "41,18 $" and "1,1 Milliarden $"
on a German page, "12 cents par gallon" on a French one, "3.4 %" with a decimal point, the US
date "12/08/2026" where the page's own date is 2026-12-08, "eine Person, die mit der
Angelegenheit vertraut ist", and the source page's in-body furniture ("Read more: <English
headline>", a Russian "Читайте также:" in a Ukrainian story; `_foreign_ui`). A native writer
converts each; a licensed translation says where the
story comes from. One such convention is common on real pages (a gold price in dollars, a US
story in miles), so the family counts distinct *kinds* of them, and its sign fires only for two
or more kinds on a page that credits nobody: no agency or publisher credit (as `wire_copy_v1`
and `publisher_credits` read them), no source line naming an outlet, no agency named in the
story, no translation credit.

Session 17 widened what is read: the date row above the story ("Opublikowano 07/16/2024"), a
heat reading in Fahrenheit ("95 stopni" beside a word for heat), attribution and title calques
("…, sagten die Beamten", "Abgeordnete des Sheriffs"; `conventions.ATTRIBUTION_CALQUES`), a
native "read more" label over an English headline (`_foreign_ui`), and in a Chinese story the
other script's characters or mainland words in Traditional text (`_zh_script`), its own column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from detector.features._bare_credit import credit_lines
from detector.features._foreign_ui import foreign_ui_lines
from detector.features._pagememo import memo
from detector.features._trigrams import possible
from detector.features._zh_script import script_leftovers
from detector.features.base import PageFeatures, register
from detector.features.publisher_credits import publisher_credits
from detector.features.wire import WireCopy, host_of
from detector.lexicon import conventions as C
from detector.page import Page
from detector.parsing.agencies import agency_literals
from detector.parsing.common import detect_language
from detector.parsing.dates import FOREIGN_MONTH
from detector.parsing.source_lines import LITERALS, MAX_LINE, VAGUE_WORDS, find_source_lines

# A number as printed, digits with "." or "," inside ("41,18", "4.200", "1.1"), and the sign or
# word after it ("Milliarden", "°F", "$"), in one match (one pass over the story).
_NUMBER = re.compile(
    r"\d(?:[\d.,]*\d)?(?:[ \u00a0\u202f]?(?:-[ \u00a0]?)?(°[ \u00a0]?[FfCc](?!\w)|[%$]|[^\W\d_]+))?"
)
# What follows a number: an optional space or dash, then a sign or a word ("Milliarden", "°F").
_AFTER = re.compile(r"[ \u00a0\u202f]?(?:-[ \u00a0]?)?(°[ \u00a0]?[FfCc](?!\w)|[%$]|[^\W\d_]+)")
# A date in three numbers: "12/08/2026", "12.24.2026".
# (No leading lookbehind: `re` scans fast only for a pattern opening with a class; the character
# before is checked apart.)
_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")
# "décembre 4, 2026": a month name, then the day and a comma before the year (US order).
_DATE_BEFORE = frozenset("0123456789/.-")
_DAY_COMMA_YEAR = re.compile(r"\d{1,2},[ \u00a0]?(?:19|20)\d\d(?!\d)")
# Only a month named in another language than English: English dates on such pages come with
# embeds and widgets ("Apr 21, 2019" under a post) on real pages, seldom with the story.
_MONTH_BEFORE = re.compile(FOREIGN_MONTH.pattern + r"[ \u00a0]$", re.IGNORECASE)
_QUANTITY_WORDS = (*C.PERCENT_WORDS, *C.MAGNITUDE_WORDS)
_LOCAL_FORMAT = re.compile(r",\d{1,2}$|\.\d{3}(?:\D|$)")  # "2.400,00", "80.000": comma-decimal
_DOT_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")  # "3.4", "41.18"; not "4.200" (thousands)
_DECLARED = ("meta:", "jsonld:", "time")  # date sources set by the CMS, not the text

KINDS = (
    "imperial", "dollar", "decimal_point", "us_date", "familiar_calque", "attribution_calque",
    "foreign_ui",
)  # fmt: skip
# Where a word for heat or temperature must be to make "95 Grad" a weather reading (characters
# either side: about a sentence).
_HEAT_REACH = 120
# The date row's sources: a visible "Opublikowano 07/16/2024" line above or below the story.
_DATE_ROW = ("visible", "line")


def _next_word(text: str, at: int) -> str:
    m = _AFTER.match(text, at)
    return m.group(1) if m else ""


def _word_after(text: str, at: int) -> tuple[str, int]:
    m = _AFTER.match(text, at)
    return (m.group(1), m.end()) if m else ("", at)


def _clip(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start) : end].split())


def _per_unit(text: str, at: int, units: frozenset[str]) -> int:
    """Where "<per> <imperial unit>" ends when it follows at `at` (0 when it does not)."""
    per, end = _word_after(text, at)
    if per.lower() not in C.PER_WORDS:
        return 0
    unit, end = _word_after(text, end)
    low = unit.lower()
    return end if low in units or low in C.IMPERIAL_ANY else 0


def _is_nautical(text: str, start: int, end: int) -> bool:
    """Whether a unit is nautical ("milles nautiques", "морских миль"): native everywhere."""
    around = text[max(0, start - 12) : end + 12].lower()
    return any(w in around for w in C.NAUTICAL)


def _fahrenheit(text: str, low_text: str, number: str, end: int) -> bool:
    """Whether "<number> <degrees>" ending at `end` is a Fahrenheit heat reading: 55-130, no
    Celsius word after it, a heat word within a sentence and no cooking or machine word."""
    if not number.isdigit() or not 55 <= int(number) <= 130 or int(number) in C.NOT_FAHRENHEIT:
        return False
    after = _next_word(text, end).lower()
    if after in C.CELSIUS_WORDS or after.startswith(C.CELSIUS_STEMS):
        return False
    around = low_text[max(0, end - _HEAT_REACH) : end + _HEAT_REACH]
    if any(w in around for w in C.NOT_WEATHER_WORDS):
        return False
    return any(w in around for w in C.TEMPERATURE_WORDS)


def _number_hits(text: str, low_text: str, lang: str, region: str) -> Iterator[tuple[str, str]]:
    """(kind, quote) for each number of `text` written in another locale's convention."""
    units = C.IMPERIAL_UNITS.get(lang, frozenset())
    canadian, swiss = region == "ca", region in ("ch", "li")  # "41,18 $"; "CHF 3.50", "4.9%"
    # a price per unit ("12 cents par gallon") is looked for only when a unit's word is there
    maybe_units = any(u in low_text for u in (*units, *C.IMPERIAL_ANY))
    dollar = lang in C.DOLLAR_FOREIGN
    # French in Canada prices in dollars and cents natively
    dollar_prefix = dollar or (lang in C.DOLLAR_PREFIX_ONLY and not canadian)
    cents = lang in C.CENTS_FOREIGN and not canadian
    comma = lang in C.DECIMAL_COMMA and not swiss
    degrees = C.DEGREE_WORDS.get(lang, ()) if not canadian else ()
    for m in _NUMBER.finditer(text):
        start, after = m.span()
        word = m.group(1) or ""
        number = text[start : m.start(1)].rstrip(" -\u00a0\u202f") if word else m.group()
        low = word.lower().replace(" ", "").replace("\u00a0", "")
        before = text[max(0, start - 3) : start].rstrip(" \u00a0") if start else ""
        if dollar_prefix and before.endswith("$") and not before[:-1][-1:].isalpha():
            # "$41.18", not "R$ 41" nor "US$ 41" (a currency named as the locale names it),
            # nor "$ 2.400,00" (a native writer's number behind the sign)
            if not (comma and _LOCAL_FORMAT.search(number)):
                yield "dollar", _clip(text, start - 2, after)
            continue
        if dollar and (
            low == "$" or (low.startswith(C.MAGNITUDE_WORDS) and _next_word(text, after) == "$")
        ):
            yield "dollar", _clip(text, start, after + 2)
            continue
        in_cents = cents and low == "cents"
        if in_cents:
            yield "dollar", _clip(text, start, after)
        per_unit = _per_unit(text, after, units) if maybe_units else 0
        if per_unit:  # "12 cents par gallon", "3 Euro pro Gallone"
            yield "imperial", _clip(text, start, per_unit)
        if in_cents or per_unit:
            continue
        if (units and low in units) or low in C.IMPERIAL_ANY:
            if not _is_nautical(text, start, after):
                yield "imperial", _clip(text, start, after)
            continue
        if degrees and low.startswith(degrees) and _fahrenheit(text, low_text, number, after):
            yield "imperial", _clip(text, start, after)
            continue
        if (
            comma
            and _DOT_DECIMAL.fullmatch(number)
            # (from the word on, so that "pour cent", "per cento" match whole)
            and text[m.start(1) : m.start(1) + 12].lower().startswith(_QUANTITY_WORDS)
        ):
            yield "decimal_point", _clip(text, start, after)


def _declared_dates(page: Page) -> set[date]:
    return {
        c.value
        for c in page.date_candidates
        if c.source.startswith(_DECLARED) and c.kind == "published"
    }


def _date_hits(page: Page, text: str, named: bool = True) -> Iterator[tuple[str, str]]:
    """US-ordered dates: a second number above 12, or the page's declared date read month first
    (and not day first); with `named`, also "<foreign month> 4, 2026"."""
    if named and "," in text:
        for m in _DAY_COMMA_YEAR.finditer(text):
            if m.start() and text[m.start() - 1].isdigit():
                continue
            before = text[max(0, m.start() - 14) : m.start()]
            month = _MONTH_BEFORE.search(before)
            if month is not None:
                yield "us_date", before[month.start() :] + m.group()
    declared: set[date] | None = None
    for m in _DATE.finditer(text):
        if m.start() and text[m.start() - 1] in _DATE_BEFORE:
            continue  # inside a longer number or date ("2026/12/08/2026")
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if not 1 <= first <= 12:
            continue
        if 12 < second <= 31:
            yield "us_date", m.group()
            continue
        if second > 12 or second == first or second == 0 or m.group(2) != "/":
            continue  # (a dotted date is day first by convention)
        if declared is None:
            declared = _declared_dates(page)
        try:
            us, native = date(year, first, second), date(year, second, first)
        except ValueError:
            continue
        if us in declared and native not in declared:
            yield "us_date", m.group()


def _calque_hits(low: str, lang: str) -> Iterator[tuple[str, str]]:
    for kind, table in (
        ("familiar_calque", C.FAMILIAR_CALQUES),
        ("attribution_calque", C.ATTRIBUTION_CALQUES),
    ):
        for literal in table.get(lang, ()):
            i = low.find(literal)
            if i >= 0:
                yield kind, low[max(0, i - 20) : i + len(literal) + 10].strip()


def convention_hits(page: Page, lang: str) -> dict[str, list[str]]:
    """Kind -> quotes of the conventions of another locale in the story of a `lang` page."""
    text = page.text
    low = text.lower()
    found: dict[str, list[str]] = {}
    region = host_of(page.url or page.canonical).rpartition(".")[2]
    hits = list(_number_hits(text, low, lang, region))
    if lang in C.DAY_FIRST:
        hits += _date_hits(page, text)
        row = "\n".join(c.raw for c in page.date_candidates if c.source in _DATE_ROW)
        if row:
            # (numbers only: "Oktober 27, 2015" in a date row is a CMS's untranslated default
            # format, "F j, Y", on native blogs)
            hits += _date_hits(page, row, named=False)
    if lang in C.FAMILIAR_CALQUES or lang in C.ATTRIBUTION_CALQUES:
        hits += _calque_hits(low, lang)
    for kind, quote in hits:
        found.setdefault(kind, []).append(quote)
    return found


def _kinds(found: dict[str, list[str]]) -> list[str]:
    """The kinds that count: a "$" amount is common alone (a gold or oil price), so the dollar
    kind needs two amounts or a price in cents."""
    kinds = []
    for kind, quotes in found.items():
        if kind == "dollar" and len(quotes) < 2 and not any("cent" in q for q in quotes):
            continue
        kinds.append(kind)
    return sorted(kinds, key=KINDS.index)


def _outlet_source_line(page: Page) -> str:
    """A source line naming something other than a vague source ("Fonte: Redes sociais")."""
    for hit in find_source_lines(credit_lines(page), possible(page, LITERALS)):
        for name in hit.names:
            words = name.lower().split()
            if not words or not all(w in VAGUE_WORDS for w in words):
                return hit.text
    return ""


def _translation_credit(page: Page) -> str:
    labels = possible(page, C.TRANSLATION_LABELS)
    if not labels:
        return ""
    for line in (page.byline, *credit_lines(page)):
        low = line.lower()
        if len(line) <= MAX_LINE and any(label in low for label in labels):
            return line
    return ""


def credit_of(page: Page) -> str:
    """Where the page credits the story's source or its translation ("" when nowhere)."""
    values, evidence = WireCopy().extract(page)
    if values[2] or values[5]:  # wire_credited, wire_credits
        return evidence[0] if evidence else "an agency credit"
    credits = publisher_credits(page)
    if credits:
        return f'{credits[0].kind} "{credits[0].text}"'
    line = _outlet_source_line(page) or _translation_credit(page)
    if line:
        return f'"{line[:80]}"'
    names, tokens = agency_literals(page.text)
    if names or tokens:
        return f"the story names the agency {(names or tokens)[0]}"
    return ""


def _language(page: Page) -> str:
    return page.language or detect_language(page.text)


@register("translated_copy_v1")
class TranslatedCopy(PageFeatures):
    """Another locale's units, money, decimals, dates and source formulas in a story's text."""

    FEATURES = (
        "translated_conventions",  # distinct kinds of another locale's conventions (capped)
        # two kinds or more, on a page that credits no source and no translation
        "translated_uncredited",
        # the source page's furniture left in the story, in another language than the page's:
        # "Read more: <English headline>" in a Spanish story, "Читайте также:" in a Ukrainian
        # one (lines, capped; `_foreign_ui`)
        "translated_foreign_ui",
        # a Chinese story converted from the other script, left with three or more of its
        # characters or words (`_zh_script`), on a page that credits no source
        "translated_script_mix",
    )

    def __init__(self, min_kinds: int = 2, max_kinds: int = 3) -> None:
        # min_kinds: one kind alone is common on real pages (a dollar price, miles in a US
        # story, a quoted US date); two together were seen only on translated copy.
        self.min_kinds = min_kinds
        self.max_kinds = max_kinds

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised: made_elsewhere
        asks)."""
        return memo(
            page, ("translated_copy", self.min_kinds, self.max_kinds), lambda: self._extract(page)
        )

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        lang = _language(page)
        if not lang or lang == "en" or not page.paragraphs:
            return (0.0, 0.0, 0.0, 0.0), ()
        mix, mix_evidence = self._chinese(page) if lang == "zh" else (0.0, ())
        found = convention_hits(page, lang)
        detected = detect_language(page.text)
        ui = foreign_ui_lines(page, (lang, detected) if detected else (lang,))
        if ui:
            found["foreign_ui"] = ui
        kinds = _kinds(found)
        if not kinds or detected == "en":
            # (an English story under a wrong lang attribute)
            return (0.0, 0.0, 0.0, mix), mix_evidence
        quotes = "; ".join(f'{k} "{found[k][0]}"' for k in kinds)
        evidence = [f"conventions of another locale in a {lang} story: {quotes}"]
        uncredited = False
        if len(kinds) >= self.min_kinds:
            credit = credit_of(page)
            if credit:
                evidence.append(f"credited: {credit}")
            else:
                uncredited = True
                evidence.append("no credit to a source or a translation anywhere")
        n_ui = float(min(len(ui), self.max_kinds))
        values = (float(min(len(kinds), self.max_kinds)), float(uncredited), n_ui, mix)
        return values, (*evidence, *mix_evidence)

    @staticmethod
    def _chinese(page: Page) -> tuple[float, tuple[str, ...]]:
        """A Chinese story's script leftovers: 1.0 with no credit on the page, and evidence."""
        region = host_of(page.url or page.canonical).rpartition(".")[2]
        leftovers = script_leftovers(page.text, region)
        if not leftovers:
            return 0.0, ()
        credit = credit_of(page)
        if credit:
            return 0.0, (leftovers, f"credited: {credit}")
        return 1.0, (leftovers, "no credit to a source anywhere")
