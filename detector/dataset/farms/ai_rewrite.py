"""AI-rewrite farms: the story paraphrased (here by simple deterministic rewriting), a stock
closing summary, sometimes leftovers of a chatbot ("As an AI language model", "Rewritten
article:", "Sure, here is"), under a modern magazine theme with a made-up author."""

from __future__ import annotations

import json
import random
from html import escape

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
from detector.dataset.farms.extra_tells import add_extra_tells
from detector.dataset.rewrite import paraphrase, rewrite_headline, summary_paragraph
from detector.dataset.rng import rng_for
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


# The frame of an SEO article around the rewrite, in the sites' languages: a table of contents, a
# closing heading, an FAQ and a call to stay with the site ("{b}" its brand).
# fmt: off
SEO_FRAME: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"toc": ("Table of Contents", "Contents"),
           "closing": ("Conclusion", "Final Thoughts", "Key Takeaways"),
           "faq": ("Frequently Asked Questions", "FAQs"),
           "questions": ("What happened?", "Why does it matter?", "What happens next?",
                         "Who is affected?"),
           "cta": ("Stay tuned to {b} for more updates.",
                   "Keep following {b} for the latest news on this story.")},
    "de": {"toc": ("Inhaltsverzeichnis",), "closing": ("Fazit", "Unser Fazit"),
           "faq": ("Häufig gestellte Fragen",),
           "questions": ("Was ist passiert?", "Warum ist das wichtig?", "Wie geht es weiter?"),
           "cta": ("Bleiben Sie dran bei {b} für weitere Neuigkeiten.",)},
    "fr": {"toc": ("Sommaire", "Table des matières"), "closing": ("Conclusion", "En conclusion"),
           "faq": ("Questions fréquentes",),
           "questions": ("Que s'est-il passé ?", "Pourquoi est-ce important ?",
                         "Et maintenant ?"),
           "cta": ("Restez connectés sur {b} pour plus d'actualités.",)},
    "es": {"toc": ("Tabla de contenidos", "Índice de contenidos"),
           "closing": ("Conclusión", "Reflexiones finales"), "faq": ("Preguntas frecuentes",),
           "questions": ("¿Qué pasó?", "¿Por qué es importante?", "¿Qué sigue ahora?"),
           "cta": ("Sigue a {b} para más noticias y actualizaciones.",)},
}
# fmt: on


def seo_frame(rng: random.Random, parts: ArticleParts, theme: Theme, paras: list[str]) -> list[str]:
    """Wrap the story in two or more parts of an SEO article; the parts' names."""
    frame = SEO_FRAME.get(theme.lang, SEO_FRAME["en"])
    kinds = [k for k in ("toc", "closing", "faq", "cta") if rng.random() < 0.55]
    while len(kinds) < 2:
        kinds = sorted({*kinds, rng.choice(("toc", "closing", "faq", "cta"))})
    sentences = [p.split(". ")[0].rstrip(".") + "." for p in paras if len(p) > 60]
    if "toc" in kinds:
        items = "".join(
            f'<li><a href="#s{i}">{escape(s[:60])}</a></li>' for i, s in enumerate(sentences[:4])
        )
        toc = escape(rng.choice(frame["toc"]))
        parts.under_headline.append(
            f'<div class="toc"><p class="toc-title">{toc}</p><ol>{items}</ol></div>'
        )
    if "closing" in kinds and len(paras) >= 3:
        parts.inserts[len(paras) - 2] = f"<h2>{escape(rng.choice(frame['closing']))}</h2>"
    if "faq" in kinds:
        questions = rng.sample(frame["questions"], min(3, len(frame["questions"])))
        answers = (sentences or [parts.headline])[: len(questions)]
        qa = "".join(
            f"<h3>{escape(q)}</h3><p>{escape(a)}</p>"
            for q, a in zip(questions, answers, strict=False)
        )
        parts.after_body.append(
            f'<section class="faq"><h2>{escape(rng.choice(frame["faq"]))}</h2>{qa}</section>'
        )
        if rng.random() < 0.7:
            entities = [
                {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}}
                for q, a in zip(questions, answers, strict=False)
            ]
            ld = json.dumps(
                {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": entities}
            )
            parts.head_extra.append(f'<script type="application/ld+json">{ld}</script>')
    if "cta" in kinds:
        paras.append(rng.choice(frame["cta"]).format(b=theme.brand))
    return kinds


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
        # An SEO article's frame on some pages (drawn apart: the other pages stay as they were).
        seo = rng_for(ctx.seed, "seo-frame", self.name, article.id)
        if seo.random() < 0.35:
            seo_frame(seo, parts, theme, parts.paragraphs)
            tells.append("seo_frame")
        parts.jsonld_type = rng.choice(("NewsArticle", "BlogPosting"))
        parts.keywords = [w.lower() for w in headline.split() if len(w) > 5][:5]
        add_extra_tells(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        fetched = fetched_after(rng, claimed, fresh_date(rng, article.published))
        return Generated(html, url, claimed, fetched, tuple(tells))
