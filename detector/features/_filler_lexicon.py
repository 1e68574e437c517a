"""More filler verticals for `_filler`: the "public-service clickbait" of farms.

Farms in every language fill their link lists with look-ups that harvest daily search traffic:
exam and job results, benefit and pension payment dates, "X price today", "speed cameras in
<city> today", TV channel frequencies, VPN and savings-account rankings (affiliate). Rows follow
`_filler.LEXICON`'s format ("xx: phrase; phrase", ASCII phrases matched word by word on folded
text, "*" a prefix, other scripts as substrings). `merge` adds these rows to that table: new
verticals and more phrases for the old ones. Exam results and job offers were one "lookups"
vertical; they are two here, as a farm's sidebar mixes them with benefit look-ups, and a real
paper's education or careers page links one kind only (its own vertical is skipped).

Left out on purpose: pharmacies on duty, prayer times and the weather, which real local papers
link on every page (Turkish "Nöbetçi Eczaneler", German "Apotheken-Notdienst").
"""

from __future__ import annotations

MORE: dict[str, str] = {
    "results": """
        en: exam result*; board result*; admit card*; answer key*; merit list*; result link; cut off marks; results declared
        es: resultados del examen; resultados de la prueba; lista de admitidos; notas de corte
        pt: resultado do enem; resultado do concurso; resultado do vestibular; nota de corte; gabarito oficial
        fr: resultats du bac; resultats bac; resultats du brevet; resultats du concours
        de: abitur ergebnisse; prufungsergebnisse
        it: risultati maturita; esiti maturita; risultati test medicina; graduatoria* concorso
        id: pengumuman hasil; pengumuman cpns; hasil seleksi; hasil snbt; hasil sbmptn; nilai utbk
        vi: diem thi; diem chuan; tra cuu diem; ket qua thi
        ro: rezultate bac; rezultate evaluare; rezultatele la bac; rezultate admitere
        sw: matokeo ya kidato; matokeo ya mtihani; matokeo ya darasa; majina ya waliochaguliwa; matokeo ya form; matokeo ya necta; matokeo necta
        tr: sinav sonuc*; kpss; yks sonuc*; lgs sonuc*; ales sonuc*; tercih sonuc*; sinav giris belge*
        pl: wyniki matur*; wyniki egzaminu; wyniki egzaminu osmoklasisty
        ru: результаты егэ; результаты огэ; результати нмт; результати зно; проходной балл; прохідний бал
        ar: نتيجة الثانوية; نتائج الثانوية; برقم الجلوس; نتيجة الشهادة; نتيجة الصف; نتيجة الدبلومات; نتيجة امتحانات
        hi: रिजल्ट; एडमिट कार्ड; परिणाम जारी; कट ऑफ
        th: ผลสอบ; ประกาศผลสอบ
        ko: 등급컷; 합격자 발표; 합격자 명단; 시험 결과
        zh: 成绩查询; 分数线; 录取结果; 查分
        ja: 合格発表; 試験結果; 合格点
    """,
    "jobs": """
        en: job vacanc*; jobs vacanc*; recruitment 20*; vacancy notification*; apply online for; govt jobs; government jobs; sarkari naukri; walk in interview
        es: ofertas de empleo; convocatoria* de empleo; ofertas de trabajo; vacantes de empleo; se busca personal; oposiciones 20*
        pt: vagas de emprego; vagas abertas; concurso publico 20*; vagas de estagio; processo seletivo 20*
        fr: offres d emploi; recrutement massif; recrute* 20*; postes a pourvoir
        de: stellenangebote; ausbildungsplatze 20*
        it: offerte di lavoro; concorsi pubblici; bando di concorso; posti di lavoro disponibili
        id: lowongan kerja; loker; rekrutmen bumn; rekrutmen pppk; formasi cpns
        vi: tuyen dung
        ro: locuri de munca; oferte de munca; posturi vacante
        sw: nafasi za kazi; nafasi mpya za kazi; ajira mpya; ajira serikalini; tangazo la kazi
        tr: is ilanlari; personel alimi; eleman aliyor; isci alimi; kadro* ilan*
        pl: oferty pracy; praca od zaraz; rekrutacja 20*
        ru: свежие вакансии; свіжі вакансії; вакансии для; вакансії для
        ar: وظائف خالية; وظائف شاغرة; التقديم في وظائف; فرص عمل; مسابقة وظائف
        hi: सरकारी नौकरी; भर्ती 20; नौकरी का मौका; वैकेंसी
        th: สมัครงาน; ตำแหน่งงานว่าง; เปิดรับสมัคร
        ko: 채용 공고; 채용공고; 공무원 채용
        zh: 招聘信息; 招聘公告; 事业单位招聘
        ja: 求人情報
    """,
    "lookups": """
        it: come richieder*; come fare domanda; requisiti e scadenze
        de: so beantragen; wie beantrage ich
        fr: comment demander; comment beneficier; comment toucher
        pl: jak zlozyc wniosek; jak dostac
        pensions es: fechas de pago; fecha de pago; pension bienestar; pension del bienestar; pension para adultos mayores
        pensions fr: date* de versement; cheque energie; prime de rentree; allocation* caf
        pensions it: assegno di inclusione; date dei pagamenti; calendario pagamenti; pensioni 20*
        pensions de: rente 20*; renten 20*; kindergeld erhohung*; wohngeld 20*
        pensions pl: 800 plus; wyplata swiadczen; dodatek oslonowy
        pensions ko: 지급일; 신청기간; 근로장려금; 에너지바우처; 지원금 지급
        pensions ru: пенсия в; пенсии в; пенсію в
        pensions tr: emekli bayram ikramiye*; kira yardimi; evde bakim maasi
    """,
    "loans": """
        savings: high yield savings; best savings account*
        pt: cartao de credito sem; credito sem consulta
        fr: mutuelle senior; mutuelle pas chere; assurance pas chere; pret sans justificatif
        pl: kredyt hipoteczny 20*; porownanie ofert kredyt*; pozyczka bez; chwilowka*
        ro: credit rapid; credit fara; imprumut rapid
        tr: ihtiyac kredisi; kredi karti basvuru*
    """,
    "prices": """
        en: price prediction*; bitcoin price today; crypto price* today; silver price today
        es: precio del gas lp; gas lp; precio de la gasolina hoy; precio del huevo
        pt: preco do gas; botijao de gas
        de: heizolpreis*; goldpreis aktuell
        it: prezzo del gas oggi; prezzo dell argento
        ar: أسعار الحديد; سعر الحديد; أسعار الأسمنت; أسعار الدواجن; أسعار الفراخ; سعر الفراخ; أسعار الخضروات; أسعار اللحوم
        tr: dolar bugun; euro bugun; gram altin bugun
        ru: курс биткоина; цены на продукты
    """,
    "local": """
        de: blitzer*; radarfalle*; radarkontrolle*; mobile blitzer
        en: speed camera*; speed trap*
        es: radares hoy; controles de velocidad; abren los bancos; bancos abren
        fr: radars mobiles; radar* aujourd hui
        it: autovelox oggi; posizione autovelox
        pl: fotoradary; kontrole predkosci
        tr: radar noktalari
    """,
    "tv": """
        en: channel frequenc*; new frequency; nilesat frequenc*
        es: frecuencia del canal; en que canal pasan; donde ver en vivo
        fr: frequence de la chaine
        id: frekuensi terbaru; frekuensi tv
        tr: frekans bilgi*; kanal frekans*; frekansi nedir
        ru: частота канала; частоты канала; частота каналу
        ar: تردد قناة; تردد قنوات; القنوات الناقلة; القناة الناقلة; نايل سات
        hi: चैनल फ्रीक्वेंसी
    """,
    "affiliate": """
        en: best vpn*; vpn for; free vpn*; best antivirus; best web hosting
        es: mejor vpn; mejores vpn; vpn gratis
        pt: melhor vpn; melhores vpn; vpn gratis
        fr: meilleur vpn; meilleurs vpn; vpn gratuit
        de: beste vpn; bester vpn; vpn kostenlos; tagesgeld vergleich; festgeld vergleich
        it: miglior vpn; migliori vpn; vpn gratis
        id: vpn gratis; vpn terbaik
        pl: najlepszy vpn; darmowy vpn
        tr: en iyi vpn; ucretsiz vpn
        ru: лучший vpn; бесплатный vpn; лучшие vpn; найкращий vpn
    """,
    "horoscope": """
        ru: зодиак; зодіак; гороскоп
        fr: signe astrologique; signes astrologiques
    """,
}


def merge(base: dict[str, str], more: dict[str, str]) -> dict[str, str]:
    """`base` with `more`'s rows appended to each vertical's table (new verticals added)."""
    out = dict(base)
    for vertical, rows in more.items():
        out[vertical] = out.get(vertical, "") + "\n" + rows
    return out


# The same verticals in more of the probes' languages: Greek, Persian, Hebrew, Bengali, Urdu,
# Malay, Tagalog, Hungarian, Czech/Slovak, Bulgarian, Serbian/Croatian, plus a few stems for
# Romanian and Chinese. Non-ASCII rows are substrings of the lower-cased text, so a Greek stem is
# given with and without its accent (headlines in capitals lose it: "ΖΩΔΙΑ" -> "ζωδια").
# Left out on purpose: Persian dollar/gold prices and subsidy dates, Tagalog rice and fuel prices,
# Malaysian weekly fuel prices, and "exam results announced" in fa/ur/bn/ms/el, with the
# price-plus-today template in those languages: the most-read lists of real dailies there carry
# them as news (11 legit probe pages of heldout_w..am: w_20, af p15, al p28, w_32, al p34, ...).
LANGS: dict[str, str] = {
    "horoscope": """
        el: ζώδια; ζωδια; ζώδιο; ζωδιο; ωροσκόπιο; ωροσκοπιο; αστρολογικ; σεληνιακό ημερολόγιο
        fa: فال روزانه; فال امروز; طالع بینی; فال حافظ; فال تاروت; هوروسکوپ; فال متولدین
        he: הורוסקופ; אסטרולוגיה; המזלות
        bn: রাশিফল
        ur: آج کا دن کیسا; زائچہ; ستاروں کی روشنی میں
        hu: horoszkop*; csillagjegy*
        cs: znameni zverokruhu; znamenie zverokruhu
        bg: хороскоп; зодия; зодии; зодиите
        sr: хороскоп
        tl: kapalaran
    """,
    "lottery": """
        el: λαχείο; λαχειο; κλήρωση τζόκερ; κληρωση τζοκερ; αποτελέσματα τζόκερ; τυχεροί αριθμοί; τυχεροι αριθμοι; κλήρωση λόττο
        fa: لاتاری; بخت آزمایی; قرعه کشی بخت
        he: תוצאות הלוטו; הגרלת הלוטו; הגרלת לוטו; מפעל הפיס; הגרלת צ'אנס
        bn: লটারি; লটারির ফল
        ur: انعامی بانڈ; پرائز بانڈ; لاٹری
        ms: keputusan 4d; magnum 4d; toto 4d; da ma cai; keputusan loteri
        tl: pcso; swertres; ultra lotto; grand lotto; stl result*
        hu: lottoszam*; otoslotto; hatoslotto; skandinav lotto; nyeroszam*; szerencseszam*
        cs: sportka; vysledky losovani; vysledky losovania; vyherni cisla
        bg: тото 2; печеливши числа; от тегленето
        sr: dobitna kombinacija; izvlacenje lota; добитна комбинација; извлачење лота
    """,
    "prices": """
        el: τιμή χρυσού; τιμη χρυσου; τιμές καυσίμων; τιμες καυσιμων; τιμή βενζίνης; τιμη βενζινης; ισοτιμία ευρώ; ισοτιμια ευρω
        he: מחיר הזהב; שער הדולר; שער היורו; מחיר הדלק; מחירי הדלק
        bn: সোনার দাম; সোনার দর; ডলারের দাম; ডলারের রেট; পেট্রোলের দাম
        ur: سونے کی قیمت; ڈالر کی قیمت; پیٹرول کی قیمت; ڈالر کا ریٹ; سونے کا ریٹ
        hu: aranyar*; benzinar*; uzemanyagar*; euro arfolyam*; forint arfolyam*; dollar arfolyam*
        cs: cena zlata; kurz dolaru; kurz eura; ceny benzinu; ceny pohonnych hmot; ceny paliv
        bg: цената на златото; цени на горивата; курс на долара; курс на еврото; цената на бензина
        sr: cijena zlata; cijene goriva; cene goriva; cijena benzina; kurs evra; tecaj eura; цене горива; курс евра
    """,
    "loans": """
        el: γρήγορο δάνειο; δάνεια χωρίς; δανεια χωρις; δάνειο χωρίς; δανειο χωρις
        fa: وام فوری; وام بدون ضامن
        he: הלוואה מהירה; הלוואה ללא; הלוואות חוץ בנקאיות
        bn: পার্সোনাল লোন; ঋণ নিন
        ur: آسان قرض; قرضہ سکیم
        ms: pinjaman peribadi; pinjaman segera
        tl: pautang; utang online
        hu: gyorskolcson*; szemelyi kolcson*
        cs: pujck*; pozick*; nebankovni pujck*
        bg: бърз кредит; бързи кредити; потребителски кредит
        sr: brzi kredit*; nenamjenski kredit*; kredit bez
    """,
    "betting": """
        el: στοίχημα; στοιχημα; προγνωστικά; προγνωστικα; καζίνο; καζινο
        fa: سایت شرط بندی; شرط بندی; کازینو
        he: הימורים; קזינו
        bn: বেটিং; অনলাইন জুয়া
        ur: آن لائن جوا; بیٹنگ
        tl: online sabong; e sabong; esabong
        hu: sportfogadas*; online kaszino; fogadasi tipp*
        cs: sazkov*; stavkov*; kurzove sazky; online kasino
        bg: залози; букмейкър
        sr: kladionic*; kladjenj*; online kazino; кладионица
    """,
    "dreams": """
        el: ονειροκρίτης; ονειροκριτης; ερμηνεία ονείρων; ερμηνεια ονειρων; ονειρεύεσαι; ονειρευεσαι
        fa: تعبیر خواب; خواب دیدن
        he: פתרון חלומות; פירוש חלומות; חלמתם על
        bn: স্বপ্নে; স্বপ্নের অর্থ
        ur: خواب کی تعبیر; خواب میں
        ms: maksud mimpi; tafsiran mimpi
        tl: kahulugan ng panaginip; panaginip
        hu: almoskonyv*
        cs: snar; vyznam snu
        bg: съновник; сънувате
        sr: sanjaric*; sanovnik*; сановник
        uk: до чого сниться
    """,
    "results": """
        fa: کارنامه کنکور
        ms: semakan keputusan
        hu: erettsegi eredmeny*; felveteli ponthatar*; ponthatarok
        cs: vysledky maturit; vysledky prijimacek
        bg: резултатите от матурите; резултати от матурите
        sr: rezultati mature; rezultati prijemnog
    """,
    "jobs": """
        el: νέες προσλήψεις; νεες προσληψεις; θέσεις εργασίας; θεσεις εργασιας
        fa: آگهی استخدام; استخدامی جدید; استخدام دولتی
        he: דרושים
        bn: নিয়োগ বিজ্ঞপ্তি; চাকরির খবর
        ur: سرکاری نوکریاں; سرکاری ملازمت
        ms: jawatan kosong; kerja kosong
        tl: job hiring; now hiring
        hu: allasajanlat*; allashirdetes*
        cs: volna mista; pracovne ponuky; nabidka prace
        bg: обяви за работа; свободни работни места
        sr: oglasi za posao; slobodna radna mjesta
    """,
    "lookups": """
        el: πότε πληρώνονται; ποτε πληρωνονται; πληρωμή συντάξεων; πληρωμη συνταξεων; ημερομηνίες πληρωμής; ημερομηνιες πληρωμης
        he: קצבת זקנה; מתי ייכנס
        bn: লক্ষ্মীর ভান্ডার
        ur: بینظیر انکم سپورٹ; احساس پروگرام; احساس کفالت; بی آئی ایس پی
        ms: bantuan sara hidup; semakan str; sumbangan tunai rahmah; tarikh bayaran
        tl: sss pension; 4ps payout; tulong pinansyal; paano mag apply
        ro: pensionarii primesc; alocatiile copiilor; tichete sociale; vouchere sociale
        hu: nyugdijemeles*; 13 havi nyugdij; csaladi potlek
        cs: valorizace duchodu; zvyseni duchodu; vyplata duchodu; kdy prijde duchod
        bg: кога идват пенсиите; изплащане на пенсиите
        sr: isplata penzija; isplata mirovina; исплата пензија
    """,
    "streaming": """
        el: ταινίες online; δωρεάν ταινίες
        fa: دانلود فیلم; دانلود سریال; تماشای آنلاین; پخش زنده رایگان
        bn: ফুল মুভি; মুভি ডাউনলোড
        hu: teljes film; ingyen nezheto
        cs: cely film; online zdarma
        sr: ceo film; cijeli film; online sa prevodom
    """,
    "affiliate": """
        fa: فیلترشکن; فیلتر شکن
    """,
    "codes": """
        fa: کد تخفیف
        el: κωδικός έκπτωσης; κωδικος εκπτωσης
    """,
}
MORE = merge(MORE, LANGS)

# More stems for `_filler_kinds`' template parts (its table names as keys), in the languages above.
KINDS_MORE: dict[str, str] = {
    "benefit": """
        el: συντάξ; συνταξ; επίδομ; επιδομ
        he: קצבת; קצבאות; מענק; דמי אבטלה
        bn: ভাতা; কিস্তি; পেনশন
        ur: پنشن; احساس پروگرام; قسط
        hu: nyugdij*; potlek*
        cs: duchod*; dochod*; prispev*; davk*
        bg: пенси; детски надбавки; обезщетени
        sr: penzij*; mirovin*; doplatak; пензиј
        ms: bantuan; str; sumbangan; elaun
        tl: ayuda; sss; 4ps; sahod
    """,
    "when_how": """
        el: πότε; πληρώνονται; πληρωνονται; ημερομηνί; ημερομηνι; πληρωμή; πληρωμη; ποιοι δικαιούνται; ποιοι δικαιουνται
        he: מתי; מועד התשלום; מי זכאי
        bn: কবে; কীভাবে; কারা পাবেন; তারিখ
        ur: کب ملے; کب آئے; کب جاری; طریقہ; کون اہل
        ro: ce primesc; cat primesc; vor primi; primesc; cine primeste
        hu: mikor; hatarid*; kifizet*; igy igenyel*
        cs: kdy; kedy; vyplat*; kdo dostane; kto dostane; jak pozadat; ako poziadat
        bg: кога; кой получава; кой има право; изплащане
        sr: kada; isplat*; ko dobija; tko dobiva; када; исплат
        ms: tarikh; bila; cara mohon; semakan; layak
        tl: kailan; paano; petsa
    """,
    "price": """
        hu: arfolyam*; aranyar*; benzinar*; uzemanyagar*
        cs: cena; ceny; kurz
        bg: цена; цени; цената; курс на
        sr: cijena; cijene; cena; cene; tecaj; kurs
    """,
    "today": """
        cs: dnes; dnesni*; dnesny
        bg: днес
        sr: danas; данас
    """,
    "result": """
        el: αποτελέσματα; αποτελεσματα; κλήρωση; κληρωση
        he: תוצאות
        hu: eredmeny*; sorsolas*
        cs: vysledk*; losovani; losovanie
        bg: резултат; теглене
        sr: rezultat*; izvlacenj*
        ms: keputusan
        tl: resulta
    """,
    "lookup": """
        el: ελέγξτε; ελεγξτε
        he: לבדוק; בדיקת
        hu: ellenoriz*
        cs: zkontrolujte; skontrolujte
        bg: проверете; проверка
        sr: provjerite; proverite
        ms: semak*
        tl: alamin; tingnan
    """,
    "teaser": """
        el: οι γιατροί προειδοποιούν; γιατροί προειδοποιούν; γιατροι προειδοποιουν; αυτό το κόλπο; αυτο το κολπο
        fa: پزشکان هشدار; این ترفند
        he: רופאים מזהירים; הטריק ה
        bn: ডাক্তাররা সতর্ক
        ur: ڈاکٹروں نے خبردار
        hu: orvosok figyelmeztetnek; ezzel a trukkel; ezt senki nem mondja
        cs: lekari varuji; lekari varuju; tento trik; tento jednoduchy trik
        bg: лекари предупреждават; лекарите предупреждават; този трик
        sr: doktori upozoravaju; lekari upozoravaju; ljekari upozoravaju; ovaj trik
        ms: doktor dedah; doktor beri amaran
        tl: babala ng mga doktor
        zh: 医生提醒; 醫生提醒
        ja: 医師が警鐘
    """,
}
