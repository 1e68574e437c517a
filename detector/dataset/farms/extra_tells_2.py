"""Extra republisher tells, second menu: the marks of the signal families added after the first
menu (`extra_tells.py`), so the trained model sees them on generated farm pages.

Drawn by `extra_tells.add_extra_tells` after the first menu's tells, from the same generator
and within the same cap (at most two extra tells a page, a scraper page within three tells), so
every page keeps the first menu's draws. The mechanisms, each written in the story's or the
site's language (en, de, fr, es, it) with several phrasings and structures of our own:

- `origin_mark`: a story kept verbatim still carries its newsroom's marks: the reporter's
  e-mail sign-off at the outlet's domain (with its rights line under it, sometimes), "our
  newsroom" / "unserer Zeitung" on a desk-signed page, "Earlier, X reported".
- `away_dateline`: a capital's bare dateline ("BERLIN –", "MADRID, 14 may. -") left on a local
  or refilled site, no agency bracket, no credit, a desk signature or none.
- `clone_network`: "local news for more than 2,000 towns" in the footer, or related headlines
  that repeat the story's headline for other towns (the site's own town spliced into it).
- `cadence`: a "Latest" list whose items are one or two minutes apart, beside the full story.
- `prose_template`: the story poured into question sub-heads and a closing summary ("In short,
  …"), or asked "What does this mean for <the site's town>?".
- `story_commerce`: a casino or loan offer spliced into a story paragraph after a clean lead,
  or a "Partners" block of gambling and loan links.
- `affiliate_more` / `canonical_more`: the first menu's affiliate box and offsite canonical on
  more families (their signals had no weight: too few pages apart from their twins).

`LOOKALIKES_2` are the legitimate twins for the hard negatives: an agency reporter's e-mail
with a credit line, a named correspondent's dateline, a live blog's minute-apart updates, an
explainer asking questions without a summary.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from html import escape

from detector.dataset.chrome import TOWNS, person, slug
from detector.dataset.farms.base import BuildContext, unrelated_block
from detector.dataset.farms.extra_tells import (
    _SOLD,
    Canvas,
    Tell,
    _credited,
    _outlet,
    _voice_lang,
    affiliate,
    canonical_offsite,
    draw_menu,
)
from detector.dataset.themes import Block

# fmt: off
_FIRST_NAMES = {"en": ("Emma", "James", "Laura", "Daniel", "Sarah", "Tom"),
                "de": ("Anna", "Jonas", "Lea", "Markus", "Katrin", "Felix"),
                "fr": ("Claire", "Julien", "Camille", "Thomas", "Sophie", "Hugo"),
                "es": ("Lucía", "Javier", "Marta", "Pablo", "Elena", "Diego"),
                "it": ("Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide")}
_LAST_NAMES = {"en": ("Hughes", "Carter", "Bennett", "Walsh", "Morgan", "Reid"),
               "de": ("Berger", "Krämer", "Hoffmann", "Vogel", "Seidel", "Brandt"),
               "fr": ("Martin", "Lefèvre", "Girard", "Moreau", "Fournier", "Roux"),
               "es": ("García", "Romero", "Navarro", "Torres", "Gil", "Serrano"),
               "it": ("Rossi", "Bianchi", "Ferrari", "Esposito", "Greco", "Conti")}
# A reporter's sign-off: "{n}" the name, "{m}" the address. Italian and the feminine French /
# Spanish titles ("rédactrice", "redactora") carry no word the detector reads as a reporter's.
_SIGNOFF = {
    "en": ("{n}, reporter {m}", "{n} | Staff reporter | {m}", "Reporter {n} {m}", "{n} {m}",
           "{n}, correspondent {m}"),
    "de": ("{n}, Redakteurin {m}", "Von {n}, Reporter {m}", "{n} {m}", "Redakteur {n} {m}"),
    "fr": ("{n}, journaliste {m}", "{n}, rédacteur {m}", "{n}, rédactrice {m}", "{n} {m}"),
    "es": ("{n}, redactor {m}", "{n}, periodista {m}", "{n}, redactora {m}", "{n} {m}"),
    "it": ("{n}, giornalista {m}", "{n} {m}", "di {n} {m}"),
}
_RIGHTS = {
    "en": ("© {y} {o}. All rights reserved.", "Copyright © {y} {o}", "© {o} {y}"),
    "de": ("© {y} {o}. Alle Rechte vorbehalten.", "© {o} {y}"),
    "fr": ("© {y} {o}. Tous droits réservés.", "© {o} – Reproduction interdite"),
    "es": ("© {y} {o}. Todos los derechos reservados.", "© {o}. Prohibida su reproducción."),
    "it": ("© {y} {o}. Tutti i diritti riservati.", "© {o} - Riproduzione riservata"),
}
# "our newsroom": a sentence the outlet wrote about itself, spliced after a story paragraph.
_OUR = {
    "en": ("A spokesperson confirmed the figures to our newsroom on Tuesday.",
           "Contacted by this newspaper, the company declined to comment further.",
           "Officials told our reporter that a decision was expected within weeks.",
           "Readers have written to our paper with similar accounts in recent days."),
    "de": ("Ein Sprecher bestätigte die Zahlen gegenüber unserer Zeitung.",
           "Auf Anfrage unserer Redaktion wollte sich das Unternehmen nicht äußern.",
           "Wie der Bürgermeister dieser Zeitung sagte, soll bald entschieden werden.",
           "Das teilte ein Sprecher auf Nachfrage der Redaktion mit."),
    "fr": ("Le porte-parole l'a confirmé à notre journal mardi.",
           "Contactée par notre rédaction, l'entreprise n'a pas souhaité commenter.",
           "« Rien n'est encore décidé », a expliqué le maire à notre correspondant.",
           "La direction n'a pas répondu à nos sollicitations."),
    "es": ("Un portavoz confirmó las cifras a este diario el martes.",
           "Consultada por nuestra redacción, la empresa declinó hacer comentarios.",
           "Así lo explicó a este periódico el alcalde de la localidad.",
           "Fuentes de la empresa no respondieron a las preguntas de esta redacción."),
    "it": ("Un portavoce ha confermato i dati al nostro giornale.",
           "Contattata dalla nostra redazione, l'azienda non ha voluto commentare.",
           "Lo ha spiegato il sindaco a questo giornale.",
           "L'azienda non ha risposto alle domande della redazione."),
}
_DESK = {"en": ("Staff", "Newsroom", "News Desk", "Web Desk", "admin"),
         "de": ("Redaktion", "Online-Redaktion", "Team Redaktion"),
         "fr": ("Rédaction", "La rédaction", "Web Rédaction"),
         "es": ("Redacción", "Redacción Web"),
         "it": ("Redazione", "Redazione Web")}
# "Earlier, X reported": "{o}" the outlet's name.
_BACKREF = {
    "en": ("Earlier, The {o} reported that the plans had been under discussion for months.",
           "Previously, “{o}” wrote that talks had stalled over the summer.",
           "As The {o} reported earlier this year, the dispute goes back to 2019."),
    "de": ("Zuvor hatte die „{o}“ berichtet, dass die Pläne seit Monaten diskutiert werden.",
           "Wie die {o} zuvor berichtet hatte, laufen die Gespräche seit dem Sommer.",
           "Die {o} hatte zuvor über den Streit berichtet."),
    "fr": ("Précédemment, « {o} » avait rapporté que le projet était à l'étude depuis des mois.",
           "Comme l'écrivait {o} au printemps, le dossier traîne depuis 2019.",
           "Auparavant, « {o} » écrivait déjà que les discussions avaient échoué."),
    "es": ("Anteriormente, «{o}» informó de que el plan se estudiaba desde hacía meses.",
           "Como ya publicó {o} en primavera, el conflicto viene de lejos.",
           "Anteriormente, «{o}» publicó que las negociaciones se habían estancado."),
    "it": ("In precedenza, «{o}» aveva riportato che il piano era allo studio da mesi.",
           "Come aveva scritto il {o} in primavera, la vicenda risale al 2019.",
           "In precedenza, «{o}» aveva scritto che le trattative erano ferme."),
}
# fmt: on


def _reporter(c: Canvas, lang: str) -> tuple[str, str]:
    first = c.rng.choice(_FIRST_NAMES[lang])
    last = c.rng.choice(_LAST_NAMES[lang])
    user = c.rng.choice(("{f}.{l}", "{f0}{l}", "{l}", "{f}"))
    local = user.format(f=first, l=last, f0=first[0]).lower()
    local = local.translate(str.maketrans("äöüéèíóúàìç", "aoueeiouaic"))
    return f"{first} {last}", local


def _desk_byline(c: Canvas) -> bool:
    """Sign the page with a desk (or leave it unsigned); False when a person signs it and
    stays (half the time) or the page's persona signs it."""
    p, lab = c.parts, c.theme.labels
    if {"persona_bio", "persona_foreign_mark"} & set(c.tells):
        return False
    name = p.byline.removeprefix(f"{lab['by']} ").strip()
    desk_words = {w.lower() for ws in _DESK.values() for d in ws for w in d.split()}
    named = {w.lower() for w in re.findall(r"\w+", name)}
    is_desk = bool(named & desk_words) or c.theme.brand in name or "own_desk_byline" in c.tells
    if name and not is_desk and c.rng.random() < 0.5:
        return False
    if (name and not is_desk) or (not name and c.rng.random() < 0.7):
        p.byline = c.rng.choice(_DESK[c.lang])
        p.author_meta = p.byline
    return True


def _remap(inserts: dict[int, str], new_index: dict[int, int]) -> dict[int, str]:
    """The inserts after paragraph i moved to follow the same paragraph at its new index."""
    return {new_index[i]: html for i, html in inserts.items() if i in new_index}


def origin_mark(c: Canvas) -> str:
    """The copied story keeps its newsroom's marks: a reporter's mail sign-off at the outlet's
    domain (and its rights line), "our newsroom" on a desk-signed page, or "Earlier, X reported"."""
    if _credited(c.tells):
        return ""
    p = c.parts
    lang = _voice_lang(c)
    name, domain = _outlet(c)
    kind = c.rng.choices(("mail", "rights", "our", "backref"), (3, 3, 3, 2))[0]
    if kind in ("mail", "rights"):
        who, local = _reporter(c, lang)
        line = c.rng.choice(_SIGNOFF[lang]).format(n=who, m=f"{local}@{domain}")
        html = f"<p>{escape(line)}</p>"
        tell = "origin_mail_signoff"
        if kind == "rights":
            rights = c.rng.choice(_RIGHTS[lang]).format(y=c.ctx_year - c.rng.randint(0, 3), o=name)
            html += f"<p>{escape(rights)}</p>"
            tell = "origin_rights_line"
        p.after_body.insert(0, html)
        return tell
    if len(p.paragraphs) < 3:
        return ""
    at = c.rng.randint(1, len(p.paragraphs) - 1)
    if kind == "our":
        if not _desk_byline(c):
            return ""
        p.paragraphs[at] = f"{p.paragraphs[at]} {c.rng.choice(_OUR[lang])}"
        return "origin_our_outlet"
    p.paragraphs.insert(at, c.rng.choice(_BACKREF[lang]).format(o=name.removeprefix("The ")))
    p.inserts = {i + (i >= at): html for i, html in p.inserts.items()}
    return "origin_backref"


# --------------------------------------------------------------------------------------------
# A capital's bare dateline.
# fmt: off
_CAPITALS = {"en": ("WASHINGTON", "LONDON", "NEW YORK", "BRUSSELS"),
             "de": ("BERLIN", "Berlin", "WIEN", "Frankfurt"), "fr": ("PARIS", "Paris", "BRUXELLES"),
             "es": ("MADRID", "Madrid", "BRUSELAS"), "it": ("ROMA", "Roma", "MILANO")}
_MONTHS = {"en": ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
                  "Nov", "Dec"),
           "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                  "September", "Oktober", "November", "Dezember"),
           "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"),
           "es": ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sep.", "oct.",
                  "nov.", "dic."),
           "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre")}
# "{c}" city, "{d}" day, "{m}" month. The last of each is a form the detector does not read
# (a full stop after the city).
_DATELINES = {
    "en": ("{c} – ", "{c} — ", "{c}, {m} {d} - ", "{c}: ", "{c}. "),
    "de": ("{c} – ", "{c}, {d}. {m} – ", "{c} - ", "{c}. "),
    "fr": ("{c} – ", "{c}, {d} {m} – ", "{c} - ", "{c}. "),
    "es": ("{c}.- ", "{c}, {d} {m} - ", "{c} – ", "{c}. "),
    "it": ("{c} – ", "{c}, {d} {m} - ", "{c} - ", "{c}. "),
}
# fmt: on


_KEPT_DATELINE = re.compile(r"^[^a-z(]{2,40}?(?:, [^()]{1,20})?\s*\([^)]{2,30}\)\s*[-–—]+\s*")


def away_dateline(c: Canvas) -> str:
    """A capital's bare dateline opening the story of a local or refilled site: the agency's
    bracket stripped, no credit, signed by a desk or by no one."""
    p = c.parts
    if _credited(c.tells) or p.dateline or "dateline_kept" in c.tells:
        return ""  # the agency's own dateline stays (`dateline_kept`)
    if not p.paragraphs or len(p.paragraphs[0]) < 60:
        return ""
    lang = _voice_lang(c)
    city = c.rng.choice(_CAPITALS[lang])
    if city.lower() in f"{c.theme.brand} {c.theme.domain}".lower():
        return ""
    if not _desk_byline(c):
        return ""
    if c.rng.random() < 0.3:
        p.byline, p.author_meta = "", ""
    forms = _DATELINES[lang]
    form = c.rng.choice(forms[:-1]) if c.rng.random() < 0.85 else forms[-1]
    day = c.article.published
    head = form.format(c=city, d=day.day, m=_MONTHS[lang][day.month - 1])
    # A dateline the copy kept in its text ("BRUSSELS, Apr 13 (Reuters) - ") is replaced.
    p.paragraphs[0] = head + _KEPT_DATELINE.sub("", p.paragraphs[0], count=1)
    return "away_dateline"


# --------------------------------------------------------------------------------------------
# A clone network's claims and its story run for every town.
# fmt: off
_PLACES_CLAIMS = {
    "en": ("Local news for more than {n} towns and cities.", "{b}: news from {n}+ communities "
           "and towns across the country.", "All {n} towns", "Hyperlocal news in over {w} "
           "communities."),
    "de": ("Lokalnachrichten für über {n} Städte und Gemeinden.", "Alle {n} Orte",
           "Nachrichten aus mehr als {n} Orten in ganz Deutschland."),
    "fr": ("L'actualité locale de plus de {n} communes.", "Toutes les {n} villes",
           "Toute l'info de {w} villes et villages."),
    "es": ("Noticias locales de más de {n} municipios.", "Todas las {n} localidades",
           "Noticias de {n} pueblos y ciudades."),
    "it": ("Notizie locali da oltre {n} comuni.", "Tutti i {n} comuni", "Le notizie di {n} città "
           "italiane."),
}
_WORDS_N = {"en": "two thousand", "fr": "deux mille"}
_TOWN_SPLICE = {
    "en": ("The news is also being followed closely in {t}.", "Residents of {t} will feel the "
           "change too.", "Here is what it means for people in {t}."),
    "de": ("Auch in {t} wird die Entwicklung aufmerksam verfolgt.", "Das betrifft auch die "
           "Menschen in {t}."),
    "fr": ("À {t} aussi, on suit le dossier de près.", "Les habitants de {t} sont aussi concernés."),
    "es": ("En {t} también se sigue de cerca la noticia.", "Los vecinos de {t} también lo notarán."),
    "it": ("Anche a {t} la notizia è seguita con attenzione.", "Anche i cittadini di {t} sono "
           "interessati."),
}
_IN = {"en": "in", "de": "in", "fr": "à", "es": "en", "it": "a"}
_MORE_TOWNS = {"en": "More from the network", "de": "Aus der Region", "fr": "Dans les autres "
               "villes", "es": "En otras ciudades", "it": "Dalle altre città"}
# fmt: on


def _town(c: Canvas) -> str:
    from detector.dataset.farms.local_network import _TOWNS

    town = c.theme.facts.get("town", "")
    return town or c.rng.choice(_TOWNS.get(c.lang, TOWNS))


def clone_network(c: Canvas) -> str:
    """A footer claim to cover thousands of towns, or related headlines that repeat the story
    for other towns (the site's own town spliced into the headline and the story)."""
    from detector.dataset.farms.local_network import _TOWNS

    p, lang = c.parts, c.lang
    if c.rng.random() < 0.45 and c.has_footer:
        n = c.rng.choice(("2,000", "1,500", "2.140", "1.200", "3 000", "850", "400"))
        if lang != "en":
            n = n.replace(",", ".")
        claim = c.pick(_PLACES_CLAIMS).format(n=n, b=c.theme.brand, w=_WORDS_N.get(lang, n))
        c.footer(f"<p>{escape(claim)}</p>")
        return "clone_places_claim"
    if len(p.paragraphs) < 2:
        return ""
    town = _town(c)
    others = [t for t in _TOWNS.get(lang, TOWNS) if t != town and t not in " ".join(p.paragraphs)]
    if len(others) < 3:
        return ""
    rest = p.headline.removeprefix(f"{town}: ")
    suffix = c.rng.random() < 0.25  # "… in <town>": the detector reads only a leading slot
    if suffix:
        p.headline = f"{rest} {_IN[lang]} {town}"

        def head(t: str) -> str:
            return f"{rest} {_IN[lang]} {t}"
    else:
        p.headline = f"{town}: {rest}"

        def head(t: str) -> str:
            return f"{t}: {rest}"

    if p.title:
        p.title = p.title.replace(rest, p.headline, 1)
    if town not in p.paragraphs[0]:
        p.paragraphs[0] = f"{p.paragraphs[0]} {c.pick(_TOWN_SPLICE).format(t=town)}"
    items = [(head(t), f"/{slug(head(t), 8)}/") for t in c.rng.sample(others, c.rng.randint(2, 4))]
    heading = c.rng.choice((c.theme.labels["related"], _MORE_TOWNS[lang]))
    p.blocks.insert(0, Block(heading, items, kind="links"))
    return "clone_story_other_place"


# --------------------------------------------------------------------------------------------
# A feed's cadence.
_LATEST = {
    "en": ("Latest", "Latest news", "Just in"),
    "de": ("Neueste Artikel", "Aktuell"),
    "fr": ("Dernières actus", "Fil info"),
    "es": ("Lo último", "Últimas noticias"),
    "it": ("Ultime notizie", "Ultimi articoli"),
}


def cadence(c: Canvas, ctx: BuildContext) -> str:
    """A "Latest" list of five to eight items posted one or two minutes apart."""
    p = c.parts
    long = [len(t.split()) for t in p.paragraphs if len(t.split()) >= 15]
    if not ctx.headlines or sum(long) < 100:
        return ""  # the list counts beside a full story: a feed's excerpt pages show none
    n = c.rng.randint(5, 8)
    block = unrelated_block(c.rng, c.pick(_LATEST), ctx, n, 0.0, 0, kind="plain")
    start = p.published or datetime(c.ctx_year, 1, 1, c.rng.randint(6, 22), c.rng.randint(0, 59))
    when = start - timedelta(minutes=c.rng.randint(0, 30))
    style = c.rng.random()
    items = []
    for text, href in block.items:
        if style < 0.5:
            shown = f"{when:%H:%M} {text}"
        elif style < 0.8:
            shown = f"{when:%H:%M} · {text}"
        elif style < 0.92:
            shown = f"{when:%d.%m} {when:%H:%M} {text}"
        else:  # "14.22 Uhr": a form the detector does not read
            shown = f"{when:%H.%M} {text}"
        items.append((shown, href))
        when -= timedelta(minutes=c.rng.choice((0, 1, 1, 1, 2, 2)))
    block.items = items
    p.sidebar.insert(0, block)
    return "cadence_minutes_apart"


# --------------------------------------------------------------------------------------------
# The "Discover" rewrite template.
# fmt: off
_QUESTIONS = {
    "en": ("What happened?", "Why does it matter?", "What happens next?", "Who is affected?",
           "What do we know so far?", "How did we get here"),
    "de": ("Was ist passiert?", "Warum ist das wichtig?", "Wie geht es weiter?",
           "Wer ist betroffen?", "Was bisher bekannt ist"),
    "fr": ("Que s'est-il passé ?", "Pourquoi c'est important ?", "Et maintenant ?",
           "Qui est concerné ?", "Ce que l'on sait"),
    "es": ("¿Qué ha pasado?", "¿Por qué es importante?", "¿Qué pasará ahora?", "¿A quién afecta?",
           "Cuándo se sabrá más"),
    "it": ("Cosa è successo?", "Perché è importante?", "Cosa succede ora?", "Chi è coinvolto?",
           "Quali sono i prossimi passi"),
}
_CLOSING = {
    "en": ("In short, {h}.", "The bottom line: {h}.", "All in all, {h}, and more news is expected "
           "in the coming days.", "To wrap up: {h}."),
    "de": ("Kurz gesagt: {h}.", "Unterm Strich: {h}.", "Fazit: {h}."),
    "fr": ("En résumé, {h}.", "En bref, {h}.", "Pour résumer : {h}."),
    "es": ("En resumen, {h}.", "En definitiva, {h}.", "En pocas palabras: {h}."),
    "it": ("In sintesi, {h}.", "In definitiva, {h}.", "Riassumendo: {h}."),
}
_MEANS = {"en": "What does this mean for {t}?", "de": "Was bedeutet das für {t}?",
          "fr": "Qu'est-ce que cela change pour {t} ?", "es": "¿Qué significa esto para {t}?",
          "it": "Cosa significa per {t}?"}
# fmt: on
_MAX_WORDS = 520


def prose_template(c: Canvas) -> str:
    """A short story poured into question sub-heads with a closing summary; on a
    town site, a sub-head asking what it means for the site's own town."""
    p, lang = c.parts, c.lang
    if p.pagination or (c.story_lang != lang and c.story_lang in ("de", "fr", "es", "it")):
        return ""
    paras = list(p.paragraphs)
    words = sum(len(t.split()) for t in paras)
    if len(paras) < 4 or not 100 <= words <= _MAX_WORDS:
        return ""  # a short item: longer stories are not cut (their other tells stay)
    town = c.theme.facts.get("town", "")
    n_heads = c.rng.randint(2, 3)
    slots = sorted(c.rng.sample(range(1, len(paras) - 1), min(n_heads, len(paras) - 2)))
    questions = c.rng.sample(_QUESTIONS[lang], len(slots))
    if town:
        questions[-1] = _MEANS[lang].format(t=town)
    out: list[str] = []
    moved: dict[int, int] = {}
    for i, para in enumerate(paras):
        if i in slots:
            out.append(questions[slots.index(i)])
        moved[i] = len(out)
        out.append(para)
    if not town:
        h = p.headline.rstrip(".!?")
        h = h[:1].lower() + h[1:] if lang in ("en", "fr", "es", "it") else h
        out.append(c.pick(_CLOSING).format(h=h))
    p.paragraphs[:] = out
    p.inserts = _remap(p.inserts, moved)
    return "prose_own_town" if town else "prose_question_summary"


# --------------------------------------------------------------------------------------------
# Commerce spliced into a story.
# fmt: off
_TRADE_SPLICE = {
    "en": ("Meanwhile, many readers are turning to online casino sites such as {h} for a break.",
           "If you need money fast, a payday loan from {h} can help, with no credit check.",
           "Those looking for a quick loan can compare offers at {h}.",
           "For a bit of fun, the best casino sites are listed at {h}."),
    "de": ("Wer jetzt schnell Geld braucht, findet einen Sofortkredit bei {h}.",
           "Zur Entspannung empfehlen viele ein Online Casino wie {h}.",
           "Einen Kredit ohne Schufa gibt es bei {h}."),
    "fr": ("Pour se détendre, beaucoup se tournent vers un casino en ligne comme {h}.",
           "Besoin d'argent ? Un crédit rapide est possible sur {h}."),
    "es": ("Para desconectar, muchos prueban un casino online como {h}.",
           "Si necesitas dinero, un préstamo rápido de {h} te lo soluciona.",
           "Los préstamos online de {h} se aprueban en minutos."),
    "it": ("Per rilassarsi, molti scelgono un casinò online come {h}.",
           "Serve liquidità? I prestiti online di {h} arrivano in giornata."),
}
_PARTNER_LABEL = {"en": ("Partners", "Link Partner", "Blogroll", "Our partners", "Friends"),
                  "de": ("Partnerseiten", "Partner"), "fr": ("Nos partenaires", "Partenaires"),
                  "es": ("Enlaces", "Socios"), "it": ("Partner del sito", "Partner"),
                  "ja": ("パートナー", "相互リンク"), "zh": ("友情链接",), "ru": ("Партнеры",)}
# fmt: on


def story_commerce(c: Canvas) -> str:
    """A gambling or loan offer spliced into a story paragraph after a clean lead, or a
    "Partners" block of gambling and loan links."""
    p = c.parts
    _text, host = c.rng.choice(_SOLD[:3] + _SOLD[5:10])
    host = host.format(n=c.rng.randint(1, 99))
    if c.rng.random() < 0.5 and len(p.paragraphs) >= 3:
        at = c.rng.randint(1, min(4, len(p.paragraphs) - 1))
        p.paragraphs[at] = f"{p.paragraphs[at]} {c.pick(_TRADE_SPLICE).format(h=host)}"
        return "commerce_story_trade"
    c.footer(partner_block(c, c.lang))
    return "commerce_partner_block"


def partner_block(c: Canvas, lang: str) -> str:
    """A "Partners" list of two to four gambling and loan links (one or two plain ones)."""
    picks = c.rng.sample(_SOLD[:3] + _SOLD[4:10], c.rng.randint(2, 4))
    items = [(t, f"https://{h.format(n=c.rng.randint(1, 99))}/") for t, h in picks]
    if c.rng.random() < 0.5:
        items.append(("Weather & Travel", f"https://{c.rng.choice(('wxtoday', 'tripnotes'))}.net/"))
    label = c.rng.choice(_PARTNER_LABEL.get(lang, _PARTNER_LABEL["en"]))
    links = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for t, h in items)
    return f'<div class="partners"><h4>{escape(label)}</h4><ul>{links}</ul></div>'


# --------------------------------------------------------------------------------------------
# The menus.

TELLS_2: dict[str, Tell] = {
    "origin_mark": origin_mark,
    "away_dateline": away_dateline,
    "clone_network": clone_network,
    "prose_template": prose_template,
    "story_commerce": story_commerce,
    "affiliate_more": affiliate,
    "canonical_more": canonical_offsite,
}
# "cadence" needs the build context (headlines for its list): see `draw_2`.
FAMILY_TELLS_2: dict[str, tuple[tuple[str, float], ...]] = {
    "scraper": (("origin_mark", 0.1), ("cadence", 0.08)),
    # (no canonical on skeleton pages: the real template's head is kept as it is)
    "skeleton": (("origin_mark", 0.15), ("away_dateline", 0.1)),
    "spinner": (("origin_mark", 0.15), ("canonical_more", 0.08)),
    "local_network": (
        ("origin_mark", 0.08),
        ("away_dateline", 0.15),
        ("clone_network", 0.2),
        ("prose_template", 0.06),
    ),
    "autoblog": (("origin_mark", 0.1), ("cadence", 0.15), ("story_commerce", 0.1)),
    "network": (("clone_network", 0.1),),
    "mfa": (("cadence", 0.1), ("prose_template", 0.15)),
    "ai_rewrite": (("prose_template", 0.2), ("affiliate_more", 0.06)),
    "expired_domain": (
        ("away_dateline", 0.1),
        ("story_commerce", 0.15),
        ("affiliate_more", 0.06),
    ),
}
# The manifest names of the tells above, for tests and the README.
TELL_NAMES_2 = frozenset(
    {
        "origin_mail_signoff", "origin_rights_line", "origin_our_outlet", "origin_backref",
        "away_dateline", "clone_places_claim", "clone_story_other_place",
        "cadence_minutes_apart", "prose_question_summary", "prose_own_town",
        "commerce_story_trade", "commerce_partner_block", "affiliate_links", "canonical_offsite",
    }
)  # fmt: skip


def draw_2(
    family: str, canvas: Canvas, ctx: BuildContext, room: int, added: list[str]
) -> list[str]:
    """The second menu's tells for one page, drawn after the first menu's, within `room`."""

    def make(name: str) -> str:
        if name == "canonical_more" and canvas.parts.canonical is not None:
            return ""
        if name == "affiliate_more" and "affiliate_links" in canvas.tells:
            return ""
        return cadence(canvas, ctx) if name == "cadence" else TELLS_2[name](canvas)

    return draw_menu(FAMILY_TELLS_2.get(family, ()), make, canvas, room, added, shuffle=True)


# --------------------------------------------------------------------------------------------
# The legitimate twins.
# fmt: off
_AGENCY_MAIL = {"Reuters": "thomsonreuters.com", "AP": "ap.org", "AFP": "afp.com",
                "Associated Press": "ap.org", "BBC": "bbc.co.uk"}
_CORRESPONDENT_CITY = ("WASHINGTON", "LONDON", "BRUSSELS", "NEW YORK")
_LIVE = ("Live: ", "LIVE updates: ", "Live blog: ", "As it happened: ")
_EXPLAINER_Q = ("What happened?", "Why does it matter?", "What happens next?", "Who is affected?")
# fmt: on


def credited_agency_mail(c: Canvas) -> str:
    """A licensed story's agency reporter: a byline of the agency, a "Reporting by" credit
    line and the reporter's agency address."""
    agency = c.article.agency or "Reuters"
    domain = next((d for a, d in _AGENCY_MAIL.items() if a.lower() in agency.lower()), "")
    if not domain or c.lang != "en":
        return ""
    who, local = _reporter(c, "en")
    p = c.parts
    if not p.byline:
        p.byline = f"{c.theme.labels['by']} {who}, {agency}"
    p.after_body.append(
        f"<p>Reporting by {escape(who)}; Editing by {escape(person(c.rng))}</p>"
        f"<p>{escape(who)}, {agency} {local}@{domain}</p>"
    )
    return "lookalike_agency_mail"


def correspondent_dateline(c: Canvas) -> str:
    """The national outlet's own correspondent: a capital's dateline under a named reporter."""
    p = c.parts
    if c.lang != "en" or p.dateline or p.byline or not p.paragraphs:
        return ""  # (a byline naming the agency stays: it is the page's credit)
    p.byline = f"{c.theme.labels['by']} {person(c.rng)}"
    p.author_meta = p.byline.removeprefix(f"{c.theme.labels['by']} ")
    p.paragraphs[0] = f"{c.rng.choice(_CORRESPONDENT_CITY)} — {p.paragraphs[0]}"
    return "lookalike_correspondent_dateline"


def live_blog(c: Canvas, ctx: BuildContext) -> str:
    """A live blog: "Live" in the headline and a list of updates minutes apart."""
    if c.lang != "en":
        return ""
    p = c.parts
    p.headline = c.rng.choice(_LIVE) + p.headline
    if p.title:
        p.title = c.rng.choice(_LIVE) + p.title
    cadence(c, ctx)
    return "lookalike_live_blog"


def explainer_questions(c: Canvas) -> str:
    """An explainer's question sub-heads, the story closing on its last fact."""
    p = c.parts
    if c.lang != "en" or len(p.paragraphs) < 5:
        return ""
    if p.pagination:
        return ""
    slots = sorted(c.rng.sample(range(1, len(p.paragraphs) - 2), 2))
    qs = iter(c.rng.sample(_EXPLAINER_Q, 2))
    out: list[str] = []
    moved: dict[int, int] = {}
    for i, para in enumerate(p.paragraphs):
        if i in slots:
            out.append(next(qs))
        moved[i] = len(out)
        out.append(para)
    p.paragraphs[:] = out
    p.inserts = _remap(p.inserts, moved)
    return "lookalike_explainer_questions"


LOOKALIKES_2: dict[str, tuple[tuple[str, float], ...]] = {
    "syndication": (("agency_mail", 0.08), ("correspondent", 0.06), ("live_blog", 0.05)),
    "blog": (("explainer", 0.08),),
}


def draw_lookalikes_2(
    family: str, canvas: Canvas, ctx: BuildContext, room: int, added: list[str]
) -> list[str]:
    """The second menu's twins for one hard negative, drawn after the first menu's."""
    funcs: dict[str, Tell] = {
        "agency_mail": credited_agency_mail,
        "correspondent": correspondent_dateline,
        "explainer": explainer_questions,
    }

    def make(name: str) -> str:
        if name == "live_blog":
            return live_blog(canvas, ctx)
        return funcs[name](canvas) if name in funcs else ""

    return draw_menu(LOOKALIKES_2.get(family, ()), make, canvas, room, added, shuffle=False)
