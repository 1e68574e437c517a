"""Seed-like networks: wire copy under an unrelated brand ("WealthTrail Solutions"), filed under
an unrelated category, with a reaction counter, gossip lists and a fresh date on an old story.

Modelled on /work/main/seeds/000_92ec4ba84c87f13f.txt. Each tell is drawn independently, so
many pages lack some of them.
"""

from __future__ import annotations

import random

from detector.dataset.chrome import (
    BRAND_A,
    BRAND_B,
    BRAND_C,
    FARM_TLDS,
    NEWSY_B,
    UNRELATED_CATEGORIES,
    slug,
)
from detector.dataset.farms.base import (
    BuildContext,
    Generated,
    Site,
    ThemedFamily,
    at_time,
    dateline,
    fetched_after,
    fresh_date,
    mix_in_filler,
    topical_block,
    unrelated_block,
)
from detector.dataset.farms.extra_tells import add_extra_tells
from detector.dataset.rng import rng_for
from detector.dataset.sources import Article
from detector.dataset.themes import ArticleParts, Theme, make_theme, render_article

REACTION_WORDS = ("veryGood!", "Good!", "Nice!", "Like", "Wow!", "Great!", "Cool", "Helpful")


class NetworkFamily(ThemedFamily):
    """Family `network`: the seed's kind of farm."""

    name = "network"
    label = 1
    n_sites = 14

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """A brand unrelated to news, on a cheap domain."""
        a, b, c = rng.choice(BRAND_A), rng.choice(BRAND_B), rng.choice(BRAND_C)
        unrelated = rng.random() < 0.75  # a quarter of the network wears a news-like name
        if not unrelated:
            c = rng.choice(NEWSY_B)
        brand = f"{a}{b} {c}"
        domain = f"{a}{b}{c}".lower() + rng.choice(FARM_TLDS)
        lang = "en" if rng.random() < 0.8 else rng.choice(("de", "fr", "es", "it"))
        theme = make_theme(
            rng, brand, domain, lang, styles=("short", "hashed", "bem"), minimal=0.4,
            date_fmts=("iso-time", "iso-time", "iso-time", "iso", "long", "dmy"),
        )  # fmt: skip
        theme.tells = ("unrelated_brand",) if unrelated else ()
        return theme

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """A seed-like page."""
        theme, split = site.theme, site.split
        lab = theme.labels
        tells: list[str] = ["credit_stripped"]
        style = rng.randint(0, 2)
        url = f"https://{theme.domain}/news/{rng.randint(10**6, 10**7)}.html"
        if rng.random() < 0.3:
            url = f"https://{theme.domain}/{rng.choice(UNRELATED_CATEGORIES).lower().replace(' ', '-')}/{slug(article.title)}.html"
        parts = ArticleParts(url=url, headline=article.title, paragraphs=list(article.paragraphs))
        if rng.random() < 0.8:
            cat = rng.choice(UNRELATED_CATEGORIES)
            parts.breadcrumbs = [(lab["home"], "/"), (cat, f"/{cat.lower().replace(' ', '-')}/")]
            parts.crumb_prefix = lab["current"] if rng.random() < 0.6 else ""
            parts.crumbs_in_title = rng.random() < 0.4
            parts.section = cat if rng.random() < 0.5 else ""
            tells.append("mismatched_breadcrumb")
        tells.extend(theme.tells)
        claimed = None
        if rng.random() < 0.85:
            claimed = fresh_date(rng, article.published)
            tells.append("fresh_date")
        elif rng.random() < 0.5:
            claimed = article.published
        if claimed:
            stamp = at_time(rng, claimed)
            shown = theme.fmt_date(stamp)
            parts.date_text = f"{lab['date']}{shown}" if rng.random() < 0.7 else shown
            parts.published = stamp if rng.random() < 0.7 else None
        # A re-dated repost that keeps the old story's date in its URL (drawn apart: the other
        # pages stay as they were).
        old = rng_for(ctx.seed, "old-url-date", self.name, article.id)
        if "fresh_date" in tells and parts.published and old.random() < 0.2:
            url = parts.url = (
                f"https://{theme.domain}/{article.published:%Y/%m/%d}/{slug(article.title)}.html"
            )
            tells.append("old_date_in_url")
        if rng.random() < 0.5:
            parts.under_headline.append(f'<div class="v">{lab["view"]}</div>')
        dl = dateline(article, rng) if rng.random() < 0.85 else ""
        if dl:
            parts.dateline = dl
            tells.append("dateline_kept")
        if rng.random() < 0.7:
            word = rng.choice(REACTION_WORDS)
            parts.after_body.append(
                f'<div class="{theme.c("reactions")}"><a class="vote" data-vote="1" href="javascript:void(0)">{word}</a>'
                f"<span> ({rng.randint(0, 60)})</span></div>"
            )
            tells.append("reaction_counter")
        lists = [("related", 10), ("ranking", 8), ("recommended", 8)]
        n_lists = 0
        for key, n in lists:
            if rng.random() < 0.55:
                kind = "plain" if key == "recommended" and rng.random() < 0.6 else "links"
                if key == "related" and rng.random() < 0.2:
                    block = topical_block(
                        rng, lab[key], ctx, split, article.topic, n - 4, style, article.title
                    )
                else:
                    block = unrelated_block(
                        rng, lab[key], ctx, rng.randint(n - 3, n + 2), 0.45, style, kind
                    )
                (parts.sidebar if rng.random() < 0.3 else parts.blocks).append(block)
                n_lists += 1
        if n_lists:
            tells.append("gossip_lists")
        # Filler-vertical headlines in a list (drawn apart: the other pages stay as they were).
        filler = rng_for(ctx.seed, "filler", self.name, article.id)
        if filler.random() < 0.3 and mix_in_filler(filler, [*parts.blocks, *parts.sidebar], 1):
            tells.append("filler_links")
        parts.jsonld_type = rng.choice(("NewsArticle", "Article", None))
        parts.top_ad = rng.random() < 0.5
        add_extra_tells(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        fetched = fetched_after(rng, claimed, fresh_date(rng, article.published))
        return Generated(html, parts.url, claimed, fetched, tuple(tells))
