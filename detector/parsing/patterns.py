"""Regular expressions and word lists the parser uses to recognise page furniture.

They find *where* things are (a "Related" block, a reaction counter, a dateline); judging whether
they are suspicious is the job of the signal extractors.
"""

from __future__ import annotations

import functools
import re
from typing import Any

# Headings of link blocks: "Related", "Most read", "Read also", "You may also like" in the
# languages of the corpora and of the farms that repost news (en, de, fr, es, it, pt, nl, ru,
# id/ms, tr, zh, ja, ko, pl, sv/da/no, cs, el, uk, vi, hi, ar, fa).
LINK_BLOCK_HEADING = re.compile(
    r"^\W{0,3}(related|ranking|rankings|recommend\w*|trending|popular|most (read|popular|viewed|"
    r"shared|commented)|more (from|stories|news|on|in)\b.*|you (may|might) (also )?like|"
    r"also read|read (more|next|also)|latest( news| stories)?|top stories|hot( news)?|"
    r"around the web|sponsored|promoted|from the web|editor'?s picks?|don'?t miss|"
    r"what to read next|further reading|see also|in case you missed it|recent posts?|"
    # de
    r"weitere artikel|mehr zum thema|meistgelesen\w*|das könnte sie auch interessieren|"
    r"auch interessant|lesen sie auch|(ähnliche|verwandte|beliebte|neueste) (beiträge|artikel|"
    r"nachrichten|themen)|"
    # fr
    r"à lire aussi|lire aussi|à lire également|les plus lus|(les )?populaires|(les )?articles? (similaires|liés|"
    r"populaires|récents)|sur le même (sujet|thème)|vous aimerez aussi|"
    r"vous (pourriez|pouvez) aussi aimer|"
    # es
    r"te puede interesar|(también )?te podría interesar|lo más (leído|visto)|"
    r"(noticias|artículos|articulos|entradas) (relacionad[oa]s|similares)|lee también|"
    # it
    r"(i )?più letti|leggi anche|(articoli|notizie) correlat[ei]|potrebbe interessarti|"
    r"ti potrebbe interessare|(articoli|notizie) (simili|popolari)|"
    # pt
    r"mais lid[ao]s|leia também|veja também|ver também|(notícias|noticias|artigos|posts) "
    r"relacionad[oa]s|você pode gostar|"
    # nl
    r"meest gelezen|lees ook|lees meer|gerelateerd(e (artikelen|berichten|nieuws))?|"
    r"(populaire|recente) (artikelen|berichten)|"
    # ru
    r"похожие (новости|статьи|записи|материалы)|читайте также|смотрите также|по теме|"
    r"популярное|популярные (новости|статьи)|самое читаемое|новости по теме|"
    # id / ms
    r"baca juga|berita terkait|artikel terkait|berita (terpopuler|lainnya)|terpopuler|"
    # tr
    r"ilgili haberler|benzer haberler|en çok okunan(lar)?|(son|diğer) haberler|"
    # zh (simplified and traditional), ja, ko
    r"(相关|相關|热门|熱門|精彩|为你|為你|猜你)(文章|阅读|閱讀|新闻|新聞|推荐|推薦|资讯|喜欢|喜歡)?|"
    r"推荐(阅读)?|延伸阅读|延伸閱讀|排行(榜)?|"
    r"(関連|人気|おすすめ|注目)(記事|ニュース)?(ランキング)?|アクセスランキング|ランキング|"
    r"(관련|인기|추천|많이 본) ?(기사|뉴스|글)|함께 (볼만한|보면 좋은) (기사|뉴스|글)|"
    r"あわせて読みたい|こちらもおすすめ|あなたにおすすめ|大家都在看|更多(文章|新闻|新聞|资讯|阅读)|"
    # pl, sv / da / no, cs
    r"(czytaj|zobacz) (także|też|również)|polecane( artykuły)?|najczęściej czytane|"
    r"najpopularniejsze|(powiązane|podobne) (artykuły|wpisy)|"
    r"läs (också|även|mer)|relaterat|relaterade (artiklar|nyheter)|mest lästa?|fler nyheter|"
    r"mer från [\w .'-]{1,30}|"
    r"læs også|les også|mest læste?|mest lest|relater(ede|te) artikler|"
    r"čtěte (také|též|dále)|související (články|zprávy)|nejčtenější|"
    # el, uk
    r"διαβάστε (επίσης|ακόμα)( στο [\w .'-]{1,30})?|σχετικά (άρθρα|θέματα)|(πιο )?δημοφιλή|читайте також|"
    r"схожі новини|"
    # vi
    r"tin liên quan|bài viết liên quan|đọc thêm|xem thêm|tin đọc nhiều|đọc nhiều nhất|"
    r"có thể bạn quan tâm|"
    # hi
    r"(यह|ये|इसे) (खबर |ख़बर )?भी पढ़ें|संबंधित (खबरें|ख़बरें|समाचार|लेख)|सबसे ज्यादा पढ़ी गई|ट्रेंडिंग|"
    # ar, fa
    r"([اإ]قرأ|شاهد) (أيضا|أيضاً|أيضًا|ايضا)|(أخبار|مواضيع|مقالات) ذات صلة|"
    r"الأكثر (قراءة|مشاهدة)|بیشتر بخوانید|(مطالب|اخبار) مرتبط|پربازدیدترین|"
    # more of the Latin-script languages above (not their "latest news": a legitimate site's
    # latest-news list is off the story's topic by nature, and English "Latest" is enough)
    r"te recomendamos|ti consigliamo|pilihan editor|bunlar da ilginizi çekebilir)"
    # Common tails: "Trending Now", "Related Posts", "Popular this week", "Recommended for you".
    r"(\s+(now|posts?|articles?|stories|news|content|reads|links|videos?|items|"
    r"for you|today|this week|right now|on [\w .'-]{1,30}))?\W{0,3}$",
    re.IGNORECASE,
)

# Headings of native-ad widgets ("Around the web", "Sponsored", "Recommended by", "Anzeige").
SPONSORED_HEADING = re.compile(
    r"around the web|from (?:around )?the web|sponsored|promoted|paid (?:content|post)|"
    r"partner content|"
    r"you (?:may|might) (?:also )?like|recommended (?:by|for you)|more from our partners|"
    r"we recommend|ads? by|anzeige|publicité|contenido patrocinado|conteúdo patrocinado|"
    r"sponsorizzato|推广|广告",
    re.IGNORECASE,
)
# A label a native-ad widget prints under each of its items ("Sponsored", "Ad", "Anzeige"): in
# a text record it takes a line of its own between the items.
AD_ITEM_LABEL = re.compile(
    r"^\W{0,3}(sponsored|promoted|ad|ads|advertisement|paid content|anzeige|publicité|"
    r"publicidad|patrocinado|sponsorizzato|sponsorisé|gesponsord|реклама|广告|推广|スポンサー|"
    r"광고)\W{0,3}$",
    re.IGNORECASE,
)

# Class/id fragments of link-block containers.
LINK_BLOCK_CLASS = re.compile(
    r"related|trending|popular|recommend|ranking|most-?read|mostread|more-?from|also-?like|"
    r"taboola|outbrain|mgid|revcontent|read-?next|readnext|you-?may|hot-?news|top-?stories",
    re.IGNORECASE,
)

# Link-block words inside lower-cased class/id values (an alternation of literals scans fast).
LINK_BLOCK_WORD = re.compile(
    r"related|trending|popular|recommend|ranking|most-?read|mostread|more-?from|also-?like|"
    r"taboola|outbrain|mgid|revcontent|read-?next|readnext|you-?may|hot-?news|top-?stories"
)
# The words LINK_BLOCK_WORD matches, spelled out: found with str.find, which is ~5x faster than
# the alternation (a test checks the two agree).
LINK_BLOCK_WORDS = (
    "related", "trending", "popular", "recommend", "ranking", "mostread", "most-read", "morefrom",
    "more-from", "alsolike", "also-like", "taboola", "outbrain", "mgid", "revcontent", "readnext",
    "read-next", "youmay", "you-may", "hotnews", "hot-news", "topstories", "top-stories",
)  # fmt: skip
# "Source:" as a credit line writes it, in the languages the parser reads (lower-case). The
# agency credits (`agency_credits.CREDIT`) and the leftovers' "points elsewhere" lines read the same
# labels; a regex also needs "sources", which these literals already find as a substring.
SOURCE_LABELS = (
    "source", "quelle", "fuente", "fonte", "bron", "来源", "來源", "出典", "출처", "источник",
    "sumber", "kaynak",
)  # fmt: skip
SOURCE_LABEL_PATTERN = "|".join(("sources", *SOURCE_LABELS))
BREADCRUMB_CLASS = re.compile(r"bread-?crumb|crumbs?\b|\bbc-|location-?bar", re.IGNORECASE)
BREADCRUMB_SEPARATORS = re.compile(r"\s*(?:>|›|»|/|\||→|::)\s*")
# A breadcrumb trail opening with the home page's name ("Home > News", "当前位置：首页 > 资讯",
# "Главная » Новости"), after an optional label.
BREADCRUMB_LINE = re.compile(
    r"^(?:[\w ]{0,20}[:：])?\s*(home|start|startseite|accueil|inicio|início|inizio|главная|"
    r"beranda|anasayfa|ana sayfa|strona główna|startsida|hem|forside|forsiden|úvod|domů|"
    r"αρχική|головна|portada|página inicial|pagina iniziale|trang chủ|होम|मुख्य पृष्ठ|"
    r"الرئيسية|الصفحة الرئيسية|خانه|صفحه اصلی|首页|主页|首頁|ホーム|トップ|홈)"
    r"\s*(?:>|›|»|/|→)\s*(.+)$",
    re.IGNORECASE,
)

# A farm-style reaction counter: a short label followed by a small count in brackets,
# e.g. "veryGood! (5)", "Like (12)", "😂 (3)".
REACTION_COUNTER = re.compile(
    r"^(?P<label>[^\d()\[\]]{1,24}?)\s*[(\[]\s*(?P<count>\d{1,7})\s*[)\]]$"
)
# Several counters on one line, as Chinese-CMS themes print their vote bar: "赞(128) 踩(3)",
# "顶(12) 踩(0)", "Like (4) Dislike (1)"; REACTION_PAIR finds each.
REACTION_BAR = re.compile(r"^(?:\s*[^\d()\[\]\s]{1,12}\s*[(\[]\s*\d{1,7}\s*[)\]]){2,6}\s*$")
REACTION_PAIR = re.compile(r"(?P<label>[^\d()\[\]\s]{1,12})\s*[(\[]\s*(?P<count>\d{1,7})\s*[)\]]")
COMMENT_COUNT = re.compile(
    r"^(?:(?P<n1>\d[\d,.]*)\s*(?:comments?|kommentare?|commentaires?|comentarios?|reacties)"
    r"|(?:comments?|kommentare|commentaires|comentarios)\s*[(:]?\s*(?P<n2>\d[\d,.]*)\)?)$",
    re.IGNORECASE,
)
SHARE_COUNT = re.compile(
    r"^(?P<n>\d[\d,.]*[kKmM]?)\s*(shares?|likes?|views?|reads?)$", re.IGNORECASE
)
REACTION_CLASS = re.compile(
    r"reaction|emoji|vote|rating|mood|feeling|like-?count|thumbs", re.IGNORECASE
)

# Labels of visible date lines ("Date:2025-04-24 11:43:07", "Published: Oct 10, 2023",
# "Aggiornato il 3 luglio 2025", "अपडेट: 11 जुलाई 2025", "公開日：2025年7月11日", "입력 2025.07.11"),
# in the languages of the farms that repost news. Lower-case; matched ignoring case.
DATE_LABELS = (
    "date", "published( on)?", "posted( on)?", "updated( on)?", "last updated", "time",
    "datum", "veröffentlicht( am)?", "aktualisiert( am)?", "publié( le)?", "mis à jour( le)?",
    "fecha", "publicado( el| em)?", "actualizado( el)?", "atualizado( em)?", "data",
    "pubblicato( il)?", "aggiornato( il)?", "gepubliceerd( op)?", "bijgewerkt( op)?",
    "geplaatst( op)?", "opublikowano", "zaktualizowano", "aktualizacja", "publicerad",
    "uppdaterad", "publiceret", "opdateret", "publisert", "oppdatert", "publikováno",
    "aktualizováno", "yayınlanma( tarihi)?", "güncelleme( tarihi)?", "güncellenme( tarihi)?",
    "diterbitkan", "dipublikasikan", "diperbarui", "опубликовано", "обновлено",
    "дата публикации", "опубліковано", "оновлено", "δημοσίευση", "ενημέρωση", "cập nhật",
    "ngày đăng", "đăng ngày", "đăng lúc", "अपडेट", "अपडेटेड", "प्रकाशित", "प्रकाशन तिथि",
    "तारीख", "نشر في", "تاريخ النشر", "آخر تحديث", "تحديث", "تاریخ انتشار", "公開日",
    "更新日", "投稿日", "配信日", "发布时间", "发布日期", "發布時間", "发表时间", "更新时间",
    "更新時間", "日期", "时间", "입력", "수정", "등록", "기사입력", "최종수정", "게시",
    # ro hu sk hr/bs sr bg fi lt lv et ms sw tl
    "publicat(?!ion)( la| pe)?", "actualizat(?!ion)( la| pe)?",  # not "Publication dates" "közzétéve", "frissítve", "publikované",
    "aktualizované", "objavljeno", "ažurirano", "објављено", "ажурирано", "публикувано",
    "обновено", "julkaistu", "päivitetty", "paskelbta", "atnaujinta", "publicēts",
    "atjaunināts", "avaldatud", "uuendatud", "imechapishwa",
    "inilathala( noong)?",
)  # fmt: skip
DATE_LABEL = re.compile(
    rf"^\s*(?P<label>{'|'.join(DATE_LABELS)})\s*[:：]?\s*(?P<value>.{{6,60}})$", re.IGNORECASE
)
# The characters a date label can open with (lines reach it stripped): the labels' first letters
# in both cases, and the six that match one of them only ignoring case (a test checks every
# code point). A cheap test before the pattern: most lines open with another.
DATE_LABEL_FIRST = frozenset(
    {c for label in DATE_LABELS for c in (label[0], label[0].upper())}
    | {"ϵ", "ᲁ", "ᲂ", "\u212a", "ı", "İ"}  # (Kelvin sign for "k", dotless and dotted i)
)
MODIFIED_LABEL = re.compile(
    r"updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|"
    r"zaktualizowano|aktualizacja|uppdaterad|opdateret|oppdatert|aktualizováno|güncelle|"
    r"diperbarui|обновлено|оновлено|ενημέρωση|cập nhật|अपडेट|تحديث|更新|수정|actualizat|frissítve|"
    r"aktualizované|ažurirano|ажурирано|обновено|päivitetty|atnaujinta|atjaunināts|uuendatud",
    re.IGNORECASE,
)

# A bare dateline: an all-capitals place and a dash ("NEW YORK — "); agency and dated
# datelines are found by `detector.parsing.datelines`.
PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)?)\s*[—–-]{1,2}\s"
)

CREDIT_LINE = re.compile(
    r"(copyright|©|\(c\))\s.*?(associated press|reuters|agence france|afp|bloomberg|"
    r"united press|dpa|press association)|"
    r"^\s*(reporting|writing|additional reporting) by\b|\bediting by\b|"
    r"^\s*(by\s+)?(the\s+)?(associated press|reuters|afp|bloomberg news|upi)\s*$|"
    r"\bassociated press (writers?|reporters?)\b.*contributed|"
    r"^\s*by\s+[\w .'\-]+,?\s+(associated press|ap|reuters)\b",
    re.IGNORECASE | re.MULTILINE,
)

AD_CLASS = re.compile(
    r"(?:^|[\s_\-])(ad|ads|adv|advert|advertisement|adslot|ad-?slot|ad-?unit|adunit|adsense|"
    r"adsbygoogle|dfp|gpt-ad|banner-ad|ad-?container|ad-?wrapper|sponsor(ed)?|"
    r"div-gpt-ad\S*)(?:$|[\s_\-\d])",
    re.IGNORECASE,
)
# Ad tokens in lower-cased class/id values; a hit counts when it starts a token (see html.py).
AD_TOKEN = re.compile(
    r"ad(?:s|v|verts?|vertisements?|vertising|slot|unit|sense|sbygoogle|box|container|wrapper|"
    r"block|space|zone)?(?![a-z])|sponsored|dfp"
)
AD_WORDS = frozenset(
    [
        "ad",
        "ads",
        "adv",
        "advert",
        "adverts",
        "advertisement",
        "advertisements",
        "advertising",
        "adslot",
        "adunit",
        "adsense",
        "adsbygoogle",
        "adbox",
        "adcontainer",
        "adwrapper",
        "adblock",
        "adspace",
        "adzone",
        "sponsored",
        "dfp",
    ]
)
AD_NETWORKS = {
    "googlesyndication.com": "Google AdSense",
    "doubleclick.net": "Google Ad Manager",
    "googletagservices.com": "Google Ad Manager",
    "adservice.google.com": "Google Ads",
    "amazon-adsystem.com": "Amazon Ads",
    "taboola.com": "Taboola",
    "outbrain.com": "Outbrain",
    "mgid.com": "MGID",
    "revcontent.com": "Revcontent",
    "adnxs.com": "Xandr",
    "criteo.com": "Criteo",
    "criteo.net": "Criteo",
    "pubmatic.com": "PubMatic",
    "rubiconproject.com": "Magnite",
    "media.net": "Media.net",
    "propellerads.com": "PropellerAds",
    "adsterra.com": "Adsterra",
    "ezoic.net": "Ezoic",
    "ezojs.com": "Ezoic",
    "mediavine.com": "Mediavine",
    "adthrive.com": "Raptive",
    "yieldmo.com": "Yieldmo",
    "sharethrough.com": "Sharethrough",
    "zergnet.com": "ZergNet",
    "popads.net": "PopAds",
    "adskeeper.com": "AdsKeeper",
    "ad.yieldmanager.com": "Yahoo Right Media",
    "contextweb.com": "PulsePoint",
    "openx.net": "OpenX",
    "casalemedia.com": "Index Exchange",
    "lijit.com": "Sovrn",
    "33across.com": "33Across",
}
AD_TEXT_LINE = re.compile(
    r"^(advertisement|advertisements|sponsored( content| links)?|ad|ads by google|anzeige|"
    r"publicité|publicidad|pubblicità|reklame|广告)$",
    re.IGNORECASE,
)
# LINK_BLOCK_HEADING tries its ~200 alternatives one after another on every short line (~4.5 us
# a line; a text record's lines pass it by the hundred). Its alternatives open with a word
# character, after at most three non-word ones: the first word character of a line picks the
# few alternatives that can open with it (ignoring case, as the pattern does), and the pattern
# cut to those (and to any that may open otherwise) matches exactly when the whole one does.
_HEADING_HEAD = r"^\W{0,3}("  # then the alternatives, ")" and the common tails


def _top_level_alternatives(pattern: str, start: int = 0) -> tuple[list[str], int]:
    """The alternatives of a regex source from `start` to the ")" that closes their group
    (or the end), split at each "|" outside groups and classes; and that ")"'s offset."""
    parts: list[str] = []
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:i])
    return parts, i


def _first_chars(items: Any) -> set[int] | None:
    """Code points a match of a parsed regex (`re._parser` items) can open with; None: any."""
    from re import _constants as C  # type: ignore[attr-defined]

    out: set[int] = set()
    for op, av in items:
        if op is C.AT:
            continue
        if op is C.LITERAL:
            return out | {av}
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.add(a)
                elif o is C.RANGE:
                    out.update(range(a[0], a[1] + 1))
                else:
                    return None
            return out
        if op is C.SUBPATTERN:
            subs, may_be_empty = [av[-1]], av[-1].getwidth()[0] == 0
        elif op is C.BRANCH:
            subs, may_be_empty = av[1], any(b.getwidth()[0] == 0 for b in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            subs, may_be_empty = [av[2]], av[0] == 0 or av[2].getwidth()[0] == 0
        else:
            return None
        for sub in subs:
            first = _first_chars(sub)
            if first is None:
                return None
            out |= first
        if not may_be_empty:
            return out
    return None


_heading_by_first: dict[str, re.Pattern[str] | None] = {}
_heading_by_alternatives: dict[tuple[str, ...], re.Pattern[str]] = {}


@functools.cache
def _heading_alternatives() -> tuple[tuple[tuple[str, re.Pattern[str] | None], ...], str]:
    """LINK_BLOCK_HEADING's alternatives with their openers (a class of the characters each
    can open with; None: any, or a non-word one), and the source after them (")", the tails,
    "$"). Built on first use (~15 ms), whole, so a thread never sees a part."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    source = LINK_BLOCK_HEADING.pattern
    alternatives, close = _top_level_alternatives(source, len(_HEADING_HEAD))
    assert source.startswith(_HEADING_HEAD) and source[close] == ")"
    found = []
    for alt in alternatives:
        chars = _first_chars(sre_parse.parse(alt, LINK_BLOCK_HEADING.flags))
        opener = None
        if chars is not None and all(chr(c).isalnum() or chr(c) == "_" for c in chars):
            opener = re.compile(
                "[" + "".join(re.escape(chr(c)) for c in sorted(chars)) + "]",
                LINK_BLOCK_HEADING.flags,
            )
        found.append((alt, opener))
    return tuple(found), source[close:]


def _heading_pattern_for(first: str) -> re.Pattern[str] | None:
    """LINK_BLOCK_HEADING with only the alternatives that can open with `first` (None: none)."""
    alternatives, tail = _heading_alternatives()
    alts = tuple(alt for alt, opener in alternatives if opener is None or opener.match(first))
    if not alts:
        return None
    if alts not in _heading_by_alternatives:  # ("R" and "r" share one: ~40 in all, ~1 ms each)
        _heading_by_alternatives[alts] = re.compile(
            _HEADING_HEAD + "|".join(alts) + tail, LINK_BLOCK_HEADING.flags
        )
    return _heading_by_alternatives[alts]


def is_link_block_heading(line: str) -> bool:
    """Whether LINK_BLOCK_HEADING matches `line`, trying only the alternatives that can open
    with its first word character."""
    for first in line[:4]:
        if first.isalnum() or first == "_":  # (`\w`; the other characters are `\W`)
            break
    else:  # (no word character in the first four: rare)
        return LINK_BLOCK_HEADING.match(line) is not None
    try:
        pattern = _heading_by_first[first]
    except KeyError:
        pattern = _heading_by_first[first] = _heading_pattern_for(first)
    return pattern is not None and pattern.match(line) is not None


PAGINATION_TEXT = re.compile(
    # (a text record runs a pager's numbers and its "Next" link into the line: "Page 1 of 3 1 2
    # 3Next page »")
    r"^(page\s+\d+\s+(of|/)\s+\d+(?:[\s\d]*next(?: page)?)?|"
    r"seite\s+\d+\s+von\s+\d+(?:[\s\d]*(?:nächste(?: seite)?|weiter))?|"
    r"next page|continue reading on (the )?next page|"
    r"\d+\s*/\s*\d+\s*next)\W*$",
    re.IGNORECASE,
)
# Gates before AD_TEXT_LINE and PAGINATION_TEXT on a stripped, non-empty line: no ad label is
# longer than AD_LINE_MAX ("sponsored content"); an ad label opens with one of AD_LINE_FIRST
# (the first letters of its words and those that match them ignoring case: "ſ" matches "s";
# checked over every code point), a pagination line with one of PAGINATION_FIRST or a digit.
# Most short lines open with another, and the test costs a fraction of the match it saves.
AD_LINE_MAX = 17
AD_LINE_FIRST = frozenset("aAsSſpPrR广")
PAGINATION_FIRST = frozenset("pPsSſnNcC")
TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s*|\s*[|–—]\s+|\s+-(?=[A-Z])|\s*::\s*|\s+·\s+")
