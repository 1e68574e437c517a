"""Reporterless local networks: one company's many town sites, each filled with the same copy.

A company registers a site per town ("Millbrook Today", "Riverton Today", "Neustadt Aktuell"),
and pours into every one the same national agency and press-release copy, posted within a day
or two of the story. Nobody reports: the town's name is worked into the headline or the first
line, the post is signed by the site's own desk ("Millbrook Today Newsroom", "Redaktion Neustadt
Aktuell") or by nobody, the footer lists the sister sites and sometimes says that the news is
published automatically. Some pages keep the agency dateline, some a bare "Source: AP" line.
None of the seed's tells: no gossip lists, no reaction counter, no stale date (mostly), a brand
that sounds like local news. What gives such a page away is who made it, not what it shows.
"""

from __future__ import annotations

import random
from html import escape

from detector.dataset.chrome import TOWNS, person, slug
from detector.dataset.farms.base import (
    BuildContext,
    Generated,
    Site,
    ThemedFamily,
    at_time,
    close_date,
    dateline,
    fetched_after,
    fresh_date,
    topical_block,
    unrelated_block,
)
from detector.dataset.farms.extra_tells import add_extra_tells
from detector.dataset.sources import Article
from detector.dataset.themes import ArticleParts, Theme, make_theme, render_article

# Invented town names and the network's name endings per chrome language; the English towns
# are the generator's shared list.
# fmt: off
_TOWNS: dict[str, tuple[str, ...]] = {
    "en": TOWNS,
    "de": ("Neustadt", "Bergheim", "Lindenau", "Altdorf", "Rosenfeld", "Kirchberg", "Waldheim",
           "Steinbach", "Talhausen", "Obermühl", "Eichenried", "Brunnstadt"),
    "fr": ("Villeneuve", "Montclair", "Saint-Aubin", "Beaulieu", "Clairval", "Rochefort",
           "Val-Doré", "Pontmarais", "Bellerive", "Chanteloup"),
    "es": ("Villanueva", "San Martín", "Valdeluz", "Puerto Claro", "Monteverde", "Santa Inés",
           "Río Seco", "Campoalto", "Torrelinda", "Aguasvivas"),
    "it": ("Castelnuovo", "Borgomonte", "Villafranca", "San Lorenzo", "Roccabella",
           "Pontevecchio", "Montalto", "Valfiorita", "Acquaverde", "Torrebruna"),
}
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("Today", "Now", "Daily", "Local", "24", "News Now", "Updates"),
    "de": ("Aktuell", "Heute", "24", "News", "Online", "Nachrichten"),
    "fr": ("Infos", "Actu", "24", "Direct", "Matin"),
    "es": ("Hoy", "Al Día", "24", "Noticias", "Ahora"),
    "it": ("Oggi", "Notizie", "24", "News", "Live"),
}
# The site's own desk as the post's signature: "{b}" is the brand.
_DESKS: dict[str, tuple[str, ...]] = {
    "en": ("{b} Newsroom", "{b} Staff", "{b} News Desk", "The {b} Team", "By {b} Staff"),
    "de": ("Redaktion {b}", "{b}-Redaktion", "Team {b}", "Von Redaktion {b}"),
    "fr": ("La rédaction de {b}", "Équipe {b}", "Rédaction {b}", "Par la rédaction {b}"),
    "es": ("Redacción {b}", "Equipo {b}", "Por Redacción {b}"),
    "it": ("Redazione {b}", "Staff {b}", "A cura della Redazione {b}"),
}
# Footer sentences saying that nobody writes the news: "{b}" brand, "{n}" the network.
_AUTOMATED: dict[str, tuple[str, ...]] = {
    "en": ("{b} is part of {n}. News on this site is published automatically from agency wires"
           " and public sources.",
           "Stories on {b} are generated automatically and may contain errors."),
    "de": ("{b} gehört zu {n}. Die Nachrichten werden automatisch aus Agenturmeldungen erstellt.",
           "Inhalte auf {b} werden automatisch aktualisiert."),
    "fr": ("{b} fait partie de {n}. Les articles sont publiés automatiquement à partir de"
           " sources publiques.",
           "Les contenus de {b} sont mis à jour automatiquement."),
    "es": ("{b} forma parte de {n}. Las noticias se publican de forma automática a partir de"
           " fuentes públicas.",
           "Los contenidos de {b} se actualizan automáticamente."),
    "it": ("{b} fa parte di {n}. Le notizie sono pubblicate automaticamente da fonti pubbliche.",
           "I contenuti di {b} sono aggiornati automaticamente."),
}
_NETWORK_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("Our network", "Our sites", "More local news"),
    "de": ("Unsere Portale", "Unser Netzwerk", "Weitere Städte"),
    "fr": ("Notre réseau", "Nos sites", "Autres villes"),
    "es": ("Nuestra red", "Nuestros sitios", "Otras ciudades"),
    "it": ("La nostra rete", "I nostri siti", "Altre città"),
}
# The town worked into the story: a headline prefix or a lead-in to the first paragraph.
_LEAD_INS: dict[str, tuple[str, ...]] = {
    "en": ("For readers in {t}: ", "{t} residents, take note: ", "What it means for {t}: "),
    "de": ("Für Leser in {t}: ", "Auch in {t} wichtig: "),
    "fr": ("Pour nos lecteurs de {t} : ", "À {t} aussi : "),
    "es": ("Para los vecinos de {t}: ", "También en {t}: "),
    "it": ("Per i lettori di {t}: ", "Anche a {t}: "),
}
_SOURCE_WORDS = {"en": "Source", "de": "Quelle", "fr": "Source", "es": "Fuente", "it": "Fonte"}
_COMPANY_A = ("Heartland", "Meridian", "Crestline", "Bluewater", "Northstar", "Keystone")
_COMPANY_B = ("Local Media", "Community News", "Digital Local", "Town Media Group")
# fmt: on
_TELL_ODDS = {
    "sister_sites": 0.7,  # site-level: the footer lists the network
    "automation_disclaimer": 0.35,  # site-level
    "own_desk_byline": 0.6,
    "town_injected": 0.7,
    "dateline_kept": 0.5,  # of the stories that come with an agency dateline
    "credit_bare": 0.25,
    "fresh_date": 0.15,
}


def _brand(rng: random.Random, lang: str, town: str, suffix: str) -> str:
    if suffix == "24" and rng.random() < 0.6:
        return f"{town.replace(' ', '')}24"
    if lang == "fr" and suffix in ("Actu", "Infos") and rng.random() < 0.5:
        return f"{suffix} {town}"
    return f"{town} {suffix}"


def _domain(brand: str, rng: random.Random) -> str:
    return slug(brand, 4).replace("-", rng.choice(("", "-"))) + rng.choice(
        (".com", ".news", ".net", ".online", ".info", ".co")
    )


class LocalNetworkFamily(ThemedFamily):
    """Family `local_network`: one company's town sites, national copy, no reporters."""

    name = "local_network"
    label = 1
    n_sites = 14
    share = 0.8

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """A town site of a network: the town's name plus the network's ending."""
        lang = "en" if rng.random() < 0.6 else rng.choice(("de", "fr", "es", "it"))
        suffix = rng.choice(_SUFFIXES[lang])
        towns = list(_TOWNS[lang])
        rng.shuffle(towns)
        town, sisters = towns[0], towns[1 : 1 + rng.randint(3, 8)]
        brand = _brand(rng, lang, town, suffix)
        theme = make_theme(
            rng, brand, _domain(brand, rng), lang, n_networks=(1, 3),
            nav_keys=("local", "politics", "business", "sport"), minimal=0.0,
        )  # fmt: skip
        company = f"{rng.choice(_COMPANY_A)} {rng.choice(_COMPANY_B)}"
        extras: list[str] = []
        tells: list[str] = []
        if rng.random() < _TELL_ODDS["sister_sites"]:
            names = [_brand(rng, lang, t, suffix) for t in sisters]
            links = " · ".join(
                f'<a href="https://{escape(_domain(n, rng))}/">{escape(n)}</a>' for n in names
            )
            heading = escape(rng.choice(_NETWORK_HEADINGS[lang]))
            extras.append(
                f'<div class="{theme.c("tags")}"><strong>{heading}:</strong> {links}</div>'
            )
            tells.append("sister_sites")
        if rng.random() < _TELL_ODDS["automation_disclaimer"]:
            line = rng.choice(_AUTOMATED[lang]).format(b=brand, n=company)
            extras.append(f"<p>{escape(line)}</p>")
            tells.append("automation_disclaimer")
        theme.tells = tuple(tells)
        theme.facts = {"town": town, "footer": "".join(extras)}  # shown on every page
        return theme

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """One post of the network's copy on one town site."""
        theme, split = site.theme, site.split
        lab, lang, town = theme.labels, theme.lang, theme.facts["town"]
        tells: list[str] = ["credit_stripped", *theme.tells]
        headline, paras = article.title, list(article.paragraphs)
        if rng.random() < _TELL_ODDS["town_injected"]:
            if rng.random() < 0.5:
                headline = f"{town}: {headline}"
            elif paras:
                paras[0] = rng.choice(_LEAD_INS[lang]).format(t=town) + paras[0]
            tells.append("town_injected")
        if rng.random() < _TELL_ODDS["fresh_date"]:
            claimed = fresh_date(rng, article.published)
            tells.append("fresh_date")
        else:
            claimed = close_date(rng, article.published, 2)
        stamp = at_time(rng, claimed)
        section = rng.choice(("news", "local", "story"))
        url = f"https://{theme.domain}/{section}/{slug(headline)}/"
        parts = ArticleParts(url=url, headline=headline, paragraphs=paras, published=stamp)
        parts.date_text = theme.fmt_date(stamp)
        roll = rng.random()
        if roll < _TELL_ODDS["own_desk_byline"]:
            parts.byline = rng.choice(_DESKS[lang]).format(b=theme.brand)
            tells.append("own_desk_byline")
        elif roll < 0.8:
            parts.byline = f"{lab['by']} {person(rng)}"  # an invented name, now and then
        parts.author_meta = parts.byline.removeprefix(f"{lab['by']} ")
        dl = dateline(article, rng)
        if dl and rng.random() < _TELL_ODDS["dateline_kept"]:
            parts.dateline = dl
            tells.append("dateline_kept")
        if article.agency and rng.random() < _TELL_ODDS["credit_bare"]:
            word = _SOURCE_WORDS[lang]
            parts.after_body.append(
                f'<p class="{theme.c("credit")}">{escape(word)}: {escape(article.agency)}</p>'
            )
            tells[0] = "credit_bare"
        style = rng.randint(0, 2)
        if rng.random() < 0.65:
            parts.blocks.append(
                topical_block(
                    rng, lab["related"], ctx, split, article.topic, 5, style, article.title
                )
            )
        elif rng.random() < 0.5:
            parts.sidebar.append(
                unrelated_block(rng, lab["popular"], ctx, rng.randint(4, 6), 0.0, style)
            )
        parts.footer_extra.append(theme.facts["footer"])
        parts.jsonld_type = rng.choice(("NewsArticle", "NewsArticle", "Article", None))
        parts.publisher = theme.brand
        add_extra_tells(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        fetched = fetched_after(rng, claimed, claimed, 10)
        return Generated(html, parts.url, claimed, fetched, tuple(tells))
