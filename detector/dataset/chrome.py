"""Words of site chrome: navigation labels in several languages, brand and name parts, filler
headlines (fictional celebrity gossip, clickbait), author names. All invented here."""

from __future__ import annotations

import random

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "home": "Home", "related": "Related", "ranking": "Ranking",
        "recommended": "Recommendation", "trending": "Trending", "latest": "Latest News",
        "popular": "Most Popular", "date": "Date:", "by": "By", "share": "Share",
        "comments": "Comments", "ad": "Advertisement", "around": "Around the web",
        "sponsored": "Sponsored", "page_of": "Page {i} of {n}", "next": "Next page",
        "prev": "Previous", "read_more": "Read more", "tags": "Tags", "about": "About us",
        "contact": "Contact", "privacy": "Privacy Policy", "terms": "Terms of Use",
        "rights": "All rights reserved.", "current": "Current:", "view": "View",
        "search": "Search", "subscribe": "Subscribe", "updated": "Updated",
        "published": "Published", "more_in": "More in {s}", "newsletter": "Sign up for our newsletter",
        "you_may_like": "You may like", "leave_reply": "Leave a Reply", "source": "Source link",
    },
    "de": {
        "home": "Startseite", "related": "Verwandte Artikel", "ranking": "Meistgelesen",
        "recommended": "Empfehlungen", "trending": "Im Trend", "latest": "Neueste Nachrichten",
        "popular": "Beliebt", "date": "Datum:", "by": "Von", "share": "Teilen",
        "comments": "Kommentare", "ad": "Anzeige", "around": "Aus dem Netz",
        "sponsored": "Gesponsert", "page_of": "Seite {i} von {n}", "next": "Nächste Seite",
        "prev": "Zurück", "read_more": "Weiterlesen", "tags": "Schlagwörter", "about": "Über uns",
        "contact": "Kontakt", "privacy": "Datenschutz", "terms": "Impressum",
        "rights": "Alle Rechte vorbehalten.", "current": "Aktuell:", "view": "Ansicht",
        "search": "Suche", "subscribe": "Abonnieren", "updated": "Aktualisiert",
        "published": "Veröffentlicht", "more_in": "Mehr aus {s}", "newsletter": "Newsletter abonnieren",
        "you_may_like": "Das könnte Sie interessieren", "leave_reply": "Kommentar schreiben",
        "source": "Quelle",
    },
    "fr": {
        "home": "Accueil", "related": "Articles liés", "ranking": "Les plus lus",
        "recommended": "Recommandé", "trending": "Tendances", "latest": "Dernières nouvelles",
        "popular": "Populaire", "date": "Date :", "by": "Par", "share": "Partager",
        "comments": "Commentaires", "ad": "Publicité", "around": "Ailleurs sur le web",
        "sponsored": "Sponsorisé", "page_of": "Page {i} sur {n}", "next": "Page suivante",
        "prev": "Précédent", "read_more": "Lire la suite", "tags": "Mots-clés", "about": "À propos",
        "contact": "Contact", "privacy": "Confidentialité", "terms": "Mentions légales",
        "rights": "Tous droits réservés.", "current": "Actuel :", "view": "Vue",
        "search": "Rechercher", "subscribe": "S'abonner", "updated": "Mis à jour",
        "published": "Publié", "more_in": "Plus dans {s}", "newsletter": "Inscrivez-vous à la newsletter",
        "you_may_like": "Vous aimerez aussi", "leave_reply": "Laisser un commentaire",
        "source": "Source",
    },
    "es": {
        "home": "Inicio", "related": "Relacionados", "ranking": "Lo más leído",
        "recommended": "Recomendado", "trending": "Tendencias", "latest": "Últimas noticias",
        "popular": "Popular", "date": "Fecha:", "by": "Por", "share": "Compartir",
        "comments": "Comentarios", "ad": "Publicidad", "around": "En la web",
        "sponsored": "Patrocinado", "page_of": "Página {i} de {n}", "next": "Página siguiente",
        "prev": "Anterior", "read_more": "Leer más", "tags": "Etiquetas", "about": "Quiénes somos",
        "contact": "Contacto", "privacy": "Privacidad", "terms": "Aviso legal",
        "rights": "Todos los derechos reservados.", "current": "Actual:", "view": "Ver",
        "search": "Buscar", "subscribe": "Suscribirse", "updated": "Actualizado",
        "published": "Publicado", "more_in": "Más en {s}", "newsletter": "Suscríbete al boletín",
        "you_may_like": "Te puede interesar", "leave_reply": "Deja un comentario",
        "source": "Fuente",
    },
    "it": {
        "home": "Home", "related": "Articoli correlati", "ranking": "I più letti",
        "recommended": "Consigliati", "trending": "Di tendenza", "latest": "Ultime notizie",
        "popular": "Popolari", "date": "Data:", "by": "Di", "share": "Condividi",
        "comments": "Commenti", "ad": "Pubblicità", "around": "Dal web",
        "sponsored": "Sponsorizzato", "page_of": "Pagina {i} di {n}", "next": "Pagina successiva",
        "prev": "Precedente", "read_more": "Continua a leggere", "tags": "Tag", "about": "Chi siamo",
        "contact": "Contatti", "privacy": "Privacy", "terms": "Termini",
        "rights": "Tutti i diritti riservati.", "current": "Attuale:", "view": "Vista",
        "search": "Cerca", "subscribe": "Iscriviti", "updated": "Aggiornato",
        "published": "Pubblicato", "more_in": "Altro in {s}", "newsletter": "Iscriviti alla newsletter",
        "you_may_like": "Potrebbe interessarti", "leave_reply": "Lascia un commento",
        "source": "Fonte",
    },
}  # fmt: skip

SECTIONS: dict[str, dict[str, str]] = {
    "en": {"business": "Business", "politics": "Politics", "world": "World", "sport": "Sports",
           "tech": "Technology", "entertainment": "Entertainment", "health": "Health",
           "lifestyle": "Lifestyle", "opinion": "Opinion", "markets": "Markets", "local": "Local"},
    "de": {"business": "Wirtschaft", "politics": "Politik", "world": "Welt", "sport": "Sport",
           "tech": "Technik", "entertainment": "Unterhaltung", "health": "Gesundheit",
           "lifestyle": "Leben", "opinion": "Meinung", "markets": "Märkte", "local": "Regional"},
    "fr": {"business": "Économie", "politics": "Politique", "world": "Monde", "sport": "Sport",
           "tech": "Technologie", "entertainment": "Culture", "health": "Santé",
           "lifestyle": "Style", "opinion": "Opinions", "markets": "Marchés", "local": "Région"},
    "es": {"business": "Economía", "politics": "Política", "world": "Mundo", "sport": "Deportes",
           "tech": "Tecnología", "entertainment": "Cultura", "health": "Salud",
           "lifestyle": "Estilo", "opinion": "Opinión", "markets": "Mercados", "local": "Local"},
    "it": {"business": "Economia", "politics": "Politica", "world": "Mondo", "sport": "Sport",
           "tech": "Tecnologia", "entertainment": "Spettacoli", "health": "Salute",
           "lifestyle": "Stile", "opinion": "Opinioni", "markets": "Mercati", "local": "Cronaca"},
}  # fmt: skip

# Categories that have nothing to do with a news story: what seed-like networks file it under.
UNRELATED_CATEGORIES = (
    "Scams", "Insurance", "Crypto", "Investing", "Credit Cards", "Mortgage", "Wellness",
    "Beauty", "Recipes", "Pets", "Gardening", "Travel Deals", "Home Improvement", "Fitness",
    "Personal Finance", "Car Loans", "Dating", "Horoscope", "Gaming", "Fashion", "Solar",
    "Real Estate", "Weight Loss", "Retirement", "Tax Tips", "Small Business",
)  # fmt: skip

BRAND_A = (
    "Wealth", "Prime", "Blue", "Green", "Smart", "Zen", "Nova", "Apex", "Silver", "Bright",
    "Cedar", "Golden", "Swift", "True", "Clear", "Summit", "Harbor", "Maple", "Crystal", "Iron",
    "Lucky", "Pure", "Vivid", "Urban", "Fresh", "Bold", "Spring", "Solar", "Lotus", "Coral",
)  # fmt: skip
BRAND_B = (
    "Trail", "Path", "Ridge", "Nest", "Wave", "Leaf", "Spark", "Bridge", "Stone", "Field",
    "Point", "Gate", "Bloom", "Peak", "Way", "Craft", "Line", "Haven", "Grove", "Forge",
)  # fmt: skip
BRAND_C = (
    "Solutions", "Consulting", "Media", "Hub", "Digital", "Group", "Studio", "Labs",
    "Partners", "Ventures", "Insights", "Network", "Agency", "Capital", "Works", "Online",
)  # fmt: skip
NEWSY_A = (
    "Daily", "World", "Global", "Breaking", "Top", "Trending", "Latest", "Instant", "Smart",
    "Now", "Prime", "Viral", "Hot", "Fast", "Real", "Info",
)  # fmt: skip
NEWSY_B = (
    "News",
    "Headlines",
    "Report",
    "Buzz",
    "Digest",
    "Wire",
    "Times",
    "Press",
    "Feed",
    "Post",
)
TOWNS = (
    "Harbor City", "Millbrook", "Cedar Falls", "Port Ellis", "Brookhaven", "Westfield",
    "Riverton", "Oakridge", "Lakeview", "Fairmont", "Stonebridge", "Ashford", "Clearwater",
    "Northgate", "Pinecrest", "Redwood Valley", "Elmhurst", "Granite Bay", "Silverton", "Bayport",
)  # fmt: skip
PAPERS = (
    "Tribune", "Courier", "Gazette", "Herald", "Ledger", "Post", "Chronicle", "Times",
    "Journal", "Observer", "Daily News", "Sentinel", "Register", "Star", "Examiner", "Record",
)  # fmt: skip
FARM_TLDS = (".com", ".net", ".xyz", ".top", ".info", ".online", ".site", ".club", ".shop", ".live")
NEWS_TLDS = (".com", ".com", ".com", ".net", ".org", ".co.uk", ".news")

FIRST = (
    "Anna", "James", "Maria", "David", "Laura", "Michael", "Sofia", "Daniel", "Emma", "Peter",
    "Grace", "Thomas", "Olivia", "Samuel", "Hannah", "Lucas", "Chloe", "Nathan", "Ruth", "Oscar",
)  # fmt: skip
LAST = (
    "Keller", "Morgan", "Ortiz", "Nakamura", "Fischer", "Bennett", "Duarte", "Walsh", "Novak",
    "Reyes", "Lindqvist", "Osei", "Carter", "Moreau", "Hughes", "Rossi", "Patel", "Brennan",
)  # fmt: skip

# Fictional celebrities: gossip filler must not say things about real people.
CELEBS = (
    "Tessa Vaughn", "Marco Bellini", "Kiki Lorraine", "Dash Monroe", "Ava Sterling",
    "Jett Calloway", "Lila Marquez", "Rory Stanton", "Nina Delacroix", "Beau Hartley",
    "Zara Quinn", "Milo Ashby", "Gigi Laurent", "Cole Whitaker", "Sienna Brooks", "Rex Holloway",
)  # fmt: skip
GOSSIP = (
    "{a} Shares Moving Message to Her Kids After Emotional Week",
    "{a} Goes Blond for Her Biggest Hair Transformation Yet",
    "{a} and {b}'s PDA-Filled Outing Proves They're Back On",
    "{a} Engaged to {b} After 1 Year Together: 'Forever Begins Now'",
    "Why Everyone Is Talking About {a}'s Red Carpet Look",
    "{a} Calls Off Divorce From {b} Again",
    "{a}'s Daughter Is All Grown Up in Rare Family Photo",
    "{a} Holds Hands With {b} During Paris Outing",
    "Here's Why {a} Is Clapping Back on Pregnancy Speculation",
    "{a} Shares Her Biggest Piece of Advice for Newcomers",
    "{a} Reveals the Diet Secret Behind Her Stunning Look",
    "{a} Spotted Leaving Dinner With {b} - Fans React",
    "Inside {a}'s $12 Million Beach House",
    "{a} Breaks Silence on Feud With {b}",
    "{a} Stuns in Sheer Gown at Awards Night",
    "The Masked Singer: Find Out Which Star Was Sent Packing",
)  # fmt: skip
CLICKBAIT = (
    "Doctors Stunned: This Simple Trick Melts Belly Fat Overnight",
    "Homeowners Are Getting Paid to Install Solar Panels",
    "The One Kitchen Gadget Everyone Is Buying This Year",
    "Seniors Born Before 1965 Can Now Claim This Benefit",
    "This Is What Happens When You Eat Two Eggs a Day",
    "Forget Expensive Hearing Aids, Try This Instead",
    "Drivers Who Drive Less Than 50 Miles a Day Should Read This",
    "You Won't Believe What This Child Star Looks Like Now",
    "The Most Beautiful Beaches You Have Never Heard Of",
    "New Rule Lets Millions Pay Off Credit Card Debt Faster",
    "25 Photos Taken Seconds Before Disaster",
    "Surgeon Reveals the One Food to Avoid After 50",
    "Why Pilots Never Eat the Same Meal",
    "Genius Hack Makes Your Old Windows Look Brand New",
)  # fmt: skip


def gossip_headline(rng: random.Random) -> str:
    """A fictional celebrity-gossip headline."""
    a, b = rng.sample(CELEBS, 2)
    return rng.choice(GOSSIP).format(a=a, b=b)


def person(rng: random.Random) -> str:
    """A fictional person's name."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def slug(text: str, limit: int = 8) -> str:
    """A URL slug of the first words of a text."""
    words = ["".join(c for c in w.lower() if c.isalnum()) for w in text.split()]
    return "-".join(w for w in words[:limit] if w)[:80].strip("-") or "story"


# Headlines of "filler verticals" that farms mix into their link lists to draw search traffic,
# by vertical (made up for the generator; "{n}" a number, "{d}" a day).
FILLER_HEADLINES: dict[str, tuple[str, ...]] = {
    "horoscope": ("Horoscope today, {d}: what the stars say for Aries and Leo",
                  "Daily horoscope {d}: lucky signs of the zodiac this week"),
    "lottery": ("Powerball results for {d}: winning numbers and jackpot",
                "Lotto results {d}: check your lucky numbers"),
    "prices": ("Gold price today {d}: rates in your city", "Petrol price today: new rates from {d}"),
    "loans": ("Instant loan with no credit check: how to apply in {n} minutes",
              "Quick loans online: approval in {n} minutes"),
    "betting": ("Betting tips for the weekend: best odds on {n} matches",
                "Free betting tips today: {n} sure predictions"),
    "dreams": ("What does it mean to dream about water?", "Dream meaning: seeing snakes in a dream"),
    "codes": ("Free redeem codes today {d}: claim rewards now",
              "Free Fire redeem codes for {d}: new codes released"),
    "exam": ("Board exam results {n}: how to check your result online",
             "Exam result {n} declared: direct link to check"),
}  # fmt: skip


def filler_headline(rng: random.Random, vertical: str) -> str:
    """A made-up headline of one filler vertical."""
    day = f"{rng.choice(('March', 'July', 'October', 'December'))} {rng.randint(1, 28)}"
    return rng.choice(FILLER_HEADLINES[vertical]).format(n=rng.randint(2, 30), d=day)
