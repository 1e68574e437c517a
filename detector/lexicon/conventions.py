"""Locale conventions a machine translation carries over from English copy into another language.

A translation engine turns the words of an English agency story into German or French but keeps
its conventions: miles and gallons, "$41.18" or "41,18 $", "3.4%" with a decimal point, the US
date "12/08/2026", and "a person familiar with the matter" rendered word for word. A native
writer converts or rewrites them. Used by `translated_copy_v1` (detector.features.translated_copy).

Each table says, per language, which conventions are foreign there. A language missing from a
table has no such convention to break (English, Spanish for "$", Tagalog for US dates).
"""

from __future__ import annotations

from detector.lexicon.words import wordset

# Imperial units, as written after a number, by language (lower-case, whole words). Only units a
# native text converts: no ounces (gold is priced per ounce everywhere), no inches (screens), no
# yards (American football), no pounds (also a currency). Words that mean something else after a
# number are left out: es "mil" (thousand), fr "mille" (thousand), id "galon" (a water jug), id
# "kaki" (legs), sv "mil" (ten kilometres).
IMPERIAL_UNITS: dict[str, frozenset[str]] = {
    "de": wordset("meilen meile gallonen gallone fuß fuss acres acre"),
    "fr": wordset("milles miles mile gallons gallon pieds pied acres acre"),
    "es": wordset("millas milla galones galón pies acres acre"),
    "it": wordset("miglia miglio galloni gallone piedi piede acri acro"),
    "pt": wordset("milhas milha galões galão pés acres acre"),
    "nl": wordset("mijl mijlen gallon gallons voet acres acre"),
    "pl": wordset("mil mile mila galonów galony galon stóp stopy akrów akry"),
    "ru": wordset("миль мили миля милях галлонов галлона галлон футов фута фут акров акра"),
    "uk": wordset("миль милі миля галонів галона галон футів фута фут акрів акра"),
    "tr": wordset("mil galon fit akre"),
    "id": wordset("mil"),
    "ms": wordset("batu"),
    "cs": wordset("mil míle galonů stop akrů"),
    "ro": wordset("mile galoane picioare acri"),
    "vi": wordset("dặm gallon feet"),
}
# "per" before a unit, in a price ("12 cents par gallon", "3 Euro pro Gallone").
PER_WORDS = wordset("per par pro je por al a la za за na başına le dal")
# Units foreign to every language but English (the temperature scale and speed).
IMPERIAL_ANY = wordset("fahrenheit °f mph фаренгейту фаренгейта фаренгейт ฟาเรนไฮต์")
# Words next to a unit that make it native: nautical miles, sea miles ("морских миль").
NAUTICAL = ("naut", "морск", "морськ", "deniz", "laut")

# Languages where a bare "$" is not the local currency sign: a "$" amount is the source's.
# (Spanish and Portuguese pages price pesos and reais with "$"; French in Canada writes "41,18 $",
# so French counts only the English "$41.18" order.)
DOLLAR_FOREIGN = wordset(
    """de it nl pl ru uk tr id ms cs sk ro el da no nb fi hr sr sl bg sv hu vi et lv lt ca"""
)
DOLLAR_PREFIX_ONLY = wordset("fr")
# The English "cents" after a number, where the language writes its own word for the subunit.
CENTS_FOREIGN = wordset("de it pl ru uk tr id cs sk ro el hu fr")

# Languages writing a decimal comma: "3.4%" or "2.5 Millionen" with a point is the source's.
# (Spanish is left out: Mexico and the US write a decimal point.)
DECIMAL_COMMA = wordset(
    """de fr it pt nl pl ru uk tr id vi cs sk ro el da no nb fi hr sr sl bg ca sv et lv lt hu"""
)
# What follows a decimal that makes it a quantity, not a version or a date: a percent or a
# magnitude word (lower-case stems).
PERCENT_WORDS = (
    "%", "prozent", "pour cent", "por cento", "per cento", "procent", "процент", "відсот",
    "persen", "percent", "posto", "százalék", "prosent", "prosentti",
)  # fmt: skip
MAGNITUDE_WORDS = (
    "milliard", "million", "mrd", "mio", "millone", "milioni", "miliardi", "milhões", "milhão",
    "bilhões", "bilhão", "miljoen", "miljard", "milion", "miliard", "млн", "млрд", "миллион",
    "миллиард", "мільйон", "мільярд", "milyon", "milyar", "juta", "miliar", "triliun", "triệu",
    "tỷ", "milioane", "miliarde", "miljon", "miljard", "billion",
)  # fmt: skip

# Languages writing dates day first: a date whose second number is a month only in US order
# ("12/24/2026"), or that reads as the page's own date only in US order, is the source's.
DAY_FIRST = wordset(
    """de fr es it pt nl pl ru uk tr id ms vi cs sk ro el da no nb fi hr sr sl bg ca et lv
    th ar he hi bn sw is ga"""
)

# Word-for-word renderings of the English anonymous-source formula "a person familiar with the
# matter / the plans / the talks" (lower-case literals). Native copy says "proche du dossier",
# "Insider", "ingewijden": those are not here.
FAMILIAR_CALQUES: dict[str, tuple[str, ...]] = {
    "de": (
        "mit der angelegenheit vertraut", "mit der sache vertraut", "mit den plänen vertraut",
        "mit der situation vertraut", "mit den gesprächen vertraut", "mit dem vorgang vertraut",
        "mit den verhandlungen vertraut", "mit der angelegenheit vertraute",
    ),
    "fr": (
        "familière avec le", "familier avec le", "familiers avec le", "familières avec le",
        "familière avec la", "familier avec la", "familiers avec la", "familières avec la",
        "familière avec les", "familiers avec les", "familières avec les",
    ),
    "es": (
        "persona familiarizada con", "personas familiarizadas con", "fuente familiarizada con",
        "fuentes familiarizadas con",
    ),
    "it": (
        "familiare con la questione", "familiari con la questione", "familiare con la vicenda",
        "familiari con la vicenda", "familiare con i piani", "familiari con i piani",
    ),
    "pt": (
        "pessoa familiarizada com", "pessoas familiarizadas com", "fonte familiarizada com",
        "fontes familiarizadas com",
    ),
    "nl": ("bekend is met de zaak", "bekend zijn met de zaak", "vertrouwd met de zaak"),
    "pl": ("zaznajomiona ze sprawą", "zaznajomione ze sprawą", "zaznajomiony ze sprawą"),
    "ru": ("знакомый с ситуацией", "знакомые с ситуацией", "знакомого с ситуацией",
           "знакомых с ситуацией", "знакомый с планами", "знакомые с планами"),
    "uk": ("знайомий із ситуацією", "знайомі із ситуацією", "знайомий з ситуацією",
           "знайомі з ситуацією"),
    "tr": ("konuya aşina",),
    "id": ("akrab dengan masalah", "akrab dengan situasi", "akrab dengan rencana"),
}  # fmt: skip

# Labels of a translation credit ("Übersetzung: X", "ترجمه و تنظیم: X", "תרגום: מערכת ..."): a
# page that says it translated the story names its source nearby, as legit outlets do.
TRANSLATION_LABELS = (
    "translated by", "translation:", "übersetzung", "übersetzt von", "aus dem englischen",
    "traduction", "traduit par", "traducción", "traducido por", "traduzione", "tradotto da",
    "tradução", "traduzido por", "vertaling", "vertaald door", "tłumaczenie", "tłum.",
    "перевод", "переклад", "çeviri", "terjemahan", "diterjemahkan", "ترجمه", "ترجمة", "תרגום",
    "dịch:", "翻译", "翻譯", "번역", "翻訳", "překlad", "traducere", "oversættelse",
    "översättning", "käännös",
)  # fmt: skip

# Degrees after a number, by language (lower-case stems): "95 stopni", "100 Grad". A heat reading
# of 55 or more with no Celsius mark, next to a word for temperature or heat, is Fahrenheit left
# from the source (the hottest air temperatures measured are in the 50s Celsius).
DEGREE_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("grad",), "fr": ("degré",), "es": ("grado",), "it": ("grad",), "pt": ("grau",),
    "nl": ("grad",), "pl": ("stopni", "stopnie"), "ru": ("градус",), "uk": ("градус",),
    "tr": ("derece",), "vi": ("độ",), "cs": ("stup",), "sk": ("stup",), "ro": ("grad",),
    "id": ("derajat",), "ms": ("darjah",), "hu": ("fok",), "sv": ("grad",), "da": ("grad",),
    "no": ("grad",), "nb": ("grad",), "el": ("βαθμ",), "hr": ("stup",), "bg": ("градус",),
}  # fmt: skip
# Words for the air temperature or heat (stems) that make "degrees" a weather reading, not an
# angle ("um 180 Grad") or an oven setting.
TEMPERATURE_WORDS = (
    "temperat", "températ", "hitze", "chaleur", "canicule", "calor", "caldo", "hitte",
    "upał", "upal", "жар", "спек", "sıcak", "nhiệt", "nắng nóng", "vedro", "horko", "caniculă",
    "panas", "hőség", "värme", "hete", "varme", "καύσωνα", "θερμοκρασ", "vrućin", "горещ",
    "thermometer", "termometr", "термометр", "thermomètre", "termómetro", "termometro",
)  # fmt: skip
# Words (stems) that make a reading a cooking, water, sauna or machine temperature, native in
# Celsius in the same range ("eine Kerntemperatur von 55 Grad", a CPU at 80 degrees).
NOT_WEATHER_WORDS = (
    "kern", "fleisch", "ofen", "gegart", "garen", "grill", "viande", "cuisson", "four ",
    "carne", "horno", "forno", "cottura", "piekarnik", "mięs", "духовк", "мяс", "vlees",
    "oven", "wasser", "water", "l'eau", "agua", "acqua", "água", "wod", "вод", "sauna",
    "cpu", "gpu", "prozessor", "processeur", "procesador", "processore", "procesor",
    "процессор", "akku", "batter", "motor", "öl ", "fieber", "fièvre", "fiebre", "febbre",
    "gorączk", "температура тела", "koorts", "ateş",
)  # fmt: skip
# The word after the degrees that marks Celsius ("95 stopni Celsjusza", "35 Grad C"): native.
CELSIUS_WORDS = frozenset({"c", "ц", "с"})
CELSIUS_STEMS = ("celsi", "celsj", "цельс", "santigrat", "selsi")
# Numbers that read as degrees Celsius in non-weather uses (a wash at 60, boiling water,
# a right angle) even beside a heat word.
NOT_FAHRENHEIT = frozenset({60, 90, 100, 120, 180})

# Word-for-word renderings of English attribution and title formulas that native copy words
# otherwise: "..., officials said" closing a sentence (native: "teilten die Behörden mit",
# "informaron las autoridades"), and "sheriff's deputies" taken as members of parliament
# (de "Abgeordnete", fr "députés", pl "posłowie"; native: "Hilfssheriffs", "adjoints").
ATTRIBUTION_CALQUES: dict[str, tuple[str, ...]] = {
    "de": ("sagten beamte.", "sagten die beamten.", "abgeordnete des sheriffs",
           "sheriff-abgeordnete", "abgeordneten des sheriffs", "sagten offizielle"),
    "fr": ("députés du shérif", "députés du sheriff", "ont dit les officiels",
           "ont déclaré les officiels"),
    "es": ("dijeron los funcionarios.", "dijeron funcionarios.", "diputados del sheriff",
           "diputados del alguacil"),
    "it": ("hanno detto i funzionari.", "hanno detto funzionari.", "deputati dello sceriffo",
           "hanno detto gli ufficiali."),
    "pt": ("deputados do xerife", "disseram os oficiais.", "disseram oficiais."),
    "nl": ("zeiden ambtenaren.", "zeiden de ambtenaren.", "afgevaardigden van de sheriff",
           "plaatsvervangers van de sheriff", "zeiden functionarissen."),
    "pl": ("powiedzieli urzędnicy.", "powiedzieli urzędnicy,", "posłowie szeryfa",
           "posłów szeryfa", "powiedzieli oficjele."),
    "ru": ("сказали чиновники.", "сказали официальные лица.", "депутаты шерифа",
           "депутатов шерифа"),
    "uk": ("сказали чиновники.", "сказали посадовці.", "депутати шерифа", "депутатів шерифа"),
    "tr": ("yetkililer söyledi.", "şerif milletvekilleri", "şerif yardımcıları milletvekili"),
    "id": ("deputi sheriff", "wakil sheriff mengatakan"),
    "vi": ("các quan chức nói.", "các đại biểu cảnh sát trưởng", "đại biểu của cảnh sát trưởng"),
    "ro": ("au spus oficialii.", "deputații șerifului", "deputaţii şerifului"),
    "cs": ("řekli úředníci.", "poslanci šerifa"),
}  # fmt: skip
