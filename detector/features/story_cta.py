"""A sales call to action planted in or right after a copied news story.

Farms that run agency copy on a shop, clinic, lender or SaaS site close the story with their
own pitch: a short line or a box under the last paragraph ("Shop now and save 15% with code
JOURNAL15", "Reserva tu primera visita", "Umów bezpłatną konsultację", "Hemen Ara WhatsApp",
"지금 구매시 수분크림 1+1 ! 특가 29,900원"). It is a *call* (a buy/order/book/call/apply button
word) beside a *commercial object* (a price, a discount or code, something free, a phone or
WhatsApp number, the seller's own product or service). A newsroom's own calls are labelled ads
or sell the newspaper itself (subscriptions, newsletters, donations, events, helplines), and a
review or deal post sells from its headline on; those are left out. The story is read as news
when its headline is not commercial and its lead carries no such pitch.
"""

from __future__ import annotations

import functools
import re

from detector.features._textscan import cut
from detector.features._trigrams import possible
from detector.features.base import PageFeatures, register
from detector.features.seo_template import is_news
from detector.features.site_niche import state_actors
from detector.lexicon.commerce import LABELLED
from detector.page import Page
from detector.parsing.patterns import is_link_block_heading

# Button words and imperatives of a sale, 16 languages; read only where a clause opens (an
# imperative leads its sentence; the same verbs inside news prose are reports). Word stems match
# at a word start; entries ending in "$" must also end the word ("ara", "bel", "kup", "mua").
_CALLS = (
    # en
    "shop$", "shop now", "shop our", "buy$", "buy now", "order now", "order yours",
    "order your", "order online", "order today", "book your", "book a", "book now", "call us",
    "call now", "call today", "apply now", "apply online", "claim$", "grab$", "get your",
    "get a free", "save up to", "try it", "try for free", "try free", "request a",
    "get started", "simulate$",
    "contact us today", "contact us for", "kontaktieren sie uns", "contáctanos", "contacte-nous",
    "entre em contato",
    # de
    "bestell", "kaufen", "buchen", "sichern sie", "anfragen", "rufen sie", "vereinbaren",
    # fr
    "commandez", "achetez", "réservez", "appelez", "profitez", "demandez", "simulez", "essayez",
    "contactez",
    # es / pt
    "compra$", "compre$", "compra ya", "reserva$", "reserva tu", "reservar$", "pide", "pida", "llama", "llámanos", "solicita", "aprovecha",
    "simula", "contrata", "peça", "reserve$", "ligue", "aproveite", "solicite", "agende",
    "agenda tu", "fale conosco",
    # it
    "acquista", "ordina$", "ordina ora", "prenota", "chiama", "richiedi", "approfitta", "contattaci",
    # nl / sv / no / da
    "bestel", "koop", "boek", "bel$", "bel ons", "vraag", "profiteer", "probeer", "köp", "beställ",
    "boka", "ring$", "ansök", "kjøp", "bestill", "søk",
    # pl
    "kup$", "kup teraz", "zamów", "załóż", "sprawdź", "umów", "zadzwoń", "skorzystaj", "złóż", "zarezerwuj",
    "weź",
    # ru / uk
    "купи", "закаж", "звони", "позвони", "оформ", "запиш", "получи", "попробуй", "подключ", "замов",
    "зателефонуй",
    # tr
    "hemen", "satın al", "sipariş", "ara$", "arayın", "randevu al", "başvur",
    # el
    "αγόρασ", "παράγγειλ", "κλείσ", "καλέστε", "επικοινωνήστε",
    # ar / hi / sw / id / vi
    "اشتر", "اطلب", "احجز", "اتصل", "سجل الآن", "تواصل", "खरीद", "ऑर्डर", "कॉल करें", "बुक करें",
    "nunua", "agiza", "piga simu", "pesan sekarang", "hubungi kami di", "ajukan",
    "dapatkan", "beli$", "beli sekarang", "mua$", "mua ngay", "đặt ngay", "đặt mua", "gọi ngay", "liên hệ ngay",
    "đăng ký ngay",
)  # fmt: skip
# Verbs that sell only beside a price, a discount or something free ("Try X free for 14 days";
# "try going up to 1,600 kcal" and "save our pool" are advice and campaigns).
_SOFT_CALLS = ("try$", "save$", "jetzt", "testen sie", "prueba$", "experimente", "prova$")
# Korean, Japanese and Chinese close a sentence on the verb: button compounds, read anywhere.
_CJK_CALLS = (
    "구매하기", "지금 구매", "구매시", "주문하기", "예약하기", "신청하기", "지금 신청", "상담 신청",
    "상담신청", "바로가기", "購入はこちら", "ご購入", "ご注文", "ご予約", "お申し込み", "お申込み",
    "今すぐ", "無料相談", "立即购买", "立即", "马上", "点击购买", "下单", "预约咨询", "免费试用",
    "抢购",
)  # fmt: skip

# The commercial object: something free, a discount, a code or bonus (strong: a button beside
# it sells it), or a quote, consultation or the seller's own goods ("our", "unser"...). Prices
# and phone numbers are patterns below.
_STRONG = (
    "free", "gratis", "gratuit", "kostenlos", "kostenfrei", "bezpłatn", "darmow", "бесплатн",
    "безкоштовн", "ücretsiz", "δωρεάν", "مجان", "मुफ्त", "miễn phí", "bure", "무료", "無料", "免费",
    "discount", "% off", "promo$", "promo code", "coupon", "voucher", "code", "rabatt", "rabat", "gutschein",
    "sconto", "descuento", "desconto", "korting", "kod", "kupon", "indirim", "скидк", "знижк",
    "промокод", "έκπτωσ", "خصم", "छूट", "diskon", "giảm giá", "할인", "특가", "쿠폰", "1+1",
    "割引", "クーポン", "折扣", "优惠", "bonus", "бонус", "보너스",
)  # fmt: skip
_SERVICE = (
    "simulat", "simulador", "kalkulator", "rechner", "calculator", "quote", "angebot",
    "consultation", "konsultac", "beratung", "consulta", "cita", "appointment", "termin",
    "randevu", "rendez-vous", "appuntamento", "afspraak", "tư vấn", "konsultasi", "परामर्श",
    "whatsapp", "zalo", "hotline",
    "our ", "unser", "nasz", "nasi ", "nuestr", "nosso", "nossa", "nostr", "notre", "nos ",
    "onze", "våra", "vår ", "наш", "bizim", "chúng tôi", "kami",
)  # fmt: skip

# A newsroom's own calls and public-service lines: not a farm's pitch.
_NOT_PITCH = (
    *LABELLED,
    "newsletter", "donat", "support our", "support us", "support independent", "journalism",
    "spende", "spenden", "unterstütz", "faire un don", "soutenez", "dona ", "donación", "doação",
    "wesprzyj", "поддерж", "후원", "寄付", "捐", "member", "mitglied", "e-paper", "epaper",
    "ticket", "entradas", "billet", "biglietti", "kaartjes", "bilety", "билет", "event",
    "helpline", "samaritan", "crisis", "suicide", "lifeline", "seelsorge", "police", "polizei",
    "policía", "polícia", "полици", "crimestoppers", "crime stoppers", "information", "hinweis",
    "press contact", "media contact", "pressekontakt", "contact presse", "newsroom", "redaktion",
    "redacción", "redação", "redazione", "redakcja", "редакци", "app store", "google play",
    "podcast", "cookie", "©", "copyright", "rights reserved", "derechos", "direitos", "diritti",
    "disclaimer", "bản quyền", "app$", "tip$", "tips$", "news tip", "story idea", "napisz do nas",
    "temat", "abo$", "deal alert", "deals$", "deal of", "issues$", "home delivery", "badge",
)  # fmt: skip
# Where a clause opens: the line's start, or after closing punctuation, an arrow or an emoji.
_OPENERS = ".!?:;…»>|•·-–—→➡▶►*"
_GLUED = "»>→➡▶►*•"  # marks a call may follow without a space ("»Buy now")
# A button's own urgency or address ("Reservar ahora", "Reserva tu visita", "Book your table"):
# a bare "Buy" or "Shop" is a menu item, not a button under a story.
_BUTTON_WORDS_NOW = (
    "now", "today", "here", "your", "jetzt", "hier", "ihr", "ihre", "maintenant", "ici", "votre",
    "ahora", "aquí", "tu$", "agora", "aqui", "seu", "sua", "ora$", "qui$", "tuo", "tua", "nu$",
    "je$", "teraz", "tutaj", "twoj", "twoją", "bezpłatn", "сейчас", "здесь", "ngay", "sekarang",
    "hemen", "şimdi", "τώρα", "الآن", "अभी", "sasa", "nå$", "din$", "ditt",
)  # fmt: skip

# Headline words of a page that sells from the top (a deal, coupon, review or ranking post).
# Not prices or "%": news headlines carry figures; not "deal": trade deals are news.
_DEAL_HEADLINE = (
    "coupon", "promo", "discount", "deals", "review", "best ", "top 10", "rabatt", "gutschein",
    "angebote", "test:", "testsieger", "código", "cupom", "codice sconto", "kod rabat",
    "promocja", "recenzja", "aanbieding", "korting", "oferta", "offerta", "bon plan", "скидк",
    "обзор", "diskon", "indirim", "할인", "특가", "리뷰", "セール", "レビュー", "优惠", "评测",
)  # fmt: skip

_PRICE = re.compile(
    r"(?:[$€£¥₩₫₺₽₹]|\b(?:usd|eur|zł|pln|sek|nok|dkk|chf|rs\.?|rp\.?|r\$|tl)\s?)\d"
    r"|\d(?:[\d.,  ]*\d)?\s?(?:[$€£¥₩₫₺₽₹%]|zł|kr\b|руб|грн|tl\b|lei\b|원|円|元|đ\b|reais\b)",
    re.IGNORECASE,
)
# A phone number: 8+ digits in groups (dates and times have fewer, or slashes/colons).
_RANGE = re.compile(r"^\d{3,4}\s?-\s?\d{3,4}$")  # "1400-1600": a range, not a number
_PHONE = re.compile(r"(?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?(?:[ .-]?\d{2,4}){2,4}")

_LEAD = 2  # prose paragraphs read as the lead: a pitch there makes a commerce page
_PROSE = 80  # characters of a prose paragraph (the story_ads threshold)
_MIN_STORY = 3  # prose paragraphs before the page counts as a story
_LINE = 300  # longest line read as a pitch (a box line or a closing paragraph)
_BUTTON = 40  # a button: a call alone, its object on the line beside it
_BUTTON_WORDS = 3  # "Reservar ahora", "Simular agora", "Umów bezpłatną konsultację"
_MENU_BARS = 3  # "|"-separated menus and site maps are chrome, not a pitch
_WINDOW = 30  # box lines read after the headline among the lines outside the story
_CAP = 5.0


def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation: a word-start edge for alphabetic terms, a word end for "...$" ones."""
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        whole = term.endswith("$")
        body = re.escape(term.rstrip("$"))
        # Latin, Greek and Cyrillic words start at a word edge; other scripts have none.
        start = r"(?<!\w)" if term[0].isalpha() and ord(term[0]) < 0x0590 else ""
        parts.append(start + body + (r"(?!\w)" if whole else ""))
    return re.compile("|".join(parts), re.IGNORECASE)


_NEVER = re.compile(r"(?!)")


@functools.lru_cache(maxsize=1 << 10)
def _subset(terms: tuple[str, ...]) -> re.Pattern[str]:
    return _pattern(terms) if terms else _NEVER


def _keys(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The literals the trigrams are asked about: each term lower-cased, without its "$"."""
    return tuple(t.rstrip("$").lower() for t in terms)


def _present(page: Page, terms: tuple[str, ...], keys: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of the `terms` the page's trigrams allow (a handful of the hundred): one long
    alternation tried at every position of every line costs ~30 ms a page. `keys` is
    `_keys(terms)`, built once (the same tuple object each page finds its trigram plan by)."""
    maybe = set(possible(page, keys))
    return _subset(tuple(t for t, key in zip(terms, keys, strict=True) if key in maybe))


@functools.cache  # one per call word: a few hundred at most
def _term(term: str) -> re.Pattern[str]:
    return _pattern((term,))


def _present_terms(
    page: Page, terms: tuple[str, ...], keys: tuple[str, ...]
) -> tuple[re.Pattern[str], ...]:
    """The `terms` the page's trigrams allow, each its own pattern, longest first: the order the
    alternation `_pattern` tries them in, so the first to match at a position is what it would
    match there (without compiling an alternation for each page's handful)."""
    maybe = set(possible(page, keys))
    kept = [t for t, key in zip(terms, keys, strict=True) if key in maybe]
    return tuple(map(_term, sorted(kept, key=len, reverse=True)))


def _match_at(patterns: tuple[re.Pattern[str], ...], line: str, at: int) -> re.Match[str] | None:
    """The first of `patterns` matching at `at` (what their alternation matches there)."""
    for pattern in patterns:
        m = pattern.match(line, at)
        if m:
            return m
    return None


_CALL_KEYS, _CJK_KEYS, _SOFT_KEYS = _keys(_CALLS), _keys(_CJK_CALLS), _keys(_SOFT_CALLS)

_Terms = tuple[re.Pattern[str], ...]
_Calls = tuple[_Terms, re.Pattern[str], _Terms]  # clause (one pattern a term), CJK, soft
_OBJECT_RE = _pattern(_STRONG + _SERVICE)
_NOT_RE = _pattern(_NOT_PITCH)
_DEAL_RE = _pattern(_DEAL_HEADLINE)
_NOW_RE = _pattern(_BUTTON_WORDS_NOW)
_STRONG_RE = _pattern(_STRONG)


def _digits_phone(line: str) -> bool:
    """Whether the line holds a phone number (8 to 15 digits in one run of groups)."""
    for m in _PHONE.finditer(line):
        n = sum(c.isdigit() for c in m[0])
        groups = len(re.findall(r"\d+", m[0]))
        if 8 <= n <= 15 and (groups >= 3 or n >= 10) and not _RANGE.search(m[0]):
            return True
    return False


@functools.lru_cache(maxsize=1 << 14)  # box lines repeat across a site's pages
def _object(line: str) -> str:
    """The commercial object a line names, or ""."""
    m = _OBJECT_RE.search(line) or _PRICE.search(line)
    if m:
        return m[0]
    return "phone" if _digits_phone(line) else ""


@functools.lru_cache(maxsize=1 << 14)
def _strong(line: str) -> str:
    """A price, a discount, a code or something free: an object a button beside it sells."""
    m = _PRICE.search(line) or _STRONG_RE.search(line)
    return m[0] if m else ""


def _opens_clause(line: str, at: int) -> bool:
    """Whether position `at` opens a clause: line start, after punctuation, an arrow or emoji."""
    if at == 0:
        return True
    glued = line[at - 1]
    if not glued.isspace() and glued not in _GLUED and ord(glued) <= 0x2000:
        return False  # inside a token: "federal-reserve", "e-shop"
    before = line[:at].rstrip()
    if not before:
        return True
    last = before[-1]
    return last in _OPENERS or (not last.isalnum() and ord(last) > 0x2000)


# Where a clause opens inside a line (`_opens_clause`): after a closing mark (or a symbol past
# U+2000) and the spaces after it, or right after one a word may be glued to.
_OPENING = re.compile(
    r"(?:[" + re.escape(_OPENERS) + r"]|(?=[^\w\s])[\u2001-\U0010ffff])"
    r"(?:\s+|(?<=[" + re.escape(_GLUED) + r"\u2001-\U0010ffff]))"
)


def _clause_starts(line: str) -> list[int]:
    """The positions of `line` that open a clause (`_opens_clause`) before a non-space, in order.

    A call is only read where a clause opens, so it is matched there alone instead of scanning
    every position. That finds what `finditer` then `_opens_clause` found: no call word holds a
    closing mark after a space, or one a word may be glued to, so no clause opens inside a match
    and every opening is a position `finditer` tries.
    """
    lead = len(line) - len(line.lstrip())
    return [0, *((lead,) if lead else ()), *(m.end() for m in _OPENING.finditer(line))]


def _call(line: str, calls: _Calls) -> str:
    """The call to buy a line opens a clause with (or a CJK button compound), or ""."""
    clause, cjk_calls, soft_calls = calls
    starts: list[int] | None = None
    if clause:
        starts = _clause_starts(line)
        for at in starts:
            m = _match_at(clause, line, at)
            if m:
                return m[0]
    cjk = cjk_calls.search(line) if cjk_calls is not _NEVER and not line.isascii() else None
    if cjk:
        return cjk[0]
    if soft_calls:
        for at in _clause_starts(line) if starts is None else starts:
            m = _match_at(soft_calls, line, at)
            if m:
                return m[0] if _strong(line) else ""
    return ""


@functools.lru_cache(maxsize=1 << 14)
def _honest(line: str) -> bool:
    """A labelled ad, the outlet's own subscription/donation/event, or a public-service line."""
    return _NOT_RE.search(line) is not None


def _pitches(lines: list[str], brand: str, calls: _Calls) -> list[str]:
    """Lines of `lines` (in order) holding a call and a commercial object, alone or as a
    button beside the line that names the object."""
    found: list[str] = []
    for i, line in enumerate(lines):
        if len(line) > _LINE or line.count("|") >= _MENU_BARS or "http" in line:
            continue
        call = _call(line, calls)
        if not call or _honest(line):
            continue
        obj = _object(line) or (brand if brand and brand in line.lower() else "")
        button = 2 <= len(line.split()) <= _BUTTON_WORDS and _NOW_RE.search(line)
        if not obj and len(line) <= _BUTTON and button:
            near = [x for x in lines[max(0, i - 1) : i + 2] if x is not line]
            near = [x for x in near if len(x) <= _LINE and not _honest(x)]
            obj = next((o for o in map(_strong, near) if o), "")
        if obj and call.lower() not in obj.lower():
            found.append(f'"{cut(line, 70)}" ({call} + {obj})')
    return found


def _box_lines(page: Page) -> list[str]:
    """Lines outside the story that follow the headline (a box between story and share bar)."""
    lines = page.other_lines
    heads = {page.headline.strip(), page.title.strip()} - {""}
    last = -1
    for i, line in enumerate(lines[: max(1, len(lines) * 2 // 3)]):
        if line.strip() in heads:
            last = i
    if last < 0:
        return []
    linked = {a.text.strip() for b in page.link_blocks for a in b.anchors}
    box: list[str] = []
    for line in lines[last + 1 : last + 1 + _WINDOW]:
        if is_link_block_heading(line):
            break  # the related block: its headlines are other stories, not the box
        if line.strip() not in linked:
            box.append(line)
    return box


def story_pitches(page: Page) -> list[str]:
    """Sales pitches in the story's tail, short lines between its paragraphs, or the box
    after the headline, on a page whose headline and lead are news."""
    prose = [p for p in page.paragraphs if len(p) >= _PROSE]
    if len(prose) < _MIN_STORY:
        return []
    if not (page.published or page.date_candidates or page.byline or page.dateline):
        return []  # no date, byline or dateline: a shop or service page, not a news story
    if _DEAL_RE.search(f"{page.headline}\n{page.title}"):
        return []  # a deal, review or price page: its calls to buy are its subject
    lead_end = page.paragraphs.index(prose[_LEAD - 1]) + 1
    brand = page.site_name.lower().strip() if len(page.site_name.strip()) >= 4 else ""
    calls = (
        _present_terms(page, _CALLS, _CALL_KEYS),
        _present(page, _CJK_CALLS, _CJK_KEYS),
        _present_terms(page, _SOFT_CALLS, _SOFT_KEYS),
    )
    # The box follows the story: a button in it may take its object from the last paragraph.
    found = _pitches([*page.paragraphs[lead_end:], *_box_lines(page)], brand, calls)
    if found and _pitches(list(page.paragraphs[:lead_end]), brand, calls):
        return []  # the lead itself sells: a commerce page
    return list(dict.fromkeys(found))


def hard_news(page: Page) -> bool:
    """The story reads as news, not a how-to: a dateline or news type, or a state actor
    (ministry, police, court, parliament...) in its headline and lead."""
    if is_news(page):
        return True
    lead = [p for p in page.paragraphs if len(p) >= _PROSE][:_LEAD]
    return bool(state_actors("\n".join([page.headline or page.title, *lead]).lower()))


@register("story_cta_v1")
class StoryCta(PageFeatures):
    """A sales call to action (call + price/discount/code/free/phone/own product) inside or
    right after a news story."""

    FEATURES = (
        "commerce_story_cta",  # pitch lines in the tail or the box after a dated story
        "commerce_news_cta",  # the same after hard news (a dateline, or state actors in the lead)
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page."""
        found = story_pitches(page)
        if not found:
            return (0.0, 0.0), ()
        news = hard_news(page)
        kind = "hard news" if news else "a dated story"
        evidence = f"{len(found)} sales pitch line(s) after {kind}: " + "; ".join(found[:3])
        n = min(float(len(found)), _CAP)
        return (n, n if news else 0.0), (evidence,)
