"""Filler-vertical links: horoscopes, lottery numbers, gold prices, quick loans, betting tips...

Farm pages surround a copied story with links into the verticals that harvest search traffic in
every language: horoscopes, lottery results, gold/currency price today, quick loans, betting
odds, dream meanings, exam results and benefit look-ups, game redeem codes, free films and live
streams. They sit in "Related" / "Most read" blocks and in in-body inserts ("Baca Juga: ...",
"اقرأ أيضاً: ...", "SOMA PIA: ..."). A link counts when its text or its URL slug falls in a
vertical of the small multilingual lexicon below; the site's menu (short items) and links in the
story's own vertical (a horoscope page's horoscope links) do not count.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from detector.features import _filler_kinds
from detector.features._filler_lexicon import MORE, merge
from detector.page import Page
from detector.parsing import patterns as P
from detector.parsing.common import UNSPACED_LETTER, reads_as_headline
from detector.parsing.label_blocks import AD_LABEL, strip_date_tail

# One row per language: "xx: phrase; phrase". ASCII phrases are matched word by word on text
# folded to ASCII (accents dropped, so "horóscopo" and the slug "horoscopo" read alike); a word
# ending in "*" matches as a prefix. Other phrases (Cyrillic, Arabic, Devanagari, Thai, CJK,
# Hangul) are matched as substrings. Phrases are the filler kind of the thing ("gold price",
# "quick loan"), not the bare word ("gold", "loan"), which hard news uses too.
LEXICON: dict[str, str] = {
    "horoscope": """
        en: horoscop*; zodi*; star sign*; tarot; astrolog*
        es: signos del zodiaco; tu signo; horoscopo de hoy
        de: horoskop*; sternzeichen*; mondkalender*
        it: oroscop*
        id: ramalan bintang; ramalan shio; shio
        vi: tu vi; cung hoang dao; con giap
        sw: utabiri wa nyota; nyota yako; nyota zako
        tr: burc*; burclar*; ay takvimi
        fr: signes du zodiaque; signes astrologiques; calendrier lunaire
        pl: znak* zodiaku; kalendarz ksiezycowy
        slug: rashifal; abraj; xingzuo; yunshi; unse; uranai
        ru: гороскоп; знак зодиака; знаков зодиака; лунный календарь; лунному календарю; знаки зодиака; місячний календар; знаків зодіаку; знаки зодіаку
        ar: الأبراج; الابراج; حظك اليوم; توقعات الأبراج; لمواليد برج
        hi: राशिफल; राशि वालों; राशियों
        th: ดูดวง; ดวงรายสัปดาห์; ดวงรายวัน; 12 ราศี; ราศีใด
        ko: 운세; 별자리; 띠별
        zh: 星座; 运势; 運勢; 生肖; 属龙; 属虎; 属鼠; 属蛇; 属马; 属羊; 属猴; 属鸡; 属狗; 属猪; 属牛; 属兔
        ja: 占い; 星座ランキング
        lunar calendar: lunar calendar; moon calendar; calendario lunar; calendario lunare; lich am; lich van nien; am lich; kalender jawa; weton; calendar lunar; kalendarz ksiezycowy; mondkalender*; ay takvimi; kalenda ya mwezi; 黄历; 老黄历; 万年历; 農民曆; 六曜; 음력 달력; 오늘의 운세; ปฏิทินจันทรคติ; पंचांग; التقويم الهجري اليوم; лунный календарь; місячний календар
    """,
    "lottery": """
        en: lottery*; lotto*; powerball; mega millions; euromillions; eurojackpot; lucky number*
        es: loteria*; quiniela*; bonoloto; numeros de la suerte
        pt: mega sena; megasena; lotofacil; lotomania; numeros da sorte; resultado da quina; resultado da mega; jogo do bicho
        fr: loto; loterie*; numeros gagnants
        de: gewinnzahlen
        it: superenalotto; 10elotto
        id: togel; lotre
        vi: xo so; kqxs; xsmb; xsmn; soi cau
        ro: numere norocoase
        sw: bahati nasibu
        tr: piyango*; sayisal loto; sans topu
        pl: lotek; wyniki lotto
        slug: lek ded; huay; lottery sambad
        ru: лотере; русское лото; результаты тиража
        ar: يانصيب; اليانصيب; ورقة اليانصيب
        hi: लॉटरी; लाटरी
        th: เลขเด็ด; หวย; สลากกินแบ่ง; ตรวจหวย
        ko: 로또; 복권; 당첨번호
        zh: 彩票; 双色球; 大乐透; 六合彩; 大樂透; 威力彩; 今彩539
        ja: 宝くじ; ロト6; ロト7; 当選番号
    """,
    "prices": """
        en: gold price*; gold rate*; price of gold; dollar rate*; dollar today; exchange rate* today; petrol price* today; fuel price* today; dollar to naira; dollar price today
        es: precio del oro; precio del dolar; dolar hoy; dolar blue; tipo de cambio hoy; dolar oficial hoy; cotizacion del dolar; precio del euro
        pt: preco do ouro; cotacao do dolar; dolar hoje
        fr: prix de l or; cours de l or; cours du dollar; cours de l euro; taux de change du jour
        de: goldpreis*; dollarkurs*; euro kurs aktuell; wechselkurs* heute
        it: prezzo dell oro; prezzo oro; quotazione dell oro; cambio euro dollaro; quotazione del dollaro
        id: harga emas; emas antam; kurs dollar hari ini; kurs rupiah hari ini; kurs dolar hari ini
        vi: gia vang; ty gia; gia xang
        ro: pretul aurului; curs valutar; cursul euro
        sw: bei ya dhahabu; bei ya dola; kiwango cha kubadilisha
        tr: altin fiyat*; gram altin; ceyrek altin; dolar kuru; euro kuru; doviz kur*; dolar ne kadar; euro ne kadar; altin ne kadar; dolar kac tl
        pl: cena zlota; kurs dolara; kursy walut; kurs euro; kurs franka
        ru: курс доллара; цена золота; курс валют; курс евро; курс рубля; курс долара; курс гривні; курс гривны; ціна золота
        ar: سعر الذهب; أسعار الذهب; اسعار الذهب; سعر الدولار; أسعار العملات; سعر الجنيه
        hi: सोने का भाव; सोने का रेट; सोने-चांदी; पेट्रोल-डीजल के दाम; गोल्ड रेट
        th: ราคาทอง
        ko: 금값; 금시세; 금 시세
        zh: 金价; 金價; 黄金价格
        ja: 金価格; 金相場
        fuel en: petrol price* today; diesel price* today; gas prices today; petrol and diesel price*
        fuel es: precio de la gasolina; precio del combustible; precio de la nafta; precios de la gasolina
        fuel pt: preco da gasolina; preco do diesel; preco do combustivel; precos dos combustiveis
        fuel fr: prix de l essence; prix des carburants; prix du gazole; prix du carburant
        fuel de: spritpreis*; benzinpreis*; dieselpreis*
        fuel it: prezzo della benzina; prezzi dei carburanti; prezzi carburanti; prezzo del gasolio
        fuel id: harga bbm; harga pertalite; harga pertamax; harga bensin; harga solar
        fuel vi: gia xang dau; gia dau hom nay
        fuel ro: pretul carburantilor; pret benzina; preturi carburanti; pretul benzinei
        fuel sw: bei ya mafuta; bei mpya za mafuta; bei za mafuta
        fuel tr: akaryakit fiyat*; benzin fiyat*; motorin fiyat*; akaryakita zam; benzine zam; motorine zam; lpg fiyat*
        fuel pl: ceny paliw; cena benzyny; ceny benzyny; cena paliwa
        fuel ru: цены на бензин; цена бензина; цены на топливо; ціни на пальне; ціни на бензин; ціна бензину
        fuel ar: سعر البنزين; أسعار البنزين; اسعار البنزين; أسعار الوقود; اسعار الوقود
        fuel hi: पेट्रोल डीजल; पेट्रोल-डीजल; डीजल के दाम; पेट्रोल के दाम
        fuel th: ราคาน้ำมันวันนี้; ราคาน้ำมัน
        fuel ko: 기름값; 휘발유 가격; 오늘 유가; 유가 전망
        fuel zh: 油价; 汽油价格; 油價
        fuel ja: ガソリン価格; ガソリン代
        fx: 환율 전망; 오늘 환율; 원달러 환율; 今日汇率; 人民币汇率; 為替レート; डॉलर का भाव; อัตราแลกเปลี่ยนวันนี้; курс гривны к; obmennyy kurs
    """,
    "loans": """
        en: quick loan*; instant loan*; payday loan*; personal loan*; online loan*; loan app*; best credit card*; credit card* for; car insurance quote*; cheap insurance; best loan*; loan* without
        es: prestamo* rapido*; prestamo* personal*; prestamo* online; prestamo* sin; credito* rapido*; credito* online; mejores tarjetas de credito; tarjeta* de credito sin
        pt: emprestimo consignado; emprestimo pessoal; emprestimo online; credito pessoal; melhores cartoes de credito; cartao de credito sem anuidade; emprestimo para negativado*
        fr: credit rapide; pret personnel; pret rapide; rachat de credit*; credit conso*; meilleures cartes de credit; meilleure carte de credit; carte de credit gratuite
        de: kredit ohne schufa; sofortkredit*; schnellkredit*; kreditvergleich*; ratenkredit*; besten kreditkarten; kreditkarte* im vergleich; kreditkarte* ohne
        it: prestiti personali; prestito personale; prestiti online; cessione del quinto; migliori carte di credito; carta di credito senza
        id: pinjaman online; pinjol; pinjaman tanpa; kredit tanpa agunan; limit pinjaman; kartu kredit terbaik; pinjaman cepat cair
        vi: vay tien; vay nhanh; vay online; vay tin chap
        ro: credite rapide; credit rapid; imprumut rapid; imprumut online; imprumut fara; imprumuturi rapide; credit nebancar; asigurare rca; rca ieftin*
        sw: mkopo; mikopo; mkopo wa haraka; mikopo ya haraka
        tr: ihtiyac kredisi; hizli kredi; kredi faiz*; kredi karti basvuru*; en iyi kredi kart*; konut kredisi faiz*
        pl: chwilowk*; pozyczk*; kredyt gotowkowy; kredyt bez bik; kredyt hipoteczny bez wkladu; najlepsze karty kredytowe; karta kredytowa bez; ranking kredyt*
        ru: микрозайм; займы; займ онлайн; кредит наличными; кредитные карты; лучшие кредитные карты; кредит без справок; кредитна картка; кредит без довідок
        ar: قرض شخصي; تمويل شخصي; قروض شخصية; بطاقة ائتمان
        hi: पर्सनल लोन; इंस्टेंट लोन; लोन ऐप; लोन कैसे
        th: สินเชื่อ; เงินด่วน; กู้เงิน
        ko: 비상금대출; 소액대출; 무직자 대출; 대출 조건; 대출 한도
        zh: 网贷; 小额贷款; 借钱; 網貸; 借錢
        ja: カードローン; キャッシング; 即日融資
        insurance: cheap car insurance; car insurance for; tanie oc; ubezpieczenie oc; kalkulator oc; porownanie oc; kfz versicherung* vergleich; gunstige kfz*; assurance auto pas cher; comparateur assurance*; seguro de coche barato; seguro de auto barato; comparador de seguros; seguro auto barato; simulador de seguro; assicurazione auto economica; preventivo assicurazione; kasko fiyat*; trafik sigortasi fiyat*; asuransi mobil terbaik; rca online; осаго онлайн; калькулятор осаго; автоцивілка онлайн; 자동차보험 비교; 车险报价; 自動車保険 比較
    """,
    "betting": """
        en: betting tip*; betting site*; betting app*; betting odds; sports betting; bookmaker*; sportsbook*; best odds; bet tips; online casino*; casino online; slot online; bet365; 1xbet; betway; betika; sportybet; sportpesa; betano; bet9ja; dream11; slot tips; aviator game; aviator predictor; crash game*
        es: apuestas deportivas; casa* de apuestas; pronosticos deportivos; casino* en linea; tragamonedas; fortune tiger
        pt: apostas esportivas; casa* de apostas; palpite*; fortune tiger; horarios pagantes; jogo do tigrinho; sites de apostas; como jogar aviator; cassino online
        fr: paris sportifs; pronostics foot*
        de: sportwette*; wett tipp*; wetttipp*; buchmacher*; wettquote*
        it: scommess*
        id: taruhan; judi; judol; judi online; situs judi; slot gacor; situs slot; pola gacor; jam gacor; rtp slot; rtp live
        vi: ca cuoc; soi keo; nhan dinh keo; ty le keo; nha cai
        ro: pariuri; ponturi; cote pariuri
        sw: bashiri; kubashiri; ubashiri; odds bora; odds leo
        tr: iddaa; bahis*; slot siteleri; canli casino
        pl: bukmacher*; kasyno online; zaklady bukmacherskie
        ru: ставки на спорт; букмекер; онлайн казино
        ar: المراهنات; مراهنات; كازينو
        hi: सट्टा; बेटिंग
        th: แทงบอล; บาคาร่า; สล็อต; ทีเด็ดบอล; คาสิโน
        ko: 토토사이트; 스포츠토토; 카지노; 베팅
        zh: 博彩; 投注; 赌场; 足彩; 賭場
        ja: ブックメーカー; オンラインカジノ
        casino: kasyn* online; najlepsze kasyna; ranking kasyn; online kasino*; casino siteleri; kasino online; casino truc tuyen; casinos en ligne; casino en ligne; казино онлайн; лучшие казино; онлайн-казино; кращі казино
    """,
    "dreams": """
        en: dream meaning*; dreams meaning*; meaning of dream*; dream interpretation*; mean when you dream; means to dream
        es: significado de sonar; significa sonar; interpretacion de los suenos
        pt: significado de sonhar; significa sonhar
        fr: rever de; signification des reves; interpretation des reves
        de: traumdeutung*; traum deutung
        it: significato dei sogni; significa sognare
        id: arti mimpi; tafsir mimpi; primbon
        vi: nam mo; mo thay; giai mong
        ro: visezi; talcul vis*; semnificatia vis*
        sw: maana ya ndoto
        tr: ruyada*; ruya tabir*
        pl: sennik*
        ru: сонник; к чему снится
        ar: تفسير حلم; تفسير الأحلام; تفسير رؤية; في المنام
        hi: सपने में; स्वप्न शास्त्र
        th: ทำนายฝัน; ฝันเห็น; ฝันว่า
        ko: 해몽
        zh: 梦见; 夢見; 解梦; 解夢; 周公解梦
        ja: 夢占い; 夢診断
    """,
    "lookups": """
        en: sarkari; yojana; ration card*; pm kisan; check status; status check
        es: becas benito juarez; como consultar; consulta tu
        pt: como consultar; como sacar; calendario do bolsa familia; saque do fgts
        id: cara cek; cara daftar; cek penerima; bansos; pencairan pkh; jadwal pencairan; prakerja; link pendaftaran
        vi: tra cuu
        sw: jinsi ya kuomba
        tr: basvuru nasil
        ru: как проверить
        ar: رابط الاستعلام; الاستعلام عن; رابط التسجيل; حساب المواطن; موعد صرف
        hi: किस्त; ऐसे चेक करें; लिस्ट जारी; सरकारी योजना
        th: เช็คสิทธิ์; ตรวจสอบสิทธิ์; บัตรสวัสดิการ; บัตรคนจน
        ko: 신청방법; 신청 방법; 수급자격; 지원 대상 조회; 대상 조회; 환급 신청
        zh: 補貼; 补贴标准; 领取条件; 一文看懂
        ja: 申請方法
        pensions en: stimulus check*; social security payment*; ssi payment*; sassa grant*; state pension increase; pension payment date*; dwp payment*; universal credit payment*; cost of living payment*
        pensions es: calendario de pagos; fecha de cobro; cuando cobran; bono para jubilados; aumento para jubilados; aguinaldo para jubilados
        pensions pt: calendario do inss; pagamento do inss; beneficio do inss; cpf com final; cpf final; saque extra; aposentados do inss; 13 do inss
        pensions fr: date de versement; versement des retraites; revalorisation des pensions; prime de noel; prime d activite
        pensions de: rentenerhohung*; rentenanpassung*; auszahlungstermin*; rente auszahlung; burgergeld erhohung
        pensions it: aumento pensioni; pagamento pensioni; cedolino pensione; assegno unico; bonus bollette
        pensions id: gaji ke 13; kenaikan gaji pensiun; pencairan blt; blt dana desa; jadwal pencairan; gaji pensiunan
        pensions vi: luong huu; tang luong huu; tro cap that nghiep
        pensions ro: plata pensiilor; cresterea pensiilor; recalcularea pensiilor; indexarea pensiilor
        pensions sw: mafao ya wastaafu; pensheni ya wazee
        pensions tr: bayram ikramiye*; emekli maas*; emekliye zam; emekli zam*; memur maas zam*; asgari ucret zam*
        pensions pl: waloryzacja emerytur*; wyplata emerytur*; wyplata 800; 13 emerytur*; 14 emerytur*; trzynasta emerytura; czternasta emerytura
        pensions ru: пенсионерам; прибавка к пенсии; индексация пенсий; выплаты пенсионерам; пенсіонерам; підвищення пенсій; індексація пенсій; пенсії в
        pensions ar: زيادة المعاشات; صرف المعاشات; معاشات شهر; صرف معاش
        pensions hi: पेंशन बढ़ोतरी; महंगाई भत्ता; डीए बढ़ोतरी
        pensions th: เบี้ยผู้สูงอายุ; เงินบำนาญ; เงินเข้าวันไหน
        pensions ko: 기초연금; 연금 수령; 지원금 신청
        pensions zh: 养老金调整; 养老金上涨; 养老金发放; 养老金最新; 退休金上涨; 退休金调整
        pensions ja: 年金支給日; 給付金 いつ
    """,
    "codes": """
        en: redeem code*; gift code*; giftcode*; promo code*; free diamond*; mod apk; apk download; free fire; robux; cheat code*; free spins
        es: codigos de free; diamantes gratis; codigo* canjeable*
        pt: codigos do free; codiguin*; diamantes gratis; codigo* de resgate
        fr: code promo*
        it: codice sconto; codici sconto
        id: kode redeem; kode promo; diamond gratis; cheat ff
        vi: nhap code; code game
        ro: cod promotional; coduri promotionale
        tr: promosyon kodu; bedava elmas
        pl: kod promocyjny; kody promocyjne
        ru: промокод
        ar: أكواد فري فاير; كود خصم; شحن جواهر
        hi: रिडीम कोड
        th: แจกโค้ด; โค้ดฟีฟาย
        ko: 쿠폰 코드; 쿠폰번호; 기프트코드
        zh: 兑换码; 礼包码; 兌換碼; 禮包碼
        ja: ギフトコード; シリアルコード
    """,
    "streaming": """
        en: watch online free; watch free; free movie*; full movie*; live stream free; download movie*; 123movies; movierulz; filmyzilla
        es: online gratis; en vivo gratis; pelicula* completa*; peliculas gratis
        pt: assistir online gratis; assistir gratis; filme completo; ao vivo gratis; filmes online gratis; assistir filme*
        fr: streaming gratuit; film complet; regarder gratuitement
        de: kostenlos streamen; ganzer film; stream kostenlos
        it: streaming gratis; film completo
        id: nonton film; nonton gratis; link nonton; download film; lk21; rebahin; sub indo; link download; nonton streaming; film terbaru sub
        vi: xem phim; link xem
        ro: filme online; online subtitrat; vezi online gratis
        sw: tazama bure; live bure
        tr: canli izle; full izle; film izle; mac izle
        pl: ogladaj online; caly film; za darmo online
        ru: смотреть онлайн; онлайн бесплатно; смотреть бесплатно; фильмы онлайн; дивитися онлайн
        ar: مشاهدة مباراة; بدون تقطيع; يلا شوت; مشاهدة فيلم; مشاهدة مسلسل
        hi: फुल मूवी; मूवी डाउनलोड; फ्री में देखें
        th: ดูหนังออนไลน์; ดูบอลสด; ดูหนังฟรี
        ko: 무료보기; 다시보기 무료; 무료 시청
        zh: 免费观看; 在线观看; 免費觀看; 線上看; 线上看
        ja: 無料視聴; 無料で見る
    """,
}

# Labels of in-body inserts and list headings that `patterns.LINK_BLOCK_HEADING` lacks: Thai,
# Swahili ("ANGALIA PIA", "Machapisho Maarufu"), Indonesian, Italian and Spanish variants,
# Ukrainian, Romanian, Turkish, Japanese/Korean extras, related-search boxes of parked pages,
# and previous/next-post links.
_MORE_LABELS = re.compile(
    r"^\W{0,3}(อ่าน(ข่าว)?(ที่เกี่ยวข้อง|เพิ่มเติม|ต่อ)|ข่าว(ที่เกี่ยวข้อง|น่าสนใจ|ล่าสุด)|บทความที่เกี่ยวข้อง|"
    r"(soma|angalia|tazama) (pia|zaidi)|habari (zaidi|zinazohusiana)|machapisho (maarufu|mapya)|"
    r"lihat juga|artikel menarik lainnya|potrebbe interessarti anche|(también|tambien) te puede "
    r"interesar|популярне|популярні (новини|статті)|найпопулярніше|вам також буде цікаво|"
    r"citește și|citeste si|vezi și|vezi si|"
    r"ți-ar putea plăcea( și)?|ayrıca oku\w*|ilgili haber\w*|ilginizi çekebilir|"
    r"関連記事|合わせて読みたい|관련 ?기사|함께 보면 좋은 글|같이 보면 좋은 글|"
    r"related searches|căutări (asociate|similare)|linkuri sponsorizate|búsquedas relacionadas|"
    r"pesquisas relacionadas|recherches associées|pencarian terkait|"
    r"previous (post|article)|next (post|article)|上一篇|下一篇|前の記事|次の記事|이전 ?글|다음 ?글|"
    r"bài (trước|sau|tiếp theo)|artikel (sebelumnya|selanjutnya)|artículo (anterior|siguiente)|"
    r"(post|artigo) anterior|próximo (post|artigo)|article (précédent|suivant)|"
    r"(vorheriger|nächster) (artikel|beitrag)|articolo (precedente|successivo)|"
    r"(önceki|sonraki) haber|(poprzedni|następny) artykuł|(предыдущая|следующая) статья|"
    r"المقال (السابق|التالي)|(पिछला|अगला) लेख|ये भी पढ़ें|यह भी पढ़े)\W{0,3}$",
    re.IGNORECASE,
)
# Where a "LABEL: headline" insert splits: a colon (also full-width), », ›, | or a spaced dash.
_LABEL_END = re.compile(r"[:：»›|]| [-–—>]+ ")
_LABEL_MAX = 50  # characters: "Artikel yang mungkin Anda sukai" fits, a sentence does not
_ITEM_MAX = 160  # characters of a listed headline (longer lines are prose)
_FOLD = str.maketrans(
    {"đ": "d", "ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "'": " ", "’": " "}
)
_WORD = re.compile(r"[a-z0-9]+")
_KEY = 3  # phrases are looked up by the first 3 letters of a word (every stem has 3 or more)
_MAX_FIRST_WORDS = 200_000  # words whose opening phrases are kept (a few MB at most)
_HREF_PATH = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*", re.IGNORECASE)
_SLUG_BREAKS = re.compile(r"[-_/.+=%,]+")
_BULLETS = "-–•*·▪► \t"


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[str, ...]
    prefix: tuple[bool, ...]  # word i matches any word it opens
    vertical: str


@dataclass(frozen=True, slots=True)
class _Index:
    by_key: dict[str, list[_Phrase]]  # ASCII phrases by the first 3 letters of their first word
    substrings: dict[int, list[tuple[str, str]]]  # (term, vertical) by the term's first char >> 8
    by_first: dict[str, tuple[_Phrase, ...]]  # a word -> the phrases it opens (`_opening`)


def _rows(lexicon: dict[str, str]) -> Iterator[tuple[str, str]]:
    for vertical, table in lexicon.items():
        for row in table.strip().splitlines():
            _, _, phrases = row.partition(":")
            for phrase in phrases.split(";"):
                if phrase.strip():
                    yield vertical, phrase.strip().lower()


def build_index(lexicon: dict[str, str]) -> _Index:
    """Index the lexicon's phrases for `match`: ASCII ones by first word, others by script."""
    by_key: dict[str, list[_Phrase]] = {}
    subs: dict[int, list[tuple[str, str]]] = {}
    for vertical, phrase in _rows(lexicon):
        if not phrase.isascii():
            subs.setdefault(ord(phrase[0]) >> 8, []).append((phrase, vertical))
            continue
        words = tuple(w.rstrip("*") for w in phrase.split())
        entry = _Phrase(words, tuple(w.endswith("*") for w in phrase.split()), vertical)
        by_key.setdefault(words[0][:_KEY], []).append(entry)
    return _Index(by_key, subs, {})


_INDEX = build_index(merge(LEXICON, MORE))


def fold(text: str) -> str:
    """Lower-case ASCII of `text`: accents dropped ("horóscopo" -> "horoscopo"), other scripts gone."""
    low = text.lower().translate(_FOLD)
    if low.isascii():  # NFKD and the ASCII encoding keep ASCII text as it is
        return low
    return unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()


def _phrase_at(words: list[str], i: int, phrase: _Phrase) -> bool:
    if i + len(phrase.words) > len(words):
        return False
    for k, (w, pre) in enumerate(zip(phrase.words, phrase.prefix, strict=True)):
        got = words[i + k]
        if not (got.startswith(w) if pre else got == w):
            return False
    return True


def _opening(index: _Index, word: str) -> tuple[_Phrase, ...]:
    """The phrases of `index` whose first word `word` matches, in lexicon order (memoised: a
    page's words come back on the next pages, and most open no phrase)."""
    found = index.by_first.get(word)
    if found is None:
        found = tuple(
            phrase
            for phrase in index.by_key.get(word[:_KEY], ())
            if (word.startswith(phrase.words[0]) if phrase.prefix[0] else word == phrase.words[0])
        )
        if len(index.by_first) < _MAX_FIRST_WORDS:
            index.by_first[word] = found
    return found


def _word_match(words: list[str], index: _Index, skip: Collection[str]) -> tuple[str, str] | None:
    for i, word in enumerate(words):
        for phrase in _opening(index, word):
            if phrase.vertical not in skip and _phrase_at(words, i, phrase):
                return phrase.vertical, " ".join(phrase.words)
    return None


def match(text: str, index: _Index = _INDEX, skip: Collection[str] = ()) -> tuple[str, str] | None:
    """The (vertical, term) of the first lexicon phrase in `text` of a vertical not in `skip`."""
    return _match(text, fold(text), index, skip)


def _match(text: str, folded: str, index: _Index, skip: Collection[str]) -> tuple[str, str] | None:
    """`match` given `folded`, the `fold` of `text`."""
    found = _word_match(_WORD.findall(folded), index, skip)
    if found or text.isascii():
        return found
    low = text.lower()
    # The distinct characters first (in C, in text order: the blocks' set is built alike).
    for block in {ord(c) >> 8 for c in dict.fromkeys(low) if c > "\u02ff"}:
        for term, vertical in index.substrings.get(block, ()):
            if term in low and vertical not in skip:
                return vertical, term
    return None


def match_any(text: str, skip: Collection[str] = ()) -> tuple[str, str] | None:
    """`match`, then the filler templates of `_filler_kinds` ("pension" + "when", "price" +
    "today"): a headline of the kind that no lexicon phrase names."""
    folded = fold(text)  # once for both
    return _match(text, folded, _INDEX, skip) or _filler_kinds.match(folded, text.lower(), skip)


def slug_text(href: str) -> str:
    """The path of `href` as words: "/doi-song/tu-vi-hom-nay-8-10/" -> "doi song tu vi hom nay 8 10"."""
    path = _HREF_PATH.sub("", href, count=1).split("?", 1)[0].split("#", 1)[0]
    if "%" in path:
        path = unquote(path)
    return _SLUG_BREAKS.sub(" ", path).strip()


@functools.lru_cache(maxsize=4096)  # a site repeats its menus and labels on every page
def is_label(text: str) -> bool:
    """Whether `text` is a link-list label: "Read also", "Baca Juga", "اقرأ أيضاً", "SOMA PIA"."""
    text = text.strip()
    # Labels have 1-6 words ("Das könnte Sie auch interessieren"): a cheap test before two regexes.
    return (
        2 <= len(text) <= _LABEL_MAX
        and text.count(" ") <= 6
        and (P.is_link_block_heading(text) or _MORE_LABELS.match(text) is not None)
    )


def _headline_like(text: str) -> bool:
    # Menu items have 1-2 words ("Horóscopo", "Lotto Results", "حظك اليوم"); headlines have 3+,
    # or 6+ characters of a script written without spaces (Thai, Chinese, Japanese).
    if len(text) > _ITEM_MAX:
        return False
    # Stripping can only remove spaces: fewer than two before it means fewer than two after, and
    # ASCII text has no unspaced-script letters, so most lines skip the strip and the regex.
    if text.count(" ") >= 2 and text.strip().count(" ") >= 2:
        return True
    return not text.isascii() and len(UNSPACED_LETTER.findall(text)) >= 6


def inserts(lines: Sequence[str], max_items: int = 8) -> list[tuple[str, str]]:
    """(label, headline) of "LABEL: headline" lines, and of lines listed under a label alone."""
    found: list[tuple[str, str]] = []
    last = len(lines) - 1
    search = _LABEL_END.search
    for i, line in enumerate(lines):
        # Length gates first: most lines are menu items or prose, and the label test is dear.
        size = len(line)
        if not 2 <= size <= 350:
            continue
        cut = search(line, 0, _LABEL_MAX + 3)
        if cut is None:
            # A bare label heads two headlines (a short line before one headline is most
            # often a menu item or a section name).
            if size > _LABEL_MAX or i + 2 > last or len(lines[i + 1]) < 6:
                continue
            if not (_headline_like(lines[i + 1]) and _headline_like(lines[i + 2])):
                continue
            label = line
        else:
            rest = line[cut.end() :].strip()
            label = line[: cut.start()]
            if rest:
                if len(rest) >= 6 and _headline_like(rest) and is_label(label):
                    found.append((label.strip(), rest))
                continue
            # "Label:" alone heads one headline.
            if size > _LABEL_MAX or i + 1 > last or len(lines[i + 1]) < 6:
                continue
            if not _headline_like(lines[i + 1]):
                continue
        if not is_label(label):
            continue
        for item in lines[i + 1 : i + 1 + max_items]:
            if not _headline_like(item) or is_label(item):
                break
            found.append((label.strip(), item))
    return found


# An ad slot's label in a text record: the lines under it are ads (a legit paper's loan ad),
# not the site's own links.
_AD_LABEL = AD_LABEL


def listed(lines: Sequence[str], max_items: int = 8) -> list[tuple[str, str]]:
    """(line before, line) of runs of 2+ headline lines that are not sentences: the link lists a
    text record keeps as plain lines, under a label of any wording ("Nyingine Zaidi", "Bu
    haberlere de göz atın") or none."""
    found: list[tuple[str, str]] = []
    start = 0
    for i in range(len(lines) + 1):
        if i < len(lines) and _list_item(lines[i]):
            continue
        label = lines[start - 1] if start else ""
        if i - start >= 2 and not _AD_LABEL.match(label):
            found.extend(
                (label, line)
                for line in lines[start : min(i, start + max_items)]
                if not _labelled(line)  # `inserts` has it, without its label
            )
        start = i + 1
    return found


def _labelled(line: str) -> bool:
    """Whether `line` is a "LABEL: headline" insert ("SOMA PIA: ...", "Baca Juga: ...")."""
    cut = _LABEL_END.search(line, 0, _LABEL_MAX + 3)
    return cut is not None and is_label(line[: cut.start()])


def _list_item(line: str) -> bool:
    # A teaser or a sentence of prose ends in a full stop; a listed headline does not, and has
    # 4+ words (a menu's "Horóscopo de hoy" or "Lotto Results" has fewer) or 8+ unspaced
    # characters. Without a list's markup, the bar is higher than for a link block's anchors.
    if len(line) < 12 or line.endswith((".", "…")) or len(line) > _ITEM_MAX:
        return False
    line = line.lstrip(_BULLETS)
    return reads_as_headline(line)


@dataclass(frozen=True, slots=True)
class FillerLink:
    """A link (or insert) into a filler vertical: its text, where it sat, and what matched."""

    text: str
    where: str  # the block heading or insert label
    vertical: str
    term: str


def story_verticals(page: Page) -> set[str]:
    """Verticals the story itself belongs to (its links there are on the topic): from its
    headline (the title only without one: a title's brand suffix, "Naukri Yojana Update", names
    no topic), section, breadcrumbs and URL path."""
    head = page.headline or page.title
    parts = (head, page.section, *page.breadcrumbs, slug_text(page.url))
    return {m[0] for part in parts if part and (m := match_any(part))}


def filler_links(page: Page, max_links: int = 80) -> list[FillerLink]:
    """Links of the page's link blocks and inserts that fall in a filler vertical off the story's."""
    own = story_verticals(page)
    seen: set[str] = set()
    found: list[FillerLink] = []
    candidates: list[tuple[str, str, str]] = [
        (a.text, a.href, b.heading) for b in page.link_blocks for a in b.anchors
    ][:max_links]  # cost cap: 80 links are plenty to see the mix
    candidates.extend((t, "", label) for label, t in inserts(page.paragraphs))
    candidates.extend((t, "", label) for label, t in inserts(page.other_lines))
    # Plain-line lists too: a text record keeps its link lists as lines, and an HTML page's
    # "Latest" / "Popular" ticker is often not parsed as a link block.
    html = page.kind != "text"
    candidates.extend(
        (t, "", label)
        for label, t in listed(page.other_lines)
        # On HTML, only under a short label: loose lines there are often prose cut into lines.
        if not html or (2 <= len(label) <= _LABEL_MAX and not label.endswith((".", ",")))
    )
    for text, href, where in candidates:
        # The cheap length and word test first: most candidates are menu items.
        if not _headline_like(text):
            continue
        # (A text record's plain-label list is both a block, its date tails cut, and lines.)
        key = " ".join(strip_date_tail(text).split()).lower()
        if key in seen:
            continue
        seen.add(key)
        # A link off the story's own vertical counts, even where it names that one too
        # ("How to apply for a student loan" beside a story on job vacancies).
        hit = match_any(text, skip=own) or (match(slug_text(href), skip=own) if href else None)
        if hit:
            found.append(FillerLink(text, where, hit[0], hit[1]))
    return found
