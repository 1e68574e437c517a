"""Deterministic text rewriting that imitates what farms do to copied stories.

`spin` is the article-spinner kind (word-by-word synonym swaps, sometimes leaving the spintax
`{good|great}` in the output); `paraphrase` is the cheap "AI rewrite" kind (phrase rewrites,
stock connectives, a closing summary). Both are imitations made here, not outputs of real tools.
"""

from __future__ import annotations

import random
import re

SYNONYMS: dict[str, tuple[str, ...]] = {
    "said": ("stated", "mentioned", "noted", "declared", "explained"),
    "says": ("states", "mentions", "notes", "declares"),
    "told": ("informed", "advised", "instructed"),
    "company": ("firm", "agency", "enterprise", "organization"),
    "companies": ("firms", "enterprises", "organizations"),
    "government": ("authorities", "administration", "governing body"),
    "market": ("marketplace", "industry", "trading floor"),
    "markets": ("marketplaces", "industries"),
    "rose": ("climbed", "elevated", "went up"),
    "fell": ("dropped", "declined", "went down"),
    "increase": ("enhance", "boost", "improve"),
    "big": ("large", "huge", "massive"),
    "large": ("big", "huge", "sizable"),
    "small": ("little", "tiny", "modest"),
    "new": ("latest", "recent", "contemporary"),
    "old": ("aged", "former", "previous"),
    "help": ("assist", "aid", "support"),
    "buy": ("purchase", "acquire", "obtain"),
    "sell": ("trade", "market", "offload"),
    "shares": ("stocks", "equities", "portions"),
    "profit": ("revenue", "earnings", "gain"),
    "profits": ("revenues", "earnings", "gains"),
    "important": ("essential", "vital", "crucial"),
    "people": ("individuals", "folks", "persons"),
    "country": ("nation", "state", "land"),
    "countries": ("nations", "states"),
    "official": ("authorized", "formal", "functionary"),
    "officials": ("authorities", "functionaries", "representatives"),
    "meeting": ("assembly", "gathering", "conference"),
    "talks": ("discussions", "negotiations", "conversations"),
    "plan": ("strategy", "scheme", "proposal"),
    "plans": ("strategies", "schemes", "proposals"),
    "week": ("seven days", "weekly period"),
    "year": ("twelve months", "annual period"),
    "expected": ("anticipated", "predicted", "projected"),
    "announced": ("revealed", "disclosed", "unveiled"),
    "show": ("display", "demonstrate", "reveal"),
    "showed": ("displayed", "demonstrated", "revealed"),
    "major": ("main", "key", "significant"),
    "leader": ("chief", "head", "boss"),
    "leaders": ("chiefs", "heads", "bosses"),
    "price": ("cost", "value", "rate"),
    "prices": ("costs", "values", "rates"),
    "quickly": ("rapidly", "swiftly", "fast"),
    "however": ("nevertheless", "nonetheless", "yet"),
    "also": ("additionally", "likewise", "too"),
    "about": ("approximately", "roughly", "around"),
    "because": ("since", "as", "due to the fact that"),
    "problem": ("issue", "difficulty", "trouble"),
    "problems": ("issues", "difficulties", "troubles"),
    "good": ("great", "fine", "excellent"),
    "bad": ("poor", "terrible", "awful"),
    "start": ("begin", "commence", "launch"),
    "began": ("started", "commenced", "launched"),
    "end": ("finish", "conclusion", "close"),
    "ended": ("finished", "concluded", "closed"),
    "make": ("create", "produce", "generate"),
    "made": ("created", "produced", "generated"),
    "get": ("obtain", "receive", "acquire"),
    "use": ("utilize", "employ", "apply"),
    "used": ("utilized", "employed", "applied"),
    "want": ("desire", "wish", "need"),
    "need": ("require", "demand", "want"),
    "deal": ("agreement", "arrangement", "bargain"),
    "report": ("document", "account", "statement"),
    "reported": ("documented", "recounted", "stated"),
    "percent": ("per cent", "percentage points"),
    "chief": ("head", "principal", "leading"),
    "executive": ("government", "administrator", "director"),
    "analysts": ("experts", "specialists", "observers"),
    "investors": ("traders", "financiers", "backers"),
    "economy": ("financial system", "economic climate"),
    "growth": ("development", "expansion", "progress"),
    "strong": ("powerful", "solid", "sturdy"),
    "weak": ("feeble", "fragile", "frail"),
    "high": ("elevated", "excessive", "lofty"),
    "low": ("reduced", "minimal", "modest"),
    "money": ("cash", "funds", "capital"),
    "work": ("job", "labor", "effort"),
    "world": ("globe", "planet", "earth"),
    "first": ("initial", "very first", "preliminary"),
    "last": ("final", "previous", "latest"),
    "next": ("following", "subsequent", "upcoming"),
    "many": ("numerous", "several", "a lot of"),
    "very": ("extremely", "really", "highly"),
    "think": ("believe", "consider", "reckon"),
    "decision": ("choice", "verdict", "resolution"),
    "support": ("backing", "assistance", "help"),
    "result": ("outcome", "consequence", "effect"),
    "results": ("outcomes", "consequences", "effects"),
    "continue": ("carry on", "proceed", "persist"),
    "early": ("premature", "initial", "soon"),
    "late": ("delayed", "overdue", "tardy"),
}

PHRASES: tuple[tuple[str, str], ...] = (
    (r"\baccording to\b", "as reported by"),
    (r"\bin order to\b", "so as to"),
    (r"\bsaid on (\w+day)\b", r"stated on \1"),
    (r"\bon (\w+day)\b", r"this \1"),
    (r"\bmore than\b", "over"),
    (r"\bbecause of\b", "owing to"),
    (r"\bas well as\b", "along with"),
    (r"\bdid not\b", "didn't"),
    (r"\bwould not\b", "wouldn't"),
    (r"\bis expected to\b", "is anticipated to"),
    (r"\bat least\b", "a minimum of"),
    (r"\bthe United States\b", "the US"),
)

CONNECTIVES = (
    "Moreover, ", "Additionally, ", "Furthermore, ", "In addition, ", "Notably, ",
    "It is worth noting that ", "Interestingly, ", "On top of that, ",
)  # fmt: skip

_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[A-Z“\"‘])")


def _match_case(src: str, word: str) -> str:
    if src.isupper() and len(src) > 1:
        return word.upper()
    if src[0].isupper():
        return word[0].upper() + word[1:]
    return word


def spin(text: str, rng: random.Random, rate: float, spintax_rate: float = 0.0) -> str:
    """Swap words for synonyms with probability `rate`; with `spintax_rate` leave `{a|b|c}` in."""

    def sub(m: re.Match[str]) -> str:
        w = m.group(0)
        options = SYNONYMS.get(w.lower())
        if not options or rng.random() >= rate:
            return w
        if spintax_rate and rng.random() < spintax_rate:
            choices = [w, *rng.sample(options, min(2, len(options)))]
            return "{" + "|".join(choices) + "}"
        return _match_case(w, rng.choice(options))

    return _WORD.sub(sub, text)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (a simple rule, good enough for news prose)."""
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def paraphrase(paragraph: str, rng: random.Random) -> str:
    """Rewrite one paragraph the cheap-AI way: phrase rewrites, light synonyms, connectives."""
    text = paragraph
    for pattern, repl in PHRASES:
        if rng.random() < 0.8:
            text = re.sub(pattern, repl, text)
    text = spin(text, rng, rate=0.18)
    out: list[str] = []
    for s in sentences(text):
        # Move a closing attribution to the front: '..., he said.' -> 'He said that ...'.
        m = re.match(r"^[“\"]?(.+?)[,.]?[”\"]?,? (he|she|they|it) (said|stated|added)\.$", s)
        if m and rng.random() < 0.5:
            body = m.group(1).rstrip(",.")
            s = f"{m.group(2).capitalize()} {m.group(3)} that {body[0].lower()}{body[1:]}."
        if out and rng.random() < 0.18:
            s = rng.choice(CONNECTIVES) + s[0].lower() + s[1:]
        out.append(s)
    return " ".join(out)


def rewrite_headline(title: str, rng: random.Random) -> str:
    """An SEO-style rewrite of a headline."""
    t = spin(title, rng, rate=0.3)
    forms = (
        "{t}", "{t}: What You Need to Know", "Here's Why {t}", "{t} - Full Story",
        "Breaking: {t}", "{t} (Explained)", "Everything About {t}",
    )  # fmt: skip
    return rng.choice(forms).format(t=t)


def summary_paragraph(paragraphs: tuple[str, ...], rng: random.Random) -> str:
    """A generic closing paragraph in the style of machine-written filler."""
    first = sentences(paragraphs[0])[0] if paragraphs else ""
    lead = rng.choice(("In conclusion, ", "Overall, ", "In summary, ", "All in all, "))
    tail = rng.choice(
        (
            " It remains to be seen how the situation will develop in the coming days.",
            " Only time will tell what this means for everyone involved.",
            " This is a developing story and readers should stay tuned for further updates.",
            " The situation continues to evolve, and many are watching closely.",
        )
    )
    return lead + first[:1].lower() + first[1:] + tail
