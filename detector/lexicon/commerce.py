"""Words of commerce spliced into news copy: spam-gambling and loan-offer terms, calls to buy,
and the labels of "partner" link blocks.

Lower-case literals, matched as substrings of lower-cased lines (so short ones carry their
spaces). Each list names the *kind* of term in many languages: English, Polish, German, French,
Spanish, Portuguese, Italian, Dutch, Indonesian, Turkish, Russian, Ukrainian, Vietnamese,
Korean, Japanese, Chinese, Thai, Arabic, Hindi. They are read only on a story's paragraphs
after a commerce-free lead, or under a partner label, so a news story *about* gambling or
credit (whose headline and lead name it) is not read as an offer.
"""

from __future__ import annotations

# Terms of the online-gambling link trade that no news story uses in passing: site and slot
# jargon, not "casino" or "betting" (news words).
SPAM_GAMBLING = (
    "gacor", "maxwin", "togel", "situs toto", "toto4d", "toto 4d", "slot88", "slot online",
    "online slot", "judi online", "judi slot", "bandar judi", "agen slot", "rtp live", "rtp slot",
    "scatter hitam", "link alternatif", "deneme bonusu", "bahis siteleri", "bahis sitesi",
    "casino online", "online casino", "casinò online", "casino en ligne", "casino en línea",
    "cassino online", "kasyno online", "online kasino", "kasino online", "онлайн казино",
    "онлайн-казино", "казино онлайн", "nhà cái", "nha cai uy tin", "sbobet", "먹튀",
    "토토사이트", "카지노사이트", "바카라사이트", "网上赌场", "在线赌场", "娱乐城",
    "คาสิโนออนไลน์", "สล็อตออนไลน์", "เว็บสล็อต", "オンラインカジノ", "كازينو اون لاين",
    "ऑनलाइन कैसीनो",
)  # fmt: skip
# A loan or credit *offered* to the reader (fast, online, without papers), not credit news.
LOAN_OFFERS = (
    "payday loan", "quick loan", "instant loan", "loan online", "online loan", "no credit check",
    "szybki kredyt", "kredyt gotówkowy online", "kredyt online", "pożyczka online",
    "pożyczki online", "chwilówk", "bez zaświadczeń", "sofortkredit", "schnellkredit",
    "kredit ohne schufa", "crédit rapide", "prêt rapide", "préstamo rápido", "préstamos rápidos",
    "préstamos online", "préstamo online", "prestito veloce", "prestiti online",
    "empréstimo online", "empréstimo rápido", "snelle lening", "pinjaman online", "pinjol",
    "dana cepat", "hızlı kredi", "микрозайм", "займ онлайн", "займы онлайн", "кредит онлайн",
    "позика онлайн", "кредит онлайн", "vay tiền nhanh", "vay tiền online", "무직자 대출",
    "비상금 대출", "即日融資", "网贷", "快速贷款",
)  # fmt: skip
# A call to buy, order or redeem: the offer a "bridge" sentence leads to.
CALLS_TO_BUY = (
    "promo code", "coupon code", "discount code", "check the offer",
    "check out the offer", "see the offer", "shop now", "buy now", "order now", "grab the deal",
    "sprawdzić ofertę", "sprawdź ofertę", "kod rabatowy", "kup teraz", "zamów teraz",
    "gutscheincode", "rabattcode", "zum angebot", "jetzt bestellen", "jetzt kaufen",
    "code promo", "voir l'offre", "découvrir l'offre", "profitez de l'offre",
    "código de descuento", "código promocional", "ver oferta", "compra ahora", "compre agora",
    "cupom de desconto", "código de desconto", "codice sconto", "scopri l'offerta",
    "acquista ora", "kortingscode", "bekijk de aanbieding", "bestel nu", "kode promo",
    "kode voucher", "beli sekarang", "cek harga", "indirim kodu", "kupon kodu",
    "hemen satın al", "промокод", "купить со скидкой", "заказать со скидкой", "mã giảm giá",
    "mua ngay", "최저가", "바로가기", "구매하기", "할인코드", "クーポンコード", "最安値",
    "購入はこちら", "优惠码", "立即购买", "كود خصم", "اشتر الآن", "कूपन कोड", "अभी खरीदें",
)  # fmt: skip
# Labels of a block of other sites' links kept for their owners ("Link Partner", "Blogroll").
# Not "Sponsored"/"Sponsorizzato": a labelled ad slot is the honest form.
PARTNER_LABELS = (
    "link partner", "links partner", "partner link", "partner links", "partner sites",
    "our partners", "partners", "partner", "situs partner", "mitra", "blogroll",
    "friends links", "friend links", "useful links", "partnerzy", "nasi partnerzy",
    "partnerseiten", "partenaires", "nos partenaires", "sites amis", "socios", "enlaces",
    "parceiros", "partner del sito", "iş ortakları", "partnerlerimiz", "партнеры",
    "наши партнеры", "партнёры", "đối tác", "liên kết", "파트너", "제휴사이트", "友情链接",
    "合作伙伴", "パートナー", "الشركاء", "पार्टनर",
)  # fmt: skip
# Marks of a labelled ad or of the outlet's own subscription offer: the honest forms.
LABELLED = (
    "sponsor", "advertis", "anzeige", "werbung", "publicidad", "publicité", "pubblicità",
    "publicidade", "reklama", "реклама", "реклам", "광고", "広告", "广告", "iklan", "reklam",
    "subscri", "abonn", "abo ", "probeabo", "suscri", "assinat", "abbona", "prenumer",
    "abonament", "подпис", "구독", "購読", "订阅", "langganan", "abonelik", "free trial", "testen",
    "essai gratuit", "prueba gratis", "prova gratuita", "teste grátis",
)  # fmt: skip
# Headline words of a page that is commerce from the top (a deal, a review, a price guide):
# its later calls to buy are its subject, not a splice.
COMMERCE_HEADLINE = (
    "deal", "discount", "sale", "save ", "price", "coupon", "buy", "review", "best ", "$", "€",
    "£", "%", "angebot", "rabatt", "test:", "offre", "promo", "oferta", "offerta", "sconto",
    "recenzja", "promocja", "cena", "aanbieding", "korting", "diskon", "harga", "indirim",
    "скидк", "цена", "обзор", "할인", "특가", "리뷰", "セール", "レビュー", "优惠", "评测",
)  # fmt: skip
