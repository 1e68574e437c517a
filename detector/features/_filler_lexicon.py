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
