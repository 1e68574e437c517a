"""Words of trades other than news, in the languages the parser reads, by the reading that uses
them.

- Brands (`brand_mismatch_v1`, `_licensee`): a brand's words that name a trade (`OFFWORLD_WORDS`:
  finance, crypto, IT, company names, shops, gambling, hobbies), the beats a topic-space category
  covers (`BEAT_WORDS`), and the trades no news agency licenses its copy to (`NON_LICENSEE_WORDS`).
- Site chrome (`trade_site_v1`): the words of gambling, coupon-code, quick-money and shop menus
  (`TRADE_WORDS`, by stem in `TRADE_STEMS`, as phrases in `TRADE_PHRASES`), not "Shopping" or
  "Deals", which newspapers' own menus carry.

Written by hand for this project from everyday trade vocabulary, not from any page or template.
"""

from __future__ import annotations

from detector.lexicon.words import wordset

# Brands (`brand_mismatch_v1`, `_licensee`).
#
# Off-world words of the trades the topic space has a category for: a tech brand publishing a tech
# story, or a finance brand a business story, is on its own beat (Engadget, "Investment
# Executive"), and those words do not count there. Shops and hobbies have no category: their
# words always count.
BEAT_WORDS = {
    "tech": wordset(
        """tech technology technologies digital gadget gadgets software systems labs hosting seo
        vpn"""
    ),
    "business": wordset(
        """wealth capital invest investing investment investments investor investors trading
        trader traders trade finance financial fintech crypto cryptocurrency coin coins bitcoin
        token tokens blockchain forex fx loan loans lending credit insurance asset assets fund
        funds equity profit profits stock stocks broker brokers money cash pay payments
        finanzen geld finances argent finanzas dinero finanza soldi finanças dinheiro"""
    ),
}
# Words of company names: IT services, consultancies, holdings (the seed's "WealthTrail
# Solutions"), and legal forms.
COMPANY_WORDS = wordset(
    """solutions solution services consulting consultancy consultants agency marketing
    ventures holdings enterprises enterprise limited ltd llc inc corp company"""
)
# Words of shops, gambling, coupons, consumer loans, insurance and property (English, and the
# same trades' words in de, fr, es, it, pt, nl, pl, tr, ru, id).
SHOP_WORDS = wordset(
    """store shop deals casino bet betting realty properties estate
    angebote angebot gutschein gutscheine rabatt vergleich preisvergleich kredit kredite
    versicherung versicherungen immobilien wetten
    offres promo promos réductions crédit crédits assurance assurances immobilier
    boutique comparateur paris-sportifs
    ofertas oferta descuentos cupones préstamos prestamos créditos seguros
    inmobiliaria tienda apuesta apuestas comparador
    offerte offerta sconti prestiti credito assicurazioni immobiliare negozio
    scommessa scommesse
    promoções empréstimos crédito imobiliária loja aposta apostas
    aanbiedingen korting lening leningen verzekering verzekeringen vastgoed winkel
    vergelijker
    bahis kredi sigorta indirim takipçi hile
    discount discounts outlet coupon coupons cashback bonus bonuses slots slot poker jackpot
    lottery gacor togel judi
    möbel kasyno kredyt kredyty pożyczki pożyczka zakłady sklep promocje ubezpieczenia
    inwestycje pieniądze
    казино кредит кредиты займ займы ставки бонус деньги финансы инвестиции магазин скидки
    букмекер"""
)
# Shops, services and hobbies: a pet shop's, a recipe blog's, a travel agent's, a job board's,
# a law firm's or a clinic's name.
HOBBY_WORDS = wordset(
    """pet pets garden gardening kitchen kitchens recipe recipes cooking furniture decor
    mattress mattresses tyre tyres tires travel fitness beauty cosmetics jobs careers toys
    wedding weddings dental dentist solar camping astrology horoscope
    horoscopes supplements vitamins diy crafts holiday holidays vacation vacations hotel
    hotels booking diet slim
    haustier haustiere garten küche küchen rezept rezepte reifen reisen matratzen schönheit
    kosmetik hochzeit zahnarzt horoskop heimwerker urlaub ferien diät
    jardin cuisine recettes meubles pneus voyages beauté emploi mariage dentaire animaux
    déco bricolage vacances
    jardín cocina recetas muebles neumáticos viajes belleza empleo boda mascotas horóscopo
    vacaciones dieta
    giardino cucina ricette mobili pneumatici viaggi bellezza matrimonio animali oroscopo
    vacanze
    jardim cozinha receitas móveis viagens beleza empregos casamento férias
    tuin keuken recepten meubels reizen vacatures bruiloft huisdieren horoscoop fiets
    fietsen vakantie
    ogród kuchnia przepisy meble opony podróże uroda ślub zwierzęta horoskop wakacje
    tarif tarifleri mobilya seyahat güzellik düğün tatil
    рецепты мебель путешествия красота свадьба гороскоп ремонт
    resep loker wisata
    lawyer lawyers attorney attorneys clinic clinics anwalt anwälte rechtsanwalt
    rechtsanwälte klinik avocats clinique abogados clínica avvocati clinica advogados
    advocaten kliniek kancelaria klinika"""
)
# Words of brands from finance, crypto, IT services, commerce and other trades: not a newsroom's
# name.
OFFWORLD_WORDS = (
    BEAT_WORDS["business"] | BEAT_WORDS["tech"] | COMPANY_WORDS | SHOP_WORDS | HOBBY_WORDS
)
# Trades no news agency licenses its copy to: a shop, a casino, a lender, a crypto exchange, a
# hobby or travel site. Not tech, finance or energy brands, which include the trade press that
# does license it (TechCrunch, "Investment Executive", Solarserver run credited agency copy), nor
# company names and legal forms ("Times Internet Limited").
NON_LICENSEE_WORDS = (
    SHOP_WORDS
    | (HOBBY_WORDS - {"solar"})
    | wordset("crypto cryptocurrency coin coins bitcoin token tokens blockchain forex")
    | wordset("loan loans lending payday")
)
# The same trades' words in scripts written without spaces between words (Chinese, Japanese,
# Korean brands run together: "金鼎财富网", "머니톡톡"): matched anywhere in the brand.
OFFWORLD_CJK = (
    "财富", "理财", "金融", "投资", "贷款", "彩票", "博彩", "商城", "优惠", "赚钱", "股票", "基金",
    "財富", "理財", "投資", "貸款", "副業", "ローン", "カジノ", "通販", "激安", "稼ぐ", "株",
    "머니", "재테크", "대출", "투자", "카지노", "쇼핑", "코인", "주식", "보험",
    "美食", "菜谱", "宠物", "家居", "美容", "旅游", "レシピ", "ペット", "맛집", "레시피", "뷰티",
)  # fmt: skip
# A copyright notice names the company that owns the site ("© 2009 Time Inc", "North Wales
# Newspapers Ltd"): its legal form says nothing of the site's world, and is not read as off-world
# there. Trade words still are ("NordLedger Capital", "SpringWave Ventures", "Fairfax Digital":
# a newspaper group's digital arm, like a farm's "... Digital", names no newsroom).
COMPANY_FORM_WORDS = wordset("inc ltd llc corp limited company")
# The same trades in scripts written without spaces (a subset of `OFFWORLD_CJK`: loans,
# lotteries, casinos, shops, side incomes, recipes, pets, travel; not wealth, investment,
# stocks or insurance, whose press licenses agency copy).
NON_LICENSEE_CJK = (
    "贷款", "彩票", "博彩", "商城", "优惠", "赚钱", "貸款", "副業", "ローン", "カジノ", "通販", "激安",
    "稼ぐ", "대출", "카지노", "쇼핑", "코인", "美食", "菜谱", "宠物", "家居", "美容", "旅游", "レシピ",
    "ペット", "맛집", "레시피", "뷰티",
)  # fmt: skip

# Site chrome (`trade_site_v1`).
#
# Words of gambling, coupon-code and quick-money sites, in the languages the parser reads; not
# shopping or deals, which newspapers' own menus carry ("Shopping", "Deals", "Store"). A word
# counts once: "bonus" and "bonuses" are one (see `TRADE_STEMS`).
TRADE_WORDS = wordset(
    """casino casinos betting bookmaker bookmakers bonus bonuses slots poker jackpot spins
    roulette blackjack sportsbook payday coupon coupons promo promos voucher vouchers cashback
    promocode promocodes followers
    wettanbieter gutschein gutscheine gutscheincode
    cupones apuestas bonos casas
    scommesse bonus
    apostas aposta cupons
    bahis kumarhane kupon takipçi
    kasyno zakłady bukmacher koszyk
    казино ставки бонус бонусы промокод букмекер"""
)
TRADE_CJK = (
    "博彩", "彩票", "娱乐城", "优惠券", "カジノ", "クーポン", "카지노", "쿠폰", "토토", "핫딜",
    "贷款", "网贷", "购物车", "ローン", "カート", "대출", "장바구니",
)  # fmt: skip
# Beginnings of trade words in languages that inflect or compound them ("bukmacherskie",
# "bukmacherów", "Sportwettenanbieter", "bonusy"): a word of the chrome that starts with one
# counts once, under its stem. Loans and a shopping cart are here, not shopping or deals.
TRADE_STEMS = (
    "casino", "kasino", "kasyn", "bukmacher", "букмекер", "казино", "бонус", "промокод",
    "bonus", "coupon", "cupon", "kupon", "gutschein", "voucher", "cashback", "jackpot",
    "sportsbook", "sportwett", "wettanbieter", "freispiel", "apuesta", "scommess",
    "kumarhane", "promocod", "pożyczk", "chwilówk", "prestit", "préstamo", "prestamo",
    "empréstimo", "warenkorb", "carrello", "carrito", "корзин",
)  # fmt: skip
# Trade phrases of languages that write words apart ("nhà cái": a bookmaker) or that are
# phrases only ("free shipping").
TRADE_PHRASES = (
    "nhà cái", "soi kèo", "xổ số", "cá cược", "free shipping", "add to cart",
    "spedizione gratuita", "versandkostenfrei", "livraison gratuite", "envío gratis",
    "darmowa dostawa", "ücretsiz kargo",
)  # fmt: skip
