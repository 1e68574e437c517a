"""Section labels that name no news desk: a blog, tips, guides, reviews, recipes, fashion,
beauty, money advice, property listings, games, deals, coupons, phone plans, travel tips.

A story's own category or breadcrumb says which shelf of the site it sits on. A newsroom files
a cabinet decision under "Politics" or "Inland"; a shop, an affiliate or a game portal that
pastes wire copy files it under the only shelf it has ("Blog > Tips", "Porady finansowe",
"格安SIM比較", "Thị trường bất động sản"). Written by hand for this project from the section
names such sites use in each language, not from any page. Latin, Cyrillic, Greek, Arabic and
Devanagari words are matched as whole lower-cased letter runs; scripts not split into words by
spaces (CJK, Thai), Vietnamese syllables and multi-word labels are matched as substrings.
"""

from __future__ import annotations

from detector.lexicon.words import wordset

# Whole words (lower-cased letter runs).
NON_NEWS_LABEL_WORDS: frozenset[str] = wordset(
    """blog blogs tips tricks guide guides howto tutorial tutorials review reviews recipe
    recipes fashion beauty skincare makeup deals coupons coupon promo promos vouchers shop
    gaming games esports walkthrough sim hosting seo casino betting bonuses loans mortgage
    horoscope wedding diy gadgets unboxing
    ratgeber tipps anleitung rezepte mode kosmetik schnäppchen gutscheine spiele tarife
    handytarife kredite
    astuces conseils tutoriel recettes beauté bons jeux forfaits
    consejos trucos guía recetas moda belleza ofertas cupones juegos tarifas préstamos
    consigli guida ricette bellezza offerte giochi
    dicas receitas beleza promoções cupons jogos empréstimos
    recepten schoonheid aanbiedingen spellen
    porady poradnik przepisy uroda promocje kupony gry pożyczki kredyty
    råd recept skönhet erbjudanden spel lån
    opskrifter skønhed tilbud
    vinkit reseptit
    rady recepty
    sfaturi rețete frumusețe
    tippek receptek
    ipuçları tarifler moda güzellik kampanyalar oyun rehber
    советы лайфхаки рецепты мода красота скидки купоны игры гайды обзоры кредиты
    поради рецепти краса знижки ігри огляди
    συνταγές μόδα ομορφιά προσφορές
    وصفات حلويات موضة جمال عروض ألعاب نصائح
    ترفند آشپزی زیبایی تخفیف بازی
    tips resep kecantikan promo panduan ulasan pinjaman
    vidokezo mapishi urembo
    रेसिपी ब्यूटी फैशन टिप्स
    insurance versicherung versicherungen assurance mutuelle seguros assicurazioni
    ubezpieczenia sigorta страхование
    crypto krypto cryptomonnaies criptomonedas altcoins defi bitcoin trading forex
    credit kredit crédit crédito prêt
    casino kasyno casinos apuestas scommesse bahis bonus ставки
    renovation remont reparatur ремонт décoration decoración decorazione decoração
    diet diät abnehmen régime dieta emagrecimento odchudzanie zayıflama похудение
    suplementy supplements nahrungsergänzung"""
)
# Substrings: CJK, Hangul, Thai, Vietnamese syllables, and labels of two words.
NON_NEWS_LABEL_PHRASES: tuple[str, ...] = (
    "real estate", "travel tips", "finance tips", "money tips", "mobile plans", "how to",
    "porady finansowe", "rynek nieruchomości", "bất động sản", "mẹo", "làm đẹp", "thời trang",
    "công thức", "khuyến mãi", "đánh giá",
    "格安sim", "比較", "レビュー", "レシピ", "攻略", "節約", "美容", "コスメ", "ファッション",
    "クーポン", "セール", "お得", "ガチャ",
    "评测", "测评", "食谱", "菜谱", "美妆", "时尚", "优惠", "游戏",
    "블로그", "리뷰", "레시피", "뷰티", "패션", "할인", "쿠폰", "게임", "꿀팁", "부동산",
    "สูตรอาหาร", "รีวิว", "ความงาม", "แฟชั่น", "โปรโมชั่น", "เกม",
)  # fmt: skip
