"""Words of trades other than news in more languages: the beginnings of the words that name a
shop, a lender, a casino or a hobby or service trade, for the languages `trades.py` reads only in
part or not at all, and extra inflected forms for German, French, Spanish, Italian and Portuguese.

- Brands: `BRAND_STEMS` (beginnings of words, by language), `BRAND_PHRASES` (for languages that
  write short words apart: Vietnamese, Indonesian, Malay, Tagalog) and `BRAND_NOSPACE`
  (substrings, for Chinese, Japanese, Korean and Thai). Read only in a site's name or title
  tagline, so they may hold "shop", "travel", "property" or "jobs", which newspapers' menus carry.
- Site chrome: `CHROME_STEMS` and `CHROME_PHRASES`, the narrower words of gambling, coupon-code,
  quick-money and shopping-cart menus ("free spins", "add to cart"), not "Shopping", "Deals",
  "Travel" or "Jobs", nor discount codes, "shopping cart" or "buy now", which newspapers' voucher
  pages and shop links carry (the Telegraph's, the Guardian's), nor "to bet" where it is also
  said figuratively ("apostar", "scommettere").

Left out, as in `trades.py`: investment, stocks, insurance, banking, energy and technology, whose
trade press licenses agency copy. A stem has at least 5 letters (code points) in alphabetic
scripts and begins no common word of news or politics in its language ("kasa" begins "kasacja",
"negozi" begins "negoziati", "popust" begins "popustiti"). Language codes are ISO 639-1; "sh" is
Serbian and Croatian in Latin script. Nothing here repeats an entry that
the same reading already has in `trades.py`.

Written by hand for this project from everyday trade vocabulary, not from any page or template.
"""

from __future__ import annotations

# Brands: beginnings of the words of a trade's name, lower-case, matched at the start of a word.
BRAND_STEMS: dict[str, tuple[str, ...]] = {
    "pl": (
        "pożycz", "chwilów", "kasyn", "bukmacher", "loteri", "kupon", "rabaty", "nieruchomoś",
        "deweloper", "butik", "kosmety", "stomatolog", "dentyst", "suplement", "odchudz",
        "wycieczk", "kulinar", "zoologiczn", "meblo", "mebli", "rowery", "rowerow", "ślubn",
        "astrolog", "kryptowalut",
    ),
    "cs": (
        "půjčk", "kasin", "sázky", "sázko", "loteri", "eshop", "slevy", "slevo", "kupón", "realitn",
        "nemovitost", "butik", "kosmeti", "zubař", "stomatolog", "hubnut", "zájezd", "kuchař",
        "mazlíč", "nábyt", "autodíl", "pneumati", "svatb", "svateb", "kryptoměn",
    ),
    "sk": (
        "pôžičk", "kasín", "tipovan", "lotéri", "eshop", "predajň", "zľavy", "zľavo", "kupón",
        "realitn", "nehnuteľnost", "butik", "kozmeti", "zubár", "stomatológ", "chudnut", "zájazd",
        "kuchársk", "nábyt", "autodiel", "pneumatik", "svadb", "svadobn", "kryptomen",
    ),
    "sv": (
        "snabblån", "smslån", "privatlån", "kasino", "spelbolag", "vadslagn", "lotteri", "butik",
        "webbutik", "nätbutik", "kampanjkod", "mäklar", "tandläkar", "tandklinik", "skönhet",
        "kosmeti", "kosttillskott", "bantning", "resebyrå", "hotell", "matlagning", "matblogg",
        "husdjur", "möbler", "inredning", "bildelar", "bröllop", "astrolog", "kryptovalut",
    ),
    "da": (
        "kviklån", "forbrugslån", "kasino", "spillesid", "væddemål", "lotteri", "butik", "webshop",
        "netbutik", "ejendomsmægl", "tandlæge", "tandklinik", "skønhed", "kosmeti", "kosttilskud",
        "slankekur", "rejsebureau", "opskrift", "madblog", "kæledyr", "møbler", "indretning",
        "bildele", "bryllup", "astrolog", "kryptovalut",
    ),
    "nb": (
        "forbrukslån", "smålån", "kasino", "spillesid", "veddemål", "lotteri", "butikk",
        "nettbutikk", "eiendomsmegl", "megler", "tannlege", "tannklinikk", "skjønnhet", "kosmeti",
        "kosttilskudd", "slanking", "reisebyrå", "hotell", "oppskrift", "matblogg", "kjæledyr",
        "møbler", "interiør", "bildeler", "bryllup", "astrolog", "kryptovalut",
    ),
    "fi": (
        "pikavip", "pikalain", "kulutusluot", "kasino", "vedonly", "rahapel", "verkkokaup",
        "alennu", "kuponki", "alekoodi", "kiinteistönväli", "hammaslääkär", "hammasklinik",
        "kauneu", "kosmetiik", "ravintolisä", "laihdu", "matkatoimist", "hotelli", "lomamatk",
        "ruokablog", "leivon", "lemmikki", "huonekal", "sisustu", "autonosa", "hääpuk", "häämekk",
        "horoskoop", "kryptovaluut",
    ),
    "nl": (
        "geldlen", "minilen", "flitskred", "gokkast", "gokken", "weddenschap", "loterij",
        "webwinkel", "webshop", "kortings", "kortingen", "makelaar", "tandarts", "tandheelk",
        "schoonheid", "cosmetica", "supplementen", "afslank", "reisbureau", "huisdier", "meubel",
        "woonwinkel", "interieur", "bruidsjurk", "trouwjurk", "cryptomunt",
    ),
    "el": (
        "καζίνο", "στοιχηματ", "λοταρ", "λαχεί", "κατάστημ", "εκπτώσ", "κουπόνι", "ακίνητ", "μεσιτ",
        "οδοντίατρ", "καλλυντ", "ομορφιά", "συμπληρώματ", "δίαιτ", "ταξιδιωτικ", "ξενοδοχ",
        "συνταγές", "κατοικίδ", "έπιπλ", "ανταλλακτικ", "γαμήλι", "ωροσκόπ", "κρυπτονομίσμ",
    ),
    "ro": (
        "împrumut", "cazino", "pariu", "loteri", "cupoane", "imobiliar", "dentar", "stomatolog",
        "cosmetic", "frumuse", "slăbire", "excursi", "sejur", "rețet", "reţet", "mobilier", "nunta",
        "horoscop", "criptomoned", "îmbrăcăm",
    ),
    "hu": (
        "gyorskölcs", "kaszinó", "sportfogad", "fogadóiroda", "lottó", "webáruház", "áruház",
        "ingatlan", "fogorvos", "fogászat", "kozmetik", "szépség", "fogyókúr", "utazási",
        "szálloda", "receptek", "háziállat", "kisállat", "bútor", "autóalkatr", "esküvő",
        "horoszkóp", "kriptovalut", "állásajánl",
    ),
    "bg": (
        "казин", "залози", "лотари", "купон", "имоти", "недвижим", "зъболек", "дентал", "козмети",
        "красот", "отслабван", "туристическ", "рецепт", "мебел", "авточаст", "сватб", "хороскоп",
        "криптовалут",
    ),
    "uk": (
        "позик", "казин", "лотере", "знижк", "купон", "нерухом", "стоматолог", "косметик",
        "схуднен", "туристичн", "готел", "рецепт", "меблі", "автозапчаст", "весіл", "криптовалют",
    ),
    "ru": (
        "микрозайм", "казин", "лотере", "скидк", "купон", "недвижимост", "стоматолог", "косметик",
        "похуден", "турагент", "туроператор", "гостиниц", "рецепт", "питомц", "мебел",
        "автозапчаст", "свадеб", "астролог", "криптовалют", "ваканси",
    ),
    "sh": (
        "pozajmic", "kasin", "kladion", "lutrij", "prodavnic", "nekretnin", "stomatolog", "zubar",
        "kozmetik", "ljepot", "lepot", "dijeta", "smještaj", "recepte", "kuhar", "kuvar", "ljubimc",
        "namještaj", "nameštaj", "autodijel", "vjenčanj", "venčanj", "kriptovalut",
    ),
    "sl": (
        "igralnic", "stavnic", "loterij", "nepremičnin", "zobozdravn", "kozmetik", "lepot",
        "hujšanj", "recepte", "kuharsk", "kuhanj", "pohištv", "avtodel", "poroka", "kriptovalut",
    ),
    "tr": (
        "iddaa", "piyango", "mağaza", "indirimli", "emlak", "gayrimenkul", "dişçi", "kozmetik",
        "zayıfla", "oteller", "evcil", "gelinlik", "burçlar", "kripto", "butik",
    ),
    "ar": (
        "كازينو", "مراهن", "المراهن", "يانصيب", "اليانصيب", "المتجر", "التسوق", "خصومات", "كوبون",
        "عقارات", "العقارات", "أسنان", "الأسنان", "تجميل", "التجميل", "تخسيس", "فنادق", "وصفات",
        "المطبخ", "الأثاث", "الزفاف", "فوركس", "كريبتو", "وظائف",
    ),
    "he": (
        "קזינו", "הימור", "הלוואות", "חנויות", "קופון", "שיניים", "קוסמטיק", "דיאטה", "מלונות",
        "מתכונים", "רהיטים", "חתונה", "חתונות", "הורוסקופ", "קריפטו", "דרושים",
    ),
    "fa": (
        "کازینو", "شرط‌بندی", "شرطبندی", "فروشگاه", "املاک", "دندانپزشک", "دندان‌پزشک", "آرایشی",
        "زیبایی", "لاغری", "آشپزی", "مبلمان", "عروسی", "طالع‌بینی", "فارکس", "استخدام",
    ),
    "hi": (
        "कैसीनो", "सट्टा", "लॉटरी", "दुकान", "शॉपिंग", "प्रॉपर्टी", "डेंटल", "ब्यूटी", "सौंदर्य",
        "रेसिपी", "फर्नीचर", "राशिफल", "ज्योतिष", "नौकरी", "क्रिप्टो",
    ),
    "bn": (
        "ক্যাসিনো", "লটারি", "দোকান", "রেসিপি", "রান্না", "আসবাব", "রূপচর্চা", "রাশিফল", "চাকরি",
        "ডেন্টাল", "ক্রিপ্টো",
    ),
    "id": (
        "pinjam", "pinjol", "kasino", "judol", "taruhan", "lotere", "diskon", "properti",
        "kecantikan", "suplemen", "liburan", "kuliner", "masakan", "furnitur", "mebel", "sparepart",
        "lowongan", "pernikahan", "zodiak", "kripto",
    ),
    "ms": (
        "pinjaman", "kasino", "pertaruhan", "loteri", "kedai", "diskaun", "baucar", "hartanah",
        "pergigian", "kecantikan", "suplemen", "percutian", "resipi", "masakan", "perabot",
        "perkahwinan", "kripto",
    ),
    "tl": (
        "pautang", "sugal", "kasino", "loterya", "tindahan", "diskwento", "paupahan", "dentista",
        "kagandahan", "resipe", "lutuin", "muwebles", "horoskopo",
    ),
    # Inflected forms and compounds that the word lists of `trades.py` miss.
    "de": (
        "sofortkredit", "kleinkredit", "minikredit", "kreditvergleich", "spielbank", "lotterie",
        "lotto", "onlineshop", "rabattc", "schnäppchen", "makler", "immobilie", "zahnärzt",
        "zahnklinik", "kosmeti", "nahrungsergänz", "reisebüro", "kochrezept", "tierbedarf",
        "autoteile", "fahrräder", "hochzeits", "stellenangebot", "stellenmarkt", "kryptowähr",
    ),
    "fr": (
        "loterie", "pronostic", "boutiq", "immobilière", "orthodont", "cosmétiq", "minceur",
        "voyagiste", "culinaire", "animalerie", "meuble", "vélos", "astrolog", "cryptomonnai",
    ),
    "es": (
        "loterí", "tiendas", "inmobiliari", "dentista", "odontolog", "cosmétic", "adelgaz",
        "hoteles", "receta", "mascota", "mueble", "repuestos", "bodas", "nupcial", "empleos",
        "criptomoned",
    ),
    "it": (
        "casinò", "lotteri", "sconto", "immobiliar", "odontoiatr", "cosmetic", "dimagr",
        "integratori", "alberghi", "ricetta", "arredament", "ricambi", "nozze", "sposi", "oroscop",
        "criptovalut",
    ),
    "pt": (
        "cassino", "loteri", "lojas", "descontos", "cupom", "imobiliári", "imóveis", "odontolog",
        "cosmétic", "emagrec", "hotéis", "culinári", "mobília", "autopeças", "casament",
        "criptomoed",
    ),
}  # fmt: skip

# Brands of languages that write short words apart: phrases, lower-case, matched as whole words.
BRAND_PHRASES: dict[str, tuple[str, ...]] = {
    "vi": (
        "căn hộ", "nhà đất", "bất động sản", "mỹ phẩm", "thời trang", "nha khoa", "vay tiền",
        "cho vay", "khuyến mãi", "giảm giá", "mã giảm giá", "cửa hàng", "nội thất", "khách sạn",
        "đặt phòng", "món ngon", "nấu ăn", "thú cưng", "phụ tùng", "việc làm", "áo cưới",
        "cưới hỏi", "tử vi", "tiền ảo", "làm đẹp", "giảm cân", "thực phẩm chức năng", "lô đề",
    ),
    "id": (
        "toko online", "dokter gigi", "klinik gigi", "pinjaman online", "rumah dijual",
        "tiket pesawat", "hewan peliharaan", "resep masakan", "kode promo", "produk kecantikan",
    ),
    "ms": (
        "kedai online", "klinik gigi", "pinjaman peribadi", "rumah untuk dijual", "jawatan kosong",
        "resipi masakan", "haiwan peliharaan",
    ),
    "tl": ("bahay at lupa", "pautang online", "online shop"),
}  # fmt: skip

# Brands in scripts written without spaces (Chinese, Japanese, Korean, Thai): substrings matched
# anywhere in the brand, beside `trades.OFFWORLD_CJK` and `trades.NON_LICENSEE_CJK`.
BRAND_NOSPACE: dict[str, tuple[str, ...]] = {
    "ja": (
        "節約", "ポイ活", "格安", "不動産", "賃貸", "物件", "マンション", "歯科", "ショップ",
        "お得", "キャッシング", "コスメ", "クリニック", "脱毛", "エステ", "サプリ", "ダイエット",
        "ホテル", "グルメ", "家具", "インテリア", "カー用品", "自転車", "求人", "転職",
        "ウェディング", "結婚式", "占い", "星座", "仮想通貨", "パチンコ", "パチスロ", "競馬",
        "宝くじ",
    ),
    "ko": (
        "부동산", "분양", "치과", "성형", "피부과", "화장품", "다이어트", "여행사", "호텔", "요리",
        "반려동물", "반려견", "인테리어", "중고차", "자전거", "구인구직", "웨딩", "결혼식", "운세",
        "복권", "바카라", "슬롯", "할인", "특가", "가상화폐", "암호화폐",
    ),
    "zh": (
        "房产", "房產", "楼盘", "樓盤", "二手房", "租房", "装修", "家具", "牙科", "牙医", "牙醫",
        "网购", "網購", "折扣", "团购", "淘宝", "返利", "化妆品", "减肥", "減肥", "保健品", "酒店",
        "旅行社", "食谱", "婚庆", "婚纱", "婚紗", "星座", "算命", "招聘", "求职", "汽配", "借钱",
        "现金贷", "赌场", "賭場", "老虎机", "百家乐", "投注", "币圈", "虚拟币",
    ),
    "th": (
        "คาสิโน", "บาคาร่า", "สล็อต", "แทงบอล", "หวย", "เงินกู้", "อสังหา", "คอนโด", "ร้านค้า", "ช้อป",
        "ลดราคา", "โปรโมชั่น", "คูปอง", "ทันตกรรม", "เครื่องสำอาง", "ความงาม", "ลดน้ำหนัก",
        "อาหารเสริม", "โรงแรม", "สูตรอาหาร", "สัตว์เลี้ยง", "เฟอร์นิเจอร์", "อะไหล่", "หางาน",
        "งานแต่ง", "ดูดวง", "คริปโต",
    ),
}  # fmt: skip

# Site chrome: beginnings of the words of gambling, coupon-code, quick-money and shopping-cart
# menus, beside `trades.TRADE_STEMS`; not shop, deals, travel, property, jobs or recipes.
CHROME_STEMS: dict[str, tuple[str, ...]] = {
    "pl": ("ruletk",),
    "cs": ("kasin", "sázko", "rulet", "kupón", "půjčk", "košík"),
    "sk": ("kasín", "tipovan", "rulet", "kupón", "pôžičk", "košík"),
    "sv": (
        "snabblån", "smslån", "varukorg", "frisnurr", "spelbolag",
        "roulett",
    ),
    "da": ("kviklån", "indkøbskurv", "væddemål", "spilleside", "roulet"),
    "nb": (
        "forbrukslån", "smålån", "handlekurv", "spillesid", "roulett", "gratisspinn",
    ),
    "fi": (
        "pikavip", "pikalain", "ostoskor", "kassalle", "vedonly",
        "ilmaiskierr", "ruletti", "talletusbon",
    ),
    "nl": (
        "gokkast", "winkelwagen", "winkelmand", "flitskred", "minilen",
        "weddenschap",
    ),
    "el": ("καζίνο", "στοιχηματ", "ρουλέτα", "μπόνους"),
    "ro": ("cazino", "pariuri", "ruleta"),
    "hu": ("kaszinó", "sportfogad", "fogadóiroda", "kosárba", "rulett", "pörgetés", "gyorskölcs"),
    "bg": ("казин", "залози", "рулетк", "количк"),
    "uk": ("казин", "рулетк", "позик", "фриспін"),
    "ru": ("фриспин", "рулетк", "микрозайм"),
    "sh": ("kasin", "kladion", "rulet", "košaric"),
    "sl": ("igralnic", "stavnic", "rulet", "košaric"),
    "tr": ("iddaa", "rulet", "çevrimsiz"),
    "ar": ("كازينو", "مراهن", "روليت"),
    "he": ("קזינו", "הימור", "רולטה"),
    "fa": ("کازینو", "شرط‌بندی", "شرطبندی"),
    "hi": ("कैसीनो", "सट्टा"),
    "bn": ("ক্যাসিনো",),
    "id": ("judol", "taruhan", "pinjol", "maxwin"),
    "ms": ("pertaruhan",),
    "tl": ("sugal",),
    "de": (
        "spielautomat", "sofortkredit", "kleinkredit", "wettbonus", "buchmacher",
        "roulett",
    ),
    "es": ("ruleta", "tragaperras", "minicrédit"),
    "it": ("casinò",),
    "pt": ("cassino", "roleta"),
}  # fmt: skip

# Site chrome: phrases of shop, coupon and casino menus, lower-case, beside
# `trades.TRADE_PHRASES`.
CHROME_PHRASES: tuple[str, ...] = (
    # en
    "free spins", "no deposit bonus", "proceed to checkout",
    "add to basket", "add to bag",
    # de
    "in den warenkorb", "kostenloser versand", "gratis versand", "zur kasse",
    # fr
    "ajouter au panier", "tours gratuits", "frais de port offerts",
    # es, pt
    "añadir al carrito", "agregar al carrito", "envío gratuito",
    "giros gratis", "tiradas gratis", "casa de apuestas", "finalizar compra",
    "adicionar ao carrinho", "frete grátis", "envio grátis", "rodadas grátis",
    "casa de apostas",
    # it
    "aggiungi al carrello", "giri gratis",
    "spedizione gratis", "bonus senza deposito",
    # nl
    "in winkelwagen", "toevoegen aan winkelwagen", "gratis verzending", "gratis spins",
    # pl
    "do koszyka", "darmowe spiny", "bonus bez depozytu",
    "darmowa wysyłka",
    # cs, sk
    "do košíku", "doprava zdarma", "do košíka", "doprava zadarmo",
    # sv, da, nb
    "lägg i varukorgen", "fri frakt", "gratis frakt", "till kassan", "læg i kurv", "fri fragt",
    "gratis fragt", "legg i handlekurven",
    # fi
    "lisää ostoskoriin", "ilmainen toimitus", "maksuton toimitus",
    # ro
    "adaugă în coș", "adauga in cos", "livrare gratuită", "transport gratuit",
    "rotiri gratuite", "credite rapide",
    # hu
    "kosárba teszem", "ingyenes szállítás", "ingyenes pörgetés",
    # el
    "προσθήκη στο καλάθι", "δωρεάν αποστολή", "δωρεάν μεταφορικά",
    "δωρεάν περιστροφές",
    # bg, uk, ru
    "добави в количката", "безплатна доставка", "бързи кредити", "додати в кошик",
    "безкоштовна доставка", "в корзину", "добавить в корзину", "оформить заказ",
    "бесплатная доставка", "бесплатные вращения", "без депозита", "займы онлайн",
    # sh, sl
    "dodaj u košaricu", "dodaj u korpu", "besplatna dostava", "besplatni okreti",
    "dodaj v košarico", "brezplačna dostava", "brezplačna poštnina",
    # tr
    "sepete ekle", "kargo bedava", "deneme bonusu",
    # ar, he, fa
    "أضف إلى السلة", "أضف للسلة", "شحن مجاني", "הוסף לסל",
    "הוספה לסל", "משלוח חינם", "افزودن به سبد خرید", "ارسال رایگان",

    # hi, bn
    "कार्ट में जोड़ें", "मुफ्त डिलीवरी", "কার্টে যোগ করুন",
    # vi, id, ms, tl
    "thêm vào giỏ", "miễn phí vận chuyển", "vay nhanh",
    "tambah ke keranjang", "masukkan keranjang", "gratis ongkir", "putaran gratis",
    "pinjaman online", "tambah ke troli", "penghantaran percuma",
    "idagdag sa cart", "libreng shipping", "libreng padala",
    # th, ja, ko, zh (no spaces)
    "เพิ่มลงตะกร้า", "ส่งฟรี", "ฟรีสปิน", "送料無料", "무료배송",
    "무료 스핀", "包邮", "免运费", "免運費", "免费旋转", "加入購物車",
)  # fmt: skip
