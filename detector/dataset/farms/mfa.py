"""Made-for-advertising pages: an ad slot between every paragraph, "Around the web" widgets of
clickbait, the story split over pages ("Page 1 of 3"), sometimes an auto-refresh."""

from __future__ import annotations

import random

from detector.dataset.chrome import FARM_TLDS, NEWSY_A, NEWSY_B, slug
from detector.dataset.farms.base import (
    BuildContext,
    Generated,
    Site,
    ThemedFamily,
    at_time,
    clickbait_block,
    credit_lines,
    dateline,
    fetched_after,
    fresh_date,
    mix_in_filler,
    unrelated_block,
)
from detector.dataset.farms.extra_tells import add_extra_tells
from detector.dataset.rng import rng_for
from detector.dataset.sources import Article
from detector.dataset.themes import (
    FARM_NETWORKS,
    ArticleParts,
    Theme,
    ad_slot,
    make_theme,
    render_article,
)


class MfaFamily(ThemedFamily):
    """Family `mfa`."""

    name = "mfa"
    label = 1
    n_sites = 14

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """A news-sounding brand with many ad networks."""
        brand = f"{rng.choice(NEWSY_A)} {rng.choice(NEWSY_B)} {rng.choice(('Daily', 'Now', 'Online', 'Today', 'Live'))}"
        domain = slug(brand, 3).replace("-", "") + rng.choice(FARM_TLDS)
        lang = "en" if rng.random() < 0.85 else rng.choice(("de", "fr", "it"))
        return make_theme(rng, brand, domain, lang, networks=FARM_NETWORKS, n_networks=(2, 5))

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """Page 1 of a split story, or a whole story stuffed with ads."""
        theme = site.theme
        lab = theme.labels
        tells: list[str] = ["credit_stripped"]
        keep_credit = rng.random() < 0.12  # some scrapers copy the agency byline along
        paras = list(article.paragraphs)
        url = f"https://{theme.domain}/{slug(article.title)}/"
        parts = ArticleParts(url=url, headline=article.title, paragraphs=paras)
        if len(paras) >= 6 and rng.random() < 0.6:
            n_pages = rng.randint(2, min(5, len(paras) // 2))
            per = -(-len(paras) // n_pages)
            page = 1 if rng.random() < 0.7 else rng.randint(2, n_pages)
            parts.paragraphs = paras[(page - 1) * per : page * per] or paras[:per]
            parts.pagination = (page, n_pages)
            if page > 1:
                parts.url = f"{url}?page={page}"
            tells.append("pagination")
        every = 1 if rng.random() < 0.7 else 2
        n_ads = 0
        for i in range(0, len(parts.paragraphs) - 1, every):
            parts.inserts[i] = ad_slot(theme, rng, i + 1, label=rng.random() < 0.8)
            n_ads += 1
        if n_ads >= 2:
            tells.append("ad_between_paragraphs")
        parts.top_ad = True
        if rng.random() < 0.75:
            parts.blocks.append(
                clickbait_block(
                    rng,
                    rng.choice((lab["around"], lab["you_may_like"], lab["sponsored"])),
                    rng.randint(4, 8),
                )
            )
            tells.append("around_the_web")
        if rng.random() < 0.4:
            parts.blocks.append(clickbait_block(rng, lab["around"], rng.randint(3, 6)))
        if rng.random() < 0.5:
            parts.sidebar.append(unrelated_block(rng, lab["popular"], ctx, 6, 0.5, 0))
        # Filler-vertical headlines in a list (drawn apart: the other pages stay as they were).
        filler = rng_for(ctx.seed, "filler", self.name, article.id)
        if filler.random() < 0.3 and mix_in_filler(filler, [*parts.blocks, *parts.sidebar], 1):
            tells.append("filler_links")
        if rng.random() < 0.3:
            parts.refresh = rng.choice((60, 90, 120, 180))
            tells.append("auto_refresh")
        claimed = fresh_date(rng, article.published) if rng.random() < 0.75 else None
        if claimed:
            stamp = at_time(rng, claimed)
            parts.published = stamp
            parts.date_text = theme.fmt_date(stamp)
            tells.append("fresh_date")
        if rng.random() < 0.6:
            parts.dateline = dateline(article, rng)
            if parts.dateline:
                tells.append("dateline_kept")
        if rng.random() < 0.5:
            parts.byline = (
                f"{lab['by']} {rng.choice(('Staff', 'News Desk', 'Editorial Team', 'Web Desk'))}"
            )
        parts.jsonld_type = rng.choice(("NewsArticle", None))
        if keep_credit:
            parts.byline, _credits = credit_lines(article, rng, article.published.year)
            tells[tells.index("credit_stripped")] = "credit_kept"
        add_extra_tells(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        url = parts.url
        fetched = fetched_after(rng, claimed, fresh_date(rng, article.published))
        return Generated(html, url, claimed, fetched, tuple(tells))
