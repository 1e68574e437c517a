"""AI-rewrite farms: the story paraphrased (here by simple deterministic rewriting), a stock
closing summary, sometimes leftovers of a chatbot ("As an AI language model", "Rewritten
article:", "Sure, here is"), under a modern magazine theme with a made-up author."""

from __future__ import annotations

import random

from detector.dataset.chrome import BRAND_A, BRAND_B, FARM_TLDS, NEWSY_B, person, slug
from detector.dataset.farms.base import (
    BuildContext,
    Generated,
    Site,
    ThemedFamily,
    at_time,
    fetched_after,
    fresh_date,
    unrelated_block,
)
from detector.dataset.rewrite import paraphrase, rewrite_headline, summary_paragraph
from detector.dataset.sources import Article
from detector.dataset.themes import ArticleParts, Theme, make_theme, render_article

LEADING = (
    "Sure, here is the rewritten article:",
    "Sure! Here's a rewritten version of the article:",
    "Rewritten article:",
    "Certainly! Here is a unique version of the news article:",
    "Here is the paraphrased article in a journalistic tone:",
    "Title: {title}",
)
TRAILING = (
    "I hope this helps! Let me know if you need any further changes.",
    "As an AI language model, I cannot browse the internet for the latest updates on this story.",
    "Note: As an AI language model, I do not have personal opinions on this matter.",
    "Please let me know if you would like me to adjust the tone or length.",
    "I apologize, but I cannot verify the accuracy of these claims.",
)


class AiRewriteFamily(ThemedFamily):
    """Family `ai_rewrite`."""

    name = "ai_rewrite"
    label = 1
    n_sites = 14

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """A slick magazine-like brand."""
        brand = f"{rng.choice(BRAND_A)}{rng.choice(BRAND_B)} {rng.choice(NEWSY_B)}"
        domain = slug(brand, 3).replace("-", "") + rng.choice(FARM_TLDS)
        lang = "en" if rng.random() < 0.85 else rng.choice(("de", "fr", "es"))
        return make_theme(rng, brand, domain, lang, styles=("utility", "hashed", "bem"))

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """One rewritten story."""
        theme = site.theme
        lab = theme.labels
        tells: list[str] = ["paraphrased", "credit_stripped"]
        paras = [paraphrase(p, rng) for p in article.paragraphs]
        if rng.random() < 0.6:
            paras.append(summary_paragraph(article.paragraphs, rng))
            tells.append("stock_summary")
        headline = rewrite_headline(article.title, rng) if rng.random() < 0.7 else article.title
        if rng.random() < 0.55:
            if rng.random() < 0.6:
                paras.insert(0, rng.choice(LEADING).format(title=article.title))
            if rng.random() < 0.6:
                paras.append(rng.choice(TRAILING))
            if not any(
                p in paras[0] or p in paras[-1]
                for p in (
                    "Sure",
                    "Rewritten",
                    "Title:",
                    "AI language",
                    "Certainly",
                    "Here is",
                    "I hope",
                    "apologize",
                    "Please let",
                )
            ):
                paras.append(rng.choice(TRAILING))
            tells.append("chatbot_phrase")
        claimed = fresh_date(rng, article.published) if rng.random() < 0.9 else None
        if claimed:
            tells.append("fresh_date")
        url = f"https://{theme.domain}/{slug(headline)}-{rng.randint(100, 9999)}"
        parts = ArticleParts(url=url, headline=headline, paragraphs=paras)
        if claimed:
            stamp = at_time(rng, claimed)
            parts.published = stamp
            parts.modified = stamp if rng.random() < 0.5 else None
            parts.date_text = (
                f"{lab['updated']} {theme.fmt_date(stamp)}"
                if rng.random() < 0.3
                else theme.fmt_date(stamp)
            )
        if rng.random() < 0.8:
            author = person(rng)
            parts.byline = f"{lab['by']} {author}"
            parts.author_meta = author
            parts.under_headline.append(
                f'<div class="author-box"><img src="https://{theme.domain}/authors/{slug(author)}.webp" alt="{author}"><span>{author}</span></div>'
            )
            tells.append("invented_author")
        if rng.random() < 0.5:
            sec = rng.choice(list(theme.nav[1:]))
            parts.breadcrumbs = [(lab["home"], "/"), sec]
        if rng.random() < 0.5:
            parts.blocks.append(
                unrelated_block(rng, lab["you_may_like"], ctx, 6, 0.2, 1, "teasers")
            )
        if rng.random() < 0.6:
            parts.sidebar.append(unrelated_block(rng, lab["trending"], ctx, 6, 0.4, 1))
        parts.jsonld_type = rng.choice(("NewsArticle", "BlogPosting"))
        parts.keywords = [w.lower() for w in headline.split() if len(w) > 5][:5]
        html = render_article(theme, parts, rng)
        fetched = fetched_after(rng, claimed, fresh_date(rng, article.published))
        return Generated(html, url, claimed, fetched, tuple(tells))
