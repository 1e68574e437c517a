"""Extra republisher tells, fourth menu: the mechanisms read on the farm pages of the seventeenth
session's probes that the detector missed (bench/results/probe_misses_recurring.md,
probe_misses_alam.md), which no generated page carried.

Drawn by `extra_tells.add_extra_tells` after the first three menus, from the same generator and
within the same cap (at most two extra tells a page, a scraper page within three tells), so every
page keeps the earlier menus' draws. Each mechanism is written in the page's language (en, de,
fr, es, it, pt, pl, and nl where a story is Dutch) with several phrasings and structures of our
own, from the mechanism (not from the signals' word lists):

- `niche_shelf`: hard news filed on a shelf that is no news desk: the story's breadcrumb,
  category line or article:section reads "Tips", "Recipes", "Deals", "Mobile plans",
  "Gardening", "Finance tips", "Games".
- `desk_mark`: an agency desk's closing mark kept while its credit is stripped: editors' slash
  initials ("kw/ mhr/"), "(END)", "-0-", "/ends", "(fin)".
- `shop_chrome`: national or foreign hard news on a shop's, clinic's or agency's site: a menu of
  shop and service items (cart, pricing, "our services"), no news section, no byline.
- `sales_cta`: the site's own pitch in or right after the copied story: a booking, a discount
  code, a loan, a phone or WhatsApp number, "order now".
- `headline_variants`: a "Related" block of the page's own headline reworded 3-6 times.
- `messenger_banner` / `channel_footer`: "join our WhatsApp / Telegram channel" banner lines
  outside the story's paragraphs, and a messenger channel's button footer ("Subscribe | Send us
  news | Chat") with another channel's name under a reposted post.
- `desk_voice`: speech given to another outlet's reporter by its initials ("told the LT
  reporter") under a desk or bot byline ("newsbot", "Portal", "Admin on Monday, …").

`LOOKALIKES_4` are the legitimate twins for the hard negatives: a lifestyle shelf carrying a
lifestyle story, the desk's mark with the agency's credit, a newsroom's own subscription,
newsletter or donation prompt or a labelled ad, the outlet's own channel buttons with its own
name.
"""

from __future__ import annotations

import re
from html import escape

from detector.dataset.chrome import slug
from detector.dataset.farms.base import BuildContext
from detector.dataset.farms.extra_tells import Canvas, _credited, draw_menu
from detector.dataset.farms.extra_tells_3 import (
    _add_insert,
    _date,
    _day,
    _page_lang,
)
from detector.dataset.themes import Block

# Hard news of the kind these pages carry: the state's actors (ministers, parliaments, courts).
_NEWS_TOPICS = frozenset({"politics", "world", "business"})  # a dated wire story, a sales pitch


# The state's actors a hard-news lead names, our own short list by language (lower case, matched
# inside words: "ministro", "ministerio"); the tells that need hard news take a lead naming two.
_STATE_WORDS = (
    "minister", "government", "parliament", "senate", "congress", "court", "judge", "president",
    "police", "cabinet", "lawmaker", "army", "military", "election", "regierung", "bundestag",
    "parlament", "gericht", "präsident", "kanzler", "polizei", "behörde", "ministre",
    "gouvernement", "assemblée", "tribunal", "président", "armée", "ministère", "sénat",
    "ministro", "gobierno", "parlamento", "congreso", "presidente", "policía", "ejército",
    "governo", "tribunale", "polizia", "esercito", "ministero", "senato", "polícia", "exército",
    "ministério", "rząd", "sejm", "sąd", "prezydent", "policja", "wojsko", "regering", "kabinet",
    "rechter", "rechtbank", "politie", "leger",
)  # fmt: skip


def _hard_news(c: Canvas) -> bool:
    """Whether the story is national or foreign hard news: its headline and lead name two of
    the state's actors (ministers, parliaments, courts, police, the army)."""
    p = c.parts
    lead = " ".join((p.headline, *p.paragraphs[:2])).lower()
    return sum(w in lead for w in _STATE_WORDS) >= 2


def _uncredited_copy(c: Canvas) -> bool:
    """Whether the page names neither the story's agency nor another credit (the earlier
    tells' credit lines, or the agency left in the copy's dateline or text)."""
    if _credited(c.tells):
        return False
    agency = (c.article.agency or "").lower()
    p = c.parts
    if not agency:
        return True
    text = " ".join((p.headline, p.dateline, p.byline, *p.paragraphs, *p.after_body)).lower()
    return agency not in text


# fmt: off
# --------------------------------------------------------------------------------------------
# 1. Hard news on a non-news shelf. (parent shelf, child shelves)
_SHELVES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "en": (("Blog", ("Tips", "Money tips", "Travel hacks")), ("Kitchen", ("Recipes", "Easy dinners")),
           ("Shop", ("Deals", "Mobile plans", "Broadband deals")), ("Home", ("Gardening", "Home & Garden")),
           ("Money", ("Finance tips", "Savings", "Credit cards")), ("Play", ("Games", "Puzzles"))),
    "de": (("Ratgeber", ("Spartipps", "Haushaltstipps")), ("Küche", ("Rezepte", "Backen")),
           ("Shop", ("Angebote", "Handytarife", "Gutscheine")), ("Wohnen", ("Garten", "Balkon & Garten")),
           ("Geld", ("Finanztipps", "Kredite")), ("Freizeit", ("Spiele", "Rätsel"))),
    "fr": (("Blog", ("Astuces", "Bons conseils")), ("Cuisine", ("Recettes", "Desserts")),
           ("Boutique", ("Bons plans", "Forfaits mobiles", "Codes promo")), ("Maison", ("Jardinage", "Déco")),
           ("Argent", ("Conseils finances", "Crédit")), ("Loisirs", ("Jeux", "Mots fléchés"))),
    "es": (("Blog", ("Trucos", "Consejos")), ("Cocina", ("Recetas", "Postres")),
           ("Tienda", ("Ofertas", "Tarifas móviles", "Cupones")), ("Hogar", ("Jardinería", "Decoración")),
           ("Dinero", ("Consejos de finanzas", "Préstamos")), ("Ocio", ("Juegos", "Pasatiempos"))),
    "it": (("Blog", ("Consigli", "Trucchi")), ("Cucina", ("Ricette", "Dolci")),
           ("Negozio", ("Offerte", "Tariffe mobile", "Codici sconto")), ("Casa", ("Giardinaggio", "Arredamento")),
           ("Soldi", ("Finanza personale", "Prestiti")), ("Tempo libero", ("Giochi", "Cruciverba"))),
    "pt": (("Blog", ("Dicas", "Truques")), ("Cozinha", ("Receitas", "Sobremesas")),
           ("Loja", ("Promoções", "Planos de celular", "Cupons")), ("Casa", ("Jardinagem", "Decoração")),
           ("Dinheiro", ("Dicas de finanças", "Empréstimos")), ("Lazer", ("Jogos", "Passatempos"))),
    "pl": (("Blog", ("Porady", "Triki")), ("Kuchnia", ("Przepisy", "Desery")),
           ("Sklep", ("Promocje", "Abonamenty komórkowe", "Kody rabatowe")), ("Dom", ("Ogród", "Dekoracje")),
           ("Pieniądze", ("Porady finansowe", "Pożyczki")), ("Rozrywka", ("Gry", "Krzyżówki"))),
    "nl": (("Blog", ("Tips", "Handige weetjes")), ("Keuken", ("Recepten", "Toetjes")),
           ("Winkel", ("Aanbiedingen", "Sim only", "Kortingscodes")), ("Wonen", ("Tuinieren", "Interieur")),
           ("Geld", ("Geldtips", "Lenen")), ("Vrije tijd", ("Spelletjes", "Puzzels"))),
}
_CATEGORY_LINE = {"en": ("Category: {s}", "Posted in {s}", "Filed under {s}"),
                  "de": ("Kategorie: {s}", "Veröffentlicht in {s}"),
                  "fr": ("Catégorie : {s}", "Publié dans {s}"), "es": ("Categoría: {s}", "Publicado en {s}"),
                  "it": ("Categoria: {s}", "Pubblicato in {s}"), "pt": ("Categoria: {s}", "Publicado em {s}"),
                  "pl": ("Kategoria: {s}", "Opublikowano w {s}"), "nl": ("Categorie: {s}", "Geplaatst in {s}")}
_HOME = {"en": "Home", "de": "Startseite", "fr": "Accueil", "es": "Inicio", "it": "Home",
         "pt": "Início", "pl": "Strona główna", "nl": "Home"}
# fmt: on


def niche_shelf(c: Canvas) -> str:
    """Hard news filed on the site's non-news shelf: its breadcrumb, category line or
    article:section."""
    p = c.parts
    if not _hard_news(c) or not _uncredited_copy(c):
        return ""
    lang = _page_lang(c)
    parent, children = c.rng.choice(_SHELVES[lang])
    shelf = c.rng.choice(children)
    href = f"/{slug(parent, 2)}/{slug(shelf, 3)}/"
    form = c.rng.random()
    if (c.family == "skeleton" or c.theme.minimal) and form < 0.6:
        # a cloned template: the category line the post's own template prints over the story
        line = escape(c.rng.choice(_CATEGORY_LINE[lang]))
        link = f'<a href="{href}" rel="category tag">{escape(shelf)}</a>'
        p.under_headline.insert(
            0, f'<div class="post-categories">{line.replace("{s}", link)}</div>'
        )
    elif form < 0.45:
        p.breadcrumbs = [(_HOME[lang], "/"), (parent, f"/{slug(parent, 2)}/"), (shelf, href)]
    elif form < 0.8:
        p.breadcrumbs = [(_HOME[lang], "/"), (shelf, href)]
    else:
        p.breadcrumbs = [(_HOME[lang], "/"), (shelf, href)] if p.breadcrumbs else []
    p.section = shelf
    return "news_on_niche_shelf"


# --------------------------------------------------------------------------------------------
# 2. An agency desk's closing mark, the credit stripped.
_INITIALS = (
    "ab",
    "kw",
    "mhr",
    "jk",
    "mw",
    "akl",
    "pś",
    "ram",
    "gs",
    "lt",
    "dk",
    "sz",
    "mt",
    "ek",
    "hs",
)
_END_LINES = {
    "en": ("(END)", "-0-", "/ends", "(End)", "- END -"),
    "de": ("(Ende)", "-0-", "(END)"),
    "fr": ("(FIN)", "(fin)", "-0-"),
    "es": ("(FIN)", "(fin)", "-0-"),
    "it": ("(FINE)", "-0-", "(END)"),
    "pt": ("(FIM)", "-0-"),
    "pl": ("(KONIEC)", "(koniec)"),
    "nl": ("(EINDE)", "-0-"),
}


def _slash_initials(c: Canvas) -> str:
    n = c.rng.choice((2, 2, 3))
    picked = c.rng.sample(_INITIALS, n)
    sep = c.rng.choice(("/ ", "/", " / "))
    return sep.join(picked) + "/"


def desk_mark(c: Canvas) -> str:
    """The desk's end mark or editors' initials left under the copied story, no credit."""
    p = c.parts
    if not p.paragraphs or not _uncredited_copy(c):
        return ""
    lang = c.story_lang if c.story_lang in _END_LINES else "en"
    roll = c.rng.random()
    mark = _slash_initials(c) if roll < 0.5 else c.rng.choice(_END_LINES[lang])
    if roll < 0.25:
        # the initials closing the last paragraph itself
        p.paragraphs[-1] = f"{p.paragraphs[-1].rstrip()} {mark}"
    else:
        p.paragraphs.append(mark)
    return "desk_mark_uncredited"


# --------------------------------------------------------------------------------------------
# 3. Hard news in a shop's or service's chrome.
# fmt: off
_SHOP_NAV: dict[str, tuple[str, ...]] = {
    "en": ("Shop", "Our services", "Pricing", "Book online", "Cart", "My account", "Contact us",
           "About us", "FAQ", "Delivery & returns", "Blog"),
    "de": ("Shop", "Leistungen", "Preise", "Termin buchen", "Warenkorb", "Mein Konto", "Kontakt",
           "Über uns", "Versand", "Blog"),
    "fr": ("Boutique", "Nos services", "Tarifs", "Prendre rendez-vous", "Panier", "Mon compte",
           "Contact", "Qui sommes-nous", "Livraison", "Blog"),
    "es": ("Tienda", "Nuestros servicios", "Precios", "Pedir cita", "Carrito", "Mi cuenta",
           "Contacto", "Quiénes somos", "Envíos", "Blog"),
    "it": ("Negozio", "I nostri servizi", "Prezzi", "Prenota online", "Carrello", "Il mio account",
           "Contatti", "Chi siamo", "Spedizioni", "Blog"),
    "pt": ("Loja", "Nossos serviços", "Preços", "Agendar", "Carrinho", "Minha conta", "Contato",
           "Sobre nós", "Entrega", "Blog"),
    "pl": ("Sklep", "Nasze usługi", "Cennik", "Umów wizytę", "Koszyk", "Moje konto", "Kontakt",
           "O nas", "Dostawa", "Blog"),
}
_SHOP_FOOTER: dict[str, tuple[str, ...]] = {
    "en": ("Free shipping on orders over $49", "Secure checkout · Visa · Mastercard · PayPal",
           "Opening hours: Mon–Fri 9:00–18:00", "30-day money-back guarantee"),
    "de": ("Kostenloser Versand ab 49 €", "Sicher bezahlen mit PayPal, Visa und Klarna",
           "Öffnungszeiten: Mo–Fr 9–18 Uhr", "30 Tage Rückgaberecht"),
    "fr": ("Livraison offerte dès 49 €", "Paiement sécurisé · CB · PayPal",
           "Horaires : du lundi au vendredi, 9h–18h", "Satisfait ou remboursé 30 jours"),
    "es": ("Envío gratis a partir de 49 €", "Pago seguro con tarjeta y PayPal",
           "Horario: lunes a viernes de 9:00 a 18:00", "Devolución gratuita en 30 días"),
    "it": ("Spedizione gratuita da 49 €", "Pagamenti sicuri con carta e PayPal",
           "Orari: lun–ven 9:00–18:00", "Reso gratuito entro 30 giorni"),
    "pt": ("Frete grátis acima de R$ 199", "Pagamento seguro com cartão e Pix",
           "Atendimento: seg. a sex., 9h às 18h", "Troca grátis em 30 dias"),
    "pl": ("Darmowa dostawa od 199 zł", "Bezpieczne płatności: BLIK, karta, PayU",
           "Godziny otwarcia: pn.–pt. 9–18", "30 dni na zwrot"),
}
_SHOP_WIDGET = {"en": ("Our best sellers", "Special offers"), "de": ("Bestseller", "Angebote"),
                "fr": ("Meilleures ventes", "Promotions"), "es": ("Más vendidos", "Ofertas"),
                "it": ("I più venduti", "Offerte"), "pt": ("Mais vendidos", "Ofertas"),
                "pl": ("Bestsellery", "Promocje")}
_PRODUCTS = {"en": ("Organic face serum 30 ml – $24.90", "Gift card $50", "Deep cleaning service – from $89"),
             "de": ("Bio-Gesichtsserum 30 ml – 24,90 €", "Geschenkgutschein 50 €", "Grundreinigung ab 89 €"),
             "fr": ("Sérum visage bio 30 ml – 24,90 €", "Carte cadeau 50 €", "Ménage complet dès 89 €"),
             "es": ("Sérum facial ecológico 30 ml – 24,90 €", "Tarjeta regalo 50 €", "Limpieza a fondo desde 89 €"),
             "it": ("Siero viso bio 30 ml – 24,90 €", "Buono regalo 50 €", "Pulizia completa da 89 €"),
             "pt": ("Sérum facial orgânico 30 ml – R$ 89,90", "Vale-presente R$ 100", "Limpeza completa a partir de R$ 189"),
             "pl": ("Serum do twarzy 30 ml – 79,90 zł", "Karta podarunkowa 100 zł", "Sprzątanie od 189 zł")}
# fmt: on


def shop_chrome(c: Canvas) -> str:
    """National or foreign hard news in a shop's or service's chrome: its menu, its widgets,
    its footer; no news section, no byline."""
    p = c.parts
    if not _hard_news(c) or not _uncredited_copy(c):
        return ""
    if c.theme.minimal or c.family == "skeleton":
        return ""
    lang = c.lang if c.lang in _SHOP_NAV else "en"
    items = c.rng.sample(_SHOP_NAV[lang], c.rng.randint(5, 7))
    p.nav = [(_HOME.get(lang, "Home"), "/"), *((t, f"/{slug(t, 3)}/") for t in items)]
    blog = "Blog"
    p.breadcrumbs = [(_HOME.get(lang, "Home"), "/"), (blog, "/blog/")] if p.breadcrumbs else []
    p.byline, p.author_meta = "", ""
    p.sidebar = [b for b in p.sidebar if b.role == "widget"][:1]
    best, offers = _SHOP_WIDGET[lang]
    goods = [(t, f"/product/{slug(t, 4)}/") for t in _PRODUCTS[lang]]
    p.sidebar.insert(0, Block(c.rng.choice((best, offers)), goods, kind="links", role="widget"))
    for line in c.rng.sample(_SHOP_FOOTER[lang], 2):
        c.footer(f"<p>{escape(line)}</p>")
    p.jsonld_type = c.rng.choice(("BlogPosting", None))
    return "news_in_shop_chrome"


# --------------------------------------------------------------------------------------------
# 4. A sales call to action in or under the story. "{n}" a phone number, "{c}" a code.
# fmt: off
_PITCHES: dict[str, tuple[str, ...]] = {
    "en": ("Book your appointment now: call {n} or book online in two minutes.",
           "Use code {c} for 15% off your first order.",
           "Need cash before payday? Apply for a loan today and get a decision in 10 minutes.",
           "Questions? Call us or WhatsApp {n} – we answer 7 days a week.",
           "Order now and get free next-day delivery on all cleaning products.",
           "Get a free quote today: our team installs solar panels from $4,990."),
    "de": ("Jetzt Termin vereinbaren: Rufen Sie uns an unter {n}.",
           "Mit dem Code {c} sparen Sie 15 % auf Ihre erste Bestellung.",
           "Schnell Geld gebraucht? Jetzt Kredit beantragen – Zusage in 10 Minuten.",
           "Fragen? Schreiben Sie uns per WhatsApp: {n}",
           "Jetzt bestellen und versandkostenfrei liefern lassen!"),
    "fr": ("Prenez rendez-vous dès maintenant au {n}.",
           "Profitez de 15 % de remise avec le code {c}.",
           "Besoin d'argent rapidement ? Demandez votre crédit en ligne, réponse en 10 minutes.",
           "Une question ? Appelez-nous ou écrivez-nous sur WhatsApp au {n}.",
           "Commandez maintenant : livraison gratuite dès 49 €."),
    "es": ("Reserva tu cita ahora llamando al {n}.",
           "Usa el código {c} y obtén un 15 % de descuento en tu primer pedido.",
           "¿Necesitas dinero rápido? Solicita tu préstamo hoy y recibe respuesta en 10 minutos.",
           "¿Dudas? Llámanos o escríbenos por WhatsApp al {n}.",
           "Pide ya y recibe tu pedido gratis en 24 horas."),
    "it": ("Prenota subito il tuo appuntamento: chiama il {n}.",
           "Usa il codice {c} per avere il 15% di sconto sul primo ordine.",
           "Ti servono soldi in fretta? Richiedi oggi il tuo prestito, risposta in 10 minuti.",
           "Hai domande? Chiamaci o scrivici su WhatsApp al {n}.",
           "Ordina ora: spedizione gratuita in 24 ore."),
    "pt": ("Agende já a sua consulta pelo {n}.",
           "Use o cupom {c} e ganhe 15% de desconto na primeira compra.",
           "Precisa de dinheiro rápido? Solicite seu empréstimo hoje, resposta em 10 minutos.",
           "Dúvidas? Fale conosco pelo WhatsApp {n}.",
           "Compre agora com frete grátis para todo o Brasil."),
    "pl": ("Umów wizytę już teraz: zadzwoń pod numer {n}.",
           "Z kodem {c} otrzymasz 15% rabatu na pierwsze zamówienie.",
           "Potrzebujesz gotówki? Złóż wniosek o pożyczkę dziś – decyzja w 10 minut.",
           "Masz pytania? Napisz do nas na WhatsApp: {n}.",
           "Zamów teraz, a dostawa będzie gratis."),
}
_PHONES = {"en": "+1 (555) {a}-{b}", "de": "+49 151 {a} {b}", "fr": "+33 6 {a} {b}",
           "es": "+34 612 {a} {b}", "it": "+39 347 {a} {b}", "pt": "+55 11 9{a}-{b}",
           "pl": "+48 501 {a} {b}"}
_CODES = ("NEWS15", "SAVE15", "WELCOME15", "HELLO15", "FIRST15", "SPRING15")
# fmt: on


def sales_cta(c: Canvas) -> str:
    """The site's own pitch right after the copied story, or between its last paragraphs."""
    p = c.parts
    if len(p.paragraphs) < 3 or (c.article.topic not in _NEWS_TOPICS and not _hard_news(c)):
        return ""
    lang = c.lang if c.lang in _PITCHES else "en"
    phone = _PHONES[lang].format(a=c.rng.randint(200, 899), b=c.rng.randint(1000, 9999))
    line = c.rng.choice(_PITCHES[lang]).format(n=phone, c=c.rng.choice(_CODES))
    roll = c.rng.random()
    if roll < 0.4:
        p.paragraphs.append(line)
    elif roll < 0.7:
        p.after_body.insert(0, f'<div class="cta-box"><p><strong>{escape(line)}</strong></p></div>')
    else:
        _add_insert(c, len(p.paragraphs) - 2, f"<p><strong>{escape(line)}</strong></p>")
    return "sales_cta_after_news"


# --------------------------------------------------------------------------------------------
# 5. A related block of the headline's own variants (search abuse).
# fmt: off
_RELATED = {"en": ("Related", "Related searches", "You may also like", "People also search"),
            "de": ("Ähnliche Beiträge", "Verwandte Suchanfragen"), "fr": ("À lire aussi", "Recherches associées"),
            "es": ("Relacionados", "Búsquedas relacionadas"), "it": ("Articoli correlati", "Ricerche correlate"),
            "pt": ("Relacionados", "Pesquisas relacionadas"), "pl": ("Powiązane", "Podobne wyszukiwania"),
            "nl": ("Gerelateerd", "Verwante zoekopdrachten")}
_TACKS = {"en": ("latest", "update", "explained", "what we know", "full details", "today", "news"),
          "de": ("aktuell", "alle Infos", "News", "heute", "erklärt"),
          "fr": ("ce qu'il faut savoir", "les détails", "info", "aujourd'hui"),
          "es": ("lo que se sabe", "últimas noticias", "hoy", "detalles"),
          "it": ("cosa sappiamo", "ultime notizie", "oggi", "i dettagli"),
          "pt": ("o que se sabe", "últimas notícias", "hoje", "detalhes"),
          "pl": ("najnowsze", "szczegóły", "dziś", "co wiemy"),
          "nl": ("laatste nieuws", "details", "vandaag", "wat we weten")}
# fmt: on
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _variants(headline: str, lang: str, c: Canvas, n: int) -> list[str]:
    """`n` rewordings of the headline: its words reordered, one short word dropped, a search
    tack added at the front or the end."""
    words = _WORD.findall(headline)
    out: list[str] = []
    tacks = _TACKS[lang]
    for _ in range(n * 6):
        if len(out) >= n:
            break
        w = list(words)
        op = c.rng.random()
        if op < 0.35:
            cut = c.rng.randint(2, len(w) - 2)
            w = w[cut:] + w[:cut]
        elif op < 0.6:
            shorts = [i for i, x in enumerate(w) if len(x) <= 3 and not x.isdigit()]
            if shorts:
                del w[c.rng.choice(shorts)]
            i = c.rng.randrange(len(w) - 1)
            w[i], w[i + 1] = w[i + 1], w[i]
        else:
            i = c.rng.randrange(1, len(w))
            w = w[i:] + w[:i] if c.rng.random() < 0.5 else w
            w = w[:-1] if len(w) > 6 and not w[-1].isdigit() else w
        tack = c.rng.choice(tacks)
        text = " ".join(w)
        text = f"{text} {tack}" if c.rng.random() < 0.5 else f"{tack.capitalize()}: {text}"
        text = text[:1].upper() + text[1:]
        if text.lower() not in {o.lower() for o in out} and text.lower() != headline.lower():
            out.append(text)
    return out


def headline_variants(c: Canvas) -> str:
    """A related block whose entries are the page's own headline reworded 3-6 times."""
    p = c.parts
    words = _WORD.findall(p.headline)
    if len(words) < 6:
        return ""
    lang = _page_lang(c)
    items = _variants(p.headline, lang, c, c.rng.randint(4, 6))
    if len(items) < 3:
        return ""
    links = [(t, f"/{slug(t, 8)}/") for t in items]
    block = Block(c.rng.choice(_RELATED[lang]), links, kind="links", role="related")
    p.blocks.insert(0, block)
    return "related_headline_variants"


# --------------------------------------------------------------------------------------------
# 6. Messenger banners outside the story; a channel's button footer with another's name.
# fmt: off
_BANNERS = {
    "en": ("📲 Join our WhatsApp channel for breaking news", "Join us on Telegram: news first, every day",
           "👉 Get our updates on WhatsApp – join the channel", "Join our Telegram channel"),
    "de": ("📲 Tritt unserem WhatsApp-Kanal bei – News zuerst", "Jetzt unserem Telegram-Kanal beitreten"),
    "fr": ("📲 Rejoignez notre chaîne WhatsApp", "Rejoignez-nous sur Telegram pour l'info en direct"),
    "es": ("📲 Únete a nuestro canal de WhatsApp", "Únete a nuestro canal de Telegram y entérate primero"),
    "it": ("📲 Unisciti al nostro canale WhatsApp", "Entra nel nostro canale Telegram"),
    "pt": ("📲 Entre no nosso canal do WhatsApp", "Participe do nosso canal no Telegram"),
    "pl": ("📲 Dołącz do naszego kanału na WhatsAppie", "Dołącz do nas na Telegramie"),
    "nl": ("📲 Word lid van ons WhatsApp-kanaal", "Volg het nieuws: word lid van ons Telegram-kanaal"),
}
_BUTTONS = {
    "en": (("Subscribe", "Send us news", "Chat"), ("Join channel", "Send a tip", "Chat")),
    "de": (("Abonnieren", "News senden", "Chat"),),
    "fr": (("S'abonner", "Envoyer une info", "Chat"),),
    "es": (("Suscríbete", "Envía tu noticia", "Chat"),),
    "it": (("Iscriviti", "Invia una notizia", "Chat"),),
    "pt": (("Inscreva-se", "Envie sua notícia", "Chat"),),
    "pl": (("Subskrybuj", "Wyślij newsa", "Czat"),),
    "nl": (("Abonneren", "Stuur nieuws", "Chat"),),
}
_CHANNELS = {
    "en": ("Metro Pulse Live", "City Insider News", "Harbour Alerts Now", "Northside Daily Feed"),
    "de": ("Ruhrpott Aktuell Live", "Stadtgeflüster News", "Blaulicht Nord Info"),
    "fr": ("Info Rapide Sud", "Le Fil Direct Ouest", "Alerte Info Lyon"),
    "es": ("Noticias Al Minuto", "Sucesos Costa Live", "Alerta Ciudad Hoy"),
    "it": ("Cronaca Flash Live", "Notizie Subito Nord", "Allerta Città Oggi"),
    "pt": ("Notícias Na Hora", "Alerta Cidade Agora", "Plantão Sul Live"),
    "pl": ("Miasto Alarm Info", "Wiadomości Na Gorąco", "Kronika Szybka Live"),
    "nl": ("Stad Nieuws Direct", "Alarm Regio Live", "Nieuws Op Tijd"),
}
_DECOR = (("👉", "📩", "💬"), ("", "", ""), ("✅", "✉️", "💬"))
# fmt: on


def messenger_banner(c: Canvas) -> str:
    """Short "join our WhatsApp / Telegram channel" banner lines outside the story's
    paragraphs: a box under it, and on some pages one over it too."""
    p = c.parts
    if not p.paragraphs:
        return ""
    lang = _page_lang(c)
    line = c.rng.choice(_BANNERS[lang])
    tg = "Telegram" in line
    handle = slug(c.theme.brand, 3).replace("-", "")
    href = (
        f"https://t.me/{handle}"
        if tg
        else f"https://whatsapp.com/channel/0029Va{c.rng.randint(10**8, 10**9)}"
    )
    box = (
        f'<div class="join-banner"><p><a href="{href}" rel="nofollow">{escape(line)}</a></p></div>'
    )
    roll = c.rng.random()
    if roll < 0.5:
        # the banner closing the story's own text, a line of its own (the main span holds it)
        p.paragraphs.append(line)
    else:
        if roll < 0.75:
            box = f'<div class="join-banner"><p>{escape(line)}</p></div>'
        p.after_body.insert(0, box)
    if c.rng.random() < 0.35:
        p.under_headline.append(box)
    return "messenger_join_banner"


def channel_footer(c: Canvas) -> str:
    """A messenger channel's button footer, under its own name (not the site's), left under a
    reposted post."""
    p = c.parts
    if not p.paragraphs:
        return ""
    lang = _page_lang(c)
    name = c.rng.choice(_CHANNELS[lang])
    buttons = c.rng.choice(_BUTTONS[lang])
    decor = c.rng.choice(_DECOR)
    row = " | ".join(f"{d}{b}" for d, b in zip(decor, buttons, strict=True))
    roll = c.rng.random()
    if roll < 0.4:
        lines = [name, row]
    elif roll < 0.75:
        lines = [f"{name} | {buttons[0]}", row]
    else:
        lines = [row, name]
    if c.rng.random() < 0.5:
        p.paragraphs.extend(lines)
    else:
        p.after_body.insert(0, "".join(f"<p>{escape(x)}</p>" for x in lines))
    return "channel_footer_other"


# --------------------------------------------------------------------------------------------
# 7. Speech to another outlet's reporter by its initials, a desk or bot byline.
# fmt: off
_TOLD = {
    "en": ('"We are following the situation closely," an official told the {i} reporter.',
           "A spokesman told the {i} reporter that a decision was expected within days.",
           "Speaking to the {i} correspondent, a senior official declined to give details."),
    "de": ("„Wir beobachten die Lage genau“, sagte ein Sprecher dem {i}-Reporter.",
           "Gegenüber dem Reporter der {i} wollte sich das Ministerium nicht äußern."),
    "fr": ("« Nous suivons la situation de près », a déclaré un responsable au journaliste de {i}.",
           "Interrogé par le reporter de {i}, un porte-parole n'a pas souhaité commenter."),
    "es": ("«Seguimos la situación de cerca», dijo un portavoz al reportero de {i}.",
           "Consultado por el periodista de {i}, el ministerio declinó hacer comentarios."),
    "it": ("«Seguiamo la situazione da vicino», ha detto un portavoce al cronista di {i}.",
           "Interpellato dal giornalista di {i}, il ministero non ha commentato."),
    "pt": ("\"Estamos acompanhando a situação\", disse um porta-voz ao repórter do {i}.",
           "Procurado pelo repórter do {i}, o ministério não comentou."),
    "pl": ("„Uważnie śledzimy sytuację” – powiedział rzecznik reporterowi {i}.",),
    "nl": ("\"We volgen de situatie op de voet\", zei een woordvoerder tegen de verslaggever van {i}.",),
}
_OTHER_INITIALS = ("LT", "HG", "NL", "VDR", "RZ", "CO", "DS", "GDB", "WPO", "ENS", "DdS")
_DESK = {"en": ("newsbot", "Portal", "News Desk Bot", "Admin on {day}, {date}", "By Portal | {date}"),
         "de": ("Portal", "newsbot", "Admin am {day}, {date}"),
         "fr": ("Portail", "newsbot", "Admin le {day} {date}"),
         "es": ("Portal", "newsbot", "Admin el {day}, {date}"),
         "it": ("Portale", "newsbot", "Admin il {day} {date}"),
         "pt": ("Portal", "newsbot", "Admin em {day}, {date}"),
         "pl": ("Portal", "newsbot", "Admin, {day}, {date}"),
         "nl": ("Portaal", "newsbot", "Admin op {day} {date}")}
_DAYS = {"en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
         "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
         "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
         "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
         "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
         "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
         "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
         "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")}
# fmt: on


def desk_voice(c: Canvas) -> str:
    """A quotation given to another outlet's reporter (named by its initials) under a desk or
    bot byline."""
    p = c.parts
    if len(p.paragraphs) < 3 or not _uncredited_copy(c):
        return ""
    lang = c.story_lang if c.story_lang in _TOLD else "en"
    line = c.rng.choice(_TOLD[lang]).format(i=c.rng.choice(_OTHER_INITIALS))
    i = c.rng.randint(1, len(p.paragraphs) - 1)
    if c.rng.random() < 0.5:
        p.paragraphs.insert(i, line)
        p.inserts = {k + (k >= i): v for k, v in p.inserts.items()}
    else:
        p.paragraphs[i] = f"{p.paragraphs[i].rstrip()} {line}"
    plang = _page_lang(c)
    day = _day(c)
    form = c.rng.choice(_DESK[plang])
    desk = form.format(day=_DAYS[plang][day.weekday()], date=_date(c, plang, day))
    p.byline = desk
    p.author_meta = re.split(r" (?:on|am|le|el|il|em|op) |, | \| ", desk)[0].removeprefix("By ")
    if "{date}" in form:
        p.date_text = ""  # the byline row carries the date
    return "desk_voice_other_reporter"


# --------------------------------------------------------------------------------------------
# The menu. Rates are of all the family's pages; a tell that does not fit a page (not hard
# news, a credited page, a story too short) leaves it alone, so the shares of pages carrying it
# are lower: `niche_shelf` and `shop_chrome` fit only leads naming two state actors (about one
# story in four or five), hence their higher rates.
FAMILY_TELLS_4: dict[str, tuple[tuple[str, float], ...]] = {
    "scraper": (
        ("niche_shelf", 0.2),
        ("desk_mark", 0.06),
        ("shop_chrome", 0.15),
        ("sales_cta", 0.05),
        ("desk_voice", 0.05),
    ),
    "expired_domain": (("niche_shelf", 0.25), ("shop_chrome", 0.35), ("sales_cta", 0.1)),
    "mfa": (("niche_shelf", 0.25), ("sales_cta", 0.1), ("headline_variants", 0.1)),
    "skeleton": (("niche_shelf", 0.3),),
    "spinner": (("desk_mark", 0.12),),
    "network": (
        ("desk_mark", 0.06),
        ("headline_variants", 0.08),
        ("messenger_banner", 0.06),
        ("channel_footer", 0.05),
    ),
    "autoblog": (
        ("desk_mark", 0.08),
        ("messenger_banner", 0.05),
        ("channel_footer", 0.06),
        ("desk_voice", 0.08),
    ),
    "ai_rewrite": (("sales_cta", 0.08), ("headline_variants", 0.12)),
    "local_network": (
        ("messenger_banner", 0.08),
        ("channel_footer", 0.06),
        ("desk_voice", 0.08),
    ),
}
TELL_NAMES_4 = frozenset(
    {
        "news_on_niche_shelf", "desk_mark_uncredited", "news_in_shop_chrome",
        "sales_cta_after_news", "related_headline_variants", "messenger_join_banner",
        "channel_footer_other", "desk_voice_other_reporter",
    }
)  # fmt: skip
_TELLS = {
    "niche_shelf": niche_shelf,
    "desk_mark": desk_mark,
    "shop_chrome": shop_chrome,
    "sales_cta": sales_cta,
    "headline_variants": headline_variants,
    "messenger_banner": messenger_banner,
    "channel_footer": channel_footer,
    "desk_voice": desk_voice,
}


def draw_4(
    family: str, canvas: Canvas, ctx: BuildContext, room: int, added: list[str]
) -> list[str]:
    """The fourth menu's tells for one page, drawn after the first three menus', within `room`."""

    def make(name: str) -> str:
        return _TELLS[name](canvas)

    return draw_menu(FAMILY_TELLS_4.get(family, ()), make, canvas, room, added, shuffle=True)


# --------------------------------------------------------------------------------------------
# The legitimate twins.
# fmt: off
_LIFESTYLE = {"en": ("Life & Style", "Food & Drink", "Wellbeing", "Money tips", "Travel"),
              "de": ("Leben", "Genuss", "Gesundheit", "Ratgeber Geld", "Reisen"),
              "fr": ("Art de vivre", "Gastronomie", "Bien-être", "Conseils argent", "Voyages"),
              "es": ("Estilo de vida", "Gastronomía", "Bienestar", "Consejos de dinero", "Viajes"),
              "it": ("Stile di vita", "Cibo", "Benessere", "Risparmio", "Viaggi")}
_SOFT_TOPICS = frozenset({"entertainment", "health", "tech", "sport"})
_OWN_PROMPTS = {
    "en": ("Subscribe to {b} for $1 a week and never miss a story.",
           "Sign up for the {b} morning newsletter.",
           "Support independent journalism: donate to {b} today.",
           "Advertisement: Spring sale at Harlow Furniture – up to 30% off."),
    "de": ("Jetzt {b} digital abonnieren: 4 Wochen für 1 €.", "Abonnieren Sie den {b}-Newsletter.",
           "Anzeige: Frühjahrsaktion bei Möbel Harlow – bis zu 30 % Rabatt."),
    "fr": ("Abonnez-vous à {b} : 1 € le premier mois.", "Inscrivez-vous à la newsletter de {b}.",
           "Publicité : soldes de printemps chez Meubles Harlow."),
    "es": ("Suscríbete a {b} por 1 € el primer mes.", "Apúntate al boletín de {b}.",
           "Publicidad: rebajas de primavera en Muebles Harlow."),
    "it": ("Abbonati a {b}: il primo mese a 1 €.", "Iscriviti alla newsletter di {b}.",
           "Pubblicità: saldi di primavera da Mobili Harlow."),
}
_AGENCY_MARK_CREDIT = ("(Reporting by {a})", "Source: {a}", "({a})", "© {a}")
# fmt: on


def lifestyle_shelf(c: Canvas) -> str:
    """A real-looking outlet's lifestyle shelf carrying a lifestyle story."""
    if c.article.topic not in _SOFT_TOPICS or c.article.corpus.startswith("real-"):
        return ""
    lang = c.lang if c.lang in _LIFESTYLE else "en"
    shelf = c.rng.choice(_LIFESTYLE[lang])
    c.parts.breadcrumbs = [(_HOME[lang], "/"), (shelf, f"/{slug(shelf, 3)}/")]
    c.parts.section = shelf
    return "lookalike_lifestyle_shelf"


def desk_mark_credited(c: Canvas) -> str:
    """The agency's closing mark with the agency's credit beside it."""
    p = c.parts
    agency = c.article.agency
    if not agency or not p.paragraphs or c.article.corpus.startswith("real-"):
        return ""  # a real page's own outlet is no agency desk
    mark = _slash_initials(c) if c.rng.random() < 0.5 else c.rng.choice(("(END)", "-0-"))
    credit = c.rng.choice(_AGENCY_MARK_CREDIT).format(a=agency)
    p.paragraphs.extend((mark, credit) if c.rng.random() < 0.5 else (credit, mark))
    return "lookalike_desk_mark_credited"


def own_prompt(c: Canvas) -> str:
    """A newsroom's own subscription, newsletter or donation prompt, or a labelled ad."""
    p = c.parts
    if not p.paragraphs:
        return ""
    lang = c.lang if c.lang in _OWN_PROMPTS else "en"
    line = c.rng.choice(_OWN_PROMPTS[lang]).format(b=c.theme.brand)
    p.after_body.insert(0, f'<div class="promo"><p>{escape(line)}</p></div>')
    return "lookalike_own_prompt"


def own_channel(c: Canvas) -> str:
    """The outlet's own channel buttons, under its own name."""
    p = c.parts
    if not p.paragraphs:
        return ""
    lang = c.lang if c.lang in _BUTTONS else "en"
    buttons = c.rng.choice(_BUTTONS[lang])
    c.footer(
        f'<div class="channel"><p>{escape(c.theme.brand)} | {escape(buttons[0])}</p>'
        f"<p>{escape(' | '.join(buttons))}</p></div>"
    )
    return "lookalike_own_channel"


LOOKALIKES_4: dict[str, tuple[tuple[str, float], ...]] = {
    "syndication": (("desk_mark", 0.08), ("own_prompt", 0.06), ("own_channel", 0.05)),
    "blog": (("lifestyle_shelf", 0.2), ("own_prompt", 0.06), ("own_channel", 0.05)),
}
_LOOKALIKE_FUNCS = {
    "lifestyle_shelf": lifestyle_shelf,
    "desk_mark": desk_mark_credited,
    "own_prompt": own_prompt,
    "own_channel": own_channel,
}


def draw_lookalikes_4(family: str, canvas: Canvas, room: int, added: list[str]) -> list[str]:
    """The fourth menu's twins for one hard negative, drawn after the first three menus'."""

    def make(name: str) -> str:
        return _LOOKALIKE_FUNCS[name](canvas)

    return draw_menu(LOOKALIKES_4.get(family, ()), make, canvas, room, added, shuffle=False)
