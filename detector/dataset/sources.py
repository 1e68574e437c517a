"""Read the source material: news articles from `originals/` and real pages from `html/`.

Nothing is copied: articles are read into memory to be wrapped by the generators, real pages are
listed (collection file + record id) and read again by `load_page_content` when needed.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from detector.dataset.rewrite import sentences
from detector.dataset.rng import stable_int
from detector.errors import ConfigError

# Source articles shorter than this are too thin to stand as a story page (Reuters-21578 holds
# many one-line price notices); 120 words is about four short news paragraphs.
MIN_ARTICLE_WORDS = 120
# AG news items are one-paragraph briefs; keep the agency ones of at least this many words.
MIN_BRIEF_WORDS = 25

TOPIC_WORDS = {
    "business": "Business",
    "politics": "Politics",
    "sport": "Sports",
    "tech": "Technology",
    "entertainment": "Entertainment",
    "world": "World",
}
AG_TOPICS = {1: "world", 2: "sport", 3: "business", 4: "tech"}


@dataclass(frozen=True, slots=True)
class Article:
    """One real news story that generated pages wrap."""

    id: str  # "<corpus>:<record id>"
    corpus: str  # reuters21578, isot_reuters_2017, bbc, ag_news
    title: str
    paragraphs: tuple[str, ...]  # the story without its dateline
    city: str  # the dateline city ("WASHINGTON"), "" when none
    agency: str  # "Reuters", "AP", "AFP", "BBC News"
    published: date
    topic: str  # a key of TOPIC_WORDS

    @property
    def word_count(self) -> int:
        """Words in the story."""
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class RealPage:
    """A real page of `html/`, listed by reference."""

    collection_file: str  # e.g. "html/goose3.jsonl.gz", relative to the data dir
    record_id: str
    url: str
    host: str
    published: date | None  # the page's own date when it states one
    wire: bool  # meta.wire_dateline: a hint that the page carries agency copy
    language: str
    sha256: str


def read_jsonl_gz(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the records of a gzip JSON Lines file."""
    if not path.is_file():
        raise ConfigError(f"data file {path} does not exist (is settings.data_dir right?)")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _group(sentences: list[str], key: str) -> tuple[str, ...]:
    """Group sentences into paragraphs of one to three sentences (news style)."""
    out: list[str] = []
    i = 0
    n = 0
    while i < len(sentences):
        size = 1 + stable_int(key, n) % 3
        out.append(" ".join(sentences[i : i + size]))
        i += size
        n += 1
    return tuple(out)


_R87_DATE = "%d-%b-%Y %H:%M:%S"
_ENTITY = re.compile(r"(\s?)#(\d{2,4});")


def _titlecase(text: str) -> str:
    """'JAPAN'S RATE SEEN RISING' -> "Japan's Rate Seen Rising" (str.title breaks apostrophes)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def clean_ag(text: str) -> str:
    """Repair AG news' broken entities (' #39;s' -> "'s", '#36;10' -> '$10') and line marks."""

    def sub(m: re.Match[str]) -> str:
        ch = chr(int(m.group(2)))
        return ch if ch == "'" else m.group(1) + ch

    return " ".join(_ENTITY.sub(sub, text.replace("\\", " ")).split())


_TABLE = re.compile(r"\S {3,}\S")


def _reuters21578(path: Path) -> Iterator[Article]:
    for r in read_jsonl_gz(path):
        body = r.get("body") or ""
        if len(body) < 2 * MIN_ARTICLE_WORDS or not r.get("dateline") or _TABLE.search(body):
            continue
        body = body.strip().rstrip("\x03").rstrip()
        if body[-6:].lower() == "reuter":  # the 1987 wire's sign-off
            body = body[:-6].rstrip()
        paras = [" ".join(p.split()) for p in re.split(r"\n\s{2,}", body) if p.strip()]
        if sum(len(p.split()) for p in paras) < MIN_ARTICLE_WORDS:
            continue
        try:
            when = datetime.strptime(r["date"].strip()[:20].split(".")[0], _R87_DATE).date()
        except ValueError:
            continue
        city = r["dateline"].split(",")[0].strip()
        topics = r.get("topics") or ""
        topic = "business" if topics not in ("", "[]") else "world"
        title = _titlecase(r["title"].strip()) if r["title"].isupper() else r["title"].strip()
        title = re.sub(r"\s*<[^>]+>", "", title)
        yield Article(
            f"reuters21578:{r['newid']}", "reuters21578", title, tuple(paras), city,
            "Reuters", when, topic,
        )  # fmt: skip


_ISOT_SUBJECT = {"politicsNews": "politics", "worldnews": "world", "Politics": "politics"}
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .,'/-]{1,60}?)\s*\((Reuters|AP|AFP)\)\s*[-—–]+\s*")


def _isot(path: Path) -> Iterator[Article]:
    for r in read_jsonl_gz(path):
        text = r.get("text") or ""
        m = _DATELINE.match(text)
        city, agency = (m.group(1).strip(), m.group(2)) if m else ("", "Reuters")
        if m:
            text = text[m.end() :]
        paras = _group(sentences(text), r["id"])
        if sum(len(p.split()) for p in paras) < MIN_ARTICLE_WORDS:
            continue
        topic = _ISOT_SUBJECT.get(r.get("subject", ""), "world")
        yield Article(
            f"isot:{r['id']}", "isot_reuters_2017", r["title"].strip(), paras, city, agency,
            date.fromisoformat(r["published"]), topic,
        )  # fmt: skip


def _bbc(path: Path) -> Iterator[Article]:
    for r in read_jsonl_gz(path):
        paras = tuple(" ".join(p.split()) for p in r["body"].split("\n") if p.strip())
        if sum(len(p.split()) for p in paras) < MIN_ARTICLE_WORDS:
            continue
        # The corpus has no per-article date, only "2004-2005": a stable day in that range.
        when = date(2004, 1, 1) + timedelta(days=stable_int("bbc-date", r["id"]) % 730)
        yield Article(
            f"bbc:{r['id']}", "bbc", r["title"].strip(), paras, "", "BBC News", when,
            r["category"],
        )  # fmt: skip


_AG_PREFIX = re.compile(r"^\s*(AP|Reuters|AFP)\s*-\s*")


def _ag(path: Path) -> Iterator[Article]:
    for i, r in enumerate(read_jsonl_gz(path)):
        desc = clean_ag(r.get("description") or "")
        m = _AG_PREFIX.match(desc)
        if not m:
            continue
        desc = " ".join(desc[m.end() :].split())
        if len(desc.split()) < MIN_BRIEF_WORDS:
            continue
        title = re.sub(r"\s*\((AP|Reuters|AFP)\)\s*$", "", clean_ag(r["title"])).strip()
        # AG's news corpus was collected in 2004-2005; the rows carry no date.
        when = date(2004, 7, 1) + timedelta(days=stable_int("ag-date", i) % 365)
        yield Article(
            f"ag_news:{i}", "ag_news", title, _group(sentences(desc), str(i)), "",
            m.group(1), when, AG_TOPICS.get(int(r["label"]), "world"),
        )  # fmt: skip


def load_articles(data_dir: Path) -> list[Article]:
    """Every usable source article of the four corpora, in a stable order."""
    return list(_load_articles(str(data_dir.resolve())))


@lru_cache(maxsize=2)
def _load_articles(data_dir: str) -> tuple[Article, ...]:
    o = Path(data_dir) / "originals"
    out: list[Article] = []
    out.extend(_reuters21578(o / "reuters21578.jsonl.gz"))
    out.extend(_isot(o / "isot_reuters_2017.jsonl.gz"))
    out.extend(_bbc(o / "bbc.jsonl.gz"))
    out.extend(_ag(o / "ag_news_test.jsonl.gz"))
    return tuple(out)


def load_headlines(data_dir: Path) -> list[tuple[str, str]]:
    """(title, topic) of every AG news row: filler for unrelated link lists."""
    out = []
    for r in read_jsonl_gz(data_dir / "originals" / "ag_news_test.jsonl.gz"):
        title = re.sub(r"\s*\([^)]{2,30}\)\s*$", "", clean_ag(r["title"])).strip()
        if 4 <= len(title.split()) <= 16:
            out.append((title, AG_TOPICS.get(int(r["label"]), "world")))
    return out
