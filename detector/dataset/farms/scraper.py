"""Plain scrapers: another outlet's story copied, unlicensed, onto a site of any trade (a pet shop's
blog, a loans comparator, a betting tips site) or a bland news-like one, with only one to three tells.

The other farm families wear many tells at once, so a model trained on them alone learns that one
or two are not enough; many scrapers in the wild show only a couple. Here each page draws a few
tells from a shared pool (the agency dateline kept, a fresh date on an old story, an off-topic link
list, a bare "Source link", a post signed by the CMS account), and a trade brand counts as one
(a third of the trade sites are gambling or coupon-code sites whose menus say so). Half of the
trade sites' pages that keep the dateline keep the agency's credit lines too. Everything else on the page looks like an ordinary small site: same-topic related links or none, a
person's byline or none, the story's own date.
"""

from __future__ import annotations

import json
import random
from datetime import date
from html import escape

from detector.dataset.chrome import FARM_TLDS, NEWSY_A, NEWSY_B, person, slug
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

# Trade words of small commercial sites and the endings their names take, by language. Made up
# for the generator from everyday shop vocabulary; brands also come as invented compounds
# ("PawPantry") that name no trade word at all.
# fmt: off
TRADES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Pet", "Garden", "Kitchen", "Deals", "Coupon", "Bet", "Loan", "Credit", "VPN", "Tyre",
         "Mattress", "Furniture", "Travel", "Fitness", "Beauty", "Crypto", "Jobs", "Recipe",
         "Gadget", "Toy", "Wedding", "Dental", "Solar", "Insurance", "Casino", "Camping"),
        ("Hub", "Depot", "Corner", "Outlet", "Guide", "Zone", "Expert", "Central", "Planet",
         "Box", "Finder", "Pros", "Mart", "Tips"),
    ),
    "de": (
        ("Garten", "Haustier", "Reifen", "Kredit", "Möbel", "Reise", "Küchen", "Wett", "Spar",
         "Fitness", "Matratzen", "Versicherungs", "Camping", "Solar", "Gutschein"),
        ("welt", "profi", "markt", "zentrale", "ecke", "check", "portal", "tipps"),
    ),
    "fr": (
        ("Jardin", "Cuisine", "Voyage", "Crédit", "Pneus", "Meubles", "Paris", "Bons Plans",
         "Beauté", "Assurance", "Camping", "Animaux"),
        ("Malin", "Pro", "Expert", "Plus", "Facile", "Club"),
    ),
    "es": (
        ("Jardín", "Cocina", "Viajes", "Préstamos", "Apuestas", "Muebles", "Ofertas", "Belleza",
         "Seguros", "Mascotas", "Camping"),
        ("Fácil", "Pro", "Top", "Experto", "Club", "Plus"),
    ),
    "it": (
        ("Giardino", "Cucina", "Viaggi", "Prestiti", "Scommesse", "Mobili", "Offerte",
         "Bellezza", "Assicurazioni", "Animali", "Camping"),
        ("Facile", "Pro", "Top", "Esperto", "Club", "Più"),
    ),
}
# fmt: on
# schema.org types a small business's theme declares in its JSON-LD.
BUSINESS_TYPES = (
    "LocalBusiness",
    "Store",
    "PetStore",
    "FurnitureStore",
    "Dentist",
    "FinancialService",
    "TravelAgency",
    "AutoRepair",
    "BeautySalon",
    "HomeAndConstructionBusiness",
    "InsuranceAgency",
)  # fmt: skip
COINED_A = ("Paw", "Snug", "Zip", "Cozy", "Nimble", "Puddle", "Tidy", "Lumi", "Bramble", "Pebble")
COINED_B = ("Pantry", "Nook", "Loop", "Basket", "Bee", "Bay", "Den", "Jar", "Sprout", "Kit")
_CREDIT_KEPT = 0.5  # of trade-site pages that keep the dateline, the share keeping the credit
ACCOUNTS = ("admin", "editor", "webmaster", "Team", "Redaktion", "newsdesk")
# Menus of gambling and coupon-code sites, whose news pages are there to draw search traffic.
TRADE_NAV: dict[str, tuple[str, ...]] = {
    "en": ("Casino Reviews", "Free Spins", "Bonus Codes", "Betting Tips", "Slots", "Poker",
           "Coupon Codes", "Promo Codes", "Cashback"),
    "de": ("Casino Test", "Freispiele", "Bonus", "Sportwetten", "Wettanbieter", "Gutscheine",
           "Gutscheincodes"),
    "fr": ("Casinos en ligne", "Bonus", "Paris sportifs", "Codes promo", "Bons plans",
           "Poker"),
    "es": ("Casinos", "Bonos", "Apuestas", "Cupones", "Códigos promocionales", "Slots"),
    "it": ("Casinò online", "Bonus", "Scommesse", "Coupon", "Codici sconto", "Slot"),
}  # fmt: skip
# The page tells other than the brand, and how often each is drawn when the page draws tells.
PAGE_TELLS = (
    ("dateline_kept", 3),
    ("fresh_date", 3),
    ("offtopic_links", 2),
    ("source_link", 1),
    ("account_byline", 1),
)


def _brand(rng: random.Random, lang: str) -> tuple[str, str, bool]:
    """(brand, domain, unrelated): a trade brand, an invented compound, or a news-like name."""
    roll = rng.random()
    if roll < 0.5:
        words, ends = TRADES[lang]
        a, b = rng.choice(words), rng.choice(ends)
        brand = f"{a}{b}" if lang == "de" or rng.random() < 0.5 else f"{a} {b}"
        return brand, slug(brand, 3).replace("-", "") + rng.choice(FARM_TLDS), True
    if roll < 0.7:
        brand = rng.choice(COINED_A) + rng.choice(COINED_B)
        return brand, brand.lower() + rng.choice((".com", ".shop", ".co", ".store")), True
    brand = f"{rng.choice(NEWSY_A)} {rng.choice(NEWSY_B)}"
    return brand, slug(brand, 3).replace("-", "") + rng.choice(FARM_TLDS), False


def _tell_count(rng: random.Random, unrelated: bool) -> int:
    """How many page tells to draw: a trade brand is already one, so such pages draw fewer."""
    if unrelated:
        return rng.choices((0, 1, 2), weights=(3, 5, 2))[0]
    return rng.choices((1, 2, 3), weights=(5, 4, 1))[0]


def _draw_tells(rng: random.Random, k: int, can_dateline: bool) -> set[str]:
    pool = [(t, w) for t, w in PAGE_TELLS if can_dateline or t != "dateline_kept"]
    chosen: set[str] = set()
    while len(chosen) < min(k, len(pool)):
        names = [t for t, _ in pool if t not in chosen]
        weights = [w for t, w in pool if t not in chosen]
        chosen.add(rng.choices(names, weights=weights)[0])
    return chosen


class ScraperFamily(ThemedFamily):
    """Family `scraper`: uncredited copy on small sites of any trade, with few tells."""

    name = "scraper"
    label = 1
    n_sites = 14

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """A small site: a trade's shop or blog, or a bland news-like name."""
        lang = "en" if rng.random() < 0.7 else rng.choice(("de", "fr", "es", "it"))
        brand, domain, unrelated = _brand(rng, lang)
        theme = make_theme(
            rng, brand, domain, lang, wordpress=rng.random() < 0.4, n_networks=(0, 2),
            nav_keys=("lifestyle", "health", "local", "tech"), minimal=0.3,
        )  # fmt: skip
        theme.tells = ("unrelated_brand",) if unrelated else ()
        if unrelated and rng.random() < 0.35:  # a gambling or coupon site: its menu says so
            items = rng.sample(TRADE_NAV[lang], 4)
            theme.nav = [theme.nav[0], *((it, f"/{slug(it, 3)}/") for it in items)]
            theme.tells += ("trade_chrome",)
        if unrelated and rng.random() < 0.3:  # the theme still declares the business it was
            kind = rng.choice(BUSINESS_TYPES)
            ld = json.dumps({"@context": "https://schema.org", "@type": kind, "name": brand,
                             "telephone": f"+1-555-{rng.randint(1000, 9999)}",
                             "url": f"https://{domain}/"})  # fmt: skip
            theme.facts["head"] = f'<script type="application/ld+json">{ld}</script>'
            theme.tells += ("business_schema",)
        return theme

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """One scraped post with the few tells drawn for it."""
        theme, split = site.theme, site.split
        lab = theme.labels
        unrelated = "unrelated_brand" in theme.tells
        dl = dateline(article, rng)
        drawn = _draw_tells(rng, _tell_count(rng, unrelated), bool(dl))
        # A trade site that copies the whole story often copies its credit too ("Reporting by
        # ...; Editing by ...", "© 2024 AFP"): a credit no licensee of that trade could hold.
        keep_credit = unrelated and "dateline_kept" in drawn and rng.random() < _CREDIT_KEPT
        credit = "credit_kept" if keep_credit else "credit_stripped"
        tells: list[str] = [credit, *theme.tells, *sorted(drawn)]

        claimed: date | None
        if "fresh_date" in drawn:
            claimed = fresh_date(rng, article.published)
        elif rng.random() < 0.75:
            claimed = close_date(rng, article.published, 2)
        else:
            claimed = None
        stamp = at_time(rng, claimed) if claimed else None
        url = f"https://{theme.domain}/{rng.choice(('blog', 'news', 'magazine', 'post'))}/{slug(article.title)}/"
        paras = list(article.paragraphs)
        if rng.random() < 0.25:
            paras = paras[: rng.randint(2, 4)]
        parts = ArticleParts(url=url, headline=article.title, paragraphs=paras, published=stamp)
        if stamp is not None:
            parts.date_text = theme.fmt_date(stamp)
        if "dateline_kept" in drawn:
            parts.dateline = dl
        if "account_byline" in drawn:
            parts.byline = f"{lab['by']} {rng.choice(ACCOUNTS)}"
        elif rng.random() < 0.5:
            parts.byline = f"{lab['by']} {person(rng)}"
        parts.author_meta = parts.byline.split(" ", 1)[-1] if parts.byline else ""
        if keep_credit:
            _byline, credits = credit_lines(article, rng, (claimed or article.published).year)
            parts.after_body.extend(
                f'<p class="{theme.c("credit")}">{escape(c)}</p>' for c in credits
            )
        if "source_link" in drawn:
            source_url = f"https://{slug(article.agency or 'news', 3).replace('-', '')}.com/{slug(article.title)}"
            parts.after_body.append(
                f'<p class="{theme.c("credit")}"><a href="{escape(source_url)}" rel="nofollow">'
                f"{escape(lab['source'])}</a></p>"
            )
        style = rng.randint(0, 2)
        if "offtopic_links" in drawn:
            block = unrelated_block(rng, lab["related"], ctx, rng.randint(4, 8), 0.4, style)
            (parts.sidebar if rng.random() < 0.4 else parts.blocks).append(block)
        elif rng.random() < 0.6:
            parts.blocks.append(
                topical_block(
                    rng, lab["related"], ctx, split, article.topic, 4, style, article.title
                )
            )
        if "head" in theme.facts:
            parts.head_extra.append(theme.facts["head"])
        parts.jsonld_type = rng.choice(("BlogPosting", "Article", "NewsArticle", None))
        add_extra_tells(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        fallback = (
            fresh_date(rng, article.published) if "fresh_date" in drawn else article.published
        )
        fetched = fetched_after(rng, claimed, fallback, 20)
        return Generated(html, url, claimed, fetched, tuple(tells))
