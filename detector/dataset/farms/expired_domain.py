"""Expired domains refilled with copy: a dead club's, charity's or shop's site now posting news.

When a sports club, a charity, a parents' association or a small shop lets its domain lapse,
someone buys it for the links that still point at it, keeps the old name and look, and pours in
copied news next to gambling and loan posts. The page still reads as the old owner's: the name
with its legal form ("TSV Lindenau 1921 e.V.", "Friends of Millbrook Library Foundation"), the
menu ("Training times", "Become a member", "Donate"), a copyright that stopped the year the owner
left, an archive that jumps from that year to this month. Between them sit the buyer's goods:
links to casinos and lenders, often hidden from readers (kept for search engines), and
"dofollow" links in the copy. The story is uncredited; the post is signed by nobody, by "admin"
or by an invented name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from html import escape

from detector.dataset.chrome import person, slug
from detector.dataset.farms.base import (
    BuildContext,
    Generated,
    Site,
    ThemedFamily,
    at_time,
    close_date,
    fetched_after,
    fresh_date,
    story_href,
)
from detector.dataset.farms.extra_tells import add_extra_tells
from detector.dataset.sources import Article
from detector.dataset.themes import ArticleParts, Block, Theme, make_theme, render_article


@dataclass(frozen=True, slots=True)
class _Owner:
    """The kind of owner whose domain lapsed, in one language: names, menu, footer leftovers."""

    names: tuple[str, ...]  # "{t}" a town name, "{y}" the founding year
    menu: tuple[str, ...]
    leftovers: tuple[str, ...]  # footer lines of the old owner ("{y}" founding year)


# Invented owners per chrome language and kind (club, charity, school association, shop).
# fmt: off
_OWNERS: dict[str, dict[str, _Owner]] = {
    "en": {
        "club": _Owner(("{t} Rovers FC", "{t} Cricket Club", "{t} Harriers Athletic Club"),
                       ("Fixtures", "Training times", "Join the club", "Committee", "Juniors"),
                       ("Training: Tuesdays and Thursdays, 6.30pm at the {t} Recreation Ground.",
                        "Affiliated to the County FA since {y}.")),
        "charity": _Owner(("Friends of {t} Library Foundation", "{t} Community Trust",
                           "{t} Animal Rescue"),
                          ("Our mission", "Donate", "Volunteer", "Trustees", "Events"),
                          ("Registered charity no. {n}.", "Serving {t} since {y}.")),
        "school": _Owner(("{t} Primary PTA", "{t} Parents' Association"),
                         ("Meetings", "Fundraising", "Newsletter", "Join the PTA"),
                         ("The PTA meets on the first Monday of each month.",)),
        "shop": _Owner(("{t} Garden Centre", "{t} Bakery & Café"),
                       ("Opening hours", "Our products", "Find us", "Gift vouchers"),
                       ("Open Monday to Saturday, 9am to 5pm.", "Family business since {y}.")),
    },
    "de": {
        "club": _Owner(("TSV {t} {y} e.V.", "SV {t} e.V.", "Turnverein {t} {y}"),
                       ("Trainingszeiten", "Mitglied werden", "Vorstand", "Jugend", "Termine"),
                       ("Training: dienstags und donnerstags ab 18 Uhr, Sportplatz {t}.",
                        "Eingetragen im Vereinsregister, VR {n}.")),
        "charity": _Owner(("Förderverein {t} e.V.", "Stiftung {t}", "Tierhilfe {t} e.V."),
                          ("Über uns", "Spenden", "Mitmachen", "Satzung", "Veranstaltungen"),
                          ("Spendenkonto: Sparkasse {t}.", "Gemeinnützig seit {y}.")),
        "school": _Owner(("Elternverein Grundschule {t}",),
                         ("Elternabende", "Schulfest", "Mitglied werden"),
                         ("Der Elternverein trifft sich jeden ersten Montag im Monat.",)),
        "shop": _Owner(("Gärtnerei {t}", "Bäckerei Müller {t}"),
                       ("Öffnungszeiten", "Sortiment", "Anfahrt", "Gutscheine"),
                       ("Öffnungszeiten: Mo–Sa 8–18 Uhr.", "Familienbetrieb seit {y}.")),
    },
    "fr": {
        "club": _Owner(("AS {t}", "Football Club de {t}", "Union Sportive {t}"),
                       ("Horaires d'entraînement", "Adhésion", "Le bureau", "Calendrier"),
                       ("Entraînements le mardi et le jeudi à 18 h au stade de {t}.",
                        "Association loi 1901 fondée en {y}.")),
        "charity": _Owner(("Association Les Amis de {t}", "Fondation {t} Solidarité"),
                          ("Notre mission", "Faire un don", "Devenir bénévole", "Nos actions"),
                          ("Association loi 1901, reconnue d'intérêt général.",)),
        "school": _Owner(("APE de l'école de {t}",),
                         ("Réunions", "Kermesse", "Adhérer"),
                         ("L'association des parents d'élèves se réunit chaque mois.",)),
        "shop": _Owner(("Boulangerie de {t}", "Fleurs de {t}"),
                       ("Horaires", "Nos produits", "Nous trouver"),
                       ("Ouvert du mardi au dimanche, de 7 h à 19 h.",)),
    },
    "es": {
        "club": _Owner(("Club Deportivo {t}", "CF {t} {y}", "Club Atletismo {t}"),
                       ("Horarios de entrenamiento", "Hazte socio", "Junta directiva", "Cantera"),
                       ("Entrenamientos martes y jueves a las 18:00 en el polideportivo de {t}.",
                        "Club fundado en {y}.")),
        "charity": _Owner(("Asociación Amigos de {t}", "Fundación {t} Solidaria"),
                          ("Nuestra misión", "Dona", "Voluntariado", "Patronato"),
                          ("Inscrita en el Registro de Asociaciones con el n.º {n}.",)),
        "school": _Owner(("AMPA Colegio {t}",),
                         ("Reuniones", "Actividades", "Hazte socio"),
                         ("El AMPA se reúne el primer lunes de cada mes.",)),
        "shop": _Owner(("Panadería {t}", "Vivero {t}"),
                       ("Horarios", "Productos", "Dónde estamos"),
                       ("Abierto de lunes a sábado, de 9:00 a 20:00.",)),
    },
    "it": {
        "club": _Owner(("ASD {t} Calcio", "Polisportiva {t} {y}"),
                       ("Orari allenamenti", "Iscriviti", "Direttivo", "Settore giovanile"),
                       ("Allenamenti il martedì e il giovedì alle 18 al campo di {t}.",
                        "Associazione sportiva dilettantistica fondata nel {y}.")),
        "charity": _Owner(("Associazione Amici di {t}", "Fondazione {t} Onlus"),
                          ("La nostra missione", "Dona ora", "Volontariato", "Statuto"),
                          ("Associazione di volontariato iscritta al registro regionale n. {n}.",)),
        "school": _Owner(("Comitato Genitori {t}",),
                         ("Riunioni", "Festa della scuola", "Iscriviti"),
                         ("Il comitato si riunisce il primo lunedì del mese.",)),
        "shop": _Owner(("Forno {t}", "Vivaio {t}"),
                       ("Orari", "Prodotti", "Dove siamo"),
                       ("Aperto dal lunedì al sabato, dalle 8 alle 19.",)),
    },
}
_TOWNS: dict[str, tuple[str, ...]] = {
    "en": ("Ashcombe", "Millbrook", "Harwood", "Kingsleigh", "Oakfield", "Brampton Vale"),
    "de": ("Lindenau", "Grünwiesen", "Altdorf", "Eichenried", "Talhausen", "Rosenfeld"),
    "fr": ("Beaulieu", "Clairval", "Pontmarais", "Saint-Aubin", "Chanteloup"),
    "es": ("Valdeluz", "Campoalto", "Torrelinda", "Río Seco", "Monteverde"),
    "it": ("Borgomonte", "Roccabella", "Valfiorita", "Acquaverde", "Torrebruna"),
}
# The buyer's goods: headlines of gambling, lending and crypto posts, by language.
_GOODS: dict[str, tuple[str, ...]] = {
    "en": ("Best online casinos for {y}: top {n} sites with fast payouts",
           "Payday loans with no credit check: approval in {n} minutes",
           "Crypto casino bonus codes {y}: {n} free spins", "Top {n} betting sites in {y}"),
    "de": ("Beste Online Casinos {y}: {n} Anbieter im Vergleich",
           "Kredit ohne Schufa: Auszahlung in {n} Stunden", "Online Casino mit Echtgeld-Bonus {y}",
           "Sportwetten Anbieter {y}: die {n} besten Quoten"),
    "fr": ("Meilleurs casinos en ligne {y} : top {n}", "Crédit rapide sans justificatif en {n} h",
           "Paris sportifs : {n} sites fiables en {y}", "Bonus casino sans dépôt {y}"),
    "es": ("Mejores casinos online {y}: top {n}", "Préstamos rápidos sin nómina en {n} minutos",
           "Casas de apuestas con bono {y}", "Tragamonedas gratis: {n} juegos para ganar"),
    "it": ("Migliori casinò online {y}: top {n}", "Prestiti veloci senza busta paga in {n} ore",
           "Siti scommesse con bonus {y}", "Slot online con bonus senza deposito {y}"),
}
# Anchors of sold links (the buyer's customers) and their hosts.
_SOLD_ANCHORS = ("slot gacor", "online casino", "casino bonus", "bonus senza deposito",
                 "kredit vergleichen", "prestamos rapidos", "paris sportifs", "buy followers",
                 "casino en ligne", "deneme bonusu", "sportwetten", "payday loans")
_SOLD_HOSTS = ("casino-top{n}.com", "slotbonus{n}.net", "kredit-vergleich{n}.de",
               "fastloan{n}.co", "apuestas{n}.bet", "bonuscasino{n}.it")
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
}
_ARCHIVE = {"en": "Archives", "de": "Archiv", "fr": "Archives", "es": "Archivo", "it": "Archivio"}
_RECENT = {"en": "Recent posts", "de": "Neueste Beiträge", "fr": "Articles récents",
           "es": "Entradas recientes", "it": "Articoli recenti"}
_NEWS = {"en": "News", "de": "Aktuelles", "fr": "Actualités", "es": "Noticias", "it": "Notizie"}
# Ways of keeping a block of links from readers but not from crawlers.
_HIDING = ("display:none", "position:absolute;left:-9999px;top:-9999px",
           "height:0;overflow:hidden", "font-size:0;line-height:0", "visibility:hidden")
# fmt: on
_TELL_ODDS = {
    "old_copyright": 0.8,  # site-level: the footer's year stopped when the owner left
    "owner_leftovers": 0.7,  # site-level
    "hidden_links": 0.45,  # site-level
    "archive_gap": 0.6,
    "goods_posts": 0.75,
    "dofollow_link": 0.25,
    "fresh_date": 0.3,
    "admin_byline": 0.35,
    "persona_byline": 0.25,
}


def _domain(name: str, rng: random.Random) -> str:
    return slug(name, 4).replace("-", rng.choice(("", "-"))) + rng.choice(
        (".org", ".de", ".com", ".net", ".info", ".eu")
    )


def _hidden_links(rng: random.Random) -> str:
    """A block of sold outbound links that readers never see."""
    links = "".join(
        f'<a href="https://{rng.choice(_SOLD_HOSTS).format(n=rng.randint(1, 99))}/">{a}</a> '
        for a in rng.sample(_SOLD_ANCHORS, rng.randint(3, 6))
    )
    return f'<div style="{rng.choice(_HIDING)}">{links}</div>'


def _archive_block(lang: str, rng: random.Random, now: date, last_year: int) -> Block:
    """Monthly archive links: a few recent months, then the owner's last active year."""
    months = _MONTHS[lang]
    items: list[tuple[str, str]] = []
    for k in range(rng.randint(2, 5)):
        m, y = (now.month - 1 - k) % 12, now.year - ((now.month - 1 - k) < 0)
        items.append((f"{months[m]} {y}", f"/{y}/{m + 1:02d}/"))
    for m in sorted(rng.sample(range(12), rng.randint(2, 4)), reverse=True):
        items.append((f"{months[m]} {last_year}", f"/{last_year}/{m + 1:02d}/"))
    return Block(_ARCHIVE[lang], items, kind="links", role="widget")


class ExpiredDomainFamily(ThemedFamily):
    """Family `expired_domain`: a lapsed owner's site refilled with copy and sold links."""

    name = "expired_domain"
    label = 1
    n_sites = 14
    share = 0.6

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """The old owner's name, menu and footer, with the buyer's additions."""
        lang = "en" if rng.random() < 0.45 else rng.choice(("de", "fr", "es", "it"))
        kind = rng.choice(("club", "club", "charity", "charity", "school", "shop"))
        owner = _OWNERS[lang][kind]
        town, founded = rng.choice(_TOWNS[lang]), rng.choice((1898, 1921, 1948, 1976, 1987, 2004))
        name = rng.choice(owner.names).format(t=town, y=founded)
        theme = make_theme(
            rng, name, _domain(name, rng), lang, n_networks=(0, 2), minimal=0.0,
            nav_keys=("world", "business", "politics"),
        )  # fmt: skip
        # The menu keeps the owner's pages, with a news section or two the buyer added.
        owner_items = [(t, f"/{slug(t, 3)}/") for t in rng.sample(owner.menu, 3)]
        theme.nav = [theme.nav[0], *owner_items, *theme.nav[1 : rng.randint(2, 4)]]
        tells: list[str] = ["owner_identity"]
        # Years between the owner's last post and the buyer's: pages date the owner's last year
        # from their own date, since the copied stories span decades.
        facts = {"town": town, "gap": str(rng.randint(3, 12)), "footer": ""}
        extras: list[str] = []
        if rng.random() < _TELL_ODDS["owner_leftovers"]:
            line = rng.choice(owner.leftovers).format(t=town, y=founded, n=rng.randint(100, 9999))
            extras.append(f"<p>{escape(line)}</p>")
            tells.append("owner_leftovers")
        if rng.random() < _TELL_ODDS["hidden_links"]:
            extras.append(_hidden_links(rng))
            tells.append("hidden_links")
        if rng.random() < _TELL_ODDS["old_copyright"]:
            facts["old_copyright"] = "1"
            tells.append("old_copyright")
        facts["footer"] = "".join(extras)
        theme.facts.update(facts)
        theme.tells = tuple(tells)
        return theme

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """One copied story on the lapsed owner's site."""
        theme = site.theme
        lang, lab = theme.lang, theme.labels
        tells: list[str] = ["credit_stripped", *theme.tells]
        # Domains lapse and get bought in the 2010s and 2020s: an older story is re-dated.
        if article.published.year < 2012 or rng.random() < _TELL_ODDS["fresh_date"]:
            claimed = fresh_date(rng, article.published)
            tells.append("fresh_date")
        else:
            claimed = close_date(rng, article.published, 3)
        last_year = claimed.year - int(theme.facts["gap"])
        stamp = at_time(rng, claimed)
        url = f"https://{theme.domain}/{claimed:%Y/%m}/{slug(article.title)}/"
        paras = list(article.paragraphs)
        parts = ArticleParts(url=url, headline=article.title, paragraphs=paras, published=stamp)
        parts.date_text = theme.fmt_date(stamp)
        parts.breadcrumbs = [(lab["home"], "/"), (_NEWS[lang], "/news/")]
        roll = rng.random()
        if roll < _TELL_ODDS["admin_byline"]:
            parts.byline = rng.choice(("admin", "Admin", "webmaster", "redaktion", "editor"))
            tells.append("admin_byline")
        elif roll < _TELL_ODDS["admin_byline"] + _TELL_ODDS["persona_byline"]:
            parts.byline = f"{lab['by']} {person(rng)}"
            tells.append("persona_byline")
        parts.author_meta = parts.byline.removeprefix(f"{lab['by']} ")
        if paras and rng.random() < _TELL_ODDS["dofollow_link"]:
            anchor = rng.choice(_SOLD_ANCHORS)
            host = rng.choice(_SOLD_HOSTS).format(n=rng.randint(1, 99))
            parts.inserts[min(2, len(paras) - 1)] = (
                f'<p><a href="https://{host}/" rel="dofollow">{escape(anchor)}</a></p>'
            )
            tells.append("dofollow_link")
        style = rng.randint(0, 2)
        recent: list[tuple[str, str]] = []
        for _ in range(rng.randint(3, 5)):
            text = rng.choice(ctx.headlines)[0]
            recent.append((text, story_href(rng, text, style)))
        if rng.random() < _TELL_ODDS["goods_posts"]:
            for template in rng.sample(_GOODS[lang], rng.randint(2, 3)):
                text = template.format(y=claimed.year, n=rng.randint(3, 30))
                recent.insert(rng.randrange(len(recent) + 1), (text, story_href(rng, text, style)))
            tells.append("goods_posts")
        parts.sidebar.append(Block(_RECENT[lang], recent, kind="links", role="widget"))
        if rng.random() < _TELL_ODDS["archive_gap"]:
            parts.sidebar.append(_archive_block(lang, rng, claimed, last_year))
            tells.append("archive_gap")
        parts.footer_extra.append(theme.facts["footer"])
        if theme.facts.get("old_copyright"):
            parts.copyright_year = last_year
        parts.jsonld_type = rng.choice(("BlogPosting", "Article", None))
        parts.publisher = theme.brand
        add_extra_tells(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        fetched = fetched_after(rng, claimed, claimed, 15)
        return Generated(html, url, claimed, fetched, tuple(tells))
