"""Menu words of niche non-news sites, and the actors of hard news, in the languages read.

A site's menus say what the site is about. A home-and-garden guide names rooms, the garden and
cleaning; a recipe site its courses; a football club its teams and fixtures; a jobs-and-schemes
portal its vacancies and admit cards. None of these is a newsroom. Hard news is about the state
and its actors: a government, a cabinet, a ministry, a court, the police, a parliament.

Written by hand for this project from the section names of such sites and the vocabulary of
national news in each language, not from any page. Words are matched as whole lower-cased
letter runs (menus) or as word beginnings (story stems, to cover inflection: "ministrów",
"правительства"); scripts not split into words by spaces (Devanagari with its vowel signs, CJK,
Thai) and Vietnamese syllables are matched as substrings.
"""

from __future__ import annotations

from detector.lexicon.words import wordset

# Niche -> menu words. Words any newspaper's menus carry too ("sport", "health", "culture",
# "auto", "travel" as a supplement) are left out, unless they name a niche on their own.
NICHE_MENU: dict[str, frozenset[str]] = {
    "home": wordset(
        """garden gardening cleaning household interior decor diy furniture
        garten wohnen haushalt putzen einrichten heimwerken deko gartenpflege
        jardin déco bricolage ménage jardinage
        hogar jardín jardinería decoración limpieza bricolaje
        giardino giardinaggio arredamento pulizie
        jardim decoração limpeza jardinagem
        tuin wonen interieur schoonmaken klussen
        ogród wnętrza sprzątanie ogrodnictwo
        bahçe dekorasyon temizlik
        сад интерьер уборка дача огород
        інтер'єр прибирання город
        taman dekorasi"""
    ),
    "food": wordset(
        """recipes recipe baking desserts
        rezepte backen kochrezepte
        recettes pâtisserie
        recetas postres repostería
        ricette dolci
        receitas sobremesas
        recepten
        przepisy wypieki
        tarifler tatlılar
        рецепты выпечка десерты рецепти випічка
        resep"""
    ),
    "beauty": wordset(
        """beauty makeup skincare hairstyles nails
        kosmetik frisuren schminken
        beauté maquillage coiffure
        belleza maquillaje peinados
        bellezza trucco
        beleza maquiagem
        uroda makijaż fryzury
        güzellik makyaj
        красота макияж прически краса
        kecantikan"""
    ),
    "pets": wordset(
        """pets dogs cats puppies
        haustiere hunde katzen
        chiens chats
        mascotas perros gatos
        cani gatti
        cães gatos cachorros
        huisdieren honden katten
        zwierzęta psy koty
        köpekler kediler
        питомцы собаки кошки тварини
        kucing anjing"""
    ),
    "club": wordset(
        """squad fixtures juniors seniors youth academy
        mannschaften senioren jugend spielplan kader
        effectif jeunes
        plantilla cantera juveniles
        giovanili
        elenco plantel
        selectie jeugd
        seniorzy juniorzy terminarz kadra trampkarze orliki
        kadro fikstür altyapı
        состав юниоры ветераны"""
    ),
    "jobs": wordset(
        # (not an employer's "Careers" or "Stellenangebote" page: every organisation has one)
        """jobs vacancies naukri sarkari yojana admit
        concorsi
        empregos vagas concursos benefícios
        ilanları
        вакансии вакансії
        lowongan loker bansos"""
    ),
    "curiosities": wordset(
        """curiosities lifehacks horoscopes
        ratgeber tipps
        astuces
        curiosidades trucos
        curiosità
        dicas
        ciekawostki porady
        ipuçları
        лайфхаки советы поради"""
    ),
}
# Menu words written in scripts matched as substrings.
NICHE_MENU_PHRASES: dict[str, tuple[str, ...]] = {
    "jobs": ("सरकारी नौकरी", "सरकारी योजना", "एडमिट कार्ड", "रिजल्ट", "नौकरी"),
    "food": ("रेसिपी", "菜谱", "食谱", "レシピ", "레시피", "công thức nấu"),
    "beauty": ("美容", "뷰티", "làm đẹp"),
    "home": ("家居", "인테리어", "nhà đẹp"),
}

# Beginnings of words naming the state's actors: government, cabinet, ministers, parliament,
# courts, prosecutors, police, armies, presidents, governors, regional authorities. Stems are
# word beginnings in every language at once: none may begin a common word of another ("policie"
# begins "policies", "gericht" the German dishes "Gerichte", "procura" "procurar").
STATE_STEMS: tuple[str, ...] = tuple(
    sorted(
        wordset(
            """government cabinet minister ministry parliament senate congress lawmaker legislat
    authorities police governor
    regierung kabinett bundestag landtag parlament landgericht staatskanzlei behörde polizei
    bundesregierung landesregierung kanzler
    gouvernement ministre ministère assemblée sénat tribunal préfe gendarmerie
    gobierno ministr congreso senado tribunal policía autoridades
    governo parlamento senato tribunale carabinieri prefett
    congresso polícia prefeitura ministério
    regering kabinet rechtbank politie
    rząd sejm senat sądu policj wojewod
    hükümet bakan meclis mahkeme cumhurbaşkan valilik emniyet
    правительств министр парламент госдум губернатор полици властей власти
    уряд міністр верховн поліці
    pemerintah menteri kementerian presiden pengadilan polisi gubernur
    army military troops prosecut judge ministries officials
    bundeswehr staatsanwalt amtsgericht gerichtshof oberlandesgericht
    président armée procureur
    ejército fiscalía juez
    polizia esercito procuratore
    exército justiça
    prezydent wojsk prokurat
    başbakan valisi ordusu
    президент прокурат армии
    riksdag polisen domstol regeringen
    regjering storting folketing politiet
    hallitus eduskun poliisi ministeri
    vlád sněmovn
    guvern poliți
    kormány miniszter rendőr bíróság
    κυβέρνησ υπουργ βουλή αστυνομ δικαστ
    serikali waziri polisi mahakama"""
        )
    )
)
STATE_PHRASES: tuple[str, ...] = (
    "सरकार", "मंत्री", "मंत्रालय", "प्रशासन", "जिलाधिकारी", "पुलिस", "न्यायालय", "अदालत",
    "संसद", "विधानसभा", "मौसम विभाग", "الحكومة", "وزير", "وزارة", "البرلمان", "المحكمة",
    "الشرطة", "政府", "部长", "法院", "警方", "国会", "大臣", "内閣", "정부", "장관", "국회",
    "법원", "경찰", "chính phủ", "bộ trưởng", "quốc hội", "tòa án", "công an",
    "دولت", "وزیر", "وزارت", "مجلس", "دادگاه", "پلیس", "رئیس‌جمهور", "الجيش", "الأمم المتحدة",
    "النيابة", "首相", "警察", "裁判所", "自衛隊", "知事", "気象庁", "国务院", "外交部", "总统",
    "대통령", "검찰", "기상청", "thủ tướng", "ủy ban", "ubnd", "chủ tịch", "รัฐบาล", "ตำรวจ",
    "รัฐมนตรี", "ศาล",
)  # fmt: skip
