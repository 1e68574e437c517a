"""Extra republisher tells: mechanisms that the families did not carry before, drawn apart.

Each function below puts one mechanism on a page (an `ArticleParts` about to be rendered) and
returns the name of the tell it put there. The families call `add_extra_tells` just before they
render: it draws, from a generator of its own (`rng_for(seed, "extra-tells", family, site,
article)`), which of the family's extra tells the page gets (each at its rate, at most two a
page), so every other draw of the page stays as it was.

The mechanisms, each written here in the site's language (en, de, fr, es, it) with several
phrasings and structures of our own:

- `persona_bio`: an invented author's lifestyle bio box ("... a passionate home cook and mum of
  two who spends her weekends hiking") under a copied story; sometimes the story still closes
  with the agency's copyright line (the persona signs another party's copy).
- `hidden_links` (tell `hidden_sold_links`): a block of casino / loan / pill links hidden from readers by an inline style.
- `link_offer`: a footer line selling dofollow links or unlabelled sponsored posts for a price.
- `origin_voice`: the copied story still speaks as its origin outlet: a follow call naming it
  ("Follow the Harbour Gazette on WhatsApp"), its staff sign-off and copyright, a closing
  "According to <its domain>", or a source line naming the site itself.
- `translated`: a story in German, French, Spanish or Italian that keeps the conventions of an
  English original (dollar amounts, miles, "3.4 Prozent", a US date, "a person familiar with
  the matter" turned word for word), and credits neither source nor translation.
- `keyword_stuffing`: one key phrase of the headline repeated through the body and in a tag list
  of near-identical variants.
- `click_teaser`: the story cut to a paragraph or two and a call to read the rest through a
  counted hop ("/go/?p=…") on another site.
- `network_claim`: "one of 1,200 local news sites run by …" beside a press-release desk.
- `canonical_offsite`: the canonical link left pointing at the outlet the story came from.
- `service_nav` / `for_sale`: a lapsed business's menu (booking, opening hours) or the
  registrar's "this domain may be for sale" banner left on a refilled domain.
- `affiliate`: an affiliate disclosure and sponsored product links on an arbitrage page.

`add_legit_lookalikes` puts the legitimate twins of some of them on hard negatives (a credited
translation, a staff bio on the reporter's beat, disclosed rel="sponsored" links, a group footer
naming sister titles, a canonical on the same site).
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable, Iterable
from datetime import date
from html import escape

from detector.dataset.chrome import person, slug
from detector.dataset.farms.base import BuildContext
from detector.dataset.rng import rng_for
from detector.dataset.sources import Article
from detector.dataset.themes import ArticleParts, Theme

Tell = Callable[["Canvas"], str]

LANGS = ("en", "de", "fr", "es", "it")


class Canvas:
    """What a tell may touch: the page's parts, its site, its story and a generator."""

    __slots__ = ("article", "ctx_year", "family", "parts", "rng", "tells", "theme")

    def __init__(
        self,
        theme: Theme,
        parts: ArticleParts,
        article: Article,
        rng: random.Random,
        tells: list[str],
        year: int,
        family: str = "",
    ) -> None:
        self.family = family
        self.theme = theme
        self.parts = parts
        self.article = article
        self.rng = rng
        self.tells = tells
        self.ctx_year = year

    @property
    def lang(self) -> str:
        """The page's chrome language (one of LANGS)."""
        return self.theme.lang if self.theme.lang in LANGS else "en"

    @property
    def story_lang(self) -> str:
        """The story's language: a real page's own, or English for the source corpora."""
        corpus = self.article.corpus
        return corpus.removeprefix("real-") if corpus.startswith("real-") else "en"

    def footer(self, html: str) -> None:
        """Put `html` in the footer, or under the story on a site whose theme shows none."""
        if self.theme.minimal:
            self.parts.after_body.append(html)
        else:
            self.parts.footer_extra.append(html)

    @property
    def has_footer(self) -> bool:
        """Whether the theme shows a footer (minimal themes show none)."""
        return not self.theme.minimal

    def pick(self, options: dict[str, tuple[str, ...]]) -> str:
        """One phrasing in the page's language."""
        return self.rng.choice(options.get(self.lang) or options["en"])


def _credited(tells: list[str]) -> bool:
    """Whether the page already credits the story's source somewhere."""
    return bool(
        {"credit_kept", "source_link", "appeared_first_on", "credit_bare", "board_source"}
        & set(tells)
    )


# --------------------------------------------------------------------------------------------
# Invented origin outlets (the outlet a copied story was written for), by story language.
# fmt: off
_OUTLETS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("Harbour Gazette", "harbourgazette.com"), ("Redfield Evening Post", "redfieldpost.com"),
           ("The Ashford Courier", "ashfordcourier.co.uk"), ("Lakeside Tribune", "lakesidetribune.com"),
           ("Northern Ledger", "northernledger.net"), ("Valley Daily Record", "valleyrecord.com")),
    "de": (("Rheintaler Zeitung", "rheintaler-zeitung.de"), ("Nordkurier Heide", "nordkurier-heide.de"),
           ("Allgäuer Tagblatt", "allgaeuer-tagblatt.de"), ("Westfalen Post Online", "westfalenpost-online.de")),
    "fr": (("Le Courrier de l'Ouest", "courrier-ouest.fr"), ("La Dépêche Alpine", "depeche-alpine.fr"),
           ("Journal du Val", "journalduval.fr"), ("L'Écho Normand", "echo-normand.fr")),
    "es": (("Diario del Sur", "diariodelsur.es"), ("El Periódico de Levante", "periodicolevante.es"),
           ("La Voz de la Sierra", "vozdelasierra.es"), ("Heraldo Costero", "heraldocostero.com")),
    "it": (("Corriere del Vallone", "corrieredelvallone.it"), ("Gazzetta di Borgomonte", "gazzettaborgomonte.it"),
           ("Il Giornale dei Laghi", "giornaledeilaghi.it"), ("Quotidiano Adriatico", "quotidianoadriatico.it")),
}
# fmt: on


def _outlet(c: Canvas) -> tuple[str, str]:
    lang = c.story_lang if c.story_lang in _OUTLETS else c.lang
    return c.rng.choice(_OUTLETS[lang])


def _voice_lang(c: Canvas) -> str:
    """The language the copied story speaks (its origin outlet's)."""
    return c.story_lang if c.story_lang in LANGS else c.lang


# --------------------------------------------------------------------------------------------
# Persona bios.
# fmt: off
_BIO: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "passion": ("a passionate home cook", "a self-confessed coffee addict", "a lifelong fan of "
                    "vintage cars", "an avid tech enthusiast", "a true lover of good food",
                    "a weekend baker with a passion for sourdough", "a plant lover"),
        "family": ("mum of two", "a proud mom of three", "father of two boys", "dad of a "
                   "curious toddler", "a wife and mother", "a dog dad"),
        "leisure": ("spends every free minute hiking", "loves travelling with the family",
                    "practises yoga every morning", "can be found on a trail when not writing",
                    "enjoys long walks and a good cup of coffee", "spends weekends gardening"),
        "subject": ("healthy recipes", "wellness and beauty", "home decor", "personal finance "
                    "tips", "fashion and lifestyle", "budget travel and cooking"),
        "about": ("About the author", "About the Author", "Meet the author", "Written by"),
    },
    "de": {
        "passion": ("leidenschaftliche Hobbyköchin", "begeisterter Kaffeeliebhaber",
                    "Technik-Enthusiast", "passionierte Gärtnerin"),
        "family": ("Mutter von zwei Kindern", "Vater von drei Töchtern", "zweifache Mutter"),
        "leisure": ("verbringt ihre Freizeit beim Wandern", "liebt Reisen und guten Kaffee",
                    "macht in ihrer Freizeit Yoga", "ist am Wochenende in den Bergen unterwegs"),
        "subject": ("gesunde Rezepte", "Wohnen und Deko", "Schönheit und Wellness",
                    "persönliche Finanzen"),
        "about": ("Über die Autorin", "Über den Autor", "Zur Autorin"),
    },
    "fr": {
        "passion": ("passionnée de cuisine", "amateur de café", "grand amoureux de la nature",
                    "passionné de nouvelles technologies"),
        "family": ("maman de deux enfants", "père de trois enfants", "mère de famille"),
        "leisure": ("consacre son temps libre à la randonnée", "adore voyager en famille",
                    "pratique le yoga chaque matin", "aime chiner le week-end"),
        "subject": ("recettes faciles", "bien-être et beauté", "décoration", "finances perso"),
        "about": ("À propos de l'auteur", "L'auteure", "À propos de l'autrice"),
    },
    "es": {
        "passion": ("apasionada de la cocina", "amante del café", "entusiasta de la tecnología",
                    "apasionado del senderismo"),
        "family": ("madre de dos hijos", "padre de tres niñas", "mamá de gemelos"),
        "leisure": ("dedica su tiempo libre a viajar", "disfruta del senderismo",
                    "practica yoga cada mañana", "cuando no escribe, cocina para su familia"),
        "subject": ("recetas saludables", "bienestar y belleza", "decoración del hogar",
                    "finanzas personales"),
        "about": ("Sobre la autora", "Sobre el autor", "Acerca de la autora"),
    },
    "it": {
        "passion": ("appassionata di cucina", "amante del caffè", "appassionato di tecnologia",
                    "grande appassionata di viaggi"),
        "family": ("mamma di due bambini", "padre di tre figli", "mamma e moglie"),
        "leisure": ("nel tempo libero ama fare escursioni", "adora viaggiare",
                    "pratica yoga ogni mattina", "quando non scrive coltiva il suo orto"),
        "subject": ("ricette della tradizione", "benessere e bellezza", "arredamento",
                    "finanza personale"),
        "about": ("Sull'autrice", "Sull'autore", "L'autrice"),
    },
}
_BIO_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("{name} is {passion} and {family} who {leisure}. {first} writes about {subject}.",
           "{name} is {passion}, {family}, and writes about {subject}. {first} {leisure}.",
           "{name} writes about {subject}. {passion_cap} and {family}, {first} {leisure}.",
           "{first} is {passion}, {family}, and writes about {subject}."),
    "de": ("{name} ist {passion} und {family}. Sie schreibt über {subject} und {leisure}.",
           "{name}, {family}, ist {passion} und schreibt über {subject}."),
    "fr": ("{name} est {passion} et {family}. Elle écrit sur {subject} et {leisure}.",
           "{name}, {family}, est {passion} ; elle écrit sur {subject}."),
    "es": ("{name} es {passion} y {family}. Escribe sobre {subject} y {leisure}.",
           "{name}, {family}, es {passion} y escribe sobre {subject}."),
    "it": ("{name} è {passion} e {family}. Scrive di {subject} e {leisure}.",
           "{name}, {family}, è {passion} e scrive di {subject}."),
}
# fmt: on


def persona_bio(c: Canvas) -> str:
    """An invented author with a lifestyle bio signs the copied story (sometimes still closed
    by the agency's copyright line)."""
    p, lab = c.parts, c.theme.labels
    prefix = f"{lab['by']} "
    name = p.byline.removeprefix(prefix).strip()
    if len(name.split()) != 2 or not name.replace(" ", "").isalpha():
        name = person(c.rng)
        p.byline = f"{prefix}{name}"
        p.author_meta = name
    words = _BIO[c.lang]
    form = c.rng.choice(_BIO_FORMS[c.lang])
    passion = c.rng.choice(words["passion"])
    bio = form.format(
        name=name,
        first=name.split()[0],
        passion=passion,
        passion_cap=passion[:1].upper() + passion[1:],
        family=c.rng.choice(words["family"]),
        leisure=c.rng.choice(words["leisure"]),
        subject=c.rng.choice(words["subject"]),
    )
    box = c.rng.random()
    tell = "persona_bio"
    closing = ""
    if c.article.agency in ("AP", "Reuters", "AFP") and c.rng.random() < 0.5:
        year = c.ctx_year
        closing = c.rng.choice(
            {
                "AP": (f"Copyright {year} The Associated Press. All rights reserved.",
                       f"© {year} AP"),
                "Reuters": (f"© {year} Reuters", f"Copyright {year} Reuters. All rights reserved."),
                "AFP": (f"© {year} AFP", f"Copyright © {year} Agence France-Presse"),
            }[c.article.agency]
        )  # fmt: skip
        p.after_body.append(f"<p>{escape(closing)}</p>")
        tell = "persona_foreign_mark"
    if box < 0.45:  # under an "About the author" heading
        heading = c.rng.choice(words["about"])
        p.after_body.append(
            f'<div class="author-box"><h4>{escape(heading)}</h4><p>{escape(bio)}</p></div>'
        )
    elif box < 0.75:  # under the name
        p.after_body.append(
            f'<div class="author-bio"><p><strong>{escape(name)}</strong></p><p>{escape(bio)}</p></div>'
        )
    else:  # a bare line (one opening with the first name alone goes unread: a natural miss)
        p.after_body.append(f'<div class="author-bio"><p>{escape(bio)}</p></div>')
    return tell


# --------------------------------------------------------------------------------------------
# Sold links.
# fmt: off
_SOLD = (("best online slots", "slotsheaven{n}.com"), ("no deposit casino bonus", "bonusbay{n}.net"),
         ("quick loans online", "loanrapid{n}.co"), ("buy cheap viagra", "pharmadirect{n}.shop"),
         ("sports betting tips", "betwinner-tips{n}.com"), ("crypto casino", "cryptospin{n}.io"),
         ("kredit sofort", "sofortkredit{n}.de"), ("scommesse online", "scommesseweb{n}.it"),
         ("casino en ligne fiable", "casino-fiable{n}.fr"), ("préstamos sin aval", "prestamoya{n}.es"),
         ("essay writing service", "essaypro{n}.net"), ("buy instagram followers", "instaboost{n}.com"))
_HIDE = ("display:none", "position:absolute;left:-10000px", "overflow:hidden;height:1px;width:1px",
         "font-size:0px", "text-indent:-9999px;overflow:hidden", "position:fixed;top:-500px")
_OFFERS: dict[str, tuple[str, ...]] = {
    "en": ("Guest posts with a dofollow link: ${p} per article. Contact {mail}",
           "We publish sponsored articles without the sponsored label, from ${p}.",
           "Backlinks from this site: permanent, do-follow, ${p}. Write to {mail}",
           "Advertise with us: link insertion in old posts from ${p}"),
    "de": ("Gastbeiträge mit Dofollow-Link ab {p} €. Kontakt: {mail}",
           "Werbeartikel ohne Kennzeichnung, Backlink inklusive: {p} Euro",
           "Linkplatzierung in bestehenden Artikeln ab {p} €"),
    "fr": ("Article sponsorisé sans mention, lien dofollow : {p} €. Contact : {mail}",
           "Publiez votre article avec backlink permanent à partir de {p} €"),
    "es": ("Publica tu artículo con enlace dofollow desde {p} €. Escríbenos: {mail}",
           "Artículos patrocinados sin etiqueta y backlink permanente: {p} €"),
    "it": ("Articoli sponsorizzati con link dofollow a partire da {p} €. Scrivi a {mail}",
           "Pubblicazione di redazionali senza dicitura, backlink incluso: {p} euro"),
}
# fmt: on


def hidden_links(c: Canvas) -> str:
    """A block of sold links (casinos, lenders, pills) that readers never see."""
    picks = c.rng.sample(_SOLD, c.rng.randint(2, 5))
    links = " ".join(
        f'<a href="https://{h.format(n=c.rng.randint(1, 99))}/">{escape(t)}</a>' for t, h in picks
    )
    tag = c.rng.choice(("div", "p", "span"))
    html = f'<{tag} style="{c.rng.choice(_HIDE)}">{links}</{tag}>'
    if c.rng.random() < 0.5:
        c.footer(html)
    else:
        c.parts.after_body.append(html)
    return "hidden_sold_links"


def link_offer(c: Canvas) -> str:
    """A line of the footer selling dofollow links or unlabelled sponsored posts."""
    if not c.has_footer:
        return ""
    mail = f"ads@{c.theme.domain}"
    line = c.pick(_OFFERS).format(p=c.rng.choice((25, 30, 39, 45, 49, 60, 75, 99)), mail=mail)
    c.footer(f"<p>{escape(line)}</p>")
    return "link_offer"


# --------------------------------------------------------------------------------------------
# The origin outlet's voice.
# fmt: off
_FOLLOW: dict[str, tuple[str, ...]] = {
    "en": ("Follow {o} on WhatsApp for the latest local news.",
           "Follow {o} on WhatsApp for the latest local news.",
           "Follow {o} on WhatsApp for the latest local news.",
           "Join the {d} channel on Telegram for breaking news.",
           "Join the {d} channel on Telegram for breaking news.",
           "Join the {d} channel on Telegram for breaking news.",
           "Join {o} on Google News and never miss a story.",
           "Join {o} on Google News and never miss a story.",
           "Join {o} on Google News and never miss a story.",
           # (phrasings the detector does not read: a follow after a comma, platforms that
           # are no channel word, a newsletter named after the outlet, a "briefing")
           "For breaking news, follow {o} on Telegram.",
           "Follow {o} on Facebook and X for breaking news.",
           "Subscribe to the {o} newsletter to get stories like this every morning.",
           "Stay updated: sign up for the {o} daily briefing."),
    "de": ("Folgen Sie der {o} auf WhatsApp.", "Abonnieren Sie den Newsletter der {o}.",
           "Folgen Sie dem Kanal von {d} auf Telegram."),
    "fr": ("Suivez {o} sur WhatsApp pour ne rien manquer.",
           "Abonnez-vous à la newsletter du {o}.", "Rejoignez la chaîne Telegram de {d}."),
    "es": ("Síguenos en el canal de WhatsApp de {o}.", "Suscríbete al boletín de {o}.",
           "Únete al canal de Telegram de {d}."),
    "it": ("Iscriviti alla newsletter del {o}.", "Segui il canale WhatsApp di {d}.",
           "Scarica l'app del {o} per le notizie in tempo reale."),
}
_STAFF: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("Reporter", "Editor"), ("Reporting", "Editor"), ("Text", "Editor")),
    "de": (("Redakteur", "Text"), ("Reporter", "Redakteur")),
    "fr": (("Rédacteur", "Editor"), ("Reporter", "Rédacteur")),
    "es": (("Reportero", "Edición"), ("Redactor", "Edición")),
    "it": (("Redattore", "Editor"), ("Reporter", "Redattore")),
}
_DOMAIN_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("According to {d}", "According to {d}.", "according to {d}", "According to {d}",
           "Originally from {d}"),
    "de": ("Laut {d}", "Laut {d}.", "Nach Angaben von {d}"),
    "fr": ("Selon {d}", "D'après {d}", "Selon {d}."),
    "es": ("Según {d}", "Según {d}.", "Con información de {d}"),
    "it": ("Secondo {d}", "Secondo {d}.", "Fonte {d}"),
}
_SELF: dict[str, tuple[str, ...]] = {
    "en": ("Source: {b}", "Source: {b}", "Source: {b}.", "Source - {b}", "Credit: {b}"),
    "de": ("Quelle: {b}",), "fr": ("Source : {b}",), "es": ("Fuente: {b}",), "it": ("Fonte: {b}",),
}
# fmt: on


def origin_voice(c: Canvas) -> str:
    """The copied story still speaks as the outlet it was written for."""
    name, domain = _outlet(c)
    lang = _voice_lang(c)
    # (A cloned skeleton goes by its template's name, not by the clone's: no self-credit.)
    weights = (4, 3, 3, 0 if c.family == "skeleton" else 2)
    kind = c.rng.choices(("follow", "signoff", "domain", "self"), weights=weights)[0]
    p = c.parts
    if kind == "follow":
        line = c.rng.choice(_FOLLOW[lang]).format(o=name, d=domain)
        line = re.sub(r"\b(the|der|dem|del|du) (The|Le|La|Il|El) ", r"\1 ", line)
        if c.rng.random() < 0.5 or not p.paragraphs:
            p.after_body.append(f"<p><em>{escape(line)}</em></p>")
        else:
            p.inserts[max(0, len(p.paragraphs) // 2 - 1)] = (
                f"<p><strong>{escape(line)}</strong></p>"
            )
        return "voice_follow_other"
    if kind == "signoff":
        reporter, editor = c.rng.choice(_STAFF[lang])
        lines = [f"{reporter}: {person(c.rng)}", f"{editor}: {person(c.rng)}"]
        lines.append(
            c.rng.choice(("COPYRIGHT © {o} {y}", "© {y} {o}", "Copyright © {y} {o}. All rights reserved."))
            .format(o=name, y=c.ctx_year)
        )  # fmt: skip
        p.after_body.append("".join(f"<p>{escape(x)}</p>" for x in lines))
        return "voice_signoff_other"
    if kind == "domain":
        line = c.rng.choice(_DOMAIN_LEADS[lang]).format(d=c.rng.choice((domain, f"www.{domain}")))
        p.after_body.append(f"<p>{escape(line)}</p>")
        return "voice_domain_credit"
    line = c.rng.choice(_SELF[c.lang]).format(b=c.theme.brand)
    p.after_body.append(f"<p>{escape(line)}</p>")
    return "voice_self_credit"


# --------------------------------------------------------------------------------------------
# Uncredited translation of an English original.
# fmt: off
_TRANSLATED: dict[str, tuple[str, ...]] = {
    "de": ("Nach Angaben einer mit der Angelegenheit vertrauten Person geht es um rund {a} Milliarden $.",
           "Der Preis stieg auf {b} $ pro Gallone, nach {c} $ im Vormonat.",
           "Die Strecke ist {m} Meilen lang, die Kosten werden auf {a} Millionen $ geschätzt.",
           "Die Quote lag zuletzt bei {p} Prozent, teilte das Unternehmen am {us} mit.",
           "Der Umsatz wuchs um {p} Prozent auf {a} Milliarden $."),
    "fr": ("Selon une source familière avec le dossier, le montant atteindrait {a} milliards $.",
           "Le prix est monté à {b} $ par gallon, contre {c} $ le mois précédent.",
           "Le trajet fait {m} miles et coûtera environ {a} millions $.",
           "Le taux s'établit à {p} pour cent, a indiqué la société le {us}.",
           "Le chiffre d'affaires a progressé de {p} pour cent, à {a} milliards $."),
    "es": ("Según una persona familiarizada con el asunto, la operación ronda los {a} mil millones $.",
           "El precio subió a {b} $ por galón, frente a {c} $ del mes anterior.",
           "El recorrido es de {m} millas y costará unos {a} millones $.",
           "La tasa se situó en {p} por ciento, informó la empresa el {us}.",
           "Las ventas crecieron un {p} por ciento, hasta {a} mil millones $."),
    "it": ("Secondo una persona familiare con la questione, l'operazione vale circa {a} miliardi $.",
           "Il prezzo è salito a {b} $ al gallone, da {c} $ del mese precedente.",
           "Il percorso è lungo {m} miglia e costerà circa {a} milioni $.",
           "Il tasso si è attestato al {p} per cento, ha comunicato la società il {us}.",
           "Il fatturato è cresciuto del {p} per cento a {a} miliardi $."),
}
# fmt: on
_COMMA_DECIMAL = re.compile(
    r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?=\s?(?:%|Prozent|pour cent|por ciento|per cento))"
)


def translated(c: Canvas) -> str:
    """A foreign-language story that keeps an English original's conventions, uncredited."""
    p = c.parts
    if c.lang not in _TRANSLATED or c.story_lang != c.lang or len(p.paragraphs) < 2:
        return ""
    # Native decimal commas before a percent word become points, as an engine leaves them.
    p.paragraphs = [_COMMA_DECIMAL.sub(r"\1.\2", para) for para in p.paragraphs]
    day = date(c.ctx_year, c.rng.randint(1, 12), c.rng.randint(13, 28))
    values = {
        "a": f"{c.rng.randint(1, 9)}.{c.rng.randint(1, 9)}",
        "b": f"{c.rng.randint(2, 6)}.{c.rng.randint(10, 99)}",
        "c": f"{c.rng.randint(2, 6)}.{c.rng.randint(10, 99)}",
        "m": str(c.rng.randint(12, 480)),
        "p": f"{c.rng.randint(1, 19)}.{c.rng.randint(1, 9)}",
        "us": f"{day.month}/{day.day}/{day.year}",
    }
    sentences = c.rng.sample(_TRANSLATED[c.lang], 2)
    for k, sentence in enumerate(sentences):
        i = min(len(p.paragraphs) - 1, 1 + k * max(1, len(p.paragraphs) // 3))
        p.paragraphs[i] = f"{p.paragraphs[i]} {sentence.format(**values)}"
    return "translated_uncredited"


# --------------------------------------------------------------------------------------------
# Keyword stuffing.
_WORD = re.compile(r"[^\W\d_][\w'-]*")
# fmt: off
_TAG_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("{k}", "{k} news", "{k} today", "latest {k}", "{k} {y}", "{k} update", "{k} live",
           "what is {k}", "{k} explained"),
    "de": ("{k}", "{k} aktuell", "{k} heute", "{k} news", "{k} {y}", "neueste {k}", "{k} live"),
    "fr": ("{k}", "{k} actualité", "{k} aujourd'hui", "{k} {y}", "{k} en direct", "dernières {k}"),
    "es": ("{k}", "{k} hoy", "{k} última hora", "{k} {y}", "{k} noticias", "{k} en vivo"),
    "it": ("{k}", "{k} oggi", "{k} ultime notizie", "{k} {y}", "{k} news", "{k} in diretta"),
}
_STUFF: dict[str, tuple[str, ...]] = {
    "en": ("Here is everything you need to know about {k}.", "Stay with us for more on {k}.",
           "Readers searching for {k} will find the details below.", "This is the latest on {k}."),
    "de": ("Alles Wichtige zu {k} lesen Sie hier.", "Mehr zu {k} finden Sie unten.",
           "Hier die neuesten Infos zu {k}."),
    "fr": ("Voici tout ce qu'il faut savoir sur {k}.", "Retrouvez les dernières infos sur {k}."),
    "es": ("Esto es todo lo que debes saber sobre {k}.", "Sigue las últimas noticias sobre {k}."),
    "it": ("Ecco tutto quello che c'è da sapere su {k}.", "Le ultime notizie su {k}."),
}
_SEARCHES = {"en": "Related searches", "de": "Ähnliche Suchen", "fr": "Recherches associées",
             "es": "Búsquedas relacionadas", "it": "Ricerche correlate"}
_TAGS_LABEL = {"en": "Tags", "de": "Schlagwörter", "fr": "Mots-clés", "es": "Etiquetas", "it": "Tag"}
# fmt: on


_PLAIN = frozenset(
    [
        "with",
        "from",
        "after",
        "over",
        "into",
        "will",
        "have",
        "that",
        "this",
        "their",
        "about",
        "amid",
        "says",
        "said",
        "asks",
        "told",
        "could",
        "would",
        "should",
        "than",
        "when",
        "what",
        "were",
        "been",
        "more",
        "most",
        "under",
        "again",
        "against",
        "between",
        "mit",
        "nach",
        "über",
        "für",
        "eine",
        "einen",
        "einer",
        "sind",
        "wird",
        "dans",
        "pour",
        "avec",
        "sont",
        "plus",
        "sera",
        "entre",
        "para",
        "como",
        "desde",
        "sobre",
        "será",
        "están",
        "sono",
        "della",
        "dello",
        "degli",
        "delle",
        "nella",
        "alla",
    ]
)


def key_phrase(headline: str) -> str:
    """Two adjacent words of the headline, both longer than three letters and neither a plain
    function word or reporting verb, lower-cased: the longest such pair."""
    words = [w.lower() for w in _WORD.findall(headline)]
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(words)
        if len(a) > 3 and len(b) > 3 and a not in _PLAIN and b not in _PLAIN
    ]
    if not pairs:
        return ""
    a, b = max(pairs, key=lambda ab: (len(ab[0]) + len(ab[1]), ab))
    return f"{a} {b}"


def keyword_stuffing(c: Canvas) -> str:
    """The headline's key phrase repeated in the body and as a tag list of variants."""
    p = c.parts
    k = key_phrase(p.headline)
    if not k or len(p.paragraphs) < 3:
        return ""
    forms = list(_TAG_FORMS[c.lang])
    tags = [
        f.format(k=k, y=c.ctx_year)
        for f in c.rng.sample(forms, min(len(forms), c.rng.randint(5, 7)))
    ]
    box = c.rng.choice(("related-tags", "popular-searches", "related-searches", "trending-tags"))
    if c.rng.random() < 0.3:  # one line of tags
        sep = c.rng.choice((", ", " · ", " | "))
        links = sep.join(f'<a href="/tag/{slug(t, 6)}/" rel="tag">{escape(t)}</a>' for t in tags)
        p.after_body.append(f'<div class="{box}">{_TAGS_LABEL[c.lang]}: {links}</div>')
    else:  # a list, one tag or "related search" a line
        rows = "".join(f'<li><a href="/tag/{slug(t, 6)}/">{escape(t)}</a></li>' for t in tags)
        head = c.rng.choice((_TAGS_LABEL[c.lang], _SEARCHES[c.lang]))
        p.after_body.append(
            f'<section class="{box}"><h3>{escape(head)}:</h3><ul>{rows}</ul></section>'
        )
    stuff = _STUFF[c.lang]
    n = max(3, len(p.paragraphs) // 2)
    for i in sorted(c.rng.sample(range(len(p.paragraphs)), min(n, len(p.paragraphs)))):
        p.paragraphs[i] = f"{p.paragraphs[i]} {c.rng.choice(stuff).format(k=k)}"
    return "keyword_stuffing"


# --------------------------------------------------------------------------------------------
# Click-arbitrage teasers.
# fmt: off
_CALLS: dict[str, tuple[str, ...]] = {
    "en": ("READ THE FULL STORY HERE 👇", "Continue reading the full article »",
           "Click here to read more", "Read full story ➜", "Tap here to see the whole report"),
    "de": ("Hier weiterlesen »", "Den ganzen Artikel lesen", "Hier klicken für mehr"),
    "fr": ("Lire la suite de l'article", "Cliquez ici pour lire la suite", "Voir l'article entier"),
    "es": ("Leer la noticia completa", "Sigue leyendo aquí »", "Haz clic aquí para leer más"),
    "it": ("Continua a leggere l'articolo", "Leggi tutto qui", "Clicca qui per l'articolo completo"),
}
_HOPS = ("/go/?p={n}", "/out/{n}", "/r/{n}", "/redirect?url=%2Fstory%2F{n}", "/click?id={n}&to=story",
         "/visit/{n}/")
_EXIT_HOSTS = ("dailyviralhub.com", "newsbuzzfeedz.net", "trendstory24.com", "readmore-now.info",
               "hotnewsclick.com", "storyflow365.net")
# fmt: on


def click_teaser(c: Canvas) -> str:
    """The story cut to a paragraph or two and a call to read on through a hop elsewhere."""
    p = c.parts
    # (A story split over pages, or with ads between its paragraphs, is not cut to a teaser.)
    if not p.paragraphs or _credited(c.tells) or p.pagination or len(p.inserts) >= 2:
        return ""
    kept: list[str] = []
    words = 0
    for para in p.paragraphs[:2]:
        n = len(para.split())
        if words + n > 90:
            cut = max(15, 90 - words)
            if words == 0 or cut > 20:
                kept.append(" ".join(para.split()[:cut]).rstrip(",;:") + c.rng.choice(("...", "…")))
            break
        kept.append(para)
        words += n
    p.paragraphs = kept
    p.inserts = {i: v for i, v in p.inserts.items() if i < len(kept) - 1}
    href = f"https://{c.rng.choice(_EXIT_HOSTS)}" + c.rng.choice(_HOPS).format(
        n=c.rng.randint(1000, 99999)
    )
    call = c.pick(_CALLS)
    html = f'<p class="cta"><a href="{escape(href)}" rel="nofollow">{escape(call)}</a></p>'
    if c.rng.random() < 0.7:  # the address shown too, as many arbitrage pages do
        html += f"<p>{c.rng.choice(('👉 ', '', '➡ '))}{escape(href)}</p>"
    p.after_body.insert(0, html)
    return "click_teaser"


# --------------------------------------------------------------------------------------------
# Network claims.
# fmt: off
_CLAIMS: dict[str, tuple[str, ...]] = {
    "en": ("{b} is one of more than {n} local news sites operated by {g}.",
           "{b} is part of {g}, a network of {n}+ community news websites across the country.",
           "{b} belongs to the {g} network of {n} local news sites.",
           "Part of the {g} family of over {n} hyperlocal news sites."),
    "de": ("{b} ist eines von über {n} lokalen Nachrichtenportalen der {g}.",
           "{b} gehört zum Netzwerk der {g} mit mehr als {n} Lokalnachrichten-Seiten."),
    "fr": ("{b} fait partie du réseau {g}, plus de {n} sites d'information locale.",),
    "es": ("{b} forma parte de {g}, una red de más de {n} portales de noticias locales.",),
    "it": ("{b} fa parte di {g}, una rete di oltre {n} siti di notizie locali.",),
}
_DESK: dict[str, tuple[str, ...]] = {
    "en": ("Submit a press release", "Send us your press release", "Post a press release",
           "Submit news"),
    "de": ("Pressemitteilung einreichen", "Pressemitteilung senden"),
    "fr": ("Envoyer un communiqué de presse", "Soumettre un communiqué"),
    "es": ("Enviar nota de prensa", "Envía tu comunicado"),
    "it": ("Invia un comunicato stampa", "Pubblica un comunicato"),
}
_MENU = {
    "en": ("Advertise", "Contact us", "Careers", "Corrections"),
    "de": ("Werbung", "Kontakt", "Jobs"), "fr": ("Publicité", "Contact", "Recrutement"),
    "es": ("Publicidad", "Contacto", "Empleo"), "it": ("Pubblicità", "Contatti", "Lavora con noi"),
}
_GROUPS = ("Metro Local Media", "Heartland News Network", "Civic Wire Group", "Newsmatics Local",
           "Pinewood Digital Media", "Hometown Press Network")
# fmt: on


def network_claim(c: Canvas) -> str:
    """A claim of being one of many local news sites, beside a desk asking for press releases
    (a menu of the footer)."""
    if not c.has_footer:
        return ""
    n = c.rng.choice(("1,200", "900", "1,000", "450", "2,300", "300", "1.100"))
    claim = c.pick(_CLAIMS).format(b=c.theme.brand, g=c.rng.choice(_GROUPS), n=n)
    desk = c.pick(_DESK)
    menu = [desk, *c.rng.sample(_MENU[c.lang], 2)]
    c.rng.shuffle(menu)
    links = "".join(f'<li><a href="/{slug(t, 4)}/">{escape(t)}</a></li>' for t in menu)
    c.footer(f"<p>{escape(claim)}</p><ul>{links}</ul>")
    return "network_claim"


# --------------------------------------------------------------------------------------------
# An offsite canonical.


def canonical_offsite(c: Canvas) -> str:
    """The canonical link left pointing at the outlet the story was taken from."""
    _name, domain = _outlet(c)
    path = c.rng.choice(("/news/{s}", "/{y}/{s}.html", "/article/{n}/{s}", "/story/{s}-{n}"))
    c.parts.canonical = f"https://www.{domain}" + path.format(
        s=slug(c.article.title, 7), y=c.ctx_year, n=c.rng.randint(10**5, 10**7)
    )
    return "canonical_offsite"


# --------------------------------------------------------------------------------------------
# A lapsed business's leftovers.
# fmt: off
_SERVICE: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("Book an appointment", "Book online"), ("Opening hours", "Our opening times"),
           ("Our services", "Services & prices"), ("Call us today", "Call now"),
           ("Get a free quote", "Request a quote")),
    "de": (("Termin vereinbaren", "Online-Termin"), ("Öffnungszeiten",), ("Unsere Leistungen",),
           ("Rufen Sie uns an",), ("Angebot anfordern",)),
    "fr": (("Prendre rendez-vous",), ("Horaires d'ouverture",), ("Nos services", "Nos prestations"),
           ("Appelez-nous",), ("Demander un devis",)),
    "es": (("Pedir cita", "Reservar cita"), ("Horario de apertura",), ("Nuestros servicios",),
           ("Llámanos",), ("Solicitar presupuesto",)),
    "it": (("Prenota un appuntamento",), ("Orari di apertura",), ("I nostri servizi",),
           ("Chiamaci",), ("Richiedi un preventivo",)),
}
_FOR_SALE: dict[str, tuple[str, ...]] = {
    "en": ("This domain may be for sale. Make an offer!", "Interested in this domain? It is for sale.",
           "The domain {d} is available for purchase"),
    "de": ("Diese Domain kann man kaufen!", "Die Domain {d} steht zum Verkauf."),
    "fr": ("Ce nom de domaine est à vendre.", "Le domaine {d} est en vente, faites une offre."),
    "es": ("Este dominio está en venta.", "¿Te interesa el dominio {d}? Haz una oferta."),
    "it": ("Questo dominio è in vendita.", "Il dominio {d} è in vendita: fai un'offerta."),
}
# fmt: on


def service_nav(c: Canvas) -> str:
    """A business's menu (booking, opening hours, services, a call line) left in the footer."""
    if not c.has_footer:
        return ""
    kinds = c.rng.sample(_SERVICE[c.lang], c.rng.randint(2, 3))
    items = "".join(
        f'<li><a href="/{slug(t, 3)}/">{escape(t)}</a></li>'
        for t in (c.rng.choice(k) for k in kinds)
    )
    c.footer(f'<ul class="services">{items}</ul>')
    return "service_nav"


def for_sale(c: Canvas) -> str:
    """The registrar's "this domain may be for sale" banner left above or below the page."""
    line = c.pick(_FOR_SALE).format(d=c.theme.domain)
    html = f'<div class="domain-notice"><a href="https://sedo.com/search/details/?domain={c.theme.domain}">{escape(line)}</a></div>'
    if c.rng.random() < 0.5:
        html = f'<div class="domain-notice">{escape(line)}</div>'
    c.footer(html)
    return "for_sale_banner"


# --------------------------------------------------------------------------------------------
# Affiliate links on an arbitrage page.
# fmt: off
_DISCLOSE: dict[str, tuple[str, ...]] = {
    "en": ("This post contains affiliate links. We may earn a commission if you buy through them.",
           "As an Amazon Associate we earn from qualifying purchases.",
           "Some links on this page are affiliate links: we get paid when you click or buy."),
    "de": ("Dieser Artikel enthält Affiliate-Links. Wir erhalten eine Provision, wenn Sie darüber kaufen.",
           "Als Amazon-Partner verdienen wir an qualifizierten Verkäufen."),
    "fr": ("Cet article contient des liens affiliés : nous touchons une commission sur vos achats.",),
    "es": ("Este artículo contiene enlaces de afiliados; podemos recibir una comisión.",),
    "it": ("Questo articolo contiene link di affiliazione: potremmo ricevere una commissione.",),
}
_PRODUCTS = ("Wireless earbuds", "Air fryer XL", "Robot vacuum", "Smart watch", "Standing desk",
             "Electric toothbrush", "Portable power bank")
# fmt: on


def affiliate(c: Canvas) -> str:
    """An affiliate disclosure and a box of paid product links."""
    lines = [f"<p><em>{escape(c.pick(_DISCLOSE))}</em></p>"]
    items = []
    for product in c.rng.sample(_PRODUCTS, c.rng.randint(2, 4)):
        if c.rng.random() < 0.5:
            href = f"https://www.amazon.com/dp/B0{c.rng.randint(10**7, 10**8)}?tag={slug(c.theme.brand, 2).replace('-', '')}-20"
            rel = "nofollow"
        else:
            href = (
                f"https://shop.example-deals.com/p/{slug(product, 3)}?aff={c.rng.randint(100, 999)}"
            )
            rel = "sponsored nofollow"
        items.append(f'<li><a href="{escape(href)}" rel="{rel}">{escape(product)}</a></li>')
    lines.append(f"<ul>{''.join(items)}</ul>")
    if c.rng.random() < 0.5:
        c.parts.under_headline.append(lines[0])
        c.parts.after_body.append(lines[1])
    else:
        c.parts.after_body.extend(lines)
    return "affiliate_links"


# --------------------------------------------------------------------------------------------
# Which family draws which, and how often (a share of its pages, each drawn independently).

TELLS: dict[str, Tell] = {
    "persona_bio": persona_bio,
    "hidden_links": hidden_links,
    "link_offer": link_offer,
    "origin_voice": origin_voice,
    "translated": translated,
    "keyword_stuffing": keyword_stuffing,
    "click_teaser": click_teaser,
    "network_claim": network_claim,
    "canonical_offsite": canonical_offsite,
    "service_nav": service_nav,
    "for_sale": for_sale,
    "affiliate": affiliate,
}
FAMILY_TELLS: dict[str, tuple[tuple[str, float], ...]] = {
    "network": (("click_teaser", 0.12), ("network_claim", 0.1), ("keyword_stuffing", 0.06)),
    "autoblog": (("hidden_links", 0.12), ("canonical_offsite", 0.15), ("link_offer", 0.06)),
    "ai_rewrite": (("persona_bio", 0.2), ("keyword_stuffing", 0.12), ("translated", 0.5)),
    "mfa": (("keyword_stuffing", 0.12), ("click_teaser", 0.12), ("affiliate", 0.12)),
    "spinner": (("origin_voice", 0.15), ("translated", 0.5)),
    "skeleton": (("origin_voice", 0.15), ("persona_bio", 0.1)),
    "scraper": (
        ("origin_voice", 0.12),
        ("hidden_links", 0.08),
        ("canonical_offsite", 0.1),
        ("translated", 0.5),
    ),
    "local_network": (("origin_voice", 0.12), ("network_claim", 0.15)),
    "expired_domain": (
        ("persona_bio", 0.15),
        ("service_nav", 0.15),
        ("for_sale", 0.08),
        ("link_offer", 0.12),
    ),
}
MAX_EXTRA = 2
# Families whose pages carry few tells on purpose: at most this many in all (the stripped or
# kept credit and the site's trade marks not counted), extra ones included.
TELL_BUDGET = {"scraper": 3}
_NOT_COUNTED = frozenset(("credit_stripped", "credit_kept", "trade_chrome", "business_schema"))


def add_extra_tells(
    family: str,
    ctx: BuildContext,
    article: Article,
    theme: Theme,
    parts: ArticleParts,
    tells: list[str],
    claimed: date | None,
) -> list[str]:
    """Draw the family's extra tells for one page, put them on `parts`, and return their names
    (also appended to `tells`). Drawn from a generator of their own, keyed by the family, the
    site and the story, so the page's other draws stay as they were."""
    menu = FAMILY_TELLS.get(family, ())
    if not menu:
        return []
    year = (claimed or article.published).year
    rng = rng_for(ctx.seed, "extra-tells", family, theme.domain, article.id)
    wanted = [name for name, rate in menu if rng.random() < rate]
    rng.shuffle(wanted)
    canvas = Canvas(theme, parts, article, rng, tells, year, family)
    room = MAX_EXTRA
    if family in TELL_BUDGET:
        room = min(room, TELL_BUDGET[family] - len(set(tells) - _NOT_COUNTED))
    added: list[str] = []
    for name in wanted:
        if len(added) >= room:
            break
        if name in ("click_teaser", "origin_voice", "translated") and _credited(tells):
            continue  # a page that credits its source does not have these
        got = TELLS[name](canvas)
        if got:
            added.append(got)
            tells.append(got)
    from detector.dataset.farms.extra_tells_2 import draw_2  # the second menu, drawn after
    from detector.dataset.farms.extra_tells_3 import draw_3  # the third menu, drawn after
    from detector.dataset.farms.extra_tells_4 import draw_4  # the fourth menu, drawn last

    draw_2(family, canvas, ctx, room, added)
    draw_3(family, canvas, ctx, room, added)
    return draw_4(family, canvas, ctx, room, added)


# --------------------------------------------------------------------------------------------
# The legitimate twins, for hard negatives.
# fmt: off
_TRANSLATION_CREDIT: dict[str, tuple[str, ...]] = {
    "de": ("Aus dem Englischen übersetzt. Zuerst erschienen bei {o}.",
           "Übersetzung aus dem Englischen; Original erschienen in {o}."),
    "fr": ("Traduit de l'anglais. Article publié initialement par {o}.",
           "Traduction de l'article original paru dans {o}."),
    "es": ("Traducido del inglés. Publicado originalmente por {o}.",
           "Traducción del artículo original publicado en {o}."),
    "it": ("Tradotto dall'inglese. Pubblicato originariamente da {o}.",
           "Traduzione dell'articolo originale pubblicato da {o}."),
}
_BEATS = {"business": "business and markets", "sport": "sport", "tech": "technology",
          "politics": "politics", "world": "international affairs",
          "entertainment": "film and music", "health": "health policy"}
_STAFF_BIO = ("{name} covers {beat} for {b}. Before joining in {y}, {first} reported for {o}.",
              "{name} is a {beat} reporter at {b}, where {first} has worked since {y}.",
              "{name} has written about {beat} for {b} since {y}; previously at {o}.")
_SPONSORED = ("Partner content", "Sponsored", "Advertisement", "Paid partnership")
_SISTERS = ("The Ridgeway Herald", "Millbrook Evening News", "The Coastal Observer",
            "Fairhaven Gazette", "The Upland Times", "Weekly Sentinel")
# fmt: on


def credited_translation(c: Canvas) -> str:
    """An English original's conventions in a translated story that says it is a translation,
    crediting and linking the original."""
    if c.lang not in _TRANSLATION_CREDIT or not translated(c):
        return ""
    name, domain = _outlet(c)
    line = c.rng.choice(_TRANSLATION_CREDIT[c.lang])
    linked = f'<a href="https://www.{domain}/{slug(c.article.title, 6)}">{escape(name)}</a>'
    c.parts.after_body.append(f"<p><em>{escape(line).replace('{o}', linked)}</em></p>")
    return "lookalike_credited_translation"


def staff_bio(c: Canvas) -> str:
    """A reporter's staff bio on the story's beat (no lifestyle cue)."""
    if c.lang != "en":
        return ""
    p, lab = c.parts, c.theme.labels
    name = p.byline.removeprefix(f"{lab['by']} ").strip()
    if len(name.split()) != 2:
        return ""
    bio = c.rng.choice(_STAFF_BIO).format(
        name=name, first=name.split()[0], b=c.theme.brand, y=c.rng.randint(2003, 2016),
        beat=_BEATS.get(c.article.topic, "national news"), o=_outlet(c)[0],
    )  # fmt: skip
    p.after_body.append(
        f'<div class="author-box"><h4>About the author</h4><p>{escape(bio)}</p></div>'
    )
    return "lookalike_staff_bio"


def disclosed_sponsored(c: Canvas) -> str:
    """A labelled box of paid links, marked rel="sponsored" as the search engines ask."""
    label = c.rng.choice(_SPONSORED)
    items = "".join(
        f'<li><a href="https://{host.format(n=c.rng.randint(1, 99))}/" rel="sponsored">{escape(text)}</a></li>'
        for text, host in c.rng.sample(_SOLD[:6], 2)
    )
    c.parts.after_body.append(f'<aside class="sponsored"><h4>{label}</h4><ul>{items}</ul></aside>')
    return "lookalike_sponsored_links"


def group_footer(c: Canvas) -> str:
    """The publishing group named in the footer, with its other titles."""
    titles = ", ".join(c.rng.sample(_SISTERS, c.rng.randint(2, 4)))
    group = c.rng.choice(("Valley Media Group", "Harlow Newspapers Ltd", "Northgate Publishing"))
    c.footer(
        f"<p>{escape(c.theme.brand)} is published by {group}, which also publishes {titles}.</p>"
    )
    return "lookalike_group_footer"


def canonical_same_site(c: Canvas) -> str:
    """A canonical link on the site itself (its AMP-free or www form of the page)."""
    if c.parts.canonical is not None or not c.parts.url:
        return ""
    host = c.theme.domain
    path = c.parts.url.split(host, 1)[-1]
    c.parts.canonical = f"https://{c.rng.choice(('www.', ''))}{host}{path.rstrip('/')}" + (
        "/" if c.rng.random() < 0.5 else ""
    )
    return "lookalike_canonical_same_site"


LOOKALIKES: dict[str, Tell] = {
    "credited_translation": credited_translation,
    "staff_bio": staff_bio,
    "sponsored_links": disclosed_sponsored,
    "group_footer": group_footer,
    "canonical_same_site": canonical_same_site,
}
LEGIT_LOOKALIKES: dict[str, tuple[tuple[str, float], ...]] = {
    "syndication": (
        ("credited_translation", 0.5),
        ("sponsored_links", 0.06),
        ("group_footer", 0.1),
        ("canonical_same_site", 0.1),
    ),
    "blog": (("staff_bio", 0.15), ("sponsored_links", 0.06), ("canonical_same_site", 0.1)),
}


def add_legit_lookalikes(
    family: str,
    ctx: BuildContext,
    article: Article,
    theme: Theme,
    parts: ArticleParts,
    tells: list[str],
    claimed: date | None,
) -> list[str]:
    """`add_extra_tells` for the hard negatives: the legitimate twins of the extra tells."""
    menu = LEGIT_LOOKALIKES.get(family, ())
    if not menu:
        return []
    year = (claimed or article.published).year
    rng = rng_for(ctx.seed, "legit-lookalikes", family, theme.domain, article.id)
    wanted = [name for name, rate in menu if rng.random() < rate]
    canvas = Canvas(theme, parts, article, rng, tells, year, family)
    added: list[str] = []
    for name in wanted[:MAX_EXTRA]:
        got = LOOKALIKES[name](canvas)
        if got:
            added.append(got)
            tells.append(got)
    from detector.dataset.farms.extra_tells_2 import draw_lookalikes_2  # drawn after
    from detector.dataset.farms.extra_tells_3 import draw_lookalikes_3  # drawn after
    from detector.dataset.farms.extra_tells_4 import draw_lookalikes_4  # drawn last

    draw_lookalikes_2(family, canvas, ctx, MAX_EXTRA, added)
    draw_lookalikes_3(family, canvas, MAX_EXTRA, added)
    return draw_lookalikes_4(family, canvas, MAX_EXTRA, added)


def draw_menu(
    menu: Iterable[tuple[str, float]],
    make: Callable[[str], str],
    canvas: Canvas,
    room: int,
    added: list[str],
    *,
    shuffle: bool,
) -> list[str]:
    """Draw one menu of tells (or legitimate twins) for a page: each name at its rate from the
    page's generator, in a shuffled order when `shuffle`, made by `make(name)` (its tell, or ""
    when it does not fit the page) until `added` holds `room`. Returns `added`, extended."""
    wanted = [name for name, rate in menu if canvas.rng.random() < rate]
    if shuffle:
        canvas.rng.shuffle(wanted)
    for name in wanted:
        if len(added) >= room:
            break
        got = make(name)
        if got:
            added.append(got)
            canvas.tells.append(got)
    return added
