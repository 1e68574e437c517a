"""What every generated family shares: the output record, the build context, dates, datelines,
credit lines and link-list fillers."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Protocol

from detector.dataset.chrome import (
    CLICKBAIT,
    FILLER_HEADLINES,
    filler_headline,
    gossip_headline,
    person,
    slug,
)
from detector.dataset.rng import random_date, rng_for, spread_splits, stable_int
from detector.dataset.sources import Article
from detector.dataset.themes import Block, Theme

# Farm pages claim dates in this window (the seed claims 2025-04-24 for a 2023 story).
FRESH_START = date(2019, 1, 1)
FRESH_END = date(2026, 10, 31)
# The latest "now" any page may have: the build pretends to run in November 2026.
LATEST_FETCH = date(2026, 11, 27)


@dataclass(slots=True)
class Generated:
    """One generated page before it is written."""

    html: str
    url: str
    claimed: date | None  # the date the page shows (None: it shows none)
    fetched: date  # the reference "now"
    tells: tuple[str, ...]  # the patterns put on this page (for tests and analysis)


@dataclass(slots=True)
class Site:
    """One generated site: its look, its split, and (for cloned skeletons) the real template."""

    theme: Theme
    split: str
    template_id: str = ""  # "<collection file>#<record id>" of a real page used as skeleton
    template_host: str = ""
    language: str = ""  # the page language when it is not the theme's (cloned skeletons)

    @property
    def domain(self) -> str:
        """The site's domain."""
        return self.theme.domain


@dataclass(slots=True)
class BuildContext:
    """Shared inputs of the generators."""

    seed: int
    headlines: list[tuple[str, str]]  # (title, topic) filler headlines (AG news)
    by_topic: dict[tuple[str, str], list[Article]]  # (split, topic) -> source articles
    templates: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (host, html)


class Family(Protocol):
    """A generated family: makes its sites, renders a page of a story on one of them."""

    name: str
    label: int  # 1 republisher, 0 legitimate
    share: float  # pages per build = share x --per-family

    def make_sites(self, ctx: BuildContext) -> list[Site]:
        """The family's sites, each with its split."""
        ...

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """One page of the article on the site."""
        ...


def at_time(rng: random.Random, d: date) -> datetime:
    """A datetime on day d at a random time."""
    return datetime.combine(d, time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))


def fresh_date(rng: random.Random, story: date) -> date:
    """A claimed date long after the story (a farm reposting stale copy)."""
    start = max(FRESH_START, story + timedelta(days=400))
    return random_date(rng, start, max(start, FRESH_END))


def close_date(rng: random.Random, story: date, max_days: int = 1) -> date:
    """A claimed date on or just after the story's."""
    return story + timedelta(days=rng.randint(0, max_days))


def fetched_after(
    rng: random.Random, claimed: date | None, fallback: date, max_days: int = 20
) -> date:
    """A "now" shortly after the claimed date (or the fallback when none is shown)."""
    base = claimed or fallback
    return min(LATEST_FETCH, base + timedelta(days=rng.randint(0, max_days)))


_DATED_SHARE = {"Reuters": 60, "AFP": 25}  # percent of datelines that name the story's day


def dateline(article: Article, rng: random.Random) -> str:
    """The agency dateline that opens the story ("WASHINGTON (Reuters) - "), "" when none."""
    if not article.city or article.agency not in ("Reuters", "AP", "AFP"):
        return ""
    dash = "—" if article.agency == "AP" else rng.choice(("-", "-", "—"))
    city = article.city.upper() if rng.random() < 0.8 else article.city.title()
    # Reuters dates most datelines ("LONDON, Feb 26 (Reuters) -"), AFP some; AP never. Chosen
    # by the article, not drawn from `rng`, so the rest of the build draws what it drew before.
    share = _DATED_SHARE.get(article.agency, 0)
    if stable_int("dated-dateline", article.id) % 100 < share:
        day = article.published
        return f"{city}, {day:%b} {day.day} ({article.agency}) {dash} "
    return f"{city} ({article.agency}) {dash} "


def credit_lines(article: Article, rng: random.Random, year: int) -> tuple[str, list[str]]:
    """A proper byline and closing credit lines for licensed agency copy."""
    a = article.agency
    if a == "AP":
        byline = rng.choice(("By The Associated Press", "Associated Press", "By ASSOCIATED PRESS"))
        credits = [
            f"Copyright {year} The Associated Press. All rights reserved. This material may not "
            "be published, broadcast, rewritten or redistributed."
        ]
    elif a == "Reuters":
        byline = rng.choice(("Reuters", "By Reuters", "Reuters Staff", "Thomson Reuters"))
        credits = [f"Reporting by {person(rng)}; Editing by {person(rng)}"]
        if rng.random() < 0.7:
            credits.append(f"Copyright {year} Reuters. All rights reserved.")
    elif a == "AFP":
        byline = rng.choice(("AFP", "Agence France-Presse", "By AFP"))
        credits = [f"© {year} AFP"]
    elif a == "BBC News":
        byline = rng.choice(("BBC News", "By BBC News", "Source: BBC News"))
        credits = [f"This article originally appeared on BBC News. © {year} BBC."]
    else:  # another outlet (stories in other languages come from real outlets' pages)
        byline = rng.choice((a, f"Source: {a}", f"© {a}"))
        credits = [f"This article originally appeared on {a}. © {year} {a}."]
    return byline, credits


def story_href(rng: random.Random, text: str, style: int) -> str:
    """A relative link to another story on the same site."""
    if style == 0:
        return f"/news/{rng.randint(10**6, 10**7)}.html"
    if style == 1:
        return f"/{slug(text, 6)}/"
    return f"/article/{rng.randint(1000, 99999)}/{slug(text, 5)}"


def unrelated_block(
    rng: random.Random,
    heading: str,
    ctx: BuildContext,
    n: int,
    gossip_share: float,
    style: int,
    kind: str = "links",
) -> Block:
    """A list mixing fictional gossip and unrelated headlines, as on the seed page."""
    items = []
    for _ in range(n):
        text = gossip_headline(rng) if rng.random() < gossip_share else rng.choice(ctx.headlines)[0]
        items.append((text, story_href(rng, text, style)))
    return Block(heading, items, kind=kind)


def mix_in_filler(rng: random.Random, blocks: list[Block], style: int) -> bool:
    """Swap 2-4 items of the first block for headlines of 2-3 filler verticals (horoscopes,
    lottery results, quick loans); False when there is no block with room for them."""
    roomy = [b for b in blocks if len(b.items) >= 4 and b.kind in ("links", "plain")]
    if not roomy:
        return False
    block = roomy[0]
    verticals = rng.sample(sorted(FILLER_HEADLINES), rng.randint(2, 3))
    for k in range(rng.randint(2, 4)):
        text = filler_headline(rng, verticals[k % len(verticals)])
        block.items[rng.randrange(len(block.items))] = (text, story_href(rng, text, style))
    return True


def topical_block(
    rng: random.Random,
    heading: str,
    ctx: BuildContext,
    split: str,
    topic: str,
    n: int,
    style: int,
    exclude: str = "",
) -> Block:
    """Related links on the same topic as the story (what a real outlet shows)."""
    pool = ctx.by_topic.get((split, topic), [])
    picked = [a.title for a in rng.sample(pool, min(n + 1, len(pool))) if a.title != exclude][:n]
    items = [(t, story_href(rng, t, style)) for t in picked]
    return Block(heading, items, kind="links")


def clickbait_block(rng: random.Random, heading: str, n: int, sponsored: bool = True) -> Block:
    """An "Around the web" widget of clickbait."""
    items = [
        (
            t,
            f"https://{rng.choice(('trk', 'go', 'clk', 'r'))}.{rng.choice(('adsrv', 'content-rec', 'nativeads', 'pubclick'))}.com/c/{rng.randint(10**7, 10**8)}",
        )
        for t in rng.sample(CLICKBAIT, min(n, len(CLICKBAIT)))
    ]
    return Block(heading, items, kind="sponsored" if sponsored else "teasers", role="widget")


class ThemedFamily:
    """A family of invented sites: `n_sites` themes drawn by `make_site`, splits spread evenly."""

    name = "themed"
    label = 1
    n_sites = 14
    share = 1.0

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """The theme of the index-th site."""
        raise NotImplementedError

    def make_sites(self, ctx: BuildContext) -> list[Site]:
        """`n_sites` sites, with validation and test sites in proportion."""
        splits = spread_splits(ctx.seed, self.name, self.n_sites)
        sites: list[Site] = []
        seen: set[str] = set()
        for i, split in enumerate(splits):
            rng = rng_for(ctx.seed, "site", self.name, i)
            theme = self.make_site(rng, i)
            while theme.domain in seen:  # two sites of a family never share a domain
                theme.domain = theme.domain.replace(".", f"{rng.randint(2, 99)}.", 1)
            seen.add(theme.domain)
            # A quarter of farm sites run a theme that names no publisher in its head (no
            # og:site_name, no JSON-LD publisher), as many real farms' do; drawn apart, so the
            # other sites stay as they were. Legitimate themes keep theirs.
            if self.label == 1 and rng_for(ctx.seed, "bare-head", self.name, i).random() < 0.25:
                theme.facts["bare_head"] = "1"
            sites.append(Site(theme, split))
        return sites
