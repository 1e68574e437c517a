"""Spinner copies: the story run through a synonym spinner ("company" -> "firm", "said" ->
"stated"), sometimes with spintax left in ("{good|great}"), on a cluttered blog theme."""

from __future__ import annotations

import random

from detector.dataset.chrome import BRAND_A, BRAND_B, BRAND_C, FARM_TLDS, slug
from detector.dataset.farms.base import (
    BuildContext,
    Generated,
    Site,
    ThemedFamily,
    at_time,
    dateline,
    fetched_after,
    fresh_date,
    unrelated_block,
)
from detector.dataset.farms.extra_tells import add_extra_tells
from detector.dataset.rewrite import spin
from detector.dataset.sources import Article
from detector.dataset.themes import ArticleParts, Theme, make_theme, render_article


class SpinnerFamily(ThemedFamily):
    """Family `spinner`."""

    name = "spinner"
    label = 1
    n_sites = 14

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """A keyword-ish blog name."""
        if rng.random() < 0.5:
            brand = f"{rng.choice(BRAND_A)} {rng.choice(BRAND_B)} {rng.choice(BRAND_C)}"
        else:
            brand = f"{rng.choice(('Info', 'Best', 'My', 'All', 'Top'))}{rng.choice(('Guide', 'Tips', 'Blog', 'Zone', 'Spot'))}{rng.randint(1, 99)}"
        domain = slug(brand, 3).replace("-", "") + rng.choice(FARM_TLDS)
        lang = "en" if rng.random() < 0.9 else rng.choice(("de", "es"))
        return make_theme(
            rng, brand, domain, lang, styles=("wp", "short", "bem"), n_networks=(1, 3)
        )

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """One spun copy."""
        theme = site.theme
        lab = theme.labels
        tells: list[str] = ["spun_text", "credit_stripped"]
        rate = rng.uniform(0.35, 0.8)
        spintax = 0.08 if rng.random() < 0.4 else 0.0
        paras = [spin(p, rng, rate, spintax) for p in article.paragraphs]
        headline = spin(article.title, rng, rate * 0.6, spintax)
        if any("{" in p and "|" in p for p in paras):
            tells.append("spintax")
        url = (
            f"https://{theme.domain}/{slug(headline)}.html"
            if rng.random() < 0.5
            else f"https://{theme.domain}/?p={rng.randint(100, 99999)}"
        )
        parts = ArticleParts(url=url, headline=headline, paragraphs=paras)
        claimed = fresh_date(rng, article.published) if rng.random() < 0.7 else None
        if claimed:
            stamp = at_time(rng, claimed)
            parts.published = stamp
            parts.date_text = theme.fmt_date(stamp)
            tells.append("fresh_date")
        if rng.random() < 0.5:
            parts.dateline = dateline(article, rng)
            if parts.dateline:
                tells.append("dateline_kept")
        if rng.random() < 0.4:
            parts.byline = f"{lab['by']} admin"
        if rng.random() < 0.6:
            parts.tags = [w.strip(",.") for w in headline.split() if len(w) > 5][:5]
            parts.keywords = parts.tags
        parts.sidebar.append(unrelated_block(rng, lab["latest"], ctx, rng.randint(5, 12), 0.2, 1))
        if rng.random() < 0.5:
            parts.blocks.append(unrelated_block(rng, lab["related"], ctx, 5, 0.3, 1))
        if rng.random() < 0.3:
            parts.comments = [
                ("Anonymous", "Great post, thanks for sharing!"),
                ("Visitor", "Very informative article."),
            ]
        parts.jsonld_type = rng.choice(("BlogPosting", None))
        add_extra_tells(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        fetched = fetched_after(rng, claimed, fresh_date(rng, article.published))
        return Generated(html, url, claimed, fetched, tuple(tells))
