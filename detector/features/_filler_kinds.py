"""Filler link TEMPLATES for `_filler`: the shape of public-service clickbait, not its strings.

Farms' sidebars repeat a few headline templates in every language: a state benefit or salary
plus when/how it is paid ("Când intră pensiile pe luna ianuarie", "11월 기초연금 지급일 총정리"),
a price or rate plus "today" ("Curs valutar euro azi", "Giá vàng hôm nay"), a result or draw plus a look-up ("로또 1163회 당첨번호 조회", "SSC GD Result Kab
Aayega"), and the health/money teaser ("Doctors warn", "Este truque simples", "醫生警告").
`_filler_lexicon` lists whole phrases; here a headline matches a kind when it holds a stem of
each of the kind's two parts, so "Emekli bayram ikramiyesi ne zaman yatacak?" and "Bolsa
Família de novembro: calendário completo" need no phrase of their own. The kinds report the
vertical names of `_filler.LEXICON` (benefits and results as "lookups" and "results", prices as
"prices"), so one link never counts as two verticals; teasers are a vertical of their own.

Stems are matched on text folded to ASCII (`_filler.fold`) as whole words, or at a word start
where they end in "*" ("pension*" opens "pensioni"); stems of other scripts (Cyrillic, Arabic, Devanagari, Hangul, CJK) as substrings.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass

from detector.features._filler_lexicon import KINDS_MORE as M

# One row per language, "xx: stem; stem", as in `_filler.LEXICON`; a stem is a word start.
# Part one: the thing (a benefit, a price, a draw); part two: the service angle (when, today,
# look it up). Both must be in one headline.
_BENEFIT = """
    en: pension*; benefit*; allowance*; stimulus check; installment*; instalment*; subsid*; salary; salaries; payout*; social security; universal credit; dwp
    de: rente*; renten*; kindergeld; burgergeld; wohngeld; elterngeld; zuschuss; heizkostenzuschuss
    fr: retraite*; allocation*; prime de; cheque energie; caf; apl; rsa; versement; aide de
    es: pension*; subsidio; ayuda de; bono; aguinaldo; prestacion*; imv; jubilad*; sueldo
    pt: aposentad*; beneficio*; auxilio*; bolsa familia; fgts; inss; saque; abono; salario*; pis pasep; 13o
    it: pension*; assegno*; bonus; indennita; rimborso; naspi; reddito di
    pl: emerytur*; swiadczen*; zasilek*; dodatek*; 800 plus; 800+; renta; renty; trzynast*; czternast*; zus
    ro: pensi*; alocati*; indemnizati*; ajutor*; salari*; tichete; vouchere
    tr: emekli; ikramiye*; maas*; yardim; destek odeme; sgk; bagkur; asgari ucret
    id: bansos; blt; bantuan; pkh; gaji; tunjangan*; subsidi*; bsu; kip kuliah; pip
    vi: luong; luong huu; tro cap; bhxh
    hi: yojana; kisan; installment*; kist*; pension*; scholarship*
    ru: пенси; выплат; виплат; пособи; допомог; субсиди; зарплат; маткапитал; материнск; льгот
    ar: معاش; المعاشات; مرتبات; المرتبات; منحة; الدعم; تكافل; حساب المواطن; الضمان
    hi: किस्त; पेंशन; योजना; सब्सिडी; वेतन
    ko: 연금; 지원금; 수당; 장려금; 급여; 바우처; 환급금; 지원 사업
    zh: 养老金; 養老金; 退休金; 补贴; 補貼; 津贴; 工资; 社保; 低保
    ja: 年金; 給付金; 手当; 補助金; 助成金
"""
_WHEN_HOW = """
    en: payment date; pay date; when will; when is; calendar*; schedule; how to apply; how to check; how to claim; what changes; attention; who will get; who gets; who is eligible; eligibility; check status; status check; kab; kaise
    de: wann; termin*; auszahlung*; so beantragen; wer bekommt; antrag; was sich andert; achtung
    fr: date de; dates de; quand; ce qui change; attention; calendrier; qui va; qui peut; qui a droit; comment; ne pas manquer
    es: fecha; cuando; lo que cambia; atencion; calendario; como solicitar; como cobrar; quien; quienes; cobrar; requisitos
    pt: quando; calendario; o que muda; atencao; quem recebe; quem tem direito; quem pode; como; data; datas; veja; receber; pagamento; liberad*; libera*
    it: quando; calendario; cosa cambia; attenzione; come fare; come richied*; a chi spetta; chi spetta; date; pagamento; requisiti
    pl: kiedy; termin*; co sie zmieni; uwaga; wyplat*; jak zlozyc; jak dostac; kto dostanie; komu; harmonogram; sprawdz
    ro: cand; data; datele; calendar*; cine; cum se; plata; platii; intra
    tr: ne zaman; tarih*; dikkat; nasil; kimler; yatacak; yatti; odeme; sorgula*; basvuru
    id: jadwal; kapan; cara; cek; pencairan; tanggal; cair; syarat; daftar
    vi: khi nao; lich chi; ngay nhan; cach nhan; cach tra cuu
    ru: когда; дата; график; как получить; кто получит; напомнили; рассказали; коли; хто отримає
    ar: موعد; متى; طريقة; رابط; الاستعلام; صرف; خطوات; شروط
    hi: कब; तारीख; चेक; स्टेटस; आवेदन; खाते में
    ko: 지급일; 신청 방법; 신청방법; 언제; 대상; 조회; 총정리; 신청
    zh: 发放; 發放; 领取; 領取; 怎么; 如何; 最新消息; 时间; 調整; 调整
    ja: いつ; 支給日; 申請方法; 対象
"""
_PRICE = """
    en: price; prices; rate; rates; gold; silver; dollar; fuel; petrol; diesel*; gas price; exchange
    de: preis*; preise; kurs; gold; dollar; sprit*; benzin*; diesel*; heizol*
    fr: prix; cours; taux; l or; dollar; carburant*; essence; gazole
    es: precio; precios; cotizacion*; dolar; oro; gasolina; tipo de cambio
    pt: preco; precos; cotacao*; dolar; ouro; gasolina; combustive*
    it: prezz*; quotazion*; cambio; oro; dollaro; benzina; carburant*
    pl: cena; ceny; cen; kurs; kursy; zlota; dolara; paliw*; benzyn*
    ro: pret*; curs; aurului; dolar; benzin*; carburant*; motorin
    tr: fiyat*; kur; altin; dolar; akaryakit*; benzin*; motorin
    id: harga; kurs; emas; dolar; bbm
    vi: ty gia; gia vang; gia xang; gia dau; gia heo; gia lua; gia ca phe; gia tieu; gia bac
    ru: цены; цена; цен на; ціни; ціна; курс доллар; курс долар; курс валют; курс рубл; курс гривн; курс юан; бензин
    ar: سعر; أسعار; اسعار; الذهب; الدولار; البنزين
    hi: भाव; दाम; रेट; कीमत; सोना; सोने; डॉलर; पेट्रोल
    ko: 시세; 가격; 환율; 금값; 유가; 기름값
    zh: 价格; 價格; 金价; 金價; 油价; 油價; 汇率; 匯率; 行情
    ja: 価格; 相場; 為替
"""
_TODAY = """
    en: today; todays
    de: heute; heutige*; aktuell
    fr: aujourd hui; du jour; ce jour
    es: hoy
    pt: hoje
    it: oggi; di oggi
    pl: dzis; dzisiaj; dzisiejsz*
    ro: azi; astazi
    tr: bugun; bugunku
    id: hari ini
    vi: hom nay
    hi: aaj
    ru: сегодня; сьогодні
    ar: اليوم
    hi: आज
    ko: 오늘
    zh: 今日; 今天
    ja: 今日; 本日
"""
_RESULT = """
    en: result*; results; winning numbers; draw
    de: ergebnis*; gewinnzahlen; ziehung; lottozahlen
    fr: resultat*; tirage
    es: resultado*; sorteo
    pt: resultado*; sorteio
    it: risultat*; estrazion*
    pl: wynik*; losowani*
    ro: rezultat*; extrager*
    tr: sonuc*; cekilis*
    id: hasil; pengumuman
    vi: ket qua
    ru: результат; тираж
    ar: نتيجة; نتائج
    hi: रिजल्ट; परिणाम
    ko: 결과; 당첨번호; 당첨 번호
    zh: 结果; 結果; 开奖; 開獎
    ja: 結果; 当選番号
"""
_LOOKUP = """
    en: check; lookup; look up; how to check; link; kab aayega; direct link
    de: prufen*; abrufen; abfragen
    fr: consulter; verifier
    es: consultar; comprobar
    pt: consultar; conferir; confira
    it: controlla; verifica*
    pl: sprawdz; sprawdzic
    ro: verifica*
    tr: sorgula*; ogren; sorgulama
    id: cek; link
    vi: tra cuu
    ru: проверить; узнать; перевірити
    ar: الاستعلام; رابط; برقم
    hi: चेक; देखें; लिंक
    ko: 조회
    zh: 查询; 查詢
"""
# One part only: the teaser's authority-plus-reveal and its "this trick" hook.
_TEASER = """
    en: doctors warn; doctors reveal; experts warn; experts reveal; this simple trick; this trick; you won t believe; nobody tells you; what happens to your body
    de: arzte warnen; experten warnen; dieser trick; mit diesem trick; das passiert mit ihrem korper
    fr: les medecins alertent; les medecins mettent en garde; les experts revelent; cette astuce; ce geste que; pourquoi vous ne devriez jamais; ce que personne ne
    es: los medicos advierten; medicos alertan; expertos revelan; este truco; nadie te dice; lo que le pasa a tu cuerpo
    pt: este truque; medicos alertam; especialistas revelam; descubra se voce; dinheiro esquecido; o que acontece com seu corpo
    it: questo trucco; il trucco della nonna; i medici avvertono; gli esperti rivelano
    pl: lekarze ostrzegaja; ten trik; eksperci ujawniaja; ten prosty sposob
    ro: medicii avertizeaza; acest truc; trucul simplu; nu o sa-ti vina sa crezi
    tr: uzmanlar uyardi; doktorlar uyardi; bu belirtiler varsa; bu yontemle
    id: dokter ungkap; trik ini; ternyata ini; jarang diketahui
    vi: bac si canh bao; meo nho; it ai biet
    ru: эксперт объяснил; эксперты объяснили; врачи предупредили; врачи назвали; врачи рассказали; этот трюк; простой способ; лікарі попередили
    ar: الأطباء يحذرون; خبراء يكشفون; هذه الحيلة; لن تصدق
    hi: डॉक्टरों ने चेताया; यह ट्रिक; जान लें
    ko: 의사들이 경고; 모르면 손해; 이것만 알면
    zh: 医生警告; 醫生警告; 很多人都不知道; 竟是; 看完哭了; 这件事; 這件事
    ja: 医師が警告; 知らないと損
"""


def _stems(table: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(ASCII stems, other-script substrings) of a "xx: stem; stem" table."""
    words: list[str] = []
    subs: list[str] = []
    for row in table.strip().splitlines():
        for stem in row.partition(":")[2].split(";"):
            stem = stem.strip().lower()
            if stem:
                (words if stem.isascii() else subs).append(stem)
    return tuple(dict.fromkeys(words)), tuple(dict.fromkeys(subs))


# A run of word characters: a stem matches only where a run starts (its regex opens with "\b").
_RUN = re.compile(r"\w+")
_HEAD = 4  # an open stem's first letters, to look up before testing `startswith` on each run
# A text's runs of word characters, and their first `_HEAD` letters.
Runs = tuple[frozenset[str], frozenset[str]]


def runs_of(folded: str) -> Runs:
    """The runs of word characters in `folded` (what a stem's first word must be or open) and
    their heads."""
    runs = frozenset(_RUN.findall(folded))
    return runs, frozenset(run[:_HEAD] for run in runs)


@dataclass(frozen=True, slots=True)
class _Part:
    """One part of a template: ASCII stems as a word-start regex, other scripts as substrings.

    `whole` and `opens` gate the regex: a stem matches only where a run of word characters is
    its first word (`whole`: the stem goes on past it, or ends as a whole word) or opens with it
    (`opens`: "pension*", looked up by `open_heads` first), so a text with neither has no match
    and skips the search.
    """

    words: re.Pattern[str] | None
    subs: tuple[str, ...]
    whole: frozenset[str] = frozenset()
    opens: tuple[str, ...] = ()
    open_heads: frozenset[str] | None = frozenset()

    def find(self, folded: str, low: str, runs: Runs | None = None) -> str | None:
        if self.words is not None and (runs is None or self._may_match(runs)):
            m = self.words.search(folded)
            if m:
                return m.group(0)
        if not low.isascii():
            for sub in self.subs:
                if sub in low:
                    return sub
        return None

    def _may_match(self, runs: Runs) -> bool:
        """Whether a run of `runs` is a stem's first word or opens an open stem."""
        words, heads = runs
        if not self.whole.isdisjoint(words):
            return True
        if self.open_heads is not None and self.open_heads.isdisjoint(heads):
            return False
        return any(word.startswith(self.opens) for word in words)


def _regex(stem: str) -> str:
    # "pension*" opens a word ("pensioni"); other stems are whole words or phrases.
    if stem.endswith("*"):
        return re.escape(stem[:-1]).replace(r"\ ", r"\s+")
    return re.escape(stem).replace(r"\ ", r"\s+") + r"\b"


def _part(table: str) -> _Part:
    words, subs = _stems(table)
    body = "|".join(_regex(w) for w in sorted(words, key=len, reverse=True))
    whole: set[str] = set()
    opens: list[str] = []
    for stem in words:
        bare = stem.removesuffix("*")
        first = _RUN.match(bare)
        if first is None:  # "\b" before it needs a word character
            raise ValueError(f"a filler stem opens with no word character: {stem!r}")
        if stem.endswith("*") and first.group(0) == bare:
            opens.append(bare)  # "pension*": a run opening with "pension"
        else:
            whole.add(first.group(0))  # "stimulus check", "salary", "800+": a run equal to it
    return _Part(
        re.compile(rf"\b(?:{body})") if words else None,
        subs,
        frozenset(whole),
        tuple(opens),
        # An open stem shorter than a head ("sub*") leaves the runs to test one by one.
        frozenset(o[:_HEAD] for o in opens) if all(len(o) >= _HEAD for o in opens) else None,
    )


@dataclass(frozen=True, slots=True)
class _Kind:
    vertical: str
    first: _Part
    second: _Part | None  # None: one part is enough (teasers)


_KINDS: tuple[_Kind, ...] = (
    _Kind("lookups", _part(_BENEFIT + M["benefit"]), _part(_WHEN_HOW + M["when_how"])),
    _Kind("prices", _part(_PRICE + M["price"]), _part(_TODAY + M["today"])),
    _Kind("results", _part(_RESULT + M["result"]), _part(_LOOKUP + M["lookup"])),
    _Kind("teaser", _part(_TEASER + M["teaser"]), None),
)
VERTICALS = frozenset(k.vertical for k in _KINDS)
# Teasers also run on real tabloids ("Mit diesem Trick ..."): one alone is no vertical.
WEAK = frozenset({"teaser"})


@functools.lru_cache(maxsize=8192)  # sidebars repeat on every page of a site
def _kind_of(folded: str, low: str) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    runs = runs_of(folded)
    for kind in _KINDS:
        first = kind.first.find(folded, low, runs)
        if first is None:
            continue
        if kind.second is None:
            found.append((kind.vertical, first))
            continue
        second = kind.second.find(folded, low, runs)
        if second is not None and second != first:
            found.append((kind.vertical, f"{first} + {second}"))
    return tuple(found)


def match(folded: str, low: str, skip: Collection[str] = ()) -> tuple[str, str] | None:
    """The (vertical, "stem + stem") of the first template `folded` (the text as `_filler.fold`
    gives it) and `low` (its lower case) fill, of a vertical not in `skip`."""
    for vertical, term in _kind_of(folded, low):
        if vertical not in skip:
            return vertical, term
    return None
