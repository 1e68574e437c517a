"""Words of the link trade: what sold links advertise, and how sellers offer them.

`VICE` is in the format of `detector.features._filler.LEXICON` (one row per language,
"xx: phrase; phrase"; ASCII phrases matched word by word on accent-folded text, "*" a prefix;
other scripts as substrings). It names the verticals that buy hidden links (gambling, loans,
pharmacy, adult, link and follower sales), and is read only on links a page hides or marks
rel="dofollow", so single words ("slot", "casino", "viagra") are precise enough there.

The offer lexicons are lower-case literals: `COVERT` are the terms only a link seller uses
(rank-passing links, backlinks, paid articles never labelled as paid); `WARES` the thing sold
(a sponsored or guest article, a link, a publication); `PRICE_LISTS` and `AMOUNT` its price.
"""

from __future__ import annotations

import re

VICE: dict[str, str] = {
    "gambling": """
        en: casino*; slot; slots; slot88; gacor; maxwin; togel; toto; toto4d; toto88; judi; betting; bet; sportsbook*; bookmaker*; poker*; roulette; blackjack; baccarat*; jackpot*; free spins; freespin*; sbobet*; scatter hitam; pragmatic play; rtp live; rtp slot; bonus veren; deneme bonusu; bahis*; betgiris; iddaa; apuestas; tragamonedas; apostas; cassino*; casinos; scommess*; sportwett*; wetten; kasino*; kasyno*; bukmacher*; zaklady; pariuri; nha cai; ca cuoc; lode; dang ky nhan; kazino
        ru: казино; ставки; букмекер; слоты
        ko: 카지노; 토토; 바카라; 슬롯; 먹튀
        zh: 博彩; 赌场; 娱乐城; 百家乐; 老虎机
        th: คาสิโน; สล็อต; บาคาร่า; แทงบอล; เว็บพนัน
        ja: オンラインカジノ; カジノ
        ar: كازينو; مراهنات
    """,
    "loans": """
        en: loan; loans; payday*; kredit; kredite; kreditvergleich*; kredyt*; pozyczk*; chwilowk*; pinjaman; pinjol; prestito; prestiti; prestamo*; emprestimo*; microcredit*; credit rapide; vay tien; vay nhanh; hizli kredi
        ru: микрозайм; займ; займы; кредит онлайн
    """,
    "pharmacy": """
        en: viagra; cialis; levitra; kamagra; tadalafil; sildenafil; pharmacy; pharmacie; farmacia online; apotheke online; xanax; tramadol; modafinil; diet pills; weight loss pills
        ru: аптека онлайн; виагра
    """,
    "adult": """
        en: porn*; xxx; sex; escort*; camgirl*; hentai; onlyfans; nude*; erotik*; bokep; jav
        ru: порно; эскорт; проститутк
        ja: エロ; アダルト
        zh: 成人视频; 色情
        ko: 야동
    """,
    "seo": """
        en: backlink*; seo paket*; buy followers; buy instagram; buy likes; pbn; replica watch*; rolex replica
        ru: прогон сайта; купить ссылки
    """,
}

# Terms only a seller of links or articles uses: rank-passing links, backlinks, no "sponsored"
# label on a paid article. (Guest posts are everyday blog and op-ed words, "Gastbeitrag";
# permanence words, "na stałe", "dauerhaft", are news words too.) English, Polish, German,
# French, Spanish, Portuguese, Italian, Dutch, Indonesian, Turkish, Russian, Ukrainian,
# Vietnamese, Czech, Romanian.
COVERT = (
    "dofollow", "do-follow", "do follow", "backlink", "link insertion", "niche edit",
    "no sponsored label", "no sponsored tag", "without the sponsored", "without a sponsored",
    "bez oznaczenia", "bez oznakowania", "ohne kennzeichnung", "ohne werbekennzeichnung",
    "ohne werbehinweis", "sans mention", "sans la mention", "sin etiqueta", "sin marcar",
    "sin la etiqueta", "sem marcação", "sem identificação", "sem a tag", "senza etichetta",
    "senza la dicitura", "senza dicitura", "zonder vermelding", "zonder label", "tanpa label",
    "tanpa tanda", "etiketsiz", "ibaresi olmadan", "без пометки", "без метки", "вечные ссылки",
    "без позначки", "вічні посилання", "không gắn nhãn", "bez označení", "fără mențiunea",
    "fara mentiunea",
)  # fmt: skip
# The ware: a sponsored, paid or guest article, a link, a publication on the site.
WARES = (
    "sponsored post", "sponsored article", "paid post", "paid article", "advertorial", "link",
    "guest post", "artykuł", "artykułu", "publikacj", "wpis", "beitrag", "artikel",
    "veröffentlichung", "article", "publication", "publi-rédactionnel", "publireportage",
    "artículo", "publicación", "enlace", "artigo", "publicação", "publieditorial", "articolo",
    "pubblicazione", "redazionale", "publicatie", "artikel", "publikasi", "tulisan", "makale",
    "tanıtım yazısı", "yazı", "статья", "статей", "публикац", "размещени", "ссылк", "стаття",
    "статей", "розміщенн", "посилан", "bài viết", "bài pr", "đăng bài", "článek", "článku",
    "articol", "publicare",
)  # fmt: skip
# A price list or rate card; amounts ("od 150 zł", "$25", "ab 99 €") are read by `AMOUNT`.
PRICE_LISTS = (
    "price list", "pricing", "prices", "rate card", "cennik", "preisliste", "preise", "tarifs",
    "grille tarifaire", "lista de precios", "precios", "tabela de preços", "preços", "listino",
    "prezzi", "prijslijst", "prijzen", "daftar harga", "fiyat listesi", "fiyatlar", "прайс",
    "расценки", "цены", "ціни", "bảng giá", "ceník", "ceny", "prețuri", "preturi",
)  # fmt: skip
# A sum of money: a currency sign or code before or after digits (lower-case text).
AMOUNT = re.compile(
    r"(?:[$€£₺₽₴₹]|\b(?:rp|r\$|usd|eur|gbp|pln|zł|zl|tl|руб|грн|vnd|kč|czk|lei|ron|inr|rs)\.?)"
    r"\s?\d|\d\s?(?:[$€£₺₽₴₹]|(?:zł|zl|pln|eur|euro|usd|dollars?|tl|lira|руб\w*|грн|гривень|"
    r"đ|vnđ|vnd|dong|kč|czk|lei|ron|rp|rs|rupees?)(?!\w))"
)
