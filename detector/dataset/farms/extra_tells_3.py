"""Extra republisher tells, third menu: the mechanisms of the farm pages that the blind probes
of heldout_ad .. ag showed and no generated page carried (bench/results/probe_misses_adae.md,
probe_misses_afag.md).

Drawn by `extra_tells.add_extra_tells` after the first and second menus, from the same generator
and within the same cap (at most two extra tells a page, a scraper page within three tells), so
every page keeps the earlier menus' draws. Each mechanism is written in the page's language (en,
de, fr, es, it, pt, pl, and nl where a story is Dutch) with several phrasings and structures of
our own:

- `filler`: a block of public-service clickbait (benefit and pension payment dates, "how to
  apply", prices and rates today, lottery results, loans and casino bonuses, "doctors warn",
  "this trick"): a link list, a second list after the page's own, or a label line followed by
  bare headline lines (as text copies of such pages show them).
- `origin_tail`: the copied story's tail still speaks as its origin outlet: "© <outlet>", "this
  article first appeared on <outlet.tld>", its newsletter promo, its reporter's sign-off and
  address, "read also" links to its host inside the story.
- `desk_row` / `month_url`: a desk or "admin" byline in one meta row with the date ("12 June 2024
  admin", "Von Redaktion · 18. März 2026"), often linked to /author/admin/; a month-only
  permalink (/2024/06/slug/).
- `rewrite_leftover`: a chatbot's preamble ("Here is a rewritten version of the article:"), a
  "Follow <brand> on Google News" line in or under the story, a "Keywords:" line, FAQ pairs.
- `messenger`: "join our WhatsApp group / Telegram channel for updates" inside the story.
- `disclaimer`: "not affiliated with any government agency", "not a registered news medium",
  "prepared from open sources".
- `niche`: a garden, recipe, football-club or beauty site (its categories, its popular posts)
  running hard news.
- `mt_leftover`: machine-translated copy keeping an English UI line ("Advertisement", "Read more:
  …") or imperial units without conversion.

`LOOKALIKES_3` are the legitimate twins for the hard negatives: the origin lines with a licence
("Republished with permission of …"), a newsdesk byline with the agency's credit, an outlet's own
Google News / WhatsApp channel buttons in the footer, an explainer's FAQ box, a niche site
writing about its own niche's news.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from html import escape

from detector.dataset.chrome import person, slug
from detector.dataset.farms.base import BuildContext
from detector.dataset.farms.extra_tells import Canvas, _credited, draw_menu
from detector.dataset.rng import stable_int
from detector.dataset.themes import Block

L3 = ("en", "de", "fr", "es", "it", "pt", "pl", "nl")

# fmt: off
_MONTHS = {
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
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}
# The month as a headline names it ("in März", "de junho", "w czerwcu" is left in the genitive
# form a date takes: the filler headlines below use it after a day or a "w" phrase only).
_DATE_FORMS = {
    "en": ("{d} {M} {y}", "{M} {d}, {y}"), "de": ("{d}. {M} {y}", "{dd}.{mm}.{y}"),
    "fr": ("{d} {M} {y}",), "es": ("{d} de {M} de {y}", "{dd}/{mm}/{y}"), "it": ("{d} {M} {y}",),
    "pt": ("{d} de {M} de {y}", "{dd}/{mm}/{y}"), "pl": ("{d} {M} {y}", "{dd}.{mm}.{y}"),
    "nl": ("{d} {M} {y}",),
}
# fmt: on


def _date(c: Canvas, lang: str, when: date) -> str:
    form = c.rng.choice(_DATE_FORMS[lang])
    return form.format(
        d=when.day,
        dd=f"{when.day:02d}",
        mm=f"{when.month:02d}",
        M=_MONTHS[lang][when.month - 1],
        y=when.year,
    )


def _page_lang(c: Canvas) -> str:
    """The language of the page's own words: the site's, or (on a cloned template whose site
    language the theme does not know) the story's."""
    if c.theme.lang in L3 and c.theme.lang != "en":
        return c.theme.lang
    if c.story_lang in L3:
        return c.story_lang
    return "en"


def _text_lang(c: Canvas) -> str:
    """The language the story is written in ("" when none of ours)."""
    return c.story_lang if c.story_lang in L3 else ""


def _day(c: Canvas) -> date:
    p = c.parts
    if p.published is not None:
        return p.published.date() if isinstance(p.published, datetime) else p.published
    pub = c.article.published
    return date(c.ctx_year, pub.month, min(pub.day, 28))


def _insert_paragraph(c: Canvas, at: int, text: str) -> None:
    """A paragraph put before paragraph `at`; the inserts move with their paragraphs."""
    p = c.parts
    p.paragraphs.insert(at, text)
    p.inserts = {i + (i >= at): html for i, html in p.inserts.items()}


def _add_insert(c: Canvas, at: int, html: str) -> None:
    """HTML after paragraph `at`, kept beside what the page already has there."""
    p = c.parts
    p.inserts[at] = p.inserts.get(at, "") + html


# --------------------------------------------------------------------------------------------
# 1. Filler blocks of public-service clickbait.
# "{M}" a month, "{d}" a day, "{y}" a year, "{n}" a number, "{p}" a price.
# fmt: off
_FILLER: dict[str, tuple[str, ...]] = {
    "en": ("Universal Credit payment dates for {M} {y}: when the money lands",
           "State pension: new payment dates confirmed for {M}",
           "Child benefit rise: how to apply and who qualifies",
           "Cost of living payment {y}: check if you are eligible",
           "Petrol and diesel prices today, {d} {M}: what you pay at the pump",
           "Gold rate today: price per gram in your city",
           "Lotto results for {d} {M}: check your numbers here",
           "Need cash fast? Loans approved in {n} minutes, no credit check",
           "Best casino bonus of {y}: claim {n} free spins",
           "Doctors warn: never eat this after 8pm",
           "This simple trick cuts your electricity bill in half",
           "Pensioners could get £{n} extra: how to claim"),
    "de": ("Bürgergeld im {M}: An diesem Tag kommt das Geld",
           "Rente {M} {y}: Die Auszahlungstermine im Überblick",
           "Kindergeld-Erhöhung: So stellen Sie den Antrag",
           "Wohngeld {y}: Wer jetzt Anspruch hat",
           "Spritpreise heute: So viel kostet Diesel am {d}. {M}",
           "Goldpreis aktuell: Was ein Gramm heute kostet",
           "Lottozahlen vom Samstag: Hier prüfen Sie Ihren Tippschein",
           "Sofortkredit ohne Schufa: Geld in {n} Minuten",
           "Ärzte warnen: Dieses Lebensmittel sollten Sie abends meiden",
           "Mit diesem Trick sparen Sie Hunderte Euro Heizkosten",
           "Online Casino Bonus: {n} Freispiele ohne Einzahlung"),
    "fr": ("CAF : les dates de versement des aides en {M} {y}",
           "Retraite : la date de paiement de la pension de {M}",
           "Prime d'activité : comment faire la demande en ligne",
           "Chèque énergie {y} : qui peut en bénéficier ?",
           "Prix du carburant aujourd'hui : le gazole à {p} €",
           "Résultats du Loto du {d} {M} : vérifiez vos numéros",
           "Crédit rapide sans justificatif : réponse en {n} minutes",
           "Les médecins alertent : ne mangez jamais ceci le soir",
           "Cette astuce de grand-mère fait baisser la facture d'électricité",
           "Casino en ligne : {n} tours gratuits offerts"),
    "es": ("Calendario de pago de las pensiones en {M} de {y}",
           "Ingreso Mínimo Vital: cómo solicitarlo paso a paso",
           "Fecha de cobro del paro en {M}: estos son los días",
           "Precio de la luz mañana, {d} de {M}: las horas más baratas",
           "Comprobar Lotería Nacional: resultados del sorteo de hoy",
           "Préstamos rápidos sin nómina: dinero en {n} minutos",
           "Los médicos advierten: deja de tomar esto por la mañana",
           "El truco para pagar menos en la factura del gas",
           "Ayuda de {n}0 euros: quién puede pedirla y cómo",
           "Bono de casino: {n} giros gratis al registrarte"),
    "it": ("Pensioni {M} {y}: le date di pagamento INPS",
           "Assegno unico, quando arriva il pagamento di {M}",
           "Bonus {n}0 euro: come fare domanda",
           "Prezzi benzina e diesel oggi, {d} {M}",
           "Estrazioni Lotto e Superenalotto di oggi: i numeri vincenti",
           "Prestiti veloci senza busta paga: risposta in {n} minuti",
           "I medici avvertono: non mangiate mai questo la sera",
           "Il trucco per risparmiare sulla bolletta della luce",
           "Carta acquisti {y}: requisiti e domanda",
           "Casinò online: {n} giri gratis senza deposito"),
    "pt": ("Calendário do Bolsa Família de {M}: veja quando cai o pagamento",
           "INSS divulga datas de pagamento dos aposentados em {M}",
           "Como pedir o auxílio de {n}00 reais: passo a passo",
           "Preço da gasolina hoje, {d} de {M}",
           "Resultado da Mega-Sena: confira os números sorteados",
           "Empréstimo na hora sem consulta ao SPC",
           "Médicos alertam: evite este alimento no café da manhã",
           "Este truque simples reduz a conta de luz pela metade",
           "Cotação do dólar hoje: quanto está a moeda",
           "Consulta do PIS {y}: veja quem tem direito"),
    "pl": ("800 plus: kiedy wypłata świadczenia w tym miesiącu",
           "Emerytury {y}: terminy wypłat ZUS",
           "Jak złożyć wniosek o dodatek? Krok po kroku",
           "Ceny paliw na stacjach dziś, {d} {M}",
           "Wyniki Lotto z {d} {M}: sprawdź swoje liczby",
           "Kredyt bez BIK w {n} minut",
           "Lekarze ostrzegają: nie jedz tego na śniadanie",
           "Ten prosty trik obniży rachunek za prąd",
           "Kurs euro dzisiaj: ile kosztuje waluta",
           "Bon senioralny {y}: kto może dostać pieniądze"),
    "nl": ("Zorgtoeslag {M} {y}: op deze datum wordt uitbetaald",
           "AOW-uitbetaling in {M}: dit zijn de data",
           "Benzineprijs vandaag, {d} {M}",
           "Uitslag Staatsloterij: controleer je lot",
           "Artsen waarschuwen: eet dit nooit voor het slapen",
           "Met deze truc betaal je minder voor energie",
           "Snel lenen zonder BKR-toetsing"),
}
_FILLER_HEADS = {
    "en": ("Trending now", "Don't miss", "Most read", "You may also like", "Popular today"),
    "de": ("Meistgelesen", "Das könnte Sie interessieren", "Auch interessant", "Beliebt"),
    "fr": ("À lire aussi", "Les plus lus", "Tendances", "À ne pas manquer"),
    "es": ("Lo más leído", "Te puede interesar", "No te lo pierdas"),
    "it": ("I più letti", "Potrebbe interessarti", "In evidenza"),
    "pt": ("Mais lidas", "Veja também", "Você pode gostar"),
    "pl": ("Najnowsze", "Najczęściej czytane", "Zobacz też"),
    "nl": ("Meest gelezen", "Ook interessant"),
}
# fmt: on


def _filler_items(c: Canvas, lang: str, ctx: BuildContext | None) -> list[tuple[str, str]]:
    when = _day(c)
    picks = c.rng.sample(_FILLER[lang], c.rng.randint(3, 6))
    items = []
    for t in picks:
        text = t.format(
            M=_MONTHS[lang][when.month - 1],
            d=when.day,
            y=when.year,
            n=c.rng.randint(2, 9),
            p=f"{c.rng.randint(1, 2)},{c.rng.randint(10, 99)}",
        )
        text = re.sub(r"\s{2,}", " ", text)
        href = c.rng.choice((f"/{slug(text, 7)}/", f"/?p={c.rng.randint(100, 9999)}"))
        items.append((text, href))
    if ctx is not None and ctx.headlines and lang == "en" and c.rng.random() < 0.5:
        text = c.rng.choice(ctx.headlines)[0]
        items.insert(c.rng.randrange(len(items) + 1), (text, f"/{slug(text, 7)}/"))
    return items


def filler(c: Canvas, ctx: BuildContext | None = None) -> str:
    """A block of public-service clickbait: a link list (after the page's own list, when it
    has one), or a label line and bare headline lines under the story."""
    p = c.parts
    lang = _page_lang(c)
    heading = c.rng.choice(_FILLER_HEADS[lang])
    items = _filler_items(c, lang, ctx)
    roll = c.rng.random()
    if roll < 0.35:
        # the text copies' form: a label line, then one headline a line (linked or not)
        linked = c.rng.random() < 0.5
        rows = "".join(
            f'<p><a href="{escape(h)}">{escape(t)}</a></p>' if linked else f"<p>{escape(t)}</p>"
            for t, h in items
        )
        p.after_body.append(
            f'<div class="more-posts"><p><strong>{escape(heading)}</strong></p>{rows}</div>'
        )
        return "filler_service_lines"
    block = Block(heading, items, kind=c.rng.choice(("links", "plain")), role="widget")
    had = bool(p.blocks or p.sidebar)
    if p.blocks:
        p.blocks.append(block)
    elif p.sidebar and c.rng.random() < 0.6:
        p.sidebar.append(block)
    else:
        p.blocks.append(block)
    return "filler_service_second" if had else "filler_service_block"


# --------------------------------------------------------------------------------------------
# 2. The origin outlet's voice in the tail.
# fmt: off
_OUTLETS3: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("Millbrook Observer", "millbrookobserver.com"), ("The Eastcliff Star", "eastcliffstar.co.uk"),
           ("Prairie Daily News", "prairiedailynews.com"), ("The Kingsport Herald", "kingsportherald.com")),
    "de": (("Oberland Kurier", "oberland-kurier.de"), ("Saale Anzeiger", "saale-anzeiger.de"),
           ("Bodensee Rundschau", "bodensee-rundschau.de")),
    "fr": (("Le Progrès du Jura", "progres-jura.fr"), ("Le Républicain des Landes", "republicain-landes.fr"),
           ("L'Indépendant Breton", "independant-breton.fr")),
    "es": (("La Gaceta del Ebro", "gacetadelebro.es"), ("Diario de la Meseta", "diariomeseta.es"),
           ("El Faro Atlántico", "faroatlantico.com")),
    "it": (("La Voce del Piave", "vocedelpiave.it"), ("Il Messaggero Sannita", "messaggerosannita.it"),
           ("Cronaca Alpina", "cronacaalpina.it")),
    "pt": (("Jornal do Vale", "jornaldovale.com.br"), ("Diário da Serra", "diariodaserra.pt"),
           ("Folha do Litoral", "folhadolitoral.com.br")),
    "pl": (("Kurier Nadwiślański", "kuriernadwislanski.pl"), ("Dziennik Doliny", "dziennikdoliny.pl"),
           ("Głos Podgórza", "glospodgorza.pl")),
    "nl": (("Dagblad van het Oosten", "dagbladoosten.nl"), ("De Rivierbode", "rivierbode.nl")),
}
_RIGHTS3 = {
    "en": ("© {o}", "© {y} {o}", "(c) {o} {y}", "Copyright {o}. Do not reproduce without permission."),
    "de": ("© {o}", "© {y} {o}", "Copyright {o} {y}"),
    "fr": ("© {o}", "© {y} {o}", "© {o} - tous droits réservés"),
    "es": ("© {o}", "© {y} {o}", "© {o} - Todos los derechos reservados"),
    "it": ("© {o}", "© {y} {o}", "© Riproduzione riservata - {o}"),
    "pt": ("© {o}", "© {y} {o}. Todos os direitos reservados.", "Direitos reservados: {o}"),
    "pl": ("© {o}", "© {y} {o}. Wszelkie prawa zastrzeżone.", "Copyright {o}"),
    "nl": ("© {o}", "© {y} {o}"),
}
_FIRST_ON = {
    "en": ("This article first appeared on {d}.", "This story was originally published on {d}.",
           "Originally published at {d}", "A version of this story first ran in {o}."),
    "de": ("Dieser Artikel erschien zuerst auf {d}.", "Der Text ist zuerst bei {o} erschienen.",
           "Zuerst veröffentlicht auf {d}"),
    "fr": ("Cet article est paru initialement sur {d}.", "Article publié à l'origine dans {o}.",
           "Première parution : {d}"),
    "es": ("Este artículo se publicó originalmente en {d}.", "Publicado originalmente en {o}.",
           "Esta noticia apareció primero en {d}"),
    "it": ("Questo articolo è apparso per la prima volta su {d}.", "Articolo pubblicato originariamente su {o}.",
           "L'articolo è stato pubblicato su {d}"),
    "pt": ("Este artigo foi publicado originalmente em {d}.", "Texto publicado primeiro no {o}.",
           "A matéria foi publicada originalmente no site {d}"),
    "pl": ("Artykuł ukazał się pierwotnie na {d}.", "Tekst pierwotnie opublikowano w serwisie {o}.",
           "Pierwsza publikacja: {d}"),
    "nl": ("Dit artikel verscheen eerder op {d}.", "Oorspronkelijk gepubliceerd door {o}."),
}
_NEWSLETTER = {
    "en": ("Sign up for the {o} morning newsletter and get the day's top stories in your inbox.",
           "Get {o} in your inbox: subscribe to our free daily newsletter.",
           "Want more local news? Sign up for {o}'s free email briefing."),
    "de": ("Jetzt den kostenlosen Newsletter der {o} abonnieren!",
           "Mit dem {o}-Newsletter wissen Sie jeden Morgen, was in der Region los ist."),
    "fr": ("Inscrivez-vous à la newsletter du {o} pour recevoir l'essentiel de l'actu chaque matin.",
           "Recevez gratuitement la lettre d'information de {o}."),
    "es": ("Suscríbete al boletín de {o} y recibe cada mañana las noticias más importantes.",
           "Recibe gratis la newsletter de {o} en tu correo."),
    "it": ("Iscriviti alla newsletter de {o} per ricevere ogni mattina le notizie del territorio.",
           "Ricevi gratis le notizie de {o} nella tua casella email."),
    "pt": ("Assine a newsletter do {o} e receba as principais notícias no seu e-mail.",
           "Cadastre-se para receber gratuitamente os boletins do {o}."),
    "pl": ("Zapisz się na newsletter {o} i otrzymuj najważniejsze wiadomości dnia.",
           "Zamów bezpłatny newsletter serwisu {d}."),
    "nl": ("Meld je aan voor de nieuwsbrief van {o} en mis niets.",),
}
_STAFF_MAIL = {
    "en": ("{r} is a reporter for {o}. Contact: {m}", "Reporting by {r}; editing by {e}. {m}",
           "Have a tip? Email {r} at {m}."),
    "de": ("Autor: {r}, {o}. Kontakt: {m}", "Text: {r} / Redaktion: {e} – {m}"),
    "fr": ("Par {r}, journaliste au {o} – {m}", "Texte : {r}. Édition : {e}. Contact : {m}"),
    "es": ("Redacción: {r}. Edición: {e}. Contacto: {m}", "{r} es periodista de {o}. Escríbele a {m}"),
    "it": ("di {r} – {o} ({m})", "Testo di {r}, a cura di {e}. Contatti: {m}"),
    "pt": ("Reportagem: {r}. Edição: {e}. Contato: {m}", "{r} é repórter do {o} – {m}"),
    "pl": ("Autor: {r}, {o}. Kontakt: {m}", "Tekst: {r}, redakcja: {e}. {m}"),
    "nl": ("Door {r}, verslaggever bij {o}. Mail: {m}",),
}
_READ_ALSO = {
    "en": ("Read also:", "Also read:", "READ MORE:", "Related:"),
    "de": ("Lesen Sie auch:", "Auch interessant:", "Mehr zum Thema:"),
    "fr": ("À lire aussi :", "Lire aussi :", "Sur le même sujet :"),
    "es": ("Lee también:", "Te puede interesar:", "Más información:"),
    "it": ("Leggi anche:", "Potrebbe interessarti:"),
    "pt": ("Leia também:", "Veja também:", "Saiba mais:"),
    "pl": ("Czytaj też:", "Zobacz także:", "Przeczytaj również:"),
    "nl": ("Lees ook:", "Ook interessant:"),
}
_LOCAL_HEADS = {
    "en": ("Council approves budget after long debate", "Road closed for weeks as repairs begin",
           "New school opens its doors to pupils"),
    "de": ("Stadtrat beschließt Haushalt nach langer Debatte", "Straße wochenlang gesperrt",
           "Neue Grundschule öffnet ihre Türen"),
    "fr": ("Le conseil municipal adopte le budget", "La route fermée pendant des semaines",
           "Une nouvelle école ouvre ses portes"),
    "es": ("El pleno aprueba los presupuestos", "La carretera seguirá cortada varias semanas",
           "Abre sus puertas el nuevo colegio"),
    "it": ("Il consiglio comunale approva il bilancio", "Strada chiusa per settimane",
           "Apre la nuova scuola elementare"),
    "pt": ("Câmara aprova orçamento após longo debate", "Estrada fica interditada por semanas",
           "Nova escola abre as portas"),
    "pl": ("Rada miasta przyjęła budżet", "Droga zamknięta na kilka tygodni",
           "Nowa szkoła otwiera swoje drzwi"),
    "nl": ("Gemeenteraad keurt begroting goed", "Weg wekenlang afgesloten"),
}
# fmt: on


def _outlet3(c: Canvas, lang: str) -> tuple[str, str]:
    return c.rng.choice(_OUTLETS3[lang])


def _mail(c: Canvas, who: str, domain: str) -> str:
    first, _, last = who.partition(" ")
    local = c.rng.choice((f"{first}.{last}", f"{first[0]}{last}", last, "redaktion", "news"))
    local = local.lower().translate(str.maketrans("äöüéèíóúàìçłńśąęćżź", "aoueeiouaiclnsaeczz"))
    return f"{local}@{domain}"


def origin_tail(c: Canvas, ctx: BuildContext | None = None) -> str:
    """The copied story's tail (or a link in it) still names the outlet it was written for."""
    if _credited(c.tells):
        return ""
    lang = _text_lang(c)
    if not lang:
        return ""
    p = c.parts
    name, domain = _outlet3(c, lang)
    year = c.ctx_year - c.rng.randint(0, 2)
    kind = c.rng.choices(("rights", "first", "newsletter", "staff", "read_also"), (3, 3, 2, 2, 3))[
        0
    ]
    rights = c.rng.choice(_RIGHTS3[lang]).format(o=name, y=year)
    lines: list[str] = []
    if kind == "read_also":
        if len(p.paragraphs) < 3:
            return ""
        label = c.rng.choice(_READ_ALSO[lang])
        head = c.rng.choice(_LOCAL_HEADS[lang])
        href = f"https://www.{domain}/{slug(head, 6)}-{c.rng.randint(1000, 99999)}"
        at = c.rng.randint(1, len(p.paragraphs) - 2)
        _add_insert(
            c, at, f'<p><strong>{escape(label)}</strong> <a href="{href}">{escape(head)}</a></p>'
        )
        if c.rng.random() < 0.3:
            p.after_body.append(f"<p>{escape(rights)}</p>")
        return "tail_read_also_other"
    if kind == "rights":
        lines.append(rights)
        tell = "tail_rights_other"
    elif kind == "first":
        lines.append(
            c.rng.choice(_FIRST_ON[lang]).format(o=name, d=c.rng.choice((domain, f"www.{domain}")))
        )
        tell = "tail_first_appeared_other"
    elif kind == "newsletter":
        lines.append(c.rng.choice(_NEWSLETTER[lang]).format(o=name, d=domain))
        tell = "tail_newsletter_other"
    else:
        who, editor = person(c.rng), person(c.rng)
        line = c.rng.choice(_STAFF_MAIL[lang])
        lines.append(line.format(r=who, e=editor, o=name, m=_mail(c, who, domain)))
        tell = "tail_staff_mail_other"
    if kind != "rights" and c.rng.random() < 0.4:
        lines.append(rights)
    style = c.rng.random()
    if style < 0.6:
        p.after_body.append("".join(f"<p>{escape(x)}</p>" for x in lines))
    elif style < 0.85:
        p.paragraphs.extend(lines)  # kept as the story's own last paragraphs
    else:
        p.after_body.append(f"<p><em>{'<br>'.join(escape(x) for x in lines)}</em></p>")
    return tell


# --------------------------------------------------------------------------------------------
# 3. Desk and admin bylines in one meta row with the date; month-only permalinks.
# fmt: off
_DESKS = {"en": ("admin", "admin", "Admin", "News Desk", "Editorial Team", "Web Desk", "staff"),
          "de": ("Redaktion", "admin", "Redaktion", "Online-Redaktion"),
          "fr": ("Rédaction", "admin", "La rédaction"), "es": ("Redacción", "admin", "Redacción"),
          "it": ("Redazione", "admin", "Redazione"), "pt": ("Redação", "admin", "Redação"),
          "pl": ("Redakcja", "admin", "Redakcja"), "nl": ("Redactie", "admin")}
_ROWS = {
    "en": ("{d} {a}", "{d} by {a}", "Posted by {a} on {d}", "By {a} · {d}", "{a} - {d}",
           "Posted on {d} by {a}"),
    "de": ("Von {a} · {d}", "{d} von {a}", "{d} | {a}", "Veröffentlicht am {d} von {a}"),
    "fr": ("Par {a} · {d}", "Publié le {d} par {a}", "{d} {a}"),
    "es": ("Por {a} - {d}", "Publicado el {d} por {a}", "{d} {a}"),
    "it": ("Di {a} · {d}", "Pubblicato il {d} da {a}", "{d} {a}"),
    "pt": ("Por {a} - {d}", "Publicado em {d} por {a}", "{d} {a}"),
    "pl": ("Autor: {a} · {d}", "{d} {a}", "Opublikowano {d} przez {a}"),
    "nl": ("Door {a} · {d}", "Geplaatst op {d} door {a}", "{d} {a}"),
}
# fmt: on
_PERSONA = frozenset({"persona_bio", "persona_foreign_mark"})


def _meta_row(c: Canvas, form: str, author: str, shown: str, linked: bool) -> str:
    when = _day(c)
    dt = f'<time class="entry-date" datetime="{when.isoformat()}">{escape(shown)}</time>'
    who = (
        f'<a class="url fn" href="/author/{slug(author, 3)}/" rel="author">{escape(author)}</a>'
        if linked
        else f'<span class="author">{escape(author)}</span>'
    )
    html = "".join(
        dt if part == "{d}" else who if part == "{a}" else escape(part)
        for part in re.split(r"(\{[ad]\})", form)
    )
    return f'<div class="entry-meta">{html}</div>'


def desk_row(c: Canvas) -> str:
    """A desk or "admin" byline with the date in one meta row (the theme's own byline and
    date line replaced)."""
    if _PERSONA & set(c.tells):
        return ""
    p = c.parts
    lang = c.lang if c.lang in L3 else "en"
    desk = c.rng.choice(_DESKS[lang])
    form = c.rng.choice(_ROWS[lang])
    shown = _date(c, lang, _day(c)) if not p.date_text or c.rng.random() < 0.7 else p.date_text
    p.under_headline.append(_meta_row(c, form, desk, shown, c.rng.random() < 0.65))
    p.byline, p.date_text = "", ""
    p.author_meta = desk
    return "desk_date_byline_row"


_DATED_PATH = re.compile(r"/(\d{4})/(\d{2})/(?:\d{2}/)?")


def month_url(c: Canvas) -> str:
    """The post's address under its year and month only (/2024/06/slug/)."""
    p = c.parts
    if not p.url or "://" not in p.url:
        return ""
    base, q, query = p.url.partition("?")
    scheme_host, _, path = base.partition("://")
    host, _, path = path.partition("/")
    when = _day(c)
    m = _DATED_PATH.match(f"/{path}")
    if m and m.group(0).count("/") == 3:
        return ""  # already a month permalink
    tail = slug(p.headline, c.rng.randint(5, 9))
    if c.rng.random() < 0.2:
        tail += ".html"
    else:
        tail += "/"
    old = p.url
    p.url = f"{scheme_host}://{host}/{when:%Y}/{when:%m}/{tail}" + (f"?{query}" if q else "")
    if p.canonical == old:
        p.canonical = p.url
    return "month_permalink"


# --------------------------------------------------------------------------------------------
# 4. Rewrite leftovers: a chatbot's preamble, "Follow <brand> on Google News", "Keywords:", FAQ.
# fmt: off
_PREAMBLE = {
    "en": ("Here is a rewritten version of the article:", "Sure! Here's the article rewritten "
           "in a news style:", "Rewritten article:", "Below is a unique version of the news "
           "story, optimized for SEO."),
    "de": ("Hier ist eine umgeschriebene Version des Artikels:", "Gerne! Hier ist der Artikel "
           "in neuer Formulierung:", "Umgeschriebener Artikel:"),
    "fr": ("Voici une réécriture de l'article :", "Bien sûr ! Voici l'article reformulé :",
           "Voici une version unique de l'article, optimisée pour le référencement :"),
    "es": ("Aquí tienes una versión reescrita del artículo:", "¡Claro! Aquí está el artículo "
           "reescrito:", "Artículo reescrito:"),
    "it": ("Ecco una versione riscritta dell'articolo:", "Certo! Ecco l'articolo riformulato:",
           "Ecco il testo riscritto in chiave giornalistica:"),
    "pt": ("Aqui está uma versão reescrita do artigo:", "Claro! Segue o texto reescrito:",
           "Artigo reescrito:"),
    "pl": ("Oto przepisana wersja artykułu:", "Jasne! Oto artykuł napisany na nowo:"),
    "nl": ("Hier is een herschreven versie van het artikel:", "Natuurlijk! Hier is het "
           "herschreven artikel:"),
}
_AFTERWORD = {
    "en": ("I hope this rewritten version meets your needs!", "Let me know if you would like "
           "any changes to the tone or length."),
    "de": ("Ich hoffe, diese Version entspricht Ihren Wünschen!",),
    "fr": ("N'hésitez pas à me dire si vous souhaitez des modifications.",),
    "es": ("¡Espero que esta versión te sea útil!",),
    "it": ("Fammi sapere se vuoi apportare modifiche.",),
    "pt": ("Espero que esta versão atenda às suas necessidades!",),
    "pl": ("Daj znać, jeśli chcesz wprowadzić zmiany.",),
    "nl": ("Laat het me weten als je wijzigingen wilt.",),
}
_GNEWS = {
    "en": ("Follow {b} on Google News for more updates.", "Stay informed: follow us on Google "
           "News!", "Add {b} as a preferred source on Google News.", "Click here to follow {b} "
           "on Google News"),
    "de": ("Folgen Sie {b} auf Google News.", "Folge uns auf Google News!",
           "Jetzt {b} bei Google News folgen"),
    "fr": ("Suivez {b} sur Google Actualités.", "Suivez-nous sur Google News pour ne rien rater."),
    "es": ("Síguenos en Google Noticias.", "Sigue a {b} en Google News y no te pierdas nada."),
    "it": ("Seguici su Google News.", "Segui {b} su Google News per restare aggiornato."),
    "pt": ("Siga o {b} no Google Notícias.", "Acompanhe-nos no Google News!"),
    "pl": ("Obserwuj {b} w Google News.", "Bądź na bieżąco – śledź nas w Google News."),
    "nl": ("Volg {b} op Google Nieuws.",),
}
_KEYWORDS = {"en": ("Keywords:", "Keywords -", "Focus keywords:"), "de": ("Keywords:", "Schlagwörter:"),
             "fr": ("Mots-clés :",), "es": ("Palabras clave:",), "it": ("Parole chiave:",),
             "pt": ("Palavras-chave:",), "pl": ("Słowa kluczowe:",), "nl": ("Trefwoorden:",)}
_FAQ_HEAD = {"en": ("FAQ", "Frequently Asked Questions", "FAQs"),
             "de": ("Häufig gestellte Fragen", "FAQ"), "fr": ("Questions fréquentes", "FAQ"),
             "es": ("Preguntas frecuentes",), "it": ("Domande frequenti", "FAQ"),
             "pt": ("Perguntas frequentes",), "pl": ("Najczęściej zadawane pytania", "FAQ"),
             "nl": ("Veelgestelde vragen",)}
_FAQ_Q = {
    "en": ("What happened?", "Why is this important?", "When did this happen?",
           "What happens next?"),
    "de": ("Was ist passiert?", "Warum ist das wichtig?", "Wann ist das passiert?"),
    "fr": ("Que s'est-il passé ?", "Pourquoi est-ce important ?", "Quand cela s'est-il produit ?"),
    "es": ("¿Qué ha pasado?", "¿Por qué es importante?", "¿Cuándo ocurrió?"),
    "it": ("Cosa è successo?", "Perché è importante?", "Quando è successo?"),
    "pt": ("O que aconteceu?", "Por que isso é importante?", "Quando isso aconteceu?"),
    "pl": ("Co się stało?", "Dlaczego to ważne?", "Kiedy to się stało?"),
    "nl": ("Wat is er gebeurd?", "Waarom is dit belangrijk?"),
}
_FAQ_WHEN = {"en": "It was reported on {d}.", "de": "Berichtet wurde am {d}.",
             "fr": "L'information date du {d}.", "es": "La noticia se conoció el {d}.",
             "it": "La notizia è del {d}.", "pt": "A notícia foi divulgada em {d}.",
             "pl": "Informacja pochodzi z {d}.", "nl": "Het nieuws kwam op {d} naar buiten."}
# fmt: on
_SENT = re.compile(r"(?<=[.!?])\s+")
_WORDS = re.compile(r"[^\W\d_][\w'-]{3,}")


def _first_sentence(text: str) -> str:
    return _SENT.split(text.strip(), maxsplit=1)[0]


def rewrite_leftover(c: Canvas) -> str:
    """What a rewriting tool leaves: its preamble, a Google News follow line of the site, a
    "Keywords:" line, FAQ pairs restating the story."""
    p = c.parts
    lang = _text_lang(c) or _page_lang(c)
    if not p.paragraphs:
        return ""
    kind = c.rng.choices(("preamble", "gnews", "keywords", "faq"), (3, 3, 2, 3))[0]
    if kind == "preamble":
        _insert_paragraph(c, 0, c.rng.choice(_PREAMBLE[lang]))
        if c.rng.random() < 0.3:
            p.paragraphs.append(c.rng.choice(_AFTERWORD[lang]))
        return "rewrite_preamble"
    if kind == "gnews":
        line = c.rng.choice(_GNEWS[lang]).format(b=c.theme.brand)
        html = escape(line)
        if c.rng.random() < 0.5:
            html = f'<a href="https://news.google.com/publications/CAAq{c.rng.randint(10**6, 10**7)}">{html}</a>'
        where = c.rng.random()
        if where < 0.5 and len(p.paragraphs) >= 3:
            _add_insert(
                c, c.rng.randint(0, len(p.paragraphs) - 2), f"<p><strong>{html}</strong></p>"
            )
        else:
            p.after_body.insert(0, f"<p>{html}</p>")
        return "google_news_follow_self"
    if kind == "keywords":
        words = [w for w in _WORDS.findall(p.headline) if len(w) > 3]
        if len(words) < 3:
            return ""
        key = " ".join(words[:2]).lower()
        terms = [key, *(w.lower() for w in c.rng.sample(words, min(len(words), 3)))]
        terms.append(f"{key} {c.ctx_year}")
        line = f"{c.rng.choice(_KEYWORDS[lang])} {', '.join(dict.fromkeys(terms))}"
        if c.rng.random() < 0.5:
            p.paragraphs.append(line)
        else:
            p.after_body.append(f"<p>{escape(line)}</p>")
        return "keywords_line"
    if len(p.paragraphs) < 2:
        return ""
    qs = c.rng.sample(_FAQ_Q[lang], 2 + (c.rng.random() < 0.4 and len(_FAQ_Q[lang]) > 2))
    answers = [_first_sentence(p.paragraphs[0]), _first_sentence(p.paragraphs[1]),
               _FAQ_WHEN[lang].format(d=_date(c, lang, _day(c)))]  # fmt: skip
    pairs = list(zip(qs, answers, strict=False))
    head = c.rng.choice(_FAQ_HEAD[lang])
    if c.rng.random() < 0.5:
        p.paragraphs.append(head)
        for q, a in pairs:
            p.paragraphs.extend((q, a))
    else:
        body = "".join(f"<h3>{escape(q)}</h3><p>{escape(a)}</p>" for q, a in pairs)
        p.after_body.append(f'<div class="faq"><h2>{escape(head)}</h2>{body}</div>')
    return "faq_pairs"


# --------------------------------------------------------------------------------------------
# 5. Messenger groups in the story; farm disclaimers.
# fmt: off
_MESSENGER = {
    "en": ("Join our WhatsApp group for instant updates 👉 Click here",
           "📲 Get the latest news first: join our Telegram channel",
           "Want updates as they happen? Join our WhatsApp community.",
           "For more such news, join our WhatsApp group."),
    "de": ("Treten Sie unserer WhatsApp-Gruppe bei und verpassen Sie keine Nachricht mehr.",
           "📲 Jetzt unserem Telegram-Kanal beitreten!"),
    "fr": ("Rejoignez notre groupe WhatsApp pour recevoir les dernières infos.",
           "📲 Abonnez-vous à notre canal Telegram pour ne rien manquer."),
    "es": ("Únete a nuestro grupo de WhatsApp y recibe las noticias al instante.",
           "📲 Entra en nuestro canal de Telegram para estar al día."),
    "it": ("Entra nel nostro gruppo WhatsApp per restare sempre aggiornato.",
           "📲 Iscriviti al nostro canale Telegram."),
    "pt": ("Entre no nosso grupo do WhatsApp e receba notícias em primeira mão.",
           "📲 Participe do nosso canal no Telegram."),
    "pl": ("Dołącz do naszej grupy na WhatsAppie i bądź na bieżąco.",
           "📲 Zapisz się na nasz kanał na Telegramie."),
    "nl": ("Word lid van onze WhatsApp-groep voor het laatste nieuws.",),
}
_DISCLAIMERS = {
    "gov": {
        "en": ("Disclaimer: {b} is a private website and is not affiliated with any government "
               "agency.", "We are not associated with any government body. Information is for "
               "general guidance only; check the official website."),
        "de": ("Hinweis: {b} ist ein privates Angebot und steht in keiner Verbindung zu einer "
               "Behörde.",),
        "fr": ("{b} est un site privé, sans lien avec un organisme public. Vérifiez les "
               "informations sur le site officiel.",),
        "es": ("Este sitio no tiene ninguna relación con organismos oficiales ni con la "
               "Administración.",),
        "it": ("Questo sito non è affiliato ad alcun ente governativo o all'INPS.",),
        "pt": ("Este site não possui vínculo com nenhum órgão do governo.",),
        "pl": ("Serwis nie jest powiązany z żadną instytucją państwową.",),
    },
    "media": {
        "en": ("{b} is not a registered news publication.", "This site is not a newspaper and "
               "is not registered as a media outlet."),
        "de": ("Diese Seite ist kein journalistisch-redaktionelles Angebot und nicht als "
               "Presseorgan registriert.",),
        "fr": ("Ce site n'est pas un organe de presse enregistré.",),
        "es": ("Esta web no está registrada como medio de comunicación.",),
        "it": ("Questo blog non rappresenta una testata giornalistica in quanto viene "
               "aggiornato senza alcuna periodicità. Non può pertanto considerarsi un prodotto "
               "editoriale ai sensi della legge n. 62 del 7.03.2001.",),
        "pt": ("Este site não é um veículo de imprensa registrado.",),
        "pl": ("Serwis nie jest prasą w rozumieniu prawa prasowego.",),
    },
    "open": {
        "en": ("This article was prepared from open sources.", "Compiled from publicly "
               "available information."),
        "de": ("Der Beitrag wurde auf Grundlage öffentlich zugänglicher Quellen erstellt.",),
        "fr": ("Article rédigé à partir de sources ouvertes.",),
        "es": ("Texto elaborado a partir de fuentes abiertas.",),
        "it": ("Articolo realizzato sulla base di fonti aperte.",),
        "pt": ("Texto elaborado com base em fontes abertas.",),
        "pl": ("Materiał przygotowano na podstawie ogólnodostępnych źródeł.",),
    },
}
# fmt: on


def messenger(c: Canvas) -> str:
    """The site's own WhatsApp group or Telegram channel pushed inside the story."""
    p = c.parts
    lang = _page_lang(c)
    if not p.paragraphs:
        return ""
    line = c.rng.choice(_MESSENGER[lang])
    tg = "Telegram" in line
    handle = slug(c.theme.brand, 3).replace("-", "")
    href = (
        f"https://t.me/{handle}"
        if tg
        else f"https://chat.whatsapp.com/{c.rng.randint(10**9, 10**10)}"
    )
    html = f'<p><strong><a href="{href}" target="_blank">{escape(line)}</a></strong></p>'
    if c.rng.random() < 0.3:
        html = f"<p><strong>{escape(line)}</strong></p>"
    n = len(p.paragraphs)
    where = c.rng.random()
    if where < 0.5 and n >= 2:
        _add_insert(c, c.rng.randint(0, max(0, n - 2)), html)
    elif where < 0.75:
        _add_insert(c, n - 1, html)
    else:
        p.after_body.insert(0, html)
    return "messenger_group_cta"


def disclaimer(c: Canvas) -> str:
    """A farm's disclaimer: no link with the government, not a registered news medium,
    prepared from open sources."""
    lang = c.lang if c.lang in _DISCLAIMERS["gov"] else "en"
    kind = c.rng.choice(("gov", "gov", "media", "open"))
    line = c.rng.choice(_DISCLAIMERS[kind][lang]).format(b=c.theme.brand)
    html = f'<p class="disclaimer">{escape(line)}</p>'
    if kind == "open" and c.rng.random() < 0.6:
        c.parts.after_body.append(f"<p><em>{escape(line)}</em></p>")
    else:
        c.footer(html)
    return {"gov": "disclaimer_not_government", "media": "disclaimer_not_media",
            "open": "disclaimer_open_sources"}[kind]  # fmt: skip


# --------------------------------------------------------------------------------------------
# 6. A niche site running hard news.
# fmt: off
_NICHES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    # niche: language: (categories, popular posts)
    "garden": {
        "en": (("Garden", "Indoor Plants", "DIY", "Home Decor"),
               ("10 easy herbs to grow on a windowsill", "How to prune roses in autumn",
                "Best cheap ideas for a small balcony")),
        "de": (("Garten", "Zimmerpflanzen", "Heimwerken", "Deko"),
               ("Tomaten richtig ausgeizen: So geht's", "Rosen im Herbst schneiden",
                "Balkon-Ideen für wenig Geld")),
        "fr": (("Jardin", "Plantes d'intérieur", "Bricolage", "Déco"),
               ("Comment tailler les rosiers en automne", "10 aromatiques faciles à cultiver",
                "Idées déco pour un petit balcon")),
        "es": (("Jardín", "Plantas de interior", "Bricolaje", "Decoración"),
               ("Cómo podar los rosales en otoño", "Plantas que purifican el aire de casa",
                "Ideas baratas para un balcón pequeño")),
        "it": (("Giardino", "Piante da interno", "Fai da te", "Arredamento"),
               ("Come potare le rose in autunno", "Piante aromatiche facili da coltivare",
                "Idee low cost per un piccolo balcone")),
        "pt": (("Jardim", "Plantas", "Faça você mesmo", "Decoração"),
               ("Como podar roseiras no outono", "Temperos fáceis de plantar em vasos",
                "Ideias baratas para varandas pequenas")),
        "pl": (("Ogród", "Rośliny doniczkowe", "Zrób to sam", "Dekoracje"),
               ("Jak przycinać róże jesienią", "Zioła, które wyhodujesz na parapecie",
                "Tanie pomysły na mały balkon")),
    },
    "recipes": {
        "en": (("Recipes", "Baking", "Quick Dinners", "Desserts"),
               ("The easiest banana bread you will ever make", "One-pot pasta in 20 minutes",
                "Grandma's apple pie recipe")),
        "de": (("Rezepte", "Backen", "Schnelle Küche", "Desserts"),
               ("Bananenbrot: Das einfachste Rezept", "One-Pot-Pasta in 20 Minuten",
                "Omas Apfelkuchen vom Blech")),
        "fr": (("Recettes", "Pâtisserie", "Cuisine rapide", "Desserts"),
               ("Le gâteau au yaourt inratable", "One pot pasta en 20 minutes",
                "La tarte aux pommes de mamie")),
        "es": (("Recetas", "Repostería", "Cenas rápidas", "Postres"),
               ("Bizcocho de yogur esponjoso", "Pasta en una sola olla en 20 minutos",
                "La tarta de manzana de la abuela")),
        "it": (("Ricette", "Dolci", "Primi piatti", "Cucina veloce"),
               ("Torta di mele della nonna", "Pasta cremosa in 20 minuti",
                "Il tiramisù perfetto")),
        "pt": (("Receitas", "Bolos", "Jantar rápido", "Sobremesas"),
               ("Bolo de cenoura fofinho", "Macarrão de panela única em 20 minutos",
                "Pudim de leite da vovó")),
        "pl": (("Przepisy", "Ciasta", "Szybkie obiady", "Desery"),
               ("Najprostszy sernik na zimno", "Makaron z jednego garnka w 20 minut",
                "Szarlotka babci")),
    },
    "football": {
        "en": (("First Team", "Fixtures", "Youth Academy", "Club Shop"),
               ("Match report: late winner seals derby", "Under-12s lift the county cup",
                "Season tickets now on sale")),
        "de": (("1. Mannschaft", "Spielplan", "Jugend", "Fanshop"),
               ("Spielbericht: Last-Minute-Sieg im Derby", "D-Jugend holt den Kreispokal",
                "Dauerkarten ab sofort erhältlich")),
        "fr": (("Équipe première", "Calendrier", "École de foot", "Boutique"),
               ("Résumé : victoire au bout du suspense", "Les U13 remportent la coupe",
                "Les abonnements sont en vente")),
        "es": (("Primer equipo", "Calendario", "Cantera", "Tienda"),
               ("Crónica: victoria en el descuento", "El alevín gana la copa provincial",
                "Ya a la venta los abonos")),
        "it": (("Prima squadra", "Calendario", "Settore giovanile", "Store"),
               ("Il racconto della vittoria nel derby", "Gli Esordienti vincono il torneo",
                "Abbonamenti in vendita")),
        "pt": (("Equipa principal", "Calendário", "Formação", "Loja"),
               ("Crónica: vitória nos descontos", "Sub-13 conquista a taça distrital",
                "Lugares anuais já à venda")),
        "pl": (("Pierwsza drużyna", "Terminarz", "Akademia", "Sklep"),
               ("Relacja: zwycięstwo w doliczonym czasie", "Juniorzy z pucharem okręgu",
                "Karnety już w sprzedaży")),
    },
    "beauty": {
        "en": (("Skincare", "Makeup", "Hair", "Nails"),
               ("My 5-step morning skincare routine", "The best drugstore mascaras tested",
                "Easy heatless curls overnight")),
        "de": (("Hautpflege", "Make-up", "Haare", "Nägel"),
               ("Meine Morgenroutine in 5 Schritten", "Drogerie-Mascaras im Test",
                "Locken ohne Hitze über Nacht")),
        "fr": (("Soins", "Maquillage", "Cheveux", "Ongles"),
               ("Ma routine beauté du matin", "Les meilleurs mascaras pas chers",
                "Boucles sans chaleur en une nuit")),
        "es": (("Cuidado facial", "Maquillaje", "Cabello", "Uñas"),
               ("Mi rutina de belleza en 5 pasos", "Las mejores máscaras de pestañas low cost",
                "Ondas sin calor en una noche")),
        "it": (("Skincare", "Make-up", "Capelli", "Unghie"),
               ("La mia beauty routine del mattino", "I migliori mascara economici",
                "Onde senza calore in una notte")),
        "pt": (("Skincare", "Maquiagem", "Cabelos", "Unhas"),
               ("Minha rotina de skincare em 5 passos", "Rímel barato que funciona",
                "Cachos sem calor durante a noite")),
        "pl": (("Pielęgnacja", "Makijaż", "Włosy", "Paznokcie"),
               ("Moja poranna rutyna pielęgnacyjna", "Najlepsze tanie tusze do rzęs",
                "Loki bez grzania na noc")),
    },
}
_NICHE_WORDS = {"football": ("fc", "club", "rovers", "verein", "sv", "tsv", "calcio", "futbol",
                             "athletic", "harriers", "ac", "cf", "ud"),
                "garden": ("garden", "garten", "jardin", "giardino", "plant", "home"),
                "recipes": ("recipe", "kitchen", "cook", "küche", "cucina", "cocina", "rezept"),
                "beauty": ("beauty", "glow", "skin", "belle", "bella")}
_POPULAR = {"en": "Popular posts", "de": "Beliebte Beiträge", "fr": "Articles populaires",
            "es": "Entradas populares", "it": "Articoli popolari", "pt": "Posts populares",
            "pl": "Popularne wpisy"}
_CATEGORIES = {"en": "Categories", "de": "Kategorien", "fr": "Catégories", "es": "Categorías",
               "it": "Categorie", "pt": "Categorias", "pl": "Kategorie"}
_FILED = {"en": "Filed under", "de": "Kategorie", "fr": "Classé dans", "es": "Archivado en",
          "it": "Archiviato in", "pt": "Arquivado em", "pl": "Kategoria"}
# fmt: on
_HARD_TOPICS = frozenset({"politics", "world", "business"})


def _niche_of(c: Canvas) -> str:
    words = set(re.findall(r"\w+", f"{c.theme.brand} {c.theme.domain}".lower()))
    for niche, keys in _NICHE_WORDS.items():
        if words & set(keys):
            return niche
    names = sorted(_NICHES)
    return names[stable_int("niche", c.theme.domain) % len(names)]


def _niche_chrome(c: Canvas, niche: str, lang: str) -> None:
    p = c.parts
    cats, posts = _NICHES[niche][lang]
    cat_items = [(t, f"/category/{slug(t, 3)}/") for t in cats]
    post_items = [(t, f"/{slug(t, 8)}/") for t in c.rng.sample(posts, len(posts))]
    if c.family == "skeleton" or c.theme.minimal:
        # a cloned template shows the story's place only: the niche follows the story
        cat = c.rng.choice(cats)
        rows = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h in post_items)
        p.after_body.append(
            f'<p class="cat-links">{escape(_FILED[lang])}: <a href="/category/{slug(cat, 3)}/">'
            f"{escape(cat)}</a></p><h4>{escape(_POPULAR[lang])}</h4><ul>{rows}</ul>"
        )
        return
    p.sidebar.insert(0, Block(_CATEGORIES[lang], cat_items, kind="links", role="widget"))
    p.sidebar.insert(1, Block(_POPULAR[lang], post_items, kind="links", role="widget"))
    if p.breadcrumbs:
        p.breadcrumbs = [p.breadcrumbs[0], cat_items[0]]


def niche(c: Canvas) -> str:
    """A garden, recipe, football-club or beauty site (its categories and popular posts)
    carrying hard news."""
    if c.article.topic not in _HARD_TOPICS and not c.article.corpus.startswith("real-"):
        return ""
    lang = _page_lang(c) if c.family == "skeleton" else c.lang
    if lang not in _POPULAR:
        return ""
    _niche_chrome(c, _niche_of(c), lang)
    return "niche_site_hard_news"


# --------------------------------------------------------------------------------------------
# 7. Machine-translated copy: English UI lines, imperial units without conversion.
_UI_LINES = (
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Read more: {h}",
    "Also read: {h}",
    "RELATED: {h}",
    "Click here to subscribe to our newsletter",
)
# fmt: off
_IMPERIAL = {
    "de": ("Das Feuer hat inzwischen mehr als {a} Acres erfasst.",
           "Bei Temperaturen um {f} Grad blieben viele Menschen zu Hause.",
           "Der Wagen war mit rund {s} Meilen pro Stunde unterwegs.",
           "Der Verdächtige soll etwa {ft} Fuß groß sein.", "Örtlich fielen bis zu {i} Zoll Regen."),
    "fr": ("L'incendie a déjà ravagé plus de {a} acres.",
           "Avec des températures avoisinant les {f} degrés, beaucoup sont restés chez eux.",
           "Le véhicule roulait à environ {s} miles à l'heure.",
           "Le suspect mesurerait environ {ft} pieds.", "Il est tombé jusqu'à {i} pouces de pluie."),
    "es": ("El incendio ya ha arrasado más de {a} acres.",
           "Con temperaturas cercanas a los {f} grados, muchos se quedaron en casa.",
           "El vehículo circulaba a unas {s} millas por hora.",
           "El sospechoso mide unos {ft} pies.", "Cayeron hasta {i} pulgadas de lluvia."),
    "it": ("L'incendio ha già distrutto oltre {a} acri.",
           "Con temperature vicine ai {f} gradi, molti sono rimasti a casa.",
           "L'auto viaggiava a circa {s} miglia orarie.",
           "Il sospettato è alto circa {ft} piedi.", "Sono caduti fino a {i} pollici di pioggia."),
    "pt": ("O incêndio já consumiu mais de {a} acres.",
           "Com temperaturas perto dos {f} graus, muitos ficaram em casa.",
           "O carro seguia a cerca de {s} milhas por hora.",
           "O suspeito tem cerca de {ft} pés de altura.", "Choveu até {i} polegadas."),
    "pl": ("Pożar strawił już ponad {a} akrów.",
           "Przy temperaturze sięgającej {f} stopni wiele osób zostało w domach.",
           "Samochód jechał z prędkością około {s} mil na godzinę.",
           "Podejrzany ma około {ft} stóp wzrostu.", "Spadło do {i} cali deszczu."),
    "nl": ("Het vuur heeft al meer dan {a} acres verwoest.",
           "Bij temperaturen rond de {f} graden bleven velen thuis.",
           "De auto reed ongeveer {s} mijl per uur."),
}
# fmt: on


def mt_leftover(c: Canvas, ctx: BuildContext | None = None) -> str:
    """A story in another language, machine-translated from English: an English UI line left
    between its paragraphs, or imperial units left unconverted."""
    p = c.parts
    lang = _text_lang(c)
    if lang in ("", "en") or len(p.paragraphs) < 3:
        return ""
    if c.rng.random() < 0.5:
        line = c.rng.choice(_UI_LINES)
        if "{h}" in line:
            if ctx is None or not ctx.headlines:
                line = "Advertisement"
            else:
                line = line.format(h=c.rng.choice(ctx.headlines)[0])
        _insert_paragraph(c, c.rng.randint(1, len(p.paragraphs) - 1), line)
        return "mt_english_ui_line"
    values = {
        "a": f"{c.rng.randint(2, 90)}.000"
        if lang in ("de", "it", "pt", "nl")
        else f"{c.rng.randint(2, 90)} 000",
        "f": c.rng.randint(95, 112),
        "s": c.rng.randint(70, 120),
        "ft": c.rng.choice(("5", "6")),
        "i": c.rng.randint(3, 9),
    }
    for sentence in c.rng.sample(_IMPERIAL[lang], 2 if c.rng.random() < 0.4 else 1):
        i = c.rng.randint(1, len(p.paragraphs) - 1)
        p.paragraphs[i] = f"{p.paragraphs[i]} {sentence.format(**values)}"
    return "mt_imperial_units"


# --------------------------------------------------------------------------------------------
# The menu.

# (`mt_leftover` only fits a story in another language than English: its rate is of all pages,
# most of which it leaves alone.)
FAMILY_TELLS_3: dict[str, tuple[tuple[str, float], ...]] = {
    "scraper": (("origin_tail", 0.08), ("mt_leftover", 0.3)),
    "skeleton": (("origin_tail", 0.12), ("niche", 0.1)),
    "spinner": (("origin_tail", 0.12), ("mt_leftover", 0.4)),
    "autoblog": (("filler", 0.1), ("origin_tail", 0.08), ("desk_row", 0.12), ("month_url", 0.15)),
    "local_network": (
        ("filler", 0.08),
        ("origin_tail", 0.08),
        ("desk_row", 0.1),
        ("month_url", 0.12),
        ("disclaimer", 0.1),
    ),
    "network": (("filler", 0.12), ("desk_row", 0.12), ("month_url", 0.12), ("messenger", 0.08)),
    "mfa": (
        ("filler", 0.12),
        ("desk_row", 0.08),
        ("month_url", 0.1),
        ("rewrite_leftover", 0.12),
        ("messenger", 0.1),
        ("disclaimer", 0.1),
    ),
    "ai_rewrite": (("rewrite_leftover", 0.18), ("messenger", 0.08), ("mt_leftover", 0.4)),
    "expired_domain": (("filler", 0.1), ("disclaimer", 0.12), ("niche", 0.12)),
}
# The manifest names of the tells above, for tests and the README.
TELL_NAMES_3 = frozenset(
    {
        "filler_service_block", "filler_service_second", "filler_service_lines",
        "tail_rights_other", "tail_first_appeared_other", "tail_newsletter_other",
        "tail_staff_mail_other", "tail_read_also_other", "desk_date_byline_row",
        "month_permalink", "rewrite_preamble", "google_news_follow_self", "keywords_line",
        "faq_pairs", "messenger_group_cta", "disclaimer_not_government", "disclaimer_not_media",
        "disclaimer_open_sources", "niche_site_hard_news", "mt_english_ui_line",
        "mt_imperial_units",
    }
)  # fmt: skip


def tell_3(name: str, canvas: Canvas, ctx: BuildContext | None) -> str:
    """Put the third menu's tell `name` on the page; its manifest name, or "" when it does
    not fit the page."""
    if name == "filler":
        return filler(canvas, ctx)
    if name == "origin_tail":
        return origin_tail(canvas, ctx)
    if name == "mt_leftover":
        return mt_leftover(canvas, ctx)
    simple = {
        "desk_row": desk_row,
        "month_url": month_url,
        "rewrite_leftover": rewrite_leftover,
        "messenger": messenger,
        "disclaimer": disclaimer,
        "niche": niche,
    }
    return simple[name](canvas)


def draw_3(
    family: str, canvas: Canvas, ctx: BuildContext, room: int, added: list[str]
) -> list[str]:
    """The third menu's tells for one page, drawn after the first two menus', within `room`."""

    def make(name: str) -> str:
        return tell_3(name, canvas, ctx)

    return draw_menu(FAMILY_TELLS_3.get(family, ()), make, canvas, room, added, shuffle=True)


# --------------------------------------------------------------------------------------------
# The legitimate twins.
# fmt: off
_PERMISSION = {
    "en": ("Republished with permission of {o}.", "This story first appeared on {d} and is "
           "republished here under a Creative Commons licence.", "Reprinted by permission of "
           "{o}. © {y} {o}."),
    "de": ("Mit freundlicher Genehmigung der {o} übernommen.", "Zuerst erschienen bei {o}; "
           "Nachdruck mit Genehmigung."),
    "fr": ("Republié avec l'autorisation de {o}.", "Article paru d'abord sur {d}, reproduit "
           "avec son accord."),
    "es": ("Reproducido con permiso de {o}.", "Publicado originalmente en {d}; se reproduce "
           "con autorización."),
    "it": ("Ripubblicato per gentile concessione de {o}.", "Pubblicato originariamente su {d}, "
           "riprodotto su licenza."),
}
_NEWSDESK = {"en": ("By {b} Newsdesk with {a} · {d}", "{b} Newsdesk, with reporting by {a} · {d}",
                    "By Newsdesk | Source: {a} | {d}"),
             "de": ("Von der Nachrichtenredaktion mit {a} · {d}",),
             "fr": ("Par la rédaction avec {a} · {d}",), "es": ("Redacción con {a} · {d}",),
             "it": ("Redazione con {a} · {d}",)}
_FOLLOW_BUTTONS = {"en": ("Follow us on Google News", "Join our WhatsApp channel"),
                   "de": ("Folgen Sie uns auf Google News", "Unser WhatsApp-Kanal"),
                   "fr": ("Suivez-nous sur Google Actualités", "Notre chaîne WhatsApp"),
                   "es": ("Síguenos en Google Noticias", "Nuestro canal de WhatsApp"),
                   "it": ("Seguici su Google News", "Il nostro canale WhatsApp")}
_EXPLAINER_FAQ = (("What has been agreed?", "{a}"), ("Where does the information come from?",
                  "The figures were published by {s}; {b} has linked the full statement below."),
                  ("What happens next?", "{n}"))
_NICHE_OF_TOPIC = {"sport": "football", "health": "beauty"}
# fmt: on


def republished_permission(c: Canvas) -> str:
    """The origin outlet's lines with the licence under which the story is republished."""
    lang = c.lang if c.lang in _PERMISSION else "en"
    name, domain = _outlet3(c, lang)
    line = c.rng.choice(_PERMISSION[lang]).format(o=name, d=domain, y=c.ctx_year)
    linked = f'<a href="https://www.{domain}/{slug(c.article.title, 6)}/">{escape(domain)}</a>'
    c.parts.after_body.append(f"<p><em>{escape(line).replace(escape(domain), linked, 1)}</em></p>")
    return "lookalike_republished_permission"


def newsdesk_agency(c: Canvas) -> str:
    """A newsdesk byline crediting the agency, in one meta row with the date."""
    p = c.parts
    agency = c.article.agency or "Reuters"
    lang = c.lang if c.lang in _NEWSDESK else "en"
    form = c.rng.choice(_NEWSDESK[lang]).format(b=c.theme.brand, a=agency, d="{d}")
    author = form.split(" · ")[0].split(" | ")[0]
    when = _day(c)
    shown = _date(c, lang, when)
    html = escape(form).replace(
        "{d}", f'<time datetime="{when.isoformat()}">{escape(shown)}</time>'
    )
    p.under_headline.append(f'<div class="entry-meta">{html}</div>')
    p.byline, p.date_text = "", ""
    p.author_meta = author.removeprefix("By ").strip()
    return "lookalike_newsdesk_agency"


def footer_follow(c: Canvas) -> str:
    """The outlet's own Google News and WhatsApp channel buttons in its footer."""
    if not c.has_footer:
        return ""
    lang = c.lang if c.lang in _FOLLOW_BUTTONS else "en"
    gnews, wa = _FOLLOW_BUTTONS[lang]
    handle = slug(c.theme.brand, 3).replace("-", "")
    buttons = [
        f'<a class="follow-gnews" href="https://news.google.com/publications/CAAq{c.rng.randint(10**6, 10**7)}">{escape(gnews)}</a>'
    ]
    if c.rng.random() < 0.5:
        buttons.append(
            f'<a class="follow-wa" href="https://whatsapp.com/channel/{handle}">{escape(wa)}</a>'
        )
    c.footer(f'<div class="follow-us">{"".join(buttons)}</div>')
    return "lookalike_footer_follow"


def explainer_faq(c: Canvas) -> str:
    """An explainer's FAQ box: the story's facts as questions, with the source named."""
    p = c.parts
    if c.lang != "en" or len(p.paragraphs) < 3:
        return ""
    source = c.article.agency or "the authorities"
    rows = "".join(
        f"<h3>{escape(q)}</h3><p>{escape(a.format(a=_first_sentence(p.paragraphs[0]), s=source, b=c.theme.brand, n=_first_sentence(p.paragraphs[-1])))}</p>"
        for q, a in _EXPLAINER_FAQ
    )
    p.after_body.append(
        f'<aside class="explainer-faq"><h2>Your questions answered</h2>{rows}</aside>'
    )
    return "lookalike_explainer_faq"


def niche_own_news(c: Canvas) -> str:
    """A niche site writing about its own niche's news (a club's site on football, a beauty
    blog on a health story)."""
    kind = _NICHE_OF_TOPIC.get(c.article.topic)
    if not kind or c.lang not in _POPULAR:
        return ""
    _niche_chrome(c, kind, c.lang)
    return "lookalike_niche_own_news"


LOOKALIKES_3: dict[str, tuple[tuple[str, float], ...]] = {
    "syndication": (("republished", 0.08), ("newsdesk", 0.06), ("footer_follow", 0.08)),
    "blog": (("footer_follow", 0.06), ("explainer_faq", 0.08), ("niche_own", 0.25)),
}
_LOOKALIKE_FUNCS = {
    "republished": republished_permission,
    "newsdesk": newsdesk_agency,
    "footer_follow": footer_follow,
    "explainer_faq": explainer_faq,
    "niche_own": niche_own_news,
}


def draw_lookalikes_3(family: str, canvas: Canvas, room: int, added: list[str]) -> list[str]:
    """The third menu's twins for one hard negative, drawn after the first two menus'."""

    def make(name: str) -> str:
        return _LOOKALIKE_FUNCS[name](canvas)

    return draw_menu(LOOKALIKES_3.get(family, ()), make, canvas, room, added, shuffle=False)
