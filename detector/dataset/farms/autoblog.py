"""WordPress RSS autoblogs: a feed item reposted whole or in part by a plugin, ending with
"The post X appeared first on Y." and a "Source link", under a generic news brand."""

from __future__ import annotations

import random
from html import escape

from detector.dataset.chrome import FARM_TLDS, NEWSY_A, NEWSY_B, PAPERS, TOWNS, slug
from detector.dataset.farms.base import (
    BuildContext,
    Generated,
    Site,
    ThemedFamily,
    at_time,
    close_date,
    credit_lines,
    dateline,
    fetched_after,
    fresh_date,
    topical_block,
    unrelated_block,
)
from detector.dataset.farms.extra_tells import add_extra_tells
from detector.dataset.sources import Article
from detector.dataset.themes import ArticleParts, Theme, make_theme, render_article


class AutoblogFamily(ThemedFamily):
    """Family `autoblog`."""

    name = "autoblog"
    label = 1
    n_sites = 14

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """A WordPress site with a generic news name."""
        a, b = rng.choice(NEWSY_A), rng.choice(NEWSY_B)
        brand = f"{a} {b}" if rng.random() < 0.7 else f"{a}{b}{rng.randint(24, 365)}"
        domain = (
            f"{a}{b}".lower()
            + rng.choice(("", "now", "hub", "today", "24"))
            + rng.choice(FARM_TLDS)
        )
        lang = "en" if rng.random() < 0.85 else rng.choice(("de", "es", "it"))
        return make_theme(rng, brand, domain, lang, wordpress=True, n_networks=(1, 2))

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """One autoblog post."""
        theme, split = site.theme, site.split
        lab = theme.labels
        tells: list[str] = ["credit_stripped"]
        keep_credit = rng.random() < 0.15  # some scrapers copy the agency byline along
        claimed = (
            close_date(rng, article.published, 2)
            if rng.random() < 0.5
            else fresh_date(rng, article.published)
        )
        if (claimed - article.published).days > 365:
            tells.append("fresh_date")
        stamp = at_time(rng, claimed)
        url = f"https://{theme.domain}/{claimed:%Y/%m/%d}/{slug(article.title)}/"
        paras = list(article.paragraphs)
        excerpt = rng.random() < 0.35
        if excerpt:
            paras = paras[: rng.randint(1, 3)]
            tells.append("excerpt_only")
        parts = ArticleParts(url=url, headline=article.title, paragraphs=paras, published=stamp)
        if excerpt and rng.random() < 0.6:
            parts.paragraphs[-1] += " […]"
            parts.after_body.append(
                f'<p><a class="more-link" href="{escape(url)}#more">{escape(lab["read_more"])}</a></p>'
            )
        parts.date_text = theme.fmt_date(stamp)
        parts.byline = rng.choice(("admin", "editor", "newsdesk", "", "", "Staff"))
        if parts.byline:
            parts.byline = f"{lab['by']} {parts.byline}"
        parts.author_meta = parts.byline.split(" ", 1)[-1] if parts.byline else ""
        cat = rng.choice(("Uncategorized", "News", "World", "Business", "Top Stories", "Feed"))
        parts.breadcrumbs = (
            [(lab["home"], "/"), (cat, f"/category/{cat.lower().replace(' ', '-')}/")]
            if rng.random() < 0.5
            else []
        )
        if rng.random() < 0.8:
            parts.dateline = dateline(article, rng)
            if parts.dateline:
                tells.append("dateline_kept")
        source_name = rng.choice(
            (
                f"{rng.choice(TOWNS)} {rng.choice(PAPERS)}",
                article.agency,
                f"{rng.choice(NEWSY_A)} {rng.choice(NEWSY_B)}",
            )
        )
        source_url = f"https://{slug(source_name, 3).replace('-', '')}.com/{slug(article.title)}"
        if rng.random() < 0.75:
            parts.after_body.append(
                f'<p>The post <a href="{escape(source_url)}" rel="nofollow">{escape(article.title)}</a> '
                f'appeared first on <a href="https://{slug(source_name, 3).replace("-", "")}.com" rel="nofollow">{escape(source_name)}</a>.</p>'
            )
            tells.append("appeared_first_on")
        if rng.random() < 0.5:
            parts.after_body.append(
                f'<div class="{theme.c("credit")}"><a href="{escape(source_url)}" target="_blank" rel="noopener">{escape(lab["source"])}</a></div>'
            )
            tells.append("source_link")
        if rng.random() < 0.6:
            parts.tags = [w for w in article.title.split() if len(w) > 4][:4]
        style = 1
        if rng.random() < 0.5:
            parts.blocks.append(
                topical_block(
                    rng, lab["related"], ctx, split, article.topic, 4, style, article.title
                )
            )
        else:
            parts.blocks.append(unrelated_block(rng, lab["related"], ctx, 5, 0.1, style))
        parts.sidebar.append(
            unrelated_block(rng, lab["latest"], ctx, rng.randint(5, 10), 0.15, style)
        )
        if rng.random() < 0.4:
            parts.sidebar.append(unrelated_block(rng, lab["popular"], ctx, 5, 0.3, style))
        parts.jsonld_type = rng.choice(("BlogPosting", "Article", None))
        parts.head_extra.append(
            f'<link rel="shortlink" href="https://{theme.domain}/?p={rng.randint(1000, 999999)}">'
        )
        if keep_credit:
            parts.byline, _credits = credit_lines(article, rng, article.published.year)
            tells[tells.index("credit_stripped")] = "credit_kept"
        add_extra_tells(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        return Generated(
            html, parts.url, claimed, fetched_after(rng, claimed, claimed, 10), tuple(tells)
        )
