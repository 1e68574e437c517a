"""Persona cues: how an invented author describes herself in a bio box, in many languages.

Content farms put a lifestyle persona over copied copy: "a passionate tech enthusiast who loves
hiking and coffee", "mamma di due bambini, scrive di ricette", "Pasjonatka … zdrowego stylu
życia". A newsroom's staff bio says what the reporter covers and where she worked; it seldom
says what she loves, whose mother she is or what she does when not writing. The cues fall into
four kinds, and a persona bio holds two or more of them.

Stems are lower-case prefixes of a word (en de fr es it pt nl pl tr ru cs ro id sv vi); `INFIX`
stems also match inside a compound ("Tech-Enthusiast", "Kaffeeliebhaber", "pasjonatka").
"""

from __future__ import annotations

import re

PASSION = (
    # en de fr es it pt nl pl tr ru cs ro id sv vi
    "passionate", "passion for", "lover of", "fan of", "aficionad", "self-proclaimed",
    "leidenschaftlich", "begeistert", "passionné", "passionnée", "amoureux de", "amoureuse de",
    "amateur de", "amatrice de", "apasionad", "amante de", "amante del", "amante della",
    "appassionat", "entusiast", "apaixonad", "gepassioneerd", "pasjonat", "z pasją", "tutkulu",
    "tutkunu", "meraklısı", "увлечен", "увлечён", "увлекается", "любитель", "любительница",
    "nadšen", "vášniv", "milovník", "milovnice", "pasionat", "iubitor", "iubitoare", "pecinta",
    "penggemar", "passionerad", "älskar", "đam mê", "yêu thích",
)  # fmt: skip
PASSION_INFIX = ("enthusiast", "liebhaber", "liefhebber", "miłośni", "enthousiast", "entusiasta")
FAMILY = (
    "mum of", "mom of", "mother of", "father of", "dad of", "wife and mother", "proud mum",
    "proud mom", "mutter von", "mutter zweier", "mama von", "vater von", "maman de", "mère de",
    "père de", "mamma di", "madre di", "padre di", "mamá de", "madre de", "padre de", "mãe de",
    "pai de", "moeder van", "vader van", "mama van", "mama dwójki", "mama trójki", "matka dwójki",
    "matka trójki", "tata dwójki", "çocuk annesi", "çocuk babası", "мама двоих", "мама троих",
    "мать двоих", "отец двоих", "máma dvou", "matka dvou", "mamă a", "ibu dari", "ibu rumah tangga",
    "mamma till", "pappa till", "mẹ của", "mẹ hai", "zweifache mutter",
)  # fmt: skip
LEISURE = (
    "free time", "spare time", "when not writing", "when she's not", "when he's not",
    "when she is not", "when he is not", "hobby", "hobbies", "freizeit", "wenn er nicht",
    "wenn sie nicht", "temps libre", "quand il ne", "quand elle n", "passe-temps", "tempo libero",
    "quando non", "tiempo libre", "cuando no", "tempo livre", "horas vagas", "quando não",
    "vrije tijd", "als hij niet", "als ze niet", "wolnym czasie", "kiedy nie", "boş zaman",
    "hobi", "свободное время", "хобби", "volném čase", "timpul liber", "waktu luang", "fritid",
    "thời gian rảnh", "sở thích",
    # the persona's pastimes: hiking, coffee, yoga, travel
    "hiking", "coffee", "wandern", "kaffee", "randonnée", "escursioni", "senderismo",
    "caminhadas", "wandelen", "wędrów", "yoga", "joga", "traveling", "travelling", "reisen",
    "voyager", "viaggiare", "viajar", "podróż", "seyahat", "путешеств", "cestování", "călători",
    "caffè", "kawy", "kahve", "кофе",
)  # fmt: skip
LIFESTYLE = (
    "lifestyle", "wellness", "well-being", "wellbeing", "healthy living", "home decor",
    "recipes", "cooking", "beauty", "fashion", "gardening", "do-it-yourself", "personal finance",
    "gesunde", "rezepte", "kochen", "schönheit", "wohnen", "persönliche finanzen",
    "bien-être", "décoration", "recettes", "cuisine", "beauté", "jardinage", "finances perso",
    "benessere", "ricette", "cucina", "bellezza", "arredamento", "giardinaggio", "fai da te",
    "finanza personale", "bienestar", "recetas", "cocina", "belleza", "decoración",
    "finanzas personales", "bem-estar", "receitas", "culinária", "beleza", "decoração",
    "finanças pessoais", "recepten", "koken", "schoonheid", "zdrowego stylu", "zdrowy styl",
    "przepis", "gotowani", "uroda", "urody", "finansów osobistych", "sağlıklı yaşam", "yemek",
    "güzellik", "dekorasyon", "здоровый образ", "здорового образа", "рецепт", "кулинар",
    "красот", "recepty", "vaření", "krása", "rețete", "gătit", "frumusețe", "resep", "memasak",
    "kecantikan", "gaya hidup", "recept", "matlagning", "skönhet", "làm đẹp", "nấu ăn",
)  # fmt: skip

# "About the author" headings over a bio box (the same 15 languages).
ABOUT_AUTHOR = (
    "about the author", "about the writer", "über den autor", "über die autorin",
    "über den verfasser", "à propos de l'auteur", "à propos de l’auteur", "l'auteur",
    "sull'autore", "sull'autrice", "l'autore", "l'autrice", "sobre el autor", "sobre la autora",
    "sobre o autor", "sobre a autora", "over de auteur", "over de schrijver", "o autorze",
    "o autorce", "yazar hakkında", "об авторе", "o autorovi", "o autorce", "despre autor",
    "tentang penulis", "om författaren", "về tác giả",
)  # fmt: skip


def _alternation(stems: tuple[str, ...]) -> str:
    return "|".join(re.escape(s) for s in sorted(set(stems), key=len, reverse=True))


def _prefix_pattern(stems: tuple[str, ...], infix: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Stems at a word's start, and `infix` stems anywhere (German and Polish compounds)."""
    body = rf"(?<![^\W\d_])(?:{_alternation(stems)})"
    if infix:
        body += rf"|{_alternation(infix)}"
    return re.compile(body)


# One pattern per kind of cue, over lower-cased text.
CUES: dict[str, re.Pattern[str]] = {
    "passion": _prefix_pattern(PASSION, PASSION_INFIX),
    "family": _prefix_pattern(FAMILY),
    "leisure": _prefix_pattern(LEISURE),
    "lifestyle": _prefix_pattern(LIFESTYLE),
}
ABOUT_HEADING = re.compile(rf"^\W*(?:{_alternation(ABOUT_AUTHOR)})\W*$")
